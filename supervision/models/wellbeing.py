"""Wellbeing: supervision sessions, debriefs, check-ins and the weights of the burden index (SPEC 4.3)."""

from __future__ import annotations

from datetime import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program.models import Membership, Program
from supervision.models.contacts import Contact


class SessionKind(models.TextChoices):
    INDIVIDUAL = "individual", "Individual"
    GROUP = "group", "Group"


class SessionPurpose(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    DEBRIEF = "debrief", "Debrief"
    AD_HOC = "ad_hoc", "Ad hoc"


class SupervisionSession(models.Model):
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="supervision_sessions")
    supervisor = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="sessions_led")
    supporters = models.ManyToManyField(Membership, related_name="supervision_sessions")
    kind = models.CharField(max_length=12, choices=SessionKind.choices, default=SessionKind.INDIVIDUAL)
    purpose = models.CharField(
        max_length=12, choices=SessionPurpose.choices, default=SessionPurpose.SCHEDULED
    )
    held_on = models.DateField()
    duration_minutes = models.PositiveSmallIntegerField(
        default=45, validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    contacts_discussed = models.ManyToManyField(Contact, blank=True, related_name="discussed_in")
    advice_encrypted = models.TextField(blank=True)
    follow_ups_encrypted = models.TextField(blank=True)
    next_due = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-id"]
        indexes = [
            models.Index(fields=["program", "held_on"], name="session_program_held"),
            # The burden index reads each supporter's latest session through the attendance table: with
            # held_on beside the key, PostgreSQL joins by an index-only scan instead of hashing every
            # session (docs/performance.md).
            models.Index(fields=["id", "held_on"], name="session_id_held_on"),
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} session on {self.held_on}"


class DebriefDue(models.Model):
    """Opened by a high or imminent risk contact; closed by a debrief session."""

    contact = models.OneToOneField(Contact, on_delete=models.CASCADE, related_name="debrief")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debriefs_due")
    due_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        SupervisionSession, on_delete=models.PROTECT, null=True, blank=True, related_name="debriefs_closed"
    )
    overdue_alerted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at"]
        indexes = [
            models.Index(fields=["supporter", "closed_at"], name="debrief_open"),
            # The coordinator's dashboard counts a program's open debriefs: ~2% of them are open, and
            # without this PostgreSQL read every debrief ever due (docs/performance.md).
            models.Index(
                fields=["supporter"], condition=models.Q(closed_at__isnull=True), name="debrief_open_only"
            ),
        ]

    def __str__(self) -> str:
        return f"Debrief for contact #{self.contact_id}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def is_overdue(self, now: datetime | None = None) -> bool:
        return self.closed_at is None and (now or timezone.now()) > self.due_at


class GrantReason(models.TextChoices):
    NO_SUPERVISOR = "no_supervisor", "The supporter had no supervisor when the risk was logged"


class GrantEnd(models.TextChoices):
    SUPERVISOR_ASSIGNED = "supervisor_assigned", "A supervisor was assigned"
    GRANTEE_LEFT = "grantee_left", "The grantee's role ended"
    SUPPORTER_LEFT = "supporter_left", "The supporter's role ended"


class DebriefGrant(models.Model):
    """Nobody is left without a debriefer: when a supporter with no current supervisor logs a high or
    imminent risk contact, the supervisor on call is granted that one contact — to read its narrative and
    close its debrief — and the supporter's pending pause sign-off. Honoured only while it is open, the
    grantee's membership is current and the supporter still has no supervisor (selectors check all three,
    so a missed ending fails closed); every read and debrief under it is audited."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="debrief_grants")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="debrief_grants")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debrief_grants_about")
    grantee = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="debrief_grants_held")
    reason = models.CharField(max_length=20, choices=GrantReason.choices, default=GrantReason.NO_SUPERVISOR)
    granted_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=20, choices=GrantEnd.choices, blank=True)

    class Meta:
        ordering = ["-granted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["contact", "grantee"],
                condition=Q(ended_at__isnull=True),
                name="one_open_grant_per_contact",
            )
        ]
        indexes = [models.Index(fields=["grantee", "ended_at"], name="debrief_grant_held")]

    def __str__(self) -> str:
        return f"Debrief grant on contact #{self.contact_id} to membership #{self.grantee_id}"


class CheckIn(models.Model):
    """The weekly wellbeing check-in. Answers are the supporter's own wellbeing data (SPEC 3.6)."""

    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="checkins")
    week_of = models.DateField(help_text="The Monday of the week checked in for.")
    # Adapted from the Copenhagen Burnout Inventory, personal burnout scale
    # (see supervision/wellbeing/checkin.py).
    tired = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    worn_out = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    emotionally_exhausted = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    cant_take_it = models.PositiveSmallIntegerField(validators=[MaxValueValidator(4)])
    distress = models.PositiveSmallIntegerField(validators=[MaxValueValidator(10)])
    wants_pause = models.BooleanField(default=False)
    wants_to_talk = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # Not stored: set by `record_checkin` when this check-in replaced one given earlier the same week,
    # so the page and the API can say so.
    replaced: bool = False

    class Meta:
        ordering = ["-week_of"]
        constraints = [models.UniqueConstraint(fields=["supporter", "week_of"], name="one_checkin_per_week")]

    def __str__(self) -> str:
        return f"Check-in for the week of {self.week_of}"

    @property
    def burnout_score(self) -> float:
        """0–100 like the CBI: the mean of the four items on a 0–4 scale, times 25."""
        return (self.tired + self.worn_out + self.emotionally_exhausted + self.cant_take_it) / 4 * 25


class BurdenWeights(models.Model):
    """Per-program weights of the burden index components (they sum to 100)."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="burden_weights")
    contact_hours = models.PositiveSmallIntegerField(default=10)
    contacts = models.PositiveSmallIntegerField(default=5)
    high_risk = models.PositiveSmallIntegerField(default=20)
    after_hours = models.PositiveSmallIntegerField(default=5)
    distress = models.PositiveSmallIntegerField(default=15)
    checkin = models.PositiveSmallIntegerField(default=20)
    supervision_gap = models.PositiveSmallIntegerField(default=10)
    open_debriefs = models.PositiveSmallIntegerField(default=10)
    on_call_hours = models.PositiveSmallIntegerField(default=5)

    COMPONENTS = (
        "contact_hours",
        "contacts",
        "high_risk",
        "after_hours",
        "distress",
        "checkin",
        "supervision_gap",
        "open_debriefs",
        "on_call_hours",
    )

    def __str__(self) -> str:
        return f"Burden weights for {self.program}"

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.COMPONENTS}


# --- Pauses (SPEC 4.3, pause-support triggers) ------------------------------------------------------
