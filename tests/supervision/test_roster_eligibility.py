"""Eligibility is decided one way everywhere (issue 13): publishing re-checks every place of a draft and
leaves open those whose person can no longer take the shift; training is judged on each shift's own
dates on the program's calendar — in generation, publishing, overrides and swaps alike."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from program.models import Availability, Membership, Notification, Role, TrainingRecord
from supervision.models import (
    Roster,
    RosterStatus,
    Shift,
    ShiftAssignment,
    SwapStatus,
    Unavailability,
)
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from tests.conftest import World
from tests.factories import MembershipFactory, TrainingModuleFactory, TrainingRecordFactory
from tests.supervision.test_rosters import generate, horizon, team  # noqa: F401  (fixture)

# --- Publishing re-checks every place ----------------------------------------------------------------


def places_of(member: Membership, roster: Roster) -> list[ShiftAssignment]:
    return list(
        ShiftAssignment.objects.filter(shift__roster=roster, membership=member, ended_at__isnull=True)
        .select_related("shift")
        .order_by("shift__starts_at")
    )


def _pause(world: World, member: Membership, first: date) -> None:
    pauses.self_pause(member, by=member.user)


def _leave(world: World, member: Membership, first: date) -> None:
    Membership.objects.filter(pk=member.pk).update(status="ended")
    member.refresh_from_db()
    member.save()  # a departure, as update_membership saves it


def _away(world: World, member: Membership, first: date) -> None:
    tz = world.program.tzinfo
    Unavailability.objects.create(
        membership=member,
        kind="placement",
        starts_at=rosters.aware(datetime.combine(first - timedelta(days=1), time(0)), tz),
        ends_at=rosters.aware(datetime.combine(first + timedelta(days=20), time(0)), tz),
    )


def _mornings_only(world: World, member: Membership, first: date) -> None:
    for weekday in range(7):
        Availability.objects.create(membership=member, weekday=weekday, starts=time(8), ends=time(12))


SINCE = {
    "paused": (_pause, "paused"),
    "left the program": (_leave, "not current in their role"),
    "away on placement": (_away, "unavailable"),
    "now only free in the mornings": (_mornings_only, "outside their weekly availability"),
}


@pytest.mark.parametrize("since", list(SINCE))
def test_publishing_leaves_open_the_places_of_people_who_can_no_longer_take_them(
    team: World,  # noqa: F811
    since: str,
) -> None:
    draft = generate(team)
    supporter = team.members[Role.SUPPORTER]
    theirs = {place.shift_id for place in places_of(supporter, draft)}
    assert theirs
    change, reason = SINCE[since]
    change(team, supporter, horizon(team)[0])
    coordinator = team.user(Role.COORDINATOR)

    roster = rosters.publish(draft, by=coordinator)

    assert roster.status == RosterStatus.PUBLISHED
    assert places_of(supporter, roster) == []
    dropped = rosters.places_dropped_at_publishing(roster, reader=coordinator)
    assert {place.shift.pk for place in dropped} == theirs
    assert {place.membership.pk for place in dropped} == {supporter.pk}
    assert {place.reason for place in dropped} == {reason}
    # The shifts are open, and say so without saying why (their readers need not learn of a pause).
    for shift in Shift.objects.filter(pk__in=theirs):
        assert "could no longer take it" in shift.unfilled["message"]
        assert reason not in shift.unfilled["message"]
        assert not shift.assignments.filter(ended_at__isnull=True).exists()
    # Everyone else on it is told it is published; the coordinators that places were left open.
    assert not Notification.objects.filter(recipient=supporter.user, kind="roster_published").exists()
    assert Notification.objects.filter(kind="roster_published").exists()
    assert Notification.objects.filter(recipient=coordinator, kind="roster_left_open").count() == 1
    # Nobody else's place was touched.
    assert ShiftAssignment.objects.filter(shift__roster=roster, dropped_at_publishing=True).count() == len(
        theirs
    )


def test_a_roster_whose_people_can_all_still_serve_publishes_whole_with_no_alert(
    team: World,  # noqa: F811
) -> None:
    coordinator = team.user(Role.COORDINATOR)
    roster = rosters.publish(generate(team), by=coordinator)
    assert rosters.places_dropped_at_publishing(roster, reader=coordinator) == []
    assert not Shift.objects.filter(roster=roster).exclude(unfilled={}).exists()
    assert not Notification.objects.filter(kind="roster_left_open").exists()


def test_training_corrected_after_the_draft_drops_only_the_shifts_from_its_new_expiry(
    team: World,  # noqa: F811
) -> None:
    supporters = Membership.objects.filter(program=team.program, role=Role.SUPPORTER)
    module = TrainingModuleFactory(program=team.program, required_for=[Role.SUPPORTER])
    today = team.program.today()
    for member in supporters:
        TrainingRecordFactory(
            membership=member,
            module=module,
            completed_on=today - timedelta(days=30),
            expires_on=today + timedelta(days=700),
        )
    draft = generate(team)
    supporter = team.members[Role.SUPPORTER]
    theirs = places_of(supporter, draft)
    assert len(theirs) >= 2
    tz = team.program.tzinfo
    expiry = theirs[1].shift.starts_at.astimezone(tz).date()
    TrainingRecord.objects.filter(membership=supporter).update(expires_on=expiry)  # recorded wrongly before

    roster = rosters.publish(draft, by=team.user(Role.COORDINATOR))

    kept = [place.shift_id for place in places_of(supporter, roster)]
    assert kept == [
        place.shift_id for place in theirs if place.shift.starts_at.astimezone(tz).date() < expiry
    ]
    assert theirs[0].shift_id in kept
    dropped = rosters.places_dropped_at_publishing(roster, reader=team.user(Role.COORDINATOR))
    assert {place.shift.pk for place in dropped} == {p.shift_id for p in theirs[1:]}
    assert {place.reason for place in dropped} == {"training missing or expired"}


def test_a_dropped_supervisor_leaving_an_hour_uncovered_stops_publishing_and_changes_nothing(
    team: World,  # noqa: F811
) -> None:
    draft = generate(team)
    supervisor = team.members[Role.SUPERVISOR]
    assert places_of(supervisor, draft)
    for member in Membership.objects.filter(program=team.program, role=Role.SUPERVISOR):
        _away(team, member, horizon(team)[0])

    with pytest.raises(ValidationError) as refusal:
        rosters.publish(draft, by=team.user(Role.COORDINATOR))

    message = refusal.value.messages[0]
    assert "no supervisor is on call" in message
    assert supervisor.display_name in message and "unavailable" in message
    draft.refresh_from_db()
    assert draft.status == RosterStatus.DRAFT
    assert places_of(supervisor, draft)  # the refusal rolled the drops back
    assert not ShiftAssignment.objects.filter(dropped_at_publishing=True).exists()
    assert not Shift.objects.filter(roster=draft).exclude(unfilled={}).exists()
    assert not Notification.objects.filter(kind__in=["roster_published", "roster_left_open"]).exists()


def test_the_publish_page_lists_the_places_left_open_to_coordinators_only(
    team: World,  # noqa: F811
    client_for,
) -> None:
    draft = generate(team)
    supporter = team.members[Role.SUPPORTER]
    pauses.self_pause(supporter, by=supporter.user)
    publish_page = reverse("roster-publish", args=[team.program.pk, draft.pk])
    assert client_for("supervisor").post(publish_page).status_code == 404
    response = client_for("coordinator").post(publish_page, follow=True)
    text = response.content.decode()
    assert "left open" in text and supporter.display_name in text and "(paused)" in text
    detail = reverse("roster-detail", args=[team.program.pk, draft.pk])
    assert "Left open when published" in client_for("coordinator").get(detail).content.decode()
    for role in ("supervisor", "supporter"):
        page = client_for(role).get(detail)
        assert page.status_code == 200
        assert "Left open when published" not in page.content.decode()
        assert "(paused)" not in page.content.decode()


@pytest.mark.parametrize(
    ("role", "status", "sees_dropped"),
    [
        ("coordinator", 200, True),
        ("supervisor", 200, False),
        ("supporter", 200, False),
        ("sponsor", 404, False),
        ("outsider", 404, False),
        ("stranger", 404, False),
    ],
)
def test_the_api_lists_the_places_left_open_to_coordinators_only(
    team: World,  # noqa: F811
    api_for,
    role: str,
    status: int,
    sees_dropped: bool,
) -> None:
    draft = generate(team)
    supporter = team.unsupervised  # not the reader
    assert places_of(supporter, draft)
    _leave(team, supporter, horizon(team)[0])
    published = api_for("coordinator").post(f"/api/v1/rosters/{draft.pk}/publish/")
    assert published.status_code == 200, published.content
    body = published.json()
    assert body["status"] == "published"
    assert body["dropped"] and {d["membership"] for d in body["dropped"]} == {supporter.pk}
    assert {d["reason"] for d in body["dropped"]} == {"not current in their role"}

    read = api_for(role).get(f"/api/v1/rosters/{draft.pk}/")
    assert read.status_code == status
    if status == 200:
        assert bool(read.json()["dropped"]) is sees_dropped


# --- Training is judged on the shift's own dates ----------------------------------------------------


def trained_until(world: World, member: Membership, expiry: date) -> None:
    module = TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER])
    TrainingRecordFactory(
        membership=member, module=module, completed_on=expiry - timedelta(days=365), expires_on=expiry
    )


@pytest.mark.parametrize("zone", ["Australia/Sydney", "America/Los_Angeles", "UTC"])
@pytest.mark.parametrize(
    ("starts", "ends", "last_day"),
    [
        # A late shift on the expiry date is refused, one on the day before is not — by the local date,
        # even where the UTC date is the other one (Los Angeles 23:00 is the next day in UTC).
        (time(23), time(23, 30), -1),
        # Just after midnight on the expiry date: the day before in UTC east of Greenwich (Sydney).
        (time(0, 30), time(1), -1),
        # A night shift from the day before runs into the expiry date: refused too.
        (time(23), time(7), -2),
    ],
)
def test_generation_stops_shifts_from_the_day_training_expires(
    world: World, zone: str, starts: time, ends: time, last_day: int
) -> None:
    world.program.timezone = zone
    world.program.save()
    world.program.refresh_from_db()
    settings = rosters.roster_settings(world.program)
    settings.max_shifts_per_week, settings.max_consecutive_nights = 14, 7
    settings.save()
    today = world.program.today()
    expiry = today + timedelta(days=20)
    supporter = world.members[Role.SUPPORTER]
    trained_until(world, supporter, expiry)  # the other supporter has no record: never eligible
    rosters.save_template(
        world.program,
        by=world.user(Role.COORDINATOR),
        name="Late",
        role="supporter",
        rrule="FREQ=DAILY",
        starts_at=starts,
        ends_at=ends,
        min_people=1,
    )
    roster = rosters.generate(
        world.program,
        by=world.user(Role.COORDINATOR),
        starts_on=expiry - timedelta(days=4),
        ends_on=expiry + timedelta(days=2),
    )
    tz = world.program.tzinfo
    days = sorted(
        start.astimezone(tz).date()
        for start in ShiftAssignment.objects.filter(shift__roster=roster, membership=supporter).values_list(
            "shift__starts_at", flat=True
        )
    )
    first = expiry - timedelta(days=4)
    assert days == [
        first + timedelta(days=n) for n in range((expiry + timedelta(days=last_day) - first).days + 1)
    ]
    later = Shift.objects.filter(
        roster=roster, starts_at__gte=rosters.aware(datetime.combine(expiry, time(0)), tz)
    )
    assert all("training missing or expired" in shift.unfilled["message"] for shift in later)


def published_shift(world: World, day: date, holder: Membership | None = None) -> Shift:
    """A published evening supporter shift on a local day (18:00–22:00), with `holder` on it."""
    tz = world.program.tzinfo
    roster = Roster.objects.create(
        program=world.program,
        starts_on=day,
        ends_on=day,
        status=RosterStatus.PUBLISHED,
        generated_by=world.user(Role.COORDINATOR),
    )
    shift = Shift.objects.create(
        program=world.program,
        roster=roster,
        name="Evening",
        role="supporter",
        starts_at=rosters.aware(datetime.combine(day, time(18)), tz),
        ends_at=rosters.aware(datetime.combine(day, time(22)), tz),
    )
    if holder is not None:
        ShiftAssignment.objects.create(shift=shift, membership=holder)
    return shift


EXPIRY_CASES = [(-1, False), (0, False), (1, True)]  # expiry relative to the shift's day → may take it


@pytest.mark.parametrize(("expires", "allowed"), EXPIRY_CASES)
def test_an_override_judges_training_on_the_shifts_day(world: World, expires: int, allowed: bool) -> None:
    shift_day = world.program.today() + timedelta(days=20)
    supporter = world.members[Role.SUPPORTER]
    trained_until(world, supporter, shift_day + timedelta(days=expires))
    shift = published_shift(world, shift_day)
    if allowed:
        rosters.override(shift, by=world.user(Role.COORDINATOR), add=supporter)
        assert shift.assignments.filter(membership=supporter, ended_at__isnull=True).exists()
    else:
        with pytest.raises(ValidationError) as refusal:
            rosters.override(shift, by=world.user(Role.COORDINATOR), add=supporter)
        assert "training missing or expired" in refusal.value.message_dict["add"][0]


@pytest.mark.parametrize(("expires", "allowed"), EXPIRY_CASES)
def test_taking_a_swap_judges_training_on_the_shifts_day(world: World, expires: int, allowed: bool) -> None:
    shift_day = world.program.today() + timedelta(days=20)
    holder = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    supporter = world.members[Role.SUPPORTER]
    trained_until(world, supporter, shift_day + timedelta(days=expires))
    TrainingRecordFactory(
        membership=holder,
        module=supporter.training_records.get().module,
        completed_on=shift_day - timedelta(days=30),
        expires_on=shift_day + timedelta(days=300),
    )
    shift = published_shift(world, shift_day, holder)
    swap = swaps.offer(shift.assignments.get(), by=holder.user)
    if allowed:
        swaps.take(swap, taker=supporter, by=supporter.user)
        swap.refresh_from_db()
        assert swap.status == SwapStatus.TAKEN
    else:
        with pytest.raises(ValidationError) as refusal:
            swaps.take(swap, taker=supporter, by=supporter.user)
        assert "training missing or expired" in refusal.value.message_dict["taken_by"][0]
        swap.refresh_from_db()
        assert swap.status == SwapStatus.OPEN
