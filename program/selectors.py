"""Selectors pair fetching with authorisation: every page and endpoint reads through them.

They never consult superuser status or global permissions: a site administrator
manages programs in the Django admin but sees in the app only what their own
memberships allow. Out-of-scope objects are simply absent, so lookups 404.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404
from guardian.shortcuts import get_objects_for_user

from program.models import (
    AuditEvent,
    Membership,
    Notification,
    Program,
    ReferralService,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
)

AnyUser = AbstractBaseUser | AnonymousUser


def _signed_in(user: AnyUser) -> bool:
    return bool(user.is_authenticated and user.is_active)


def programs_with(user: AnyUser, codename: str) -> QuerySet[Program]:
    """Programs on which the user holds the object permission `codename` through a current role."""
    if not _signed_in(user):
        return Program.objects.none()
    return get_objects_for_user(
        user, f"program.{codename}", Program, with_superuser=False, accept_global_perms=False
    )


def programs_visible_to(user: AnyUser) -> QuerySet[Program]:
    """Programs in which the user holds any current role."""
    return programs_with(user, "view_program")


def get_program_for_user_or_404(user: AnyUser, pk: int, codename: str = "view_program") -> Program:
    """The program, if the user holds `codename` on it; otherwise 404."""
    return get_object_or_404(programs_with(user, codename).select_related("institution"), pk=pk)


def supervised_memberships(user: AnyUser) -> QuerySet[Membership]:
    """Supporter memberships the user currently supervises (as primary or backup)."""
    if not _signed_in(user):
        return Membership.objects.none()
    return get_objects_for_user(
        user,
        "program.supervise_membership",
        Membership,
        use_groups=False,
        with_superuser=False,
        accept_global_perms=False,
    )


def memberships_visible_to(user: AnyUser) -> QuerySet[Membership]:
    """Own memberships, those of supervisees, and all of a program whose members the user may see."""
    if not _signed_in(user):
        return Membership.objects.none()
    return Membership.objects.filter(
        Q(user=user)
        | Q(program__in=programs_with(user, "view_program_members"))
        | Q(pk__in=supervised_memberships(user).values("pk"))
    )


def get_membership_for_user_or_404(user: AnyUser, pk: int) -> Membership:
    return get_object_or_404(memberships_visible_to(user).select_related("user", "program"), pk=pk)


def supervisor_assignments_visible_to(user: AnyUser) -> QuerySet[SupervisorAssignment]:
    """Assignments in programs the user manages, and those naming the user as supporter or supervisor."""
    if not _signed_in(user):
        return SupervisorAssignment.objects.none()
    return SupervisorAssignment.objects.filter(
        Q(program__in=programs_with(user, "view_program_members"))
        | Q(supporter__user=user)
        | Q(supervisor__user=user)
        | Q(backup__user=user)
    )


def training_modules_visible_to(user: AnyUser) -> QuerySet[TrainingModule]:
    return TrainingModule.objects.filter(program__in=programs_visible_to(user))


def training_records_visible_to(user: AnyUser) -> QuerySet[TrainingRecord]:
    """Own records, supervisees' records, and all records of programs whose members the user may see."""
    return TrainingRecord.objects.filter(membership__in=memberships_visible_to(user))


def referral_services_visible_to(user: AnyUser) -> QuerySet[ReferralService]:
    """Active services of the user's programs (coordinators also see retired ones)."""
    if not _signed_in(user):
        return ReferralService.objects.none()
    return ReferralService.objects.filter(
        Q(program__in=programs_visible_to(user), is_active=True)
        | Q(program__in=programs_with(user, "manage_program"))
    )


def notifications_for(user: AnyUser) -> QuerySet[Notification]:
    if not _signed_in(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user)


def audit_events_visible_to(user: AnyUser) -> QuerySet[AuditEvent]:
    """Audit events of the programs whose trail the user may read (coordinators)."""
    return AuditEvent.objects.filter(program__in=programs_with(user, "view_program_audit"))
