"""/api/v1/programs/{id}/escalation-chain/: the program's staff read it, its coordinators replace it, and a
chain with no step or one that could end in nobody is refused with a 400 naming the step."""

from __future__ import annotations

from typing import Any

import pytest

from program.models import MembershipStatus, Role
from supervision.advice import services as advice
from tests.api.helpers import assert_error
from tests.conftest import World

pytestmark = pytest.mark.django_db


def url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/escalation-chain/"


GOOD = {
    "steps": [
        {"target": "on_call_supervisor", "emergency_minutes": 3, "urgent_minutes": 8, "routine_minutes": 45},
        {"target": "next_supervisor"},
        {"target": "all_coordinators"},
    ],
    "repeat_minutes": 10,
}


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 200),
        ("supervisor", 200),
        ("supporter", 404),
        ("sponsor", 404),
        ("applicant", 404),
        ("reviewer", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_read_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    response = api_for(who).get(url(world))
    assert response.status_code == status, response.content
    if status == 200:
        body = response.json()
        assert [step["target"] for step in body["steps"]] == [
            "on_call_supervisor",
            "next_supervisor",
            "all_coordinators",
        ]
        assert body["steps"][0] == {
            "target": "on_call_supervisor",
            "emergency_minutes": 5,
            "urgent_minutes": 10,
            "routine_minutes": 60,
        }
        assert body["repeat_minutes"] == 15
    else:
        assert_error(response, 404)


def test_anonymous_may_not_read(world: World, api_for: Any) -> None:
    assert api_for("anonymous").get(url(world)).status_code in (401, 403)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 200),
        ("supervisor", 403),  # reads it, may not change it
        ("supporter", 404),
        ("sponsor", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_replace_by_role(world: World, api_for: Any, who: str, status: int) -> None:
    response = api_for(who).put(url(world), GOOD, format="json")
    assert response.status_code == status, response.content
    chain, steps = advice.chain_steps(world.program)
    if status == 200:
        assert response.json()["steps"][0]["emergency_minutes"] == 3
        assert [(s.target, s.urgent_minutes) for s in steps] == [
            ("on_call_supervisor", 8),
            ("next_supervisor", 10),
            ("all_coordinators", 10),
        ]
        assert chain.repeat_minutes == 10
    else:
        assert_error(response, status)
        assert chain.repeat_minutes == 15


def test_an_ended_coordinator_may_neither_read_nor_replace(world: World, api_for: Any) -> None:
    member = world.members[Role.COORDINATOR]
    member.status = MembershipStatus.ENDED
    member.save()
    assert_error(api_for(Role.COORDINATOR).get(url(world)), 404)
    assert_error(api_for(Role.COORDINATOR).put(url(world), GOOD, format="json"), 404)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"steps": []}, "steps"),
        ({}, "steps"),
        ({"steps": [{"target": "on_call_supervisor"}]}, "steps.0.target"),
        ({"steps": [{"target": "all_supervisors"}, {"target": "next_supervisor"}]}, "steps.1.target"),
        ({"steps": [{"target": "the dean"}, {"target": "all_coordinators"}]}, "steps.0.target"),
        ({"steps": [{"target": "all_coordinators", "urgent_minutes": 0}]}, "steps.0.urgent_minutes"),
        ({"steps": [{"target": "all_coordinators", "emergency_minutes": True}]}, "steps.0.emergency_minutes"),
        ({"steps": [{"target": "all_coordinators", "phone": "0491570156"}]}, "steps.0.phone"),
        ({"steps": [{"target": "all_coordinators"}], "repeat_minutes": 0}, "repeat_minutes"),
        ({"steps": [{"target": "all_coordinators"}], "colour": "red"}, "colour"),
        ({"steps": "all_coordinators"}, "steps"),
    ],
)
def test_a_bad_chain_is_refused_naming_the_step(world: World, api_for: Any, body: dict, field: str) -> None:
    response = api_for(Role.COORDINATOR).put(url(world), body, format="json")
    assert_error(response, 400, field=field)
    assert len(advice.chain_steps(world.program)[1]) == 3  # unchanged


def test_a_chain_ending_with_a_role_nobody_holds_is_refused(world: World, api_for: Any) -> None:
    for member in [world.members[Role.SUPERVISOR], world.supervisor2]:
        member.status = MembershipStatus.ENDED
        member.save()
    response = api_for(Role.COORDINATOR).put(
        url(world), {"steps": [{"target": "all_supervisors"}]}, format="json"
    )
    error = assert_error(response, 400, field="steps.0.target")
    assert "no active supervisor" in error["message"]
