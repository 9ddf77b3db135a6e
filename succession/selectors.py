"""Fetching paired with authorisation for succession planning (pages and API read through these).

- Key roles and their holders: any current member of the program who does program work (coordinator,
  supervisor, supporter, reviewer) — who to turn to is not a secret. Sponsors and applicants: none.
- Successors and their development actions: the program's coordinators, and the nominee themself.
- Handovers and their tasks: coordinators, the person handing over and the person taking over.
  (Own records only while the membership is current: someone who has left sees none of them.)
- Documents and their versions: any current member doing program work.
- The runway, continuity score and handover pack: coordinators.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from program.models import CURRENT_STATUSES, Membership, Program
from program.selectors import AnyUser, programs_with
from succession.models import (
    DevelopmentAction,
    Document,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    Successor,
)
from succession.services import PROGRAM_PEOPLE


def _signed_in(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def programs_worked_in(user: AnyUser) -> QuerySet[Program]:
    """Programs where the user holds a current role that does program work."""
    if not _signed_in(user):
        return Program.objects.none()
    return Program.objects.filter(
        pk__in=Membership.objects.filter(
            user_id=user.pk or 0, role__in=PROGRAM_PEOPLE, status__in=CURRENT_STATUSES
        ).values("program_id")
    )


def programs_coordinated_by(user: AnyUser) -> QuerySet[Program]:
    return programs_with(user, "manage_program")


def key_roles_visible_to(user: AnyUser) -> QuerySet[KeyRole]:
    return KeyRole.objects.filter(program__in=programs_worked_in(user))


def holders_visible_to(user: AnyUser) -> QuerySet[KeyRoleHolder]:
    return KeyRoleHolder.objects.filter(key_role__program__in=programs_worked_in(user))


def successors_visible_to(user: AnyUser) -> QuerySet[Successor]:
    if not _signed_in(user):
        return Successor.objects.none()
    return Successor.objects.filter(
        Q(key_role__program__in=programs_coordinated_by(user))
        | Q(membership__user_id=user.pk, membership__status__in=CURRENT_STATUSES)
    )


def development_actions_visible_to(user: AnyUser) -> QuerySet[DevelopmentAction]:
    return DevelopmentAction.objects.filter(successor__in=successors_visible_to(user))


def handovers_visible_to(user: AnyUser) -> QuerySet[Handover]:
    if not _signed_in(user):
        return Handover.objects.none()
    return Handover.objects.filter(
        Q(key_role__program__in=programs_coordinated_by(user))
        | Q(to_membership__user_id=user.pk, to_membership__status__in=CURRENT_STATUSES)
        | Q(from_membership__user_id=user.pk, from_membership__status__in=CURRENT_STATUSES)
    )


def handover_tasks_visible_to(user: AnyUser) -> QuerySet[HandoverTask]:
    return HandoverTask.objects.filter(handover__in=handovers_visible_to(user))


def documents_visible_to(user: AnyUser) -> QuerySet[Document]:
    return Document.objects.filter(program__in=programs_worked_in(user))


def document_versions_visible_to(user: AnyUser) -> QuerySet[DocumentVersion]:
    return DocumentVersion.objects.filter(document__in=documents_visible_to(user))
