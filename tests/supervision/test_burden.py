"""The burden index: components from SQL aggregates, weights, explanation, and a constant query count."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, Role
from supervision.models import BurdenWeights, DebriefDue, Roster, RosterStatus, Shift, ShiftAssignment
from supervision.wellbeing import burden
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


def on_call(world: World, supporter, day, hours: int, **state) -> ShiftAssignment:
    """`supporter` on a shift of `hours` from 18:00 on `day` in a roster (published unless told)."""
    tz = world.program.tzinfo
    roster = Roster.objects.create(
        program=world.program,
        starts_on=day,
        ends_on=day,
        status=state.pop("status", RosterStatus.PUBLISHED),
        generated_by=world.user(Role.COORDINATOR),
    )
    start = datetime.combine(day, time(18), tzinfo=tz)
    shift = Shift.objects.create(
        program=world.program,
        roster=roster,
        name="Evening",
        role="supporter",
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        cancelled_at=state.pop("cancelled_at", None),
    )
    return ShiftAssignment.objects.create(shift=shift, membership=supporter, **state)


def test_a_quiet_week_with_recent_supervision_scores_zero(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    SupervisionSessionFactory(supervisor=world.members[Role.SUPERVISOR], supporters=[supporter])
    row = burden.current_burden([supporter], world.program, timezone.localdate())[supporter.pk]
    assert row.index == 0 and row.days_since_supervision is not None


def test_components_add_up_with_the_default_weights(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    monday = this_monday()
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[supporter], held_on=monday - timedelta(days=60)
    )
    for band, risk in (("night", "high"), ("evening", "high"), ("day", "low")):
        ContactFactory(
            supporter=supporter,
            contact_date=monday,
            time_band=band,
            risk_level=risk,
            duration_minutes=120,
            supporter_distress=8,
            actions=["case_advice"],
        )
    CheckInFactory(
        supporter=supporter,
        week_of=monday,
        tired=4,
        worn_out=4,
        emotionally_exhausted=4,
        cant_take_it=4,
        distress=9,
    )
    on_call(world, supporter, monday, 12)
    on_call(world, supporter, monday + timedelta(days=6), 12)  # Sunday evening into next week: this week's
    row = burden.current_burden([supporter], world.program, monday)[supporter.pk]
    # 6 h over a 6 h limit → 10; 3 of 10 contacts → 1.5; 2 high-risk → 20; 2 of 4 after hours → 2.5;
    # distress 8/10 → 12; check-in burnout 100 → 20; 60+ days unsupervised → 10; no open debrief → 0;
    # 24 h on call of 24 → 5.
    assert row.on_call_hours == 24
    assert row.points == pytest.approx(
        {
            "on_call_hours": 5,
            "contact_hours": 10,
            "contacts": 1.5,
            "high_risk": 20,
            "after_hours": 2.5,
            "distress": 12,
            "checkin": 20,
            "supervision_gap": 10,
            "open_debriefs": 0,
        }
    )
    assert row.index == 81
    assert row.explain()[0][0] in ("High-risk contacts", "Latest check-in")


def test_only_published_shifts_still_held_count_as_on_call_hours(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    monday = this_monday()
    on_call(world, supporter, monday, 4)
    on_call(world, supporter, monday + timedelta(days=1), 5, status=RosterStatus.DRAFT)
    on_call(world, supporter, monday + timedelta(days=2), 6, ended_at=timezone.now())
    on_call(world, supporter, monday + timedelta(days=3), 7, cancelled_at=timezone.now())
    on_call(world, supporter, monday - timedelta(days=1), 8)  # last week
    row = burden.current_burden([supporter], world.program, monday)[supporter.pk]
    assert row.on_call_hours == 4
    assert row.points["on_call_hours"] == pytest.approx(4 / 24 * 5)
    assert ("On-call hours", "4.0 h", pytest.approx(4 / 24 * 5)) in row.explain()


def test_program_weights_change_the_index(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    ContactFactory(
        supporter=supporter, contact_date=this_monday(), risk_level="high", actions=["case_advice"]
    )
    SupervisionSessionFactory(supervisor=world.members[Role.SUPERVISOR], supporters=[supporter])
    BurdenWeights.objects.create(
        program=world.program,
        high_risk=50,
        contact_hours=0,
        contacts=0,
        after_hours=0,
        distress=0,
        checkin=50,
        supervision_gap=0,
        open_debriefs=0,
    )
    row = burden.current_burden([supporter], world.program, timezone.localdate())[supporter.pk]
    assert row.points["high_risk"] == 25 and row.index == 25


def test_open_debriefs_count_until_closed(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    DebriefDue.objects.create(
        contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=24)
    )
    row = burden.current_burden([supporter], world.program, timezone.localdate())[supporter.pk]
    assert row.open_debriefs == 1


def test_twelve_weeks_of_trend_in_a_constant_number_of_queries(world: World) -> None:
    program = world.program
    weeks = burden.last_weeks(timezone.localdate())
    supervisor = world.members[Role.SUPERVISOR]

    def measure(count: int) -> int:
        supporters = [MembershipFactory(program=program, role=Role.SUPPORTER) for _ in range(count)]
        for index, supporter in enumerate(supporters):
            ContactFactory(supporter=supporter, contact_date=weeks[index % 12])
            on_call(world, supporter, weeks[(index + 5) % 12], 6)
            CheckInFactory(supporter=supporter, week_of=weeks[(index + 3) % 12])
            SupervisionSessionFactory(
                supervisor=supervisor, supporters=[supporter], held_on=weeks[index % 12]
            )
        with CaptureQueriesContext(connection) as queries:
            series = burden.weekly_burden(supporters, program, weeks)
        assert len(series) == count and all(len(rows) == 12 for rows in series.values())
        return len(queries)

    # contacts by week, check-ins, latest session before the range, sessions within it, debriefs,
    # on-call hours by week, weights
    assert measure(3) == measure(9) == 7


@pytest.mark.parametrize(
    ("days_in_role", "gap_points"),
    # Default interval 14 days, supervision_gap weight 10: none until the interval has passed in the
    # role, half at one and a half intervals, full at two.
    [(0, 0), (13, 0), (21, 5), (28, 10), (400, 10)],
)
def test_a_supporter_never_supervised_counts_the_gap_from_their_first_day(
    world: World, days_in_role: int, gap_points: int
) -> None:
    today = world.program.today()
    assert world.program.supervision_interval_days == 14
    newcomer = MembershipFactory(
        program=world.program, role=Role.SUPPORTER, term_start=today - timedelta(days=days_in_role)
    )
    row = burden.current_burden([newcomer], world.program, today)[newcomer.pk]
    assert row.days_since_supervision is None and row.days_in_role == days_in_role
    assert row.points["supervision_gap"] == pytest.approx(gap_points)
    assert row.index == gap_points


def test_a_new_supporter_with_no_activity_shows_no_load_and_no_largest_part(world: World, client_for) -> None:
    newcomer = MembershipFactory(program=world.program, role=Role.SUPPORTER, term_start=world.program.today())
    SupervisorAssignmentFactory(supervisor=world.members[Role.SUPERVISOR], supporter=newcomer)
    page = client_for(Role.SUPERVISOR).get(reverse("burden", args=[world.program.pk])).content.decode()
    row = page[page.index(newcomer.display_name) :].split("</tr>")[0]
    assert "<strong>0</strong>" in row and "none yet" in row


def test_every_program_s_supporters_at_once_agree_with_each_program_s_own(world: World) -> None:
    # Two programs in time zones a day apart: on-call hours and open debriefs are bounded by each
    # program's own local week.
    weeks = burden.last_weeks(timezone.localdate(), 3)
    world.other_program.timezone = "America/Los_Angeles"
    world.other_program.save(update_fields=["timezone"])
    supervisor = world.members[Role.SUPERVISOR]
    for program in (world.program, world.other_program):
        for index in range(3):
            supporter = MembershipFactory(program=program, role=Role.SUPPORTER)
            ContactFactory(supporter=supporter, contact_date=weeks[index], risk_level="high")
            CheckInFactory(supporter=supporter, week_of=weeks[index], tired=4)
            if index:
                SupervisionSessionFactory(supervisor=supervisor, supporters=[supporter], held_on=weeks[0])
    for index, week in enumerate(weeks):
        on_call(world, world.members[Role.SUPPORTER], week + timedelta(days=index), 5 + index)
    supporters = Membership.objects.filter(role=Role.SUPPORTER)
    each = {}
    for program in (world.program, world.other_program):
        each.update(burden.weekly_burden(supporters.filter(program=program), program, weeks))

    with CaptureQueriesContext(connection) as queries:
        together = burden.burden_of_supporters(supporters, weeks)

    assert together.keys() == each.keys() and len(together) == 8
    assert {sid: [vars(row) for row in rows] for sid, rows in together.items()} == {
        sid: [vars(row) for row in rows] for sid, rows in each.items()
    }
    assert sum(row.on_call_hours for row in together[world.members[Role.SUPPORTER].pk]) == 18
    # supporters, programs with their weights, contacts by week, check-ins, the latest session before the
    # range, sessions within it, debriefs, on-call hours by week for each of the two time zones
    assert len(queries) == 9
