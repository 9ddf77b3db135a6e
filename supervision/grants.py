"""Nobody is left without a debriefer (issue 13, 6a).

A high or imminent risk contact from a supporter with no current supervisor would otherwise reach only
the coordinators, who may not read narratives. So the supervisors on call now are each granted that one
contact (`DebriefGrant`): to read its narrative, record the debrief that closes it, and sign off the
supporter's pending pause. The coordinators are asked to assign a supervisor. A grant ends when a
supervisor is assigned, or the grantee's or supporter's role ends; the selectors also refuse a grant in
any of those states, so an ending missed here still fails closed.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, Role, SupervisorAssignment
from program.notifications import notify
from supervision.models import Contact, DebriefGrant, GrantEnd, RosterRole
from supervision.rosters import on_call


def on_call_supervisor_memberships(contact: Contact) -> list[Membership]:
    """The current supervisor memberships on call now in the contact's program."""
    return [
        person.membership
        for item in on_call(contact.program, with_fallback=False).now[RosterRole.SUPERVISOR]
        for person in item.people
        if person.membership.status in CURRENT_STATUSES
        and person.membership.role == Role.SUPERVISOR
        and person.membership.user.is_active
    ]


def open_debrief_grants(contact: Contact) -> list[User]:
    """Grant the on-call supervisors this unsupervised supporter's contact and page them; ask the
    coordinators for a supervisor. Returns who was paged, so the caller tells nobody twice.
    Runs in the caller's transaction (the contact's escalation)."""
    program = contact.program
    grantees = on_call_supervisor_memberships(contact)
    for grantee in grantees:
        grant, created = DebriefGrant.objects.get_or_create(
            contact=contact,
            grantee=grantee,
            ended_at=None,
            defaults={"program": program, "supporter": contact.supporter},
        )
        if created:
            audit.record(
                None, AuditAction.CREATE, grant, program=program, summary="debrief grant: no supervisor"
            )
    notify(
        [m.user for m in grantees],
        kind="debrief_granted",
        link=reverse("contact-detail", args=[program.pk, contact.pk]),
        program=program,
    )
    coordinators = [
        m.user
        for m in Membership.objects.filter(
            program=program, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
        ).select_related("user")
    ]
    notify(
        coordinators,
        kind="supporter_unsupervised",
        link=reverse("member-assign", args=[program.pk, contact.supporter_id]),
        program=program,
    )
    return [m.user for m in grantees] + coordinators


def end_grants(grants: QuerySet[DebriefGrant], reason: str) -> int:
    """End the given open grants for `reason`, each audited."""
    open_ones = list(grants.filter(ended_at__isnull=True).select_related("program"))
    if not open_ones:
        return 0
    DebriefGrant.objects.filter(pk__in=[g.pk for g in open_ones]).update(
        ended_at=timezone.now(), end_reason=reason
    )
    audit.record_many(
        None,
        AuditAction.UPDATE,
        open_ones,
        program=open_ones[0].program,
        summary=f"debrief grant ended: {reason}",
    )
    return len(open_ones)


@receiver(post_save, sender=SupervisorAssignment)
def _supervisor_assigned(
    sender: object, instance: SupervisorAssignment, raw: bool = False, **kwargs: object
) -> None:
    if not raw and instance.ended_on is None:
        end_grants(
            DebriefGrant.objects.filter(supporter_id=instance.supporter_id), GrantEnd.SUPERVISOR_ASSIGNED
        )


@receiver(post_save, sender=Membership)
def _member_left(sender: object, instance: Membership, raw: bool = False, **kwargs: object) -> None:
    if raw or instance.status in CURRENT_STATUSES:
        return
    end_grants(DebriefGrant.objects.filter(grantee=instance), GrantEnd.GRANTEE_LEFT)
    end_grants(DebriefGrant.objects.filter(supporter=instance), GrantEnd.SUPPORTER_LEFT)
