"""/api/v1/advice-requests/: role × outcome for list, create, retrieve, acknowledge and resolve; no free
text; the live status with the acknowledger's phone; constant queries on the list."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from program.models import Membership, MembershipStatus, Role
from supervision.advice import services as advice
from supervision.models import AdviceRequest, AdviceStatus
from supervision.pauses import services as pauses
from tests.api.helpers import api_as, assert_error, result_ids
from tests.api.test_query_counts import assert_constant, queries_for
from tests.conftest import World
from tests.factories import MembershipFactory, StaffPhoneFactory, SupervisorAssignmentFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/advice-requests/"


def ask(world: World, urgency: str = "urgent") -> AdviceRequest:
    return advice.open_request(world.user(Role.SUPPORTER), world.program, urgency)


def client_of(world: World, api_for: Any, who: str) -> Any:
    if who == "lonely":
        return api_as(world.unsupervised.user)
    if who == "unpaged":
        return api_as(MembershipFactory(program=world.program, role=Role.SUPERVISOR).user)
    return api_for(who)


def end(membership: Membership) -> None:
    membership.refresh_from_db()
    membership.status = MembershipStatus.ENDED
    membership.save()


# --- Create ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("supporter", 201),
        ("lonely", 201),
        ("supervisor", 404),
        ("coordinator", 404),
        ("sponsor", 404),
        ("applicant", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_create_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    response = client_of(world, api_for, who).post(
        URL, {"program": world.program.pk, "urgency": "emergency"}, format="json"
    )
    assert response.status_code == status, response.content
    if status == 201:
        body = response.json()
        assert body["status"] == "paged" and body["urgency"] == "emergency"
        assert body["timeline"] and all(event["kind"] == "paged" for event in body["timeline"])
    else:
        assert not AdviceRequest.objects.exists()


def test_anonymous_may_not_create(world: World, api_for: Any) -> None:
    response = api_for("anonymous").post(
        URL, {"program": world.program.pk, "urgency": "urgent"}, format="json"
    )
    assert response.status_code in (401, 403)


def test_a_paused_supporter_may_ask(world: World, api_for: Any) -> None:
    supporter = world.members[Role.SUPPORTER]
    pauses.self_pause(supporter, by=supporter.user, reason="")
    response = api_for(Role.SUPPORTER).post(
        URL, {"program": world.program.pk, "urgency": "urgent"}, format="json"
    )
    assert response.status_code == 201, response.content


def test_an_ended_supporter_may_not_ask(world: World, api_for: Any) -> None:
    end(world.members[Role.SUPPORTER])
    response = api_for(Role.SUPPORTER).post(
        URL, {"program": world.program.pk, "urgency": "urgent"}, format="json"
    )
    assert_error(response, 404)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"urgency": "urgent", "note": "Sam said he has pills"}, "note"),
        ({"urgency": "urgent", "text": "anything"}, "text"),
        ({"urgency": "whenever"}, "urgency"),
        ({}, "urgency"),
        ({"urgency": "urgent", "program": "first"}, "program"),
    ],
)
def test_no_free_text_and_bad_input_are_refused_naming_the_field(
    world: World, api_for: Any, body: dict, field: str
) -> None:
    body = {"program": world.program.pk, **body}
    response = api_for(Role.SUPPORTER).post(URL, body, format="json")
    assert_error(response, 400, field=field)
    assert not AdviceRequest.objects.exists()


# --- List --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("supporter", {"mine"}),
        ("lonely", {"lonely"}),
        ("supervisor", {"mine"}),  # paged for the supporter's request (their supervisor), not the other
        ("coordinator", {"mine", "lonely"}),  # their program's, and paged for the unsupervised one
        ("unpaged", set()),
        ("sponsor", set()),
        ("applicant", set()),
        ("outsider", set()),
        ("stranger", set()),
    ],
)
def test_list_by_role(world: World, api_for: Any, who: str, sees: set[str]) -> None:
    made = {
        "mine": ask(world).pk,
        "lonely": advice.open_request(world.unsupervised.user, world.program, "routine").pk,
    }
    assert result_ids(client_of(world, api_for, who).get(URL)) == sorted(made[name] for name in sees)


def test_list_filters_by_program_and_status(world: World, api_for: Any) -> None:
    asked = ask(world)
    client = api_for(Role.COORDINATOR)
    assert result_ids(client.get(URL, {"program": world.program.pk, "status": "paged"})) == [asked.pk]
    assert result_ids(client.get(URL, {"status": "resolved"})) == []
    assert result_ids(client.get(URL, {"program": world.other_program.pk})) == []


def add_requests(world: World, count: int) -> None:
    """Supporters of the world's supervisor, each with an acknowledged request (the list names the
    acknowledger and the requester)."""
    for _ in range(count):
        supporter = MembershipFactory(program=world.program, role=Role.SUPPORTER)
        SupervisorAssignmentFactory(supporter=supporter, supervisor=world.members[Role.SUPERVISOR])
        made = advice.open_request(supporter.user, world.program, "urgent")
        advice.acknowledge(made, by=world.user(Role.SUPERVISOR))


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR])
def test_list_queries_do_not_grow_with_requests(world: World, api_for: Any, role: str) -> None:
    client = api_for(role)
    assert_constant(
        lambda: queries_for(client, URL),
        lambda count: add_requests(world, count),
        # 1 token and its user; 1 count and 1 page of requests with their requesters and acknowledgers
        # (the scope — own supporter memberships, staff programs for pages, coordinated programs — is
        # subqueries of both)
        expected=3,
    )


# --- Retrieve ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("supporter", 200),
        ("supervisor", 200),
        ("coordinator", 200),
        ("lonely", 404),
        ("unpaged", 404),
        ("sponsor", 404),
        ("applicant", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_retrieve_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    asked = ask(world)
    response = client_of(world, api_for, who).get(f"{URL}{asked.pk}/")
    assert response.status_code == status
    if status == 404:
        assert_error(response, 404)


def test_the_requester_sees_the_live_status_with_the_acknowledger_s_phone(world: World, api_for: Any) -> None:
    supervisor = world.user(Role.SUPERVISOR)
    supervisor.first_name, supervisor.last_name = "Ada", "Frost"
    supervisor.save()
    StaffPhoneFactory(user=supervisor, phone="+61491570156")
    asked = ask(world)
    assert api_for(Role.SUPERVISOR).post(f"{URL}{asked.pk}/acknowledge/").status_code == 200
    body = api_for(Role.SUPPORTER).get(f"{URL}{asked.pk}/").json()
    assert body["status"] == "acknowledged"
    assert body["acknowledged_by_name"] == "Ada Frost"
    assert body["acknowledged_by_phone"] == "+61491570156"
    kinds = [(event["kind"], event["name"]) for event in body["timeline"]]
    assert kinds[-1] == ("acknowledged", "Ada Frost")
    assert {name for kind, name in kinds if kind == "paged"} == {"Ada Frost", world.supervisor2.display_name}
    assert (
        api_for(Role.SUPPORTER).post(f"{URL}{asked.pk}/resolve/").json()["timeline"][-1]["kind"] == "resolved"
    )


def test_an_ended_requester_reads_it_no_more(world: World, api_for: Any) -> None:
    asked = ask(world)
    end(world.members[Role.SUPPORTER])
    assert_error(api_for(Role.SUPPORTER).get(f"{URL}{asked.pk}/"), 404)
    assert result_ids(api_for(Role.SUPPORTER).get(URL)) == []


# --- Acknowledge and resolve --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("supervisor", 200),
        ("coordinator", 404),  # sees it, but was not paged
        ("supporter", 404),
        ("lonely", 404),
        ("unpaged", 404),
        ("sponsor", 404),
        ("outsider", 404),
    ],
)
def test_acknowledge_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    asked = ask(world)
    response = client_of(world, api_for, who).post(f"{URL}{asked.pk}/acknowledge/")
    assert response.status_code == status, response.content
    asked.refresh_from_db()
    assert (asked.status == AdviceStatus.ACKNOWLEDGED) is (status == 200)


def test_acknowledging_twice_keeps_the_first(world: World, api_for: Any) -> None:
    asked = ask(world)
    api_for(Role.SUPERVISOR).post(f"{URL}{asked.pk}/acknowledge/")
    second = api_as(world.supervisor2.user).post(f"{URL}{asked.pk}/acknowledge/")
    assert second.status_code == 200
    assert second.json()["acknowledged_by_name"] == world.members[Role.SUPERVISOR].display_name


def test_a_paged_supervisor_who_left_may_not_acknowledge(world: World, api_for: Any) -> None:
    asked = ask(world)
    end(world.members[Role.SUPERVISOR])
    assert_error(api_for(Role.SUPERVISOR).post(f"{URL}{asked.pk}/acknowledge/"), 404)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("supporter", 200),
        ("supervisor", 200),
        ("coordinator", 200),
        ("lonely", 404),
        ("unpaged", 404),
        ("sponsor", 404),
        ("outsider", 404),
    ],
)
def test_resolve_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    asked = ask(world)
    response = client_of(world, api_for, who).post(f"{URL}{asked.pk}/resolve/")
    assert response.status_code == status, response.content
    asked.refresh_from_db()
    assert (asked.status == AdviceStatus.RESOLVED) is (status == 200)
    if status == 200:
        assert advice.escalate_due(timezone.now() + timedelta(days=1)) == 0


def test_get_does_not_acknowledge(world: World, api_for: Any) -> None:
    asked = ask(world)
    assert api_for(Role.SUPERVISOR).get(f"{URL}{asked.pk}/acknowledge/").status_code == 405
    asked.refresh_from_db()
    assert asked.status == AdviceStatus.PAGED


def test_a_high_risk_contact_s_response_leads_to_its_request(world: World, api_for: Any) -> None:
    from tests.api.helpers import contact_body

    response = api_for(Role.SUPPORTER).post(
        "/api/v1/contacts/",
        contact_body(world.program.pk, risk_level="imminent", actions=["emergency_services"]),
        format="json",
    )
    assert response.status_code == 201, response.content
    asked = AdviceRequest.objects.get(contact_id=response.json()["id"])
    assert asked.urgency == "emergency"
    assert response.json()["advice_request"] == asked.pk
    listed = api_for(Role.SUPPORTER).get(URL).json()["results"]
    assert [(row["id"], row["contact"]) for row in listed] == [(asked.pk, response.json()["id"])]
