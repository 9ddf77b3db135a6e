"""Programs, the people in them and what every other module builds on (SPEC 4.1)."""

from __future__ import annotations

import re
import zoneinfo
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from program import audit_lines


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a time zone; use an IANA name such as Australia/Sydney.")


def validate_student_id_pattern(value: str) -> None:
    try:
        pattern = re.compile(value)
    except re.error as error:
        raise ValidationError(f"This is not a valid regular expression: {error}.") from None
    if pattern.search("") is not None:
        raise ValidationError("The pattern matches empty text, so it would flag every narrative.")


class Institution(models.Model):
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Program(models.Model):
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="programs")
    name = models.CharField(max_length=200)
    timezone = models.CharField(max_length=64, default="Australia/Sydney", validators=[validate_timezone])
    retention_days = models.PositiveIntegerField(
        default=180,
        validators=[MinValueValidator(7), MaxValueValidator(3650)],
        help_text="Days a contact narrative is kept before it is erased.",
    )
    min_active_supporters = models.PositiveIntegerField(
        default=8, validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    supervision_interval_days = models.PositiveIntegerField(
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="A supporter should have a supervision session at least this often.",
    )
    weekly_contact_hour_limit = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        default=Decimal("6.0"),
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("40"))],
    )
    student_id_pattern = models.CharField(
        max_length=200,
        default=r"\b\d{8}\b",
        validators=[validate_student_id_pattern],
        help_text="Regex for the institution's student numbers; narratives holding one are refused.",
    )
    suppression_threshold = models.PositiveIntegerField(
        default=5,
        validators=[MinValueValidator(5), MaxValueValidator(100)],
        help_text="Report cells counting fewer than this are shown as “<N”.",
    )
    breakdown_suppression_threshold = models.PositiveIntegerField(
        default=10,
        validators=[MinValueValidator(10), MaxValueValidator(100)],
        help_text="The same for breakdowns by year level or clinical site.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["institution__name", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "name"], name="program_unique_name_per_institution"
            ),
            models.CheckConstraint(
                condition=Q(suppression_threshold__gte=5), name="program_suppression_at_least_5"
            ),
        ]
        permissions = [
            ("manage_program", "Manage a program's settings, members, training and directory"),
            ("view_program_members", "See structured data about a program's members"),
            ("view_program_audit", "See a program's audit trail"),
            ("view_program_aggregates", "See a program's de-identified aggregate reports"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def today(self) -> date:
        """Today where the program is (contacts, check-ins and rosters live in the program's time zone)."""
        return timezone.localdate(timezone=self.tzinfo)

    def now(self) -> datetime:
        return timezone.localtime(timezone=self.tzinfo)


class Role(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    SUPERVISOR = "supervisor", "Supervisor"
    SUPPORTER = "supporter", "Supporter"
    APPLICANT = "applicant", "Applicant"
    REVIEWER = "reviewer", "Reviewer"
    SPONSOR = "sponsor", "Sponsor"


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    PAUSED = "paused", "Paused"
    ENDED = "ended", "Ended"
    ALUMNUS = "alumnus", "Alumnus"


# Statuses in which a member still acts in their role (a paused supporter still
# sees their own records and support resources).
CURRENT_STATUSES = (MembershipStatus.ACTIVE, MembershipStatus.PAUSED)

# Roles that keep a phone number for supporters to ring (SPEC 4.8): the people who give advice.
STAFF_ROLES = (Role.COORDINATOR, Role.SUPERVISOR)


class MembershipQuerySet(models.QuerySet["Membership"]):
    def current(self) -> MembershipQuerySet:
        return self.filter(status__in=CURRENT_STATUSES)


class Membership(models.Model):
    """A person's role in one program; one person may hold several."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="memberships")
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices)
    status = models.CharField(
        max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.ACTIVE
    )
    term_start = models.DateField(default=date.today)
    expected_end = models.DateField(null=True, blank=True, help_text="For students, the expected graduation.")
    year_level = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    clinical_site = models.CharField(max_length=120, blank=True)
    # Set by a coordinator with the school (SPEC 4.3 pause trigger); the time is the evidence a pause
    # rule compares with its last resumption, so marking again after a resume can pause again.
    academic_at_risk_since = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[MembershipQuerySet] = MembershipQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["program", "role", "user__last_name", "user__first_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "program", "role"], name="membership_one_per_role"),
            models.CheckConstraint(
                condition=Q(expected_end__isnull=True) | Q(expected_end__gte=F("term_start")),
                name="membership_end_not_before_start",
            ),
        ]
        indexes = [models.Index(fields=["program", "role", "status"], name="membership_program_role")]
        permissions = [("supervise_membership", "Supervise this supporter")]

    def __str__(self) -> str:
        return f"{self.display_name} ({self.get_role_display()}, {self.program})"

    @property
    def display_name(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class StaffPhone(models.Model):
    """A supervisor's or coordinator's phone number in E.164, kept once per person: one clinician may
    supervise in several programs, and the number follows them, not the role (program/phones.py)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_phone"
    )
    phone = models.CharField(max_length=16, help_text="E.164, e.g. +61491570156.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(phone__startswith="+"), name="staff_phone_is_e164")]

    def __str__(self) -> str:
        return f"Phone of user #{self.user_id}"


class Availability(models.Model):
    """A weekly window a member can take shifts in (recorded when a supporter's offer is accepted;
    the rosters read it here so selection and supervision never import each other)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="availability")
    weekday = models.PositiveSmallIntegerField(validators=[MaxValueValidator(6)], help_text="0 = Monday")
    starts = models.TimeField()
    ends = models.TimeField()

    class Meta:
        ordering = ["membership", "weekday", "starts"]
        verbose_name_plural = "availability"
        constraints = [
            models.CheckConstraint(condition=Q(ends__gt=F("starts")), name="availability_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.starts:%H:%M}–{self.ends:%H:%M}"

    def get_weekday_display(self) -> str:
        return WEEKDAYS[self.weekday]


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ProgramRoleGroup(models.Model):
    """The auth group holding everyone with a current membership of one role in one program."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="role_groups")
    role = models.CharField(max_length=20, choices=Role.choices)
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="program_role")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["program", "role"], name="one_group_per_program_role")]

    def __str__(self) -> str:
        return f"{self.program} · {self.get_role_display()}"


# Direct foreign-key object-permission tables (django-guardian): joins on an
# integer key instead of the generic (content type, text id) pair.
class ProgramUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Program, on_delete=models.CASCADE)


class ProgramGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Program, on_delete=models.CASCADE)


class MembershipUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Membership, on_delete=models.CASCADE)


class MembershipGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Membership, on_delete=models.CASCADE)


class SupervisorAssignment(models.Model):
    """Who supervises a supporter, with a backup so nobody is unsupervised when one is away."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="supervisor_assignments")
    supporter = models.ForeignKey(
        Membership, on_delete=models.PROTECT, related_name="supervision_assignments"
    )
    supervisor = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="primary_supervisees")
    backup = models.ForeignKey(
        Membership, on_delete=models.PROTECT, related_name="backup_supervisees", null=True, blank=True
    )
    started_on = models.DateField(default=date.today)
    ended_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "-started_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["supporter"],
                condition=Q(ended_on__isnull=True),
                name="one_current_assignment_per_supporter",
            ),
            models.CheckConstraint(
                condition=~Q(supervisor=F("backup")), name="backup_differs_from_supervisor"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.supporter.display_name} ← {self.supervisor.display_name}"

    @property
    def is_current(self) -> bool:
        return self.ended_on is None


class TrainingModule(models.Model):
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="training_modules")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    validity_months = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text="How long a completion stays valid, e.g. 36 for mental-health first aid.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "name"]
        constraints = [
            models.UniqueConstraint(fields=["program", "name"], name="training_module_unique_name")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def required_for(self) -> list[str]:
        """Roles that must hold a valid completion (prefetch `requirements` when listing modules)."""
        return sorted(requirement.role for requirement in self.requirements.all())

    def expiry_for(self, completed_on: date) -> date:
        return completed_on + relativedelta(months=self.validity_months)


class TrainingRequirement(models.Model):
    """A role that must hold a valid completion of a module (a row, so eligibility is one SQL expression)."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="requirements")
    role = models.CharField(max_length=20, choices=Role.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["module", "role"], name="training_requirement_once")]

    def __str__(self) -> str:
        return f"{self.module} required for {self.role}"


class TrainingRecord(models.Model):
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="training_records")
    module = models.ForeignKey(TrainingModule, on_delete=models.PROTECT, related_name="records")
    completed_on = models.DateField()
    expires_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Reminder claims: set by a conditional UPDATE so each reminder goes once.
    reminded_30_at = models.DateTimeField(null=True, blank=True)
    reminded_7_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_on__gt=F("completed_on")), name="training_expires_after_done"
            ),
            models.UniqueConstraint(
                fields=["membership", "module", "completed_on"], name="training_record_once"
            ),
        ]
        indexes = [models.Index(fields=["expires_on"], name="training_record_expiry")]

    def __str__(self) -> str:
        return f"{self.module} — {self.membership.display_name}"

    def status_on(self, today: date) -> str:
        if self.expires_on <= today:
            return "expired"
        if (self.expires_on - today).days <= 30:
            return "expiring"
        return "valid"


class TrainingAssignment(models.Model):
    """A module someone must complete by a date: what accepting an offer sets a new supporter for each
    module their role requires. It is a to-do, never training: eligibility reads completions
    (`TrainingRecord`) only, so an open assignment leaves its holder untrained. Recording a completion
    of the module (`program.services.record_training`) closes it, pointing at that record."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="training_assignments")
    module = models.ForeignKey(TrainingModule, on_delete=models.PROTECT, related_name="assignments")
    due_on = models.DateField()
    assigned_at = models.DateTimeField(auto_now_add=True)
    completed_by = models.OneToOneField(
        TrainingRecord, on_delete=models.PROTECT, null=True, blank=True, related_name="assignment"
    )

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "module"],
                condition=Q(completed_by__isnull=True),
                name="one_open_training_assignment",
            )
        ]

    def __str__(self) -> str:
        return f"{self.module} due {self.due_on:%Y-%m-%d} — {self.membership.display_name}"

    def status_on(self, today: date) -> str:
        if self.completed_by_id is not None:
            return "done"
        return "overdue" if self.due_on < today else "to do"


class Urgency(models.TextChoices):
    EMERGENCY = "emergency", "Emergency"
    CRISIS = "crisis", "Crisis"
    ROUTINE = "routine", "Routine"


class ReferralService(models.Model):
    """A local or national service supporters refer peers to (and may use themselves)."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="referral_services")
    name = models.CharField(max_length=200)
    when_to_use = models.TextField()
    phone = models.CharField(max_length=40)
    hours = models.CharField(max_length=120)
    available_24_7 = models.BooleanField(default=False)
    urgency = models.CharField(max_length=10, choices=Urgency.choices)
    website = models.URLField(blank=True)
    is_national = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["program", "order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["program", "name"], name="referral_service_unique_name")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_24_7_crisis_line(self) -> bool:
        return self.available_24_7 and self.urgency in (Urgency.EMERGENCY, Urgency.CRISIS)


class Notification(models.Model):
    """An in-app message, also emailed. Never carries identifying content; it links to the record."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    program = models.ForeignKey(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    kind = models.CharField(max_length=50)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at", "-created_at"], name="notification_inbox")]

    def __str__(self) -> str:
        return self.title


class DeliveryChannel(models.TextChoices):
    """How an outbox message leaves: each channel has a sender in program/outbox.py's SENDERS."""

    EMAIL = "email", "E-mail"
    PUSH = "push", "Web Push"
    SMS = "sms", "SMS/voice"


class PushSubscription(models.Model):
    """One browser's Web Push subscription (one device of one person), as the browser's
    `PushSubscription.toJSON()` gave it. The endpoint is the push service's URL for that browser; the
    keys are what the payload is encrypted to, so only that browser can read it (program/push.py).

    A push service that answers 404 or 410 has dropped the subscription: it is then disabled, kept so the
    person sees that this device stopped receiving, and never pushed to again."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=100, help_text="The browser's P-256 public key, base64url.")
    auth = models.CharField(max_length=50, help_text="The browser's authentication secret, base64url.")
    created_at = models.DateTimeField(default=timezone.now)
    last_success_at = models.DateTimeField(null=True, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "disabled_at"], name="push_subscription_active")]

    def __str__(self) -> str:
        return f"Push subscription #{self.pk} of user #{self.user_id}"


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class OutboundMessage(models.Model):
    """One message to deliver over one channel, written in the same transaction as the event it reports
    and delivered later by the outbox worker (program/outbox.py) with retries.

    It holds no text: only the notification's catalogue kind, the recipient and the link. The subject and
    body are rendered from the catalogue when it is sent, and the address (e-mail, phone) is the
    recipient's at that time; a push message names the device subscription it goes to.
    `last_error` holds what the mail server or the network said, never the message."""

    channel = models.CharField(max_length=10, choices=DeliveryChannel.choices, default=DeliveryChannel.EMAIL)
    kind = models.CharField(max_length=50)
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    program = models.ForeignKey(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    link = models.CharField(max_length=500, blank=True)
    # The inbox copy, stamped `emailed_at` once the e-mail is sent (gone if the inbox row was deleted).
    notification = models.ForeignKey(
        Notification, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # For the push channel: the device it goes to (the message fails if the device is removed first).
    push_subscription = models.ForeignKey(
        PushSubscription, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # While `sending`: the claim's token and when it lapses (a worker that died is taken over after it).
    claim_token = models.UUIDField(null=True, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="outbox_due"),
            models.Index(fields=["program", "-created_at"], name="outbox_program_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.channel} {self.kind} to #{self.recipient_id}: {self.status}"


class AuditAction(models.TextChoices):
    CREATE = "create", "Create"
    UPDATE = "update", "Update"
    DELETE = "delete", "Delete"
    VIEW = "view", "View"
    EXPORT = "export", "Export"


class AppendOnlyError(Exception):
    """Raised by any attempt to change or remove an audit event."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnlyError("The audit trail is append-only.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("The audit trail is append-only.")


class AuditEvent(models.Model):
    """Who did what to which object, when and from where. Append-only (see the migration's triggers)."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    program = models.ForeignKey(Program, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    object_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    # Short and never sensitive: field names changed, not their values.
    summary = models.CharField(max_length=300, blank=True)
    source_ip = models.GenericIPAddressField(null=True, blank=True)

    objects: ClassVar[AuditEventQuerySet] = AuditEventQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["program", "-at"], name="audit_program_recent")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("The audit trail is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("The audit trail is append-only.")

    @property
    def sentence(self) -> str:
        """The event in words for people: "Grace accepted the offer" (program/audit_lines.py)."""
        return audit_lines.sentence(self)

    @property
    def actor_name(self) -> str:
        return audit_lines.actor_name(self)

    @property
    def what_happened(self) -> str:
        return audit_lines.what_happened(self)


class JobOutcome(models.TextChoices):
    RUNNING = "running", "Running"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"


class JobRun(models.Model):
    """One scheduled run of a job; the unique (job, scheduled_for) pair is the exactly-once claim.

    While it runs, its holder (`host`, host name and process id) keeps a lease by heartbeat; a run
    whose lease lapsed (its holder died) is taken over by another scheduler, `attempt` going up by
    one (program.scheduler)."""

    job = models.CharField(max_length=100)
    scheduled_for = models.DateTimeField()
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=JobOutcome.choices, default=JobOutcome.RUNNING)
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    host = models.CharField(max_length=200, blank=True)
    caught_up = models.BooleanField(default=False, help_text="Run at start-up for a time missed while down.")
    attempt = models.PositiveSmallIntegerField(
        default=1, help_text="1, plus one each time another scheduler took the run over from a dead holder."
    )
    heartbeat_at = models.DateTimeField(null=True, blank=True, help_text="The holder's latest heartbeat.")
    lease_expires_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="While running: after this another scheduler may take the run over. "
        "Empty on runs from before leases, which count as lapsed.",
    )
    taken_over_from = models.CharField(
        max_length=200, blank=True, help_text="The previous holder, whose lease lapsed, on a run taken over."
    )

    class Meta:
        ordering = ["-scheduled_for", "job"]
        constraints = [models.UniqueConstraint(fields=["job", "scheduled_for"], name="job_run_once")]
        # The lease sweep (every heartbeat interval) looks only at running rows, a handful among many.
        indexes = [
            models.Index(
                fields=["lease_expires_at"], condition=Q(outcome="running"), name="job_run_running_leases"
            )
        ]

    def __str__(self) -> str:
        return f"{self.job} @ {self.scheduled_for:%Y-%m-%d %H:%M}"


class TOTPDevice(models.Model):
    """A person's authenticator app (RFC 6238 TOTP), at most one each (program/mfa.py).

    The shared secret is stored only encrypted (Fernet with NARRATIVE_KEYS). A device counts once
    confirmed with a code; `last_step` is the latest 30-second step accepted, so a code is never taken
    twice (a replay within its validity window is refused).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="totp_device"
    )
    secret_encrypted = models.TextField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    last_step = models.BigIntegerField(default=0)
    last_used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "second-factor device"

    def __str__(self) -> str:
        state = "confirmed" if self.confirmed_at else "not confirmed"
        return f"Authenticator app of {self.user} ({state})"


class RecoveryCode(models.Model):
    """One single-use recovery code, kept as its SHA-256 (codes are random, 60 bits; shown once)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Recovery code of {self.user}{' (used)' if self.used_at else ''}"


class Passkey(models.Model):
    """A person's WebAuthn credential used as a second factor (program/passkeys.py); one or more each.

    Only public material is kept: the credential id, its public key (COSE), the signature counter and the
    transports the browser reported. A counter that does not move forward marks a cloned authenticator.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="passkeys")
    name = models.CharField(max_length=100)
    # base64url of the raw credential id (at most 1023 bytes by the WebAuthn spec).
    credential_id = models.CharField(max_length=1400, unique=True)
    public_key = models.BinaryField()
    sign_count = models.BigIntegerField(default=0)
    transports = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"Passkey “{self.name}” of {self.user}"


class SignInSession(models.Model):
    """One signed-in browser session (program/sign_in_sessions.py), so a person and an administrator can
    see and end it. Written at sign-in, removed at sign-out; `device` is a short summary of the browser
    ("Chrome on Linux"), never the full user agent or an address."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sign_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    device = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-last_seen_at", "-pk"]
        verbose_name = "signed-in session"

    def __str__(self) -> str:
        return f"Session of {self.user} ({self.device or 'unknown browser'})"


class PersonalAccessToken(models.Model):
    """An API token a person made for themselves (program/personal_tokens.py): named, expiring,
    revocable, kept as its SHA-256; the token itself is shown once. `prefix` tells tokens apart."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personal_tokens"
    )
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "personal access token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…) of {self.user}"


class ExternalIdentity(models.Model):
    """A person's account at an institution's identity provider (OpenID Connect or SAML), linked to
    their account here (program/identity.py). Signing in through it gives no role: memberships remain
    the only source of access."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_identities"
    )
    # The configured provider's name ("oidc" or "saml:<idp entity id>"), and the provider's stable id
    # for the person (OIDC `sub`, SAML NameID): the e-mail address may change, these do not.
    provider = models.CharField(max_length=200)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "subject"], name="external_identity_unique_subject")
        ]
        verbose_name_plural = "external identities"

    def __str__(self) -> str:
        return f"{self.provider} identity of {self.user}"


class SamlResponseOutcome(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    REFUSED = "refused", "Refused"


class SamlResponseReceived(models.Model):
    """A SAML response that reached the assertion consumer service (program/saml.py).

    An accepted one is kept until its assertion expires, so the same response or assertion posted again
    is refused as a replay; a refused one is kept as long, as the object its audit event names. Only
    ids and the issuer are kept: never the assertion, the person's name or e-mail address."""

    idp = models.CharField(max_length=200)
    # The ids come from the response; for a refused one they are unverified, so only accepted rows
    # count as "seen" (a forged response cannot block a real one).
    response_id = models.CharField(max_length=255, blank=True)
    assertion_id = models.CharField(max_length=255, blank=True)
    outcome = models.CharField(max_length=10, choices=SamlResponseOutcome.choices)
    received_at = models.DateTimeField(auto_now_add=True)
    keep_until = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["idp", "response_id"],
                condition=models.Q(outcome="accepted"),
                name="saml_accepted_response_once",
            ),
            models.UniqueConstraint(
                fields=["idp", "assertion_id"],
                condition=models.Q(outcome="accepted"),
                name="saml_accepted_assertion_once",
            ),
        ]
        verbose_name_plural = "SAML responses received"

    def __str__(self) -> str:
        return f"SAML response {self.outcome} from {self.idp}"
