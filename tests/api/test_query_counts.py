"""Hot pages and endpoints run a fixed number of queries however much data there is (SPEC 5, Scale).

Each test measures a request at size N and again at 3N and asserts both the
equality and the exact number, with a comment listing the queries, so a new
query (or an N+1) fails loudly and the list says where to look.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from program import audit
from program.models import AuditAction, Program, Role
from tests.conftest import World
from tests.factories import (
    ContactFactory,
    MembershipFactory,
    ProgramFactory,
    SupervisorAssignmentFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
)

pytestmark = pytest.mark.django_db

N = 4


@dataclass
class Measurement:
    queries: list[str]
    size: int  # bytes of the response body


def queries_for(client: Client, url: str) -> Measurement:
    """The SQL of one GET, after a first GET warms process-wide caches (content types) as in service."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return Measurement([query["sql"] for query in captured.captured_queries], len(response.content))


def assert_constant(
    measure: Callable[[], Measurement], grow: Callable[[int], None], expected: int, *, grows: bool = True
) -> None:
    grow(N)
    small = measure()
    grow(2 * N)  # now 3N
    large = measure()
    # Otherwise the added rows never reached the response and an N+1 could not show. A page of counts
    # (the sponsor's perturbed figures) need not get longer when its numbers rise: "12" and "33".
    if grows:
        assert large.size > small.size, "the response did not grow with the data"
    listing = "\n".join(large.queries)
    assert len(small.queries) == len(large.queries), (
        f"{len(small.queries)} queries at size {N}, {len(large.queries)} at {3 * N}:\n{listing}"
    )
    assert len(large.queries) == expected, f"{len(large.queries)} queries, expected {expected}:\n{listing}"


def add_supporters(world: World, count: int) -> None:
    """Supporters in the program with training on file and an audit entry each; three in four are supervised
    by the supervisor (supervisor2 backing up), the rest wait for a supervisor."""
    module = module_for(world.program)
    coordinator = world.user(Role.COORDINATOR)
    for index in range(count):
        supporter = MembershipFactory(program=world.program, role=Role.SUPPORTER)
        if index % 4:
            SupervisorAssignmentFactory(
                supporter=supporter, supervisor=world.members[Role.SUPERVISOR], backup=world.supervisor2
            )
        TrainingRecordFactory(membership=supporter, module=module)
        audit.record(coordinator, AuditAction.CREATE, supporter, program=world.program, summary="role")


def module_for(program: Program) -> Any:
    found = program.training_modules.filter(name="Mental health first aid").first()
    return found or TrainingModuleFactory(
        program=program, name="Mental health first aid", required_for=[Role.SUPPORTER]
    )


def add_programs(user: Any, role: str, count: int) -> None:
    """Programs (each in its own institution) in which the user holds `role`."""
    for _ in range(count):
        MembershipFactory(program=ProgramFactory(), role=role, user=user)


# API ----------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER])
def test_program_list_queries_do_not_grow_with_programs(world: World, api_for: Any, role: str) -> None:
    client = api_for(role)
    assert_constant(
        lambda: queries_for(client, "/api/v1/programs/"),
        lambda count: add_programs(world.user(role), role, count),
        # 1 token and its user, 1 count, 1 page of programs with their institutions
        # (the object-permission scope is a subquery, not a query of its own)
        expected=3,
    )


def grow_members_and_programs(world: World, role: str, count: int) -> None:
    add_supporters(world, count)
    add_programs(world.user(role), role, count)


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER])
def test_membership_list_queries_do_not_grow_with_members(world: World, api_for: Any, role: str) -> None:
    client = api_for(role)
    assert_constant(
        lambda: queries_for(client, "/api/v1/memberships/"),
        lambda count: grow_members_and_programs(world, role, count),
        # 1 token and its user, 1 count, 1 page of memberships with their users
        # (scope is one WHERE: own, programs with view_program_members, supervisees — subqueries, not queries)
        expected=3,
    )


def test_filtered_membership_list_queries_do_not_grow_with_members(world: World, api_for: Any) -> None:
    client = api_for(Role.COORDINATOR)
    assert_constant(
        lambda: queries_for(client, f"/api/v1/memberships/?program={world.program.pk}&role=supporter"),
        lambda count: add_supporters(world, count),
        # 1 token and its user, 1 count, 1 page with users (the program filter is a plain id: no lookup)
        expected=3,
    )


# Pages --------------------------------------------------------------------


def test_coordinator_dashboard_queries_do_not_grow_with_members(world: World, client_for: Any) -> None:
    client = client_for(Role.COORDINATOR)
    assert_constant(
        lambda: queries_for(client, "/"),
        lambda count: add_supporters(world, count),
        # 1 session, 1 user, 1 the user's current memberships with programs (one panel each);
        # coordinator panel: 1 member counts by role and status, 1 up to ten unsupervised supporters
        # with users and training status, 1 training missing/expiring totals, 1 five latest audit events
        # with their actors;
        # supervision panel: 1 this month's contacts (total, high risk), 1 open and overdue debriefs;
        # navigation: the memberships above (cached on the request), 1 unread notifications
        expected=10,
    )


def test_supervisor_dashboard_queries_do_not_grow_with_supervisees(world: World, client_for: Any) -> None:
    client = client_for(Role.SUPERVISOR)
    assert_constant(
        lambda: queries_for(client, "/"),
        lambda count: add_supporters(world, count),
        # 1 session, 1 user, 1 the user's current memberships with programs;
        # supervisor panel: 1 supervisees with users and training status;
        # supervision panel: 1 supervisees, burden (1 contacts by week, 1 check-ins, 1 latest session,
        # 1 open debriefs, 1 weights), 1 debriefs due with their contacts;
        # navigation: the memberships above (cached on the request), 1 unread notifications
        # — 12 in all, the budget SPEC sets for the supervisor dashboard.
        expected=12,
    )


def add_supporter_history(world: World, count: int) -> None:
    """For the supporter: a training module required of supporters with a record each, and a submitted
    contact and a draft each, this month and last month (the burden index and drafts count read them)."""
    supporter = world.members[Role.SUPPORTER]
    today = world.program.today()
    start = world.program.training_modules.count()
    for index in range(start, start + count):
        module = TrainingModuleFactory(
            program=world.program, name=f"Module {index}", required_for=[Role.SUPPORTER]
        )
        TrainingRecordFactory(membership=supporter, module=module)
        ContactFactory(supporter=supporter, contact_date=today - timedelta(days=index % 40))
        ContactFactory(supporter=supporter, status="draft", contact_date=today)


def test_supporter_dashboard_queries_do_not_grow_with_history(world: World, client_for: Any) -> None:
    client = client_for(Role.SUPPORTER)
    assert_constant(
        lambda: queries_for(client, "/"),
        lambda count: add_supporter_history(world, count),
        # 1 session, 1 user, 1 the user's current memberships with programs;
        # supporter panel: 1 own membership, 1 current assignment with supervisor and backup, 1 training
        # records with modules, 1 training still to do, 1 crisis lines;
        # supervision panel: burden (1 contacts by week, 1 check-ins, 1 latest session, 1 open debriefs,
        # 1 on-call hours by week, 1 weights), 1 drafts, 1 checked in this week;
        # navigation: the memberships above (cached on the request), 1 unread notifications
        expected=17,
    )


def add_contacts_across_months(world: World, count: int) -> None:
    """Submitted contacts, half this month (high risk) and half in earlier months, from new supporters."""
    today = world.program.today()
    for index in range(count):
        supporter = MembershipFactory(program=world.program, role=Role.SUPPORTER)
        ContactFactory(supporter=supporter, contact_date=today.replace(day=1), risk_level="high")
        ContactFactory(
            supporter=supporter, contact_date=today.replace(day=1) - timedelta(days=1 + 31 * index)
        )


def test_coordinator_dashboard_queries_do_not_grow_with_contacts(world: World, client_for: Any) -> None:
    client = client_for(Role.COORDINATOR)
    assert_constant(
        lambda: queries_for(client, "/"),
        lambda count: add_contacts_across_months(world, count),
        # as test_coordinator_dashboard_queries_do_not_grow_with_members: this month's contacts are one
        # aggregate whose WHERE holds the month, however many months of contacts there are
        expected=10,
    )


def test_coordinator_dashboard_counts_only_this_months_contacts_in_sql(world: World, client_for: Any) -> None:
    add_contacts_across_months(world, 3)
    response = client_for(Role.COORDINATOR).get("/")
    with CaptureQueriesContext(connection) as captured:
        response = client_for(Role.COORDINATOR).get("/")
    assert response.status_code == 200
    contact_queries = [q["sql"] for q in captured.captured_queries if '"supervision_contact"' in q["sql"]]
    assert len(contact_queries) == 1, contact_queries
    # The month bounds the rows read (the WHERE after FROM), not only what is counted (a FILTER or CASE
    # over all of the program's contacts).
    where = contact_queries[0].split(" FROM ", 1)[1]
    assert '"contact_date" >=' in where, contact_queries[0]


def add_active_members(world: World, count: int) -> None:
    for _ in range(count):
        MembershipFactory(program=world.program, role=Role.SUPPORTER)
        MembershipFactory(program=world.program, role=Role.SUPERVISOR)


def test_sponsor_dashboard_queries_do_not_grow_with_members(world: World, client_for: Any) -> None:
    client = client_for(Role.SPONSOR)
    assert_constant(
        lambda: queries_for(client, "/"),
        lambda count: add_active_members(world, count),
        # 1 session, 1 user, 1 the user's current memberships with programs;
        # sponsor panel: 1 active supporters' and supervisors' ids (perturbed in Python, no counts);
        # navigation: the memberships above (cached on the request), 1 unread notifications
        expected=5,
        grows=False,
    )


def test_member_list_queries_do_not_grow_with_members(world: World, client_for: Any) -> None:
    client = client_for(Role.COORDINATOR)
    assert_constant(
        lambda: queries_for(client, f"/programs/{world.program.pk}/members/"),
        lambda count: add_supporters(world, count),
        # 1 session, 1 user, 1 the program if the user may see its members, 1 count for the paginator;
        # navigation: 1 the user's memberships, 1 unread notifications;
        # 1 the page of members with users, supervisor name and training status
        expected=7,
    )
