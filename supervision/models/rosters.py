"""Rosters: settings, shift templates, rosters, shifts and assignments, unavailability, calendar
feeds and swaps (SPEC 4.5)."""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program.models import Membership, Program
from supervision.rosters import recurrence


class RosterRole(models.TextChoices):
    SUPPORTER = "supporter", "Supporter"
    SUPERVISOR = "supervisor", "Supervisor"


class RosterSettings(models.Model):
    """A program's rest rules and swap policy for its rosters."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="roster_settings")
    min_rest_hours = models.PositiveSmallIntegerField(
        default=10,
        validators=[MaxValueValidator(48)],
        help_text="Hours off between two shifts of one person.",
    )
    max_shifts_per_week = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(1), MaxValueValidator(14)]
    )
    max_consecutive_nights = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    swaps_need_approval = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"Roster settings for {self.program}"


class ShiftTemplate(models.Model):
    """A recurring on-call shift: who, on which days (an RRULE), and from when to when in the program's
    time zone. The end is the next time the wall clock shows `ends_at` after the start — never the
    start plus a duration — so shifts that meet on the wall clock meet across daylight-saving changes."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="shift_templates")
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=10, choices=RosterRole.choices)
    rrule = models.CharField(
        max_length=500,
        help_text="Days the shift starts on, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR or FREQ=DAILY.",
    )
    starts_at = models.TimeField()
    ends_at = models.TimeField(help_text="Earlier than the start means the next day.")
    min_people = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["program", "role", "starts_at"]
        constraints = [
            models.UniqueConstraint(fields=["program", "name"], name="shift_template_name_unique"),
            models.CheckConstraint(
                condition=~Q(ends_at=models.F("starts_at")), name="shift_template_has_length"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.starts_at:%H:%M}–{self.ends_at:%H:%M})"

    @property
    def recurrence_text(self) -> str:
        """When the shift runs, in words: "Every night, 20:00–08:00"."""
        return recurrence.describe(self.rrule, self.starts_at, self.ends_at)


class RosterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class Roster(models.Model):
    """Shifts over a horizon [starts_on, ends_on], generated as a draft and then published."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="rosters")
    starts_on = models.DateField()
    ends_on = models.DateField(help_text="The last day of the horizon.")
    status = models.CharField(max_length=10, choices=RosterStatus.choices, default=RosterStatus.DRAFT)
    generated_at = models.DateTimeField(default=timezone.now)
    generated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["program", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="roster_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"Roster {self.starts_on}–{self.ends_on} ({self.get_status_display()})"


class Shift(models.Model):
    """One occurrence of a template. `uid`, `sequence` and `updated_at` feed the calendar (ICS) feeds."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="shifts")
    roster = models.ForeignKey(Roster, on_delete=models.CASCADE, related_name="shifts")
    template = models.ForeignKey(
        ShiftTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="shifts"
    )
    name = models.CharField(max_length=120)
    role = models.CharField(max_length=10, choices=RosterRole.choices)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    min_people = models.PositiveSmallIntegerField(default=1)
    is_night = models.BooleanField(default=False)
    is_weekend = models.BooleanField(default=False)
    # Why the shift has fewer people than it needs, as counts by reason (empty when filled).
    unfilled = models.JSONField(default=dict, blank=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    # How far the gap alerts for a short shift have gone: 0 none, 1 at 14 days, 2 at 72 hours, 3 at 24.
    gap_alert_stage = models.PositiveSmallIntegerField(default=0)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "role", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after_start"
            )
        ]
        indexes = [
            models.Index(fields=["program", "starts_at"], name="shift_program_start"),
            models.Index(fields=["roster", "starts_at"], name="shift_roster_start"),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class AssignmentSource(models.TextChoices):
    GENERATED = "generated", "Generated"
    SWAP = "swap", "Swap"
    OVERRIDE = "override", "Override"
    REASSIGNED = "reassigned", "Reassigned after a pause or departure"


class ShiftAssignment(models.Model):
    """A person on a shift. Ended rather than deleted, so fairness and the feeds keep the history."""

    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="assignments")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="shift_assignments")
    source = models.CharField(
        max_length=10, choices=AssignmentSource.choices, default=AssignmentSource.GENERATED
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_reason = models.CharField(max_length=200, blank=True)
    # Ended when its draft was published because the person could no longer take the shift; the roster's
    # coordinators see these as the places left open at publishing.
    dropped_at_publishing = models.BooleanField(default=False)
    reminded_at = models.DateTimeField(null=True, blank=True, help_text="The day-before reminder.")
    handed_over_at = models.DateTimeField(null=True, blank=True, help_text="The notice at the shift's start.")

    class Meta:
        ordering = ["shift", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["shift", "membership"],
                condition=Q(ended_at__isnull=True),
                name="one_open_assignment_per_person",
            )
        ]
        indexes = [models.Index(fields=["membership", "ended_at"], name="assignment_member_open")]

    def __str__(self) -> str:
        return f"{self.membership_id} on {self.shift_id}"


class UnavailabilityKind(models.TextChoices):
    EXAM = "exam", "Exam"
    PLACEMENT = "placement", "Placement"
    LEAVE = "leave", "Leave"
    OTHER = "other", "Other"


class Unavailability(models.Model):
    """A one-off time a member cannot take shifts (exams, placements, leave)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="unavailability")
    kind = models.CharField(
        max_length=10, choices=UnavailabilityKind.choices, default=UnavailabilityKind.OTHER
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["membership", "starts_at"]
        verbose_name_plural = "unavailability"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="unavailability_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d}–{self.ends_at:%Y-%m-%d}"


def _feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's private calendar-feed address. The token is the only key, so it can be revoked (and a
    new one made) at any time; a revoked token answers 404."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token = models.CharField(max_length=64, unique=True, default=_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=Q(revoked_at__isnull=True), name="one_live_feed_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"Calendar feed of {self.user_id}"


class ProgramCalendarFeed(models.Model):
    """A coordinator's or supervisor's private address for their program's whole roster, for a calendar
    app that cannot sign in. Like `CalendarFeed`, the token is the only key: it is kept as the person
    feeds keep theirs (so the page can show the address again), answers 404 once revoked, and closes
    by itself when its holder no longer coordinates or supervises in the program. One live per holder
    and program; making a new one revokes the old."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="program_calendar_feeds"
    )
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="calendar_feeds")
    token = models.CharField(max_length=64, unique=True, default=_feed_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["program", "user", "-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "program"],
                condition=Q(revoked_at__isnull=True),
                name="one_live_program_feed_per_holder",
            )
        ]

    def __str__(self) -> str:
        return f"Roster feed of program {self.program_id} for {self.user_id}"


class SwapStatus(models.TextChoices):
    OPEN = "open", "Open"
    TAKEN = "taken", "Taken, awaiting approval"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    CANCELLED = "cancelled", "Withdrawn"


SWAP_PENDING = (SwapStatus.OPEN, SwapStatus.TAKEN)


class SwapRequest(models.Model):
    """Someone offers their place on a shift; a colleague of the same role takes it; a coordinator
    approves (where the program asks for approval) — or it is rejected, withdrawn, or expires when the
    shift starts. Every step re-checks rest rules and coverage."""

    assignment = models.ForeignKey(ShiftAssignment, on_delete=models.CASCADE, related_name="swap_requests")
    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="swap_requests")
    offered_by = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="swaps_offered")
    taken_by = models.ForeignKey(
        Membership, on_delete=models.PROTECT, null=True, blank=True, related_name="swaps_taken"
    )
    status = models.CharField(max_length=10, choices=SwapStatus.choices, default=SwapStatus.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    taken_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["shift__starts_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment"],
                condition=Q(status__in=["open", "taken"]),
                name="one_pending_swap_per_assignment",
            )
        ]

    def __str__(self) -> str:
        return f"Swap of {self.assignment_id} ({self.status})"


# --- Advice on demand: paging, acknowledgement, escalation (SPEC 4.3) ------------------------------------
