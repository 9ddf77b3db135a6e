"""The burden index: an explainable 0–100 per supporter per week (SPEC 4.3).

Every component is aggregated in SQL — one grouped query per source (contacts, check-ins,
supervision sessions, debriefs, on-call shifts), whatever the number of supporters or weeks — and then
scaled to 0–1 against a reference level and weighted by the program's weights (which sum
to 100). The components are returned with the index so every figure can be explained.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Max, Q, QuerySet, Sum
from django.db.models.functions import TruncWeek

from program.models import Membership, Program
from supervision.models import (
    AFTER_HOURS_BANDS,
    HIGH_RISK,
    BurdenWeights,
    CheckIn,
    Contact,
    ContactStatus,
    DebriefDue,
    RosterStatus,
    ShiftAssignment,
    SupervisionSession,
)

# Reference levels: a component reaches 1 (its full weight) at these values.
CONTACTS_FULL = 10
HIGH_RISK_FULL = 2
AFTER_HOURS_FULL = 4
DEBRIEFS_FULL = 2
ON_CALL_FULL = 24  # hours on call in a week: three overnight shifts

# Levels of the index, each shown as a coloured tag with its word. At HIGH the load is worth talking over
# with a supervisor (the trend draws it as the review line) and rosters weight the person's hours.
HIGH = 60
MODERATE = 30
LEVELS = (
    (HIGH, "high", "High load"),
    (MODERATE, "moderate", "Moderate load"),
    (0, "low", "Low load"),
)

LABELS = {
    "contact_hours": "Contact hours",
    "contacts": "Contacts",
    "high_risk": "High-risk contacts",
    "after_hours": "After-hours contacts",
    "distress": "Distress after contacts",
    "checkin": "Latest check-in",
    "supervision_gap": "Time since supervision",
    "open_debriefs": "Open debriefs",
    "on_call_hours": "On-call hours",
}
DEFAULT_WEIGHTS = {name: getattr(BurdenWeights(), name) for name in BurdenWeights.COMPONENTS}


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass
class WeekBurden:
    supporter_id: int
    week_of: date
    contacts: int = 0
    contact_minutes: int = 0
    high_risk: int = 0
    after_hours: int = 0
    mean_distress: float | None = None
    checkin_burnout: float | None = None  # CBI 0–100
    checkin_distress: int | None = None
    days_since_supervision: int | None = None
    # Days since the term began, for someone never supervised: a new supporter's "time since
    # supervision" runs from their first day, not from the beginning of time.
    days_in_role: int | None = None
    open_debriefs: int = 0
    on_call_hours: float = 0.0  # rostered on published shifts starting this week
    scaled: dict[str, float] = field(default_factory=dict)
    points: dict[str, float] = field(default_factory=dict)
    index: int = 0

    @property
    def level(self) -> tuple[str, str]:
        """(css name, words) for the index: high, moderate or low."""
        return next((css, words) for floor, css, words in LEVELS if self.index >= floor)

    @property
    def contact_hours(self) -> float:
        return self.contact_minutes / 60

    def explain(self) -> list[tuple[str, str, float]]:
        """(label, raw value as words, points) for each component, largest contribution first."""
        raw = {
            "contact_hours": f"{self.contact_hours:.1f} h",
            "contacts": str(self.contacts),
            "high_risk": str(self.high_risk),
            "after_hours": str(self.after_hours),
            "distress": "—" if self.mean_distress is None else f"{self.mean_distress:.1f} / 10",
            "checkin": "no check-in"
            if self.checkin_burnout is None
            else f"burnout {self.checkin_burnout:.0f} / 100, distress {self.checkin_distress} / 10",
            "supervision_gap": (
                "never" if self.days_in_role is None else f"never ({self.days_in_role} days in the role)"
            )
            if self.days_since_supervision is None
            else f"{self.days_since_supervision} days",
            "open_debriefs": str(self.open_debriefs),
            "on_call_hours": f"{self.on_call_hours:.1f} h",
        }
        return sorted(((LABELS[k], raw[k], self.points.get(k, 0.0)) for k in LABELS), key=lambda row: -row[2])


def _cap(value: float) -> float:
    return max(0.0, min(1.0, value))


def _gap(days: int, interval_days: int) -> float:
    return _cap((days - interval_days) / interval_days) if interval_days else 1.0


def _score(row: WeekBurden, weights: dict[str, int], hour_limit: float, interval_days: int) -> None:
    row.scaled = {
        "contact_hours": _cap(row.contact_hours / hour_limit) if hour_limit else 0.0,
        "contacts": _cap(row.contacts / CONTACTS_FULL),
        "high_risk": _cap(row.high_risk / HIGH_RISK_FULL),
        "after_hours": _cap(row.after_hours / AFTER_HOURS_FULL),
        "distress": _cap((row.mean_distress or 0) / 10),
        "checkin": 0.0
        if row.checkin_burnout is None
        else _cap(max(row.checkin_burnout / 100, (row.checkin_distress or 0) / 10)),
        # No gap until the interval has passed; full weight at twice the interval. Never supervised:
        # counted from the term's first day (a new supporter has no gap yet).
        "supervision_gap": _gap(row.days_since_supervision, interval_days)
        if row.days_since_supervision is not None
        else (1.0 if row.days_in_role is None else _gap(row.days_in_role, interval_days)),
        "open_debriefs": _cap(row.open_debriefs / DEBRIEFS_FULL),
        "on_call_hours": _cap(row.on_call_hours / ON_CALL_FULL),
    }
    row.points = {name: row.scaled[name] * weights.get(name, 0) for name in row.scaled}
    row.index = round(min(100.0, sum(row.points.values())))


def weekly_burden(
    supporters: Iterable[Membership], program: Program, weeks: list[date], today: date | None = None
) -> dict[int, list[WeekBurden]]:
    """Burden of each supporter for each week (Mondays, ascending).

    At most seven queries whatever the numbers of supporters and weeks: contacts grouped by supporter
    and week, check-ins, the latest supervision before the range (and, over several weeks, the
    sessions within it), open debriefs, on-call hours grouped by supporter and week, and the
    program's weights (none when the program was loaded with `select_related("burden_weights")`).
    """
    supporters = list(supporters)
    members = {member.pk: (program, member.term_start) for member in supporters}
    return _burden(members, list(members), weeks, today)


def burden_of_supporters(
    supporters: QuerySet[Membership], weeks: list[date], today: date | None = None
) -> dict[int, list[WeekBurden]]:
    """Burden of every supporter in `supporters`, whatever programs they belong to, for each week.

    The same grouped queries as weekly_burden for all of them at once (the weights come with the programs),
    plus one for the supporters and one for their programs and weights: seven over one week (eight over
    several), one more for each time zone beyond the first among the programs, whatever the numbers of
    programs, supporters and weeks.
    """
    rows = list(supporters.order_by("pk").values_list("pk", "program_id", "term_start"))
    programs = Program.objects.select_related("burden_weights").in_bulk(
        {program_id for _, program_id, _ in rows}
    )
    members = {pk: (programs[program_id], term_start) for pk, program_id, term_start in rows}
    return _burden(members, supporters.order_by().values("pk"), weeks, today)


def _burden(
    members: Mapping[int, tuple[Program, date | None]],
    scope: Any,  # their ids, or a subquery giving them; the stubs type neither as a lookup's iterable
    weeks: list[date],
    today: date | None,
) -> dict[int, list[WeekBurden]]:
    """The burden of `members` (supporter id: program, term start), read through `scope` (their ids, or a
    subquery giving them)."""
    if not members or not weeks:
        return {}
    programs = {program.pk: program for program, _ in members.values()}
    first, last_end = weeks[0], weeks[-1] + timedelta(days=7)
    rows = {(sid, week): WeekBurden(sid, week) for sid in members for week in weeks}

    # Over one week every row is that week's: grouping by supporter alone spares the week truncation, which
    # on SQLite is a Python function called for every row.
    single = len(weeks) == 1
    by_week = ("supporter_id",) if single else ("supporter_id", "week")
    contacts = (
        Contact.objects.filter(
            supporter_id__in=scope,
            status=ContactStatus.SUBMITTED,
            contact_date__gte=first,
            contact_date__lt=last_end,
        )
        .annotate(week=TruncWeek("contact_date"))
        .order_by()
        .values(*by_week)
        .annotate(
            n=Count("id"),
            minutes=Sum("duration_minutes"),
            high=Count("id", filter=Q(risk_level__in=HIGH_RISK)),
            late=Count("id", filter=Q(time_band__in=AFTER_HOURS_BANDS)),
            distress=Avg("supporter_distress"),
        )
    )
    for agg in contacts:
        row = rows.get((agg["supporter_id"], first if single else _as_date(agg["week"])))
        if row is not None:
            row.contacts, row.contact_minutes = agg["n"], agg["minutes"] or 0
            row.high_risk, row.after_hours = agg["high"], agg["late"]
            row.mean_distress = float(agg["distress"]) if agg["distress"] is not None else None

    # Check-ins: the latest one on or before each week (a supporter checks in once a week).
    checkins: dict[int, list[tuple[date, float, int]]] = defaultdict(list)
    for supporter_id, week_of, burnout_sum, distress in (
        CheckIn.objects.filter(
            supporter_id__in=scope, week_of__lt=last_end, week_of__gte=first - timedelta(28)
        )
        .annotate(total=F("tired") + F("worn_out") + F("emotionally_exhausted") + F("cant_take_it"))
        .order_by("supporter_id", "week_of")
        .values_list("supporter_id", "week_of", "total", "distress")
    ):
        checkins[supporter_id].append((week_of, burnout_sum / 4 * 25, distress))

    # Supervision: the dates each supporter was seen, to find the latest before each week's end.
    through = SupervisionSession.supporters.through

    def latest_session(before: date) -> dict[int, date]:
        return dict(
            through.objects.filter(membership_id__in=scope, supervisionsession__held_on__lt=before)
            .values("membership_id")
            .annotate(last=Max("supervisionsession__held_on"))
            .values_list("membership_id", "last")  # type: ignore[misc]  # the stubs miss annotations on values()
        )

    seen: dict[int, list[date]] = defaultdict(list)
    if single:
        latest_before = latest_session(last_end)
    else:
        latest_before = latest_session(first)
        for supporter_id, held_on in (
            through.objects.filter(
                membership_id__in=scope,
                supervisionsession__held_on__gte=first,
                supervisionsession__held_on__lt=last_end,
            )
            .order_by("membership_id", "supervisionsession__held_on")
            .values_list("membership_id", "supervisionsession__held_on")
        ):
            seen[supporter_id].append(held_on)

    # Debriefs open at the end of each week (each week's end is local to the supporter's program: the
    # query reads the widest span, the count below each program's own).
    debriefs: dict[int, list[tuple[datetime, datetime | None]]] = defaultdict(list)
    for supporter_id, created, closed in (
        DebriefDue.objects.filter(
            supporter_id__in=scope,
            contact__submitted_at__lt=max(_aware_end(p, last_end) for p in programs.values()),
        )
        .filter(
            Q(closed_at__isnull=True) | Q(closed_at__gte=min(_aware_end(p, first) for p in programs.values()))
        )
        .order_by()  # counted, so not sorted
        .values_list("supporter_id", "contact__submitted_at", "closed_at")
    ):
        if created is not None:
            debriefs[supporter_id].append((created, closed))

    # On-call hours: published, uncancelled shifts the supporter still holds, by the local week they start
    # (one query for each time zone among the programs).
    zones: dict[str, list[Program]] = defaultdict(list)
    for program in programs.values():
        zones[program.timezone].append(program)
    shift_length = ExpressionWrapper(
        F("shift__ends_at") - F("shift__starts_at"), output_field=DurationField()
    )
    for zone_programs in zones.values():
        zone = zone_programs[0]
        held_shifts = ShiftAssignment.objects.filter(
            membership_id__in=scope,
            ended_at__isnull=True,
            shift__roster__status=RosterStatus.PUBLISHED,
            shift__cancelled_at__isnull=True,
            shift__starts_at__gte=_aware_end(zone, first),
            shift__starts_at__lt=_aware_end(zone, last_end),
        )
        if len(zones) > 1:
            held_shifts = held_shifts.filter(membership__program__in=[p.pk for p in zone_programs])
        for held in (
            held_shifts.annotate(week=TruncWeek("shift__starts_at", tzinfo=zone.tzinfo))
            .order_by()
            .values(*(("membership_id",) if single else ("membership_id", "week")))
            .annotate(length=Sum(shift_length))
        ):
            row = rows.get((held["membership_id"], first if single else _as_date(held["week"])))
            if row is not None and held["length"] is not None:
                row.on_call_hours = held["length"].total_seconds() / 3600

    settings = {
        pk: (_weights(p), float(p.weekly_contact_hour_limit or Decimal(0)), p.supervision_interval_days)
        for pk, p in programs.items()
    }
    result: dict[int, list[WeekBurden]] = {}
    for sid, (program, started) in members.items():
        weights, hour_limit, interval_days = settings[program.pk]
        series = []
        for week in weeks:
            row = rows[(sid, week)]
            end = week + timedelta(days=7)
            latest = [c for c in checkins.get(sid, []) if c[0] < end]
            if latest:
                _, row.checkin_burnout, row.checkin_distress = latest[-1]
            dates = [d for d in seen.get(sid, []) if d < end]
            last_seen = dates[-1] if dates else latest_before.get(sid)
            # Counted to the week's last day, or to today for the week in progress.
            as_of = min(end - timedelta(days=1), today) if today else end - timedelta(days=1)
            row.days_since_supervision = (as_of - last_seen).days if last_seen else None
            row.days_in_role = max(0, (as_of - started).days) if started else None
            end_at = _aware_end(program, end)
            row.open_debriefs = sum(
                1
                for created, closed in debriefs.get(sid, [])
                if created < end_at and (closed is None or closed >= end_at)
            )
            _score(row, weights, hour_limit, interval_days)
            series.append(row)
        result[sid] = series
    return result


def current_burden(supporters: Iterable[Membership], program: Program, today: date) -> dict[int, WeekBurden]:
    """This week's burden for each supporter."""
    week = monday(today)
    return {sid: series[-1] for sid, series in weekly_burden(supporters, program, [week], today).items()}


def last_weeks(today: date, count: int = 12) -> list[date]:
    this_week = monday(today)
    return [this_week - timedelta(weeks=n) for n in range(count - 1, -1, -1)]


def _weights(program: Program) -> dict[str, int]:
    # A dashboard that loads the program with select_related("burden_weights") saves this query;
    # the cache then holds the weights, or None where the program keeps the defaults.
    if "burden_weights" in program._state.fields_cache:
        cached = program._state.fields_cache["burden_weights"]
        return cached.as_dict() if cached else dict(DEFAULT_WEIGHTS)
    weights = BurdenWeights.objects.filter(program=program).first()
    return weights.as_dict() if weights else dict(DEFAULT_WEIGHTS)


def _as_date(value: date | datetime) -> date:
    # TruncWeek gives a date on SQLite and may give a datetime elsewhere.
    return value.date() if isinstance(value, datetime) else value


def _aware_end(program: Program, day: date) -> datetime:
    """Midnight at the start of `day` in the program's time zone."""
    return datetime.combine(day, time.min, tzinfo=program.tzinfo)
