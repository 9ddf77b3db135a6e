"""Scheduler jobs of the succession module."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.urls import reverse

from program.models import CURRENT_STATUSES, Membership, Program, Role
from program.notifications import notify
from program.scheduler import JobCounts, scheduled_job
from succession import continuity
from succession.models import ContinuityAlert


def risk_keys(assessed: continuity.Continuity) -> list[str]:
    """Each current risk of the program as a stable key (the details are on the continuity page, which
    the notification links to: SPEC 3.7 keeps them out of stored and e-mailed text)."""
    risks: list[str] = []
    for risk in assessed.roles:
        role = risk.role
        if risk.single_holder:
            risks.append(f"role:{role.pk}:single")
        if risk.concentrated:
            risks.append(f"role:{role.pk}:concentrated")
        if risk.leaving:
            risks.append(f"role:{role.pk}:leaving")
    risks.extend(f"document:{document.pk}:stale" for document in assessed.stale_documents)
    runway = assessed.runway
    if runway.runway_month is not None:
        risks.append(f"runway:{runway.runway_month:%Y-%m}")
    return risks


def check_program(program: Program, now: datetime) -> int:
    """Announce the program's new continuity risks (once each) to its coordinators, and the score and the
    number of risks — nothing about anyone — to its sponsors. Returns the number of new risks."""
    assessed = continuity.assess(program)
    current = risk_keys(assessed)
    with transaction.atomic():
        open_alerts = dict(
            ContinuityAlert.objects.select_for_update()
            .filter(program=program, cleared_at__isnull=True)
            .values_list("key", "pk")
        )
        ContinuityAlert.objects.filter(
            pk__in=[pk for key, pk in open_alerts.items() if key not in current]
        ).update(cleared_at=now)
        new = [key for key in current if key not in open_alerts]
        if not new:
            return 0
        ContinuityAlert.objects.bulk_create(
            ContinuityAlert(program=program, key=key, alerted_at=now) for key in new
        )
        people = {
            role: [
                m.user
                for m in Membership.objects.filter(
                    program=program, role=role, status__in=CURRENT_STATUSES
                ).select_related("user")
            ]
            for role in (Role.COORDINATOR, Role.SPONSOR)
        }
        notify(
            people[Role.COORDINATOR],
            kind="continuity_risk",
            link=reverse("continuity", args=[program.pk]),
            program=program,
        )
        notify(
            people[Role.SPONSOR],
            kind="continuity_score",
            program=program,
        )
    return len(new)


@scheduled_job("succession_checks", hour=20, minute=0)
def succession_checks(now: datetime) -> JobCounts:
    """Daily (early morning in Australia): each program's continuity risks, new ones announced once."""
    programs = list(Program.objects.all())
    return {"programs": len(programs), "new_risks": sum(check_program(program, now) for program in programs)}
