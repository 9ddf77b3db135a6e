"""On-call rosters (SPEC 4.3): shift times from templates, generation with eligibility, rest rules and
fairness, coverage gaps, and publishing.

Time: a template's occurrences are computed on the program's wall clock (dateutil's rrule over naive
local times), then made aware in the program's time zone. A shift ends the next time the wall clock
shows the template's end after its start, never "start + duration": on the nights the clocks change
a 20:00–08:00 shift lasts 11 or 13 hours, and two templates that meet on the wall clock (08:00–20:00
and 20:00–08:00) meet exactly, with no gap and no overlap. A start that falls in the hour skipped in
spring is moved forward by that hour, the same way for the shift before and the shift after.

Generation is deterministic: shifts are filled in time order, each with the eligible people of its
role who carry the least weighted load so far (nights and weekends weigh more; supporters with a high
burden index carry more per hour), ties broken by fewer shifts and then by membership id. A night shift
goes first to whoever has had the fewest nights, a weekend shift to whoever has had the fewest weekend
shifts (a weekend night: fewest nights, then fewest weekend shifts), and only then by load: hours alone
let one person collect the nights while another collects the weekdays, so counts come first, which keeps
the spread of nights and of weekend shifts among people with the same availability to one. Every shift
left short says why, in counts by reason.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import (
    Case,
    Count,
    F,
    Field,
    JSONField,
    Model,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.expressions import Col
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from program import audit, dates
from program.models import (
    CURRENT_STATUSES,
    AuditAction,
    Availability,
    Membership,
    MembershipStatus,
    Program,
    Role,
    StaffPhone,
)
from program.notifications import Message, notify, send
from program.phones import display_phone, on_call_phone
from program.selectors import is_coordinator
from program.training import training_lapses
from supervision import selectors
from supervision.models import (
    SWAP_PENDING,
    AssignmentSource,
    Pause,
    PauseAction,
    Roster,
    RosterRole,
    RosterSettings,
    RosterStatus,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    SwapRequest,
    SwapStatus,
    Unavailability,
    UnavailabilityKind,
)
from supervision.pauses.services import DutyCalendar, duty_calendar
from supervision.signals import pause_undone, pauses_started
from supervision.wellbeing.burden import HIGH, current_burden

MAX_HORIZON_DAYS = 26 * 7
NIGHT_WEIGHT = 0.5  # extra load per night hour (00:00–06:00 local)
WEEKEND_WEIGHT = 0.25  # extra load per hour of a shift starting on a Saturday or Sunday
HIGH_BURDEN = HIGH  # burden index at which a supporter's hours count one and a half times
HIGH_BURDEN_FACTOR = 1.5
FAIRNESS_LOOKBACK = timedelta(days=28)
# A supervisor shift starting this soon counts as "imminent": emptying it needs a replacement or a
# coordinator's explicit force (which pages everyone), as emptying a running one does (issue 13, 6b).
IMMINENT_SHIFT_WITHIN = timedelta(hours=12)
# Who "On call now" offers when nobody is on call, in this order.
STAFF_FALLBACK_ORDER: list[str] = [Role.SUPERVISOR, Role.COORDINATOR]

REASONS = {
    "paused": "paused",
    "not_current": "not current in their role",
    "untrained": "training missing or expired",
    "unavailable": "unavailable",
    "outside_hours": "outside their weekly availability",
    "rest": "too soon after another shift",
    "weekly_limit": "over the weekly limit",
    "nights": "too many nights in a row",
    "blackout": "in a blackout period",
}


# --- Wall-clock time --------------------------------------------------------------------------------


def aware(local: datetime, tz: ZoneInfo) -> datetime:
    """A naive local time made aware; a time in the skipped spring hour moves forward by that hour, and
    an ambiguous autumn time is the first of the two — the same for every shift, so shifts still meet."""
    # In UTC: Python subtracts two datetimes sharing a tzinfo on the wall clock, which would hide the
    # hour the clocks change.
    return local.replace(tzinfo=tz).astimezone(UTC)


def parse_rrule(text: str) -> str:
    """Validate a recurrence rule; returns it normalised (upper case, no RRULE: prefix)."""
    rule = (text or "").strip().upper().removeprefix("RRULE:")
    if not rule:
        raise ValidationError(
            {"rrule": "Enter the days as an RRULE, e.g. FREQ=DAILY or FREQ=WEEKLY;BYDAY=MO,WE."}
        )
    if any(part.startswith(("DTSTART", "UNTIL", "COUNT")) for part in rule.split(";")):
        raise ValidationError(
            {"rrule": "Leave out DTSTART, UNTIL and COUNT: the roster's horizon sets the dates."}
        )
    try:
        rrulestr(rule, dtstart=datetime(2026, 1, 1))
    except (ValueError, TypeError) as error:
        raise ValidationError({"rrule": f"This is not a valid RRULE ({error})."}) from None
    if not rule.startswith("FREQ=") and ";FREQ=" not in rule:
        raise ValidationError({"rrule": "An RRULE needs a FREQ, e.g. FREQ=DAILY."})
    return rule


def occurrences(
    template: ShiftTemplate, tz: ZoneInfo, first: date, last: date
) -> list[tuple[datetime, datetime]]:
    """(start, end) of each occurrence starting on a local day from `first` to `last` inclusive."""
    anchor = datetime.combine(first - timedelta(days=366), template.starts_at)
    rule = rrulestr(template.rrule, dtstart=anchor)
    window_start = datetime.combine(first, template.starts_at)
    window_end = datetime.combine(last, template.starts_at)
    overnight = template.ends_at <= template.starts_at
    spans = []
    for local_start in rule.between(window_start, window_end, inc=True):
        end_day = local_start.date() + timedelta(days=1 if overnight else 0)
        spans.append((aware(local_start, tz), aware(datetime.combine(end_day, template.ends_at), tz)))
    return spans


def _is_night(start: datetime, end: datetime, tz: ZoneInfo) -> bool:
    """Covers any of 00:00–06:00 local."""
    local_start = start.astimezone(tz)
    day = local_start.date()
    for offset in (0, 1):
        night_start = aware(datetime.combine(day + timedelta(days=offset), time(0)), tz)
        night_end = aware(datetime.combine(day + timedelta(days=offset), time(6)), tz)
        if start < night_end and end > night_start:
            return True
    return False


def _night_hours(start: datetime, end: datetime, tz: ZoneInfo) -> float:
    hours = 0.0
    day = start.astimezone(tz).date()
    for offset in (0, 1):
        night_start = aware(datetime.combine(day + timedelta(days=offset), time(0)), tz)
        night_end = aware(datetime.combine(day + timedelta(days=offset), time(6)), tz)
        overlap = min(end, night_end) - max(start, night_start)
        hours += max(overlap.total_seconds(), 0) / 3600
    return hours


# --- Templates and settings ------------------------------------------------------------------------------


def roster_settings(program: Program) -> RosterSettings:
    found, _ = RosterSettings.objects.get_or_create(program=program)
    return found


TEMPLATE_FIELDS = ("name", "role", "rrule", "starts_at", "ends_at", "min_people", "active")


@transaction.atomic
def save_template(
    program: Program, *, by: User, template: ShiftTemplate | None = None, **fields: object
) -> ShiftTemplate:
    """Add or change a shift template (coordinators); every field at fault is named."""
    if not is_coordinator(by, program.pk):
        raise ShiftTemplate.DoesNotExist
    template = template or ShiftTemplate(program=program)
    errors: dict[str, str] = {}
    for name in sorted(set(fields) - set(TEMPLATE_FIELDS)):
        errors[name] = "This is not a field of a shift template."
    values = {name: fields.get(name, getattr(template, name, None)) for name in TEMPLATE_FIELDS}
    name = str(values["name"] or "").strip()
    if not name:
        errors["name"] = "Name the shift (for example, “Weeknight supervisor”)."
    elif ShiftTemplate.objects.filter(program=program, name__iexact=name).exclude(pk=template.pk).exists():
        errors["name"] = "This program already has a shift with that name."
    if values["role"] not in RosterRole.values:
        errors["role"] = f"Choose one of: {', '.join(RosterRole.values)}."
    try:
        rule = parse_rrule(str(values["rrule"] or ""))
    except ValidationError as error:
        errors.update({k: v[0] for k, v in error.message_dict.items()})
        rule = ""
    starts, ends = values["starts_at"], values["ends_at"]
    if not isinstance(starts, time):
        errors["starts_at"] = "Enter the start as a time of day."
    if not isinstance(ends, time):
        errors["ends_at"] = "Enter the end as a time of day."
    elif isinstance(starts, time) and ends == starts:
        errors["ends_at"] = "The end cannot equal the start (a shift needs a length)."
    people = values["min_people"]
    if not isinstance(people, int) or isinstance(people, bool) or not 1 <= people <= 20:
        errors["min_people"] = "Enter from 1 to 20 people."
    if errors:
        raise ValidationError(errors)
    if not (isinstance(starts, time) and isinstance(ends, time) and isinstance(people, int)):
        raise ValidationError({"starts_at": "Enter the start and end as times of day."})  # narrowed above
    template.name, template.role, template.rrule = name[:120], str(values["role"]), rule
    template.starts_at, template.ends_at, template.min_people = starts, ends, people
    template.active = values["active"] is None or bool(values["active"])
    created = template.pk is None
    template.save()
    audit.record(by, AuditAction.CREATE if created else AuditAction.UPDATE, template, program=program)
    return template


# --- Who can take a shift -----------------------------------------------------------------------------


@dataclass
class Person:
    membership: Membership
    role: str
    weight: float = 1.0  # hours count this many times (high burden: more)
    load: float = 0.0
    shifts: int = 0
    last_end: datetime | None = None
    per_week: Counter[tuple[int, int]] = field(default_factory=Counter)
    night_run: int = 0  # consecutive nights ending with their latest shift
    last_night_day: date | None = None
    nights: int = 0  # night shifts over the lookback and the horizon so far (balanced before load)
    weekends: int = 0  # weekend shifts, likewise


@dataclass
class Calendar:
    """Everything eligibility needs over a horizon, fetched once (a fixed number of queries)."""

    program: Program
    tz: ZoneInfo
    settings: RosterSettings
    people: dict[int, Person]
    training_lapses: dict[int, date]  # membership id → first day its required training no longer covers
    windows: dict[int, list[Availability]]
    away: dict[int, list[tuple[datetime, datetime]]]
    duty: DutyCalendar  # terms, pauses and blackouts: the pause module's answer

    def reasons(self, person: Person, start: datetime, end: datetime, night: bool) -> list[str]:
        """Why this person cannot take a shift from `start` to `end` (empty: they can)."""
        member = person.membership
        local = start.astimezone(self.tz)
        found = self.duty.reasons(member, start, end)
        # Training must hold for the whole shift, judged on the program's calendar: a night shift that
        # runs past midnight into the day the training lapses is refused too. The last moment of the
        # shift decides, so one ending exactly at midnight does not reach into the next day.
        lapses = self.training_lapses.get(member.pk)
        if lapses is not None and lapses <= (end - timedelta(microseconds=1)).astimezone(self.tz).date():
            found.append("untrained")
        if any(s < end and e > start for s, e in self.away.get(member.pk, [])):
            found.append("unavailable")
        windows = self.windows.get(member.pk)
        if windows and not any(
            w.weekday == local.weekday() and w.starts <= local.time() < w.ends for w in windows
        ):
            found.append("outside_hours")
        rest = timedelta(hours=self.settings.min_rest_hours)
        if person.last_end is not None and start < person.last_end + rest:
            found.append("rest")
        week = local.isocalendar()[:2]
        if person.per_week[(week[0], week[1])] >= self.settings.max_shifts_per_week:
            found.append("weekly_limit")
        if (
            night
            and person.last_night_day is not None
            and person.last_night_day == local.date() - timedelta(days=1)
            and person.night_run >= self.settings.max_consecutive_nights
        ):
            found.append("nights")
        return found


def calendar_for(program: Program, role_members: list[Membership], first: date, last: date) -> Calendar:
    """Eligibility data for these members over local days first..last (a fixed number of queries)."""
    tz = program.tzinfo
    today = program.today()
    ids = [m.pk for m in role_members]
    start = aware(datetime.combine(first, time(0)), tz)
    end = aware(datetime.combine(last + timedelta(days=2), time(0)), tz)
    people = {m.pk: Person(m, m.role) for m in role_members}
    supporters = [m for m in role_members if m.role == Role.SUPPORTER]
    if supporters:
        for member_id, week in current_burden(supporters, program, today).items():
            if week.index >= HIGH_BURDEN:
                people[member_id].weight = HIGH_BURDEN_FACTOR
    # Training is judged on each shift's own dates (Calendar.reasons), not today: a record expiring
    # before a shift in the horizon keeps its holder off that shift.
    lapses = training_lapses(Membership.objects.filter(pk__in=ids))
    windows: dict[int, list[Availability]] = defaultdict(list)
    for window in Availability.objects.filter(membership_id__in=ids):
        windows[window.membership_id].append(window)
    away: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for off in Unavailability.objects.filter(membership_id__in=ids, starts_at__lt=end, ends_at__gt=start):
        away[off.membership_id].append((off.starts_at, off.ends_at))
    duty = duty_calendar(role_members, start, end)
    # Fairness compensates for recent load: hours on published shifts of the last four weeks.
    for assignment in ShiftAssignment.objects.filter(
        membership_id__in=ids,
        shift__roster__status=RosterStatus.PUBLISHED,
        shift__starts_at__gte=start - FAIRNESS_LOOKBACK,
        shift__starts_at__lt=start,
        shift__cancelled_at__isnull=True,
    ).select_related("shift"):
        person = people[assignment.membership_id]
        person.load += (
            _weighted_hours(assignment.shift.starts_at, assignment.shift.ends_at, tz) * person.weight
        )
        person.nights += assignment.shift.is_night
        person.weekends += assignment.shift.is_weekend
    return Calendar(program, tz, roster_settings(program), people, lapses, windows, away, duty)


def _weighted_hours(start: datetime, end: datetime, tz: ZoneInfo) -> float:
    hours = (end - start).total_seconds() / 3600
    weekend = start.astimezone(tz).weekday() >= 5
    return hours + NIGHT_WEIGHT * _night_hours(start, end, tz) + (WEEKEND_WEIGHT * hours if weekend else 0)


def explain(role: str, counts: Counter[str]) -> str:
    """'no eligible supporter: 3 paused, 2 unavailable, 1 over the weekly limit'."""
    parts = [f"{n} {REASONS[reason]}" for reason, n in counts.most_common()]
    return f"no eligible {role}" + (
        ": " + ", ".join(parts) if parts else f": the program has no current {role}s"
    )


# --- Generation and publishing -------------------------------------------------------------------------


@transaction.atomic
def generate(program: Program, *, by: User, starts_on: date, ends_on: date) -> Roster:
    """A draft roster for the horizon (replacing an earlier draft of it); refused over a published one."""
    if not is_coordinator(by, program.pk):
        raise Roster.DoesNotExist
    errors: dict[str, str] = {}
    if ends_on < starts_on:
        errors["ends_on"] = "The horizon cannot end before it starts."
    elif (ends_on - starts_on).days + 1 > MAX_HORIZON_DAYS:
        errors["ends_on"] = f"Generate at most {MAX_HORIZON_DAYS // 7} weeks at a time."
    if errors:
        raise ValidationError(errors)
    overlapping = Roster.objects.select_for_update().filter(
        program=program, starts_on__lte=ends_on, ends_on__gte=starts_on
    )
    if overlapping.filter(status=RosterStatus.PUBLISHED).exists():
        raise ValidationError(
            {
                "starts_on": "A published roster covers part of these dates; "
                "change it through swaps and overrides."
            }
        )
    overlapping.delete()
    roster = Roster.objects.create(program=program, starts_on=starts_on, ends_on=ends_on, generated_by=by)
    tz = program.tzinfo
    templates = list(ShiftTemplate.objects.filter(program=program, active=True).order_by("pk"))
    members = list(
        Membership.objects.filter(
            program=program, role__in=[Role.SUPPORTER, Role.SUPERVISOR], status__in=CURRENT_STATUSES
        ).select_related("user")
    )
    calendar = calendar_for(program, members, starts_on, ends_on)
    planned = sorted(
        (start, end, template)
        for template in templates
        for start, end in occurrences(template, tz, starts_on, ends_on)
    )
    shifts: list[Shift] = []
    chosen: list[list[Person]] = []
    for start, end, template in planned:
        night = _is_night(start, end, tz)
        candidates, why = [], Counter[str]()
        for person in calendar.people.values():
            if person.role != template.role:
                continue
            reasons = calendar.reasons(person, start, end, night)
            if reasons:
                why[reasons[0]] += 1
            else:
                candidates.append(person)
        weekend = start.astimezone(tz).weekday() >= 5
        candidates.sort(key=lambda p: _priority(p, night=night, weekend=weekend))
        picked = candidates[: template.min_people]
        for person in picked:
            _book(person, start, end, night, calendar, weekend=weekend)
        shifts.append(
            Shift(
                program=program,
                roster=roster,
                template=template,
                name=template.name,
                role=template.role,
                starts_at=start,
                ends_at=end,
                min_people=template.min_people,
                is_night=night,
                is_weekend=weekend,
                unfilled={"message": explain(template.role, why), **why}
                if len(picked) < template.min_people
                else {},
            )
        )
        chosen.append(picked)
    Shift.objects.bulk_create(shifts, batch_size=500)
    ShiftAssignment.objects.bulk_create(
        [
            ShiftAssignment(shift=shift, membership=p.membership)
            for shift, picked in zip(shifts, chosen, strict=True)
            for p in picked
        ],
        batch_size=1000,
    )
    audit.record(by, AuditAction.CREATE, roster, program=program, summary=f"generated {len(shifts)} shifts")
    return roster


def _priority(person: Person, *, night: bool, weekend: bool) -> tuple[int, int, int, float, int, int]:
    """Who gets a shift first among the eligible (lowest first): the fewest nights for a night shift,
    the fewest weekend shifts for a weekend one — for a weekend night the fewest of both together, so
    the nightly rotation cannot hand one person every Sunday night — then the least weighted load,
    fewest shifts, lowest id."""
    nights = person.nights if night else 0
    weekends = person.weekends if weekend else 0
    return (
        nights + weekends,
        nights,
        weekends,
        person.load,
        person.shifts,
        person.membership.pk,
    )


def _book(
    person: Person, start: datetime, end: datetime, night: bool, calendar: Calendar, *, weekend: bool
) -> None:
    local = start.astimezone(calendar.tz)
    person.load += _weighted_hours(start, end, calendar.tz) * person.weight
    person.shifts += 1
    person.nights += night
    person.weekends += weekend
    person.last_end = end
    week = local.isocalendar()[:2]
    person.per_week[(week[0], week[1])] += 1
    if night:
        consecutive = person.last_night_day == local.date() - timedelta(days=1)
        person.night_run = person.night_run + 1 if consecutive else 1
        person.last_night_day = local.date()


@dataclass(frozen=True)
class Gap:
    starts_at: datetime
    ends_at: datetime

    def describe(self, tz: ZoneInfo) -> str:
        return f"{dates.weekday_moment(self.starts_at, tz)} – {dates.weekday_moment(self.ends_at, tz)}"


def coverage_gaps(roster: Roster, role: str = RosterRole.SUPERVISOR) -> list[Gap]:
    """Stretches of the horizon with nobody of `role` on call (two queries). The horizon runs from the
    first shift of its first day (or that day's midnight, if no shift of the role starts then) to the
    end of the last shift of its last day (or the midnight after it), so a night shift that ends on the
    first morning belongs to the roster before."""
    tz = roster.program.tzinfo
    first_midnight = aware(datetime.combine(roster.starts_on, time(0)), tz)
    last_midnight = aware(datetime.combine(roster.ends_on + timedelta(days=1), time(0)), tz)
    shifts = Shift.objects.filter(roster=roster, role=role, cancelled_at__isnull=True)
    spans = list(shifts.values_list("starts_at", "ends_at"))
    horizon_start = min(
        (s for s, _ in spans if s < first_midnight + timedelta(days=1)), default=first_midnight
    )
    horizon_end = max((e for s, e in spans if s >= last_midnight - timedelta(days=1)), default=last_midnight)
    covered = sorted(
        shifts.filter(assignments__ended_at__isnull=True).distinct().values_list("starts_at", "ends_at")
    )
    gaps, reached = [], horizon_start
    for start, end in covered:
        if start > reached:
            gaps.append(Gap(reached, min(start, horizon_end)))
        reached = max(reached, end)
        if reached >= horizon_end:
            break
    if reached < horizon_end:
        gaps.append(Gap(reached, horizon_end))
    return [gap for gap in gaps if gap.ends_at > gap.starts_at]


def _describe_place(shift: Shift, tz: ZoneInfo) -> str:
    return f"{shift.name} {dates.weekday_moment(shift.starts_at, tz)}"


def ineligible_places(roster: Roster) -> list[tuple[ShiftAssignment, list[str]]]:
    """The places on a roster whose person can no longer take the shift, with why — asked of the same
    `Calendar.reasons` that generation asks, so publishing and generation cannot disagree. Only what
    concerns the person counts (current in the role, not paused, in term, trained on the shift's dates,
    available, inside their weekly windows, no blackout); the rest rules held when the draft was made
    and nothing since can break them within the roster. A fixed number of queries."""
    places = list(
        ShiftAssignment.objects.filter(shift__roster=roster, ended_at__isnull=True)
        .select_related("shift", "membership__user")
        .order_by("shift__starts_at", "pk")
    )
    if not places:
        return []
    members = list({place.membership_id: place.membership for place in places}.values())
    calendar = calendar_for(roster.program, members, roster.starts_on, roster.ends_on)
    found = []
    for place in places:
        member, shift = place.membership, place.shift
        reasons = calendar.reasons(Person(member, member.role), shift.starts_at, shift.ends_at, night=False)
        if member.program_id != shift.program_id or member.role != shift.role:
            reasons.insert(0, "not_current")
        if reasons:
            found.append((place, list(dict.fromkeys(reasons))))
    return found


@transaction.atomic
def publish(roster: Roster, *, by: User) -> Roster:
    """Publish a draft. Every place is re-checked first: a person who can no longer take their shift (paused,
    left, training lapsed by then, away...) is taken off it and the shift left open — listed afterwards by
    `places_dropped_at_publishing`, and the coordinators are told. Refused, changing nothing, while any hour
    lacks an on-call supervisor (the refusal lists the gaps and whoever was dropped)."""
    roster = Roster.objects.select_for_update().select_related("program").get(pk=roster.pk)
    if not is_coordinator(by, roster.program_id):
        raise Roster.DoesNotExist
    if roster.status == RosterStatus.PUBLISHED:
        raise ValidationError(
            {"__all__": ValidationError("This roster is already published.", code="conflict")}
        )
    now = timezone.now()
    tz = roster.program.tzinfo
    dropped = ineligible_places(roster)
    for place, reasons in dropped:
        place.ended_at, place.dropped_at_publishing = now, True
        place.ended_reason = ", ".join(REASONS[r] for r in reasons)[:200]
    ShiftAssignment.objects.bulk_update(
        [place for place, _ in dropped], ["ended_at", "ended_reason", "dropped_at_publishing"]
    )
    left_open = _leave_open({place.shift for place, _ in dropped})
    gaps = coverage_gaps(roster)
    if gaps:
        listed = "; ".join(gap.describe(tz) for gap in gaps[:20])
        more = f" and {len(gaps) - 20} more" if len(gaps) > 20 else ""
        why = "; ".join(
            f"{_describe_place(place.shift, tz)}: {place.membership.display_name} ({place.ended_reason})"
            for place, _ in dropped
            if place.shift.role == RosterRole.SUPERVISOR
        )
        raise ValidationError(
            {
                "__all__": f"Not published: no supervisor is on call {listed}{more}. "
                + (f"No longer able to take their shift: {why}. " if why else "")
                + "Add supervisor shifts or people."
            }
        )
    roster.status, roster.published_at, roster.published_by = RosterStatus.PUBLISHED, now, by
    roster.save(update_fields=["status", "published_at", "published_by"])
    people = set(
        ShiftAssignment.objects.filter(shift__roster=roster, ended_at__isnull=True).values_list(
            "membership__user_id", flat=True
        )
    )
    link = reverse("roster-detail", args=[roster.program_id, roster.pk])
    messages = [Message(user_id, "roster_published", link, roster.program) for user_id in sorted(people)]
    if left_open:
        # Who was dropped and why stays out of the text (it may be a pause); the roster page shows it
        # to the coordinators.
        messages.extend(
            Message(user_id, "roster_left_open", link, roster.program)
            for user_id in Membership.objects.filter(
                program=roster.program, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
            ).values_list("user_id", flat=True)
        )
    send(messages)
    summary = f"published; {len(dropped)} places left open" if dropped else "published"
    audit.record(by, AuditAction.UPDATE, roster, program=roster.program, summary=summary)
    return roster


def _leave_open(shifts: set[Shift]) -> list[Shift]:
    """Mark shifts that lost people at publishing as short (the reason is kept neutral: the shift's
    readers need not learn why a colleague came off it). Returns those now short."""
    if not shifts:
        return []
    people = dict(
        ShiftAssignment.objects.filter(shift__in=shifts, ended_at__isnull=True)
        .values("shift_id")
        .annotate(n=Count("pk"))
        .values_list("shift_id", "n")
    )
    short = [shift for shift in shifts if people.get(shift.pk, 0) < shift.min_people]
    for shift in short:
        shift.unfilled = {
            **shift.unfilled,
            "message": f"no {shift.role}: the one rostered could no longer take it when it was published",
        }
    Shift.objects.bulk_update(short, ["unfilled", "updated_at"])
    return sorted(short, key=lambda shift: shift.starts_at)


@dataclass(frozen=True)
class DroppedPlace:
    """A place taken off a draft as it was published: the person could no longer take the shift."""

    shift: Shift
    membership: Membership
    reason: str

    def describe(self, tz: ZoneInfo) -> str:
        return f"{_describe_place(self.shift, tz)} — {self.membership.display_name} ({self.reason})"


def places_dropped_at_publishing(roster: Roster, *, reader: User) -> list[DroppedPlace]:
    """The places left open when this roster was published, for its program's coordinators (empty for
    anyone else: why a colleague came off a shift is theirs to see)."""
    places = (
        selectors.places_dropped_at_publishing_visible_to(reader)
        .filter(shift__roster=roster)
        .select_related("shift", "membership__user")
        .order_by("shift__starts_at", "pk")
    )
    return [DroppedPlace(place.shift, place.membership, place.ended_reason) for place in places]


# --- On call now --------------------------------------------------------------------------------------


@dataclass
class OnCallPerson:
    membership: Membership
    # E.164, for tap-to-call: staff in a current role who keep a number; None for everyone else.
    phone: str | None

    @property
    def phone_display(self) -> str:
        return display_phone(self.phone) if self.phone else ""


@dataclass
class OnCallShift:
    shift: Shift
    people: list[OnCallPerson]


@dataclass
class OnCall:
    """Who is on call now and next, per role (one statement whatever the roster's size: the shifts shown
    with who holds them), and the fallback: the program's supervisors and coordinators to ring when nobody
    is on call (one more)."""

    now: dict[str, list[OnCallShift]]
    next: dict[str, OnCallShift | None]
    fallback: list[OnCallPerson] = field(default_factory=list)

    @property
    def nobody_now(self) -> bool:
        """No supervisor on call this minute (no shift running, or a running one with nobody on it)."""
        return not any(item.people for item in self.now[RosterRole.SUPERVISOR])


# "On call now" reads plain rows from hand-written statements and makes model instances of them itself:
# building and compiling the same questions through the ORM (a bounded query, a prefetch with three
# joined models, the fallback's select_related) cost several times the statements' own time
# (docs/performance.md, "fourth round"). The callers get the same instances as before: a shift, and each
# person's membership with its user and staff phone cached on it, as select_related leaves them.


@dataclass(frozen=True)
class _Columns:
    """Some columns of a model in a raw statement, and how to make an instance of a row's share of them,
    the values converted as the ORM converts them (time zones, booleans and JSON on SQLite, UUIDs); the
    fields not read are deferred, as `only()` leaves them."""

    model: type[Model]
    sql: str
    attnames: tuple[str, ...]
    pk_index: int
    converters: tuple[tuple[int, tuple[Any, ...], Col], ...]

    @property
    def width(self) -> int:
        return len(self.attnames)

    def convert(self, index: int, value: Any) -> Any:
        for at, steps, col in self.converters:
            if at == index:
                for step in steps:
                    value = step(value, col, connection)
        return value

    def read(self, row: Sequence[Any], start: int) -> Any:
        """The instance in row[start:start + width], or None when a left join found none."""
        values = list(row[start : start + self.width])
        if values[self.pk_index] is None:
            return None
        for index, steps, col in self.converters:
            value = values[index]
            for step in steps:
                value = step(value, col, connection)
            values[index] = value
        return self.model.from_db(connection.alias, self.attnames, values)


@functools.cache
def _columns(model: type[Model], alias: str, only: tuple[str, ...] | None = None) -> _Columns:
    """`only`: the attribute names to read (the primary key always); None for every column."""
    fields = [f for f in model._meta.concrete_fields if only is None or f.attname in only or f.primary_key]
    converters = []
    for index, found in enumerate(fields):
        col = found.get_col(model._meta.db_table)
        steps = (*connection.ops.get_db_converters(col), *col.get_db_converters(connection))
        if steps:
            converters.append((index, steps, col))
    return _Columns(
        model,
        ", ".join(f"{alias}.{connection.ops.quote_name(f.column or f.attname)}" for f in fields),
        tuple(f.attname for f in fields),
        [f.attname for f in fields].index(model._meta.pk.attname),
        tuple(converters),
    )


def _name(model: type[Model], field: str | None = None) -> str:
    if field is None:
        return connection.ops.quote_name(model._meta.db_table)
    found = model._meta.get_field(field)
    assert isinstance(found, Field) and found.column is not None
    return connection.ops.quote_name(found.column)


def _person(
    row: Sequence[Any], start: int, members: _Columns, users: _Columns, phones: _Columns
) -> OnCallPerson | None:
    """The membership at row[start:], its user and staff phone after it, as OnCallPerson (None: nobody)."""
    member: Membership | None = members.read(row, start)
    if member is None:
        return None
    user: User = users.read(row, start + members.width)
    # As select_related("user__staff_phone") leaves them: on_call_phone and the callers read these.
    user._state.fields_cache["staff_phone"] = phones.read(row, start + members.width + users.width)
    member._state.fields_cache["user"] = user
    return OnCallPerson(member, on_call_phone(member))


# Only what the fallback shows (name, role, e-mail, phone): these people go to the page and the API and
# nowhere else, and the whole rows of three tables cost more than the statement itself.
def _fallback_columns() -> tuple[_Columns, _Columns, _Columns]:
    return (
        _columns(Membership, "m", ("program_id", "user_id", "role", "status")),
        _columns(User, "u", ("first_name", "last_name", "username", "email", "is_active")),
        _columns(StaffPhone, "ph", ("user_id", "phone")),
    )


@functools.cache
def _fallback_sql() -> str:
    columns = ", ".join(c.sql for c in _fallback_columns())
    roles = ", ".join(["%s"] * len(STAFF_FALLBACK_ORDER))
    return f"""
        SELECT {columns}
        FROM {_name(Membership)} m JOIN {_name(User)} u ON u.id = m.{_name(Membership, "user")}
        LEFT JOIN {_name(StaffPhone)} ph ON ph.{_name(StaffPhone, "user")} = u.id
        WHERE m.{_name(Membership, "program")} = %s AND m.{_name(Membership, "role")} IN ({roles})
          AND m.{_name(Membership, "status")} = %s AND u.{_name(User, "is_active")} = %s
        ORDER BY u.{_name(User, "last_name")}, u.{_name(User, "first_name")}, m.id
    """  # noqa: S608 (names from the models' meta, values as parameters)


def on_call_fallback(program: Program) -> list[OnCallPerson]:
    """Who to ring when nobody is on call: the program's active supervisors, then its coordinators, with
    their phones for tap-to-call (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(_fallback_sql(), [program.pk, *STAFF_FALLBACK_ORDER, MembershipStatus.ACTIVE, True])
        rows = cursor.fetchall()
    people = [person for row in rows if (person := _person(row, 0, *_fallback_columns())) is not None]
    return sorted(people, key=lambda p: STAFF_FALLBACK_ORDER.index(p.membership.role))


# How many of the shifts starting after now on_call looks through for each role's next one.
NEXT_LOOKAHEAD = 24
NO_BOUND = datetime(9999, 12, 31, tzinfo=UTC)


def _on_call_columns() -> tuple[_Columns, _Columns, _Columns, _Columns]:
    return (
        _columns(Shift, "sh"),
        _columns(Membership, "m"),
        _columns(User, "u"),
        _columns(StaffPhone, "ph"),
    )


@functools.cache
def _on_call_sql() -> str:
    shift, roster, place = _name(Shift), _name(Roster), _name(ShiftAssignment)
    program_id, roster_id, starts, ends, cancelled = (
        _name(Shift, f) for f in ("program", "roster", "starts_at", "ends_at", "cancelled_at")
    )
    columns = ", ".join(c.sql for c in _on_call_columns())
    published = (
        f"{{s}}.{program_id} = %s AND {{r}}.{_name(Roster, 'status')} = %s AND {{s}}.{cancelled} IS NULL"
    )
    # The next shift of each role: among the first NEXT_LOOKAHEAD starting after now (at most a day's
    # worth). One statement reads those and the ones running now, with who holds them: every shift still
    # to end that starts no later than the last of those few (no bound when fewer are left). Asking instead
    # for "running now OR one of these ids" cannot use the (program, starts_at) index and reads every
    # shift of the program's year.
    return f"""
        SELECT {columns}
        FROM {shift} sh JOIN {roster} r ON r.id = sh.{roster_id}
        LEFT JOIN {place} a ON a.{_name(ShiftAssignment, "shift")} = sh.id
                            AND a.{_name(ShiftAssignment, "ended_at")} IS NULL
        LEFT JOIN {_name(Membership)} m ON m.id = a.{_name(ShiftAssignment, "membership")}
        LEFT JOIN {_name(User)} u ON u.id = m.{_name(Membership, "user")}
        LEFT JOIN {_name(StaffPhone)} ph ON ph.{_name(StaffPhone, "user")} = u.id
        WHERE {published.format(s="sh", r="r")} AND sh.{ends} > %s AND sh.{starts} <= COALESCE((
            SELECT f.{starts} FROM {shift} f JOIN {roster} fr ON fr.id = f.{roster_id}
            WHERE {published.format(s="f", r="fr")} AND f.{starts} > %s
            ORDER BY f.{starts}, f.id LIMIT 1 OFFSET {NEXT_LOOKAHEAD - 1}
        ), %s)
        ORDER BY sh.{starts}, sh.id, a.id
    """  # noqa: S608 (names from the models' meta, values as parameters)


def on_call(program: Program, at: datetime | None = None, *, with_fallback: bool = True) -> OnCall:
    """Who is on call now and next in the program (one statement), and the fallback (one more)."""
    at = at or timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    published: list[Any] = [program.pk, RosterStatus.PUBLISHED]
    with connection.cursor() as cursor:
        cursor.execute(_on_call_sql(), [*published, adapt(at), *published, adapt(at), adapt(NO_BOUND)])
        rows = cursor.fetchall()
    shifts, members, users, phones = _on_call_columns()
    starts_at, role_at = shifts.attnames.index("starts_at"), shifts.attnames.index("role")
    by_shift: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        by_shift.setdefault(row[shifts.pk_index], []).append(row)
    now: dict[str, list[OnCallShift]] = {role: [] for role in RosterRole.values}
    upcoming: dict[str, OnCallShift | None] = dict.fromkeys(RosterRole.values)
    ahead = 0
    for held in by_shift.values():
        # Which shifts are shown is decided on two columns; only those become instances.
        role = held[0][role_at]
        running = shifts.convert(starts_at, held[0][starts_at]) <= at
        if not running:
            if ahead >= NEXT_LOOKAHEAD:  # shifts starting with the bound's own start can be more than needed
                continue
            ahead += 1
            if upcoming[role] is not None:
                continue
        people = [
            person
            for row in held
            if (person := _person(row, shifts.width, members, users, phones)) is not None
        ]
        item = OnCallShift(shifts.read(held[0], 0), people)
        if running:
            now[role].append(item)
        else:
            upcoming[role] = item
    return OnCall(now, upcoming, on_call_fallback(program) if with_fallback else [])


def page_everyone_on_call_empty(program: Program) -> list[Message]:
    """Messages paging every current supervisor and coordinator of the program: a supervisor shift
    running now or within hours has nobody (the caller sends them with its own)."""
    link = reverse("on-call-now", args=[program.pk])
    return [
        Message(user_id, "on_call_empty", link, program)
        for user_id in Membership.objects.filter(
            program=program, role__in=STAFF_FALLBACK_ORDER, status__in=CURRENT_STATUSES
        )
        .values_list("user_id", flat=True)
        .distinct()
    ]


def _empty_soon(shift: Shift, now: datetime) -> bool:
    """A supervisor shift running now or starting within IMMINENT_SHIFT_WITHIN, with nobody on it."""
    return (
        shift.role == RosterRole.SUPERVISOR
        and shift.starts_at <= now + IMMINENT_SHIFT_WITHIN
        and shift.ends_at > now
        and not ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).exists()
    )


# --- Pauses and departures ------------------------------------------------------------------------------


def on_call_supervisors(contact: object) -> list[User]:
    """Supervisors on call now in the contact's program (escalations tell them too)."""
    program = contact.program  # type: ignore[attr-defined]
    return [
        person.membership.user
        for item in on_call(program, with_fallback=False).now[RosterRole.SUPERVISOR]
        for person in item.people
        if person.membership.user.is_active
    ]


def withdraw_swaps(swaps: QuerySet[SwapRequest], *, now: datetime) -> list[Message]:
    """Withdraw the pending ones of these swaps because the offered place is gone (its holder paused, left
    or was taken off the shift): a swap must end rather than wait, taken, for an approval that can never
    apply it. Returns the messages telling whoever had taken one (the caller sends them with its own)."""
    pending = list(
        swaps.filter(status__in=SWAP_PENDING)
        .select_for_update(of=("self",))
        .select_related("shift__program", "taken_by")
    )
    if not pending:
        return []
    SwapRequest.objects.filter(pk__in=[swap.pk for swap in pending]).update(
        status=SwapStatus.CANCELLED, decided_at=now
    )
    program = pending[0].shift.program
    audit.record_many(None, AuditAction.UPDATE, pending, program=program, summary="swap withdrawn")
    return [
        Message(swap.taken_by.user_id, "swap_withdrawn", reverse("roster-home", args=[program.pk]), program)
        for swap in pending
        if swap.status == SwapStatus.TAKEN and swap.taken_by is not None
    ]


def reopen_swaps(swaps: QuerySet[SwapRequest]) -> list[Message]:
    """Put taken swaps back to open because their taker can no longer take the shift (paused, left, or no
    longer eligible when a coordinator came to approve it). Returns the messages telling the people who
    offered them (the reason stays out of the text)."""
    taken = list(
        swaps.filter(status=SwapStatus.TAKEN)
        .select_for_update(of=("self",))
        .select_related("shift__program", "offered_by")
    )
    if not taken:
        return []
    SwapRequest.objects.filter(pk__in=[swap.pk for swap in taken]).update(
        status=SwapStatus.OPEN, taken_by=None, taken_at=None
    )
    program = taken[0].shift.program
    audit.record_many(None, AuditAction.UPDATE, taken, program=program, summary="swap open again")
    return [
        Message(swap.offered_by.user_id, "swap_reopened", reverse("roster-home", args=[program.pk]), program)
        for swap in taken
    ]


@transaction.atomic
def take_off_the_roster(membership: Membership, *, reason: str) -> list[Shift]:
    """A paused or departing person leaves the published roster (see `take_all_off_the_roster`). Returns
    the shifts that became gaps."""
    return take_all_off_the_roster(membership.program, [membership], reason=reason)


@dataclass
class _Placed:
    """A place on a published shift as the hand-on sees it while it runs: everything it needs to decide,
    kept in memory so that handing on many people's shifts costs no query per person or per shift."""

    booked: dict[int, list[tuple[datetime, datetime, object]]]  # member → open places (rest, week limit)
    counted: dict[int, list[tuple[datetime, datetime, object]]]  # member → open published places (fairness)
    on_shift: set[tuple[int, int]]  # (shift, member) open

    def add(self, member_id: int, start: datetime, end: datetime, key: object) -> None:
        self.booked[member_id].append((start, end, key))
        self.counted[member_id].append((start, end, key))

    def remove(self, member_id: int, keys: set[object]) -> None:
        for spans in (self.booked, self.counted):
            spans[member_id] = [span for span in spans.get(member_id, []) if span[2] not in keys]

    def against(self, calendar: Calendar, member: Membership, shift: Shift) -> list[str] | None:
        """Why `member` cannot take `shift` (None: they are on it already)."""
        if (shift.pk, member.pk) in self.on_shift:
            return None
        reasons = calendar.reasons(Person(member, member.role), shift.starts_at, shift.ends_at, night=False)
        rest = timedelta(hours=calendar.settings.min_rest_hours)
        theirs = self.booked.get(member.pk, [])
        if any(s < shift.ends_at + rest and e > shift.starts_at - rest for s, e, _ in theirs):
            reasons.append("rest")
        week = shift.starts_at.astimezone(calendar.tz).isocalendar()[:2]
        if sum(1 for s, _, _ in theirs if s.astimezone(calendar.tz).isocalendar()[:2] == week) >= (
            calendar.settings.max_shifts_per_week
        ):
            reasons.append("weekly_limit")
        return reasons

    def taken_hours(self, member_ids: list[int], around: datetime) -> dict[int, float]:
        """Hours on published shifts within four weeks either side: the fairness measure for a handover."""
        low, high = around - FAIRNESS_LOOKBACK, around + FAIRNESS_LOOKBACK
        hours: dict[int, float] = {}
        for member_id in member_ids:
            spans = [(s, e) for s, e, _ in self.counted.get(member_id, []) if low <= s < high]
            if spans:
                hours[member_id] = sum((e - s).total_seconds() / 3600 for s, e in spans)
        return hours


@transaction.atomic
def take_all_off_the_roster(program: Program, memberships: list[Membership], *, reason: str) -> list[Shift]:
    """Paused or departing people leave the published roster, one after another in the order given, with
    the outcome of taking them off one at a time: each one's future shifts go to the next eligible person
    (recorded as a reassignment, so fairness can compensate) and a shift nobody can take becomes a gap
    the coordinators hear of; their offers of those shifts and any others they made are withdrawn, and
    swaps they had taken open again; everyone matched with them is told. A fixed number of queries
    however many people and shifts: what each step decides is worked out in memory and written at the
    end. Returns the shifts that became gaps."""
    leavers = list({m.pk: m for m in memberships}.values())
    ids = [m.pk for m in leavers]
    now = timezone.now()
    places = list(
        ShiftAssignment.objects.select_for_update(of=("self",))
        .filter(
            membership_id__in=ids,
            ended_at__isnull=True,
            shift__starts_at__gt=now,
            shift__cancelled_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
        )
        .select_related("shift")
        .order_by("shift__starts_at", "pk")
    )
    swaps = list(
        SwapRequest.objects.filter(
            Q(assignment__in=[p.pk for p in places]) | Q(offered_by_id__in=ids) | Q(taken_by_id__in=ids),
            status__in=SWAP_PENDING,
        )
        .select_for_update(of=("self",))
        .select_related("taken_by", "offered_by")
        .order_by("pk")
    )
    if not places and not swaps:
        return []
    shifts = {p.shift_id: p.shift for p in places}
    for place in places:
        place.shift = shifts[place.shift_id]  # one instance per shift, however many leavers held it
    queue: dict[int, list[ShiftAssignment]] = defaultdict(list)
    for place in places:
        queue[place.membership_id].append(place)
    roles = {shift.role for shift in shifts.values()}
    by_role: dict[str, list[Membership]] = defaultdict(list)
    if places:
        for member in Membership.objects.filter(
            program=program, role__in=roles, status__in=CURRENT_STATUSES
        ).select_related("user"):
            by_role[member.role].append(member)
    everyone = [m for members in by_role.values() for m in members]
    tz = program.tzinfo
    placed = _Placed(defaultdict(list), defaultdict(list), set())
    calendar: Calendar | None = None
    off_throughout: set[int] = set()
    if places:
        first = min(s.starts_at for s in shifts.values()).astimezone(tz).date()
        last = max(s.ends_at for s in shifts.values()).astimezone(tz).date()
        calendar = calendar_for(program, everyone, first, last)
        starts = [s.starts_at for s in shifts.values()]
        for pk, member_id, start, end, published in ShiftAssignment.objects.filter(
            membership__in=everyone,
            ended_at__isnull=True,
            shift__cancelled_at__isnull=True,
            shift__starts_at__lt=max(
                aware(datetime.combine(last + timedelta(days=8), time(0)), tz),
                max(starts) + FAIRNESS_LOOKBACK,
            ),
            shift__ends_at__gt=min(
                aware(datetime.combine(first - timedelta(days=8), time(0)), tz),
                min(starts) - FAIRNESS_LOOKBACK,
            ),
        ).values_list("pk", "membership_id", "shift__starts_at", "shift__ends_at", "shift__roster__status"):
            placed.booked[member_id].append((start, end, pk))
            if published == RosterStatus.PUBLISHED:
                placed.counted[member_id].append((start, end, pk))
        # Whoever is paused from before the first of these shifts with no end in sight is refused every one
        # of them ("paused"): leaving them out of the ranking changes no choice, and spares judging each of
        # them (an evaluation's whole batch) for every shift.
        earliest = min(starts)
        off_throughout = {
            member_id
            for member_id, spans in calendar.duty.paused.items()
            if any(start <= earliest and end is None for start, end in spans)
        }
        placed.on_shift = set(
            ShiftAssignment.objects.filter(shift__in=list(shifts), ended_at__isnull=True).values_list(
                "shift_id", "membership_id"
            )
        )
    ended: list[int] = []
    new: list[ShiftAssignment] = []
    gaps: dict[int, Shift] = {}
    unfilled: set[int] = set()
    handed_from: list[Membership] = []
    withdrawn: list[SwapRequest] = []
    reopened: list[SwapRequest] = []
    messages: list[Message] = []
    roster_page = reverse("roster-home", args=[program.pk])
    coordinators: list[int] | None = None

    def withdraw(these: list[SwapRequest]) -> list[Message]:
        """As `withdraw_swaps`, on the swaps as this run has left them so far."""
        told = []
        for swap in these:
            if swap.status not in SWAP_PENDING:
                continue
            if swap.status == SwapStatus.TAKEN and swap.taken_by is not None:
                told.append(Message(swap.taken_by.user_id, "swap_withdrawn", roster_page, program))
            swap.status, swap.decided_at = SwapStatus.CANCELLED, now
            withdrawn.append(swap)
        return told

    for leaver in leavers:
        mine = sorted(queue.pop(leaver.pk, []), key=lambda p: p.shift.starts_at)
        if mine:
            assert calendar is not None
            for place in mine:
                place.ended_at, place.ended_reason = now, reason
                if place.pk is not None:
                    ended.append(place.pk)
                placed.on_shift.discard((place.shift_id, leaver.pk))
            placed.remove(leaver.pk, {place.pk or id(place) for place in mine})
            told: set[int] = set()
            keys = {place.pk for place in mine}
            gave = withdraw([swap for swap in swaps if swap.assignment_id in keys])
            role = mine[0].shift.role
            others = [m for m in by_role[role] if m.pk != leaver.pk]
            taken = placed.taken_hours([m.pk for m in others], mine[0].shift.starts_at)
            any_gap = False

            for place in mine:
                shift = place.shift
                # The least loaded eligible person takes it: asking in that order stops at the first who
                # can, instead of judging everyone for every shift.
                ranked = sorted(
                    (m for m in others if m.pk not in off_throughout),
                    key=lambda m: (taken.get(m.pk, 0.0), m.pk),
                )
                chosen = next((m for m in ranked if placed.against(calendar, m, shift) == []), None)
                why = Counter[str]()
                if chosen is None:
                    # Nobody can: count why, in the program's order (ties in the explanation keep it).
                    for member in others:
                        reasons = placed.against(calendar, member, shift)
                        if reasons:
                            why[reasons[0]] += 1
                shift.sequence += 1
                if chosen is not None:
                    given = ShiftAssignment(
                        shift=shift, membership=chosen, source=AssignmentSource.REASSIGNED, assigned_at=now
                    )
                    new.append(given)
                    placed.add(chosen.pk, shift.starts_at, shift.ends_at, id(given))
                    placed.on_shift.add((shift.pk, chosen.pk))
                    taken[chosen.pk] = taken.get(chosen.pk, 0.0) + shift.hours
                    told.add(chosen.user_id)
                    # Someone taken off later in this same run hands it on again, as they would one by one.
                    queue[chosen.pk].append(given)
                else:
                    shift.unfilled = {"message": explain(role, why), **why}
                    unfilled.add(shift.pk)
                    gaps[shift.pk] = shift
                    any_gap = True
            # Who was handed on from whom, and why, stays out of the text: the colleague is on a pause.
            messages.extend(Message(user_id, "shift_reassigned", roster_page, program) for user_id in told)
            messages.extend(gave)
            if any_gap:
                if coordinators is None:
                    coordinators = list(
                        Membership.objects.filter(
                            program=program, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
                        ).values_list("user_id", flat=True)
                    )
                messages.extend(
                    Message(user_id, "roster_gap", roster_page, program) for user_id in coordinators
                )
            handed_from.append(leaver)
        messages.extend(withdraw([swap for swap in swaps if swap.offered_by_id == leaver.pk]))
        for swap in swaps:
            if swap.taken_by_id == leaver.pk and swap.status == SwapStatus.TAKEN:
                messages.append(Message(swap.offered_by.user_id, "swap_reopened", roster_page, program))
                swap.status, swap.taken_by, swap.taken_at = SwapStatus.OPEN, None, None
                reopened.append(swap)

    if ended:
        ShiftAssignment.objects.filter(pk__in=ended).update(ended_at=now, ended_reason=reason)
    ShiftAssignment.objects.bulk_create(new)
    if shifts:
        # One statement for every shift touched (bulk_update would split it into batches of ~200).
        Shift.objects.filter(pk__in=list(shifts)).update(
            sequence=Case(*(When(pk=pk, then=Value(s.sequence)) for pk, s in shifts.items())),
            unfilled=Case(
                *(When(pk=pk, then=Value(shifts[pk].unfilled, output_field=JSONField())) for pk in unfilled),
                default=F("unfilled"),
                output_field=JSONField(),
            ),
            updated_at=now,
        )
    if reopened:
        SwapRequest.objects.filter(pk__in=[swap.pk for swap in reopened]).update(
            status=SwapStatus.OPEN, taken_by=None, taken_at=None
        )
        audit.record_many(None, AuditAction.UPDATE, reopened, program=program, summary="swap open again")
    if withdrawn:
        SwapRequest.objects.filter(pk__in=[swap.pk for swap in withdrawn]).update(
            status=SwapStatus.CANCELLED, decided_at=now
        )
        audit.record_many(None, AuditAction.UPDATE, withdrawn, program=program, summary="swap withdrawn")
    send(messages)
    if handed_from:
        audit.record_many(
            None, AuditAction.UPDATE, handed_from, program=program, summary=f"shifts handed on ({reason})"
        )
    return list(gaps.values())


def _members_on_the_roster(program: Program) -> set[int]:
    """Who holds a future published shift or is party to a pending swap, looked up once per Program
    instance: a rule evaluation pauses hundreds of supporters in one go, and most hold no shift (the cache
    goes whenever shifts move)."""
    cached: set[int] | None = getattr(program, "_members_on_the_roster", None)
    if cached is None:
        cached = set(
            ShiftAssignment.objects.filter(
                shift__program=program,
                ended_at__isnull=True,
                shift__starts_at__gt=timezone.now(),
                shift__cancelled_at__isnull=True,
                shift__roster__status=RosterStatus.PUBLISHED,
            ).values_list("membership_id", flat=True)
        )
        for offered_by, taken_by in SwapRequest.objects.filter(
            shift__program=program, status__in=SWAP_PENDING
        ).values_list("offered_by_id", "taken_by_id"):
            cached.update(pk for pk in (offered_by, taken_by) if pk is not None)
        program._members_on_the_roster = cached  # type: ignore[attr-defined]
    return cached


@receiver(pauses_started)
def _paused(sender: object, pauses: list[Pause], **kwargs: object) -> None:
    by_program: dict[int, list[Pause]] = defaultdict(list)
    for pause in pauses:
        if pause.action == PauseAction.PAUSE:
            by_program[pause.program_id].append(pause)
    for started in by_program.values():
        program = started[0].program
        on_the_roster = _members_on_the_roster(program)
        # All of them in one go, so an evaluation pausing hundreds costs no more queries than one pause.
        if any(pause.membership_id in on_the_roster for pause in started):
            take_all_off_the_roster(program, [pause.membership for pause in started], reason="paused")
            del program._members_on_the_roster  # type: ignore[attr-defined]


@receiver(pause_undone)
def _undone(sender: object, pause: Pause, **kwargs: object) -> list[Shift]:
    return give_back_shifts(pause)


def give_back_shifts(pause: Pause) -> list[Shift]:
    """After a supporter undoes their own pause, the future places it handed on come back to them where
    nobody has taken them since (the shift is still short of people); a place someone else took stays
    with them. The original assignment row is reopened, so fairness sees one unbroken place. Nothing
    comes back while another pause still holds them. Returns the shifts given back."""
    membership = pause.membership
    if membership.status != MembershipStatus.ACTIVE:
        return []
    now = timezone.now()
    handed_on = list(
        ShiftAssignment.objects.select_for_update(of=("self",))
        .filter(
            membership=membership,
            ended_reason="paused",
            ended_at__gte=pause.started_at,
            shift__starts_at__gt=now,
            shift__cancelled_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
        )
        .order_by("shift__starts_at", "-ended_at")
    )
    if not handed_on:
        return []
    shifts = {
        shift.pk: shift
        for shift in Shift.objects.select_for_update().filter(pk__in={a.shift_id for a in handed_on})
    }
    people = Counter(
        ShiftAssignment.objects.filter(shift__in=list(shifts), ended_at__isnull=True).values_list(
            "shift_id", flat=True
        )
    )
    held = set(
        ShiftAssignment.objects.filter(
            shift__in=list(shifts), membership=membership, ended_at__isnull=True
        ).values_list("shift_id", flat=True)
    )
    back: list[ShiftAssignment] = []
    for place in handed_on:
        shift = shifts[place.shift_id]
        if place.shift_id in held or people[shift.pk] >= shift.min_people:
            continue  # theirs already, or someone else has taken the place
        back.append(place)
        held.add(place.shift_id)
        people[shift.pk] += 1
    if not back:
        return []
    ShiftAssignment.objects.filter(pk__in=[place.pk for place in back]).update(ended_at=None, ended_reason="")
    given_back = []
    for place in back:
        shift = shifts[place.shift_id]
        shift.sequence += 1
        if people[shift.pk] >= shift.min_people:
            shift.unfilled = {}
        shift.save(update_fields=["sequence", "unfilled", "updated_at"])
        given_back.append(shift)
    if hasattr(pause.program, "_members_on_the_roster"):
        del pause.program._members_on_the_roster
    audit.record_many(
        pause.ended_by,
        AuditAction.UPDATE,
        given_back,
        program=pause.program,
        summary="given back: pause undone",
    )
    return given_back


@receiver(post_save, sender=Membership)
def _left(sender: object, instance: Membership, raw: bool = False, **kwargs: object) -> None:
    if not raw and instance.status not in CURRENT_STATUSES:
        gaps = take_off_the_roster(instance, reason="left the role")
        _leave_current_shifts(instance, gaps)


@transaction.atomic
def _leave_current_shifts(membership: Membership, gaps: list[Shift]) -> None:
    """A departure cannot be refused, so it is the one way a shift may lose its last supervisor
    unforced: the leaver comes off any shift running now (they are no longer on call), and if that, or a
    future shift just handed on to nobody, leaves a supervisor shift running now or within
    IMMINENT_SHIFT_WITHIN empty, every supervisor and coordinator is paged at once (`on_call_empty`)."""
    now = timezone.now()
    running = list(
        ShiftAssignment.objects.select_for_update(of=("self",))
        .filter(
            membership=membership,
            ended_at__isnull=True,
            shift__starts_at__lte=now,
            shift__ends_at__gt=now,
            shift__cancelled_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
        )
        .select_related("shift")
    )
    if running:
        ShiftAssignment.objects.filter(pk__in=[a.pk for a in running]).update(
            ended_at=now, ended_reason="left the role"
        )
        for place in running:
            place.shift.sequence += 1
            place.shift.save(update_fields=["sequence", "updated_at"])
    if any(_empty_soon(shift, now) for shift in [*gaps, *(a.shift for a in running)]):
        program = membership.program
        send(page_everyone_on_call_empty(program))
        audit.record(
            None, AuditAction.UPDATE, membership, program=program, summary="left: a supervisor shift is empty"
        )


# --- Alerts and reminders (scheduler) -------------------------------------------------------------------

GAP_STAGES = (
    (1, timedelta(days=14), "coordinators", "roster_gap_soon"),
    (2, timedelta(hours=72), "coordinators", "roster_gap_urgent"),
    (3, timedelta(hours=24), "supervisors", "roster_gap_cover"),
)


def alert_gaps(now: datetime) -> int:
    """Tell people about published shifts short of people, by lead time: at 14 days the coordinators, at
    72 hours the coordinators urgently, at 24 hours every supervisor. Each stage once per shift (a
    conditional update claims it, so two schedulers never send it twice)."""
    sent = 0
    for stage, lead, audience, kind in GAP_STAGES:
        due = (
            Shift.objects.filter(
                roster__status=RosterStatus.PUBLISHED,
                cancelled_at__isnull=True,
                starts_at__gt=now,
                starts_at__lte=now + lead,
                gap_alert_stage__lt=stage,
            )
            .annotate(people=Count("assignments", filter=Q(assignments__ended_at__isnull=True)))
            .filter(people__lt=F("min_people"))
            .select_related("program")
        )
        for shift in due:
            # Claim and notice commit together: a scheduler killed between them must not leave the stage
            # claimed and nobody told (the run is taken over and repeated; see program.scheduler).
            with transaction.atomic():
                if not Shift.objects.filter(pk=shift.pk, gap_alert_stage__lt=stage).update(
                    gap_alert_stage=stage
                ):
                    continue
                roles = [Role.COORDINATOR] if audience == "coordinators" else [Role.SUPERVISOR]
                recipients = Membership.objects.filter(
                    program=shift.program, role__in=roles, status__in=CURRENT_STATUSES, user__is_active=True
                ).values_list("user_id", flat=True)
                notify(
                    recipients,
                    kind=kind,
                    link=reverse("shift-detail", args=[shift.program_id, shift.pk]),
                    program=shift.program,
                )
            sent += 1
    return sent


def remind_and_hand_over(now: datetime) -> dict[str, int]:
    """A reminder the day before each shift, and a handover notice as it starts (each once)."""
    counts = {"reminders": 0, "handovers": 0}
    for stamp, start_from, start_to, key, kind in (
        ("reminded_at", now, now + timedelta(hours=24), "reminders", "shift_reminder"),
        ("handed_over_at", now - timedelta(minutes=30), now, "handovers", "shift_handover"),
    ):
        places = ShiftAssignment.objects.filter(
            **{f"{stamp}__isnull": True},
            ended_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
            shift__cancelled_at__isnull=True,
            shift__starts_at__gt=start_from,
            shift__starts_at__lte=start_to,
        ).select_related("shift__program", "membership")
        for place in places:
            # Claim and notice commit together (as in alert_gaps).
            with transaction.atomic():
                if not ShiftAssignment.objects.filter(pk=place.pk, **{f"{stamp}__isnull": True}).update(
                    **{stamp: now}
                ):
                    continue
                notify(
                    [place.membership.user_id],
                    kind=kind,
                    link=reverse("shift-detail", args=[place.shift.program_id, place.shift_id]),
                    program=place.shift.program,
                )
            counts[key] += 1
    return counts


# --- Fairness --------------------------------------------------------------------------------------------


@dataclass
class FairnessRow:
    membership: Membership
    shifts: int = 0
    hours: float = 0.0
    night_hours: float = 0.0
    weekend_hours: float = 0.0
    nights: int = 0  # night shifts (any hour of 00:00–06:00 local), as the generator balances them
    weekends: int = 0  # shifts starting on a Saturday or Sunday, likewise


@dataclass
class Fairness:
    role: str
    rows: list[FairnessRow]

    @property
    def night_spread(self) -> int:
        """Most nights minus fewest, over everyone of the role (zero-night people included)."""
        nights = [r.nights for r in self.rows]
        return max(nights) - min(nights) if nights else 0

    @property
    def weekend_spread(self) -> int:
        """Most weekend shifts minus fewest, likewise."""
        weekends = [r.weekends for r in self.rows]
        return max(weekends) - min(weekends) if weekends else 0

    @property
    def mean(self) -> float:
        return sum(r.hours for r in self.rows) / len(self.rows) if self.rows else 0.0

    @property
    def maximum(self) -> float:
        return max((r.hours for r in self.rows), default=0.0)

    @property
    def max_over_mean(self) -> float | None:
        return self.maximum / self.mean if self.mean else None

    @property
    def widest_gap(self) -> float:
        """The largest difference in hours between any two people (zero-hour people included)."""
        hours = [r.hours for r in self.rows]
        return max(hours) - min(hours) if hours else 0.0

    @property
    def mean_pair_difference(self) -> float:
        """The mean absolute difference in hours over every pair of people."""
        hours = sorted(r.hours for r in self.rows)
        n = len(hours)
        if n < 2:
            return 0.0
        # Σ over pairs |a−b| from the sorted list in one pass: each value minus those before it.
        total = sum(value * (2 * index - n + 1) for index, value in enumerate(hours))
        return total / (n * (n - 1) / 2)


def fairness(program: Program, first: date, last: date) -> list[Fairness]:
    """Hours per current rostered person over [first, last] (local days), with night and weekend hours and
    the number of night and of weekend shifts — everyone of each role, including people with no hours at
    all (two queries)."""
    if last < first:
        raise ValidationError({"to": "The end of the range cannot be before its start."})
    tz = program.tzinfo
    start = aware(datetime.combine(first, time(0)), tz)
    end = aware(datetime.combine(last + timedelta(days=1), time(0)), tz)
    members = list(
        Membership.objects.filter(
            program=program, role__in=[Role.SUPERVISOR, Role.SUPPORTER], status__in=CURRENT_STATUSES
        )
        .select_related("user")
        .order_by("role", "user__last_name", "user__first_name")
    )
    rows = {m.pk: FairnessRow(m) for m in members}
    for member_id, starts_at, ends_at, is_night, is_weekend in ShiftAssignment.objects.filter(
        ended_at__isnull=True,
        shift__program=program,
        shift__roster__status=RosterStatus.PUBLISHED,
        shift__cancelled_at__isnull=True,
        shift__starts_at__gte=start,
        shift__starts_at__lt=end,
    ).values_list(
        "membership_id", "shift__starts_at", "shift__ends_at", "shift__is_night", "shift__is_weekend"
    ):
        row = rows.get(member_id)
        if row is None:
            continue
        hours = (ends_at - starts_at).total_seconds() / 3600
        row.shifts += 1
        row.hours += hours
        row.nights += is_night
        row.weekends += is_weekend
        row.night_hours += _night_hours(starts_at, ends_at, tz)
        if starts_at.astimezone(tz).weekday() >= 5:
            row.weekend_hours += hours
    return [
        Fairness(role, [row for row in rows.values() if row.membership.role == role])
        for role in (RosterRole.SUPERVISOR, RosterRole.SUPPORTER)
    ]


# --- Availability -------------------------------------------------------------------------------------------


def _may_edit_availability(user: User, membership: Membership) -> bool:
    return (membership.user_id == user.pk and membership.status in CURRENT_STATUSES) or is_coordinator(
        user, membership.program_id
    )


@transaction.atomic
def add_window(membership: Membership, *, by: User, weekday: int, starts: time, ends: time) -> Availability:
    """A weekly window someone can take shifts in (their own, or anyone's for a coordinator)."""
    if not _may_edit_availability(by, membership):
        raise Availability.DoesNotExist
    errors: dict[str, str] = {}
    if not isinstance(weekday, int) or not 0 <= weekday <= 6:
        errors["weekday"] = "Choose a day from 0 (Monday) to 6 (Sunday)."
    if not isinstance(starts, time):
        errors["starts"] = "Enter the start as a time of day."
    if not isinstance(ends, time):
        errors["ends"] = "Enter the end as a time of day."
    elif isinstance(starts, time) and ends <= starts:
        errors["ends"] = "The window must end after it starts (split a window that crosses midnight)."
    if errors:
        raise ValidationError(errors)
    window = Availability.objects.create(membership=membership, weekday=weekday, starts=starts, ends=ends)
    audit.record(by, AuditAction.CREATE, window, program=membership.program)
    return window


@transaction.atomic
def remove_window(window: Availability, *, by: User) -> None:
    window = Availability.objects.select_related("membership__program").get(pk=window.pk)
    if not _may_edit_availability(by, window.membership):
        raise Availability.DoesNotExist
    audit.record(by, AuditAction.DELETE, window, program=window.membership.program)
    window.delete()


@transaction.atomic
def add_unavailability(
    membership: Membership, *, by: User, kind: str, starts_at: datetime, ends_at: datetime
) -> Unavailability:
    """A one-off time off shifts (exams, a placement, leave). Shifts already published are not moved: the
    person swaps them, or asks the coordinator."""
    if not _may_edit_availability(by, membership):
        raise Unavailability.DoesNotExist
    errors: dict[str, str] = {}
    if kind not in UnavailabilityKind.values:
        errors["kind"] = f"Choose one of: {', '.join(UnavailabilityKind.values)}."
    if not isinstance(starts_at, datetime):
        errors["starts_at"] = "Enter when it starts."
    if not isinstance(ends_at, datetime):
        errors["ends_at"] = "Enter when it ends."
    elif isinstance(starts_at, datetime) and ends_at <= starts_at:
        errors["ends_at"] = "It cannot end before it starts."
    elif isinstance(starts_at, datetime) and ends_at - starts_at > timedelta(days=366):
        errors["ends_at"] = "Keep it to a year at most."
    if errors:
        raise ValidationError(errors)
    away = Unavailability.objects.create(
        membership=membership, kind=kind, starts_at=starts_at, ends_at=ends_at
    )
    audit.record(by, AuditAction.CREATE, away, program=membership.program)
    return away


@transaction.atomic
def remove_unavailability(away: Unavailability, *, by: User) -> None:
    away = Unavailability.objects.select_related("membership__program").get(pk=away.pk)
    if not _may_edit_availability(by, away.membership):
        raise Unavailability.DoesNotExist
    audit.record(by, AuditAction.DELETE, away, program=away.membership.program)
    away.delete()


# --- Taking a published shift (swaps and overrides) ---------------------------------------------------


def reasons_against(shift: Shift, member: Membership) -> list[str]:
    """Why `member` cannot be put on an already published shift (empty: they can): eligibility, rest
    before and after their other shifts, and the weekly limit."""
    program = shift.program
    tz = program.tzinfo
    day = shift.starts_at.astimezone(tz).date()
    calendar = calendar_for(program, [member], day, day)
    reasons = calendar.reasons(Person(member, member.role), shift.starts_at, shift.ends_at, night=False)
    rest = timedelta(hours=calendar.settings.min_rest_hours)
    theirs = list(
        ShiftAssignment.objects.filter(
            membership=member, ended_at__isnull=True, shift__cancelled_at__isnull=True
        )
        .exclude(shift=shift)
        .values_list("shift__starts_at", "shift__ends_at")
    )
    if any(s < shift.ends_at + rest and e > shift.starts_at - rest for s, e in theirs):
        reasons.append("rest")
    week = shift.starts_at.astimezone(tz).isocalendar()[:2]
    if (
        sum(1 for s, _ in theirs if s.astimezone(tz).isocalendar()[:2] == week)
        >= calendar.settings.max_shifts_per_week
    ):
        reasons.append("weekly_limit")
    return list(dict.fromkeys(reasons))


@transaction.atomic
def override(
    shift: Shift,
    *,
    by: User,
    add: Membership | None = None,
    remove: Membership | None = None,
    force: bool = False,
) -> Shift:
    """A coordinator puts someone on a published shift, or takes someone off it; rules are re-checked for
    the person added, and everyone affected is told. Taking the last supervisor off a shift running now
    or within IMMINENT_SHIFT_WITHIN is refused unless someone replaces them, or `force` is given: then
    every supervisor and coordinator of the program is paged at once."""
    shift = Shift.objects.select_for_update(of=("self",)).select_related("program", "roster").get(pk=shift.pk)
    if not is_coordinator(by, shift.program_id):
        raise Shift.DoesNotExist
    if shift.roster.status != RosterStatus.PUBLISHED:
        raise ValidationError(
            {"shift": "Change a draft by generating it again; overrides are for published rosters."}
        )
    if shift.ends_at <= timezone.now() or shift.cancelled_at is not None:
        raise ValidationError({"shift": "This shift is over or cancelled."})
    if add is None and remove is None:
        raise ValidationError({"add": "Name someone to add or to remove."})
    now = timezone.now()
    told: list[tuple[int, str]] = []
    withdrawn: list[Message] = []
    if remove is not None:
        place = ShiftAssignment.objects.filter(shift=shift, membership=remove, ended_at__isnull=True)
        withdrawn = withdraw_swaps(SwapRequest.objects.filter(assignment__in=place), now=now)
        if not place.update(ended_at=now, ended_reason="taken off by a coordinator"):
            raise ValidationError({"remove": f"{remove.display_name} is not on this shift."})
        told.append((remove.user_id, "shift_removed"))
    if add is not None:
        if add.program_id != shift.program_id or add.role != shift.role:
            raise ValidationError({"add": f"Only a {shift.role} of this program can take this shift."})
        if ShiftAssignment.objects.filter(shift=shift, membership=add, ended_at__isnull=True).exists():
            raise ValidationError({"add": f"{add.display_name} is already on this shift."})
        reasons = reasons_against(shift, add)
        if reasons:
            raise ValidationError(
                {"add": f"{add.display_name} can't take it: " + ", ".join(REASONS[r] for r in reasons) + "."}
            )
        ShiftAssignment.objects.create(shift=shift, membership=add, source=AssignmentSource.OVERRIDE)
        told.append((add.user_id, "shift_added"))
    people = ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).count()
    emptied = remove is not None and not people and _empty_soon(shift, now)
    if emptied and not force and remove is not None:
        when = "is running now" if shift.starts_at <= now else "starts within the next hours"
        raise ValidationError(
            {
                "remove": f"Taking {remove.display_name} off leaves this supervisor shift, which {when}, "
                "with nobody on call. Add someone in their place, or choose to leave the shift empty "
                "and page everyone."
            }
        )
    shift.unfilled = (
        {} if people >= shift.min_people else {"message": f"no {shift.role} after a coordinator's change"}
    )
    shift.sequence += 1
    shift.save(update_fields=["unfilled", "sequence", "updated_at"])
    send(
        [
            Message(user_id, kind, reverse("shift-detail", args=[shift.program_id, shift.pk]), shift.program)
            for user_id, kind in told
        ]
        + withdrawn
        + (page_everyone_on_call_empty(shift.program) if emptied else [])
    )
    summary = "override: left empty, everyone paged" if emptied else "override"
    audit.record(by, AuditAction.UPDATE, shift, program=shift.program, summary=summary)
    return shift
