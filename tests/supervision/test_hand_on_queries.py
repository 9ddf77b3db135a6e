"""Issue 15, part 3: one evaluation of the pause rules hands on the future shifts of everyone it pauses in
a fixed number of queries — not one batch per pause, let alone one per shift."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import Membership, Role
from supervision.models import (
    AssignmentSource,
    PauseMetric,
    PauseRule,
    Roster,
    RosterStatus,
    Shift,
    ShiftAssignment,
)
from supervision.pauses import services as pauses
from tests.conftest import World, build_world
from tests.factories import BlackoutPeriodFactory, MembershipFactory, UserFactory

FREE = 3  # supporters outside the evaluation, free to take the shifts handed on


def program_with_shifts(world: World, supporters: int, shifts_each: int) -> list[Membership]:
    """`supporters` supporters each holding `shifts_each` future published four-hour shifts, six hours
    apart, and FREE colleagues to take them until their term ends in ten days: the shifts of the last
    supporter start later than that, so some become gaps and the rest are handed on."""
    program = world.program
    today = program.today()
    # An exam blackout today only: the rule pauses whoever is evaluated; the shifts start after it.
    PauseRule.objects.filter(program=program, metric=PauseMetric.BLACKOUT).update(enabled=True)
    BlackoutPeriodFactory(program=program, starts_on=today, ends_on=today)
    Membership.objects.filter(program=program).update(term_start=today - timedelta(days=7))
    for n in range(FREE):
        MembershipFactory(
            program=program,
            role=Role.SUPPORTER,
            user=UserFactory(username=f"free{n}"),
            term_start=today - timedelta(days=7),
            expected_end=today + timedelta(days=10),
        )
    roster = Roster.objects.create(
        program=program,
        starts_on=today,
        ends_on=today + timedelta(days=90),
        status=RosterStatus.PUBLISHED,
        generated_by=world.user(Role.COORDINATOR),
        published_at=timezone.now(),
    )
    held = []
    start = timezone.now() + timedelta(days=1)
    for n in range(supporters):
        member = MembershipFactory(
            program=program,
            role=Role.SUPPORTER,
            user=UserFactory(username=f"held{n}"),
            term_start=today - timedelta(days=7),
            expected_end=date(today.year + 3, 11, 30),
        )
        if n == supporters - 1:
            start += timedelta(days=30)
        for _ in range(shifts_each):
            shift = Shift.objects.create(
                program=program,
                roster=roster,
                name="Evening",
                role="supporter",
                starts_at=start,
                ends_at=start + timedelta(hours=4),
            )
            ShiftAssignment.objects.create(shift=shift, membership=member)
            start += timedelta(hours=6)
        held.append(member)
    return held


def evaluation_queries(supporters: int, shifts_each: int) -> int:
    world = build_world()
    held = program_with_shifts(world, supporters, shifts_each)
    with CaptureQueriesContext(connection) as queries:
        started = pauses.evaluate(world.program, memberships=held)
    assert len(started) == supporters
    handed = ShiftAssignment.objects.filter(
        shift__program=world.program, source=AssignmentSource.REASSIGNED, ended_at__isnull=True
    )
    # Both ways a shift can go: someone took it, and (the last supporter's) nobody could.
    assert handed.exists()
    assert Shift.objects.filter(program=world.program).exclude(unfilled={}).exists()
    assert not ShiftAssignment.objects.filter(membership__in=held, ended_at__isnull=True).exists()
    return len(queries)


def test_one_evaluation_hands_on_any_number_of_shifts_in_the_same_number_of_queries(db: None) -> None:
    # 12 × 9 keeps the new places within one INSERT on SQLite (Django splits a bulk insert at 999
    # parameters, 111 places); beyond that the count grows by one statement per 111 places handed on.
    few = evaluation_queries(3, 4)
    many = evaluation_queries(12, 9)
    assert many == few
