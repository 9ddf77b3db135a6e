"""Our code and a baseline for the same question, side by side (issue 15, items 1 and 2).

Each `Pair` answers one headline question twice on the same rows: `ours` through the code the app runs
(the service, selector or view), `baseline` the plainest way to get the same answer — hand-written SQL
for aggregates, a straightforward reference algorithm for the roster, a bare Django view for list
endpoints. Both return a plain, comparable value; bench/baselines.py times them and fails a row whose
answers differ, and tests/bench/test_baselines.py checks on factory data that they agree.

Needs Django set up before import (the models are imported at the top).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.http import HttpRequest, JsonResponse
from django.test import Client
from django.urls import include, path
from django.utils import timezone

from program.models import CURRENT_STATUSES, STAFF_ROLES, Membership, MembershipStatus, Program, Role
from supervision import selectors
from supervision.models import (
    AFTER_HOURS_BANDS,
    EDIT_WINDOW,
    HIGH_RISK,
    ContactAction,
    ContactConcern,
    ContactStatus,
    PauseMetric,
    PauseRule,
    Roster,
    RosterRole,
    RosterStatus,
    Shift,
    ShiftAssignment,
)
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.wellbeing.burden import (
    WeekBurden,
    _score,
    _weights,
    burden_of_supporters,
    last_weeks,
    monday,
)

# Kinds decide the ratio budget (bench/baselines.py): aggregates and the roster ≤ 1.5× their baseline,
# list endpoints at least 0.8× a bare view's throughput, i.e. at most 1 / 0.8 = 1.25× its time.
AGGREGATE, ROSTER, LIST = "aggregate", "roster", "list"


@dataclass
class Pair:
    name: str
    kind: str
    ours: Callable[[], Any]
    baseline: Callable[[], Any]


# --- Burden of every supporter, this week -----------------------------------------------------------


def _burden_key(row: WeekBurden) -> tuple[Any, ...]:
    return (
        row.index,
        row.contacts,
        row.contact_minutes,
        row.high_risk,
        row.after_hours,
        None if row.mean_distress is None else round(row.mean_distress, 6),
        None if row.checkin_burnout is None else round(row.checkin_burnout, 6),
        row.checkin_distress,
        row.days_since_supervision,
        row.days_in_role,
        row.open_debriefs,
        round(row.on_call_hours, 6),
    )


def burden_ours(today: date) -> dict[int, tuple[Any, ...]]:
    """This week's burden of every supporter of every program: burden.burden_of_supporters."""
    supporters = Membership.objects.filter(role=Role.SUPPORTER)
    return {
        sid: _burden_key(series[-1])
        for sid, series in burden_of_supporters(supporters, [monday(today)], today).items()
    }


def _hours_between(start: str, end: str) -> str:
    if connection.vendor == "postgresql":
        return f"EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0"
    return f"(julianday({end}) - julianday({start})) * 24.0"


BURDEN_SQL = """
WITH bounds(program_id, start_at, end_at) AS (VALUES {bounds}),
supporter AS (
    SELECT m.id, m.program_id, m.term_start, b.start_at, b.end_at
    FROM program_membership m JOIN bounds b ON b.program_id = m.program_id
    WHERE m.role = %s
),
contacts AS (
    SELECT supporter_id, COUNT(*) AS n, SUM(duration_minutes) AS minutes,
           SUM(CASE WHEN risk_level IN (%s, %s) THEN 1 ELSE 0 END) AS high,
           SUM(CASE WHEN time_band IN (%s, %s) THEN 1 ELSE 0 END) AS late,
           AVG(supporter_distress) AS distress
    FROM supervision_contact
    WHERE status = %s AND contact_date >= %s AND contact_date < %s
    GROUP BY supporter_id
),
checkin AS (
    SELECT supporter_id, tired + worn_out + emotionally_exhausted + cant_take_it AS total, distress,
           ROW_NUMBER() OVER (PARTITION BY supporter_id ORDER BY week_of DESC, id DESC) AS latest
    FROM supervision_checkin
    WHERE week_of >= %s AND week_of < %s
),
seen AS (
    SELECT st.membership_id, MAX(ses.held_on) AS last_held
    FROM supervision_supervisionsession_supporters st
    JOIN supervision_supervisionsession ses ON ses.id = st.supervisionsession_id
    WHERE ses.held_on < %s
    GROUP BY st.membership_id
),
debriefs AS (
    SELECT d.supporter_id, COUNT(*) AS n
    FROM supervision_debriefdue d
    JOIN supervision_contact c ON c.id = d.contact_id
    JOIN supporter s ON s.id = d.supporter_id
    WHERE c.submitted_at < s.end_at AND (d.closed_at IS NULL OR d.closed_at >= s.end_at)
    GROUP BY d.supporter_id
),
on_call AS (
    SELECT a.membership_id, SUM({hours}) AS hours
    FROM supervision_shiftassignment a
    JOIN supervision_shift sh ON sh.id = a.shift_id
    JOIN supervision_roster r ON r.id = sh.roster_id
    JOIN supporter s ON s.id = a.membership_id
    WHERE a.ended_at IS NULL AND r.status = %s AND sh.cancelled_at IS NULL
      AND sh.starts_at >= s.start_at AND sh.starts_at < s.end_at
    GROUP BY a.membership_id
)
SELECT s.id, s.program_id, s.term_start, c.n, c.minutes, c.high, c.late, c.distress, ci.total, ci.distress,
       seen.last_held, d.n, oc.hours
FROM supporter s
LEFT JOIN contacts c ON c.supporter_id = s.id
LEFT JOIN checkin ci ON ci.supporter_id = s.id AND ci.latest = 1
LEFT JOIN seen ON seen.membership_id = s.id
LEFT JOIN debriefs d ON d.supporter_id = s.id
LEFT JOIN on_call oc ON oc.membership_id = s.id
"""


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def burden_baseline(today: date) -> dict[int, tuple[Any, ...]]:
    """The same figures from one hand-written SQL statement for every supporter of every program (plus one
    query for the programs' settings and weights), scored by the same formula (burden._score)."""
    programs = {p.pk: p for p in Program.objects.select_related("burden_weights")}
    week = monday(today)
    end = week + timedelta(days=7)
    ops = connection.ops
    bound_params: list[Any] = []
    for program in programs.values():
        bound_params += [
            program.pk,
            ops.adapt_datetimefield_value(datetime.combine(week, time.min, tzinfo=program.tzinfo)),
            ops.adapt_datetimefield_value(datetime.combine(end, time.min, tzinfo=program.tzinfo)),
        ]
    if not programs:
        return {}
    cast = "CAST(%s AS timestamptz)" if connection.vendor == "postgresql" else "%s"
    bounds = ", ".join(f"(%s, {cast}, {cast})" for _ in programs)
    sql = BURDEN_SQL.format(bounds=bounds, hours=_hours_between("sh.starts_at", "sh.ends_at"))
    params = [
        *bound_params,
        Role.SUPPORTER,
        *HIGH_RISK,
        *AFTER_HOURS_BANDS,
        ContactStatus.SUBMITTED,
        ops.adapt_datefield_value(week),
        ops.adapt_datefield_value(end),
        ops.adapt_datefield_value(week - timedelta(days=28)),
        ops.adapt_datefield_value(end),
        ops.adapt_datefield_value(end),
        RosterStatus.PUBLISHED,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    settings = {
        pk: (_weights(p), float(p.weekly_contact_hour_limit or Decimal(0)), p.supervision_interval_days)
        for pk, p in programs.items()
    }
    as_of = min(end - timedelta(days=1), today)
    result: dict[int, tuple[Any, ...]] = {}
    for (
        sid,
        program_id,
        term_start,
        n,
        minutes,
        high,
        late,
        distress,
        total,
        ci_distress,
        held,
        debriefs,
        hours,
    ) in rows:
        row = WeekBurden(sid, week)
        row.contacts, row.contact_minutes = n or 0, minutes or 0
        row.high_risk, row.after_hours = high or 0, late or 0
        row.mean_distress = None if distress is None else float(distress)
        if total is not None:
            row.checkin_burnout, row.checkin_distress = total / 4 * 25, ci_distress
        last_held = _as_date(held)
        row.days_since_supervision = (as_of - last_held).days if last_held else None
        # Never supervised: the gap runs from the term's first day (burden._score).
        started = _as_date(term_start)
        row.days_in_role = max(0, (as_of - started).days) if started else None
        row.open_debriefs = debriefs or 0
        # julianday() arithmetic carries float noise; shift lengths are whole seconds.
        row.on_call_hours = round(float(hours or 0.0) * 3600) / 3600
        weights, hour_limit, interval = settings[program_id]
        _score(row, weights, hour_limit, interval)
        result[sid] = _burden_key(row)
    return result


# --- Burden of every supporter, over 12 weeks ------------------------------------------------------------

WEEKS = 12


def burden_weeks_ours(today: date, count: int = WEEKS) -> dict[int, list[tuple[Any, ...]]]:
    """Each week's burden of every supporter of every program over the last `count` weeks (the 12-week
    view): burden.burden_of_supporters over burden.last_weeks."""
    supporters = Membership.objects.filter(role=Role.SUPPORTER)
    weeks = last_weeks(today, count)
    return {
        sid: [_burden_key(row) for row in series]
        for sid, series in burden_of_supporters(supporters, weeks, today).items()
    }


# The one-week statement grouped by week as well: `weeks` gives each week's first and next Monday, `bounds`
# each program's week as local midnights (debriefs open at a week's end and shifts starting within it are
# counted in the program's time zone), and `supporter` one row per supporter and week.
BURDEN_WEEKS_SQL = """
WITH weeks(week, week_end) AS (VALUES {weeks}),
bounds(program_id, week, start_at, end_at) AS (VALUES {bounds}),
supporter AS (
    SELECT m.id, m.program_id, m.term_start, b.week, b.start_at, b.end_at
    FROM program_membership m JOIN bounds b ON b.program_id = m.program_id
    WHERE m.role = %s
),
contacts AS (
    SELECT c.supporter_id, w.week, COUNT(*) AS n, SUM(c.duration_minutes) AS minutes,
           SUM(CASE WHEN c.risk_level IN (%s, %s) THEN 1 ELSE 0 END) AS high,
           SUM(CASE WHEN c.time_band IN (%s, %s) THEN 1 ELSE 0 END) AS late,
           AVG(c.supporter_distress) AS distress
    FROM supervision_contact c
    JOIN weeks w ON c.contact_date >= w.week AND c.contact_date < w.week_end
    WHERE c.status = %s AND c.contact_date >= %s AND c.contact_date < %s
    GROUP BY c.supporter_id, w.week
),
checkin AS (
    SELECT ci.supporter_id, w.week,
           ci.tired + ci.worn_out + ci.emotionally_exhausted + ci.cant_take_it AS total, ci.distress,
           ROW_NUMBER() OVER (PARTITION BY ci.supporter_id, w.week ORDER BY ci.week_of DESC, ci.id DESC)
               AS latest
    FROM supervision_checkin ci JOIN weeks w ON ci.week_of < w.week_end
    WHERE ci.week_of >= %s AND ci.week_of < %s
),
seen AS (
    SELECT st.membership_id, w.week, MAX(ses.held_on) AS last_held
    FROM supervision_supervisionsession_supporters st
    JOIN supervision_supervisionsession ses ON ses.id = st.supervisionsession_id
    JOIN weeks w ON ses.held_on < w.week_end
    WHERE ses.held_on < %s
    GROUP BY st.membership_id, w.week
),
debriefs AS (
    SELECT d.supporter_id, s.week, COUNT(*) AS n
    FROM supervision_debriefdue d
    JOIN supervision_contact c ON c.id = d.contact_id
    JOIN supporter s ON s.id = d.supporter_id
    WHERE c.submitted_at < s.end_at AND (d.closed_at IS NULL OR d.closed_at >= s.end_at)
    GROUP BY d.supporter_id, s.week
),
on_call AS (
    SELECT a.membership_id, s.week, SUM({hours}) AS hours
    FROM supervision_shiftassignment a
    JOIN supervision_shift sh ON sh.id = a.shift_id
    JOIN supervision_roster r ON r.id = sh.roster_id
    JOIN supporter s ON s.id = a.membership_id
    WHERE a.ended_at IS NULL AND r.status = %s AND sh.cancelled_at IS NULL
      AND sh.starts_at >= s.start_at AND sh.starts_at < s.end_at
    GROUP BY a.membership_id, s.week
)
SELECT s.id, s.program_id, s.term_start, s.week, c.n, c.minutes, c.high, c.late, c.distress, ci.total,
       ci.distress, seen.last_held, d.n, oc.hours
FROM supporter s
LEFT JOIN contacts c ON c.supporter_id = s.id AND c.week = s.week
LEFT JOIN checkin ci ON ci.supporter_id = s.id AND ci.week = s.week AND ci.latest = 1
LEFT JOIN seen ON seen.membership_id = s.id AND seen.week = s.week
LEFT JOIN debriefs d ON d.supporter_id = s.id AND d.week = s.week
LEFT JOIN on_call oc ON oc.membership_id = s.id AND oc.week = s.week
"""


def burden_weeks_baseline(today: date, count: int = WEEKS) -> dict[int, list[tuple[Any, ...]]]:
    """The same figures from one hand-written SQL statement for every supporter, program and week (plus one
    query for the programs' settings and weights), the week boundaries passed as parameters, scored by the
    same formula (burden._score)."""
    programs = {p.pk: p for p in Program.objects.select_related("burden_weights")}
    if not programs:
        return {}
    weeks = [monday(today) - timedelta(weeks=n) for n in range(count - 1, -1, -1)]
    first, last_end = weeks[0], weeks[-1] + timedelta(days=7)
    ops = connection.ops
    postgres = connection.vendor == "postgresql"
    as_date = "CAST(%s AS date)" if postgres else "%s"
    as_time = "CAST(%s AS timestamptz)" if postgres else "%s"
    week_params: list[Any] = []
    for week in weeks:
        week_params += [ops.adapt_datefield_value(week), ops.adapt_datefield_value(week + timedelta(days=7))]
    bound_params: list[Any] = []
    for program in programs.values():
        for week in weeks:
            bound_params += [
                program.pk,
                ops.adapt_datefield_value(week),
                ops.adapt_datetimefield_value(datetime.combine(week, time.min, tzinfo=program.tzinfo)),
                ops.adapt_datetimefield_value(
                    datetime.combine(week + timedelta(days=7), time.min, tzinfo=program.tzinfo)
                ),
            ]
    sql = BURDEN_WEEKS_SQL.format(
        weeks=", ".join(f"({as_date}, {as_date})" for _ in weeks),
        bounds=", ".join(f"(%s, {as_date}, {as_time}, {as_time})" for _ in range(len(programs) * len(weeks))),
        hours=_hours_between("sh.starts_at", "sh.ends_at"),
    )
    params = [
        *week_params,
        *bound_params,
        Role.SUPPORTER,
        *HIGH_RISK,
        *AFTER_HOURS_BANDS,
        ContactStatus.SUBMITTED,
        ops.adapt_datefield_value(first),
        ops.adapt_datefield_value(last_end),
        # Check-ins: the latest on or before each week, read from four weeks before the first (as ours).
        ops.adapt_datefield_value(first - timedelta(days=28)),
        ops.adapt_datefield_value(last_end),
        ops.adapt_datefield_value(last_end),
        RosterStatus.PUBLISHED,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    settings = {
        pk: (_weights(p), float(p.weekly_contact_hour_limit or Decimal(0)), p.supervision_interval_days)
        for pk, p in programs.items()
    }
    by_week: dict[int, dict[date, tuple[Any, ...]]] = {}
    for (
        sid,
        program_id,
        term_start,
        week_value,
        n,
        minutes,
        high,
        late,
        distress,
        total,
        ci_distress,
        held,
        debriefs,
        hours,
    ) in rows:
        week_of = _as_date(week_value)
        assert week_of is not None
        end = week_of + timedelta(days=7)
        as_of = min(end - timedelta(days=1), today)
        row = WeekBurden(sid, week_of)
        row.contacts, row.contact_minutes = n or 0, minutes or 0
        row.high_risk, row.after_hours = high or 0, late or 0
        row.mean_distress = None if distress is None else float(distress)
        if total is not None:
            row.checkin_burnout, row.checkin_distress = total / 4 * 25, ci_distress
        last_held = _as_date(held)
        row.days_since_supervision = (as_of - last_held).days if last_held else None
        started = _as_date(term_start)
        row.days_in_role = max(0, (as_of - started).days) if started else None
        row.open_debriefs = debriefs or 0
        row.on_call_hours = round(float(hours or 0.0) * 3600) / 3600
        weights, hour_limit, interval = settings[program_id]
        _score(row, weights, hour_limit, interval)
        by_week.setdefault(sid, {})[week_of] = _burden_key(row)
    return {sid: [keys[week] for week in weeks] for sid, keys in by_week.items()}


# --- The year's gap scan --------------------------------------------------------------------------------


def gaps_ours(roster: Roster) -> list[tuple[datetime, datetime]]:
    return [(gap.starts_at, gap.ends_at) for gap in rosters.coverage_gaps(roster)]


def gaps_baseline(roster: Roster, role: str = RosterRole.SUPERVISOR) -> list[tuple[datetime, datetime]]:
    """A reference sweep: one query for the role's shifts and whether anyone holds each; every boundary
    between the horizon's ends and the covered shifts' ends is a point; a stretch between two points is a
    gap when no covered shift spans it; adjacent gap stretches join."""
    tz = roster.program.tzinfo
    first_midnight = rosters.aware(datetime.combine(roster.starts_on, time(0)), tz)
    last_midnight = rosters.aware(datetime.combine(roster.ends_on + timedelta(days=1), time(0)), tz)
    held = ShiftAssignment.objects.filter(shift=OuterRef("pk"), ended_at__isnull=True)
    rows = list(
        Shift.objects.filter(roster=roster, role=role, cancelled_at__isnull=True)
        .annotate(held=Exists(held))
        .values_list("starts_at", "ends_at", "held")
    )
    early = [s for s, _, _ in rows if s < first_midnight + timedelta(days=1)]
    late = [e for s, e, _ in rows if s >= last_midnight - timedelta(days=1)]
    start = min(early) if early else first_midnight
    end = max(late) if late else last_midnight
    covered = [(s, e) for s, e, h in rows if h]
    # Sweep: +1 where a covered shift starts, −1 where it ends (clipped to the horizon); a stretch between
    # two consecutive boundaries is a gap while the count is 0, and adjacent gap stretches join.
    delta: dict[datetime, int] = {}
    for s, e in covered:
        s, e = max(s, start), min(e, end)
        if s < e:
            delta[s] = delta.get(s, 0) + 1
            delta[e] = delta.get(e, 0) - 1
    points = sorted({start, end, *delta})
    gaps: list[tuple[datetime, datetime]] = []
    running = 0
    for left, right in pairwise(points):
        running += delta.get(left, 0)
        if running == 0:
            if gaps and gaps[-1][1] == left:
                gaps[-1] = (gaps[-1][0], right)
            else:
                gaps.append((left, right))
    return gaps


# --- On call now ------------------------------------------------------------------------------------------


Person = tuple[int, str, str, str | None]  # membership id, name and e-mail shown, the phone offered
Shifts = dict[str, list[tuple[int, list[Person]]]]


def on_call_ours(program: Program, at: datetime) -> dict[str, Any]:
    result = rosters.on_call(program, at)

    def person(p: rosters.OnCallPerson) -> Person:
        return (p.membership.pk, p.membership.display_name, p.membership.user.email, p.phone)

    def people(item: rosters.OnCallShift) -> list[Person]:
        return [person(p) for p in item.people]

    return {
        "now": {
            role: [(item.shift.pk, people(item)) for item in items] for role, items in result.now.items()
        },
        "next": {
            role: None if item is None else (item.shift.pk, people(item))
            for role, item in result.next.items()
        },
        "fallback": [person(p) for p in result.fallback],
    }


ON_CALL_SQL = """
    SELECT sh.id, sh.role, sh.starts_at, a.membership_id, m.role, m.status, ph.phone,
           u.first_name, u.last_name, u.username, u.email
    FROM supervision_shift sh
    JOIN supervision_roster r ON r.id = sh.roster_id
    LEFT JOIN supervision_shiftassignment a ON a.shift_id = sh.id AND a.ended_at IS NULL
    LEFT JOIN program_membership m ON m.id = a.membership_id
    LEFT JOIN auth_user u ON u.id = m.user_id
    LEFT JOIN program_staffphone ph ON ph.user_id = m.user_id
    WHERE sh.program_id = %s AND r.status = %s AND sh.cancelled_at IS NULL
      AND sh.ends_at > %s AND sh.starts_at <= %s
    ORDER BY sh.starts_at, sh.id, a.id
"""


def _phone(role: str, status: str, phone: str | None) -> str | None:
    # Only supervisors and coordinators in a current role have a number offered (program/phones.py).
    return phone if role in STAFF_ROLES and status in CURRENT_STATUSES else None


def _name(first: str, last: str, username: str) -> str:
    # Membership.display_name: the full name, else the username.
    return f"{first} {last}".strip() or username


def on_call_baseline(program: Program, at: datetime) -> dict[str, Any]:
    """Reference: one query for the published shifts running now or starting within a day, with who holds
    them, their names, e-mails and phones (all of which the page and the API show); in Python, those
    running now and each role's first one to come; one query for the fallback (active supervisors, then
    coordinators, by name)."""
    ops = connection.ops
    window = [ops.adapt_datetimefield_value(at), ops.adapt_datetimefield_value(at + timedelta(days=1))]
    with connection.cursor() as cursor:
        cursor.execute(ON_CALL_SQL, [program.pk, RosterStatus.PUBLISHED, *window])
        rows = cursor.fetchall()
    shifts: dict[int, tuple[str, datetime, list[Person]]] = {}
    for pk, role, starts_at, member, member_role, status, phone, first, last, username, email in rows:
        entry = shifts.setdefault(pk, (role, _as_datetime(starts_at), []))
        if member is not None:
            entry[2].append((member, _name(first, last, username), email, _phone(member_role, status, phone)))
    now: Shifts = {role: [] for role in RosterRole.values}
    upcoming: dict[str, tuple[int, list[Person]] | None] = dict.fromkeys(RosterRole.values)
    for pk, (role, starts, people) in shifts.items():
        if starts <= at:
            now[role].append((pk, people))
        elif upcoming[role] is None:
            upcoming[role] = (pk, people)
    staff = (
        Membership.objects.filter(
            program=program,
            role__in=rosters.STAFF_FALLBACK_ORDER,
            status=MembershipStatus.ACTIVE,
            user__is_active=True,
        )
        .order_by("user__last_name", "user__first_name", "pk")
        .values_list(
            "pk",
            "role",
            "status",
            "user__staff_phone__phone",
            "user__first_name",
            "user__last_name",
            "user__username",
            "user__email",
        )
    )
    ordered = sorted(staff, key=lambda r: rosters.STAFF_FALLBACK_ORDER.index(r[1]))
    fallback = [
        (pk, _name(first, last, username), email, _phone(role, status, phone))
        for pk, role, status, phone, first, last, username, email in ordered
    ]
    return {"now": now, "next": upcoming, "fallback": fallback}


def _as_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- Pause detection, one program ---------------------------------------------------------------------
# Three of the seven rule metrics have a hand-written baseline: the latest check-in's burnout, overdue
# debriefs and overdue supervision (the rules that read the most rows). The others are not in this row.

DETECTED = (PauseMetric.CHECKIN_BURNOUT, PauseMetric.OVERDUE_DEBRIEFS, PauseMetric.SUPERVISION_OVERDUE)
Detected = dict[int, list[tuple[int, int, datetime | None]]]


def _detected_rules(program: Program) -> list[PauseRule]:
    return list(
        PauseRule.objects.filter(program=program, enabled=True, metric__in=DETECTED)
        .select_related("program")
        .order_by("pk")
    )


def pauses_ours(program: Program, now: datetime) -> Detected:
    """Who each rule would act on now, as pauses.evaluate finds them (one query a rule)."""
    supporters = pauses.Supporters.of_program(program)
    return {
        rule.pk: sorted(
            (hit.membership_id, hit.value, hit.evidence_at)
            for hit in pauses._candidates(rule, supporters, now)
        )
        for rule in _detected_rules(program)
    }


SUPPORTERS_SQL = """
    WITH m AS (
        SELECT mem.id, mem.term_start,
               (SELECT MAX(p.ended_at) FROM supervision_pause p
                WHERE p.membership_id = mem.id AND p.rule_id = %s AND p.ended_at IS NOT NULL) AS last_end
        FROM program_membership mem
        WHERE mem.program_id = %s AND mem.role = %s AND mem.status IN (%s, %s)
          AND NOT EXISTS (SELECT 1 FROM supervision_pause p
                          WHERE p.membership_id = mem.id AND p.rule_id = %s AND p.ended_at IS NULL)
    ), s AS (
        SELECT id, term_start, last_end, COALESCE(last_end, %s) AS since FROM m
        WHERE %s OR last_end IS NULL OR last_end <= %s
    )
"""
PAUSE_SQL: dict[str, str] = {
    PauseMetric.CHECKIN_BURNOUT: """
        , latest AS (
            SELECT c.supporter_id, c.tired + c.worn_out + c.emotionally_exhausted + c.cant_take_it AS raw,
                   c.created_at,
                   ROW_NUMBER() OVER (PARTITION BY c.supporter_id ORDER BY c.week_of DESC, c.id DESC) AS k
            FROM supervision_checkin c JOIN s ON s.id = c.supporter_id
            WHERE c.created_at > %(window_start)s AND c.created_at > s.since
        )
        SELECT supporter_id, raw, created_at FROM latest WHERE k = 1 AND raw >= %(raw_threshold)s
    """,
    PauseMetric.OVERDUE_DEBRIEFS: """
        SELECT d.supporter_id, COUNT(*), MAX(d.due_at)
        FROM supervision_debriefdue d JOIN s ON s.id = d.supporter_id
        WHERE d.closed_at IS NULL AND d.due_at < %(now)s AND d.due_at > %(window_start)s
          AND d.due_at > s.since
        GROUP BY d.supporter_id HAVING COUNT(*) >= %(threshold)s
    """,
    PauseMetric.SUPERVISION_OVERDUE: """
        , held AS (
            SELECT s.id, COALESCE((
                SELECT MAX(ses.held_on) FROM supervision_supervisionsession ses
                JOIN supervision_supervisionsession_supporters st ON st.supervisionsession_id = ses.id
                WHERE st.membership_id = s.id AND ses.held_on <= %(today)s), s.term_start) AS last_held
            FROM s
        )
        SELECT id, last_held, last_held FROM held WHERE last_held <= %(cutoff)s
    """,
}


def pauses_baseline(program: Program, now: datetime) -> Detected:
    """The same, one hand-written statement a rule."""
    ops = connection.ops
    today = timezone.localtime(now, program.tzinfo).date()
    interval = program.supervision_interval_days
    result: Detected = {}
    with connection.cursor() as cursor:
        for rule in _detected_rules(program):
            state = pauses.METRICS[rule.metric].state
            head = [
                rule.pk,
                program.pk,
                Role.SUPPORTER,
                *CURRENT_STATUSES,
                rule.pk,
                ops.adapt_datetimefield_value(pauses.EPOCH),
                not state,
                ops.adapt_datetimefield_value(now - timedelta(days=rule.review_days)),
            ]
            named = {
                "now": ops.adapt_datetimefield_value(now),
                "window_start": ops.adapt_datetimefield_value(now - timedelta(days=rule.window_days)),
                "threshold": rule.threshold,
                "raw_threshold": (rule.threshold * 4 + 24) // 25,
                "today": ops.adapt_datefield_value(today),
                "cutoff": ops.adapt_datefield_value(today - timedelta(days=interval + rule.threshold)),
            }
            tail = PAUSE_SQL[rule.metric]
            # The statement's named parameters, in the order they appear, as positional ones.
            used = sorted((tail.index(f"%({k})s"), k) for k in named if f"%({k})s" in tail)
            sql = SUPPORTERS_SQL + tail
            for _, key in used:
                sql = sql.replace(f"%({key})s", "%s")
            cursor.execute(sql, [*head, *(named[k] for _, k in used)])
            hits = []
            for pk, value, evidence in cursor.fetchall():
                if rule.metric == PauseMetric.CHECKIN_BURNOUT:
                    hits.append((pk, value * 25 // 4, _as_datetime(evidence)))
                elif rule.metric == PauseMetric.OVERDUE_DEBRIEFS:
                    hits.append((pk, value, _as_datetime(evidence)))
                else:
                    held = _as_date(value)
                    assert held is not None
                    midnight = datetime.combine(held, time.min, tzinfo=program.tzinfo)
                    hits.append((pk, (today - held).days - interval, midnight))
            result[rule.pk] = sorted(hits)
    return result


# --- The contact list -------------------------------------------------------------------------------------

BARE_CONTACTS_URL = "/bench/bare/contacts/"
CONTACTS_URL = "/api/v1/contacts/"
PAGE_SIZE = 50


CONTACT_COLUMNS = (
    "id",
    "program_id",
    "supporter_id",
    "status",
    "contact_date",
    "time_band",
    "duration_minutes",
    "channel",
    "initiated_by",
    "risk_level",
    "linked_to_crisis_service",
    "follow_up_planned",
    "supporter_distress",
    "peer_code__code",
    "narrative_erased_at",
    "debrief__due_at",
    "advice_request__id",
    "created_at",
    "submitted_at",
)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def bare_contacts(request: HttpRequest) -> JsonResponse:
    """A bare Django view giving what the API's page gives: the same scope (the selector), newest first,
    the page's rows as values() with their concerns and actions (a query each), and the peer code and the
    supporter's own distress only for the caller's own and their supervisees' contacts (a query for who
    those are). Dates and times as ISO 8601; the comparison (contacts_key) reads them back as values."""
    rows = list(
        selectors.contacts_visible_to(request.user)
        .order_by("-contact_date", "-id")
        .annotate(narrative_present=~Q(narrative_encrypted=""))
        .values(*CONTACT_COLUMNS, "narrative_present")[:PAGE_SIZE]
    )
    ids = [row["id"] for row in rows]
    concerns: dict[int, list[str]] = {pk: [] for pk in ids}
    for contact_id, category in ContactConcern.objects.filter(contact_id__in=ids).values_list(
        "contact_id", "category"
    ):
        concerns[contact_id].append(category)
    actions: dict[int, list[str]] = {pk: [] for pk in ids}
    referral: dict[int, int] = {}
    for contact_id, action, service in ContactAction.objects.filter(contact_id__in=ids).values_list(
        "contact_id", "action", "referral_service_id"
    ):
        actions[contact_id].append(action)
        if service is not None:
            referral.setdefault(contact_id, service)
    private_to = set(selectors.wellbeing_scope(request.user).values_list("pk", flat=True))
    now = timezone.now()
    results = []
    for row in rows:
        own = row["supporter_id"] in private_to
        submitted = row["submitted_at"]
        results.append(
            {
                "id": row["id"],
                "program": row["program_id"],
                "supporter": row["supporter_id"],
                "status": row["status"],
                "contact_date": _iso(row["contact_date"]),
                "time_band": row["time_band"],
                "duration_minutes": row["duration_minutes"],
                "channel": row["channel"],
                "initiated_by": row["initiated_by"],
                "concerns": sorted(concerns[row["id"]]),
                "risk_level": row["risk_level"],
                "actions": sorted(actions[row["id"]]),
                "referral_service": referral.get(row["id"]),
                "linked_to_crisis_service": row["linked_to_crisis_service"],
                "follow_up_planned": row["follow_up_planned"],
                "supporter_distress": row["supporter_distress"] if own else None,
                "peer_code": row["peer_code__code"] if own else None,
                "has_narrative": row["narrative_present"],
                "narrative_erased_at": _iso(row["narrative_erased_at"]),
                "locked": submitted is not None and now >= submitted + EDIT_WINDOW,
                "debrief_due_at": _iso(row["debrief__due_at"]),
                "advice_request": row["advice_request__id"],
                "created_at": _iso(row["created_at"]),
                "submitted_at": _iso(submitted),
            }
        )
    return JsonResponse({"results": results})


# The URL configuration the bench runs under: the app's, with the bare view beside it.
urlpatterns = [path("bench/bare/contacts/", bare_contacts), path("", include("config.urls"))]


def signed_in(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


TIMES = ("contact_date", "narrative_erased_at", "debrief_due_at", "created_at", "submitted_at")


def contacts_key(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's rows, whole, with dates and times read back as values (DRF writes UTC as "Z", Python's
    isoformat as "+00:00"; both are ISO 8601)."""
    rows = []
    for row in body["results"]:
        row = dict(row)
        for key in TIMES:
            if row[key] is not None:
                row[key] = datetime.fromisoformat(row[key].replace("Z", "+00:00"))
        rows.append(row)
    return rows


def contacts_ours(client: Client) -> list[dict[str, Any]]:
    response = client.get(CONTACTS_URL)
    assert response.status_code == 200, response.status_code
    return contacts_key(response.json())


def contacts_baseline(client: Client) -> list[dict[str, Any]]:
    response = client.get(BARE_CONTACTS_URL)
    assert response.status_code == 200, response.status_code
    return contacts_key(response.json())


def pairs(
    *, today: date, roster: Roster, program: Program, at: datetime, list_clients: dict[str, Client]
) -> list[Pair]:
    rows = [
        Pair(
            "burden, every supporter this week",
            AGGREGATE,
            lambda: burden_ours(today),
            lambda: burden_baseline(today),
        ),
        Pair(
            "burden, every supporter over 12 weeks",
            AGGREGATE,
            lambda: burden_weeks_ours(today),
            lambda: burden_weeks_baseline(today),
        ),
        Pair("gap scan over a year", ROSTER, lambda: gaps_ours(roster), lambda: gaps_baseline(roster)),
        Pair("on call now", ROSTER, lambda: on_call_ours(program, at), lambda: on_call_baseline(program, at)),
        Pair(
            "pause detection, one program (3 rules)",
            AGGREGATE,
            lambda: pauses_ours(program, at),
            lambda: pauses_baseline(program, at),
        ),
    ]
    for label, client in list_clients.items():
        rows.append(
            Pair(
                f"GET {CONTACTS_URL} ({label})",
                LIST,
                lambda c=client: contacts_ours(c),  # type: ignore[misc]
                lambda c=client: contacts_baseline(c),  # type: ignore[misc]
            )
        )
    return rows
