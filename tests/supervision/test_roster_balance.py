"""Roster generation balances night and weekend shifts per person, not only total hours (issue 14,
part 7): on a generated month everyone of a role with the same availability is within one night and
one weekend shift of each other, the fairness report shows the counts, and generation still costs the
same number of queries for a month as for a week."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from program.models import Membership, Role
from supervision.models import Roster, ShiftAssignment
from supervision.rosters import services as rosters
from tests.api.helpers import SIGNED_IN, assert_error, assert_not_signed_in
from tests.conftest import World
from tests.roster_helpers import publish, staff


@pytest.fixture
def team(world: World) -> World:
    """Seven supervisors on call day and night; six supporters with an evening and a weekend shift."""
    staff(world, supervisors=5, supporters=4, with_evening=True)
    rosters.save_template(
        world.program,
        by=world.user(Role.COORDINATOR),
        name="Weekend daytime",
        role="supporter",
        rrule="FREQ=WEEKLY;BYDAY=SA,SU",
        starts_at=time(10),
        ends_at=time(16),
        min_people=1,
    )
    return world


def month(world: World) -> tuple[date, date]:
    first = world.program.today() + timedelta(days=1)
    return first, first + timedelta(days=29)


def counts(roster: Roster, role: str) -> tuple[Counter[int], Counter[int]]:
    """Nights and weekend shifts per member of the role (zero for those with none)."""
    members = Membership.objects.filter(program=roster.program, role=role).values_list("pk", flat=True)
    nights: Counter[int] = Counter({pk: 0 for pk in members})
    weekends: Counter[int] = Counter({pk: 0 for pk in members})
    for member, is_night, is_weekend in ShiftAssignment.objects.filter(
        shift__roster=roster, shift__role=role, ended_at__isnull=True
    ).values_list("membership_id", "shift__is_night", "shift__is_weekend"):
        nights[member] += is_night
        weekends[member] += is_weekend
    return nights, weekends


def spread(counter: Counter[int]) -> int:
    return max(counter.values()) - min(counter.values())


def test_a_generated_month_spreads_nights_and_weekends_within_one(team: World) -> None:
    first, last = month(team)
    roster = rosters.generate(team.program, by=team.user(Role.COORDINATOR), starts_on=first, ends_on=last)
    assert rosters.coverage_gaps(roster) == []
    nights, weekends = counts(roster, Role.SUPERVISOR)
    assert len(nights) == 7 and sum(nights.values()) == 30
    assert spread(nights) <= 1, nights
    assert spread(weekends) <= 1, weekends
    _, supporter_weekends = counts(roster, Role.SUPPORTER)
    assert sum(supporter_weekends.values()) >= 16  # evening and daytime shifts on 8 or more weekend days
    assert spread(supporter_weekends) <= 1, supporter_weekends


def test_balancing_takes_the_last_four_weeks_into_account(team: World) -> None:
    """Someone who worked many nights on the published roster just before gets fewer this time."""
    today = team.program.today()
    earlier = publish(team, today - timedelta(days=27), today)
    heavy = max(counts(earlier, Role.SUPERVISOR)[0].items(), key=lambda item: (item[1], -item[0]))[0]
    ShiftAssignment.objects.filter(
        shift__roster=earlier, shift__is_night=True, shift__role=Role.SUPERVISOR, ended_at__isnull=True
    ).exclude(membership_id=heavy).update(membership_id=heavy)
    first, last = today + timedelta(days=1), today + timedelta(days=14)
    roster = rosters.generate(team.program, by=team.user(Role.COORDINATOR), starts_on=first, ends_on=last)
    nights, _ = counts(roster, Role.SUPERVISOR)
    assert nights[heavy] == 0, nights
    assert max(nights.values()) - min(v for k, v in nights.items() if k != heavy) <= 1, nights


def test_the_fairness_report_counts_nights_and_weekends(team: World) -> None:
    first, last = month(team)
    roster = rosters.publish(
        rosters.generate(team.program, by=team.user(Role.COORDINATOR), starts_on=first, ends_on=last),
        by=team.user(Role.COORDINATOR),
    )
    supervisors, supporters = rosters.fairness(team.program, first, last)
    nights, weekends = counts(roster, Role.SUPERVISOR)
    assert {row.membership.pk: row.nights for row in supervisors.rows} == dict(nights)
    assert {row.membership.pk: row.weekends for row in supervisors.rows} == dict(weekends)
    assert supervisors.night_spread == spread(nights) <= 1
    assert supervisors.weekend_spread == spread(weekends) <= 1
    assert sum(row.weekends for row in supporters.rows) == sum(counts(roster, Role.SUPPORTER)[1].values())


def test_generating_a_month_costs_the_queries_of_a_week(team: World) -> None:
    coordinator = team.user(Role.COORDINATOR)
    first = team.program.today() + timedelta(days=1)

    def cost(starts_on: date, days: int) -> tuple[int, int]:
        """(queries other than the bulk inserts, bulk inserts of shifts and places): SQLite caps the
        variables of one statement, so a month's shifts go in two INSERTs where a week's go in one —
        batches, not a query per row."""
        with CaptureQueriesContext(connection) as queries:
            rosters.generate(
                team.program,
                by=coordinator,
                starts_on=starts_on,
                ends_on=starts_on + timedelta(days=days - 1),
            )
        bulk = [
            q
            for q in queries.captured_queries
            if q["sql"].startswith(
                ('INSERT INTO "supervision_shift"', 'INSERT INTO "supervision_shiftassignment"')
            )
        ]
        return len(queries) - len(bulk), len(bulk)

    # Horizons that do not overlap, so none replaces an earlier draft (which costs its own deletes); the
    # first warms the per-process caches (content types) that later generations do not pay for again.
    cost(first, 7)
    week = cost(first + timedelta(days=7), 7)
    month = cost(first + timedelta(days=14), 30)
    assert month[0] == week[0]
    assert week[1] == 2 and month[1] <= 4, (week, month)


# --- The fairness report, page and API ------------------------------------------------------------------


@pytest.fixture
def published_month(team: World) -> Roster:
    first, last = month(team)
    return publish(team, first, last)


def test_the_fairness_page_shows_nights_and_weekends_per_person(
    team: World, client_for, published_month: Roster
) -> None:
    first, last = month(team)
    response = client_for("coordinator").get(
        reverse("roster-fairness", args=[team.program.pk]), {"start": first, "to": last}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert '<th scope="col">Nights</th>' in page and '<th scope="col">Weekend shifts</th>' in page
    nights, weekends = counts(published_month, Role.SUPERVISOR)
    member = Membership.objects.select_related("user").get(pk=max(nights, key=lambda pk: (nights[pk], pk)))
    row = f"<tr><td>{member.display_name}</td>"
    cells = page.split(row, 1)[1].split("</tr>", 1)[0]
    assert f"<td>{nights[member.pk]}</td><td>{weekends[member.pk]}</td>" in cells
    assert f"Nights: most minus fewest per person {spread(nights)}" in page


def fairness_url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/fairness/"


@pytest.mark.parametrize("role", SIGNED_IN)
def test_the_fairness_api_is_for_coordinators(
    team: World, api_for, published_month: Roster, role: str
) -> None:
    first, last = month(team)
    response = api_for(role).get(fairness_url(team), {"from": str(first), "to": str(last)})
    if role != "coordinator":
        assert_error(response, 404)
        return
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["start"] == str(first) and body["end"] == str(last)
    supervisors = next(group for group in body["groups"] if group["role"] == "supervisor")
    nights, weekends = counts(published_month, Role.SUPERVISOR)
    assert {row["membership"]: row["nights"] for row in supervisors["rows"]} == dict(nights)
    assert {row["membership"]: row["weekends"] for row in supervisors["rows"]} == dict(weekends)
    assert supervisors["night_spread"] == spread(nights) <= 1
    assert supervisors["weekend_spread"] == spread(weekends) <= 1


def test_the_fairness_api_refuses_anonymous_callers(team: World, api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(fairness_url(team)))


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "yesterday"}, "from"),
        ({"to": "2026-13-01"}, "to"),
        ({"from": "0001-01-01"}, "from"),
        ({"from": "2026-12-10", "to": "2026-12-01"}, "to"),
    ],
)
def test_bad_fairness_ranges_answer_400_naming_the_field(
    team: World, api_for, query: dict, field: str
) -> None:
    assert_error(api_for("coordinator").get(fairness_url(team), query), 400, field=field)
