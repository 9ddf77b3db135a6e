"""Selectors pair fetching with authorisation: every page and endpoint reads through them.

They never consult superuser status or global permissions: a site administrator
manages programs in the Django admin but sees in the app only what their own
memberships allow. Out-of-scope objects are simply absent, so lookups 404.

The one rule of reading (SPEC 3.8, "leaving ends access at once, in pages and API alike"):
every scope is derived from the user's *current* memberships only — program-wide
capabilities through `programs_with` (guardian groups hold current members only), the
user's own records through `own_memberships` (never a bare `user=` filter), and
records reached through the user's account rather than a membership (reviews, applications,
notifications) only within `programs_visible_to`. A page also passes its program
through `program_view`, which is `programs_with`; because every selector already lies within
that, a page and the endpoint for the same object cannot disagree.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from guardian.shortcuts import get_objects_for_user

from program.models import (
    CURRENT_STATUSES,
    STAFF_ROLES,
    AuditEvent,
    Membership,
    Notification,
    OutboundMessage,
    Program,
    ReferralService,
    Role,
    StaffPhone,
    SupervisorAssignment,
    TrainingAssignment,
    TrainingModule,
    TrainingRecord,
)

AnyUser = User | AnonymousUser


def _member(user: AnyUser) -> User | None:
    """The user if signed in and active, else None (selectors then return nothing)."""
    return user if isinstance(user, User) and user.is_authenticated and user.is_active else None


def programs_with(user: AnyUser, codename: str) -> QuerySet[Program]:
    """Programs on which the user holds the object permission `codename` through a current role."""
    member = _member(user)
    if member is None:
        return Program.objects.none()
    return get_objects_for_user(
        member, f"program.{codename}", Program, with_superuser=False, accept_global_perms=False
    )


def holds(user: AnyUser, codename: str, program: Program) -> bool:
    """Whether the user holds `codename` on this program through a current role.

    Use this, not user.has_perm: Django answers True to every has_perm of a superuser,
    and a site administrator gets no special powers inside programs.
    """
    return programs_with(user, codename).filter(pk=program.pk).exists()


def programs_visible_to(user: AnyUser) -> QuerySet[Program]:
    """Programs in which the user holds any current role."""
    return programs_with(user, "view_program")


def own_memberships(user: AnyUser, *roles: str) -> QuerySet[Membership]:
    """The user's current (active or paused) memberships, of `roles` if given: the only way a selector
    reaches a user's own records, so an ended or alumnus membership reads nothing more."""
    member = _member(user)
    if member is None:
        return Membership.objects.none()
    mine = Membership.objects.filter(user=member, status__in=CURRENT_STATUSES)
    return mine.filter(role__in=roles) if roles else mine


def get_program_for_user_or_404(user: AnyUser, pk: int, codename: str = "view_program") -> Program:
    """The program, if the user holds `codename` on it; otherwise 404."""
    return get_object_or_404(programs_with(user, codename).select_related("institution"), pk=pk)


def current_memberships(request: HttpRequest) -> list[Membership]:
    """The signed-in user's current memberships with their programs, fetched once per request
    (the dashboard and the navigation both need them)."""
    cached: list[Membership] | None = getattr(request, "_current_memberships", None)
    if cached is None:
        member = _member(request.user)
        cached = (
            list(
                Membership.objects.filter(user=member, status__in=CURRENT_STATUSES)
                .select_related("program__institution")
                .order_by("program__name", "role")
            )
            if member is not None
            else []
        )
        request._current_memberships = cached  # type: ignore[attr-defined]
    return cached


def is_coordinator(user: AnyUser, program_id: int) -> bool:
    """Whether the user currently coordinates the program — the check every service that lets a
    coordinator act for someone else makes."""
    member = _member(user)
    return member is not None and (
        Membership.objects.filter(
            user=member, program_id=program_id, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
        ).exists()
    )


def current_membership(user: AnyUser, program_id: int, role: str) -> Membership | None:
    """The user's current (active or paused) membership of `role` in the program, if any."""
    member = _member(user)
    if member is None:
        return None
    return (
        Membership.objects.filter(user=member, program_id=program_id, role=role, status__in=CURRENT_STATUSES)
        .select_related("program")
        .first()
    )


def keeps_phone(user: AnyUser) -> bool:
    """Whether the user may keep a phone number: a current supervisor or coordinator somewhere."""
    return own_memberships(user, *STAFF_ROLES).exists()


def own_phone(user: AnyUser) -> str | None:
    """The user's own stored number (E.164), kept even after their staff roles end until they clear it."""
    member = _member(user)
    if member is None:
        return None
    return StaffPhone.objects.filter(user=member).values_list("phone", flat=True).first()


def supervised_memberships(user: AnyUser) -> QuerySet[Membership]:
    """Supporter memberships the user currently supervises (as primary or backup)."""
    member = _member(user)
    if member is None:
        return Membership.objects.none()
    return get_objects_for_user(
        member,
        "program.supervise_membership",
        Membership,
        use_groups=False,
        with_superuser=False,
        accept_global_perms=False,
    )


def memberships_visible_to(user: AnyUser) -> QuerySet[Membership]:
    """Own current memberships, those of supervisees, and all of a program whose members the user may see."""
    member = _member(user)
    if member is None:
        return Membership.objects.none()
    return Membership.objects.filter(
        Q(pk__in=own_memberships(member).values("pk"))
        | Q(program__in=programs_with(user, "view_program_members"))
        | Q(pk__in=supervised_memberships(user).values("pk"))
    )


def get_membership_for_user_or_404(user: AnyUser, pk: int) -> Membership:
    return get_object_or_404(memberships_visible_to(user).select_related("user", "program"), pk=pk)


def supervisor_assignments_visible_to(user: AnyUser) -> QuerySet[SupervisorAssignment]:
    """Assignments in programs the user manages, and those naming one of the user's current memberships
    as supporter, supervisor or backup."""
    member = _member(user)
    if member is None:
        return SupervisorAssignment.objects.none()
    mine = own_memberships(member)
    return SupervisorAssignment.objects.filter(
        Q(program__in=programs_with(member, "view_program_members"))
        | Q(supporter__in=mine)
        | Q(supervisor__in=mine)
        | Q(backup__in=mine)
    )


def training_modules_visible_to(user: AnyUser) -> QuerySet[TrainingModule]:
    return TrainingModule.objects.filter(program__in=programs_visible_to(user))


def training_assignments_visible_to(user: AnyUser) -> QuerySet[TrainingAssignment]:
    """Training to do, to the same people as the records: own, supervisees', and all of programs whose
    members the user may see."""
    return TrainingAssignment.objects.filter(membership__in=memberships_visible_to(user))


def training_records_visible_to(user: AnyUser) -> QuerySet[TrainingRecord]:
    """Own records, supervisees' records, and all records of programs whose members the user may see."""
    return TrainingRecord.objects.filter(membership__in=memberships_visible_to(user))


def referral_services_visible_to(user: AnyUser) -> QuerySet[ReferralService]:
    """Active services of the user's programs (coordinators also see retired ones)."""
    if _member(user) is None:
        return ReferralService.objects.none()
    return ReferralService.objects.filter(
        Q(program__in=programs_visible_to(user), is_active=True)
        | Q(program__in=programs_with(user, "manage_program"))
    )


def crisis_lines(program: Program) -> list[ReferralService]:
    """The program's active 24/7 crisis and emergency lines (always at least two; see services)."""
    return [
        s for s in ReferralService.objects.filter(program=program, is_active=True) if s.is_24_7_crisis_line
    ]


def notifications_for(user: AnyUser) -> QuerySet[Notification]:
    """The user's own notifications; those about a program only while they are a current member of it."""
    member = _member(user)
    if member is None:
        return Notification.objects.none()
    return Notification.objects.filter(
        Q(program__isnull=True) | Q(program__in=programs_visible_to(member)), recipient=member
    )


def audit_events_visible_to(user: AnyUser) -> QuerySet[AuditEvent]:
    """Audit events of the programs whose trail the user may read (coordinators)."""
    return AuditEvent.objects.filter(program__in=programs_with(user, "view_program_audit"))


def deliveries_visible_to(user: AnyUser) -> QuerySet[OutboundMessage]:
    """Outbox messages of the programs the user coordinates: how each is being delivered, for the
    coordinators' deliveries page and `GET /api/v1/deliveries/`. A message without a program (none is
    sent today) is nobody's to see."""
    return OutboundMessage.objects.filter(program__in=programs_with(user, "manage_program"))
