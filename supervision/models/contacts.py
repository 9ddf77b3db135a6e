"""Contacts: the de-identified record of a supporter's contact with a peer, its concerns, actions
and supervisors' annotations (SPEC 4.3)."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from program.models import Membership, Program, ReferralService

EDIT_WINDOW = timedelta(days=7)
DEBRIEF_WITHIN = timedelta(hours=24)


class TimeBand(models.TextChoices):
    DAY = "day", "Daytime (8am–6pm)"
    EVENING = "evening", "Evening (6pm–10pm)"
    NIGHT = "night", "Night (10pm–8am)"


AFTER_HOURS_BANDS = (TimeBand.EVENING, TimeBand.NIGHT)


class Channel(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    PHONE = "phone", "Phone"
    VIDEO = "video", "Video"
    MESSAGE = "message", "Message"
    SOCIAL_MEDIA = "social_media", "Social media"


class Initiator(models.TextChoices):
    PEER = "peer", "The peer reached out"
    SUPPORTER = "supporter", "I reached out"


class Concern(models.TextChoices):
    ACADEMIC = "academic", "Academic"
    PLACEMENT = "placement", "Placement / clinical"
    ISOLATION = "isolation", "Isolation / loneliness"
    RELATIONSHIPS = "relationships", "Relationships"
    MENTAL_HEALTH = "mental_health", "Mental-health symptoms"
    SUBSTANCE_USE = "substance_use", "Substance use"
    SELF_HARM = "self_harm", "Self-harm or suicidal thoughts"
    OTHER = "other", "Other"


class RiskLevel(models.TextChoices):
    NONE = "none", "None"
    LOW = "low", "Low"
    MODERATE = "moderate", "Moderate"
    HIGH = "high", "High"
    IMMINENT = "imminent", "Imminent"


HIGH_RISK = (RiskLevel.HIGH, RiskLevel.IMMINENT)


class Action(models.TextChoices):
    LISTENED = "listened", "Listened"
    SHARED_RESOURCES = "shared_resources", "Shared resources"
    REFERRED = "referred", "Referred to a service"
    CASE_ADVICE = "case_advice", "Sought case advice"
    ESCALATED_ON_CALL = "escalated_on_call", "Escalated to on-call"
    EMERGENCY_SERVICES = "emergency_services", "Called emergency services"


# Actions that answer a high or imminent risk (listening alone does not).
RISK_RESPONSES = (Action.REFERRED, Action.CASE_ADVICE, Action.ESCALATED_ON_CALL, Action.EMERGENCY_SERVICES)


class ContactStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"


def new_peer_code() -> str:
    # Random, never derived from identity; no look-alike characters, easy to read out.
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(6))


class PeerCode(models.Model):
    """A system-issued code linking repeat contacts with the same peer, known only to the supporter."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="+")
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="peer_codes")
    code = models.CharField(max_length=8, default=new_peer_code)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["program", "code"], name="peer_code_unique_in_program")
        ]

    def __str__(self) -> str:
        return self.code


class Contact(models.Model):
    supporter = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="contacts")
    # Denormalised from the supporter for program-wide aggregates without a join.
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="contacts")
    status = models.CharField(max_length=10, choices=ContactStatus.choices, default=ContactStatus.DRAFT)
    contact_date = models.DateField(null=True, blank=True)
    time_band = models.CharField(max_length=10, choices=TimeBand.choices, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    channel = models.CharField(max_length=20, choices=Channel.choices, blank=True)
    initiated_by = models.CharField(max_length=10, choices=Initiator.choices, blank=True)
    risk_level = models.CharField(max_length=10, choices=RiskLevel.choices, blank=True)
    linked_to_crisis_service = models.BooleanField(default=False)
    follow_up_planned = models.BooleanField(default=False)
    supporter_distress = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(10)], help_text="0 (none) to 10 (extreme)."
    )
    narrative_encrypted = models.TextField(blank=True)
    narrative_erased_at = models.DateTimeField(null=True, blank=True)
    peer_code = models.ForeignKey(
        PeerCode, on_delete=models.PROTECT, null=True, blank=True, related_name="contacts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-contact_date", "-id"]
        indexes = [
            models.Index(fields=["supporter", "contact_date"], name="contact_supporter_date"),
            models.Index(fields=["program", "contact_date"], name="contact_program_date"),
            # Lists show the newest first; this lets a page of them stop early.
            models.Index(fields=["-contact_date", "-id"], name="contact_newest_first"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=ContactStatus.DRAFT)
                | Q(
                    contact_date__isnull=False,
                    duration_minutes__isnull=False,
                    supporter_distress__isnull=False,
                    submitted_at__isnull=False,
                )
                & ~Q(time_band="")
                & ~Q(channel="")
                & ~Q(initiated_by="")
                & ~Q(risk_level=""),
                name="submitted_contact_is_complete",
            )
        ]

    def __str__(self) -> str:
        return f"Contact #{self.pk} ({self.get_status_display()})"

    @property
    def is_high_risk(self) -> bool:
        return self.risk_level in HIGH_RISK

    @property
    def is_after_hours(self) -> bool:
        return self.time_band in AFTER_HOURS_BANDS

    @property
    def has_narrative(self) -> bool:
        return bool(self.narrative_encrypted)

    def locked(self, now: datetime | None = None) -> bool:
        """Submitted contacts can be edited by their owner for seven days, then they lock."""
        if self.submitted_at is None:
            return False
        return (now or timezone.now()) >= self.submitted_at + EDIT_WINDOW


class ContactConcern(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="concerns")
    category = models.CharField(max_length=20, choices=Concern.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["contact", "category"], name="contact_concern_once")]
        indexes = [models.Index(fields=["category"], name="contact_concern_category")]

    def __str__(self) -> str:
        return self.get_category_display()


class ContactAction(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="actions")
    action = models.CharField(max_length=20, choices=Action.choices)
    referral_service = models.ForeignKey(
        ReferralService, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contact", "action"], name="contact_action_once"),
            models.CheckConstraint(
                condition=~Q(action="referred") | Q(referral_service__isnull=False),
                name="referral_names_a_service",
            ),
        ]

    def __str__(self) -> str:
        return self.get_action_display()


class ContactAnnotation(models.Model):
    """A supervisor's note on a contact (checked for identifiers and encrypted like narratives)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="annotations")
    author = models.ForeignKey(Membership, on_delete=models.PROTECT, related_name="+")
    text_encrypted = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Annotation on contact #{self.contact_id}"
