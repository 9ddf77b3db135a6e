"""Pause rules at the edges of their windows, thresholds, time zones and scope (issue 15: each rule is one
hand-written statement with its bounds worked out in Python; these pin down what the bounds mean)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import Membership, MembershipStatus, Program, Role
from supervision.models import CheckIn, DebriefDue, PauseEnd, PauseMetric, PauseRule, PauseTrigger
from supervision.pauses import services as pauses
from tests.conftest import World
from tests.factories import (
    CheckInFactory,
    ContactFactory,
    MembershipFactory,
    PauseFactory,
    SupervisionSessionFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
)

Found = list[tuple[int, int, datetime | None]]


def rule_of(program: Program, metric: str) -> PauseRule:
    return PauseRule.objects.select_related("program").get(program=program, metric=metric)


def found(program: Program, metric: str, now: datetime, member_ids: list[int] | None = None) -> Found:
    scope = pauses.Supporters.of_program(program, member_ids)
    hits = pauses._candidates(rule_of(program, metric), scope, now)
    return sorted((hit.membership_id, hit.value, hit.evidence_at) for hit in hits)


def resumed(member: Membership, metric: str, at: datetime) -> None:
    """A pause the rule started for them, ended by a supervisor at `at`."""
    PauseFactory(
        membership=member,
        trigger=PauseTrigger.RULE,
        rule=rule_of(member.program, metric),
        started_at=at - timedelta(days=1),
        ended_at=at,
        end_kind=PauseEnd.RESUMED,
    )


def checked_in(member: Membership, week_back: int, at: datetime, raw: tuple[int, int, int, int]) -> None:
    monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    tired, worn_out, exhausted, cant = raw
    checkin = CheckInFactory(
        supporter=member,
        week_of=monday - timedelta(days=7 * week_back),
        tired=tired,
        worn_out=worn_out,
        emotionally_exhausted=exhausted,
        cant_take_it=cant,
    )
    CheckIn.objects.filter(pk=checkin.pk).update(created_at=at)


def test_burnout_reads_the_latest_week_not_the_latest_entry(world: World) -> None:
    now = timezone.now().replace(microsecond=0)
    supporter = world.members[Role.SUPPORTER]
    checked_in(supporter, 1, now - timedelta(hours=2), (4, 3, 3, 2))  # last week: 75, at the threshold
    checked_in(supporter, 2, now - timedelta(hours=1), (4, 4, 4, 4))  # the week before, entered later

    assert found(world.program, PauseMetric.CHECKIN_BURNOUT, now) == [
        (supporter.pk, 75, now - timedelta(hours=2))
    ]


def test_burnout_counts_check_ins_strictly_inside_the_window_and_after_the_last_resumption(
    world: World,
) -> None:
    now = timezone.now().replace(microsecond=0)
    edge, inside = world.members[Role.SUPPORTER], world.unsupervised
    checked_in(edge, 1, now - timedelta(days=14), (4, 4, 4, 4))  # exactly the window's start: out
    checked_in(inside, 1, now - timedelta(days=14) + timedelta(seconds=1), (4, 4, 4, 4))
    assert found(world.program, PauseMetric.CHECKIN_BURNOUT, now) == [
        (inside.pk, 100, now - timedelta(days=14) + timedelta(seconds=1))
    ]

    resumed(inside, PauseMetric.CHECKIN_BURNOUT, now - timedelta(days=1))  # after the check-in
    assert found(world.program, PauseMetric.CHECKIN_BURNOUT, now) == []


def test_overdue_debriefs_are_counted_strictly_between_the_window_start_and_now(world: World) -> None:
    now = timezone.now().replace(microsecond=0)
    supporter = world.members[Role.SUPPORTER]
    rule = rule_of(world.program, PauseMetric.OVERDUE_DEBRIEFS)
    PauseRule.objects.filter(pk=rule.pk).update(threshold=2)
    for due_at, closed in (
        (now, False),  # due this instant: not overdue yet
        (now - timedelta(days=30), False),  # exactly the window's start: out
        (now - timedelta(days=30) + timedelta(seconds=1), False),
        (now - timedelta(seconds=1), False),
        (now - timedelta(hours=1), True),  # debriefed
    ):
        DebriefDue.objects.create(
            contact=ContactFactory(supporter=supporter, risk_level="high"),
            supporter=supporter,
            due_at=due_at,
            closed_at=now if closed else None,
        )

    assert found(world.program, PauseMetric.OVERDUE_DEBRIEFS, now) == [
        (supporter.pk, 2, now - timedelta(seconds=1))
    ]
    PauseRule.objects.filter(pk=rule.pk).update(threshold=3)
    assert found(world.program, PauseMetric.OVERDUE_DEBRIEFS, now) == []


def test_contact_hours_count_the_program_s_own_complete_weeks_in_its_time_zone(world: World) -> None:
    """Monday 00:30 in Auckland is still Sunday in UTC: last week is the one that ended an hour ago."""
    Program.objects.filter(pk=world.program.pk).update(timezone="Pacific/Auckland")
    monday = datetime(2026, 11, 30).date()
    now = datetime.combine(monday, time(0, 30), tzinfo=ZoneInfo("Pacific/Auckland"))
    assert now.astimezone(UTC).date() == monday - timedelta(days=1)
    both, one = world.members[Role.SUPPORTER], world.unsupervised
    for member, days in ((both, (1, 8)), (one, (1, 0))):  # 0 is today: a week not yet complete
        for back in days:
            ContactFactory(supporter=member, contact_date=monday - timedelta(days=back), duration_minutes=200)
            ContactFactory(supporter=member, contact_date=monday - timedelta(days=back), duration_minutes=200)
    ContactFactory(
        supporter=one, contact_date=monday - timedelta(days=8), duration_minutes=400, status="draft"
    )

    assert found(world.program, PauseMetric.WEEKS_OVER_HOURS, now) == [(both.pk, 2, now)]


def test_contact_hours_skip_weeks_that_began_before_the_last_resumption(world: World) -> None:
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    now = timezone.now()
    supporter = world.members[Role.SUPPORTER]
    for back in (1, 8):
        ContactFactory(supporter=supporter, contact_date=monday - timedelta(days=back), duration_minutes=400)
    assert [hit[:2] for hit in found(world.program, PauseMetric.WEEKS_OVER_HOURS, now)] == [(supporter.pk, 2)]

    began = datetime.combine(monday - timedelta(days=7), time.min, tzinfo=world.program.tzinfo)
    resumed(supporter, PauseMetric.WEEKS_OVER_HOURS, began)  # that week began at, not after, it
    assert found(world.program, PauseMetric.WEEKS_OVER_HOURS, now) == []


def test_supervision_overdue_at_its_cutoff_day_and_from_the_term_start_when_never_supervised(
    world: World,
) -> None:
    now = timezone.now()
    today = timezone.localtime(now, world.program.tzinfo).date()
    cutoff = today - timedelta(days=world.program.supervision_interval_days + 15)
    at_cutoff, day_after, never = (
        world.members[Role.SUPPORTER],
        world.unsupervised,
        MembershipFactory(program=world.program, role=Role.SUPPORTER, term_start=cutoff),
    )
    supervisor = world.members[Role.SUPERVISOR]
    SupervisionSessionFactory(supervisor=supervisor, supporters=[at_cutoff], held_on=cutoff)
    SupervisionSessionFactory(
        supervisor=supervisor, supporters=[at_cutoff], held_on=today + timedelta(days=1)
    )
    SupervisionSessionFactory(
        supervisor=supervisor, supporters=[day_after], held_on=cutoff + timedelta(days=1)
    )

    midnight = datetime.combine(cutoff, time.min, tzinfo=world.program.tzinfo)
    assert found(world.program, PauseMetric.SUPERVISION_OVERDUE, now) == sorted(
        [(at_cutoff.pk, 15, midnight), (never.pk, 15, midnight)]
    )


def test_a_state_rule_may_fire_again_from_the_end_of_its_review_period(world: World) -> None:
    now = timezone.now().replace(microsecond=0)
    today = timezone.localtime(now, world.program.tzinfo).date()
    supporter = world.members[Role.SUPPORTER]
    Membership.objects.filter(pk=world.unsupervised.pk).update(status=MembershipStatus.ENDED)
    Membership.objects.filter(pk=supporter.pk).update(term_start=today - timedelta(days=100))
    review = rule_of(world.program, PauseMetric.SUPERVISION_OVERDUE).review_days
    resumed(supporter, PauseMetric.SUPERVISION_OVERDUE, now - timedelta(days=review) + timedelta(seconds=1))
    assert found(world.program, PauseMetric.SUPERVISION_OVERDUE, now) == []

    resumed(supporter, PauseMetric.SUPERVISION_OVERDUE, now - timedelta(days=review + 1))
    later = now + timedelta(seconds=1)  # the latest resumption is now exactly review_days old
    assert [hit[0] for hit in found(world.program, PauseMetric.SUPERVISION_OVERDUE, later)] == [supporter.pk]


def test_training_expiring_on_the_grace_day_is_missing_and_terms_starting_after_it_wait(world: World) -> None:
    now = timezone.now()
    today = timezone.localtime(now, world.program.tzinfo).date()
    grace = today - timedelta(days=rule_of(world.program, PauseMetric.TRAINING_MISSING).window_days)
    expired_on_grace, valid, too_new = (
        world.members[Role.SUPPORTER],
        world.unsupervised,
        MembershipFactory(program=world.program, role=Role.SUPPORTER, term_start=grace + timedelta(days=1)),
    )
    Membership.objects.filter(pk__in=[expired_on_grace.pk, valid.pk]).update(term_start=grace)
    module = TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER])
    for member, expires in ((expired_on_grace, grace), (valid, grace + timedelta(days=1))):
        TrainingRecordFactory(
            membership=member, module=module, completed_on=grace - timedelta(days=300), expires_on=expires
        )

    assert found(world.program, PauseMetric.TRAINING_MISSING, now) == [(expired_on_grace.pk, 1, now)]
    assert too_new.pk not in {hit[0] for hit in found(world.program, PauseMetric.TRAINING_MISSING, now)}


def test_academic_standing_counts_only_when_marked_after_the_last_resumption(world: World) -> None:
    now = timezone.now().replace(microsecond=0)
    before, after = world.members[Role.SUPPORTER], world.unsupervised
    Membership.objects.filter(pk__in=[before.pk, after.pk]).update(
        academic_at_risk_since=now - timedelta(days=3)
    )
    resumed(before, PauseMetric.ACADEMIC_AT_RISK, now - timedelta(days=2))
    resumed(after, PauseMetric.ACADEMIC_AT_RISK, now - timedelta(days=4))

    assert found(world.program, PauseMetric.ACADEMIC_AT_RISK, now) == [(after.pk, 1, now - timedelta(days=3))]


@pytest.mark.parametrize("scope", ["program", "some", "none"])
def test_rules_see_only_the_program_s_current_supporters_asked_about(world: World, scope: str) -> None:
    now = timezone.now()
    ended = MembershipFactory(program=world.program, role=Role.SUPPORTER, status=MembershipStatus.ENDED)
    elsewhere = MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
    paused = MembershipFactory(program=world.program, role=Role.SUPPORTER, status=MembershipStatus.PAUSED)
    Membership.objects.filter(pk__in=[ended.pk, elsewhere.pk, paused.pk]).update(academic_at_risk_since=now)
    Membership.objects.filter(program=world.program, role=Role.SUPERVISOR).update(academic_at_risk_since=now)
    Membership.objects.filter(pk=world.unsupervised.pk).update(academic_at_risk_since=now)
    ids = {"program": None, "some": [paused.pk, ended.pk, elsewhere.pk], "none": []}[scope]

    with CaptureQueriesContext(connection) as queries:
        hits = found(world.program, PauseMetric.ACADEMIC_AT_RISK, now, ids)

    expected = {"program": {paused.pk, world.unsupervised.pk}, "some": {paused.pk}, "none": set()}[scope]
    assert {hit[0] for hit in hits} == expected
    assert len(queries) == 2  # the rule, then its one statement
