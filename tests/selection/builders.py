"""Building intakes, applications and reviews for the selection tests, through the services themselves
(so a test's starting point is one the program can actually reach)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from django.contrib.auth.models import User

from program.models import Role
from selection import services
from selection.models import Application, Criterion, CriterionKind, GateSource, Intake, Review
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

GRADUATION = date(2029, 11, 30)
WINDOWS = [(1, time(18), time(21)), (5, time(9), time(12))]


def coordinator(world: World) -> User:
    return world.user(Role.COORDINATOR)


def reviewer(world: World, username: str) -> User:
    """A reviewer of the world's program."""
    return MembershipFactory(
        program=world.program, role=Role.REVIEWER, user=UserFactory(username=username)
    ).user


def applicant(world: World, username: str | None = None) -> User:
    kwargs = {"username": username} if username else {}
    return MembershipFactory(program=world.program, role=Role.APPLICANT, user=UserFactory(**kwargs)).user


def open_intake(world: World, reviewers: list[User], **fields: Any) -> Intake:
    today = world.program.today()
    values: dict[str, Any] = {
        "name": "2026 intake",
        "opens_on": today - timedelta(days=7),
        "closes_on": today + timedelta(days=14),
        "target": 3,
    }
    values.update(fields)
    return services.create_intake(world.program, by=coordinator(world), reviewers=reviewers, **values)


def scored(intake: Intake) -> list[Criterion]:
    return list(intake.criteria.filter(kind=CriterionKind.SCORED))


def gate(intake: Intake, source: str) -> Criterion:
    return intake.criteria.get(kind=CriterionKind.GATE, gate_source=source)


def complete_fields(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "year_level": 4,
        "clinical_site": "Westmead Hospital",
        "expected_graduation": GRADUATION,
        "declares_no_current_vulnerability": True,
        "declaration_note": "",
        "agrees_to_role_boundaries": True,
    }
    fields.update(overrides)
    return fields


def draft(intake: Intake, user: User, **overrides: Any) -> Application:
    """A complete draft, saved by the applicant."""
    return services.save_application(
        intake,
        by=user,
        answers={c.pk: f"What I would bring to “{c.name}”." for c in scored(intake)},
        availability=WINDOWS,
        **complete_fields(**overrides),
    )


def apply(intake: Intake, user: User, **overrides: Any) -> Application:
    """A complete application, submitted (reviewers are assigned by the service)."""
    return services.submit_application(draft(intake, user, **overrides), by=user)


def review(application: Application, values: int | tuple[int, ...]) -> Review:
    """The next active, unsubmitted review of the application, submitted with these scores
    (one value for every scored criterion, or one per scored criterion in rubric order)."""
    pending = application.reviews.filter(submitted_at__isnull=True, conflict_declared_at__isnull=True).first()
    assert pending is not None, "no review left to submit"
    criteria = scored(application.intake)
    per_criterion = values if isinstance(values, tuple) else (values,) * len(criteria)
    return services.submit_review(
        pending,
        by=pending.reviewer,
        scores={
            c.pk: (v, f"Scored {v} from the answers.") for c, v in zip(criteria, per_criterion, strict=True)
        },
    )


def settle_academic(application: Application, by: User, met: bool = True) -> None:
    services.settle_gate(application, gate(application.intake, GateSource.COORDINATOR), by=by, met=met)


def reviewed(
    world: World,
    intake: Intake,
    user: User,
    *scores: int | tuple[int, ...],
    academic: bool | None = True,
    **fields: Any,
) -> Application:
    """Applied, reviewed once per given scores, and the academic gate settled (unless academic is None)."""
    application = apply(intake, user, **fields)
    for values in scores:
        review(application, values)
    if academic is not None:
        settle_academic(application, coordinator(world), academic)
    application.refresh_from_db()
    return application
