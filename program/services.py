"""State changes of the program module. Pages and the API both call these.

Each function validates, changes rows inside one transaction, audits the change
and raises django.core.exceptions.ValidationError (with the field at fault) when
it refuses, so nothing is ever half-saved.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from program import audit, phones, selectors, sign_in_sessions
from program.models import (
    CURRENT_STATUSES,
    AuditAction,
    Membership,
    MembershipStatus,
    Notification,
    Program,
    ReferralService,
    Role,
    StaffPhone,
    SupervisorAssignment,
    TrainingAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
)
from program.notifications import notify
from program.signals import members_changed

PROGRAM_SETTINGS = (
    "timezone",
    "retention_days",
    "min_active_supporters",
    "supervision_interval_days",
    "weekly_contact_hour_limit",
    "student_id_pattern",
    "suppression_threshold",
    "breakdown_suppression_threshold",
)
MEMBERSHIP_FIELDS = ("status", "term_start", "expected_end", "year_level", "clinical_site")
MODULE_FIELDS = ("name", "description", "validity_months")
SERVICE_FIELDS = (
    "name",
    "when_to_use",
    "phone",
    "hours",
    "available_24_7",
    "urgency",
    "website",
    "is_national",
    "is_active",
    "order",
)
MIN_24_7_CRISIS_SERVICES = 2


def _apply(instance: Model, allowed: tuple[str, ...], changes: dict[str, Any]) -> list[str]:
    """Set the allowed fields that actually change; refuse unknown ones."""
    unknown = set(changes) - set(allowed)
    if unknown:
        raise ValidationError({name: "This field cannot be changed here." for name in sorted(unknown)})
    changed = []
    for name, value in changes.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed.append(name)
    return changed


def _full_clean(instance: Model, **kwargs: Any) -> None:
    # Unique constraints are checked by the database (and reported by callers) to stay race-free.
    instance.full_clean(validate_constraints=False, **kwargs)


# --- Programs -----------------------------------------------------------------------------------


@transaction.atomic
def update_program_settings(program: Program, *, by: User, **changes: Any) -> Program:
    """Change a program's settings (coordinators)."""
    program = Program.objects.select_for_update().get(pk=program.pk)
    changed = _apply(program, PROGRAM_SETTINGS, changes)
    if changed:
        _full_clean(program)
        program.save(update_fields=changed)
        audit.record(
            by, AuditAction.UPDATE, program, program=program, summary="changed " + ", ".join(changed)
        )
    return program


# --- Memberships --------------------------------------------------------------------------------


def _check_dates(term_start: date | None, expected_end: date | None) -> None:
    if term_start and expected_end and expected_end < term_start:
        raise ValidationError({"expected_end": "The expected end cannot be before the term start."})


def _username_for(email: str) -> str:
    base = email.split("@", 1)[0][:120] or "member"
    user_model = get_user_model()
    candidate, n = base, 1
    while user_model.objects.filter(username=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    return candidate


@transaction.atomic
def add_member(
    program: Program,
    *,
    by: User,
    email: str,
    role: str,
    first_name: str = "",
    last_name: str = "",
    term_start: date | None = None,
    expected_end: date | None = None,
    year_level: int | None = None,
    clinical_site: str = "",
) -> Membership:
    """Give a person (found by email, or invited) a role in the program."""
    email = email.strip().lower()
    if not email:
        raise ValidationError({"email": "An email address is needed to find or invite the person."})
    if role not in Role.values:
        raise ValidationError({"role": f"“{role}” is not a role; choose one of {', '.join(Role.values)}."})
    term_start = term_start or timezone.localdate()
    _check_dates(term_start, expected_end)

    user_model = get_user_model()
    user = user_model.objects.filter(email__iexact=email).first()
    invited = user is None
    if user is None:
        user = user_model(
            username=_username_for(email), email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
    elif Membership.objects.filter(user=user, program=program, role=role).exists():
        raise ValidationError(
            {
                "role": f"{user.get_full_name() or user.get_username()} already holds the role {role} "
                "in this program."
            }
        )
    membership = Membership(
        user=user,
        program=program,
        role=role,
        term_start=term_start,
        expected_end=expected_end,
        year_level=year_level,
        clinical_site=clinical_site,
    )
    _full_clean(membership, exclude=["user", "program"])
    try:
        with transaction.atomic():
            membership.save()
    except IntegrityError:
        raise ValidationError({"role": "This person already holds that role in this program."}) from None
    audit.record(by, AuditAction.CREATE, membership, program=program, summary=f"added as {role}")
    if invited:
        _send_invitation(user, program)
    else:
        notify(
            [user],
            kind="membership",
            link=reverse("dashboard"),
            program=program,
        )
    return membership


def _send_invitation(user: User, program: Program) -> None:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    notify(
        [user],
        kind="invitation",
        link=reverse("password_reset_confirm", kwargs={"uidb64": uid, "token": token}),
        program=program,
    )


@transaction.atomic
def update_membership(membership: Membership, *, by: User, **changes: Any) -> Membership:
    """Change a membership's status, term or placement details (coordinators)."""
    membership = (
        Membership.objects.select_for_update().select_related("user", "program").get(pk=membership.pk)
    )
    previous_status = membership.status
    changed = _apply(membership, MEMBERSHIP_FIELDS, changes)
    if not changed:
        return membership
    _check_dates(membership.term_start, membership.expected_end)
    _full_clean(membership, exclude=["user", "program"])
    if (
        membership.role == Role.SUPPORTER
        and "status" in changed
        and {previous_status, membership.status} == {MembershipStatus.ACTIVE, MembershipStatus.PAUSED}
    ):
        # A supporter's pause records its trigger and reason, and resuming needs a supervisor's sign-off.
        raise ValidationError(
            {"status": "Pause a supporter from the Pauses page; resuming needs their supervisor's sign-off."}
        )
    leaving = previous_status in CURRENT_STATUSES and membership.status not in CURRENT_STATUSES
    if leaving and membership.role == Role.SUPERVISOR:
        _release_supervisor(membership)
    membership.save(update_fields=[*changed, "updated_at"])
    if leaving and membership.role == Role.SUPPORTER:
        SupervisorAssignment.objects.filter(supporter=membership, ended_on__isnull=True).update(
            ended_on=timezone.localdate()
        )
    if leaving:
        # No current role left: nothing to sign in for, so open sessions and API tokens end with it.
        sign_in_sessions.end_access_if_no_membership(membership.user, by=by)
    audit.record(
        by,
        AuditAction.UPDATE,
        membership,
        program=membership.program,
        summary="changed " + ", ".join(changed),
    )
    return membership


def _release_supervisor(supervisor: Membership) -> None:
    """A departing supervisor may not leave anyone unsupervised; as a backup they are simply removed."""
    primaries = SupervisorAssignment.objects.filter(supervisor=supervisor, ended_on__isnull=True).count()
    if primaries:
        raise ValidationError(
            {
                "status": f"{supervisor.display_name} still supervises {primaries} "
                f"supporter{'s' if primaries != 1 else ''}; "
                "assign them another supervisor first."
            }
        )
    for assignment in SupervisorAssignment.objects.filter(backup=supervisor, ended_on__isnull=True):
        assignment.backup = None
        assignment.save(update_fields=["backup"])


@transaction.atomic
def assign_supervisor(
    supporter: Membership, *, supervisor: Membership, backup: Membership | None, by: User
) -> SupervisorAssignment:
    """Make `supervisor` (and `backup`) the supporter's current supervisors, ending any earlier assignment."""
    # Lock all three memberships: a supervisor ended concurrently must not be assigned.
    locked = {
        m.pk: m
        for m in Membership.objects.select_for_update().filter(
            pk__in=[supporter.pk, supervisor.pk] + ([backup.pk] if backup else [])
        )
    }
    supporter, supervisor = locked[supporter.pk], locked[supervisor.pk]
    backup = locked[backup.pk] if backup else None
    if supporter.role != Role.SUPPORTER or supporter.status not in CURRENT_STATUSES:
        raise ValidationError({"supporter": "Only a current supporter can be assigned a supervisor."})
    for field, candidate in (("supervisor", supervisor), ("backup", backup)):
        if candidate is None:
            continue
        if candidate.program_id != supporter.program_id:
            raise ValidationError({field: "This person is not a member of the supporter's program."})
        if candidate.role != Role.SUPERVISOR or candidate.status != MembershipStatus.ACTIVE:
            raise ValidationError({field: "Choose an active supervisor of this program."})
    if backup is not None and backup.pk == supervisor.pk:
        raise ValidationError({"backup": "The backup must be a different supervisor."})

    today = timezone.localdate()
    current = SupervisorAssignment.objects.filter(supporter=supporter, ended_on__isnull=True).first()
    if current is not None:
        if current.supervisor_id == supervisor.pk and current.backup_id == (backup.pk if backup else None):
            return current
        current.ended_on = today
        current.save(update_fields=["ended_on"])
    assignment = SupervisorAssignment.objects.create(
        program=supporter.program, supporter=supporter, supervisor=supervisor, backup=backup, started_on=today
    )
    audit.record(by, AuditAction.CREATE, assignment, program=supporter.program, summary="supervisor assigned")
    link = reverse("member-detail", args=[supporter.program_id, supporter.pk])
    notify(
        [supervisor.user] + ([backup.user] if backup else []),
        kind="assignment",
        link=link,
        program=supporter.program,
    )
    return assignment


@transaction.atomic
def end_assignment(assignment: SupervisorAssignment, *, by: User) -> SupervisorAssignment:
    assignment = SupervisorAssignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.ended_on is None:
        assignment.ended_on = timezone.localdate()
        assignment.save(update_fields=["ended_on"])
        audit.record(by, AuditAction.UPDATE, assignment, program=assignment.program, summary="ended")
    return assignment


# --- Training -----------------------------------------------------------------------------------


def _check_roles(required_for: list[str]) -> list[str]:
    unknown = sorted(set(required_for) - set(Role.values))
    if unknown:
        raise ValidationError(
            {"required_for": f"Unknown role{'s' if len(unknown) != 1 else ''}: {', '.join(unknown)}."}
        )
    return sorted(set(required_for))


def _set_requirements(module: TrainingModule, roles: list[str]) -> bool:
    current = set(module.requirements.values_list("role", flat=True))
    if current == set(roles):
        return False
    module.requirements.exclude(role__in=roles).delete()
    TrainingRequirement.objects.bulk_create(
        [TrainingRequirement(module=module, role=role) for role in roles if role not in current]
    )
    return True


@transaction.atomic
def create_training_module(
    program: Program, *, by: User, required_for: list[str] | None = None, **fields: Any
) -> TrainingModule:
    """Add a module; `required_for` lists the roles that must hold a valid completion."""
    roles = _check_roles(required_for or [])
    module = TrainingModule(program=program)
    _apply(module, MODULE_FIELDS, fields)
    _full_clean(module, exclude=["program"])
    if TrainingModule.objects.filter(program=program, name__iexact=module.name).exists():
        raise ValidationError({"name": "This program already has a training module with that name."})
    module.save()
    _set_requirements(module, roles)
    audit.record(by, AuditAction.CREATE, module, program=program)
    return module


@transaction.atomic
def update_training_module(
    module: TrainingModule, *, by: User, required_for: list[str] | None = None, **changes: Any
) -> TrainingModule:
    module = TrainingModule.objects.select_for_update().get(pk=module.pk)
    changed = _apply(module, MODULE_FIELDS, changes)
    if required_for is not None and _set_requirements(module, _check_roles(required_for)):
        changed.append("required_for")
    if changed:
        _full_clean(module, exclude=["program"])
        if (
            TrainingModule.objects.filter(program_id=module.program_id, name__iexact=module.name)
            .exclude(pk=module.pk)
            .exists()
        ):
            raise ValidationError({"name": "This program already has a training module with that name."})
        module.save(update_fields=[name for name in changed if name != "required_for"])
        audit.record(
            by, AuditAction.UPDATE, module, program=module.program, summary="changed " + ", ".join(changed)
        )
    return module


@transaction.atomic
def record_training(
    membership: Membership, *, module: TrainingModule, completed_on: date, by: User
) -> TrainingRecord:
    """Record that a member completed a module; the expiry follows from the module's validity."""
    if module.program_id != membership.program_id:
        raise ValidationError({"module": "This module belongs to another program."})
    if membership.status not in CURRENT_STATUSES:
        raise ValidationError({"membership": "Record training for current members only."})
    if completed_on > timezone.localdate():
        raise ValidationError({"completed_on": "The completion date cannot be in the future."})
    try:
        with transaction.atomic():
            record = TrainingRecord.objects.create(
                membership=membership,
                module=module,
                completed_on=completed_on,
                expires_on=module.expiry_for(completed_on),
                recorded_by=by,
            )
    except IntegrityError:
        # The unique constraint decides, so two clerks recording the same completion cannot both win.
        raise ValidationError({"completed_on": "This completion is already recorded."}) from None
    # A completion still valid today is what was asked for: it closes the member's open to-do for the
    # module, if any (an old, lapsed one leaves the to-do open — they still need to do it).
    if record.expires_on > membership.program.today():
        TrainingAssignment.objects.filter(
            membership=membership, module=module, completed_by__isnull=True
        ).update(completed_by=record)
    audit.record(by, AuditAction.CREATE, record, program=membership.program, summary=module.name)
    members_changed.send(sender=TrainingRecord, program=membership.program, memberships=[membership])
    return record


@transaction.atomic
def set_academic_standing(membership: Membership, *, at_risk: bool, by: User) -> Membership:
    """A coordinator marks a supporter's academic standing at risk (or clears it), with the school."""
    membership = Membership.objects.select_for_update().select_related("program").get(pk=membership.pk)
    if not membership.program.memberships.filter(
        user=by, role=Role.COORDINATOR, status__in=CURRENT_STATUSES
    ).exists():
        raise Membership.DoesNotExist
    if membership.role != Role.SUPPORTER:
        raise ValidationError({"academic_at_risk": "Academic standing is recorded for supporters only."})
    if at_risk == (membership.academic_at_risk_since is not None):
        return membership
    membership.academic_at_risk_since = timezone.now() if at_risk else None
    membership.save(update_fields=["academic_at_risk_since", "updated_at"])
    audit.record(
        by,
        AuditAction.UPDATE,
        membership,
        program=membership.program,
        summary="academic standing marked at risk" if at_risk else "academic standing cleared",
    )
    members_changed.send(sender=Membership, program=membership.program, memberships=[membership])
    return membership


# --- Staff phone numbers ------------------------------------------------------------------------


@transaction.atomic
def set_phone(user: User, raw: str | None) -> str | None:
    """Set the user's own phone number (stored in E.164), or clear it when given nothing. Setting one
    needs a current supervisor or coordinator role; anyone may clear their own."""
    text = (raw or "").strip()
    if not text:
        removed, _ = StaffPhone.objects.filter(user=user).delete()
        if removed:
            audit.record(user, AuditAction.DELETE, user, summary="phone number removed")
        return None
    if not selectors.keeps_phone(user):
        raise PermissionDenied("Only supervisors and coordinators keep a phone number here.")
    phone = phones.parse_phone(text)
    # The number itself stays out of the audit trail (it records what changed, never values).
    _, created = StaffPhone.objects.update_or_create(user=user, defaults={"phone": phone})
    audit.record(
        user, AuditAction.UPDATE, user, summary="phone number added" if created else "phone number changed"
    )
    return phone


# --- Referral directory -------------------------------------------------------------------------


def _check_crisis_coverage(program: Program) -> None:
    count = sum(
        1
        for service in ReferralService.objects.filter(program=program, is_active=True)
        if service.is_24_7_crisis_line
    )
    if count < MIN_24_7_CRISIS_SERVICES:
        raise ValidationError(
            {
                "available_24_7": "The directory must always list at least "
                f"{MIN_24_7_CRISIS_SERVICES} active 24/7 crisis or emergency services; "
                "add another before removing this one."
            }
        )


@transaction.atomic
def add_referral_service(program: Program, *, by: User, **fields: Any) -> ReferralService:
    service = ReferralService(program=program)
    _apply(service, SERVICE_FIELDS, fields)
    _full_clean(service, exclude=["program"])
    if ReferralService.objects.filter(program=program, name__iexact=service.name).exists():
        raise ValidationError({"name": "The directory already has a service with that name."})
    service.save()
    audit.record(by, AuditAction.CREATE, service, program=program)
    return service


@transaction.atomic
def update_referral_service(service: ReferralService, *, by: User, **changes: Any) -> ReferralService:
    service = ReferralService.objects.select_for_update().get(pk=service.pk)
    # Lock the program's directory so two coordinators cannot each retire one of the last two lines.
    list(ReferralService.objects.select_for_update().filter(program_id=service.program_id))
    changed = _apply(service, SERVICE_FIELDS, changes)
    if changed:
        _full_clean(service, exclude=["program"])
        if (
            ReferralService.objects.filter(program_id=service.program_id, name__iexact=service.name)
            .exclude(pk=service.pk)
            .exists()
        ):
            raise ValidationError({"name": "The directory already has a service with that name."})
        service.save(update_fields=changed)
        _check_crisis_coverage(service.program)
        audit.record(
            by, AuditAction.UPDATE, service, program=service.program, summary="changed " + ", ".join(changed)
        )
    return service


# --- Notifications ------------------------------------------------------------------------------


def mark_notification_read(notification: Notification) -> Notification:
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def mark_all_notifications_read(user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())
