"""Nobody is left without a debriefer (issue 13, 6a).

A high or imminent risk contact from a supporter with no current supervisor would otherwise reach only
the coordinators, who may not read narratives. So the supervisors on call now are each granted that one
contact (`DebriefGrant`): to read its narrative, record the debrief that closes it, and sign off the
supporter's pending pause. The coordinators are asked to assign a supervisor. A grant ends when a
supervisor is assigned, or the grantee's or supporter's role ends; the selectors also refuse a grant in
any of those states, so an ending missed here still fails closed.

Grants follow the roster while the debrief stays open: whoever comes on call later (the next night's
supervisor, or anyone at all when nobody was on call at the contact) is granted it too by the
`debrief_grants_follow_on_call` job, so an open debrief is never left with only people now off shift.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, Program, Role, SupervisorAssignment
from program.notifications import notify
from supervision.models import Contact, DebriefDue, DebriefGrant, GrantEnd, RosterRole
from supervision.rosters.services import on_call


def on_call_supervisor_memberships(contact: Contact) -> list[Membership]:
    """The current supervisor memberships on call now in the contact's program."""
    return _on_call_supervisors(contact.program)


def _on_call_supervisors(program: Program, at: datetime | None = None) -> list[Membership]:
    return [
        person.membership
        for item in on_call(program, at, with_fallback=False).now[RosterRole.SUPERVISOR]
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


def follow_on_call(now: datetime) -> int:
    """Grant every open debrief of a supporter who still has no supervisor to the supervisors on call
    now who do not hold it yet, and tell them. Returns the number of grants made. One program at a
    time, each in its own transaction; safe to repeat (an existing open grant is never made twice)."""
    supervised = SupervisorAssignment.objects.filter(supporter=OuterRef("supporter"), ended_on__isnull=True)
    waiting: dict[int, list[DebriefDue]] = defaultdict(list)
    for debrief in (
        DebriefDue.objects.filter(closed_at__isnull=True, supporter__status__in=CURRENT_STATUSES)
        .filter(~Exists(supervised))
        .select_related("contact__program")
    ):
        waiting[debrief.contact.program_id].append(debrief)
    made = 0
    for debriefs in waiting.values():
        made += _grant_to_on_call(debriefs, now)
    return made


def _grant_to_on_call(debriefs: list[DebriefDue], now: datetime) -> int:
    program = debriefs[0].contact.program
    on_call_now = _on_call_supervisors(program, now)
    if not on_call_now:
        return 0
    with transaction.atomic():
        held = set(
            DebriefGrant.objects.filter(
                contact_id__in=[d.contact_id for d in debriefs], ended_at__isnull=True
            ).values_list("contact_id", "grantee_id")
        )
        new = [
            DebriefGrant(program=program, contact_id=d.contact_id, supporter_id=d.supporter_id, grantee=m)
            for d in debriefs
            for m in on_call_now
            if (d.contact_id, m.pk) not in held
        ]
        if not new:
            return 0
        DebriefGrant.objects.bulk_create(new)
        audit.record_many(
            None, AuditAction.CREATE, new, program=program, summary="debrief grant: came on call"
        )
        granted: dict[int, list[User]] = defaultdict(list)
        for grant in new:
            granted[grant.contact_id].append(grant.grantee.user)
        for contact_id, users in granted.items():
            notify(
                users,
                kind="debrief_granted",
                link=reverse("contact-detail", args=[program.pk, contact_id]),
                program=program,
            )
    return len(new)


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
