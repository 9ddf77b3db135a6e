"""Intakes, rubrics, applications, reviews and decisions: explicit, explainable selection (SPEC 4.2)."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q

from program.models import Program


class Intake(models.Model):
    """A recruitment round with its own rubric, reviewers and target."""

    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="intakes")
    name = models.CharField(max_length=200)
    opens_on = models.DateField()
    closes_on = models.DateField()
    target = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(500)], help_text="New supporters to select."
    )
    min_reviews = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(2), MaxValueValidator(5)]
    )
    review_days = models.PositiveSmallIntegerField(
        default=14, validators=[MinValueValidator(1), MaxValueValidator(60)], help_text="Days a reviewer has."
    )
    reviewers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="intakes_reviewing")
    rubric_frozen_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-opens_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_on__gte=F("opens_on")), name="intake_closes_after_opening"
            ),
            models.UniqueConstraint(fields=["program", "name"], name="intake_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    def is_open(self, today: date) -> bool:
        return self.opens_on <= today <= self.closes_on


class CriterionKind(models.TextChoices):
    GATE = "gate", "Gate (must be met)"
    SCORED = "scored", "Scored 1–5"


class GateSource(models.TextChoices):
    """Who settles a gate: the applicant's own declaration, or the coordinator."""

    DECLARATION = "declaration", "Applicant's declaration"
    COORDINATOR = "coordinator", "Coordinator"


class Criterion(models.Model):
    intake = models.ForeignKey(Intake, on_delete=models.CASCADE, related_name="criteria")
    order = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=CriterionKind.choices)
    weight = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(10)], help_text="Scored criteria only."
    )
    guidance = models.TextField(blank=True, help_text="What reviewers look for.")
    question = models.TextField(blank=True, help_text="What the applicant is asked (scored criteria).")
    gate_source = models.CharField(max_length=12, choices=GateSource.choices, blank=True)
    # A sensitive gate (current vulnerability) is seen in detail by the applicant and coordinators only.
    sensitive = models.BooleanField(default=False)

    class Meta:
        ordering = ["intake", "order"]
        constraints = [
            models.UniqueConstraint(fields=["intake", "order"], name="criterion_order_unique"),
            models.CheckConstraint(
                condition=Q(kind="scored", gate_source="") | Q(kind="gate") & ~Q(gate_source=""),
                name="gate_has_a_source",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_gate(self) -> bool:
        return self.kind == CriterionKind.GATE

    # A reviewer's missing score or rationale, naming the criterion, in the page and the API alike.
    @property
    def score_error(self) -> str:
        return f"{self.name}: give a score from 1 to 5."

    @property
    def rationale_error(self) -> str:
        return f"{self.name}: write why you gave this score."


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted"
    UNDER_REVIEW = "under_review", "Under review"
    DECIDED = "decided", "Decided"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Decision(models.TextChoices):
    OFFER = "offer", "Offer"
    WAITLIST = "waitlist", "Waitlist"
    DECLINE = "decline", "Decline"


class OfferResponse(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class Application(models.Model):
    intake = models.ForeignKey(Intake, on_delete=models.PROTECT, related_name="applications")
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="applications"
    )
    status = models.CharField(
        max_length=14, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT
    )
    year_level = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    clinical_site = models.CharField(max_length=120, blank=True)
    expected_graduation = models.DateField(null=True, blank=True)
    # The applicant's declaration for the vulnerability gate: seen by them and coordinators only.
    declares_no_current_vulnerability = models.BooleanField(null=True, blank=True)
    declaration_note = models.TextField(blank=True, help_text="Optional, private to the coordinators.")
    agrees_to_role_boundaries = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decision = models.CharField(max_length=10, choices=Decision.choices, blank=True)
    decision_criterion = models.ForeignKey(
        Criterion, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decision_reason = models.TextField(blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    offer_response = models.CharField(max_length=10, choices=OfferResponse.choices, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["intake", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["intake", "applicant"], name="one_application_per_intake"),
            models.CheckConstraint(
                condition=~Q(status="decided") | ~Q(decision=""), name="decided_application_has_a_decision"
            ),
        ]

    def __str__(self) -> str:
        return f"Application #{self.pk}"


class Answer(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="answers")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "criterion"], name="one_answer_per_criterion")
        ]

    def __str__(self) -> str:
        return f"Answer to {self.criterion}"


class AvailabilityWindow(models.Model):
    """A weekly window the applicant can support in (copied to the membership on acceptance)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="availability")
    weekday = models.PositiveSmallIntegerField(validators=[MaxValueValidator(6)], help_text="0 = Monday")
    starts = models.TimeField()
    ends = models.TimeField()

    class Meta:
        ordering = ["weekday", "starts"]
        constraints = [
            models.CheckConstraint(condition=Q(ends__gt=F("starts")), name="window_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.weekday} {self.starts}–{self.ends}"


class GateResult(models.Model):
    """Whether an application meets a gate; reviewers see only this, never the declaration."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="gates")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    met = models.BooleanField()
    settled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    settled_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["application", "criterion"], name="one_result_per_gate")
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {'met' if self.met else 'not met'}"


class Review(models.Model):
    """One reviewer's assignment to an application, their conflict declaration and their scores."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    assigned_at = models.DateTimeField(auto_now_add=True)
    conflict_declared_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["application", "assigned_at"]
        constraints = [
            models.UniqueConstraint(fields=["application", "reviewer"], name="one_review_per_reviewer")
        ]

    def __str__(self) -> str:
        return f"Review of application #{self.application_id}"

    @property
    def is_active(self) -> bool:
        return self.conflict_declared_at is None


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    score = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    rationale = models.TextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(condition=Q(score__gte=1, score__lte=5), name="score_from_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.score}"
