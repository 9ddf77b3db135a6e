"""Ranking an intake: weighted scores, who is ranked, disagreement flags, cohort spread, query count."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from selection import ranking, services
from selection.models import Application, Decision, Intake, Review
from tests.conftest import World
from tests.selection.builders import (
    applicant,
    apply,
    coordinator,
    draft,
    open_intake,
    review,
    reviewed,
    reviewer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def intake(world: World) -> Intake:
    return open_intake(world, [reviewer(world, f"reviewer{n}") for n in (1, 2, 3)])


def row_of(rows: list[ranking.RankRow], application: Application) -> ranking.RankRow:
    return next(r for r in rows if r.application.pk == application.pk)


def decide(world: World, application: Application, decision: str) -> Application:
    return services.decide(
        application,
        by=coordinator(world),
        decision=decision,
        criterion=application.intake.criteria.get(order=1),
        reason="From the recorded scores.",
    )


def test_the_score_is_the_weighted_mean_of_the_criterion_means(world: World, intake: Intake) -> None:
    # Weights 3, 2, 3. Criterion means: (5+3)/2 = 4, (3+3)/2 = 3, (4+2)/2 = 3.
    application = reviewed(world, intake, applicant(world), (5, 3, 4), (3, 3, 2))

    row = row_of(ranking.rank(intake), application)

    assert row.reviews == 2
    assert [(r.mean, r.low, r.high) for r in row.results] == [(4.0, 3, 5), (3.0, 3, 3), (3.0, 2, 4)]
    assert row.score == pytest.approx((3 * 4 + 2 * 3 + 3 * 3) / 8)  # 3.375
    assert row.rank == 1


def test_eligible_applications_are_ranked_by_score_and_the_rest_follow_unranked(
    world: World, intake: Intake
) -> None:
    failed_academic = reviewed(world, intake, applicant(world), 5, 5, academic=False)
    mid = reviewed(world, intake, applicant(world), 4, 3)
    declared_vulnerable = reviewed(
        world, intake, applicant(world), 5, 5, declares_no_current_vulnerability=False
    )
    unsettled = reviewed(world, intake, applicant(world), 5, 5, academic=None)
    under_reviewed = reviewed(world, intake, applicant(world), 5)
    high = reviewed(world, intake, applicant(world), 5, 4)
    unreviewed = apply(intake, applicant(world))
    draft(intake, applicant(world))
    withdrawn_by = applicant(world)
    services.withdraw_application(apply(intake, withdrawn_by), by=withdrawn_by)

    rows = ranking.rank(intake)

    assert [r.application for r in rows] == [
        high,
        mid,
        failed_academic,
        declared_vulnerable,
        unsettled,
        under_reviewed,
        unreviewed,
    ]
    assert [r.rank for r in rows] == [1, 2, None, None, None, None, None]
    # Unranked rows still carry what is known, for the coordinator.
    assert row_of(rows, failed_academic).score == 5.0
    assert row_of(rows, under_reviewed).reviews == 1
    assert row_of(rows, unreviewed).score is None


def test_equal_scores_rank_in_order_of_application(world: World, intake: Intake) -> None:
    first = reviewed(world, intake, applicant(world), 4, 4)
    second = reviewed(world, intake, applicant(world), 4, 4)
    assert [r.application for r in ranking.rank(intake)] == [first, second]


def test_reviewers_differing_by_two_or_more_on_a_criterion_are_flagged(world: World, intake: Intake) -> None:
    # Experience differs by 2 (flagged), accessibility by 1, boundaries not at all.
    split = reviewed(world, intake, applicant(world), (5, 3, 4), (3, 4, 4))
    close = reviewed(world, intake, applicant(world), (4, 3, 4), (3, 4, 4))

    rows = ranking.rank(intake)

    assert row_of(rows, split).disagreements == ["Previous experience and training"]
    assert [r.disagreement for r in row_of(rows, split).results] == [True, False, False]
    assert row_of(rows, close).disagreements == []


def test_the_cohort_spread_counts_offers_by_year_and_site_and_names_sites_no_offer_reaches(
    world: World, intake: Intake
) -> None:
    decide(world, reviewed(world, intake, applicant(world), 5, 5, year_level=4), Decision.OFFER)
    accepted_by = applicant(world)
    accepted = decide(world, reviewed(world, intake, accepted_by, 5, 4, year_level=5), Decision.OFFER)
    services.respond_to_offer(accepted, by=accepted_by, accept=True)
    declined_by = applicant(world)
    declined = decide(
        world, reviewed(world, intake, declined_by, 5, 4, clinical_site="Dubbo Base Hospital"), Decision.OFFER
    )
    services.respond_to_offer(declined, by=declined_by, accept=False)
    decide(
        world,
        reviewed(
            world, intake, applicant(world), 3, 3, year_level=3, clinical_site="Broken Hill Base Hospital"
        ),
        Decision.WAITLIST,
    )
    apply(intake, applicant(world), year_level=2, clinical_site="Bathurst Rural Clinical School")
    draft(intake, applicant(world), clinical_site="Wagga Wagga Base Hospital")

    spread = ranking.cohort_spread(intake, ranking.rank(intake))

    assert (spread.target, spread.selected) == (3, 2)
    assert spread.by_year == [("Year 4", 1), ("Year 5", 1)]
    assert spread.by_site == [("Westmead Hospital", 2)]
    assert spread.sites_without == [
        "Bathurst Rural Clinical School",
        "Broken Hill Base Hospital",
        "Dubbo Base Hospital",
    ]


def test_ranking_keeps_a_constant_query_count_as_applications_grow(world: World) -> None:
    reviewers = [reviewer(world, f"reviewer{n}") for n in (1, 2, 3)]

    def measure(name: str, count: int) -> int:
        intake = open_intake(world, reviewers, name=name)
        for index in range(count):
            application = reviewed(world, intake, applicant(world), 3 + index % 3, 4, academic=index % 4 != 0)
            if index % 2:
                # A third review for every other application: 2–3 reviews each.
                assigned = set(application.reviews.values_list("reviewer", flat=True))
                extra = next(u for u in reviewers if u.pk not in assigned)
                Review.objects.create(application=application, reviewer=extra)
                review(application, 5)
        with CaptureQueriesContext(connection) as queries:
            rows = ranking.rank(intake)
            ranking.cohort_spread(intake, rows)
        assert len(rows) == count and all(r.score is not None for r in rows)
        assert sum(1 for r in rows if r.rank) == count - (count + 3) // 4
        return len(queries)

    # criteria; applications with their applicants; score mean/low/high per application and criterion;
    # submitted reviews per application; gate results. The cohort spread reads the rows only.
    assert measure("Small intake", 4) == measure("Large intake", 12) == 5
