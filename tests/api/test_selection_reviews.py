"""/api/v1/reviews/: scope per role, independent review (others' scores only after submitting your own),
scoring with every bad input named, and conflicts of interest."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from program.models import Role
from selection import services
from selection.models import Application, ApplicationStatus, Intake, Review, Score
from tests.api.helpers import api_as, assert_error, assert_not_signed_in, result_ids
from tests.api.selection_helpers import (
    REVIEWS,
    new_applicant,
    open_intake,
    reviewer2,
    score,
    scored,
    submitted,
    url,
)
from tests.api.test_query_counts import assert_constant, queries_for
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

OUT_OF_SCOPE = ["supervisor", "supporter", "applicant", "sponsor", "outsider", "stranger"]


@pytest.fixture
def intake(world: World) -> Intake:
    return open_intake(world)


@pytest.fixture
def reviews(world: World, intake: Intake) -> dict[str, Review]:
    """The applicant's application reviewed by the reviewer ("mine") and reviewer2 ("theirs"); another
    application reviewed by reviewer2 alone; and a review in the other program."""
    own = submitted(intake, world.user(Role.APPLICANT))
    other = submitted(intake, new_applicant(world), reviewers=[reviewer2(world)])
    today = timezone.localdate()
    eastern = services.create_intake(
        world.other_program, by=world.outsider.user, name="Eastern", opens_on=today, closes_on=today, target=1
    )
    eastern_reviewer = MembershipFactory(program=world.other_program, role=Role.REVIEWER).user
    elsewhere = submitted(
        eastern,
        MembershipFactory(program=world.other_program, role=Role.APPLICANT).user,
        reviewers=[eastern_reviewer],
    )
    return {
        "mine": own.reviews.get(reviewer=world.user(Role.REVIEWER)),
        "theirs": own.reviews.get(reviewer__username="reviewer2"),
        "other": other.reviews.get(),
        "elsewhere": elsewhere.reviews.get(),
    }


def client(world: World, api_for, who: str) -> Any:
    return api_as(reviewer2(world)) if who == "reviewer2" else api_for(who)


def scores_body(intake: Intake, **changes: dict[str, Any]) -> dict[str, Any]:
    """A complete submission (4s with rationales); `changes` maps a criterion's position to field changes."""
    rows = []
    for position, criterion in enumerate(scored(intake)):
        row = {"criterion": criterion.pk, "score": 4, "rationale": f"Clear answer on {criterion.name}."}
        row.update(changes.get(f"c{position}", {}))
        rows.append({k: v for k, v in row.items() if v is not ...})
    return {"scores": rows}


# --- Listing and reading ----------------------------------------------------------------------------------


VISIBLE = {
    "coordinator": ["mine", "theirs", "other"],
    "reviewer": ["mine", "theirs"],  # their own, and their fellow reviewer's on the same application
    "reviewer2": ["mine", "theirs", "other"],
    "supervisor": [],
    "supporter": [],
    "applicant": [],  # never the reviews of their own application
    "sponsor": [],
    "outsider": ["elsewhere"],
    "stranger": [],
}


@pytest.mark.parametrize(("who", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_reviews_in_its_scope(
    world: World, api_for, reviews, who, expected
) -> None:
    response = client(world, api_for, who).get(REVIEWS)
    assert result_ids(response) == sorted(reviews[name].pk for name in expected)


def test_anonymous_cannot_list_reviews(api_for, reviews) -> None:
    assert_not_signed_in(api_for("anonymous").get(REVIEWS))


@pytest.mark.parametrize("who", OUT_OF_SCOPE)
def test_others_get_404_for_a_review(api_for, reviews, who) -> None:
    assert_error(api_for(who).get(url(REVIEWS, reviews["mine"].pk)), 404, "not_found")


def test_a_review_shows_when_it_is_due(world: World, api_for, reviews, intake) -> None:
    data = api_for("reviewer").get(url(REVIEWS, reviews["mine"].pk)).json()
    due = timezone.localtime(reviews["mine"].assigned_at).date() + timedelta(days=intake.review_days)
    assert (data["due_on"], data["reviewer"]["username"], data["intake"]) == (str(due), "reviewer", intake.pk)


# --- Independent review -----------------------------------------------------------------------------------


def scores_of(response: Any, review: Review) -> Any:
    rows = response.json()["results"] if "results" in response.json() else [response.json()]
    return next(row for row in rows if row["id"] == review.pk)["scores"]


def test_a_reviewer_sees_no_other_scores_before_submitting_their_own(world: World, api_for, reviews) -> None:
    score(reviews["theirs"], 2, rationale="Little experience yet.")
    reviewer = api_for("reviewer")

    listed = reviewer.get(REVIEWS)
    one = reviewer.get(url(REVIEWS, reviews["theirs"].pk))

    assert scores_of(listed, reviews["theirs"]) is None
    assert scores_of(one, reviews["theirs"]) is None
    assert scores_of(listed, reviews["mine"]) == []  # their own, not yet scored
    assert "Little experience" not in listed.content.decode() + one.content.decode()


def test_after_submitting_a_reviewer_sees_the_others_scores(world: World, api_for, reviews, intake) -> None:
    score(reviews["theirs"], 2, rationale="Little experience yet.")
    reviewer = api_for("reviewer")

    assert reviewer.post(url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake)).status_code == 200

    theirs = scores_of(reviewer.get(url(REVIEWS, reviews["theirs"].pk)), reviews["theirs"])
    assert [(row["score"], row["rationale"]) for row in theirs] == [(2, "Little experience yet.")] * 3
    assert scores_of(reviewer.get(REVIEWS), reviews["theirs"]) == theirs


def test_coordinators_see_every_submitted_score(world: World, api_for, reviews) -> None:
    score(reviews["theirs"], 5)
    response = api_for("coordinator").get(REVIEWS)
    assert [row["score"] for row in scores_of(response, reviews["theirs"])] == [5, 5, 5]
    assert scores_of(response, reviews["mine"]) == []


def test_a_reviewer_who_declared_a_conflict_never_sees_the_others_scores(
    world: World, api_for, reviews
) -> None:
    score(reviews["theirs"], 3)
    Review.objects.filter(pk=reviews["mine"].pk).update(conflict_declared_at=timezone.now())

    response = api_for("reviewer").get(REVIEWS)

    assert result_ids(response) == [reviews["mine"].pk]  # only their own, marked as a conflict


# --- Submitting scores -------------------------------------------------------------------------------------


def test_a_reviewer_submits_scores_with_rationales(world: World, api_for, reviews, intake) -> None:
    response = api_for("reviewer").post(
        url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake, c0={"score": 5})
    )

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["submitted_at"] is not None
    assert [row["score"] for row in data["scores"]] == [5, 4, 4]
    assert Score.objects.filter(review=reviews["mine"]).count() == 3
    intake.refresh_from_db()
    assert intake.rubric_frozen_at is not None
    assert Application.objects.get(pk=reviews["mine"].application_id).status == ApplicationStatus.UNDER_REVIEW


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"c0": {"score": 0}}, "score_{0}"),
        ({"c1": {"score": 6}}, "score_{1}"),
        ({"c0": {"score": None}}, "score_{0}"),
        ({"c2": {"score": ...}}, "score_{2}"),
        ({"c0": {"rationale": "  "}}, "rationale_{0}"),
        ({"c1": {"rationale": ...}}, "rationale_{1}"),
        ({"c0": {"score": "five"}}, "scores"),
        ({"c0": {"notes": "x"}}, "scores"),
    ],
)
def test_a_score_outside_1_to_5_or_without_rationale_is_refused(
    api_for, reviews, intake, changes, field
) -> None:
    ids = [c.pk for c in scored(intake)]
    field = field.format(*ids) if "{" in field else field

    response = api_for("reviewer").post(
        url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake, **changes)
    )

    assert_error(response, 400, "invalid", field=field)
    reviews["mine"].refresh_from_db()
    assert reviews["mine"].submitted_at is None
    assert not Score.objects.exists()
    assert Intake.objects.get(pk=intake.pk).rubric_frozen_at is None


def test_a_missing_criterion_is_named(api_for, reviews, intake) -> None:
    body = scores_body(intake)
    missing = body["scores"].pop()
    response = api_for("reviewer").post(url(REVIEWS, reviews["mine"].pk, "submit/"), body)
    error = assert_error(response, 400)
    assert {f"score_{missing['criterion']}", f"rationale_{missing['criterion']}"} <= set(error["fields"])


@pytest.mark.parametrize("extra", ["gate", "duplicate"])
def test_scoring_a_gate_or_a_criterion_twice_is_refused(api_for, reviews, intake, extra) -> None:
    body = scores_body(intake)
    criterion = (
        intake.criteria.filter(kind="gate").first().pk if extra == "gate" else body["scores"][0]["criterion"]
    )
    body["scores"].append({"criterion": criterion, "score": 3, "rationale": "Again."})
    assert_error(
        api_for("reviewer").post(url(REVIEWS, reviews["mine"].pk, "submit/"), body), 400, field="scores"
    )
    assert not Score.objects.exists()


def test_a_review_is_submitted_once(api_for, reviews, intake) -> None:
    reviewer = api_for("reviewer")
    assert reviewer.post(url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake)).status_code == 200
    assert_error(reviewer.post(url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake)), 400)
    assert Score.objects.count() == 3


@pytest.mark.parametrize("who", ["coordinator", "reviewer2", *OUT_OF_SCOPE])
def test_only_the_assigned_reviewer_submits(world: World, api_for, reviews, intake, who) -> None:
    response = client(world, api_for, who).post(
        url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake)
    )
    assert_error(response, 404, "not_found")
    assert not Score.objects.exists()


def test_a_reviewer_cannot_score_after_declaring_a_conflict(api_for, reviews, intake) -> None:
    Review.objects.filter(pk=reviews["mine"].pk).update(conflict_declared_at=timezone.now())
    response = api_for("reviewer").post(url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake))
    assert_error(response, 404)
    assert not Score.objects.exists()


def test_anonymous_cannot_submit_or_declare(api_for, reviews, intake) -> None:
    assert_not_signed_in(
        api_for("anonymous").post(url(REVIEWS, reviews["mine"].pk, "submit/"), scores_body(intake))
    )
    assert_not_signed_in(api_for("anonymous").post(url(REVIEWS, reviews["mine"].pk, "conflict/")))


# --- Conflicts of interest ---------------------------------------------------------------------------------


def test_declaring_a_conflict_steps_the_reviewer_aside_and_assigns_another(
    world: World, api_for, reviews
) -> None:
    third = MembershipFactory(
        program=world.program, role=Role.SUPERVISOR, user=UserFactory(username="third")
    ).user
    reviews["mine"].application.intake.reviewers.add(third)

    response = api_for("reviewer").post(url(REVIEWS, reviews["mine"].pk, "conflict/"))

    assert response.status_code == 200, response.content
    assert response.json()["conflict_declared_at"] is not None
    application = reviews["mine"].application
    active = application.reviews.filter(conflict_declared_at__isnull=True)
    assert set(active.values_list("reviewer__username", flat=True)) == {"reviewer2", "third"}


def test_a_conflict_cannot_be_declared_after_submitting(api_for, reviews) -> None:
    score(reviews["mine"])
    assert_error(api_for("reviewer").post(url(REVIEWS, reviews["mine"].pk, "conflict/")), 400)
    reviews["mine"].refresh_from_db()
    assert reviews["mine"].conflict_declared_at is None


@pytest.mark.parametrize("who", ["coordinator", "reviewer2", *OUT_OF_SCOPE])
def test_only_the_reviewer_declares_their_conflict(world: World, api_for, reviews, who) -> None:
    assert_error(client(world, api_for, who).post(url(REVIEWS, reviews["mine"].pk, "conflict/")), 404)
    reviews["mine"].refresh_from_db()
    assert reviews["mine"].conflict_declared_at is None


# --- Queries ---------------------------------------------------------------------------------------------


def test_the_review_list_keeps_a_constant_query_count(world: World, api_for, intake) -> None:
    coordinator = api_for("coordinator")

    def grow(count: int) -> None:
        for _ in range(count):
            application = submitted(intake, new_applicant(world))
            score(application.reviews.first())

    assert_constant(
        lambda: queries_for(coordinator, REVIEWS),
        grow,
        # 1 token and its user; 1 count, 1 page of reviews with reviewers, applications and intakes,
        # 1 scores of the page; 1 the page's applications whose scores the caller may see
        # (the scope is a subquery of each, not a query of its own)
        expected=5,
    )
