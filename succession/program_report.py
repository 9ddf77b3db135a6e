"""The program report PDF (SPEC 4.6) for a term or a year, for coordinators and sponsors: contacts by
month, concern, risk and action; active supporters by year level and site; supervision sessions; pauses
by trigger; roster coverage; the runway. Every figure is de-identified and small-cell suppressed
(succession/suppression.py): nothing individual — no names, no narratives, no per-person rows.

Every figure is a SQL aggregate over the range, so the number of queries stays fixed whatever the
size of the program (see `program_report_context`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db.models import Count, DurationField, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, Sum
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from weasyprint import HTML

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, MembershipStatus, Program, Role
from succession import charts, runway
from succession.suppression import Cell, CellState, small, suppress
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
from supervision.rosters import aware

MAX_RANGE = relativedelta(years=2)
YEAR_LEVELS = range(1, 8)
NOT_RECORDED = "Not recorded"
OTHER_SITES = "Other sites"


def check_range(first: date, last: date) -> None:
    """Refuse a range that ends before it starts or spans more than two years (named on the end field)."""
    if last < first:
        raise ValidationError({"to": "The end of the range cannot be before its start."})
    if last >= first + MAX_RANGE:
        raise ValidationError({"to": "The range cannot be longer than two years."})


def months_between(first: date, last: date) -> list[date]:
    """The first day of every calendar month the range touches."""
    month, months = first.replace(day=1), []
    while month <= last:
        months.append(month)
        month += relativedelta(months=1)
    return months


def month_spans(first: date, last: date) -> list[tuple[date, date]]:
    """The range cut at month ends: the first and last day of each month's part of it."""
    return [
        (max(month, first), min(month + relativedelta(months=1) - timedelta(days=1), last))
        for month in months_between(first, last)
    ]


def month_label(start: date, end: date) -> str:
    """“Mar 2026” for a whole month; “26–30 Nov 2025” for the part of one a range starts or ends in."""
    whole = start.day == 1 and (end + timedelta(days=1)).day == 1
    return f"{start:%b %Y}" if whole else f"{start.day}–{end.day} {start:%b %Y}"


def _contacts(program: Program, first: date, last: date, months: list[tuple[date, date]]) -> dict[str, int]:
    """Submitted contacts in the range: the total, each month's and each risk level's (one query)."""
    counts: dict[str, Any] = {"total": Count("id")}
    for n, (start, end) in enumerate(months):
        counts[f"m{n}"] = Count("id", filter=Q(contact_date__gte=start, contact_date__lte=end))
    for level in RiskLevel:
        counts[f"risk_{level.value}"] = Count("id", filter=Q(risk_level=level))
    return Contact.objects.filter(
        program=program, status=ContactStatus.SUBMITTED, contact_date__gte=first, contact_date__lte=last
    ).aggregate(**counts)


def _linked_counts(
    model: type[ContactConcern] | type[ContactAction], field: str, **where: Any
) -> dict[str, int]:
    """Rows of a contact's concerns or actions by value (one query)."""
    rows = model.objects.filter(**where).order_by().values(field).annotate(n=Count("id"))
    return {row[field]: row["n"] for row in rows}


def _supporters(program: Program, first: date, last: date) -> tuple[dict[str, int], dict[str, int]]:
    """Supporters whose term overlaps the range — current ones and alumni, who were supporters then —
    by year level (one query) and site (one). Ended memberships are left out: with no end date recorded,
    nobody can say whether they were serving in the range."""
    supporters = Membership.objects.filter(
        program=program,
        role=Role.SUPPORTER,
        status__in=[*CURRENT_STATUSES, MembershipStatus.ALUMNUS],
        term_start__lte=last,
    ).filter(Q(expected_end__isnull=True) | Q(expected_end__gte=first))
    by_year = supporters.aggregate(
        total=Count("id"),
        unknown=Count("id", filter=Q(year_level__isnull=True)),
        **{f"y{level}": Count("id", filter=Q(year_level=level)) for level in YEAR_LEVELS},
    )
    by_site: dict[str, int] = {}
    for row in supporters.order_by().values("clinical_site").annotate(n=Count("id")):
        # Stored values differing only in spaces are one site.
        site = row["clinical_site"].strip()
        by_site[site] = by_site.get(site, 0) + row["n"]
    return by_year, by_site


def _site_cells(by_site: dict[str, int], threshold: int) -> dict[str, int]:
    """Sites with at least `threshold` supporters by name; the rest pooled, so that a small site's name
    (and so the fact that someone there is a supporter) never appears."""
    cells: dict[str, int] = {}
    pooled = unrecorded = 0
    for site, n in sorted(by_site.items()):
        if not site:
            unrecorded += n
        elif n >= threshold:
            cells[site] = n
        else:
            pooled += n
    cells[OTHER_SITES] = pooled
    cells[NOT_RECORDED] = unrecorded
    return cells


def _sessions(program: Program, first: date, last: date) -> dict[str, int]:
    """Supervision sessions held in the range, by kind and purpose (one query)."""
    return SupervisionSession.objects.filter(
        program=program, held_on__gte=first, held_on__lte=last
    ).aggregate(
        total=Count("id"),
        **{f"kind_{k.value}": Count("id", filter=Q(kind=k)) for k in SessionKind},
        **{f"purpose_{p.value}": Count("id", filter=Q(purpose=p)) for p in SessionPurpose},
    )


def _pauses(program: Program, start: datetime, end: datetime) -> dict[str, int]:
    """Pauses started in the range by trigger, and flags for review (one query)."""
    pause = Q(action=PauseAction.PAUSE)
    return Pause.objects.filter(program=program, started_at__gte=start, started_at__lt=end).aggregate(
        total=Count("id", filter=pause),
        flags=Count("id", filter=Q(action=PauseAction.FLAG)),
        **{f"trigger_{t.value}": Count("id", filter=pause & Q(trigger=t)) for t in PauseTrigger},
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


def _runway_cells(forecast: runway.Runway, threshold: int) -> list[Cell]:
    """Expected supporters per month, each a count of people: “<5” where small."""
    return [
        Cell(f"{point.month:%b %Y}", CellState.SMALL, f"<{threshold}")
        if point.total < threshold
        else Cell(f"{point.month:%b %Y}", CellState.SHOWN, str(point.total), point.total)
        for point in forecast.points
    ]


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
    """Every figure of the report, suppressed and ready to print, for the days [first, last].

    Eleven queries whatever the data: contacts (total, by month, by risk), concerns, actions, supporters
    by year level, supporters by site, sessions, pauses, roster coverage, and the runway's three.
    """
    check_range(first, last)
    t, breakdown_t = program.suppression_threshold, program.breakdown_suppression_threshold
    tz = program.tzinfo
    start = aware(datetime.combine(first, time(0)), tz)
    end = aware(datetime.combine(last + timedelta(days=1), time(0)), tz)
    months = month_spans(first, last)

    contacts = _contacts(program, first, last, months)
    total = contacts["total"]
    in_range = {
        "contact__program": program,
        "contact__status": ContactStatus.SUBMITTED,
        "contact__contact_date__gte": first,
        "contact__contact_date__lte": last,
    }
    concerns = _linked_counts(ContactConcern, "category", **in_range)
    actions = _linked_counts(ContactAction, "action", **in_range)
    by_month = suppress(
        {month_label(*span): contacts[f"m{n}"] for n, span in enumerate(months)}, total, threshold=t
    )
    by_year, by_site = _supporters(program, first, last)
    supporters = by_year["total"]
    sessions = _sessions(program, first, last)
    pauses = _pauses(program, start, end)
    forecast = runway.forecast(program)
    runway_cells = _runway_cells(forecast, t)
    year_cells = {f"Year {level}": by_year[f"y{level}"] for level in YEAR_LEVELS}
    year_cells[NOT_RECORDED] = by_year["unknown"]
    return {
        "program": program,
        "first": first,
        "last": last,
        "generated": program.today(),
        "threshold": t,
        "breakdown_threshold": breakdown_t,
        "contacts_total": small(total, t),
        "by_month": by_month,
        "by_month_chart": cells_chart(
            by_month.cells, title=f"Contacts by month, {first:%-d %b %Y} to {last:%-d %b %Y}", threshold=t
        ),
        # Each contact has one risk level: the levels add up to the contacts.
        "by_risk": suppress(
            {level.label: contacts[f"risk_{level.value}"] for level in RiskLevel}, total, threshold=t
        ),
        # A contact can raise several concerns and take several actions: these count contacts per
        # concern (or action), add up to more than the contacts, and their sum is never shown.
        "by_concern": suppress(
            {c.label: concerns.get(c.value, 0) for c in Concern}, total, threshold=t, additive=False
        ),
        "by_action": suppress(
            {a.label: actions.get(a.value, 0) for a in Action}, total, threshold=t, additive=False
        ),
        "supporters_total": small(supporters, t),
        "by_year": suppress(year_cells, supporters, threshold=breakdown_t, total_threshold=t),
        "by_site": suppress(
            _site_cells(by_site, breakdown_t), supporters, threshold=breakdown_t, total_threshold=t
        ),
        "sessions_total": small(sessions["total"], t),
        "by_kind": suppress(
            {k.label: sessions[f"kind_{k.value}"] for k in SessionKind}, sessions["total"], threshold=t
        ),
        "by_purpose": suppress(
            {p.label: sessions[f"purpose_{p.value}"] for p in SessionPurpose}, sessions["total"], threshold=t
        ),
        "pauses_total": small(pauses["total"], t),
        "by_trigger": suppress(
            {tr.label: pauses[f"trigger_{tr.value}"] for tr in PauseTrigger}, pauses["total"], threshold=t
        ),
        "flags": small(pauses["flags"], t),
        "coverage": _coverage(program, start, end),
        "runway": forecast,
        "runway_cells": runway_cells,
        "runway_chart": cells_chart(
            runway_cells,
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
