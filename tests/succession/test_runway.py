"""The runway forecast: graduations, the intake pipeline, the first month below the minimum, and the
recommended intake date — in a fixed number of queries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from program.models import Membership, MembershipStatus, Role
from selection.models import Intake
from succession import runway
from succession.models import ContinuitySettings
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 11, 25)


def cohort(world: World, count: int, *, leaving: date | None, starting: date = date(2025, 2, 1)) -> None:
    for _ in range(count):
        MembershipFactory(
            program=world.program, role=Role.SUPPORTER, term_start=starting, expected_end=leaving
        )


@pytest.fixture
def program(world: World):
    # Only the supporters each test adds: the world's two supporters leave before the horizon starts.
    Membership.objects.filter(program=world.program, role=Role.SUPPORTER).update(
        term_start=date(2025, 1, 1), expected_end=date(2026, 1, 1)
    )
    world.program.min_active_supporters = 8
    world.program.save()
    return world.program


def test_graduations_bring_the_program_below_its_minimum(world: World, program) -> None:
    cohort(world, 6, leaving=date(2027, 12, 1))  # final years, graduating in December 2027
    cohort(world, 5, leaving=date(2029, 12, 1))
    forecast = runway.forecast(program, TODAY)

    assert len(forecast.points) == 24
    assert forecast.points[0].month == date(2026, 11, 1)
    assert [p.total for p in forecast.points[:14]] == [11] * 14  # to December 2027
    assert forecast.points[13].month == date(2027, 12, 1)
    assert forecast.points[14].total == 5  # January 2028: the final years have gone
    assert forecast.runway_month == date(2028, 1, 1)
    assert forecast.months == 14
    # 8 weeks of selection and 8 of training before January 2028.
    assert forecast.recommended_intake_opens == date(2028, 1, 1) - timedelta(weeks=16)
    assert not forecast.shorter_than_lead_time


def test_ended_supporters_and_other_roles_do_not_count(world: World, program) -> None:
    cohort(world, 9, leaving=None)
    MembershipFactory(program=program, role=Role.SUPPORTER, status=MembershipStatus.ENDED, expected_end=None)
    MembershipFactory(program=program, role=Role.SUPERVISOR, expected_end=None)
    forecast = runway.forecast(program, TODAY)
    assert {p.total for p in forecast.points} == {9}
    assert forecast.runway_month is None and forecast.recommended_intake_opens is None


def test_an_open_intake_joins_once_its_cohort_is_selected_and_trained(world: World, program) -> None:
    cohort(world, 10, leaving=date(2027, 3, 1))
    Intake.objects.create(
        program=program, name="2027 intake", opens_on=date(2026, 11, 1), closes_on=date(2027, 1, 31), target=9
    )
    forecast = runway.forecast(program, TODAY)
    by_month = {p.month: p for p in forecast.points}
    # Closing after 8 weeks of selection, then 8 weeks of training: ready on 28 March 2027.
    assert (by_month[date(2027, 3, 1)].supporters, by_month[date(2027, 3, 1)].joining) == (10, 0)
    assert (by_month[date(2027, 4, 1)].supporters, by_month[date(2027, 4, 1)].joining) == (0, 9)
    assert forecast.runway_month is None


def test_offers_already_accepted_are_not_counted_twice(world: World, program) -> None:
    from selection.models import Application

    cohort(world, 10, leaving=date(2027, 3, 1))
    intake = Intake.objects.create(
        program=program, name="2027 intake", opens_on=date(2026, 11, 1), closes_on=date(2027, 1, 31), target=9
    )
    for response in ("accepted", "accepted", ""):
        Application.objects.create(
            intake=intake,
            applicant=UserFactory(),
            decision="offer",
            offer_response=response,
        )
    forecast = runway.forecast(program, TODAY)
    # The two who accepted are supporters already (counted as such); seven more are expected.
    assert {p.joining for p in forecast.points if p.month >= date(2027, 4, 1)} == {7}
    assert forecast.runway_month == date(2027, 4, 1)


def test_a_runway_shorter_than_the_lead_time_says_open_the_intake_now(world: World, program) -> None:
    cohort(world, 9, leaving=date(2027, 1, 15))
    ContinuitySettings.objects.create(program=program, selection_weeks=10, training_weeks=6)
    forecast = runway.forecast(program, TODAY)
    assert forecast.runway_month == date(2027, 2, 1)
    assert forecast.shorter_than_lead_time
    assert forecast.recommended_intake_opens == TODAY


def test_the_forecast_takes_three_queries_whatever_the_size(world: World, program) -> None:
    def measure(count: int) -> int:
        cohort(world, count, leaving=date(2027, 6, 1))
        Intake.objects.create(
            program=program,
            name=f"Intake {count}",
            opens_on=TODAY,
            closes_on=TODAY + timedelta(days=30),
            target=3,
        )
        with CaptureQueriesContext(connection) as queries:
            runway.forecast(program, TODAY)
        return len(queries)

    # supporters per month (one conditional count each), the intake pipeline, the settings
    assert measure(3) == measure(30) == 3


def test_paused_supporters_are_counted_beside_the_active_not_towards_the_minimum(
    world: World, program
) -> None:
    # The coordinator's home says "8 active supporters (minimum 8)" and "1 paused": the runway agrees.
    cohort(world, 8, leaving=None)
    MembershipFactory(program=program, role=Role.SUPPORTER, status=MembershipStatus.PAUSED, expected_end=None)
    forecast = runway.forecast(program, TODAY)
    first = forecast.points[0]
    assert (first.supporters, first.paused, first.total, first.below_minimum) == (8, 1, 8, False)
    # One of the cohort (the world's own supporters left before the horizon).
    one = Membership.objects.filter(
        program=program, role=Role.SUPPORTER, status=MembershipStatus.ACTIVE, expected_end__isnull=True
    )[:1]
    Membership.objects.filter(pk__in=list(one.values_list("pk", flat=True))).update(
        status=MembershipStatus.PAUSED
    )
    again = runway.forecast(program, TODAY).points[0]
    assert (again.supporters, again.paused, again.below_minimum) == (7, 2, True)
