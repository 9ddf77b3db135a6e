"""/api/v1/applications/: scope per role, the declaration only to the applicant and coordinators (audited),
drafts that are never lost, submission, withdrawal, decisions (minimum reviews, one winner of a race),
gates settled by the coordinator, and an accepted offer that makes a supporter."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta
from typing import Any

import pytest
from django.db import connection, connections
from django.utils import timezone

from program.models import AuditEvent, Availability, Membership, MembershipStatus, Notification, Role
from selection import services
from selection.models import (
    Application,
    ApplicationStatus,
    Decision,
    GateResult,
    GateSource,
    Intake,
    OfferResponse,
    Review,
)
from tests.api.helpers import api_as, assert_error, assert_not_signed_in, result_ids
from tests.api.selection_helpers import (
    APPLICATIONS,
    DECLARATION_NOTE,
    complete_draft,
    decided,
    gate,
    new_applicant,
    open_intake,
    reviewed,
    score,
    scored,
    submitted,
    url,
)
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

OUT_OF_SCOPE = ["supervisor", "supporter", "sponsor", "outsider", "stranger"]


@pytest.fixture
def intake(world: World) -> Intake:
    return open_intake(world)


@pytest.fixture
def apps(world: World, intake: Intake) -> dict[str, Application]:
    """The applicant's submitted application and another one (both with the two reviewers assigned),
    a third applicant's draft, and an application to the other program's intake."""
    today = timezone.localdate()
    other_intake = services.create_intake(
        world.other_program, by=world.outsider.user, name="Eastern", opens_on=today, closes_on=today, target=1
    )
    other_applicant = MembershipFactory(program=world.other_program, role=Role.APPLICANT).user
    return {
        "own": submitted(intake, world.user(Role.APPLICANT)),
        "other": submitted(intake, new_applicant(world), site="Orange"),
        "draft": complete_draft(intake, new_applicant(world)),
        "elsewhere": complete_draft(other_intake, other_applicant),
    }


def declaration_reads(application: Application) -> list[tuple[str, str]]:
    return list(
        AuditEvent.objects.filter(
            action="view", object_type="selection.application", object_id=str(application.pk)
        ).values_list("actor__username", "summary")
    )


def application_body(intake: Intake, **overrides: Any) -> dict[str, Any]:
    first, second, third = scored(intake)
    data = {
        "intake": intake.pk,
        "year_level": 3,
        "clinical_site": "Broken Hill",
        "expected_graduation": "2028-11-30",
        "declares_no_current_vulnerability": True,
        "declaration_note": DECLARATION_NOTE,
        "agrees_to_role_boundaries": True,
        "answers": {
            str(first.pk): "MHFA trained.",
            str(second.pk): "Evenings.",
            str(third.pk): "I refer on.",
        },
        "availability": [{"weekday": 0, "starts": "18:00", "ends": "21:00"}],
    }
    data.update(overrides)
    return data


# --- Listing and reading ----------------------------------------------------------------------------------


VISIBLE = {
    "coordinator": ["own", "other", "draft"],
    "applicant": ["own"],
    "reviewer": ["own", "other"],  # assigned to both
    "supervisor": [],
    "supporter": [],
    "sponsor": [],
    "outsider": ["elsewhere"],  # coordinates the other program
    "stranger": [],
}


@pytest.mark.parametrize(("who", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_applications_in_its_scope(api_for, apps, who, expected) -> None:
    assert result_ids(api_for(who).get(APPLICATIONS)) == sorted(apps[name].pk for name in expected)


def test_anonymous_cannot_list_applications(api_for, apps) -> None:
    assert_not_signed_in(api_for("anonymous").get(APPLICATIONS))


@pytest.mark.parametrize("who", ["coordinator", "applicant", "reviewer"])
def test_the_list_never_carries_the_declaration(api_for, apps, who) -> None:
    response = api_for(who).get(APPLICATIONS)

    assert response.status_code == 200
    assert "declares_no_current_vulnerability" not in response.content.decode()
    assert DECLARATION_NOTE not in response.content.decode()
    assert not AuditEvent.objects.filter(action="view").exists()


def test_filters_keep_to_the_callers_scope(api_for, apps, intake) -> None:
    client = api_for("coordinator")
    assert result_ids(client.get(APPLICATIONS, {"status": "draft"})) == [apps["draft"].pk]
    assert result_ids(client.get(APPLICATIONS, {"intake": apps["elsewhere"].intake_id})) == []


def test_the_applicant_reads_their_declaration_unaudited(api_for, apps) -> None:
    response = api_for("applicant").get(url(APPLICATIONS, apps["own"].pk))

    assert response.status_code == 200, response.content
    assert response.json()["declaration"] == {
        "declares_no_current_vulnerability": True,
        "declaration_note": DECLARATION_NOTE,
    }
    assert declaration_reads(apps["own"]) == []


def test_a_coordinator_reads_the_declaration_and_every_read_is_audited(api_for, apps) -> None:
    client = api_for("coordinator")
    client.get(url(APPLICATIONS, apps["own"].pk))
    response = client.get(url(APPLICATIONS, apps["own"].pk))

    assert response.json()["declaration"]["declaration_note"] == DECLARATION_NOTE
    assert declaration_reads(apps["own"]) == [("coordinator", "vulnerability declaration read")] * 2


def test_a_reviewer_sees_answers_and_whether_gates_are_met_but_never_the_declaration(
    world: World, api_for, apps
) -> None:
    decided(apps["own"], Decision.WAITLIST, world.user(Role.COORDINATOR))

    response = api_for("reviewer").get(url(APPLICATIONS, apps["own"].pk))

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["declaration"] is None
    assert DECLARATION_NOTE not in response.content.decode()
    assert data["gates"] == [{"criterion": gate(apps["own"].intake, GateSource.DECLARATION).pk, "met": True}]
    assert len(data["answers"]) == 3 and data["availability"][0] == {
        "weekday": 1,
        "starts": "18:00",
        "ends": "21:00",
    }
    # The decision may quote other reviewers' scores: not for a reviewer (independent review).
    assert (data["decision"], data["decision_reason"]) == (None, None)
    assert declaration_reads(apps["own"]) == []


@pytest.mark.parametrize("who", OUT_OF_SCOPE)
def test_others_get_404_for_an_application(api_for, apps, who) -> None:
    assert_error(api_for(who).get(url(APPLICATIONS, apps["own"].pk)), 404, "not_found")


def test_a_reviewer_opening_an_application_after_declaring_a_conflict_gets_404(
    world: World, api_for, apps
) -> None:
    third = MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=UserFactory()).user
    apps["own"].intake.reviewers.add(third)
    client = api_for("reviewer")
    review = Review.objects.get(application=apps["own"], reviewer=world.user(Role.REVIEWER))

    assert client.post(f"/api/v1/reviews/{review.pk}/conflict/").status_code == 200

    assert_error(client.get(url(APPLICATIONS, apps["own"].pk)), 404, "not_found")
    assert apps["own"].pk not in result_ids(client.get(APPLICATIONS))
    assert Review.objects.filter(application=apps["own"], reviewer=third).exists()  # replaced


# --- Drafting -----------------------------------------------------------------------------------------


def test_an_applicant_starts_a_draft_with_only_some_fields(world: World, api_for, intake) -> None:
    response = api_for("applicant").post(
        APPLICATIONS, {"intake": intake.pk, "clinical_site": "Broken Hill"}, format="json"
    )

    assert response.status_code == 201, response.content
    application = Application.objects.get(pk=response.json()["id"])
    assert (application.applicant, application.status, application.clinical_site) == (
        world.user(Role.APPLICANT),
        ApplicationStatus.DRAFT,
        "Broken Hill",
    )


def test_posting_again_saves_the_same_draft(api_for, intake) -> None:
    client = api_for("applicant")
    first = client.post(APPLICATIONS, {"intake": intake.pk, "year_level": 2}, format="json")
    again = client.post(APPLICATIONS, {"intake": intake.pk, "clinical_site": "Orange"}, format="json")

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert (again.json()["year_level"], again.json()["clinical_site"]) == (2, "Orange")
    assert Application.objects.count() == 1


def test_answers_and_availability_are_saved_and_read_back(api_for, intake) -> None:
    response = api_for("applicant").post(APPLICATIONS, application_body(intake), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert sorted((a["criterion"], a["text"]) for a in data["answers"]) == sorted(
        (c.pk, text)
        for c, text in zip(scored(intake), ["MHFA trained.", "Evenings.", "I refer on."], strict=True)
    )
    assert data["availability"] == [{"weekday": 0, "starts": "18:00", "ends": "21:00"}]
    assert data["declaration"]["declaration_note"] == DECLARATION_NOTE


@pytest.mark.parametrize("who", ["coordinator", "reviewer"])
def test_those_who_see_an_intake_but_are_not_applicants_cannot_apply(api_for, intake, who) -> None:
    assert_error(api_for(who).post(APPLICATIONS, application_body(intake), format="json"), 404)
    assert not Application.objects.exists()


@pytest.mark.parametrize("who", OUT_OF_SCOPE)
def test_others_cannot_apply(api_for, intake, who) -> None:
    assert_error(api_for(who).post(APPLICATIONS, application_body(intake), format="json"), 404)
    assert not Application.objects.exists()


def test_anonymous_cannot_apply(api_for, intake) -> None:
    assert_not_signed_in(api_for("anonymous").post(APPLICATIONS, application_body(intake), format="json"))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"year_level": 9}, "year_level"),
        ({"answers": {"999999": "Hello"}}, "answers"),
        ({"answers": {"first": "Hello"}}, "answers"),
        ({"availability": [{"weekday": 7, "starts": "09:00", "ends": "10:00"}]}, "availability"),
        ({"availability": [{"weekday": 1, "starts": "22:00", "ends": "02:00"}]}, "availability"),
        ({"availability": [{"weekday": 1, "starts": "soon", "ends": "02:00"}]}, "availability"),
        ({"status": "submitted"}, "status"),
        ({"expected_graduation": "next year"}, "expected_graduation"),
    ],
)
def test_bad_application_input_is_named_and_nothing_is_saved(api_for, intake, overrides, field) -> None:
    response = api_for("applicant").post(APPLICATIONS, application_body(intake, **overrides), format="json")
    assert_error(response, 400, "invalid", field=field)
    assert not Application.objects.exists()


def test_a_bad_change_keeps_the_saved_draft(api_for, intake) -> None:
    client = api_for("applicant")
    pk = client.post(APPLICATIONS, application_body(intake), format="json").json()["id"]

    assert_error(
        client.patch(url(APPLICATIONS, pk), {"year_level": 0}, format="json"), 400, field="year_level"
    )

    application = Application.objects.get(pk=pk)
    assert (application.year_level, application.clinical_site, application.answers.count()) == (
        3,
        "Broken Hill",
        3,
    )


def test_the_applicant_changes_their_draft(api_for, intake) -> None:
    client = api_for("applicant")
    pk = client.post(APPLICATIONS, application_body(intake), format="json").json()["id"]

    response = client.patch(
        url(APPLICATIONS, pk),
        {"availability": [{"weekday": 2, "starts": "07:00", "ends": "08:30"}], "year_level": 4},
        format="json",
    )

    assert response.status_code == 200, response.content
    assert response.json()["availability"] == [{"weekday": 2, "starts": "07:00", "ends": "08:30"}]
    assert response.json()["year_level"] == 4


@pytest.mark.parametrize(
    ("who", "status"), [("coordinator", 403), ("reviewer", 403)] + [(w, 404) for w in OUT_OF_SCOPE]
)
def test_only_the_applicant_changes_their_application(api_for, apps, who, status) -> None:
    assert_error(
        api_for(who).patch(url(APPLICATIONS, apps["own"].pk), {"clinical_site": "Elsewhere"}), status
    )
    apps["own"].refresh_from_db()
    assert apps["own"].clinical_site == "Dubbo Base Hospital"


def test_a_submitted_application_cannot_be_emptied_and_its_gate_follows_the_declaration(
    api_for, apps
) -> None:
    client = api_for("applicant")
    own = apps["own"]

    assert_error(client.patch(url(APPLICATIONS, own.pk), {"clinical_site": ""}), 400, field="clinical_site")
    response = client.patch(url(APPLICATIONS, own.pk), {"declares_no_current_vulnerability": False})

    assert response.status_code == 200, response.content
    assert GateResult.objects.get(application=own, criterion__gate_source=GateSource.DECLARATION).met is False


def test_an_application_under_review_cannot_be_changed(world: World, api_for, apps) -> None:
    score(apps["own"].reviews.first())
    assert_error(api_for("applicant").patch(url(APPLICATIONS, apps["own"].pk), {"year_level": 2}), 400)


# --- Submitting and withdrawing ---------------------------------------------------------------------------


def test_an_incomplete_application_names_every_missing_field_and_the_draft_is_kept(api_for, intake) -> None:
    client = api_for("applicant")
    first = scored(intake)[0]
    pk = client.post(
        APPLICATIONS, {"intake": intake.pk, "clinical_site": "Orange", "answers": {str(first.pk): "MHFA."}}
    ).json()["id"]

    response = client.post(url(APPLICATIONS, pk, "submit/"))

    error = assert_error(response, 400, "invalid")
    second, third = scored(intake)[1:]
    assert set(error["fields"]) == {
        "year_level",
        "expected_graduation",
        "declares_no_current_vulnerability",
        "agrees_to_role_boundaries",
        f"answer_{second.pk}",
        f"answer_{third.pk}",
        "availability",
    }
    application = Application.objects.get(pk=pk)
    assert (application.status, application.clinical_site) == (ApplicationStatus.DRAFT, "Orange")
    assert application.answers.get().text == "MHFA."
    assert not Review.objects.exists()


def test_a_complete_draft_is_submitted_and_reviewers_assigned(world: World, api_for, intake) -> None:
    client = api_for("applicant")
    pk = client.post(APPLICATIONS, application_body(intake), format="json").json()["id"]

    response = client.post(url(APPLICATIONS, pk, "submit/"))

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    application = Application.objects.get(pk=pk)
    assert set(application.reviews.values_list("reviewer__username", flat=True)) == {"reviewer", "reviewer2"}
    assert application.gates.get().met is True  # the declaration gate
    assert Notification.objects.filter(kind="review_assigned", recipient=world.user(Role.REVIEWER)).exists()


def test_submitting_after_the_intake_closed_is_refused(api_for, intake) -> None:
    client = api_for("applicant")
    pk = client.post(APPLICATIONS, application_body(intake), format="json").json()["id"]
    Intake.objects.filter(pk=intake.pk).update(
        opens_on=timezone.localdate() - timedelta(days=30), closes_on=timezone.localdate() - timedelta(days=1)
    )

    error = assert_error(client.post(url(APPLICATIONS, pk, "submit/")), 400)
    assert "closed" in error["message"]
    assert Application.objects.get(pk=pk).status == ApplicationStatus.DRAFT


@pytest.mark.parametrize("who", ["coordinator", *OUT_OF_SCOPE])
def test_only_the_applicant_submits(world: World, api_for, intake, who) -> None:
    draft = complete_draft(intake, world.user(Role.APPLICANT))
    assert_error(api_for(who).post(url(APPLICATIONS, draft.pk, "submit/")), 404)
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT


def test_the_applicant_withdraws(api_for, apps) -> None:
    response = api_for("applicant").post(url(APPLICATIONS, apps["own"].pk, "withdraw/"))

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "withdrawn"


@pytest.mark.parametrize("who", ["coordinator", "reviewer", *OUT_OF_SCOPE])
def test_only_the_applicant_withdraws(api_for, apps, who) -> None:
    assert_error(api_for(who).post(url(APPLICATIONS, apps["own"].pk, "withdraw/")), 404)
    apps["own"].refresh_from_db()
    assert apps["own"].status == ApplicationStatus.SUBMITTED


def test_a_decided_application_cannot_be_withdrawn(world: World, api_for, apps) -> None:
    decided(apps["own"], Decision.DECLINE, world.user(Role.COORDINATOR))
    assert_error(api_for("applicant").post(url(APPLICATIONS, apps["own"].pk, "withdraw/")), 400)


# --- Deciding -------------------------------------------------------------------------------------------


def decision_body(application: Application, **overrides: Any) -> dict[str, Any]:
    data = {
        "decision": "offer",
        "criterion": scored(application.intake)[2].pk,
        "reason": "Strongest on role boundaries; both reviewers scored 5.",
    }
    data.update(overrides)
    return data


def test_a_coordinator_offers_with_a_reason_tied_to_a_criterion(world: World, api_for, intake) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT), 5)

    response = api_for("coordinator").post(
        url(APPLICATIONS, application.pk, "decide/"), decision_body(application), format="json"
    )

    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["status"], data["decision"], data["decision_criterion"]) == (
        "decided",
        "offer",
        scored(intake)[2].pk,
    )
    assert "declaration" not in data  # deciding is no read of the declaration
    assert Notification.objects.filter(
        recipient=world.user(Role.APPLICANT), kind="application_decided"
    ).exists()


def test_deciding_before_the_minimum_reviews_is_refused_with_the_count_missing(
    world: World, api_for, intake
) -> None:
    application = submitted(intake, world.user(Role.APPLICANT))
    score(application.reviews.first())

    response = api_for("coordinator").post(
        url(APPLICATIONS, application.pk, "decide/"),
        decision_body(application, decision="decline"),
        format="json",
    )

    error = assert_error(response, 400, "invalid")
    assert error["message"] == "1 more review needed before deciding (1 of 2 submitted)."
    application.refresh_from_db()
    assert (application.status, application.decision) == (ApplicationStatus.UNDER_REVIEW, "")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"reason": " "}, "reason"),
        ({"decision": "maybe"}, "decision"),
        ({"criterion": 999999}, "criterion"),
        ({"notes": "x"}, "notes"),
    ],
)
def test_a_bad_decision_is_named(world: World, api_for, intake, overrides, field) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT))
    response = api_for("coordinator").post(
        url(APPLICATIONS, application.pk, "decide/"), decision_body(application, **overrides), format="json"
    )
    assert_error(response, 400, "invalid", field=field)
    application.refresh_from_db()
    assert application.decision == ""


def test_an_offer_needs_every_gate_settled_and_met(world: World, api_for, intake) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT))
    GateResult.objects.filter(application=application, criterion__gate_source=GateSource.COORDINATOR).delete()

    response = api_for("coordinator").post(
        url(APPLICATIONS, application.pk, "decide/"), decision_body(application), format="json"
    )

    error = assert_error(response, 400, field="decision")
    assert "Academic performance not at risk" in error["message"]


def test_a_second_decision_is_told_someone_decided_first(world: World, api_for, intake) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT))
    client = api_for("coordinator")
    url_ = url(APPLICATIONS, application.pk, "decide/")
    assert client.post(url_, decision_body(application), format="json").status_code == 200

    error = assert_error(
        client.post(url_, decision_body(application, decision="decline"), format="json"), 409
    )

    assert error["code"] == "conflict" and "Already decided (offer)" in error["message"]
    application.refresh_from_db()
    assert application.decision == Decision.OFFER


@pytest.mark.parametrize("who", ["applicant", "reviewer", *OUT_OF_SCOPE])
def test_only_coordinators_decide(world: World, api_for, intake, who) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT))
    response = api_for(who).post(
        url(APPLICATIONS, application.pk, "decide/"), decision_body(application), format="json"
    )
    assert_error(response, 404, "not_found")
    application.refresh_from_db()
    assert application.decision == ""


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_coordinators_deciding_at_once_yield_one_decision_and_one_refusal(world: World, intake) -> None:
    application = reviewed(intake, world.user(Role.APPLICANT))
    second = MembershipFactory(program=world.program, role=Role.COORDINATOR, user=UserFactory()).user
    clients = [api_as(world.user(Role.COORDINATOR)), api_as(second)]
    start = threading.Barrier(2)
    statuses: list[int] = []

    def decide(client: Any, decision: str) -> None:
        try:
            start.wait(timeout=10)
            response = client.post(
                url(APPLICATIONS, application.pk, "decide/"),
                decision_body(application, decision=decision),
                format="json",
            )
            statuses.append(response.status_code)
        finally:
            connections.close_all()  # each thread has its own connection

    threads = [
        threading.Thread(target=decide, args=(client, decision))
        for client, decision in zip(clients, ["offer", "decline"], strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(statuses) == [200, 409]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DECIDED
    assert (
        AuditEvent.objects.filter(object_id=str(application.pk), summary__startswith="decided").count() == 1
    )


# --- Gates ------------------------------------------------------------------------------------------------


def test_a_coordinator_settles_the_academic_gate(world: World, api_for, apps, intake) -> None:
    academic = gate(intake, GateSource.COORDINATOR)

    response = api_for("coordinator").post(
        url(APPLICATIONS, apps["own"].pk, "gates/"), {"criterion": academic.pk, "met": False}, format="json"
    )

    assert response.status_code == 200, response.content
    assert {"criterion": academic.pk, "met": False} in response.json()["gates"]
    assert GateResult.objects.get(application=apps["own"], criterion=academic).settled_by == world.user(
        Role.COORDINATOR
    )


def test_the_declaration_gate_is_not_the_coordinators_to_settle(api_for, apps, intake) -> None:
    declaration = gate(intake, GateSource.DECLARATION)
    response = api_for("coordinator").post(
        url(APPLICATIONS, apps["own"].pk, "gates/"),
        {"criterion": declaration.pk, "met": False},
        format="json",
    )
    assert_error(response, 400, field="criterion")
    assert GateResult.objects.get(application=apps["own"], criterion=declaration).met is True


def test_a_gate_of_another_intake_is_refused(world: World, api_for, apps) -> None:
    other = open_intake(world, name="Another intake")
    response = api_for("coordinator").post(
        url(APPLICATIONS, apps["own"].pk, "gates/"),
        {"criterion": gate(other, GateSource.COORDINATOR).pk, "met": True},
        format="json",
    )
    assert_error(response, 400, field="criterion")


@pytest.mark.parametrize("who", ["applicant", "reviewer", *OUT_OF_SCOPE])
def test_only_coordinators_settle_gates(api_for, apps, intake, who) -> None:
    body = {"criterion": gate(intake, GateSource.COORDINATOR).pk, "met": True}
    assert_error(api_for(who).post(url(APPLICATIONS, apps["own"].pk, "gates/"), body, format="json"), 404)
    assert not GateResult.objects.filter(criterion__gate_source=GateSource.COORDINATOR).exists()


# --- Responding to an offer -------------------------------------------------------------------------------


def test_accepting_an_offer_makes_a_supporter_with_their_availability(world: World, api_for, intake) -> None:
    application = decided(
        reviewed(intake, world.user(Role.APPLICANT)), Decision.OFFER, world.user(Role.COORDINATOR)
    )

    response = api_for("applicant").post(url(APPLICATIONS, application.pk, "accept/"))

    assert response.status_code == 200, response.content
    assert response.json()["offer_response"] == "accepted"
    supporter = Membership.objects.get(
        user=world.user(Role.APPLICANT), program=world.program, role=Role.SUPPORTER
    )
    assert (supporter.status, supporter.expected_end, supporter.year_level, supporter.clinical_site) == (
        MembershipStatus.ACTIVE,
        date(2028, 11, 30),
        4,
        "Dubbo Base Hospital",
    )
    assert list(
        Availability.objects.filter(membership=supporter).values_list("weekday", "starts", "ends")
    ) == [
        (1, time(18), time(21)),
        (5, time(9), time(12)),
    ]
    assert Membership.objects.get(pk=world.members[Role.APPLICANT].pk).status == MembershipStatus.ENDED
    assert Notification.objects.filter(recipient=world.user(Role.COORDINATOR), kind="offer_accepted").exists()


def test_declining_an_offer_tells_the_coordinators(world: World, api_for, intake) -> None:
    application = decided(
        reviewed(intake, world.user(Role.APPLICANT)), Decision.OFFER, world.user(Role.COORDINATOR)
    )

    response = api_for("applicant").post(url(APPLICATIONS, application.pk, "decline-offer/"))

    assert response.status_code == 200, response.content
    assert response.json()["offer_response"] == OfferResponse.DECLINED
    assert not Membership.objects.filter(user=world.user(Role.APPLICANT), role=Role.SUPPORTER).exists()
    assert Notification.objects.filter(recipient=world.user(Role.COORDINATOR), kind="offer_declined").exists()


@pytest.mark.parametrize("action", ["accept/", "decline-offer/"])
def test_there_is_nothing_to_accept_without_an_offer(world: World, api_for, intake, action) -> None:
    application = decided(
        reviewed(intake, world.user(Role.APPLICANT)), Decision.WAITLIST, world.user(Role.COORDINATOR)
    )
    assert_error(api_for("applicant").post(url(APPLICATIONS, application.pk, action)), 400)
    assert not Membership.objects.filter(role=Role.SUPPORTER, user=world.user(Role.APPLICANT)).exists()


def test_an_offer_is_answered_once(world: World, api_for, intake) -> None:
    application = decided(
        reviewed(intake, world.user(Role.APPLICANT)), Decision.OFFER, world.user(Role.COORDINATOR)
    )
    client = api_for("applicant")
    assert client.post(url(APPLICATIONS, application.pk, "accept/")).status_code == 200
    assert_error(client.post(url(APPLICATIONS, application.pk, "decline-offer/")), 400)


@pytest.mark.parametrize("who", ["coordinator", "reviewer", *OUT_OF_SCOPE])
@pytest.mark.parametrize("action", ["accept/", "decline-offer/"])
def test_only_the_applicant_answers_their_offer(world: World, api_for, intake, who, action) -> None:
    application = decided(
        reviewed(intake, world.user(Role.APPLICANT)), Decision.OFFER, world.user(Role.COORDINATOR)
    )
    assert_error(api_for(who).post(url(APPLICATIONS, application.pk, action)), 404)
    application.refresh_from_db()
    assert application.offer_response == ""
    assert not Membership.objects.filter(role=Role.SUPPORTER, user=world.user(Role.APPLICANT)).exists()


@pytest.mark.parametrize("action", ["submit/", "withdraw/", "decide/", "accept/", "decline-offer/", "gates/"])
def test_anonymous_cannot_act_on_applications(api_for, apps, action) -> None:
    assert_not_signed_in(api_for("anonymous").post(url(APPLICATIONS, apps["own"].pk, action)))
