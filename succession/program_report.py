"""The program report PDF (SPEC 4.6) for a term or a year, for coordinators and sponsors: contacts by
month, concern, risk and action; active supporters by year level and site; supervision sessions; pauses
by trigger; roster coverage; the runway. Every figure is de-identified and small-cell suppressed
(succession/suppression.py): nothing individual — no names, no narratives, no per-person rows.

Every figure is a SQL aggregate over the range, so the number of queries stays fixed whatever the
size of the program (see `program_report_context`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, Sum
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import SafeString
from weasyprint import HTML

from program import audit
from program.aggregates import BOUND, perturbed, record_key, suppressed
from program.models import CURRENT_STATUSES, AuditAction, Membership, MembershipStatus, Program, Role
from succession import charts, runway
from succession.suppression import Cell, CellState, suppress
from supervision.models import (
    Action,
    Concern,
    Contact,
    ContactAction,
    ContactConcern,
    ContactStatus,
    Pause,
    PauseAction,
    PauseTrigger,
    RiskLevel,
    RosterRole,
    RosterStatus,
    SessionKind,
    SessionPurpose,
    Shift,
    ShiftAssignment,
    SupervisionSession,
)
from supervision.rosters.services import aware

MAX_MONTHS = 24
YEAR_LEVELS = range(1, 8)
NOT_RECORDED = "Not recorded"
OTHER_SITES = "Other sites"


def check_period(first: date, last: date, today: date) -> None:
    """Refuse a period a report may not cover, naming the field: reports cover whole calendar months that
    have ended (at most 24), so every figure is a sum of the same perturbed month cells
    (docs/privacy.md) and no two reports differ by a part of a month."""
    errors: dict[str, str] = {}
    if first.day != 1:
        errors["from"] = "A report starts on the first day of a month (for example 2026-03-01)."
    if (last + timedelta(days=1)).day != 1:
        errors["to"] = "A report ends on the last day of a month (for example 2026-03-31)."
    elif last >= today:
        latest = today.replace(day=1) - timedelta(days=1)
        errors["to"] = f"A report covers only months that have ended: end it by {latest}."
    if not errors and last < first:
        errors["to"] = "The end of the range cannot be before its start."
    if not errors and last >= first + relativedelta(months=MAX_MONTHS):
        errors["to"] = "The range cannot be longer than two years."
    if errors:
        raise ValidationError(errors)


def months_between(first: date, last: date) -> list[date]:
    """The first day of every calendar month the range touches."""
    month, months = first.replace(day=1), []
    while month <= last:
        months.append(month)
        month += relativedelta(months=1)
    return months


class MonthCells:
    """Perturbed counts of one kind of record by (month, category): the cells every report is summed
    from, so a month's cell is the same number in every report that covers the month."""

    def __init__(self, kind: str, rows: Iterable[tuple[int, date | None, str]]) -> None:
        keys: dict[tuple[date, str], list[int]] = defaultdict(list)
        for pk, day, category in rows:
            assert day is not None, "every query here filters on a date range"
            keys[(day.replace(day=1), category)].append(record_key(kind, pk))
        self.cells = {cell: perturbed(cell_keys) for cell, cell_keys in keys.items()}

    def count(self, category: str, months: Iterable[date]) -> int:
        """One category over the given months."""
        return sum(self.cells.get((month, category), 0) for month in months)

    def month(self, month: date, categories: Iterable[str]) -> int:
        """One month over the given categories (a partition of the records: their total)."""
        return sum(self.cells.get((month, category), 0) for category in categories)


def _contacts(program: Program, first: date, last: date) -> tuple[MonthCells, MonthCells, MonthCells]:
    """Submitted contacts in the range by month and risk level, concern and action (three queries)."""
    in_range = {
        "contact__program": program,
        "contact__status": ContactStatus.SUBMITTED,
        "contact__contact_date__gte": first,
        "contact__contact_date__lte": last,
    }
    contacts = Contact.objects.filter(
        program=program, status=ContactStatus.SUBMITTED, contact_date__gte=first, contact_date__lte=last
    ).values_list("pk", "contact_date", "risk_level")
    # A concern's (or action's) cell holds contacts, so it is keyed by the contacts' keys.
    concerns = ContactConcern.objects.filter(**in_range).values_list(
        "contact_id", "contact__contact_date", "category"
    )
    actions = ContactAction.objects.filter(**in_range).values_list(
        "contact_id", "contact__contact_date", "action"
    )
    return MonthCells("contact", contacts), MonthCells("contact", concerns), MonthCells("contact", actions)


@dataclass(frozen=True)
class Supporters:
    """Perturbed counts of the supporters of a period, by year level and by site (their own cells: people
    serve across months, so these are not sums of months)."""

    by_year: dict[str, int]
    by_site: dict[str, int]


def _supporters(program: Program, first: date, last: date, threshold: int) -> Supporters:
    """Supporters whose term overlaps the range — current ones and alumni, who were supporters then —
    by year level and site (one query). Ended memberships are left out: with no end date recorded,
    nobody can say whether they were serving in the range."""
    supporters = Membership.objects.filter(
        program=program,
        role=Role.SUPPORTER,
        status__in=[*CURRENT_STATUSES, MembershipStatus.ALUMNUS],
        term_start__lte=last,
    ).filter(Q(expected_end__isnull=True) | Q(expected_end__gte=first))
    by_year: dict[str, list[int]] = {f"Year {level}": [] for level in YEAR_LEVELS}
    by_year[NOT_RECORDED] = []
    by_site: dict[str, list[int]] = defaultdict(list)
    for pk, year_level, site in supporters.values_list("pk", "year_level", "clinical_site"):
        key = record_key("membership", pk)
        by_year[NOT_RECORDED if year_level is None else f"Year {year_level}"].append(key)
        # Stored values differing only in spaces are one site.
        by_site[site.strip()].append(key)
    return Supporters(
        {label: perturbed(keys) for label, keys in by_year.items()}, _site_cells(by_site, threshold)
    )


def _site_cells(by_site: dict[str, list[int]], threshold: int) -> dict[str, int]:
    """Sites whose perturbed count reaches `threshold` by name; the rest pooled, so that a small site's
    name (and so the fact that someone there is a supporter) never appears."""
    cells: dict[str, int] = {}
    pooled: list[int] = []
    for site, keys in sorted(by_site.items()):
        if site and perturbed(keys) >= threshold:
            cells[site] = perturbed(keys)
        elif site:
            pooled += keys
    cells[OTHER_SITES] = perturbed(pooled)
    cells[NOT_RECORDED] = perturbed(by_site.get("", []))
    return cells


def _sessions(program: Program, first: date, last: date) -> tuple[MonthCells, MonthCells]:
    """Supervision sessions held in the range, by month and kind, and by month and purpose (one query)."""
    rows = list(
        SupervisionSession.objects.filter(program=program, held_on__gte=first, held_on__lte=last).values_list(
            "pk", "held_on", "kind", "purpose"
        )
    )
    return (
        MonthCells("session", ((pk, day, kind) for pk, day, kind, _ in rows)),
        MonthCells("session", ((pk, day, purpose) for pk, day, _, purpose in rows)),
    )


FLAG = "flag"


def _pauses(program: Program, start: datetime, end: datetime) -> MonthCells:
    """Pauses started in the range by month and trigger, and flags for review as the category "flag"
    (one query). Months are the program's."""
    rows = Pause.objects.filter(program=program, started_at__gte=start, started_at__lt=end).values_list(
        "pk", "started_at", "action", "trigger"
    )
    return MonthCells(
        "pause",
        (
            (
                pk,
                timezone.localtime(started, program.tzinfo).date(),
                trigger if action == PauseAction.PAUSE else FLAG,
            )
            for pk, started, action, trigger in rows
        ),
    )


@dataclass(frozen=True)
class Coverage:
    """Published, uncancelled shifts starting in the range. Shift counts and hours, not people."""

    supervisor_hours: float
    covered_hours: float
    shifts: int
    short_shifts: int

    @property
    def covered_percent(self) -> int | None:
        if not self.supervisor_hours:
            return None
        return round(100 * self.covered_hours / self.supervisor_hours)


def _coverage(program: Program, start: datetime, end: datetime) -> Coverage:
    """Supervisor on-call hours and how many had someone on them; shifts left short (one query)."""
    open_assignments = ShiftAssignment.objects.filter(shift=OuterRef("pk"), ended_at__isnull=True)
    # People on each shift now (NULL when nobody is).
    staffed = Subquery(open_assignments.order_by().values("shift").annotate(n=Count("id")).values("n"))
    length = ExpressionWrapper(F("ends_at") - F("starts_at"), output_field=DurationField())
    supervisor = Q(role=RosterRole.SUPERVISOR)
    totals = (
        Shift.objects.filter(
            program=program,
            roster__status=RosterStatus.PUBLISHED,
            cancelled_at__isnull=True,
            starts_at__gte=start,
            starts_at__lt=end,
        )
        .annotate(someone=Exists(open_assignments), people=staffed)
        .aggregate(
            supervisor=Sum(length, filter=supervisor),
            covered=Sum(length, filter=supervisor & Q(someone=True)),
            shifts=Count("id"),
            # No open assignment at all leaves `people` NULL: short too.
            short=Count("id", filter=Q(people__isnull=True) | Q(people__lt=F("min_people"))),
        )
    )

    def hours(value: timedelta | None) -> float:
        return (value or timedelta()).total_seconds() / 3600

    return Coverage(hours(totals["supervisor"]), hours(totals["covered"]), totals["shifts"], totals["short"])


@dataclass(frozen=True)
class PublishedRunway:
    """The runway as a sponsor may see it: every month's expected supporters perturbed, and the first
    month below the minimum and the intake date read from those figures — read from the true ones, they
    would tell on which side of the minimum a perturbed figure's true count lies."""

    cells: list[Cell]
    runway_month: date | None
    recommended_intake_opens: date | None


def _runway(program: Program, forecast: runway.Runway, threshold: int) -> PublishedRunway:
    """Expected supporters per month, each a count of people perturbed as one cell (one query): the
    supporters on the books and the expected arrivals (intake targets and offers). The arrivals are in
    the cell, not added after it: added exactly, the step between two months with the same people on the
    books would be the exact number joining, however small. “<5” where small."""
    # Active supporters only, as the runway and the home pages count them (paused ones are not).
    members = list(
        runway.supporters_on_the_books(program)
        .filter(status=MembershipStatus.ACTIVE)
        .values_list("pk", "term_start", "expected_end")
    )
    cells, runway_month = [], None
    for n, point in enumerate(forecast.points):
        # Each month is measured on its first day, the current month today (as runway.forecast does).
        day = forecast.today if n == 0 else point.month
        keys = [
            record_key("membership", pk)
            for pk, start, end in members
            if start <= day and (end is None or end >= day)
        ]
        # An arrival has no record yet (an offer may not be answered, a target not filled): the n-th
        # expected arrival of the program keys itself, so the same forecast always gets the same noise.
        arrivals = [record_key(f"runway-arrival:{program.pk}", i) for i in range(point.joining)]
        total = perturbed(keys + arrivals)
        if runway_month is None and total < forecast.minimum:
            runway_month = point.month
        label = f"{point.month:%b %Y}"
        cells.append(
            Cell(label, CellState.SMALL, f"<{threshold}")
            if total < threshold
            else Cell(label, CellState.SHOWN, str(total), total)
        )
    recommended = None
    if runway_month is not None:
        recommended = max(runway_month - timedelta(weeks=forecast.lead_weeks), forecast.today)
    return PublishedRunway(cells, runway_month, recommended)


def cells_chart(cells: list[Cell], *, title: str, threshold: int, minimum: int | None = None) -> SafeString:
    """Bars for shown counts only. A “<t” cell is drawn as a dashed outline up to t (all it says is
    “fewer than t”); a “—” cell has no bar, only its mark. So the chart shows nothing the table hides."""
    return charts.bar_chart(
        [
            charts.Bar(
                cell.label,
                cell.count if cell.state == CellState.SHOWN else None,
                text=cell.text,
                outline_to=threshold if cell.state == CellState.SMALL else None,
            )
            for cell in cells
        ],
        summary=title,
        minimum=minimum,
        label_every=max(1, -(-len(cells) // 12)),
    )


def program_report_context(program: Program, first: date, last: date) -> dict[str, Any]:
    """Every figure of the report, perturbed, suppressed and ready to print, for the whole months
    [first, last] (check_period).

    Ten queries whatever the data: contacts, their concerns, their actions, supporters, sessions,
    pauses, roster coverage, and the runway's three and its supporters' terms.
    """
    check_period(first, last, program.today())
    t, breakdown_t = program.suppression_threshold, program.breakdown_suppression_threshold
    tz = program.tzinfo
    start = aware(datetime.combine(first, time(0)), tz)
    end = aware(datetime.combine(last + timedelta(days=1), time(0)), tz)
    months = months_between(first, last)

    contacts, concerns, actions = _contacts(program, first, last)
    # Every contact has one risk level, so the risk cells are the contacts' partition and their sums are
    # the totals: the month rows and the risk rows add up to the same total.
    levels = [level.value for level in RiskLevel]
    by_month = {f"{month:%b %Y}": contacts.month(month, levels) for month in months}
    total = sum(by_month.values())
    supporters = _supporters(program, first, last, breakdown_t)
    supporters_total = sum(supporters.by_year.values())
    kinds, purposes = _sessions(program, first, last)
    sessions_total = sum(kinds.count(k.value, months) for k in SessionKind)
    pauses = _pauses(program, start, end)
    pauses_total = sum(pauses.count(tr.value, months) for tr in PauseTrigger)
    forecast = runway.forecast(program)
    published_runway = _runway(program, forecast, t)
    suppressed_by_month = suppress(by_month, total, threshold=t)
    return {
        "program": program,
        "first": first,
        "last": last,
        "generated": program.today(),
        "threshold": t,
        "breakdown_threshold": breakdown_t,
        "noise_bound": BOUND,
        "contacts_total": suppressed(total, t),
        "by_month": suppressed_by_month,
        "by_month_chart": cells_chart(
            suppressed_by_month.cells,
            title=f"Contacts by month, {first:%-d %b %Y} to {last:%-d %b %Y}",
            threshold=t,
        ),
        "by_risk": suppress(
            {level.label: contacts.count(level.value, months) for level in RiskLevel}, total, threshold=t
        ),
        # A contact can raise several concerns and take several actions: these count contacts per
        # concern (or action), add up to more than the contacts, and their sum is never shown. No row
        # is shown above the contacts' total, which perturbation alone could do.
        "by_concern": suppress(
            {c.label: min(concerns.count(c.value, months), total) for c in Concern},
            total,
            threshold=t,
            additive=False,
        ),
        "by_action": suppress(
            {a.label: min(actions.count(a.value, months), total) for a in Action},
            total,
            threshold=t,
            additive=False,
        ),
        "supporters_total": suppressed(supporters_total, t),
        "by_year": suppress(supporters.by_year, supporters_total, threshold=breakdown_t, total_threshold=t),
        "by_site": suppress(
            supporters.by_site, sum(supporters.by_site.values()), threshold=breakdown_t, total_threshold=t
        ),
        "sessions_total": suppressed(sessions_total, t),
        "by_kind": suppress(
            {k.label: kinds.count(k.value, months) for k in SessionKind}, sessions_total, threshold=t
        ),
        "by_purpose": suppress(
            {p.label: purposes.count(p.value, months) for p in SessionPurpose},
            sum(purposes.count(p.value, months) for p in SessionPurpose),
            threshold=t,
        ),
        "pauses_total": suppressed(pauses_total, t),
        "by_trigger": suppress(
            {tr.label: pauses.count(tr.value, months) for tr in PauseTrigger}, pauses_total, threshold=t
        ),
        "flags": suppressed(pauses.count(FLAG, months), t),
        "coverage": _coverage(program, start, end),
        "runway": forecast,
        "runway_cells": published_runway.cells,
        "runway_month": published_runway.runway_month,
        "recommended_intake_opens": published_runway.recommended_intake_opens,
        "runway_chart": cells_chart(
            published_runway.cells,
            title=f"Expected active supporters by month from {forecast.points[0].month:%B %Y}",
            threshold=t,
            minimum=forecast.minimum,
        ),
    }


def filename(first: date, last: date) -> str:
    return f"program-report-{first}-to-{last}.pdf"


def program_report_pdf(program: Program, first: date, last: date, *, by: User) -> bytes:
    """The report as a PDF; generating it is audited as an export."""
    context = program_report_context(program, first, last)
    audit.record(
        by, AuditAction.EXPORT, program, program=program, summary=f"program report PDF {first} to {last}"
    )
    return HTML(string=render_to_string("succession/program_report.html", context)).write_pdf()
