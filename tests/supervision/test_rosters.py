"""Roster engine (issue 6, first part): wall-clock shift times across daylight-saving changes, template
validation, deterministic generation with eligibility, rest rules and fairness, coverage gaps, publishing."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, Notification, Role
from supervision import services
from supervision.advice import services as advice
from supervision.models import (
    AdviceRequest,
    RosterStatus,
    Shift,
    ShiftAssignment,
    ShiftTemplate,
    Unavailability,
)
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

SYDNEY, LONDON = ZoneInfo("Australia/Sydney"), ZoneInfo("Europe/London")
# (zone, the day the clocks go forward, the day they go back)
CHANGES = [
    (SYDNEY, date(2026, 10, 4), date(2027, 4, 4)),
    (LONDON, date(2026, 3, 29), date(2026, 10, 25)),
]
SPLITS = {
    "day and night": [(time(8), time(20)), (time(20), time(8))],
    "three shifts across the change hour": [(time(9), time(17)), (time(17), time(1)), (time(1), time(9))],
    "midnight and noon": [(time(0), time(12)), (time(12), time(0))],
}


def templates(pairs: list[tuple[time, time]]) -> list[ShiftTemplate]:
    return [
        ShiftTemplate(name=f"t{n}", rrule="FREQ=DAILY", starts_at=a, ends_at=b)
        for n, (a, b) in enumerate(pairs)
    ]


@pytest.mark.parametrize(("tz", "forward", "back"), CHANGES, ids=["Australia/Sydney", "Europe/London"])
@pytest.mark.parametrize("split", list(SPLITS))
def test_shifts_meet_with_no_gap_or_overlap_across_both_changes(tz, forward, back, split) -> None:
    for change in (forward, back):
        spans = sorted(
            span
            for template in templates(SPLITS[split])
            for span in rosters.occurrences(
                template, tz, change - timedelta(days=2), change + timedelta(days=2)
            )
        )
        for (_, end), (start, _) in pairwise(spans):
            assert end == start, (split, change, end, start)
        # Every shift has a length, and the wall clock is honoured on both sides of the change.
        assert all(end > start for start, end in spans)
        day_length = {
            d: sum(
                (
                    min(e, rosters.aware(datetime.combine(d + timedelta(days=1), time(0)), tz))
                    - max(s, rosters.aware(datetime.combine(d, time(0)), tz))
                ).total_seconds()
                / 3600
                for s, e in spans
                if s < rosters.aware(datetime.combine(d + timedelta(days=1), time(0)), tz)
                and e > rosters.aware(datetime.combine(d, time(0)), tz)
            )
            for d in (change - timedelta(days=1), change, change + timedelta(days=1))
        }
        assert day_length[change] == (23 if change == forward else 25), day_length
        assert day_length[change - timedelta(days=1)] == day_length[change + timedelta(days=1)] == 24


def test_a_night_shift_lasts_eleven_or_thirteen_hours_on_the_change_nights() -> None:
    night = templates([(time(20), time(8))])[0]
    [(start, end)] = rosters.occurrences(night, SYDNEY, date(2026, 10, 3), date(2026, 10, 3))
    assert (end - start) == timedelta(hours=11)
    assert end.astimezone(SYDNEY).time() == time(8)
    [(start, end)] = rosters.occurrences(night, SYDNEY, date(2027, 4, 3), date(2027, 4, 3))
    assert (end - start) == timedelta(hours=13)


def test_a_weekly_rule_picks_its_days() -> None:
    weeknights = ShiftTemplate(rrule="FREQ=WEEKLY;BYDAY=MO,WE", starts_at=time(18), ends_at=time(22))
    spans = rosters.occurrences(weeknights, SYDNEY, date(2026, 11, 23), date(2026, 11, 29))
    assert [s.astimezone(SYDNEY).strftime("%a %H:%M") for s, _ in spans] == ["Mon 18:00", "Wed 18:00"]


# --- Templates ------------------------------------------------------------------------------------------


GOOD = {
    "name": "Nights",
    "role": "supervisor",
    "rrule": "FREQ=DAILY",
    "starts_at": time(20),
    "ends_at": time(8),
    "min_people": 1,
}


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"ends_at": time(20)}, "ends_at", "cannot equal the start"),
        ({"rrule": "FREQ=SOMETIMES"}, "rrule", "not a valid RRULE"),
        ({"rrule": "BYDAY=MO"}, "rrule", "not a valid RRULE"),
        ({"rrule": "FREQ=DAILY;COUNT=3"}, "rrule", "Leave out"),
        ({"role": "sponsor"}, "role", "Choose one of"),
        ({"min_people": 0}, "min_people", "from 1 to 20"),
    ],
)
def test_bad_templates_are_refused_naming_the_field(
    world: World, change: dict, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as refusal:
        rosters.save_template(world.program, by=world.user(Role.COORDINATOR), **{**GOOD, **change})
    assert words in refusal.value.message_dict[field][0]
    assert not ShiftTemplate.objects.exists()


def test_only_coordinators_keep_templates(world: World) -> None:
    made = rosters.save_template(world.program, by=world.user(Role.COORDINATOR), **GOOD)
    assert made.rrule == "FREQ=DAILY"
    for who in ("supervisor", "supporter", "outsider"):
        with pytest.raises(ShiftTemplate.DoesNotExist):
            rosters.save_template(world.program, by=world.user(who), **{**GOOD, "name": "Other"})


# --- Generation -----------------------------------------------------------------------------------------


@pytest.fixture
def team(world: World) -> World:
    """Six current supervisors (two shifts a day at three a week each needs five), six supporters
    (term started a week ago), a day/night supervisor roster
    and an evening supporter shift."""
    today = world.program.today()
    Membership.objects.filter(program=world.program).update(term_start=today - timedelta(days=7))
    for n in range(4):
        MembershipFactory(
            program=world.program,
            role=Role.SUPERVISOR,
            user=UserFactory(username=f"sv{n}"),
            term_start=today - timedelta(days=7),
        )
    for n in range(4):
        MembershipFactory(
            program=world.program,
            role=Role.SUPPORTER,
            user=UserFactory(username=f"sp{n}"),
            term_start=today - timedelta(days=7),
        )
    coordinator = world.user(Role.COORDINATOR)
    for name, start, end in (("Supervisor day", time(8), time(20)), ("Supervisor night", time(20), time(8))):
        rosters.save_template(
            world.program,
            by=coordinator,
            name=name,
            role="supervisor",
            rrule="FREQ=DAILY",
            starts_at=start,
            ends_at=end,
            min_people=1,
        )
    rosters.save_template(
        world.program,
        by=coordinator,
        name="Evening",
        role="supporter",
        rrule="FREQ=DAILY",
        starts_at=time(18),
        ends_at=time(22),
        min_people=1,
    )
    return world


def horizon(world: World) -> tuple[date, date]:
    start = world.program.today() + timedelta(days=1)
    return start, start + timedelta(days=13)


def generate(world: World):
    first, last = horizon(world)
    return rosters.generate(world.program, by=world.user(Role.COORDINATOR), starts_on=first, ends_on=last)


def plan(roster) -> list[tuple[datetime, str, int]]:
    return list(
        ShiftAssignment.objects.filter(shift__roster=roster)
        .order_by("shift__starts_at", "shift__role")
        .values_list("shift__starts_at", "shift__role", "membership_id")
    )


def test_generation_is_deterministic_and_fills_every_shift(team: World) -> None:
    first = plan(generate(team))
    second_roster = generate(team)
    assert plan(second_roster) == first
    assert Shift.objects.filter(roster=second_roster).count() == 14 * 3
    assert not Shift.objects.filter(roster=second_roster).exclude(unfilled={}).exists()
    assert rosters.coverage_gaps(second_roster) == []


def test_rest_and_weekly_limits_hold_and_hours_are_balanced(team: World) -> None:
    roster = generate(team)
    settings = rosters.roster_settings(team.program)
    by_person: dict[int, list[Shift]] = {}
    for assignment in ShiftAssignment.objects.filter(shift__roster=roster).select_related("shift"):
        by_person.setdefault(assignment.membership_id, []).append(assignment.shift)
    for shifts in by_person.values():
        shifts.sort(key=lambda s: s.starts_at)
        for earlier, later in pairwise(shifts):
            assert later.starts_at - earlier.ends_at >= timedelta(hours=settings.min_rest_hours)
        weeks = Counter(s.starts_at.astimezone(team.program.tzinfo).isocalendar()[:2] for s in shifts)
        assert max(weeks.values()) <= settings.max_shifts_per_week
    supervisors = Membership.objects.filter(program=team.program, role=Role.SUPERVISOR)
    hours = {m.pk: sum(s.hours for s in by_person.get(m.pk, [])) for m in supervisors}
    # Everyone (zero-hour people included) within two shifts of each other.
    assert max(hours.values()) - min(hours.values()) <= 26, hours


def test_paused_and_unavailable_people_are_left_out_and_short_shifts_say_why(team: World) -> None:
    pauses.self_pause(team.members[Role.SUPPORTER], by=team.user(Role.SUPPORTER))
    first, _ = horizon(team)
    tz = team.program.tzinfo
    for member in Membership.objects.filter(program=team.program, role=Role.SUPPORTER).exclude(
        pk=team.members[Role.SUPPORTER].pk
    ):
        Unavailability.objects.create(
            membership=member,
            kind="exam",
            starts_at=rosters.aware(datetime.combine(first, time(0)), tz),
            ends_at=rosters.aware(datetime.combine(first + timedelta(days=1), time(0)), tz),
        )
    roster = generate(team)
    evening = Shift.objects.get(roster=roster, starts_at=rosters.aware(datetime.combine(first, time(18)), tz))
    assert not evening.assignments.exists()
    assert evening.unfilled["message"] == "no eligible supporter: 5 unavailable, 1 paused"
    assert not ShiftAssignment.objects.filter(
        shift__roster=roster, membership=team.members[Role.SUPPORTER]
    ).exists()


# --- Publishing ---------------------------------------------------------------------------------------


def test_publishing_is_refused_while_an_hour_lacks_a_supervisor(team: World) -> None:
    ShiftTemplate.objects.filter(name="Supervisor night").update(ends_at=time(7))
    roster = generate(team)
    with pytest.raises(ValidationError) as refusal:
        rosters.publish(roster, by=team.user(Role.COORDINATOR))
    message = refusal.value.messages[0]
    assert "no supervisor is on call" in message and "07:00" in message and "08:00" in message
    roster.refresh_from_db()
    assert roster.status == RosterStatus.DRAFT


def test_a_covered_roster_is_published_and_everyone_on_it_is_told(team: World) -> None:
    roster = rosters.publish(generate(team), by=team.user(Role.COORDINATOR))
    assert roster.status == RosterStatus.PUBLISHED
    on_it = set(
        ShiftAssignment.objects.filter(shift__roster=roster).values_list("membership__user_id", flat=True)
    )
    told = set(Notification.objects.filter(kind="roster_published").values_list("recipient_id", flat=True))
    assert told == on_it and len(on_it) >= 4
    with pytest.raises(ValidationError):
        generate(team)  # a published horizon changes only through swaps and overrides
    with pytest.raises(ObjectDoesNotExist):
        rosters.publish(roster, by=team.user(Role.SUPERVISOR))


def test_a_horizon_ending_before_it_starts_is_refused(team: World) -> None:
    today = team.program.today()
    with pytest.raises(ValidationError) as refusal:
        rosters.generate(
            team.program, by=team.user(Role.COORDINATOR), starts_on=today, ends_on=today - timedelta(days=1)
        )
    assert "ends_on" in refusal.value.message_dict


# --- Pauses, departures and escalations --------------------------------------------------------------------


def published(team: World):
    return rosters.publish(generate(team), by=team.user(Role.COORDINATOR))


def future_shifts(member: Membership) -> list[int]:
    return sorted(
        ShiftAssignment.objects.filter(
            membership=member, ended_at__isnull=True, shift__starts_at__gt=timezone.now()
        ).values_list("shift_id", flat=True)
    )


def test_a_paused_supporters_future_shifts_move_to_the_next_eligible_person(team: World) -> None:
    published(team)
    supporter = team.members[Role.SUPPORTER]
    theirs = future_shifts(supporter)
    assert theirs

    pauses.manual_pause(supporter, by=team.user(Role.COORDINATOR), reason="Unwell this fortnight.")

    assert future_shifts(supporter) == []
    handed = ShiftAssignment.objects.filter(shift_id__in=theirs, ended_at__isnull=True)
    assert handed.count() == len(theirs)
    assert set(handed.values_list("source", flat=True)) == {"reassigned"}
    assert not handed.filter(membership=supporter).exists()
    assert set(Shift.objects.filter(pk__in=theirs).values_list("sequence", flat=True)) == {1}
    assert Notification.objects.filter(kind="shift_reassigned").exists()
    # Rest rules still hold for whoever took them on.
    settings = rosters.roster_settings(team.program)
    for member_id in set(handed.values_list("membership_id", flat=True)):
        spans = sorted(
            ShiftAssignment.objects.filter(membership_id=member_id, ended_at__isnull=True).values_list(
                "shift__starts_at", "shift__ends_at"
            )
        )
        for (_, end), (start, _) in pairwise(spans):
            assert start - end >= timedelta(hours=settings.min_rest_hours)


def test_with_nobody_eligible_the_shift_becomes_a_gap_and_coordinators_hear(team: World) -> None:
    published(team)
    others = Membership.objects.filter(program=team.program, role=Role.SUPERVISOR).exclude(
        pk=team.members[Role.SUPERVISOR].pk
    )
    tz = team.program.tzinfo
    first, last = horizon(team)
    for member in others:
        Unavailability.objects.create(
            membership=member,
            kind="leave",
            starts_at=rosters.aware(datetime.combine(first - timedelta(days=1), time(0)), tz),
            ends_at=rosters.aware(datetime.combine(last + timedelta(days=2), time(0)), tz),
        )
    supervisor = team.members[Role.SUPERVISOR]
    theirs = future_shifts(supervisor)

    pauses.self_pause(team.members[Role.SUPPORTER], by=team.user(Role.SUPPORTER))  # a supporter: not these
    Membership.objects.filter(pk=supervisor.pk).update(status="ended")
    supervisor.refresh_from_db()
    supervisor.save()  # a departure, as update_membership saves it

    assert future_shifts(supervisor) == []
    gaps = Shift.objects.filter(pk__in=theirs)
    assert all(shift.unfilled["message"].startswith("no eligible supervisor") for shift in gaps)
    assert "unavailable" in gaps.first().unfilled["message"]
    assert Notification.objects.filter(kind="roster_gap", recipient=team.user(Role.COORDINATOR)).exists()


def high_risk_contact_with_someone_else_on_call(team: World) -> Membership:
    """The supporter's own supervisor and backup are away, so someone else is on call; the supporter
    logs a high-risk contact. Returns the supervisor on call now."""
    today = team.program.today()
    tz = team.program.tzinfo
    for member in (team.members[Role.SUPERVISOR], team.supervisor2):
        Unavailability.objects.create(
            membership=member,
            kind="leave",
            starts_at=rosters.aware(datetime.combine(today - timedelta(days=2), time(0)), tz),
            ends_at=rosters.aware(datetime.combine(today + timedelta(days=3), time(0)), tz),
        )
    coordinator = team.user(Role.COORDINATOR)
    roster = rosters.generate(
        team.program, by=coordinator, starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=1)
    )
    rosters.publish(roster, by=coordinator)
    now = timezone.now()
    on_call_now = ShiftAssignment.objects.get(
        shift__roster=roster, shift__starts_at__lte=now, shift__ends_at__gt=now, shift__role="supervisor"
    ).membership
    supporter = team.members[Role.SUPPORTER]
    services.submit_contact(
        supporter,
        by=supporter.user,
        contact_date=today,
        time_band="night",
        duration_minutes=40,
        channel="phone",
        initiated_by="peer",
        concerns=["self_harm"],
        risk_level="high",
        actions=["case_advice"],
        supporter_distress=6,
    )
    return on_call_now


def test_a_high_risk_contact_also_tells_the_supervisor_on_call(team: World) -> None:
    on_call_now = high_risk_contact_with_someone_else_on_call(team)
    # The on-call supervisor is paged once, by the advice request the contact opened (one tap to
    # acknowledge), not sent a second "on call" notice beside it.
    since = Notification.objects.filter(recipient=on_call_now.user).exclude(kind="roster_published")
    assert {note.kind for note in since} == {"advice_request_urgent"}
    [note] = since
    # No link to the record, which the on-call supervisor may not be allowed to open: the request's page.
    request = AdviceRequest.objects.get(contact__supporter=team.members[Role.SUPPORTER])
    assert note.link == reverse("advice-detail", args=[team.program.pk, request.pk])
    assert Notification.objects.filter(
        recipient=team.user(Role.SUPERVISOR), kind="high_risk_contact"
    ).exists()


def test_the_on_call_notice_goes_to_on_call_people_the_advice_page_did_not_reach(team: World) -> None:
    """With a chain that pages the coordinators first, the on-call supervisor still hears of it."""
    coordinator = team.user(Role.COORDINATOR)
    advice.save_chain(team.program, by=coordinator, steps=[{"target": "all_coordinators"}])
    on_call_now = high_risk_contact_with_someone_else_on_call(team)
    note = Notification.objects.get(recipient=on_call_now.user, kind="high_risk_on_call")
    assert note.link == reverse("on-call-now", args=[team.program.pk])
    assert Notification.objects.filter(recipient=coordinator, kind="advice_request_urgent").exists()


# --- Alerts and reminders -----------------------------------------------------------------------------------


def test_gap_alerts_go_out_once_per_stage_by_lead_time(team: World) -> None:
    roster = published(team)
    shift = Shift.objects.filter(roster=roster, role="supporter").order_by("starts_at").last()
    ShiftAssignment.objects.filter(shift=shift).update(ended_at=timezone.now(), ended_reason="test")
    coordinator, supervisors = (
        team.user(Role.COORDINATOR),
        Membership.objects.filter(program=team.program, role=Role.SUPERVISOR),
    )

    def gap_notes(**filters: object) -> int:
        return Notification.objects.filter(kind__startswith="roster_gap", **filters).count()

    # 14 days ahead: the coordinator; then nothing more until the next stage.
    assert rosters.alert_gaps(shift.starts_at - timedelta(days=13)) == 1
    assert rosters.alert_gaps(shift.starts_at - timedelta(days=13)) == 0
    assert gap_notes(recipient=coordinator) == 1
    assert rosters.alert_gaps(shift.starts_at - timedelta(hours=70)) == 1
    assert gap_notes(recipient=coordinator, title__startswith="Urgent") == 1
    assert rosters.alert_gaps(shift.starts_at - timedelta(hours=23)) == 1
    assert gap_notes(title__contains="can you cover") == supervisors.count()
    assert rosters.alert_gaps(shift.starts_at - timedelta(hours=1)) == 0


def test_reminders_the_day_before_and_handover_at_the_start_once_each(team: World) -> None:
    roster = published(team)
    shift = Shift.objects.filter(roster=roster).order_by("starts_at").first()
    people = ShiftAssignment.objects.filter(shift=shift).count()
    day_before = shift.starts_at - timedelta(hours=20)
    assert rosters.remind_and_hand_over(day_before)["reminders"] >= people
    assert rosters.remind_and_hand_over(day_before)["reminders"] == 0
    started = rosters.remind_and_hand_over(shift.starts_at + timedelta(minutes=3))
    assert started["handovers"] >= people
    assert rosters.remind_and_hand_over(shift.starts_at + timedelta(minutes=4))["handovers"] == 0
    assert Notification.objects.filter(kind="shift_handover", title="Your on-call shift has started").exists()
