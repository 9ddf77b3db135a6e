"""Pauses: the rules that pause a supporter, blackout periods and the pauses themselves (SPEC 4.4)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program import dates
from program.models import Membership, Program


class PauseMetric(models.TextChoices):
    """What a pause rule measures. Event metrics count evidence newer than the rule's last resumption
    for the supporter; state metrics hold until fixed, so after a resumption they wait out the rule's
    review period before they may pause again."""

    CHECKIN_BURNOUT = "checkin_burnout", "Latest check-in burnout score (0–100)"
    OVERDUE_DEBRIEFS = "overdue_debriefs", "High-risk contacts not debriefed in time"
    WEEKS_OVER_HOURS = "weeks_over_hours", "Weeks over the weekly contact-hour limit"
    SUPERVISION_OVERDUE = "supervision_overdue", "Days supervision is overdue"
    TRAINING_MISSING = "training_missing", "Mandatory training modules missing or expired"
    ACADEMIC_AT_RISK = "academic_at_risk", "Academic standing marked at risk"
    BLACKOUT = "blackout", "Inside a blackout period"


class PauseAction(models.TextChoices):
    PAUSE = "pause", "Pause"
    FLAG = "flag", "Flag for review"


class PauseRule(models.Model):
    """A condition over a window on a metric the system computes, and what to do when it holds."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="pause_rules")
    name = models.CharField(max_length=120)
    metric = models.CharField(max_length=24, choices=PauseMetric.choices)
    window_days = models.PositiveSmallIntegerField(
        help_text="How far back the condition looks, in days (0 for conditions without a window)."
    )
    threshold = models.PositiveSmallIntegerField(help_text="The condition holds at or above this value.")
    action = models.CharField(max_length=5, choices=PauseAction.choices)
    review_days = models.PositiveSmallIntegerField(
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
        help_text="Review after this many days.",
    )
    enabled = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["program", "pk"]
        constraints = [models.UniqueConstraint(fields=["program", "name"], name="pause_rule_name_unique")]

    def __str__(self) -> str:
        return self.name


class BlackoutPeriod(models.Model):
    """A program calendar entry (exams, say) during which a blackout rule pauses supporters."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="blackout_periods")
    name = models.CharField(max_length=120)
    starts_on = models.DateField()
    ends_on = models.DateField(help_text="The last day of the period.")

    class Meta:
        ordering = ["program", "starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="blackout_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({dates.day(self.starts_on)} – {dates.day(self.ends_on)})"


class PauseTrigger(models.TextChoices):
    SELF = "self", "Asked to pause"
    MANUAL = "manual", "Paused by a supervisor or coordinator"
    RULE = "rule", "Pause rule"


class PauseEnd(models.TextChoices):
    RESUMED = "resumed", "Resumed with a supervisor's sign-off"
    REVIEWED = "reviewed", "Reviewed by a supervisor"
    BLACKOUT_OVER = "blackout_over", "The blackout period ended"
    LEFT = "left", "The supporter left the role"
    UNDONE = "undone", "Undone by the supporter"


class Pause(models.Model):
    """One pause (or flag for review) of a supporter: its trigger, private reason, review date and how
    it ended. Rows are never deleted; the membership is paused while any open pause-action row exists."""

    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="pauses")
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="pauses")
    action = models.CharField(max_length=5, choices=PauseAction.choices, default=PauseAction.PAUSE)
    trigger = models.CharField(max_length=6, choices=PauseTrigger.choices)
    rule = models.ForeignKey(
        PauseRule, on_delete=models.PROTECT, null=True, blank=True, related_name="pauses"
    )
    # Private (the supporter and their supervisors; never coordinators): encrypted like narratives.
    reason_encrypted = models.TextField(blank=True)
    evidence_at = models.DateTimeField(
        null=True, blank=True, help_text="When the triggering condition arose."
    )
    started_at = models.DateTimeField(default=timezone.now)
    review_on = models.DateField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    end_kind = models.CharField(max_length=14, choices=PauseEnd.choices, blank=True)
    end_note_encrypted = models.TextField(blank=True)
    # Which evaluation inserted the row: a bulk insert that skips conflicts reads back its own rows by it.
    batch = models.UUIDField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            # At most one open pause per supporter per rule, and one open self or manual pause: two
            # evaluations at once, or a double tap, settle on these.
            models.UniqueConstraint(
                fields=["membership", "rule"],
                condition=Q(ended_at__isnull=True, rule__isnull=False),
                name="one_open_pause_per_rule",
            ),
            models.UniqueConstraint(
                fields=["membership", "trigger"],
                condition=Q(ended_at__isnull=True, rule__isnull=True),
                name="one_open_pause_per_trigger",
            ),
            models.CheckConstraint(
                condition=Q(trigger="rule", rule__isnull=False) | (~Q(trigger="rule") & Q(rule__isnull=True)),
                name="pause_rule_matches_trigger",
            ),
            models.CheckConstraint(
                condition=Q(ended_at__isnull=True, end_kind="") | Q(ended_at__isnull=False) & ~Q(end_kind=""),
                name="pause_end_has_a_kind",
            ),
        ]
        indexes = [
            models.Index(fields=["membership", "ended_at"], name="pause_membership_open"),
            models.Index(fields=["program", "ended_at"], name="pause_program_open"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()} of {self.membership_id} ({self.get_trigger_display()})"

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    @property
    def trigger_label(self) -> str:
        return self.rule.name if self.rule_id and self.rule else self.get_trigger_display()


# --- On-call rosters (SPEC 4.3) ---------------------------------------------------------------------
