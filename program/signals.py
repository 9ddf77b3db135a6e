"""Keep object permissions and defaults in step with the rows they derive from.

Signals (rather than service calls) so that every path — services, the admin,
factories — grants and revokes alike.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver

from program import permissions
from program.directory import seed_default_services
from program.models import Membership, Program, Role, SupervisorAssignment

# Sent by program services when something modules built on `program` judge members by has changed —
# training records or requirements, academic standing — with `program` and `memberships` (None: all of
# the program's members). Pause rules re-evaluate on it.
members_changed = Signal()


@receiver(post_save, sender=Program)
def program_created(
    sender: type[Program], instance: Program, created: bool, raw: bool, **kwargs: Any
) -> None:
    if created and not raw:
        permissions.ensure_role_groups(instance)
        seed_default_services(instance)


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
def membership_changed(
    sender: type[Membership], instance: Membership, raw: bool = False, **kwargs: Any
) -> None:
    if raw:
        return
    permissions.sync_member_groups(instance.user_id, instance.program)
    if kwargs.get("signal") is post_delete:
        return
    if instance.role == Role.SUPPORTER:
        permissions.sync_supervision(instance)
    elif instance.role == Role.SUPERVISOR:
        supervisees = Membership.objects.filter(
            Q(supervision_assignments__supervisor=instance) | Q(supervision_assignments__backup=instance),
            supervision_assignments__ended_on__isnull=True,
        )
        permissions.sync_supervision_for(supervisees.distinct())


@receiver(post_save, sender=SupervisorAssignment)
def assignment_changed(
    sender: type[SupervisorAssignment], instance: SupervisorAssignment, raw: bool, **kwargs: Any
) -> None:
    if not raw:
        permissions.sync_supervision(instance.supporter)
