"""Pause-support triggers (SPEC 4.3): rules, their evaluation in SQL, pauses and resumption.

A supporter is paused while any open pause-action row exists for them; flags for review do not
pause. Three ways in: the supporter asks (one tap, or "I'd like to pause" in a check-in; always
immediate, no reason needed), a supervisor or coordinator pauses them, or a rule's condition
holds. One way out: a supervisor of the supporter signs off with a note — except blackout pauses,
which end with their period.

Evaluation is one query per rule (never a loop over supporters) and is idempotent: a rule fires
only on evidence newer than its last resumption for that supporter (event metrics) or after its
review period has passed since then (state metrics), the insert skips rows that would break the
"one open pause per supporter per rule" constraint, and the rows really inserted are read back by
the evaluation's batch id, so two evaluations at once create one pause, and a second evaluation
right after the first creates nothing.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import (
    Exists,
    Field,
    ManyToManyField,
    Model,
    OuterRef,
    Q,
    QuerySet,
)
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from program import audit
from program.models import (
    CURRENT_STATUSES,
    AuditAction,
    Membership,
    MembershipStatus,
    Program,
    Role,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
)
from program.notifications import Message, notify, send
from program.selectors import is_coordinator, supervised_memberships
from program.signals import members_changed
from supervision.contacts import crypto
from supervision.models import (
    BlackoutPeriod,
    CheckIn,
    Contact,
    ContactStatus,
    DebriefDue,
    Pause,
    PauseAction,
    PauseEnd,
    PauseMetric,
    PauseRule,
    PauseTrigger,
    SupervisionSession,
)
from supervision.selectors import debrief_grants_held_by
from supervision.services import check_free_text
from supervision.signals import pause_ended, pause_started, pause_undone, pauses_started, supporter_activity

SELF_PAUSE_REVIEW_DAYS = 7
# For this long after asking to pause, the supporter can take it back themself (a tap by accident, or a
# change of mind): the pause ends and the shifts nobody has taken since come back to them (issue 14).
SELF_PAUSE_UNDO_WINDOW = timedelta(minutes=10)
MANUAL_PAUSE_REVIEW_DAYS = 14
NOTE_MAX = 1000
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # "never resumed": older than any evidence


@dataclass(frozen=True)
class MetricSpec:
    """What a metric's window and threshold mean, and the values they may take."""

    unit: str
    window_help: str
    threshold_range: tuple[int, int]
    window_range: tuple[int, int]  # (0, 0): the metric has no window
    # Event metrics look at evidence newer than the last resumption; state metrics wait out the
    # rule's review period after a resumption before they may fire again.
    state: bool = False


METRICS: dict[str, MetricSpec] = {
    PauseMetric.CHECKIN_BURNOUT: MetricSpec(
        "burnout score (0–100)", "check-ins from the last N days (the latest counts)", (1, 100), (7, 90)
    ),
    PauseMetric.OVERDUE_DEBRIEFS: MetricSpec(
        "overdue debriefs", "debriefs falling due in the last N days", (1, 50), (1, 365)
    ),
    PauseMetric.WEEKS_OVER_HOURS: MetricSpec(
        "weeks over the limit", "the complete weeks in the last N days", (1, 52), (7, 364)
    ),
    PauseMetric.SUPERVISION_OVERDUE: MetricSpec(
        "days overdue beyond the supervision interval", "no window (use 0)", (1, 365), (0, 0), state=True
    ),
    PauseMetric.TRAINING_MISSING: MetricSpec(
        "modules missing or expired",
        "days of grace after a module expires or a term starts",
        (1, 20),
        (0, 90),
        state=True,
    ),
    PauseMetric.ACADEMIC_AT_RISK: MetricSpec("marked at risk (1)", "no window (use 0)", (1, 1), (0, 0)),
    PauseMetric.BLACKOUT: MetricSpec("inside a blackout period (1)", "no window (use 0)", (1, 1), (0, 0)),
}

DEFAULT_RULES: list[dict[str, Any]] = [
    {
        "name": "High burnout in the latest check-in",
        "metric": PauseMetric.CHECKIN_BURNOUT,
        "window_days": 14,
        "threshold": 75,
        "action": PauseAction.PAUSE,
        "review_days": 14,
    },
    {
        "name": "High-risk contact not debriefed in time",
        "metric": PauseMetric.OVERDUE_DEBRIEFS,
        "window_days": 30,
        "threshold": 1,
        "action": PauseAction.PAUSE,
        "review_days": 7,
    },
    {
        "name": "Over the weekly contact-hour limit two weeks running",
        "metric": PauseMetric.WEEKS_OVER_HOURS,
        "window_days": 14,
        "threshold": 2,
        "action": PauseAction.FLAG,
        "review_days": 14,
    },
    {
        "name": "Supervision overdue by more than 14 days",
        "metric": PauseMetric.SUPERVISION_OVERDUE,
        "window_days": 0,
        "threshold": 15,
        "action": PauseAction.PAUSE,
        "review_days": 14,
    },
    {
        "name": "Mandatory training missing or expired",
        "metric": PauseMetric.TRAINING_MISSING,
        "window_days": 14,
        "threshold": 1,
        "action": PauseAction.PAUSE,
        "review_days": 14,
    },
    {
        "name": "Academic standing at risk",
        "metric": PauseMetric.ACADEMIC_AT_RISK,
        "window_days": 0,
        "threshold": 1,
        "action": PauseAction.PAUSE,
        "review_days": 28,
    },
    {
        "name": "Exam blackout",
        "metric": PauseMetric.BLACKOUT,
        "window_days": 0,
        "threshold": 1,
        "action": PauseAction.PAUSE,
        "review_days": 14,
    },
]
RULE_FIELDS = ("name", "metric", "window_days", "threshold", "action", "review_days", "enabled")


# --- Rules ----------------------------------------------------------------------------------------


def ensure_default_rules(program: Program) -> None:
    """Give a program the default rules once (a new program gets them on creation)."""
    if not PauseRule.objects.filter(program=program).exists():
        PauseRule.objects.bulk_create(
            [PauseRule(program=program, **rule) for rule in DEFAULT_RULES], ignore_conflicts=True
        )


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _clean_rule(program: Program, rule: PauseRule, fields: dict[str, Any]) -> list[str]:
    """Apply `fields` to the rule, or raise with every field at fault named."""
    errors: dict[str, str] = {}
    unknown = set(fields) - set(RULE_FIELDS)
    for name in sorted(unknown):
        errors[name] = "This is not a field of a pause rule."
    values = {**{name: getattr(rule, name) for name in RULE_FIELDS}, **fields}
    name = str(values["name"] or "").strip()
    if not name:
        errors["name"] = "Give the rule a name."
    elif len(name) > 120:
        errors["name"] = "Keep the name under 120 characters."
    elif PauseRule.objects.filter(program=program, name__iexact=name).exclude(pk=rule.pk).exists():
        errors["name"] = "This program already has a rule with that name."
    metric = values["metric"]
    spec = METRICS.get(metric)
    if spec is None:
        errors["metric"] = (
            f"“{metric}” is not a metric the system computes; choose one of: {', '.join(METRICS)}."
        )
    if values["action"] not in PauseAction.values:
        errors["action"] = f"Choose one of: {', '.join(PauseAction.values)}."
    window, threshold, review = (
        _int(values["window_days"]),
        _int(values["threshold"]),
        _int(values["review_days"]),
    )
    if window is None:
        errors["window_days"] = "Enter the window as a whole number of days."
    elif window < 0:
        errors["window_days"] = "The window cannot be negative."
    elif spec is not None and not spec.window_range[0] <= window <= spec.window_range[1]:
        low, high = spec.window_range
        errors["window_days"] = (
            "This condition has no window; use 0."
            if high == 0
            else f"For this condition the window is {spec.window_help}: from {low} to {high} days."
        )
    if threshold is None:
        errors["threshold"] = "Enter the threshold as a whole number."
    elif spec is not None:
        low, high = spec.threshold_range
        if not low <= threshold <= high:
            errors["threshold"] = f"The threshold for {spec.unit} must be from {low} to {high}."
        elif metric == PauseMetric.WEEKS_OVER_HOURS and window is not None and threshold > window // 7:
            errors["threshold"] = (
                f"A {window}-day window holds {window // 7} complete week{'s' if window // 7 != 1 else ''}; "
                "the threshold cannot be more."
            )
    if review is None or not 1 <= review <= 90:
        errors["review_days"] = "Review after 1 to 90 days."
    if not isinstance(values["enabled"], bool):
        errors["enabled"] = "Enter true or false."
    if errors:
        raise ValidationError(errors)
    changed = []
    for field, value in (
        ("name", name),
        ("metric", metric),
        ("window_days", window),
        ("threshold", threshold),
        ("action", values["action"]),
        ("review_days", review),
        ("enabled", values["enabled"]),
    ):
        if getattr(rule, field) != value:
            setattr(rule, field, value)
            changed.append(field)
    return changed


@transaction.atomic
def create_rule(program: Program, *, by: User, **fields: Any) -> PauseRule:
    if not is_coordinator(by, program.pk):
        raise PauseRule.DoesNotExist
    fields.setdefault("review_days", 14)
    fields.setdefault("enabled", True)
    rule = PauseRule(program=program, name="", metric="", window_days=0, threshold=0, action="")
    _clean_rule(program, rule, fields)
    rule.save()
    audit.record(by, AuditAction.CREATE, rule, program=program, summary=rule.name)
    return rule


@transaction.atomic
def update_rule(rule: PauseRule, *, by: User, **fields: Any) -> PauseRule:
    rule = PauseRule.objects.select_for_update().select_related("program").get(pk=rule.pk)
    if not is_coordinator(by, rule.program_id):
        raise PauseRule.DoesNotExist
    if "metric" in fields and fields["metric"] != rule.metric and rule.pauses.exists():
        raise ValidationError(
            {"metric": "This rule has paused supporters; add a new rule rather than change what it measures."}
        )
    changed = _clean_rule(rule.program, rule, fields)
    if changed:
        rule.save()
        audit.record(
            by, AuditAction.UPDATE, rule, program=rule.program, summary="changed " + ", ".join(changed)
        )
    return rule


@transaction.atomic
def save_blackout(
    program: Program, *, by: User, blackout: BlackoutPeriod | None = None, **fields: Any
) -> BlackoutPeriod:
    """Add or change a blackout period of the program calendar (coordinators)."""
    if not is_coordinator(by, program.pk):
        raise BlackoutPeriod.DoesNotExist
    blackout = blackout or BlackoutPeriod(program=program)
    errors: dict[str, str] = {}
    name = str(fields.get("name", blackout.name) or "").strip()
    starts, ends = fields.get("starts_on", blackout.starts_on), fields.get("ends_on", blackout.ends_on)
    if not name:
        errors["name"] = "Name the period (for example, “End-of-year exams”)."
    if not isinstance(starts, date):
        errors["starts_on"] = "Enter the first day of the period."
    if not isinstance(ends, date):
        errors["ends_on"] = "Enter the last day of the period."
    elif isinstance(starts, date) and ends < starts:
        errors["ends_on"] = "The period cannot end before it starts."
    elif isinstance(starts, date) and (ends - starts).days > 120:
        errors["ends_on"] = "A blackout can last at most 120 days."
    if errors:
        raise ValidationError(errors)
    blackout.name, blackout.starts_on, blackout.ends_on = name[:120], starts, ends
    created = blackout.pk is None
    blackout.save()
    audit.record(by, AuditAction.CREATE if created else AuditAction.UPDATE, blackout, program=program)
    return blackout


# --- Evaluation -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    membership_id: int
    value: int
    evidence_at: datetime | None


def _midnight(program: Program, day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=program.tzinfo)


# Each rule is one plain, parameterised statement, the same on SQLite and PostgreSQL: its date bounds and
# thresholds are worked out here and passed in (no vendor date functions), and it returns plain rows.
# Composing the same questions from nested Exists/Subquery expressions cost Django two to three times the
# statements' own time (docs/performance.md, "fourth round").
Rows = Callable[[str, list[Any]], list[tuple[Any, ...]]]


def _name(model: type[Model], field: str | None = None) -> str:
    """A model's table, or one of its fields' column, quoted for the statement."""
    if field is None:
        return connection.ops.quote_name(model._meta.db_table)
    found = model._meta.get_field(field)
    assert isinstance(found, Field) and found.column is not None
    return connection.ops.quote_name(found.column)


def _read_datetime(value: Any) -> datetime | None:
    """A timestamp as a raw statement returns it: aware on PostgreSQL; on SQLite naive UTC, or text when it
    comes out of an aggregate."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _read_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


@functools.cache
def _head_sql(state: bool) -> str:
    """What follows the supporters (`sup`): `s`, those without an open pause from the rule, with their last
    resumption from it (`last_end`) and the time since which evidence counts (`since`); for state metrics,
    only those not resumed within the review period. Parameters: rule, rule, epoch[, review cutoff]."""
    pause, member, rule, ended = (
        _name(Pause),
        _name(Pause, "membership"),
        _name(Pause, "rule"),
        _name(Pause, "ended_at"),
    )
    # A supervisor resumed them recently: trust that judgement for the review period.
    review = "WHERE last_end IS NULL OR last_end <= %s" if state else ""
    return f""",
        resumed AS (
            SELECT sup.id, sup.term_start, sup.at_risk,
                   (SELECT MAX(p.{ended}) FROM {pause} p
                    WHERE p.{member} = sup.id AND p.{rule} = %s AND p.{ended} IS NOT NULL) AS last_end
            FROM sup
            WHERE NOT EXISTS (SELECT 1 FROM {pause} p
                              WHERE p.{member} = sup.id AND p.{rule} = %s AND p.{ended} IS NULL)
        ),
        s AS (
            SELECT id, term_start, at_risk, last_end, COALESCE(last_end, %s) AS since FROM resumed {review}
        )
    """  # noqa: S608 (names from the models' meta, values as parameters)


@dataclass(frozen=True)
class Supporters:
    """The supporters a rule is evaluated for, as a statement giving (id, term start, academic at risk
    since) and its parameters: the head of every rule's statement."""

    sql: str
    params: tuple[Any, ...]

    @classmethod
    def of_program(cls, program: Program, member_ids: list[int] | None = None) -> Supporters:
        """The program's current supporters (or those of them among `member_ids`), with no query built."""
        member, program_id, role, status = (_name(Membership, f) for f in ("id", "program", "role", "status"))
        term_start, at_risk = _name(Membership, "term_start"), _name(Membership, "academic_at_risk_since")
        statuses = ", ".join(["%s"] * len(CURRENT_STATUSES))
        sql = (
            f"SELECT m.{member}, m.{term_start}, m.{at_risk} FROM {_name(Membership)} m "  # noqa: S608 (names from the models' meta, values as parameters)
            f"WHERE m.{program_id} = %s AND m.{role} = %s AND m.{status} IN ({statuses})"
        )
        params: tuple[Any, ...] = (program.pk, Role.SUPPORTER, *CURRENT_STATUSES)
        if member_ids is not None:
            # An empty list selects nobody (IN () is not valid SQL).
            sql += f" AND m.{member} IN ({', '.join(['%s'] * len(member_ids)) or 'NULL'})"
            params += tuple(member_ids)
        return cls(sql, params)

    @classmethod
    def of(cls, supporters: QuerySet[Membership]) -> Supporters:
        # Unordered: Membership's default order joins the program, its institution and the user.
        sql, params = (
            supporters.order_by()
            .values_list("pk", "term_start", "academic_at_risk_since")
            .query.sql_with_params()
        )
        return cls(sql, tuple(params))


def _candidates(rule: PauseRule, supporters: QuerySet[Membership] | Supporters, now: datetime) -> list[Hit]:
    """Supporters for whom the rule's condition holds now on evidence it has not acted on: one query."""
    if not isinstance(supporters, Supporters):
        supporters = Supporters.of(supporters)
    ops = connection.ops
    state = METRICS[rule.metric].state
    head = f"WITH sup (id, term_start, at_risk) AS ({supporters.sql}){_head_sql(state)}"
    params = [*supporters.params, rule.pk, rule.pk, ops.adapt_datetimefield_value(EPOCH)]
    if state:
        params.append(ops.adapt_datetimefield_value(now - timedelta(days=rule.review_days)))

    def rows(tail: str, tail_params: list[Any]) -> list[tuple[Any, ...]]:
        with connection.cursor() as cursor:
            cursor.execute(head + tail, [*params, *tail_params])
            return cursor.fetchall()

    return METRIC_QUERIES[rule.metric](rule, now, rows)


@functools.cache
def _checkin_burnout_sql() -> str:
    checkin = _name(CheckIn)
    supporter, created, week, pk = (_name(CheckIn, f) for f in ("supporter", "created_at", "week_of", "id"))
    raw = " + ".join(
        f"c.{_name(CheckIn, f)}" for f in ("tired", "worn_out", "emotionally_exhausted", "cant_take_it")
    )
    return f""",
        latest AS (
            SELECT c.{supporter} AS id, {raw} AS raw, c.{created} AS created_at,
                   ROW_NUMBER() OVER (PARTITION BY c.{supporter} ORDER BY c.{week} DESC, c.{pk} DESC) AS k
            FROM {checkin} c JOIN s ON s.id = c.{supporter}
            WHERE c.{created} > %s AND c.{created} > s.since
        )
        SELECT id, raw, created_at FROM latest WHERE k = 1 AND raw >= %s
    """  # noqa: S608 (names from the models' meta, values as parameters)


def _checkin_burnout(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    """The latest check-in of the window (by week, then entry) newer than the last resumption."""
    window_start = connection.ops.adapt_datetimefield_value(now - timedelta(days=rule.window_days))
    # The score is the items' mean on 0–4 times 25: raw × 25 / 4 ≥ threshold, kept in integers.
    found = rows(_checkin_burnout_sql(), [window_start, (rule.threshold * 4 + 24) // 25])
    return [Hit(pk, raw * 25 // 4, _read_datetime(at)) for pk, raw, at in found]


@functools.cache
def _overdue_debriefs_sql() -> str:
    debrief = _name(DebriefDue)
    supporter, due, closed = (_name(DebriefDue, f) for f in ("supporter", "due_at", "closed_at"))
    return f"""
        SELECT d.{supporter}, COUNT(*), MAX(d.{due})
        FROM {debrief} d JOIN s ON s.id = d.{supporter}
        WHERE d.{closed} IS NULL AND d.{due} < %s AND d.{due} > %s AND d.{due} > s.since
        GROUP BY d.{supporter} HAVING COUNT(*) >= %s
    """  # noqa: S608 (names from the models' meta, values as parameters)


def _overdue_debriefs(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    ops = connection.ops
    bounds = [
        ops.adapt_datetimefield_value(now),
        ops.adapt_datetimefield_value(now - timedelta(days=rule.window_days)),
    ]
    found = rows(_overdue_debriefs_sql(), [*bounds, rule.threshold])
    return [Hit(pk, n, _read_datetime(latest)) for pk, n, latest in found]


@functools.cache
def _weeks_over_hours_sql(weeks: int) -> str:
    contact = _name(Contact)
    supporter, status, day, minutes = (
        _name(Contact, f) for f in ("supporter", "status", "contact_date", "duration_minutes")
    )
    totals = ", ".join(
        f"SUM(CASE WHEN c.{day} >= %s AND c.{day} <= %s THEN c.{minutes} ELSE 0 END)" for _ in range(weeks)
    )
    return f"""
        SELECT s.id, s.last_end, {totals}
        FROM s JOIN {contact} c ON c.{supporter} = s.id
        WHERE c.{status} = %s AND c.{day} >= %s AND c.{day} <= %s
        GROUP BY s.id, s.last_end
    """  # noqa: S608 (names from the models' meta, values as parameters)


def _weeks_over_hours(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    """Submitted contacts' minutes in each complete week of the window (a supporter without any has no
    week over the limit)."""
    adapt = connection.ops.adapt_datefield_value
    program = rule.program
    today = timezone.localtime(now, program.tzinfo).date()
    limit = int(program.weekly_contact_hour_limit * 60)
    monday = today - timedelta(days=today.weekday())
    weeks = [monday - timedelta(days=7 * k) for k in range(1, rule.window_days // 7 + 1)]
    bounds = [adapt(day) for start in weeks for day in (start, start + timedelta(days=6))]
    span = [adapt(weeks[-1]), adapt(monday - timedelta(days=1))]
    hits = []
    for pk, last_end, *totals in rows(
        _weeks_over_hours_sql(len(weeks)), [*bounds, ContactStatus.SUBMITTED, *span]
    ):
        since = _read_datetime(last_end) or EPOCH
        # Only weeks that began after the last resumption count.
        over = sum(
            1
            for start, total in zip(weeks, totals, strict=True)
            if total > limit and _midnight(program, start) > since
        )
        if over >= rule.threshold:
            hits.append(Hit(pk, over, now))
    return hits


@functools.cache
def _supervision_overdue_sql() -> str:
    session = _name(SupervisionSession)
    held_on = _name(SupervisionSession, "held_on")
    attended = SupervisionSession._meta.get_field("supporters")
    assert isinstance(attended, ManyToManyField)
    through = connection.ops.quote_name(attended.m2m_db_table())
    session_id = connection.ops.quote_name(attended.m2m_column_name())
    member_id = connection.ops.quote_name(attended.m2m_reverse_name())
    return f""",
        held AS (
            SELECT s.id, COALESCE((
                SELECT MAX(ses.{held_on}) FROM {session} ses JOIN {through} st ON st.{session_id} = ses.id
                WHERE st.{member_id} = s.id AND ses.{held_on} <= %s
            ), s.term_start) AS last_held
            FROM s
        )
        SELECT id, last_held FROM held WHERE last_held <= %s
    """  # noqa: S608 (names from the models' meta, values as parameters)


def _supervision_overdue(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    """No session held by today (or, never supervised, since the term's start) for longer than the
    program's interval plus the threshold."""
    adapt = connection.ops.adapt_datefield_value
    program = rule.program
    today = timezone.localtime(now, program.tzinfo).date()
    interval = program.supervision_interval_days
    cutoff = today - timedelta(days=interval + rule.threshold)
    hits = []
    for pk, value in rows(_supervision_overdue_sql(), [adapt(today), adapt(cutoff)]):
        held = _read_date(value)
        hits.append(Hit(pk, (today - held).days - interval, _midnight(program, held)))
    return hits


@functools.cache
def _training_missing_sql() -> str:
    requirement, module, record = _name(TrainingRequirement), _name(TrainingModule), _name(TrainingRecord)
    req_module, req_role = _name(TrainingRequirement, "module"), _name(TrainingRequirement, "role")
    rec_member, rec_module = _name(TrainingRecord, "membership"), _name(TrainingRecord, "module")
    expires = _name(TrainingRecord, "expires_on")
    return f"""
        SELECT s.id, (
            SELECT COUNT(*) FROM {requirement} r JOIN {module} mo ON mo.id = r.{req_module}
            WHERE mo.{_name(TrainingModule, "program")} = %s AND r.{req_role} = %s
              AND NOT EXISTS (SELECT 1 FROM {record} t
                              WHERE t.{rec_member} = s.id AND t.{rec_module} = r.{req_module}
                                AND t.{expires} > %s)
        ) FROM s WHERE s.term_start <= %s
    """  # noqa: S608 (names from the models' meta, values as parameters)


def _training_missing(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    """Supporter modules of the program with no record valid after the grace date, for supporters whose
    term began by then."""
    grace = connection.ops.adapt_datefield_value(
        timezone.localtime(now, rule.program.tzinfo).date() - timedelta(days=rule.window_days)
    )
    found = rows(_training_missing_sql(), [rule.program_id, Role.SUPPORTER, grace, grace])
    return [Hit(pk, n, now) for pk, n in found if n >= rule.threshold]


def _academic_at_risk(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    found = rows("SELECT id, at_risk FROM s WHERE at_risk > s.since", [])
    return [Hit(pk, 1, _read_datetime(marked)) for pk, marked in found]


def _blackout(rule: PauseRule, now: datetime, rows: Rows) -> list[Hit]:
    today = timezone.localtime(now, rule.program.tzinfo).date()
    period = (
        BlackoutPeriod.objects.filter(program=rule.program, starts_on__lte=today, ends_on__gte=today)
        .order_by("starts_on")
        .first()
    )
    if period is None:
        return []
    began = _midnight(rule.program, period.starts_on)
    found = rows(
        "SELECT id FROM s WHERE last_end IS NULL OR last_end < %s",
        [connection.ops.adapt_datetimefield_value(began)],
    )
    return [Hit(pk, 1, began) for (pk,) in found]


METRIC_QUERIES: dict[str, Callable[[PauseRule, datetime, Rows], list[Hit]]] = {
    PauseMetric.CHECKIN_BURNOUT: _checkin_burnout,
    PauseMetric.OVERDUE_DEBRIEFS: _overdue_debriefs,
    PauseMetric.WEEKS_OVER_HOURS: _weeks_over_hours,
    PauseMetric.SUPERVISION_OVERDUE: _supervision_overdue,
    PauseMetric.TRAINING_MISSING: _training_missing,
    PauseMetric.ACADEMIC_AT_RISK: _academic_at_risk,
    PauseMetric.BLACKOUT: _blackout,
}


def _reason(rule: PauseRule, hit: Hit) -> str:
    spec = METRICS[rule.metric]
    return f"{rule.name}: {spec.unit} {hit.value} (at or above {rule.threshold})."


def evaluate(
    program: Program,
    *,
    memberships: Iterable[Membership] | None = None,
    now: datetime | None = None,
    metrics: Iterable[str] | None = None,
) -> list[Pause]:
    """Evaluate the program's enabled rules for its current supporters (or just `memberships`), start
    the pauses and flags whose conditions hold, and end blackout pauses whose period is over. With
    `metrics`, only the rules on those metrics (and blackouts only if BLACKOUT is among them)."""
    now = now or timezone.now()
    supporters = Membership.objects.filter(program=program, role=Role.SUPPORTER, status__in=CURRENT_STATUSES)
    member_ids = None if memberships is None else [m.pk for m in memberships]
    if member_ids is not None:
        supporters = supporters.filter(pk__in=member_ids)
    # The same supporters for the rules' statements, written out rather than compiled once a rule.
    scope = Supporters.of_program(program, member_ids)
    rules = PauseRule.objects.filter(program=program, enabled=True).select_related("program")
    if metrics is not None:
        metrics = set(metrics)
        rules = rules.filter(metric__in=metrics)
    created: list[Pause] = []
    with transaction.atomic():
        if metrics is None or PauseMetric.BLACKOUT in metrics:
            _end_finished_blackouts(program, supporters, now)
        for rule in rules:
            hits = _candidates(rule, scope, now)
            if hits:
                created.extend(_start_rule_pauses(rule, hits, now))
    return created


def evaluate_all(now: datetime | None = None) -> dict[str, int]:
    """Every program's rules (the scheduler job); counts for the run record."""
    now = now or timezone.now()
    counts = {"programs": 0, "pauses": 0, "flags": 0}
    for program in Program.objects.order_by("pk"):
        started = evaluate(program, now=now)
        counts["programs"] += 1
        counts["pauses"] += sum(1 for p in started if p.action == PauseAction.PAUSE)
        counts["flags"] += sum(1 for p in started if p.action == PauseAction.FLAG)
    return counts


def _start_rule_pauses(rule: PauseRule, hits: list[Hit], now: datetime) -> list[Pause]:
    batch = uuid.uuid4()
    review_on = rule.program.today() + timedelta(days=rule.review_days)
    Pause.objects.bulk_create(
        [
            Pause(
                membership_id=hit.membership_id,
                program=rule.program,
                action=rule.action,
                trigger=PauseTrigger.RULE,
                rule=rule,
                reason_encrypted=crypto.encrypt(_reason(rule, hit)),
                evidence_at=hit.evidence_at,
                started_at=now,
                review_on=review_on,
                batch=batch,
            )
            for hit in hits
        ],
        batch_size=500,
        # A concurrent evaluation that got there first wins; its row stands and ours is skipped.
        ignore_conflicts=True,
    )
    created = list(Pause.objects.filter(batch=batch).select_related("membership__user").order_by("pk"))
    for pause in created:
        # One Program and rule instance for the batch: receivers may remember per program what they looked up.
        pause.program, pause.rule = rule.program, rule
    _started(created, by=None)
    return created


def _started(pauses: list[Pause], *, by: User | None) -> None:
    """What follows any new pause or flag: status, notifications, audit and the event."""
    if not pauses:
        return
    sync_status([p.membership_id for p in pauses])
    supervisors = _supervisors_by_supporter([p.membership_id for p in pauses])
    messages: list[Message] = []
    for pause in pauses:
        program, member = pause.program, pause.membership
        link = reverse("pause-detail", args=[program.pk, pause.pk])
        kind = "pause_review" if pause.action == PauseAction.PAUSE else "flag_review"
        messages.extend(
            Message(user, kind, link, program)
            for user in supervisors.get(pause.membership_id, [])
            if user.pk != (by.pk if by else None)
        )
        if pause.action == PauseAction.PAUSE and pause.trigger != PauseTrigger.SELF:
            messages.append(Message(member.user_id, "status_changed", link, program))
    messages.extend(_unsupervised_messages([p for p in pauses if p.membership_id not in supervisors]))
    send(messages)
    audit.record_many(by, AuditAction.CREATE, pauses, program=pauses[0].program)
    for pause in pauses:
        pause_started.send(sender=Pause, pause=pause)
    pauses_started.send(sender=Pause, pauses=pauses)


def _unsupervised_messages(pauses: list[Pause]) -> list[Message]:
    """Nobody can sign off a pause of a supporter without a supervisor: tell the coordinators that one is
    waiting (status only — the reason stays private), so they assign a supervisor."""
    if not pauses:
        return []
    program = pauses[0].program
    coordinators = Membership.objects.filter(
        program=program, role=Role.COORDINATOR, status__in=CURRENT_STATUSES, user__is_active=True
    ).values_list("user_id", flat=True)
    return [
        Message(
            user_id,
            "supporter_unsupervised",
            reverse("member-assign", args=[program.pk, pause.membership_id]),
            program,
        )
        for user_id in coordinators
        for pause in pauses
    ]


def _supervisors_by_supporter(member_ids: list[int]) -> dict[int, list[User]]:
    people: dict[int, list[User]] = defaultdict(list)
    for assignment in SupervisorAssignment.objects.filter(
        supporter_id__in=member_ids, ended_on__isnull=True
    ).select_related("supervisor__user", "backup__user"):
        for supervisor in (assignment.supervisor, assignment.backup):
            if supervisor is not None and supervisor.status in CURRENT_STATUSES and supervisor.user.is_active:
                people[assignment.supporter_id].append(supervisor.user)
    return people


def sync_status(member_ids: list[int]) -> None:
    """Paused exactly while an open pause-action row exists (two statements whatever the number)."""
    open_pause = Pause.objects.filter(
        membership=OuterRef("pk"), action=PauseAction.PAUSE, ended_at__isnull=True
    )
    scope = Membership.objects.filter(pk__in=member_ids, role=Role.SUPPORTER)
    now = timezone.now()
    scope.filter(Exists(open_pause), status=MembershipStatus.ACTIVE).update(
        status=MembershipStatus.PAUSED, updated_at=now
    )
    scope.filter(~Exists(open_pause), status=MembershipStatus.PAUSED).update(
        status=MembershipStatus.ACTIVE, updated_at=now
    )


def _end_finished_blackouts(program: Program, supporters: QuerySet[Membership], now: datetime) -> None:
    today = program.today()
    in_blackout = BlackoutPeriod.objects.filter(
        program=program, starts_on__lte=today, ends_on__gte=today
    ).exists()
    if in_blackout:
        return
    finished = list(
        Pause.objects.select_for_update(of=("self",))
        .filter(
            program=program,
            rule__metric=PauseMetric.BLACKOUT,
            ended_at__isnull=True,
            membership__in=supporters,
        )
        .select_related("membership", "program")
    )
    if not finished:
        return
    Pause.objects.filter(pk__in=[p.pk for p in finished]).update(
        ended_at=now, end_kind=PauseEnd.BLACKOUT_OVER
    )
    for pause in finished:
        pause.ended_at, pause.end_kind = now, PauseEnd.BLACKOUT_OVER
    sync_status([p.membership_id for p in finished])
    send(
        Message(
            p.membership.user_id, "status_changed", reverse("pause-detail", args=[program.pk, p.pk]), program
        )
        for p in finished
    )
    audit.record_many(None, AuditAction.UPDATE, finished, program=program, summary="blackout ended")
    for pause in finished:
        pause_ended.send(sender=Pause, pause=pause)


# --- Self, manual and resumption -----------------------------------------------------------------


def _current_supporter(membership: Membership) -> Membership:
    return Membership.objects.select_for_update().select_related("program", "user").get(pk=membership.pk)


@transaction.atomic
def self_pause(membership: Membership, *, by: User, reason: str = "") -> Pause:
    """The supporter pauses themself: immediate, no reason needed. A second tap returns the open pause."""
    membership = _current_supporter(membership)
    if membership.user_id != by.pk or membership.role != Role.SUPPORTER:
        raise Pause.DoesNotExist
    if membership.status not in CURRENT_STATUSES:
        raise ValidationError({"__all__": "Your supporter role has ended."})
    existing = Pause.objects.filter(
        membership=membership, trigger=PauseTrigger.SELF, ended_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    if len(reason.strip()) > NOTE_MAX:
        raise ValidationError({"reason": f"Keep the reason under {NOTE_MAX} characters."})
    check_free_text(membership.program, "reason", reason)
    return _create_pause(
        membership, PauseTrigger.SELF, reason or "I asked to pause.", SELF_PAUSE_REVIEW_DAYS, by
    )


def may_pause_manually(user: User, membership: Membership) -> bool:
    return supervised_memberships(user).filter(pk=membership.pk).exists() or is_coordinator(
        user, membership.program_id
    )


@transaction.atomic
def manual_pause(membership: Membership, *, by: User, reason: str, review_on: date | None = None) -> Pause:
    """A supervisor of the supporter, or a coordinator of the program, pauses them with a reason."""
    membership = _current_supporter(membership)
    if membership.role != Role.SUPPORTER or not may_pause_manually(by, membership):
        raise Pause.DoesNotExist
    errors: dict[str, str] = {}
    reason = (reason or "").strip()
    today = membership.program.today()
    if membership.status not in CURRENT_STATUSES:
        errors["membership"] = "Only current supporters can be paused."
    if not reason:
        errors["reason"] = "Say why (only the supporter and their supervisors will see it)."
    elif len(reason) > NOTE_MAX:
        errors["reason"] = f"Keep the reason under {NOTE_MAX} characters."
    if review_on is not None and not today < review_on <= today + timedelta(days=90):
        errors["review_on"] = "Set a review date within the next 90 days."
    if errors:
        raise ValidationError(errors)
    check_free_text(membership.program, "reason", reason)
    if Pause.objects.filter(
        membership=membership, trigger=PauseTrigger.MANUAL, ended_at__isnull=True
    ).exists():
        already = ValidationError("This supporter already has an open manual pause.", code="conflict")
        raise ValidationError({"membership": already})
    days = (review_on - today).days if review_on else MANUAL_PAUSE_REVIEW_DAYS
    return _create_pause(membership, PauseTrigger.MANUAL, reason, days, by)


def _create_pause(membership: Membership, trigger: str, reason: str, review_days: int, by: User) -> Pause:
    try:
        with transaction.atomic():
            pause = Pause.objects.create(
                membership=membership,
                program=membership.program,
                action=PauseAction.PAUSE,
                trigger=trigger,
                reason_encrypted=crypto.encrypt(reason),
                evidence_at=timezone.now(),
                review_on=membership.program.today() + timedelta(days=review_days),
                created_by=by,
            )
    except IntegrityError:
        # A double tap or a concurrent request opened it first: that pause stands.
        return Pause.objects.get(membership=membership, trigger=trigger, ended_at__isnull=True)
    pause.membership = membership
    _started([pause], by=by)
    return pause


def may_resume(user: User, pause: Pause) -> bool:
    """Only a current supervisor (primary or backup) of the supporter signs a resumption off — or, while
    the supporter has none, the on-call supervisor holding a debrief grant on them."""
    return supervised_memberships(user).filter(pk=pause.membership_id).exists() or _under_grant(user, pause)


def _under_grant(user: User, pause: Pause) -> bool:
    return debrief_grants_held_by(user).filter(supporter_id=pause.membership_id).exists()


@transaction.atomic
def resume(pause: Pause, *, by: User, note: str) -> Pause:
    """End a pause (or close a flag) with a supervisor's sign-off and a note."""
    pause = (
        Pause.objects.select_for_update(of=("self",))
        .select_related("membership__user", "program", "rule")
        .get(pk=pause.pk)
    )
    if not may_resume(by, pause):
        if pause.membership.user_id == by.pk or is_coordinator(by, pause.program_id):
            # They can see the pause, so it exists for them; they just may not sign it off.
            raise PermissionDenied("Resuming needs the sign-off of one of the supporter's supervisors.")
        raise Pause.DoesNotExist
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "Add a note: what you agreed with the supporter about resuming."})
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": f"Keep the note under {NOTE_MAX} characters."})
    if pause.ended_at is not None:
        raise ValidationError({"__all__": ValidationError("This pause has already ended.", code="conflict")})
    check_free_text(pause.program, "note", note)
    pause.ended_at = timezone.now()
    pause.ended_by = by
    pause.end_kind = PauseEnd.RESUMED if pause.action == PauseAction.PAUSE else PauseEnd.REVIEWED
    pause.end_note_encrypted = crypto.encrypt(note)
    pause.save(update_fields=["ended_at", "ended_by", "end_kind", "end_note_encrypted"])
    sync_status([pause.membership_id])
    pause.membership.refresh_from_db(fields=["status"])
    summary = pause.get_end_kind_display()
    if not supervised_memberships(by).filter(pk=pause.membership_id).exists():
        summary += " under a debrief grant"
    audit.record(by, AuditAction.UPDATE, pause, program=pause.program, summary=summary)
    if pause.action == PauseAction.PAUSE:
        notify(
            [pause.membership.user],
            kind="status_changed",
            link=reverse("pause-detail", args=[pause.program_id, pause.pk]),
            program=pause.program,
        )
    pause_ended.send(sender=Pause, pause=pause)
    return pause


# --- Undo: a supporter takes back their own pause within minutes ------------------------------------


def undo_until(pause: Pause) -> datetime | None:
    """Until when the supporter may undo this pause themself; None when it cannot be undone at all (not a
    pause they asked for, or already ended)."""
    if pause.trigger != PauseTrigger.SELF or pause.action != PauseAction.PAUSE or pause.ended_at is not None:
        return None
    return pause.started_at + SELF_PAUSE_UNDO_WINDOW


def may_undo(user: User, pause: Pause, now: datetime | None = None) -> bool:
    until = undo_until(pause)
    return until is not None and pause.membership.user_id == user.pk and (now or timezone.now()) < until


@dataclass(frozen=True)
class Undone:
    pause: Pause
    # The shifts the pause had handed on that nobody had taken since, now the supporter's again.
    shifts_given_back: list[Any]


@transaction.atomic
def undo_self_pause(pause: Pause, *, by: User, now: datetime | None = None) -> Undone:
    """The supporter ends a pause they asked for, within SELF_PAUSE_UNDO_WINDOW of asking: no sign-off
    needed. Their supervisors are told (no reason, no name); the rosters give back the shifts the pause
    handed on that nobody has taken since (those someone else took stay with them)."""
    now = now or timezone.now()
    pause = (
        Pause.objects.select_for_update(of=("self",))
        .select_related("membership__user", "membership__program", "program")
        .get(pk=pause.pk)
    )
    if pause.membership.user_id != by.pk or pause.membership.role != Role.SUPPORTER:
        # Only the supporter themself: for anyone else there is no such pause of theirs to undo.
        raise Pause.DoesNotExist
    if pause.ended_at is not None:
        raise ValidationError({"__all__": ValidationError("This pause has already ended.", code="conflict")})
    if pause.membership.status not in CURRENT_STATUSES:
        raise ValidationError({"__all__": "Your supporter role has ended."})
    if pause.trigger != PauseTrigger.SELF or pause.action != PauseAction.PAUSE:
        raise ValidationError(
            {
                "__all__": "Only a pause you asked for yourself can be undone; "
                "one of your supervisors signs off your return from this one."
            }
        )
    minutes = int(SELF_PAUSE_UNDO_WINDOW.total_seconds() // 60)
    if now >= pause.started_at + SELF_PAUSE_UNDO_WINDOW:
        raise ValidationError(
            {
                "__all__": f"The {minutes} minutes to undo this pause have passed; "
                "talk with your supervisor about resuming."
            }
        )
    pause.ended_at, pause.ended_by, pause.end_kind = now, by, PauseEnd.UNDONE
    pause.save(update_fields=["ended_at", "ended_by", "end_kind"])
    sync_status([pause.membership_id])
    pause.membership.refresh_from_db(fields=["status"])
    audit.record(by, AuditAction.UPDATE, pause, program=pause.program, summary="undone by the supporter")
    link = reverse("pause-detail", args=[pause.program_id, pause.pk])
    send(
        Message(user, "pause_undone", link, pause.program)
        for user in _supervisors_by_supporter([pause.membership_id]).get(pause.membership_id, [])
    )
    pause_ended.send(sender=Pause, pause=pause)
    given_back = [
        shift for _, shifts in pause_undone.send(sender=Pause, pause=pause) for shift in (shifts or [])
    ]
    return Undone(pause, given_back)


# --- Reading ---------------------------------------------------------------------------------------


def reason_readable(user: User, pause: Pause) -> bool:
    """Private reasons and notes: the supporter and their supervisors, never coordinators (SPEC 3.2)."""
    return (
        pause.membership.user_id == user.pk and pause.membership.status in CURRENT_STATUSES
    ) or supervised_memberships(user).filter(pk=pause.membership_id).exists()


def read_private(pauses: list[Pause], *, by: User) -> None:
    """Decrypt reasons and notes onto `reason` / `end_note` for a reader allowed them; audit the read.
    Callers filter with `reason_readable` (or a scope that implies it) first."""
    for pause in pauses:
        pause.reason = crypto.decrypt(pause.reason_encrypted) if pause.reason_encrypted else ""  # type: ignore[attr-defined]
        pause.end_note = crypto.decrypt(pause.end_note_encrypted) if pause.end_note_encrypted else ""  # type: ignore[attr-defined]
    if pauses:
        audit.record_many(
            by, AuditAction.VIEW, pauses, program=pauses[0].program, summary="pause reason read"
        )


@dataclass
class DutyCalendar:
    """Terms, pauses and blackouts of some memberships over a stretch of time, fetched once so that any
    number of "can this person be on duty then?" questions cost no further queries. The one source of
    that answer: `available_for_duty` asks it for one moment, the roster engine for every shift."""

    zones: dict[int, ZoneInfo]  # program id → its time zone
    paused: dict[int, list[tuple[datetime, datetime | None]]]  # membership id → pause spans
    blackouts: dict[int, list[tuple[date, date]]]  # program id → periods a pause rule acts on
    now: datetime

    def reasons(self, member: Membership, start: datetime, end: datetime | None = None) -> list[str]:
        """Why `member` cannot be on duty from `start` to `end` (empty: they can): "not_current",
        "paused", "blackout"."""
        tz = self.zones[member.program_id]
        first_day = timezone.localtime(start, tz).date()
        last_day = timezone.localtime(end or start, tz).date()
        found = []
        if (
            member.status not in CURRENT_STATUSES
            or member.term_start > first_day
            or (member.expected_end is not None and member.expected_end < last_day)
        ):
            found.append("not_current")
        spans = self.paused.get(member.pk, [])
        # An open pause covers every later moment; a supporter marked paused with no pause record (from
        # before pauses were recorded) is off duty from now on.
        if any(s <= start and (e is None or e > start) for s, e in spans) or (
            member.status == MembershipStatus.PAUSED and not spans and start >= self.now
        ):
            found.append("paused")
        # Blackouts (exams) pause students; supervisors stay on call through them.
        if member.role == Role.SUPPORTER and any(
            a <= first_day <= b for a, b in self.blackouts.get(member.program_id, [])
        ):
            found.append("blackout")
        return found


def duty_calendar(memberships: Iterable[Membership], start: datetime, end: datetime) -> DutyCalendar:
    """What `DutyCalendar.reasons` needs for these memberships between `start` and `end` (three queries
    whatever their number: programs, pauses, blackouts)."""
    candidates = list(memberships)
    program_ids = {m.program_id for m in candidates}
    zones = {
        pk: ZoneInfo(name)
        for pk, name in Program.objects.filter(pk__in=program_ids).values_list("pk", "timezone")
    }
    paused: dict[int, list[tuple[datetime, datetime | None]]] = defaultdict(list)
    for member_id, started, ended in (
        Pause.objects.filter(
            membership_id__in=[m.pk for m in candidates], action=PauseAction.PAUSE, started_at__lte=end
        )
        .filter(Q(ended_at__isnull=True) | Q(ended_at__gt=start))
        .values_list("membership_id", "started_at", "ended_at")
    ):
        paused[member_id].append((started, ended))
    acting = PauseRule.objects.filter(
        program_id__in=program_ids, metric=PauseMetric.BLACKOUT, action=PauseAction.PAUSE, enabled=True
    ).values("program_id")
    blackouts: dict[int, list[tuple[date, date]]] = defaultdict(list)
    # A day's margin either side: local days differ from UTC ones.
    for program_id, first, last in BlackoutPeriod.objects.filter(
        program_id__in=acting,
        starts_on__lte=(end + timedelta(days=1)).date(),
        ends_on__gte=(start - timedelta(days=1)).date(),
    ).values_list("program_id", "starts_on", "ends_on"):
        blackouts[program_id].append((first, last))
    return DutyCalendar(zones, dict(paused), dict(blackouts), timezone.now())


def available_for_duty(memberships: Iterable[Membership], at: datetime) -> set[int]:
    """Which of these memberships can be on duty at `at`: current in their role, within their term, not
    paused then (an open pause covers every later moment), and — supporters — not inside a blackout
    period that a pause rule of their program acts on. Three queries whatever their number."""
    candidates = list(memberships)
    if not candidates:
        return set()
    calendar = duty_calendar(candidates, at, at)
    return {member.pk for member in candidates if not calendar.reasons(member, at)}


def is_available_for_duty(membership: Membership, at: datetime) -> bool:
    """The one answer to "can this person be on duty at time T" (rosters use it)."""
    return membership.pk in available_for_duty([membership], at)


# --- Events ----------------------------------------------------------------------------------------


def _event_metrics(sender: str, membership: Membership, instance: Any) -> frozenset[str] | None:
    """The rules an event can change (SPEC 3.4: "evaluation happens on each relevant event and
    periodically"); None for every rule.

    A submitted contact changes only the weekly contact hours, and only of a complete week (one before
    this Monday): its debrief falls due later, and supervision, training, academic standing and
    blackouts move with time and staff actions, which the 15-minute job (supervision/jobs.py) and those
    actions cover. Evaluating all seven rules on every contact was half of a contact POST's server time
    (docs/performance.md). Other events (a check-in) evaluate every rule."""
    if sender != "contact" or not isinstance(instance, Contact):
        return None
    today = membership.program.today()
    if instance.contact_date is not None and instance.contact_date >= today - timedelta(days=today.weekday()):
        return frozenset()
    return frozenset({PauseMetric.WEEKS_OVER_HOURS})


@receiver(supporter_activity)
def _on_activity(sender: str, membership: Membership, instance: Any = None, **kwargs: Any) -> None:
    if sender == "checkin" and isinstance(instance, CheckIn) and instance.wants_pause:
        self_pause(membership, by=membership.user, reason="I asked to pause in my weekly check-in.")
    metrics = _event_metrics(sender, membership, instance)
    if metrics is None or metrics:
        evaluate(membership.program, memberships=[membership], metrics=metrics)


@receiver(post_save, sender=Program)
def _program_created(
    sender: type[Program], instance: Program, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    if created and not raw:
        ensure_default_rules(instance)


@receiver(post_save, sender=Membership)
def _left(sender: object, instance: Membership, raw: bool = False, **kwargs: object) -> None:
    """Someone who leaves is no longer paused or flagged: their open pauses end, so the private reasons
    fall to the retention period like any other (SPEC 3.4) instead of being kept while nobody may
    review them."""
    if not raw and instance.status not in CURRENT_STATUSES:
        Pause.objects.filter(membership=instance, ended_at__isnull=True).update(
            ended_at=timezone.now(), end_kind=PauseEnd.LEFT
        )


@receiver(members_changed)
def _on_members_changed(
    sender: Any, program: Program, memberships: list[Membership] | None = None, **kwargs: Any
) -> None:
    evaluate(program, memberships=memberships)
