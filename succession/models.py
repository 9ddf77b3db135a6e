"""Succession planning (SPEC 4.4): key roles and who holds them, successors and how ready they are,
handover checklists, the program's knowledge base, and the settings the runway forecast needs."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone

from program.models import Membership, Program


class ContinuitySettings(models.Model):
    """How long it takes to bring a new cohort on: the runway forecast opens an intake this far ahead
    of the month the program would fall below its minimum."""

    program = models.OneToOneField(Program, on_delete=models.CASCADE, related_name="continuity_settings")
    selection_weeks = models.PositiveSmallIntegerField(
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
        help_text="Weeks from opening an intake to accepted offers.",
    )
    training_weeks = models.PositiveSmallIntegerField(
        default=8,
        validators=[MaxValueValidator(52)],
        help_text="Weeks from an accepted offer to a supporter ready for duty.",
    )

    def __str__(self) -> str:
        return f"Continuity settings for {self.program}"

    @property
    def lead_weeks(self) -> int:
        return self.selection_weeks + self.training_weeks


class KeyRoleKind(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    LEAD_SUPERVISOR = "lead_supervisor", "Lead supervisor"
    TRAINING_LEAD = "training_lead", "Training lead"
    ROSTER_LEAD = "roster_lead", "Roster lead"
    STUDENT_LEAD = "student_lead", "Student lead"
    OTHER = "other", "Other"


class KeyRole(models.Model):
    """A role the program cannot run without. It should have at least two people able to hold it."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="key_roles")
    kind = models.CharField(max_length=20, choices=KeyRoleKind.choices, default=KeyRoleKind.OTHER)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "name"]
        # Case-insensitive, as the service's check: "Handbook" and "handbook" are one name.
        constraints = [models.UniqueConstraint(F("program"), Lower("name"), name="key_role_name_unique")]

    def __str__(self) -> str:
        return self.name


class KeyRoleHolder(models.Model):
    """Someone holding a key role for a term. Ended rather than deleted: the history stays."""

    key_role = models.ForeignKey(KeyRole, on_delete=models.CASCADE, related_name="holders")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="key_roles_held")
    starts_on = models.DateField()
    term_ends_on = models.DateField(null=True, blank=True, help_text="When the term is due to end.")
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["key_role", "starts_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(term_ends_on__isnull=True) | Q(term_ends_on__gte=F("starts_on")),
                name="key_role_term_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["key_role", "membership"],
                condition=Q(ended_on__isnull=True),
                name="one_current_holding_per_person_and_role",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.membership_id} holds {self.key_role_id}"


class Readiness(models.TextChoices):
    READY_NOW = "ready_now", "Ready now"
    WITHIN_6_MONTHS = "within_6_months", "Within 6 months"
    WITHIN_12_MONTHS = "within_12_months", "Within 12 months"
    LATER = "later", "Later"


# Readiest first: the stored values do not sort that way.
READINESS_RANK = models.Case(
    *(models.When(readiness=value, then=models.Value(rank)) for rank, value in enumerate(Readiness.values)),
    output_field=models.IntegerField(),
)


class Successor(models.Model):
    """A member nominated to take on a key role, and how ready they are."""

    key_role = models.ForeignKey(KeyRole, on_delete=models.CASCADE, related_name="successors")
    membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="successions")
    readiness = models.CharField(max_length=20, choices=Readiness.choices, default=Readiness.LATER)
    notes = models.TextField(blank=True)
    nominated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    nominated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["key_role", "readiness", "pk"]  # lists that show people use READINESS_RANK
        constraints = [
            models.UniqueConstraint(
                fields=["key_role", "membership"], name="one_nomination_per_person_and_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.membership_id} for {self.key_role_id} ({self.readiness})"


class DevelopmentKind(models.TextChoices):
    SHADOWING = "shadowing", "Shadowing"
    TRAINING = "training", "Training"
    OTHER = "other", "Other"


class DevelopmentAction(models.Model):
    """Something a successor does to become ready: shadow the holder, complete a training."""

    successor = models.ForeignKey(Successor, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=12, choices=DevelopmentKind.choices)
    description = models.CharField(max_length=200)
    due_on = models.DateField()
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["successor", "due_on", "pk"]

    def __str__(self) -> str:
        return self.description


class ChecklistItem(models.Model):
    """One line of a key role's handover checklist template (coordinators edit these)."""

    key_role = models.ForeignKey(KeyRole, on_delete=models.CASCADE, related_name="checklist")
    order = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=200)

    class Meta:
        ordering = ["key_role", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class Handover(models.Model):
    """Handing a key role from one person to another, tracked by a checklist copied from the template."""

    key_role = models.ForeignKey(KeyRole, on_delete=models.CASCADE, related_name="handovers")
    from_membership = models.ForeignKey(
        Membership, on_delete=models.PROTECT, null=True, blank=True, related_name="handovers_given"
    )
    to_membership = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="handovers_received")
    started_at = models.DateTimeField(default=timezone.now)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["key_role", "-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["key_role", "to_membership"],
                condition=Q(completed_at__isnull=True),
                name="one_open_handover_per_role_and_person",
            )
        ]

    def __str__(self) -> str:
        return f"Handover of {self.key_role_id} to {self.to_membership_id}"


class HandoverTask(models.Model):
    handover = models.ForeignKey(Handover, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=200)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["handover", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class DocumentKind(models.TextChoices):
    HANDBOOK = "handbook", "Handbook"
    REFERRAL_PATHWAYS = "referral_pathways", "Referral pathways"
    SELECTION_RUBRIC = "selection_rubric", "Selection rubric"
    TRAINING = "training", "Training material"
    LOCAL_CONTACTS = "local_contacts", "Local contacts"
    OTHER = "other", "Other"


class Document(models.Model):
    """A program document in the knowledge base. Its content lives in versions; none is ever replaced."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    owner = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="documents_owned")
    last_reviewed_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["program", "title"]
        constraints = [models.UniqueConstraint(F("program"), Lower("title"), name="document_title_unique")]

    def __str__(self) -> str:
        return self.title


class DocumentVersion(models.Model):
    """One uploaded version of a document, kept in the database so that it is served only through the
    permission checks (never from a public media folder)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    content = models.BinaryField()
    note = models.CharField(max_length=200, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="document_version_unique")]

    def __str__(self) -> str:
        return f"{self.document_id} v{self.number}"


class ContinuityAlert(models.Model):
    """A continuity risk the scheduler has told coordinators and sponsors about, so each risk is
    announced once — and again only if it clears and comes back."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="continuity_alerts")
    key = models.CharField(max_length=100, help_text="Which risk, e.g. role:12:leaving or runway.")
    alerted_at = models.DateTimeField()
    cleared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["program", "-alerted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["program", "key"],
                condition=Q(cleared_at__isnull=True),
                name="one_open_alert_per_risk",
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.program_id})"
