"""Issue 14, item 5: the roster as a week and a month calendar, on call now as a 24-hour timeline — server
SVG with the same facts in words, for the roles that see the roster and nobody else."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from supervision.models import Roster, Shift, ShiftAssignment
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.roster_helpers import publish, staff

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
]
ROSTERED = {"coordinator", "supervisor", "supporter"}


def matrix(allowed: set[str]) -> list[tuple[str, int]]:
    return [(role, 200 if role in allowed else 404) for role in EVERYONE]


def calendar(world: World, query: str = "") -> str:
    return reverse("roster-calendar", args=[world.program.pk]) + query


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"?week={year}-W{week:02d}"


def count(css: str, page: str) -> int:
    return len(re.findall(rf'<rect class="{css}"', page))


@pytest.fixture
def covered(world: World) -> Roster:
    """A published roster, one supervisor day (08–20) and night (20–08), from yesterday for a week."""
    staff(world)
    today = world.program.today()
    return publish(world, today - timedelta(days=1), today + timedelta(days=6))


def _leave_empty(roster: Roster, day: date, name: str) -> Shift:
    tz = roster.program.tzinfo
    shift = next(
        s for s in Shift.objects.filter(roster=roster, name=name) if s.starts_at.astimezone(tz).date() == day
    )
    ShiftAssignment.objects.filter(shift=shift).update(ended_at=timezone.now())
    return shift


@pytest.mark.parametrize(("role", "status"), matrix(ROSTERED))
def test_the_roster_calendar_opens_for_rostered_roles(
    world: World, client_for, role: str, status: int
) -> None:
    for query in ("", "?month=2026-12"):
        assert client_for(role).get(calendar(world, query)).status_code == status


def test_the_week_draws_a_bar_per_shift_and_no_gap_when_every_hour_is_covered(
    world: World, client_for, covered: Roster
) -> None:
    tomorrow = world.program.today() + timedelta(days=1)
    page = client_for("supporter").get(calendar(world, week_of(tomorrow))).content.decode()
    assert page.count('<section class="card cal-day') == 7
    # Each covered day inside the roster: a day bar and the two ends of the nights either side.
    assert count("bar-supervisor", page) > 0
    assert count("bar-gap", page) == 0
    assert 'role="img"' in page and "<title>" in page
    assert "no supervisor on call" not in page
    # In words, each shift whole: the night that began the evening before runs "until 08:00".
    assert "supervisor · 08:00–20:00" in page and "supervisor · 20:00–08:00" in page
    assert "supervisor · until 08:00" in page


def test_a_shift_with_nobody_is_a_red_gap_labelled_in_words(
    world: World, client_for, covered: Roster
) -> None:
    tomorrow = world.program.today() + timedelta(days=1)
    url = calendar(world, week_of(tomorrow))
    before = client_for("supervisor").get(url).content.decode()
    _leave_empty(covered, tomorrow, "Day")
    page = client_for("supervisor").get(url).content.decode()
    assert count("bar-gap", page) == 1
    assert count("bar-supervisor", page) == count("bar-supervisor", before) - 1
    assert re.search(
        r'<strong class="gap-word">gap</strong> <span>no supervisor on call 08:00–20:00</span>', page
    )
    assert 'aria-label="Gap, no supervisor on call: 08:00–20:00"' in page
    assert "1 day with a gap" in page
    # The table alternative says it too.
    assert "gap 08:00–20:00" in page


def test_days_outside_any_published_roster_are_not_gaps(world: World, client_for, covered: Roster) -> None:
    later = world.program.today() + timedelta(days=60)
    page = client_for("supporter").get(calendar(world, week_of(later))).content.decode()
    assert count("bar-gap", page) == 0 and count("bar-supervisor", page) == 0
    assert page.count("No published roster for this day.") == 7


def test_the_month_shows_whole_weeks_with_gaps_marked_and_links_by_month(
    world: World, client_for, covered: Roster
) -> None:
    tomorrow = world.program.today() + timedelta(days=1)
    _leave_empty(covered, tomorrow, "Night")
    page = client_for("coordinator").get(calendar(world, f"?month={tomorrow:%Y-%m}")).content.decode()
    cells = page.count('<li class="month-day')
    assert cells % 7 == 0 and cells >= 28
    # The night runs 20:00–08:00: two days carry a piece of the gap.
    assert count("bar-gap", page) == 2
    assert page.count('<span class="gap-word">gap</span>') == 2
    following = (tomorrow.replace(day=28) + timedelta(days=4)).replace(day=1)
    assert f'href="?month={following:%Y-%m}"' in page
    assert week_of(tomorrow) in page


def test_bad_dates_in_the_address_show_this_week(world: World, client_for) -> None:
    for query in ("?week=2026-W99", "?week=nonsense", "?month=2026-13", "?month=x"):
        response = client_for("supporter").get(calendar(world, query))
        assert response.status_code == 200
        assert response.content.decode().count('<section class="card cal-day') == 7


def test_a_month_costs_the_same_queries_as_a_week(world: World, client_for, covered: Roster) -> None:
    client = client_for("supervisor")
    tomorrow = world.program.today() + timedelta(days=1)
    client.get(calendar(world))  # warm the session
    with CaptureQueriesContext(connection) as week:
        client.get(calendar(world, week_of(tomorrow)))
    with CaptureQueriesContext(connection) as month:
        client.get(calendar(world, f"?month={tomorrow:%Y-%m}"))
    # The membership check, the published shifts with their rosters, and the people on them (plus the
    # session, user and program every page reads).
    assert len(month) == len(week)


def test_on_call_now_draws_the_next_24_hours_with_its_gaps(world: World, client_for, covered: Roster) -> None:
    url = reverse("on-call-now", args=[world.program.pk])
    page = client_for("supporter").get(url).content.decode()
    assert "The next 24 hours" in page
    assert count("bar-gap", page) == 0
    assert 1 <= count("bar-supervisor", page) <= 3
    now = timezone.now()
    ShiftAssignment.objects.filter(shift__roster=covered, shift__ends_at__gt=now).update(ended_at=now)
    page = client_for("supporter").get(url).content.decode()
    assert count("bar-gap", page) == 1 and count("bar-supervisor", page) == 0
    assert '<strong class="gap-word">gap</strong>' in page


def test_on_call_now_without_a_roster_says_nobody_is_rostered(world: World, client_for) -> None:
    page = client_for("supervisor").get(reverse("on-call-now", args=[world.program.pk])).content.decode()
    assert "Nobody is rostered in the next 24 hours." in page


def test_fairness_draws_a_bar_per_person_with_the_mean_marked(
    world: World, client_for, covered: Roster
) -> None:
    today = world.program.today()
    first, last = today - timedelta(days=1), today + timedelta(days=6)
    page = (
        client_for("coordinator")
        .get(reverse("roster-fairness", args=[world.program.pk]), {"start": first, "to": last})
        .content.decode()
    )
    groups = rosters.fairness(world.program, first, last)
    people = sum(len(group.rows) for group in groups)
    assert page.count('<svg class="lane hbar" role="img"') == people
    assert page.count('<line class="bar-mark"') == sum(len(g.rows) for g in groups if g.maximum)
    busiest = max(groups[0].rows, key=lambda row: row.hours)
    assert f'aria-label="{busiest.membership.display_name}: {busiest.shifts} shifts' in page
    assert 'width="100.00%"' in page  # the busiest person's bar runs the full width
