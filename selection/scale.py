"""Benchmark data for the selection module (SPEC 5, Scale); `seed_scale` runs `seed` via SCALE_SEEDERS.

- The first program (the one BENCH_COORDINATOR coordinates) holds a closed intake of 500 submitted
  applications, each reviewed by three of its reviewers and coordinators, with the default rubric, gate
  results, answers and availability windows, and about a fifth of them decided. This is the intake the
  ranking budget is measured on ("500 applications × 3 reviews", issue 3).
- Every program also has a small open intake holding its 30 seeded applicants, two reviews each, so a
  ranking query that forgot to filter by intake would show up in the figures.

Rows go in with bulk_create and no per-row queries; applicants of the big intake are new users
(`scale-01-intake-applicant-NNN`) with an applicant membership each.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from program.extensions import ScaleSeed
from program.models import Membership, MembershipStatus, Program, Role
from selection import services
from selection.models import (
    Answer,
    Application,
    ApplicationStatus,
    AvailabilityWindow,
    Criterion,
    CriterionKind,
    Decision,
    GateResult,
    GateSource,
    Intake,
    OfferResponse,
    Review,
    Score,
)

BIG_INTAKE_NAME = "Scale intake (500 applications)"
BIG_INTAKE_APPLICATIONS = 500
BIG_INTAKE_REVIEWS = 3
SMALL_INTAKE_REVIEWS = 2
BATCH = 2000
SITES = ("Central Hospital", "Northern Rural Clinical School", "Coastal Health", "Western Regional")
ANSWER = "I volunteered on a student helpline for two years and completed mental-health first aid."
DECISIONS = (Decision.OFFER, Decision.OFFER, Decision.WAITLIST, Decision.DECLINE)
RATIONALE = "Answer and interview notes support this score; see the guidance for the level."


def seed(scale: ScaleSeed) -> None:
    first, *others = scale.programs
    applicant_user_ids = _big_intake_applicants(scale, first)
    _intake(scale, first, BIG_INTAKE_NAME, applicant_user_ids, BIG_INTAKE_REVIEWS, closed=True)
    for program in [*others, first]:
        applicants = [m.user_id for m in scale.members[program.pk].get(Role.APPLICANT, [])]
        _intake(scale, program, "Scale intake (open)", applicants, SMALL_INTAKE_REVIEWS, closed=False)
    scale.counts["intakes"] = Intake.objects.count()
    scale.counts["applications"] = Application.objects.count()
    scale.counts["reviews"] = Review.objects.count()


def _big_intake_applicants(scale: ScaleSeed, program: Program) -> list[int]:
    """500 new applicant users with an applicant membership of the first program."""
    user_model = get_user_model()
    password = scale.members[program.pk][Role.COORDINATOR][0].user.password
    names = [f"scale-01-intake-applicant-{n:03d}" for n in range(1, BIG_INTAKE_APPLICATIONS + 1)]
    users = user_model.objects.bulk_create(
        [
            user_model(
                username=name,
                first_name="Applicant",
                last_name=f"{n:03d}",
                email=f"{name}@example.edu",
                password=password,
            )
            for n, name in enumerate(names, 1)
        ],
        batch_size=1000,
    )
    Membership.objects.bulk_create(
        [
            Membership(
                user_id=user.pk,
                program=program,
                role=Role.APPLICANT,
                status=MembershipStatus.ACTIVE,
                term_start=scale.today - timedelta(days=40),
                year_level=scale.rng.randint(1, 3),
            )
            for user in users
        ],
        batch_size=1000,
    )
    scale.counts["users"] = scale.counts.get("users", 0) + len(users)
    return [user.pk for user in users]


def _intake(
    scale: ScaleSeed,
    program: Program,
    name: str,
    applicant_ids: list[int],
    reviews_each: int,
    *,
    closed: bool,
) -> None:
    rng, today = scale.rng, scale.today
    tz = ZoneInfo(program.timezone)
    members = scale.members[program.pk]
    reviewer_ids = sorted(
        {m.user_id for m in members.get(Role.REVIEWER, [])} | {m.user_id for m in members[Role.COORDINATOR]}
    )
    opens_on = today - timedelta(days=60 if closed else 20)
    closes_on = today - timedelta(days=30) if closed else today + timedelta(days=10)
    intake = Intake.objects.create(
        program=program, name=name, opens_on=opens_on, closes_on=closes_on, target=40 if closed else 5
    )
    intake.reviewers.set(reviewer_ids)
    criteria = Criterion.objects.bulk_create(
        [Criterion(intake=intake, order=order, **c) for order, c in enumerate(services.DEFAULT_RUBRIC, 1)]
    )
    scored = [c for c in criteria if c.kind == CriterionKind.SCORED]
    gates = [c for c in criteria if c.kind == CriterionKind.GATE]
    coordinator_id = members[Role.COORDINATOR][0].user_id

    def moment(days_back: int, hour: int) -> datetime:
        return min(datetime.combine(today - timedelta(days=days_back), time(hour), tzinfo=tz), timezone.now())

    submitted_days = (today - opens_on).days
    applications = Application.objects.bulk_create(
        [
            Application(
                intake=intake,
                applicant_id=user_id,
                status=ApplicationStatus.UNDER_REVIEW,
                year_level=(year := rng.randint(1, 3)),
                clinical_site=rng.choice(SITES),
                expected_graduation=date(today.year + 7 - year, 11, 30),
                declares_no_current_vulnerability=rng.random() > 0.03,
                agrees_to_role_boundaries=True,
                submitted_at=moment(rng.randint(max(1, submitted_days - 30), submitted_days), 19),
            )
            for user_id in applicant_ids
        ],
        batch_size=BATCH,
    )
    Answer.objects.bulk_create(
        [Answer(application=a, criterion=c, text=ANSWER) for a in applications for c in scored],
        batch_size=BATCH,
    )
    AvailabilityWindow.objects.bulk_create(
        [
            AvailabilityWindow(application=a, weekday=day, starts=time(18), ends=time(22))
            for a in applications
            for day in rng.sample(range(7), 2)
        ],
        batch_size=BATCH,
    )
    # The declaration gate is settled by the applicant's own declaration, the academic one by a
    # coordinator (about one in twenty not met).
    GateResult.objects.bulk_create(
        [
            GateResult(
                application=a,
                criterion=gate,
                met=bool(a.declares_no_current_vulnerability),
                settled_by_id=a.applicant_id,
            )
            if gate.gate_source == GateSource.DECLARATION
            else GateResult(
                application=a, criterion=gate, met=rng.random() > 0.05, settled_by_id=coordinator_id
            )
            for a in applications
            for gate in gates
        ],
        batch_size=BATCH,
    )
    reviews = Review.objects.bulk_create(
        [
            Review(
                application=a,
                reviewer_id=reviewer_id,
                submitted_at=moment(rng.randint(1, 20), 21),
            )
            for a in applications
            for reviewer_id in rng.sample(reviewer_ids, min(reviews_each, len(reviewer_ids)))
        ],
        batch_size=BATCH,
    )
    # Each application has a merit around which its reviewers' scores scatter; some scatter widely,
    # which is what the disagreement flag is for.
    merit = {a.pk: rng.uniform(1.5, 4.8) for a in applications}
    Score.objects.bulk_create(
        [
            Score(review=r, criterion=c, score=_score(rng, merit[r.application.pk]), rationale=RATIONALE)
            for r in reviews
            for c in scored
        ],
        batch_size=BATCH,
    )
    if closed:
        _decide(rng, applications, scored[0], coordinator_id, moment(2, 10))


def _score(rng: random.Random, merit: float) -> int:
    spread = 1.6 if rng.random() < 0.1 else 0.6
    return max(1, min(5, round(rng.gauss(merit, spread))))


def _decide(
    rng: random.Random, applications: list[Application], criterion: Criterion, by: int, when: datetime
) -> None:
    """About a fifth decided: offers (most accepted or pending), a waitlist and declines."""
    decided = rng.sample(applications, len(applications) // 5)
    for index, application in enumerate(decided):
        application.status = ApplicationStatus.DECIDED
        application.decision = DECISIONS[index % len(DECISIONS)]
        application.decision_criterion = criterion
        application.decision_reason = "Decided on the weighted scores against the rubric."
        application.decided_by_id = by
        application.decided_at = when
        if application.decision == Decision.OFFER and index % 3:
            application.offer_response = OfferResponse.DECLINED if index % 7 == 0 else ""
    Application.objects.bulk_update(
        decided,
        [
            "status",
            "decision",
            "decision_criterion",
            "decision_reason",
            "decided_by",
            "decided_at",
            "offer_response",
        ],
        batch_size=500,
    )
