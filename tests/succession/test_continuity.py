"""The continuity score: each part of it, how nominating a successor changes it, and a fixed number of
queries whatever the program's size."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from program.models import Membership, Role
from succession import continuity
from tests.conftest import World
from tests.factories import (
    DocumentFactory,
    KeyRoleFactory,
    KeyRoleHolderFactory,
    MembershipFactory,
    SuccessorFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def program(world: World):
    """Enough supporters on the books for two years, so the runway part is full unless a test says not."""
    world.program.min_active_supporters = 1
    world.program.save()
    Membership.objects.filter(program=world.program, role=Role.SUPPORTER).update(expected_end=None)
    return world.program


def points(assessed: continuity.Continuity) -> dict[str, float]:
    return {c.key: c.points for c in assessed.components}


def test_a_program_with_nothing_recorded_scores_only_its_runway(program) -> None:
    assessed = continuity.assess(program)
    assert points(assessed) == {
        "single_holder": 0,
        "concentration": 0,
        "departures": 0,
        "stale_documents": 0,
        "runway": 20,
    }
    assert assessed.score == 20
    assert [c.detail for c in assessed.components][:3] == ["no key roles recorded"] * 3


def test_each_risk_costs_its_share_and_a_ready_successor_restores_it(world: World, program) -> None:
    today = program.today()
    leaving = MembershipFactory(
        program=program, role=Role.SUPPORTER, expected_end=today + timedelta(days=100)
    )
    busy = world.members[Role.SUPERVISOR]
    student_lead = KeyRoleFactory(program=program, name="Student lead")
    KeyRoleHolderFactory(key_role=student_lead, membership=leaving)
    training = KeyRoleFactory(program=program, name="Training lead")
    roster = KeyRoleFactory(program=program, name="Roster lead")
    KeyRoleHolderFactory(key_role=training, membership=busy)
    KeyRoleHolderFactory(key_role=roster, membership=busy)
    SuccessorFactory(key_role=training, readiness="ready_now")
    SuccessorFactory(key_role=roster, readiness="ready_now")
    coordinator_role = KeyRoleFactory(program=program, name="Coordinator")
    KeyRoleHolderFactory(key_role=coordinator_role, membership=world.members[Role.COORDINATOR])
    KeyRoleHolderFactory(key_role=coordinator_role, membership=world.supervisor2)
    DocumentFactory(program=program, last_reviewed_on=today - timedelta(days=400))
    DocumentFactory(program=program)

    assessed = continuity.assess(program)
    # 1 of 4 roles has one holder and nobody ready; 2 of 4 share a holder; 1 of 4 loses its holder
    # within 6 months; 1 of 2 documents is stale; the runway is fine.
    assert points(assessed) == pytest.approx(
        {"single_holder": 22.5, "concentration": 7.5, "departures": 18.75, "stale_documents": 5, "runway": 20}
    )
    assert assessed.score == 74
    by_role = {risk.role.name: risk for risk in assessed.at_risk}
    assert set(by_role) == {"Student lead", "Training lead", "Roster lead"}
    assert by_role["Student lead"].reasons[0] == "one holder and no successor ready now"
    assert "leaves on" in by_role["Student lead"].reasons[1]
    assert by_role["Training lead"].reasons == ["its holder holds another key role"]

    # A successor ready within 6 months covers the departure but not the single holder.
    soon = SuccessorFactory(key_role=student_lead, readiness="within_6_months")
    assert points(continuity.assess(program))["departures"] == 25
    assert points(continuity.assess(program))["single_holder"] == 22.5
    soon.readiness = "ready_now"
    soon.save()
    # 30 + 7.5 + 25 + 5 + 20 = 87.5, shown rounded
    assert continuity.assess(program).score == 88


def test_a_runway_shorter_than_the_lead_time_loses_its_part(world: World, program) -> None:
    program.min_active_supporters = 99
    program.save()
    assessed = continuity.assess(program)
    assert assessed.runway.shorter_than_lead_time
    assert points(assessed)["runway"] == 0


def test_assessing_takes_a_fixed_number_of_queries(world: World, program) -> None:
    def measure(count: int) -> int:
        for _ in range(count):
            role = KeyRoleFactory(program=program)
            KeyRoleHolderFactory(key_role=role)
            SuccessorFactory(key_role=role)
            DocumentFactory(program=program)
        with CaptureQueriesContext(connection) as queries:
            continuity.assess(program)
        return len(queries)

    # key roles, their current holders with people, their successors with people, the successors'
    # development actions, documents with owners; the runway's three
    assert measure(2) == measure(6) == 8


def test_successors_are_listed_readiest_first(world: World, program) -> None:
    role = KeyRoleFactory(program=program)
    for readiness in ("later", "within_12_months", "ready_now", "within_6_months"):
        SuccessorFactory(key_role=role, readiness=readiness)
    [risk] = continuity.assess(program).roles
    assert [s.readiness for s in risk.successors] == [
        "ready_now",
        "within_6_months",
        "within_12_months",
        "later",
    ]
