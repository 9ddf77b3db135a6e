"""Supervision endpoints run a fixed number of queries however many contacts and supervisees there are
(SPEC 5, Scale). Each test measures a request at size N and at 3N, and asserts both the equality and the
exact number, with a comment listing the queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from program.models import ReferralService, Role
from supervision.models import DebriefDue, PeerCode
from tests.api.test_query_counts import assert_constant, queries_for
from tests.conftest import World
from tests.factories import (
    CheckInFactory,
    ContactFactory,
    MembershipFactory,
    SupervisionSessionFactory,
    SupervisorAssignmentFactory,
    this_monday,
)

pytestmark = pytest.mark.django_db


def add_supervisee(world: World) -> Any:
    supporter = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(
        supporter=supporter, supervisor=world.members[Role.SUPERVISOR], backup=world.supervisor2
    )
    return supporter


def add_contacts(world: World, count: int) -> None:
    """Contacts of new supervisees of the supervisor, each with everything the list shows: two concerns,
    actions (one a referral), a peer code, and every other one high-risk with its debrief; plus a draft
    each, which supervisors and coordinators must not see."""
    lifeline = ReferralService.objects.get(program=world.program, name="Lifeline")
    for index in range(count):
        supporter = add_supervisee(world)
        contact = ContactFactory(
            supporter=supporter,
            concerns=["academic", "isolation"],
            actions=["listened", "case_advice"],
            risk_level="high" if index % 2 else "low",
            peer_code=PeerCode.objects.create(program=world.program, supporter=supporter),
        )
        contact.actions.create(action="referred", referral_service=lifeline)
        if index % 2:
            DebriefDue.objects.create(
                contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=24)
            )
        ContactFactory(supporter=supporter, status="draft", submitted_at=None)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR])
def test_contact_list_queries_do_not_grow_with_contacts(world: World, api_for: Any, role: str) -> None:
    client = api_for(role)
    assert_constant(
        lambda: queries_for(client, "/api/v1/contacts/"),
        lambda count: add_contacts(world, count),
        # 1 token and its user; the scope as id lists: 1 own supporter memberships, 1 supervisees,
        # 1 coordinated programs; 1 page of contacts with peer codes and debriefs (a cursor page: no
        # count), 1 concerns of the page, 1 actions of the page; 1 whose private fields the caller may see
        expected=8,
    )


def add_burdened_supervisees(world: World, count: int) -> None:
    """Supervisees with this week's contacts, a check-in, a past session and an open debrief each."""
    monday = this_monday()
    for index in range(count):
        supporter = add_supervisee(world)
        contact = ContactFactory(
            supporter=supporter,
            contact_date=monday,
            time_band="night",
            risk_level="high",
            actions=["case_advice"],
            duration_minutes=30 + index,
        )
        ContactFactory(supporter=supporter, contact_date=monday - timedelta(days=7))
        DebriefDue.objects.create(
            contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=24)
        )
        CheckInFactory(supporter=supporter, week_of=monday, tired=index % 5)
        SupervisionSessionFactory(
            supervisor=world.members[Role.SUPERVISOR],
            supporters=[supporter],
            held_on=monday - timedelta(days=10 + index),
        )


def test_burden_queries_do_not_grow_with_supervisees(world: World, api_for: Any) -> None:
    client = api_for(Role.SUPERVISOR)
    assert_constant(
        lambda: queries_for(client, f"/api/v1/burden/?program={world.program.pk}"),
        lambda count: add_burdened_supervisees(world, count),
        # 1 token and its user, 1 the program if visible to the user, 1 supervisees with their users;
        # burden: 1 contacts grouped by supporter and week, 1 check-ins, 1 latest session per supporter,
        # 1 open debriefs, 1 the program's weights; 1 audit events for the check-in scores read (one insert)
        expected=9,
    )


def test_checkin_list_queries_do_not_grow_with_supervisees_and_reads_are_audited_in_one_insert(
    world: World, api_for: Any
) -> None:
    client = api_for(Role.SUPERVISOR)
    assert_constant(
        lambda: queries_for(client, "/api/v1/checkins/"),
        lambda count: add_burdened_supervisees(world, count),
        # 1 token and its user, 1 count, 1 page of check-ins with supporters and programs,
        # 1 insert of one audit event per supporter whose check-ins were read
        expected=4,
    )


def test_session_list_queries_do_not_grow_with_sessions(world: World, api_for: Any) -> None:
    client = api_for(Role.SUPERVISOR)
    assert_constant(
        lambda: queries_for(client, "/api/v1/supervision-sessions/"),
        lambda count: add_burdened_supervisees(world, count),
        # 1 token and its user, 1 count, 1 page of sessions, 1 attendees of the page, 1 contacts discussed
        expected=5,
    )


@pytest.mark.parametrize(("days_back", "expected"), [(0, 12), (7, 16)])
def test_a_contact_post_runs_a_fixed_number_of_queries_however_many_contacts_exist(
    world: World, api_for: Any, days_back: int, expected: int
) -> None:
    """Issue 15 (write throughput): the POST reads only what the new contact needs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.api.helpers import contact_body

    client = api_for(Role.SUPPORTER)
    supporter = world.members[Role.SUPPORTER]
    today = world.program.today()
    day = str(today - timedelta(days=days_back))
    body = contact_body(world.program.pk, contact_date=day, narrative="We talked about exams and tutors.")
    assert client.post("/api/v1/contacts/", body, format="json").status_code == 201
    counts = []
    for size in (4, 12):
        for index in range(size - len(counts) * 4):
            ContactFactory(supporter=supporter, contact_date=today - timedelta(days=index % 20))
        with CaptureQueriesContext(connection) as captured:
            response = client.post("/api/v1/contacts/", body, format="json")
        assert response.status_code == 201, response.content
        counts.append(len(captured))
    listing = "\n".join(query["sql"] for query in captured.captured_queries)
    assert counts[0] == counts[1], f"{counts}:\n{listing}"
    # 1 token and its user, 1 the supporter's membership; BEGIN, 1 open pause (refuse while paused),
    # 1 the directory for the de-identifier, 1 insert, 1 concerns, 1 actions, 1 audit, COMMIT; the new
    # contact read back (1, and 1 each for concerns and actions): 12. A contact in a complete week
    # (before this Monday) also evaluates the weekly-hours rule: savepoint, 1 rules, 1 weeks, release.
    assert counts[1] == expected, f"{counts[1]} queries:\n{listing}"
