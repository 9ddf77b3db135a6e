"""Dashboard panels the supervision module adds to each role's dashboard (see program/extensions.py)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest
from django.utils import timezone

from program.models import Membership, MembershipStatus
from supervision import selectors
from supervision.models import HIGH_RISK, CheckIn, Contact, ContactStatus, DebriefDue
from supervision.wellbeing import burden


def supporter_panel(request: HttpRequest, membership: Membership) -> dict[str, Any]:
    today = membership.program.today()
    week_of = today - timedelta(days=today.weekday())
    current = burden.current_burden([membership], membership.program, today)[membership.pk]
    return {
        "paused": membership.status == MembershipStatus.PAUSED,
        "drafts": Contact.objects.filter(supporter=membership, status=ContactStatus.DRAFT).count(),
        "checked_in": CheckIn.objects.filter(supporter=membership, week_of=week_of).exists(),
        "burden": current,
    }


def supervisor_panel(request: HttpRequest, membership: Membership) -> dict[str, Any]:
    supervisees = list(
        selectors.supporters_supervised_in(request.user, membership.program_id).select_related(
            "user", "program__burden_weights"
        )
    )
    # The supervisees bring their program's burden weights along, which keeps the dashboard within
    # its query budget now that on-call hours are part of the index.
    program = supervisees[0].program if supervisees else membership.program
    current = burden.current_burden(supervisees, program, program.today())
    ranked = sorted(supervisees, key=lambda member: -current[member.pk].index)[:5]
    debriefs = list(
        DebriefDue.objects.filter(supporter__in=supervisees, closed_at__isnull=True)
        .select_related("supporter__user", "contact")
        .order_by("due_at")
    )
    return {
        "ranked": [(member, current[member.pk]) for member in ranked],
        "debriefs": debriefs,
        "now": timezone.now(),
        "overdue_supervision": [
            member
            for member in supervisees
            if (days := current[member.pk].days_since_supervision) is None
            or days > program.supervision_interval_days
        ],
    }


def coordinator_panel(request: HttpRequest, membership: Membership) -> dict[str, Any]:
    program = membership.program
    month_start = program.today().replace(day=1)
    now = timezone.now()
    # The month is in the WHERE, so the count reads this month's contacts (an index range on the program
    # and date), not every contact the program ever had.
    contacts = Contact.objects.filter(
        program=program, status=ContactStatus.SUBMITTED, contact_date__gte=month_start
    ).aggregate(month=Count("id"), high=Count("id", filter=Q(risk_level__in=HIGH_RISK)))
    debriefs = DebriefDue.objects.filter(supporter__program=program, closed_at__isnull=True).aggregate(
        open=Count("id"), overdue=Count("id", filter=Q(due_at__lt=now))
    )
    return {"contacts": contacts, "debriefs": debriefs, "month_start": month_start}
