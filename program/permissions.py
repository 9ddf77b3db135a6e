"""Object permissions (django-guardian), kept in step with memberships and assignments.

Program-wide capabilities are granted to one auth group per (program, role); a
person is in that group while they hold a current membership of that role.
Supervision is granted per supporter membership to the assigned supervisor and
backup. Both live in direct foreign-key permission tables. The role × capability
matrix is documented in docs/permissions.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from program.models import (
    CURRENT_STATUSES,
    Membership,
    MembershipUserObjectPermission,
    Program,
    ProgramGroupObjectPermission,
    ProgramRoleGroup,
    Role,
    SupervisorAssignment,
)

# What each role may do program-wide. Anything not listed is refused.
ROLE_PROGRAM_PERMISSIONS: dict[str, tuple[str, ...]] = {
    Role.COORDINATOR: (
        "view_program",
        "manage_program",
        "view_program_members",
        "view_program_audit",
        "view_program_aggregates",
    ),
    Role.SUPERVISOR: ("view_program",),
    Role.SUPPORTER: ("view_program",),
    Role.APPLICANT: ("view_program",),
    Role.REVIEWER: ("view_program",),
    Role.SPONSOR: ("view_program", "view_program_aggregates"),
}
SUPERVISE = "supervise_membership"


def _program_permissions() -> dict[str, Permission]:
    content_type = ContentType.objects.get_for_model(Program)
    return {perm.codename: perm for perm in Permission.objects.filter(content_type=content_type)}


def ensure_role_groups(program: Program) -> dict[str, Group]:
    """Create the program's role groups and grant each its capabilities (idempotent)."""
    existing = {
        rg.role: rg.group for rg in ProgramRoleGroup.objects.filter(program=program).select_related("group")
    }
    permissions = _program_permissions()
    for role, codenames in ROLE_PROGRAM_PERMISSIONS.items():
        if role in existing:
            continue
        group = Group.objects.create(name=f"program-{program.pk}-{role}")
        ProgramRoleGroup.objects.create(program=program, role=role, group=group)
        ProgramGroupObjectPermission.objects.bulk_create(
            [
                ProgramGroupObjectPermission(
                    group=group, permission=permissions[code], content_object=program
                )
                for code in codenames
            ]
        )
        existing[role] = group
    return existing


def sync_member_groups(user_id: int, program: Program) -> None:
    """Put the user in exactly the role groups of the roles they currently hold in the program."""
    groups = ensure_role_groups(program)
    held = set(
        Membership.objects.filter(user_id=user_id, program=program, status__in=CURRENT_STATUSES).values_list(
            "role", flat=True
        )
    )
    user = get_user_model().objects.get(pk=user_id)
    user.groups.add(*[groups[role] for role in held])
    user.groups.remove(*[group for role, group in groups.items() if role not in held])


def _expected_supervisors(supporter: Membership) -> set[int]:
    """Users who should supervise this supporter: current primary and backup, while they are current."""
    if supporter.status not in CURRENT_STATUSES:
        return set()
    users: set[int] = set()
    for assignment in SupervisorAssignment.objects.filter(
        supporter=supporter, ended_on__isnull=True
    ).select_related("supervisor", "backup"):
        for supervisor in (assignment.supervisor, assignment.backup):
            if supervisor is not None and supervisor.status in CURRENT_STATUSES:
                users.add(supervisor.user_id)
    return users


def sync_supervision(supporter: Membership) -> None:
    """Grant `supervise_membership` on the supporter to exactly their current supervisors."""
    permission = Permission.objects.get(codename=SUPERVISE, content_type__app_label="program")
    expected = _expected_supervisors(supporter)
    current = set(
        MembershipUserObjectPermission.objects.filter(
            content_object=supporter, permission=permission
        ).values_list("user_id", flat=True)
    )
    MembershipUserObjectPermission.objects.filter(
        content_object=supporter, permission=permission, user_id__in=current - expected
    ).delete()
    MembershipUserObjectPermission.objects.bulk_create(
        [
            MembershipUserObjectPermission(user_id=user_id, permission=permission, content_object=supporter)
            for user_id in expected - current
        ]
    )


def sync_supervision_for(supporters: Iterable[Membership]) -> None:
    for supporter in supporters:
        sync_supervision(supporter)


@transaction.atomic
def rebuild_program_permissions(program: Program) -> None:
    """Recompute every grant of one program in bulk (after bulk loads, or to repair drift)."""
    groups = ensure_role_groups(program)
    user_model = get_user_model()
    through = user_model.groups.through
    group_ids = [group.pk for group in groups.values()]
    through.objects.filter(group_id__in=group_ids).delete()
    rows = {
        (user_id, groups[role].pk)
        for user_id, role in Membership.objects.filter(
            program=program, status__in=CURRENT_STATUSES
        ).values_list("user_id", "role")
    }
    through.objects.bulk_create([through(user_id=user_id, group_id=group_id) for user_id, group_id in rows])

    permission = Permission.objects.get(codename=SUPERVISE, content_type__app_label="program")
    MembershipUserObjectPermission.objects.filter(
        permission=permission, content_object__program=program
    ).delete()
    grants: set[tuple[int, int]] = set()
    assignments = SupervisorAssignment.objects.filter(
        program=program, ended_on__isnull=True, supporter__status__in=CURRENT_STATUSES
    ).select_related("supervisor", "backup")
    for assignment in assignments:
        for supervisor in (assignment.supervisor, assignment.backup):
            if supervisor is not None and supervisor.status in CURRENT_STATUSES:
                grants.add((supervisor.user_id, assignment.supporter_id))
    MembershipUserObjectPermission.objects.bulk_create(
        [
            MembershipUserObjectPermission(
                user_id=user_id, permission=permission, content_object_id=membership_id
            )
            for user_id, membership_id in grants
        ],
        batch_size=2000,
    )
