"""The supervisor report PDF for one supporter (WeasyPrint), for use in supervision sessions.

It carries structured figures, check-ins and the burden trend — never narratives, which stay
in the app, encrypted and time-limited. Generating it is audited as an export.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db.models import Count, Prefetch, Q, Sum
from django.template.loader import render_to_string
from weasyprint import HTML

from program import audit
from program.models import AuditAction, Membership
from supervision.models import (
    HIGH_RISK,
    CheckIn,
    Concern,
    Contact,
    ContactConcern,
    ContactStatus,
    DebriefDue,
    Roster,
    Shift,
    ShiftAssignment,
    SupervisionSession,
)
from supervision.wellbeing import burden, charts


def supporter_report(supporter: Membership, *, by: User, today: date) -> bytes:
    program = supporter.program
    weeks = burden.last_weeks(today)
    series = burden.weekly_burden([supporter], program, weeks, today)[supporter.pk]
    since = weeks[0]
    contacts = Contact.objects.filter(
        supporter=supporter, status=ContactStatus.SUBMITTED, contact_date__gte=since
    )
    totals = contacts.aggregate(
        n=Count("id"),
        minutes=Sum("duration_minutes"),
        high=Count("id", filter=Q(risk_level__in=HIGH_RISK)),
    )
    concerns = (
        ContactConcern.objects.filter(contact__in=contacts)
        .order_by()
        .values("category")
        .annotate(n=Count("id"))
        .order_by("-n")
    )
    audit.record(by, AuditAction.EXPORT, supporter, program=program, summary="supervisor report PDF")
    html = render_to_string(
        "supervision/report.html",
        {
            "supporter": supporter,
            "program": program,
            "today": today,
            "since": since,
            "current": series[-1],
            "series": series,
            "trend_svg": charts.trend(
                [row.index for row in series], weeks, title="Burden index", threshold=burden.HIGH
            ),
            "totals": totals,
            "hours": (totals["minutes"] or 0) / 60,
            "concerns": [(Concern(row["category"]).label, row["n"]) for row in concerns],
            "checkins": CheckIn.objects.filter(supporter=supporter, week_of__gte=since - timedelta(days=7)),
            "debriefs": DebriefDue.objects.filter(supporter=supporter, closed_at__isnull=True),
            "sessions": SupervisionSession.objects.filter(
                supporters=supporter, held_on__gte=since
            ).select_related("supervisor__user"),
        },
    )
    return HTML(string=html).write_pdf()


def roster_pdf(roster: Roster, *, by: User) -> bytes:
    """A printable roster: each day's shifts and who is on them, in the program's time zone."""
    program = roster.program
    tz = program.tzinfo
    shifts = (
        Shift.objects.filter(roster=roster, cancelled_at__isnull=True)
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=ShiftAssignment.objects.filter(ended_at__isnull=True).select_related(
                    "membership__user"
                ),
                to_attr="current",
            )
        )
        .order_by("starts_at", "role")
    )
    days: dict[date, list[tuple[str, str, str, str]]] = {}
    for shift in shifts:
        local_start, local_end = shift.starts_at.astimezone(tz), shift.ends_at.astimezone(tz)
        people = ", ".join(a.membership.display_name for a in shift.current) or "— nobody —"
        days.setdefault(local_start.date(), []).append(
            (f"{local_start:%H:%M}", f"{local_end:%H:%M}", shift.name, people)
        )
    audit.record(by, AuditAction.EXPORT, roster, program=program, summary="roster PDF")
    html = render_to_string(
        "supervision/rosters/print.html", {"program": program, "roster": roster, "days": sorted(days.items())}
    )
    return HTML(string=html).write_pdf()
