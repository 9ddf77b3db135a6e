"""Advice on demand: escalation chains and their steps, advice requests and the pages sent for them."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program.models import Membership, Program
from supervision.models.contacts import Contact


class EscalationTarget(models.TextChoices):
    ON_CALL_SUPERVISOR = "on_call_supervisor", "The supervisor on call now"
    NEXT_SUPERVISOR = (
        "next_supervisor",
        "The next supervisor on the roster, and the supporter's own supervisors",
    )
    ALL_SUPERVISORS = "all_supervisors", "Every supervisor of the program"
    ALL_COORDINATORS = "all_coordinators", "Every coordinator of the program"


# Targets that reach everyone in a role, so they resolve to nobody only if the program has nobody in it: a
# chain must end with one of them (supervision/advice/services.py, `save_chain`).
CATCH_ALL_TARGETS = (EscalationTarget.ALL_SUPERVISORS, EscalationTarget.ALL_COORDINATORS)


class AdviceUrgency(models.TextChoices):
    ROUTINE = "routine", "Routine"
    URGENT = "urgent", "Urgent"
    EMERGENCY = "emergency", "Emergency"


class AdviceStatus(models.TextChoices):
    PAGED = "paged", "Paged"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    RESOLVED = "resolved", "Resolved"


# Minutes a step waits for an acknowledgement before the next is paged, by urgency.
DEFAULT_WAIT_MINUTES = {AdviceUrgency.EMERGENCY: 5, AdviceUrgency.URGENT: 10, AdviceUrgency.ROUTINE: 60}
DEFAULT_REPEAT_MINUTES = 15
# Every program starts with this chain: whoever is on call, then the next on the roster and the
# supporter's own supervisors, then every coordinator.
DEFAULT_CHAIN = (
    EscalationTarget.ON_CALL_SUPERVISOR,
    EscalationTarget.NEXT_SUPERVISOR,
    EscalationTarget.ALL_COORDINATORS,
)


class EscalationChain(models.Model):
    """Who a program's advice requests page, in order, until someone acknowledges. After the last step
    every target of the chain is paged again every `repeat_minutes`."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="escalation_chain")
    repeat_minutes = models.PositiveSmallIntegerField(
        default=DEFAULT_REPEAT_MINUTES, validators=[MinValueValidator(1), MaxValueValidator(240)]
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    def __str__(self) -> str:
        return f"Escalation chain of {self.program}"


class EscalationStep(models.Model):
    chain = models.ForeignKey(EscalationChain, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=20, choices=EscalationTarget.choices)
    emergency_minutes = models.PositiveSmallIntegerField(default=5)
    urgent_minutes = models.PositiveSmallIntegerField(default=10)
    routine_minutes = models.PositiveSmallIntegerField(default=60)

    class Meta:
        ordering = ["chain", "position"]
        constraints = [
            models.UniqueConstraint(fields=["chain", "position"], name="escalation_step_position_unique")
        ]

    def __str__(self) -> str:
        return f"Step {self.position + 1}: {self.get_target_display()}"

    def wait_minutes(self, urgency: str) -> int:
        return int(getattr(self, f"{urgency}_minutes"))


class AdviceRequest(models.Model):
    """A supporter asks for advice now. No free text: what happened is for the call, not the record."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="advice_requests")
    requester = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="advice_requests")
    urgency = models.CharField(max_length=10, choices=AdviceUrgency.choices)
    status = models.CharField(max_length=12, choices=AdviceStatus.choices, default=AdviceStatus.PAGED)
    # Opened by a high- or imminent-risk contact rather than by a tap.
    contact = models.OneToOneField(
        Contact, on_delete=models.SET_NULL, null=True, blank=True, related_name="advice_request"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Index of the chain step paged last; past the last step, each repeat adds one.
    step = models.PositiveSmallIntegerField(default=0)
    next_escalation_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "next_escalation_at"], name="advice_escalation_due"),
            models.Index(fields=["program", "-created_at"], name="advice_program_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status="paged")
                | Q(status="acknowledged", acknowledged_at__isnull=False)
                | Q(status="resolved", resolved_at__isnull=False),
                name="advice_status_has_its_time",
            )
        ]

    def __str__(self) -> str:
        return f"Advice request #{self.pk} ({self.get_urgency_display()}, {self.get_status_display()})"


class AdvicePage(models.Model):
    """One page of one person for a request, with when: the record of who was asked and when."""

    request = models.ForeignKey(AdviceRequest, on_delete=models.CASCADE, related_name="pages")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    step = models.PositiveSmallIntegerField()
    target = models.CharField(max_length=20, choices=EscalationTarget.choices, blank=True)
    paged_at = models.DateTimeField()

    class Meta:
        ordering = ["paged_at", "pk"]
        indexes = [models.Index(fields=["recipient", "request"], name="advice_page_recipient")]

    def __str__(self) -> str:
        return f"Page of {self.recipient_id} for request #{self.request_id}"
