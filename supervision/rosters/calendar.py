"""The published roster as pictures: a week or a month of days, or the next 24 hours, each a set of lanes
(one per person, their shift bars) and the gaps — stretches with no supervisor on call (SPEC 4.3: 24/7
advice cover) inside the dates a published roster covers. Built from two queries, whatever the period."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Prefetch

from program import dates
from program.models import Program
from supervision.models import RosterRole, RosterStatus, Shift, ShiftAssignment
from supervision.rosters.services import aware

Stretch = tuple[datetime, datetime]


@dataclass
class Lane:
    """One person's shifts within a period."""

    name: str
    role: str
    spans: list[Stretch] = field(default_factory=list)  # clipped to the period, for drawing
    shifts: list[Stretch] = field(default_factory=list)  # whole, for the words


@dataclass
class Period:
    """A stretch of time drawn as one picture: a day of the calendar, or the next 24 hours."""

    start: datetime
    end: datetime
    lanes: list[Lane]
    gaps: list[Stretch]
    rostered: bool  # some of it lies inside a published roster's dates

    def fraction(self, moment: datetime) -> float:
        return (moment - self.start) / (self.end - self.start)

    def bars(self, spans: list[Stretch]) -> list[tuple[float, float]]:
        """Spans as (left, width) fractions of the period."""
        return [(self.fraction(a), self.fraction(b) - self.fraction(a)) for a, b in spans]


def _published(program: Program, start: datetime, end: datetime) -> list[Shift]:
    """Published, uncancelled shifts overlapping [start, end), with the people on them (two queries)."""
    return list(
        Shift.objects.filter(
            program=program,
            roster__status=RosterStatus.PUBLISHED,
            cancelled_at__isnull=True,
            starts_at__lt=end,
            ends_at__gt=start,
        )
        .select_related("roster")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=ShiftAssignment.objects.filter(ended_at__isnull=True)
                .select_related("membership__user")
                .order_by("pk"),
                to_attr="current",
            )
        )
        .order_by("starts_at", "role", "pk")
    )


def _rostered_spans(shifts: list[Shift], tz: ZoneInfo) -> list[Stretch]:
    """The time each published roster answers for, as `rosters.coverage_gaps` reckons it: from the first
    shift of its first day (or that day's midnight) to the end of the last shift of its last day (or the
    midnight after it)."""
    first_starts: dict[int, list[datetime]] = defaultdict(list)
    last_ends: dict[int, list[datetime]] = defaultdict(list)
    midnights: dict[int, Stretch] = {}
    for shift in shifts:
        roster = shift.roster
        first = aware(datetime.combine(roster.starts_on, time(0)), tz)
        last = aware(datetime.combine(roster.ends_on + timedelta(days=1), time(0)), tz)
        midnights[roster.pk] = (first, last)
        if shift.starts_at < first + timedelta(days=1):
            first_starts[roster.pk].append(shift.starts_at)
        if shift.starts_at >= last - timedelta(days=1):
            last_ends[roster.pk].append(shift.ends_at)
    return sorted(
        (min(first_starts[pk], default=first), max(last_ends[pk], default=last))
        for pk, (first, last) in midnights.items()
    )


def _uncovered(start: datetime, end: datetime, covered: list[Stretch]) -> list[Stretch]:
    gaps, reached = [], start
    for a, b in sorted(covered):
        if b <= reached:
            continue
        if a > reached:
            gaps.append((reached, min(a, end)))
        reached = max(reached, b)
        if reached >= end:
            break
    if reached < end:
        gaps.append((reached, end))
    return [(a, b) for a, b in gaps if b > a]


def _clip(span: Stretch, start: datetime, end: datetime) -> Stretch | None:
    a, b = max(span[0], start), min(span[1], end)
    return (a, b) if b > a else None


def _period(start: datetime, end: datetime, shifts: list[Shift], rostered: list[Stretch]) -> Period:
    lanes: dict[int, Lane] = {}
    supervised: list[Stretch] = []
    for shift in shifts:
        span = _clip((shift.starts_at, shift.ends_at), start, end)
        if span is None:
            continue
        people = shift.current  # type: ignore[attr-defined]
        if people and shift.role == RosterRole.SUPERVISOR:
            supervised.append(span)
        for place in people:
            member = place.membership
            lane = lanes.setdefault(member.pk, Lane(member.display_name, shift.role))
            lane.spans.append(span)
            lane.shifts.append((shift.starts_at, shift.ends_at))
    answerable = [clipped for s in rostered if (clipped := _clip(s, start, end))]
    gaps: list[Stretch] = []
    for window in answerable:
        inside = [clipped for s in supervised if (clipped := _clip(s, *window))]
        gaps += _uncovered(window[0], window[1], inside)
    order: dict[str, int] = {RosterRole.SUPERVISOR: 0, RosterRole.SUPPORTER: 1}
    return Period(
        start,
        end,
        sorted(lanes.values(), key=lambda lane: (order.get(lane.role, 2), lane.spans[0][0], lane.name)),
        gaps,
        bool(answerable),
    )


def days(program: Program, first: date, last: date) -> list[tuple[date, Period]]:
    """Each local day from first to last with its lanes and gaps (two queries)."""
    tz = program.tzinfo
    count = (last - first).days + 1
    midnights = [aware(datetime.combine(first + timedelta(days=n), time(0)), tz) for n in range(count + 1)]
    shifts = _published(program, midnights[0], midnights[-1])
    rostered = _rostered_spans(shifts, tz)
    by_day: dict[int, list[Shift]] = defaultdict(list)
    for shift in shifts:
        for n in range(count):
            if shift.starts_at < midnights[n + 1] and shift.ends_at > midnights[n]:
                by_day[n].append(shift)
    return [
        (first + timedelta(days=n), _period(midnights[n], midnights[n + 1], by_day[n], rostered))
        for n in range(count)
    ]


def next_hours(program: Program, now: datetime, hours: int = 24) -> Period:
    """Who is on call from now for the next `hours`, and the gaps (two queries)."""
    end = now + timedelta(hours=hours)
    shifts = _published(program, now, end)
    return _period(now, end, shifts, _rostered_spans(shifts, program.tzinfo))


def describe(span: Stretch, tz: ZoneInfo, *, since: datetime | None = None) -> str:
    """ "20:00–08:00" in the program's clock; "until 08:00" for a shift already running at `since`."""
    if since is not None and span[0] < since:
        return f"until {dates.clock(span[1], tz)}"
    return f"{dates.clock(span[0], tz)}–{dates.clock(span[1], tz)}"
