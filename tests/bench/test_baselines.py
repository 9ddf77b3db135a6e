"""The bench's baselines give the same answers as our code (bench/pairs.py), on factory data: the burden
of every supporter (one hand-written SQL statement), the year's gap scan (a reference sweep), on call now
(a reference query) and the contact list (a bare Django view). Nothing here is timed — timings belong in
the bench (bench/run baselines); this keeps the baselines honest in CI."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from bench import pairs
from program.models import Membership, Role
from supervision.models import DebriefDue, PauseRule, RosterRole, Shift, ShiftAssignment
from supervision.wellbeing.burden import monday
from tests.conftest import World
from tests.factories import (
    CheckInFactory,
    ContactFactory,
    MembershipFactory,
    PauseFactory,
    StaffPhoneFactory,
    SupervisionSessionFactory,
)
from tests.roster_helpers import publish, staff


@pytest.fixture
def busy(world: World) -> dict[str, Any]:
    """A program with a published fortnight of day and night supervisor shifts (one night left open, a
    gap), an evening supporter shift, and a week of contacts, check-ins, a session and an open debrief."""
    staff(world, supervisors=3, supporters=4, with_evening=True)
    today = world.program.today()
    roster = publish(world, today, today + timedelta(days=13))
    # Nobody on the fourth-last supervisor shift any more: a gap in the middle of the horizon.
    left = Shift.objects.filter(roster=roster, role=RosterRole.SUPERVISOR).order_by("-starts_at")[3]
    ShiftAssignment.objects.filter(shift=left).update(ended_at=timezone.now())
    for username in ("supervisor", "sv0", "coordinator"):
        StaffPhoneFactory(user=get_user_model().objects.get(username=username))
    supporter = world.members[Role.SUPPORTER]
    week = monday(today)
    for n, (risk, band) in enumerate(
        (("high", "night"), ("low", "evening"), ("imminent", "day"), ("low", "day"))
    ):
        contact = ContactFactory(
            supporter=supporter,
            risk_level=risk,
            time_band=band,
            contact_date=min(week + timedelta(days=n), today),
            duration_minutes=45 + n,
            supporter_distress=n + 2,
        )
        if risk == "high":
            DebriefDue.objects.create(
                contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=24)
            )
    CheckInFactory(supporter=supporter, week_of=week, tired=3, worn_out=4, distress=6)
    CheckInFactory(supporter=world.unsupervised, week_of=week - timedelta(days=14), tired=2)
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[supporter], held_on=today - timedelta(days=20)
    )
    return {"roster": roster, "today": today}


def test_burden_baseline_agrees(busy: dict[str, Any], world: World) -> None:
    ours = pairs.burden_ours(busy["today"])
    assert ours == pairs.burden_baseline(busy["today"])
    row = ours[world.members[Role.SUPPORTER].pk]
    # index, contacts, minutes, high risk, after hours, …: the figures are really there, not all empty.
    assert row[1] >= 1 and row[3] >= 1 and row[6] is not None and row[10] == 1


def test_burden_baseline_agrees_on_a_new_supporter_never_supervised(world: World) -> None:
    # Never supervised, three days into the term: no supervision gap yet (burden._score counts from the
    # term's first day). The baseline once scored such a supporter the gap's full weight.
    today = world.program.today()
    newcomer = MembershipFactory(
        program=world.program, role=Role.SUPPORTER, term_start=today - timedelta(days=3)
    )
    ours = pairs.burden_ours(today)
    assert ours == pairs.burden_baseline(today)
    # index, …, days since supervision, days in the role
    assert ours[newcomer.pk][0] == 0 and ours[newcomer.pk][8] is None and ours[newcomer.pk][9] == 3


def test_gap_scan_baseline_agrees(busy: dict[str, Any]) -> None:
    ours = pairs.gaps_ours(busy["roster"])
    assert ours and ours == pairs.gaps_baseline(busy["roster"])


def test_gap_scan_baseline_agrees_with_nobody_on_the_roster(busy: dict[str, Any]) -> None:
    ShiftAssignment.objects.filter(shift__roster=busy["roster"]).update(ended_at=timezone.now())
    ours = pairs.gaps_ours(busy["roster"])
    assert len(ours) == 1 and ours == pairs.gaps_baseline(busy["roster"])


@pytest.mark.parametrize("hours", [0, 5, 13, 30, 24 * 5 + 21])
def test_on_call_baseline_agrees(busy: dict[str, Any], world: World, hours: int) -> None:
    at = timezone.now() + timedelta(hours=hours)
    ours = pairs.on_call_ours(world.program, at)
    assert ours == pairs.on_call_baseline(world.program, at)
    assert any(phone for *_, phone in ours["fallback"])
    # The names and e-mails the page and the API show are part of the answer both must give.
    assert all(name and email for _, name, email, _ in ours["fallback"])


@pytest.mark.parametrize("role", [Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER])
def test_contact_list_bare_view_agrees(busy: dict[str, Any], world: World, settings: Any, role: str) -> None:
    settings.ROOT_URLCONF = "bench.pairs"
    client = pairs.signed_in(world.user(role).username)
    ours = pairs.contacts_ours(client)
    assert ours and ours == pairs.contacts_baseline(client)


def test_pause_detection_baseline_agrees(busy: dict[str, Any], world: World) -> None:
    """Burnout in the latest check-in, an overdue debrief, supervision long overdue (and a rule already
    acted on for one supporter): the rules' hand-written statements find the same people."""
    supporter = world.members[Role.SUPPORTER]
    CheckInFactory(
        supporter=world.unsupervised,
        week_of=monday(busy["today"]),
        tired=4,
        worn_out=4,
        emotionally_exhausted=4,
    )
    contact = ContactFactory(supporter=world.unsupervised, risk_level="high")
    DebriefDue.objects.create(
        contact=contact, supporter=world.unsupervised, due_at=timezone.now() - timedelta(days=2)
    )
    Membership.objects.filter(pk=world.unsupervised.pk).update(term_start=busy["today"] - timedelta(days=90))
    # The supporter was paused by the supervision rule and resumed yesterday: within its review period.
    PauseFactory(
        membership=supporter,
        trigger="rule",
        rule=PauseRule.objects.get(program=world.program, metric="supervision_overdue"),
        ended_at=timezone.now() - timedelta(days=1),
        end_kind="resumed",
    )
    now = timezone.now()
    ours = pairs.pauses_ours(world.program, now)
    assert len(ours) == 3 and all(ours.values())
    assert ours == pairs.pauses_baseline(world.program, now)


def test_burden_over_weeks_baseline_agrees(busy: dict[str, Any], world: World) -> None:
    """Over several weeks: contacts, check-ins, sessions and a debrief closed in different weeks, a
    supporter never supervised and one whose term started within the range."""
    today = busy["today"]
    supporter = world.members[Role.SUPPORTER]
    week = monday(today)
    for weeks_back in (2, 4):
        day = week - timedelta(weeks=weeks_back, days=-1)
        contact = ContactFactory(
            supporter=supporter, risk_level="high", time_band="night", contact_date=day, duration_minutes=30
        )
        DebriefDue.objects.create(
            contact=contact,
            supporter=supporter,
            due_at=timezone.now() - timedelta(weeks=weeks_back),
            closed_at=timezone.now() - timedelta(weeks=weeks_back - 1),
        )
    CheckInFactory(supporter=supporter, week_of=week - timedelta(weeks=3), tired=4, worn_out=4, distress=8)
    CheckInFactory(supporter=supporter, week_of=week - timedelta(weeks=6), tired=1, distress=2)
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[supporter], held_on=week - timedelta(weeks=5)
    )
    newcomer = MembershipFactory(
        program=world.program, role=Role.SUPPORTER, term_start=week - timedelta(weeks=2, days=-3)
    )
    ContactFactory(supporter=newcomer, contact_date=week - timedelta(weeks=1), supporter_distress=7)
    ours = pairs.burden_weeks_ours(today, 6)
    assert ours == pairs.burden_weeks_baseline(today, 6)
    assert pairs.burden_weeks_ours(today) == pairs.burden_weeks_baseline(today)
    # index, contacts, …, days since supervision, days in the role: week by week, not all one week's.
    series = ours[supporter.pk]
    assert len(series) == 6 and len({row[1] for row in series}) > 1
    assert len({row[8] for row in series}) > 1 and len({row[10] for row in series}) > 1
    assert all(row[8] is None for row in ours[world.unsupervised.pk])
    assert [row[9] for row in ours[newcomer.pk]][:4] == [0, 0, 0, 3]
