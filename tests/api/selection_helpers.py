"""Shared pieces of the selection API tests: an open intake with two reviewers, and applications built
straight into each state (the services under test are called through the API, not here)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from django.utils import timezone

from program.models import Role
from selection import services
from selection.models import (
    Application,
    ApplicationStatus,
    AvailabilityWindow,
    Criterion,
    CriterionKind,
    GateResult,
    GateSource,
    Intake,
    Review,
    Score,
)
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

INTAKES = "/api/v1/intakes/"
APPLICATIONS = "/api/v1/applications/"
REVIEWS = "/api/v1/reviews/"
DECLARATION_NOTE = "Recovered from a rough patch last year; doing well now."


def url(base: str, pk: int, tail: str = "") -> str:
    return f"{base}{pk}/{tail}"


def scored(intake: Intake) -> list[Criterion]:
    return list(intake.criteria.filter(kind=CriterionKind.SCORED))


def gate(intake: Intake, source: str) -> Criterion:
    return intake.criteria.get(kind=CriterionKind.GATE, gate_source=source)


def open_intake(world: World, *, name: str = "2026 intake", reviewers: list | None = None) -> Intake:
    today = timezone.localdate()
    return services.create_intake(
        world.program,
        by=world.user(Role.COORDINATOR),
        reviewers=reviewers if reviewers is not None else [world.user(Role.REVIEWER), reviewer2(world)],
        name=name,
        opens_on=today - timedelta(days=5),
        closes_on=today + timedelta(days=20),
        target=3,
    )


def reviewer2(world: World) -> Any:
    """A second reviewer of the first program."""
    user = UserFactory(username="reviewer2")
    if not user.memberships.filter(program=world.program, role=Role.REVIEWER).exists():
        MembershipFactory(program=world.program, role=Role.REVIEWER, user=user)
    return user


def new_applicant(world: World, username: str | None = None, **membership: Any) -> Any:
    kwargs = {"username": username} if username else {}
    return MembershipFactory(
        program=world.program, role=Role.APPLICANT, user=UserFactory(**kwargs), **membership
    ).user


def complete_draft(
    intake: Intake, user: Any, *, site: str = "Dubbo Base Hospital", year: int = 4
) -> Application:
    """A draft with everything a submission needs."""
    application, _ = Application.objects.get_or_create(intake=intake, applicant=user)
    application.year_level = year
    application.clinical_site = site
    application.expected_graduation = date(2028, 11, 30)
    application.declares_no_current_vulnerability = True
    application.declaration_note = DECLARATION_NOTE
    application.agrees_to_role_boundaries = True
    application.save()
    for criterion in scored(intake):
        application.answers.create(criterion=criterion, text=f"My answer to {criterion.name}.")
    AvailabilityWindow.objects.create(application=application, weekday=1, starts=time(18), ends=time(21))
    AvailabilityWindow.objects.create(application=application, weekday=5, starts=time(9), ends=time(12))
    return application


def submitted(intake: Intake, user: Any, *, reviewers: list | None = None, **draft: Any) -> Application:
    """Submitted with its declaration gate settled and a review assigned to each of the intake's reviewers."""
    application = complete_draft(intake, user, **draft)
    application.status = ApplicationStatus.SUBMITTED
    application.submitted_at = timezone.now()
    application.save()
    GateResult.objects.create(
        application=application, criterion=gate(intake, GateSource.DECLARATION), met=True
    )
    for reviewer in reviewers if reviewers is not None else list(intake.reviewers.order_by("pk")):
        Review.objects.create(application=application, reviewer=reviewer)
    return application


def score(
    review: Review, values: int | dict[int, int] = 4, rationale: str = "Seen in the answers."
) -> Review:
    """Submit a review directly: every scored criterion gets the value (or values by criterion id)."""
    application = review.application
    for criterion in scored(application.intake):
        value = values if isinstance(values, int) else values[criterion.pk]
        Score.objects.create(review=review, criterion=criterion, score=value, rationale=rationale)
    now = timezone.now()
    review.submitted_at = now
    review.save()
    Intake.objects.filter(pk=application.intake_id, rubric_frozen_at__isnull=True).update(
        rubric_frozen_at=now
    )
    Application.objects.filter(pk=application.pk).update(status=ApplicationStatus.UNDER_REVIEW)
    return review


def settle_academic_gate(application: Application, met: bool = True) -> None:
    GateResult.objects.update_or_create(
        application=application,
        criterion=gate(application.intake, GateSource.COORDINATOR),
        defaults={"met": met},
    )


def reviewed(intake: Intake, user: Any, values: int | dict[int, int] = 4, **draft: Any) -> Application:
    """Submitted, scored by every assigned reviewer, every gate met: ready to decide."""
    application = submitted(intake, user, **draft)
    for review in application.reviews.all():
        score(review, values)
    settle_academic_gate(application)
    application.refresh_from_db()
    return application


def decided(application: Application, decision: str, by: Any) -> Application:
    Application.objects.filter(pk=application.pk).update(
        status=ApplicationStatus.DECIDED,
        decision=decision,
        decision_criterion=application.intake.criteria.first(),
        decision_reason="From the recorded scores.",
        decided_by=by,
        decided_at=timezone.now(),
    )
    application.refresh_from_db()
    return application
