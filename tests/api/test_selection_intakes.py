"""/api/v1/intakes/: scope per role, opening and changing intakes (coordinators), the rubric and its
freezing, the ranking (coordinators only, constant queries) and offering the next waitlisted place."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from program.models import AuditEvent, Notification, Role
from selection import services
from selection.models import Decision, Intake
from tests.api.helpers import assert_error, assert_not_signed_in, result_ids
from tests.api.selection_helpers import (
    INTAKES,
    complete_draft,
    decided,
    new_applicant,
    open_intake,
    reviewed,
    score,
    scored,
    settle_academic_gate,
    submitted,
    url,
)
from tests.api.test_query_counts import assert_constant, queries_for
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

CAN_SEE = ["coordinator", "applicant", "reviewer"]
CANNOT_SEE = ["supervisor", "supporter", "sponsor", "outsider", "stranger"]
CAN_SEE_NOT_MANAGE = ["applicant", "reviewer"]


@pytest.fixture
def intake(world: World) -> Intake:
    return open_intake(world)


@pytest.fixture
def elsewhere(world: World) -> Intake:
    today = timezone.localdate()
    return services.create_intake(
        world.other_program,
        by=world.outsider.user,
        name="Eastern intake",
        opens_on=today,
        closes_on=today,
        target=2,
    )


def intake_body(world: World, **overrides: Any) -> dict[str, Any]:
    today = timezone.localdate()
    data = {
        "program": world.program.pk,
        "name": "Mid-year intake",
        "opens_on": str(today),
        "closes_on": str(today + timedelta(days=30)),
        "target": 4,
        "reviewers": [world.user(Role.REVIEWER).pk, world.user(Role.SUPERVISOR).pk],
    }
    data.update(overrides)
    return data


def rubric_body() -> dict[str, Any]:
    return {
        "criteria": [
            {"name": "Listening", "kind": "scored", "weight": 2, "question": "Tell us about listening."},
            {"name": "Academic standing", "kind": "gate", "gate_source": "coordinator"},
        ]
    }


# --- Listing and reading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("coordinator", ["intake"]),
        ("applicant", ["intake"]),
        ("reviewer", ["intake"]),
        ("supervisor", []),  # not one of this intake's reviewers
        ("supporter", []),
        ("sponsor", []),
        ("outsider", ["elsewhere"]),  # they coordinate the other program: its intake only
        ("stranger", []),
    ],
)
def test_each_role_lists_exactly_the_intakes_in_its_scope(api_for, intake, elsewhere, who, expected) -> None:
    intakes = {"intake": intake, "elsewhere": elsewhere}
    assert result_ids(api_for(who).get(INTAKES)) == sorted(intakes[name].pk for name in expected)


def test_anonymous_cannot_list_intakes(api_for, intake) -> None:
    assert_not_signed_in(api_for("anonymous").get(INTAKES))


@pytest.mark.parametrize("who", CAN_SEE)
def test_those_in_scope_read_an_intake_with_its_ordered_rubric(api_for, intake, who) -> None:
    response = api_for(who).get(url(INTAKES, intake.pk))

    assert response.status_code == 200, response.content
    data = response.json()
    assert [c["name"] for c in data["rubric"]] == [
        "Previous experience and training",
        "Accessibility and ability to contribute",
        "No current vulnerability",
        "Academic performance not at risk",
        "Understanding of role boundaries and motivation",
    ]
    assert [c["kind"] for c in data["rubric"]] == ["scored", "scored", "gate", "gate", "scored"]
    assert data["is_open"] is True and data["rubric_frozen_at"] is None


@pytest.mark.parametrize(
    ("who", "sees_reviewers"), [("coordinator", True), ("reviewer", False), ("applicant", False)]
)
def test_only_coordinators_see_who_reviews(world: World, api_for, intake, who, sees_reviewers) -> None:
    reviewers = api_for(who).get(url(INTAKES, intake.pk)).json()["reviewers"]
    if sees_reviewers:
        assert reviewers == sorted(intake.reviewers.values_list("pk", flat=True))
    else:
        assert reviewers is None


@pytest.mark.parametrize("who", CANNOT_SEE)
def test_others_get_404_for_an_intake(api_for, intake, who) -> None:
    assert_error(api_for(who).get(url(INTAKES, intake.pk)), 404, "not_found")


def test_filtering_by_program_keeps_to_the_callers_scope(world: World, api_for, intake, elsewhere) -> None:
    client = api_for("coordinator")
    assert result_ids(client.get(INTAKES, {"program": world.program.pk})) == [intake.pk]
    assert result_ids(client.get(INTAKES, {"program": world.other_program.pk})) == []


# --- Opening and changing ---------------------------------------------------------------------------------


def test_a_coordinator_opens_an_intake_with_the_default_rubric_and_reviewers(world: World, api_for) -> None:
    response = api_for("coordinator").post(INTAKES, intake_body(world), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    created = Intake.objects.get(pk=data["id"])
    assert (created.program, created.name, created.target) == (world.program, "Mid-year intake", 4)
    assert set(created.reviewers.all()) == {world.user(Role.REVIEWER), world.user(Role.SUPERVISOR)}
    assert len(data["rubric"]) == 5 and data["min_reviews"] == 2
    assert AuditEvent.objects.filter(action="create", object_type="selection.intake").count() == 1


@pytest.mark.parametrize(
    "who", ["supervisor", "supporter", "applicant", "reviewer", "sponsor", "outsider", "stranger"]
)
def test_only_a_coordinator_of_the_program_opens_an_intake(world: World, api_for, who) -> None:
    assert_error(api_for(who).post(INTAKES, intake_body(world), format="json"), 400, field="program")
    assert not Intake.objects.exists()


def test_anonymous_cannot_open_an_intake(world: World, api_for) -> None:
    assert_not_signed_in(api_for("anonymous").post(INTAKES, intake_body(world), format="json"))
    assert not Intake.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"closes_on": str(timezone.localdate() - timedelta(days=1))}, "closes_on"),
        ({"target": 0}, "target"),
        ({"min_reviews": 1}, "min_reviews"),
        ({"name": ""}, "name"),
        ({"opens_on": "soon"}, "opens_on"),
        ({"reviewers": [999999]}, "reviewers"),
        ({"rubric_frozen_at": "2026-01-01T00:00:00Z"}, "rubric_frozen_at"),
    ],
)
def test_bad_intake_input_is_named_and_nothing_is_saved(world: World, api_for, overrides, field) -> None:
    response = api_for("coordinator").post(INTAKES, intake_body(world, **overrides), format="json")
    assert_error(response, 400, "invalid", field=field)
    assert not Intake.objects.exists()


@pytest.mark.parametrize("who", [Role.SUPPORTER, Role.SPONSOR, Role.APPLICANT])
def test_reviewers_must_be_eligible_members_of_the_program(world: World, api_for, who) -> None:
    body = intake_body(world, reviewers=[world.user(who).pk])
    assert_error(api_for("coordinator").post(INTAKES, body, format="json"), 400, field="reviewers")


def test_a_coordinator_changes_an_intake_and_its_reviewers(world: World, api_for, intake) -> None:
    response = api_for("coordinator").patch(
        url(INTAKES, intake.pk), {"target": 6, "reviewers": [world.user(Role.SUPERVISOR).pk]}, format="json"
    )

    assert response.status_code == 200, response.content
    intake.refresh_from_db()
    assert intake.target == 6
    assert list(intake.reviewers.all()) == [world.user(Role.SUPERVISOR)]
    assert response.json()["reviewers"] == [world.user(Role.SUPERVISOR).pk]


@pytest.mark.parametrize("who", CAN_SEE_NOT_MANAGE)
def test_those_who_only_see_an_intake_cannot_change_it(api_for, intake, who) -> None:
    assert_error(api_for(who).patch(url(INTAKES, intake.pk), {"target": 9}, format="json"), 403)
    intake.refresh_from_db()
    assert intake.target == 3


@pytest.mark.parametrize("who", CANNOT_SEE)
def test_others_get_404_changing_an_intake(api_for, intake, who) -> None:
    assert_error(api_for(who).patch(url(INTAKES, intake.pk), {"target": 9}, format="json"), 404)


def test_there_is_no_put_or_delete(api_for, intake) -> None:
    client = api_for("coordinator")
    assert_error(client.put(url(INTAKES, intake.pk), {"target": 9}, format="json"), 405)
    assert_error(client.delete(url(INTAKES, intake.pk)), 405)
    assert Intake.objects.filter(pk=intake.pk).exists()


# --- The rubric ----------------------------------------------------------------------------------------


def test_a_coordinator_replaces_the_rubric_before_any_review(api_for, intake) -> None:
    response = api_for("coordinator").post(url(INTAKES, intake.pk, "rubric/"), rubric_body(), format="json")

    assert response.status_code == 200, response.content
    assert [(c["order"], c["name"], c["kind"]) for c in response.json()["rubric"]] == [
        (1, "Listening", "scored"),
        (2, "Academic standing", "gate"),
    ]
    assert intake.criteria.count() == 2


@pytest.mark.parametrize("who", CAN_SEE_NOT_MANAGE)
def test_only_coordinators_edit_the_rubric(api_for, intake, who) -> None:
    assert_error(api_for(who).post(url(INTAKES, intake.pk, "rubric/"), rubric_body(), format="json"), 403)
    assert intake.criteria.count() == 5


@pytest.mark.parametrize("who", CANNOT_SEE)
def test_others_get_404_editing_the_rubric(api_for, intake, who) -> None:
    assert_error(api_for(who).post(url(INTAKES, intake.pk, "rubric/"), rubric_body(), format="json"), 404)
    assert intake.criteria.count() == 5


def test_editing_a_frozen_rubric_is_refused_with_the_reason(world: World, api_for, intake) -> None:
    application = submitted(intake, world.user(Role.APPLICANT))
    score(application.reviews.first())
    before = list(intake.criteria.values_list("pk", "name"))

    response = api_for("coordinator").post(url(INTAKES, intake.pk, "rubric/"), rubric_body(), format="json")

    error = assert_error(response, 400, "invalid", field="criteria")
    assert "frozen" in error["message"] and "incomparable" in error["message"]
    assert list(intake.criteria.values_list("pk", "name")) == before
    assert api_for("coordinator").get(url(INTAKES, intake.pk)).json()["rubric_frozen_at"] is not None


@pytest.mark.parametrize(
    ("criteria", "field"),
    [
        ([], "criteria"),
        ([{"name": "Standing", "kind": "gate", "gate_source": "coordinator"}], "criteria"),
        (
            [{"name": "Listening", "kind": "scored"}, {"name": "Standing", "kind": "gate"}],
            "criteria[2].gate_source",
        ),
        ([{"name": "Listening", "kind": "scored", "weight": 11}], "criteria[1].weight"),
        ([{"name": " ", "kind": "scored"}], "criteria[1].name"),
        ([{"name": "Listening", "kind": "ranked"}], "criteria"),
    ],
)
def test_a_bad_rubric_is_refused_and_the_old_one_kept(api_for, intake, criteria, field) -> None:
    response = api_for("coordinator").post(
        url(INTAKES, intake.pk, "rubric/"), {"criteria": criteria}, format="json"
    )
    assert_error(response, 400, "invalid", field=field)
    assert intake.criteria.count() == 5


# --- Ranking ---------------------------------------------------------------------------------------------


def test_the_ranking_orders_eligible_applications_and_explains_the_rest(
    world: World, api_for, intake
) -> None:
    first, second, _ = scored(intake)
    top = reviewed(intake, new_applicant(world), 5, site="Broken Hill")
    middle = reviewed(intake, new_applicant(world), 3, site="Dubbo Base Hospital")
    split = submitted(intake, new_applicant(world), site="Orange")
    a, b = split.reviews.all()
    score(a, {first.pk: 1, second.pk: 4, _.pk: 4})
    score(b, {first.pk: 4, second.pk: 4, _.pk: 4})
    settle_academic_gate(split)
    failed = reviewed(intake, new_applicant(world), 5)
    settle_academic_gate(failed, met=False)
    waiting = submitted(intake, new_applicant(world))  # no reviews yet
    decided(top, Decision.OFFER, world.user(Role.COORDINATOR))
    draft_only = new_applicant(world)
    complete_draft(intake, draft_only)

    response = api_for("coordinator").get(url(INTAKES, intake.pk, "ranking/"))

    assert response.status_code == 200, response.content
    rows = response.json()["rows"]
    assert [(row["application"], row["rank"]) for row in rows] == [
        (top.pk, 1),
        (split.pk, 2),  # (3·2.5 + 2·4 + 3·4) / 8 = 3.44
        (middle.pk, 3),
        (failed.pk, None),
        (waiting.pk, None),
    ]
    by_id = {row["application"]: row for row in rows}
    assert by_id[top.pk]["score"] == 5.0 and by_id[top.pk]["decision"] == "offer"
    assert by_id[split.pk]["score"] == 3.44
    assert by_id[split.pk]["disagreements"] == [first.name]
    assert [c["disagreement"] for c in by_id[split.pk]["criteria"]] == [True, False, False]
    assert by_id[failed.pk]["gates_met"] is False and by_id[failed.pk]["score"] == 5.0
    assert (by_id[waiting.pk]["reviews"], by_id[waiting.pk]["score"]) == (0, None)
    cohort = response.json()["cohort"]
    assert (cohort["target"], cohort["selected"]) == (3, 1)
    assert cohort["by_site"] == [{"name": "Broken Hill", "count": 1}]
    assert "Orange" in cohort["sites_without"] and "Broken Hill" not in cohort["sites_without"]


@pytest.mark.parametrize("who", ["applicant", "reviewer", *CANNOT_SEE])
def test_only_coordinators_see_the_ranking(world: World, api_for, intake, who) -> None:
    reviewed(intake, world.user(Role.APPLICANT))
    assert_error(api_for(who).get(url(INTAKES, intake.pk, "ranking/")), 404, "not_found")


def test_anonymous_cannot_see_the_ranking(api_for, intake) -> None:
    assert_not_signed_in(api_for("anonymous").get(url(INTAKES, intake.pk, "ranking/")))


def test_the_ranking_keeps_a_constant_query_count_as_applications_triple(world: World, api_for) -> None:
    third = MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=UserFactory()).user
    big = open_intake(world, reviewers=[world.user(Role.REVIEWER), world.user(Role.SUPERVISOR), third])
    Intake.objects.filter(pk=big.pk).update(min_reviews=3)
    client = api_for("coordinator")

    def grow(count: int) -> None:
        for index in range(count):
            application = reviewed(big, new_applicant(world), 2 + index % 4, site=f"Site {index % 5}")
            assert application.reviews.count() == 3

    assert_constant(
        lambda: queries_for(client, url(INTAKES, big.pk, "ranking/")),
        grow,
        # 1 token and its user; 1 the intake in scope, 1 its criteria and 1 its reviewers (prefetched);
        # 1 coordinated programs; the ranking: 1 applications with applicants, 1 per-criterion score
        # aggregates, 1 submitted reviews per application, 1 gate results (criteria come from the prefetch)
        expected=9,
    )


# --- Offering the next waitlisted place -------------------------------------------------------------------


def test_a_coordinator_offers_the_place_to_the_best_waitlisted(world: World, api_for, intake) -> None:
    coordinator = world.user(Role.COORDINATOR)
    lower = decided(reviewed(intake, new_applicant(world), 3), Decision.WAITLIST, coordinator)
    higher = decided(reviewed(intake, new_applicant(world), 4), Decision.WAITLIST, coordinator)

    response = api_for("coordinator").post(url(INTAKES, intake.pk, "offer-next/"))

    assert response.status_code == 200, response.content
    assert (response.json()["id"], response.json()["decision"]) == (higher.pk, "offer")
    lower.refresh_from_db()
    assert lower.decision == Decision.WAITLIST
    assert Notification.objects.filter(recipient=higher.applicant, kind="waitlist_offer").exists()


def test_offering_with_nobody_waitlisted_is_refused(api_for, intake) -> None:
    error = assert_error(api_for("coordinator").post(url(INTAKES, intake.pk, "offer-next/")), 400)
    assert "waitlist" in error["message"]


@pytest.mark.parametrize(
    ("who", "status"), [("applicant", 403), ("reviewer", 403)] + [(w, 404) for w in CANNOT_SEE]
)
def test_only_coordinators_offer_the_next_place(world: World, api_for, intake, who, status) -> None:
    waitlisted = decided(
        reviewed(intake, new_applicant(world)), Decision.WAITLIST, world.user(Role.COORDINATOR)
    )
    assert_error(api_for(who).post(url(INTAKES, intake.pk, "offer-next/")), status)
    waitlisted.refresh_from_db()
    assert waitlisted.decision == Decision.WAITLIST
