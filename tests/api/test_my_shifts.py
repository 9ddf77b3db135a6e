"""/api/v1/my-shifts/: the caller's own places on published shifts, whose ids are what a swap offer
takes — so a swap can be offered, taken and approved through the API alone (issue 14, part 7)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from program.models import Membership, Role
from supervision.models import Roster, Shift, ShiftAssignment, SwapStatus
from tests.api.helpers import SIGNED_IN, api_as, assert_error, assert_not_signed_in, result_ids
from tests.conftest import World
from tests.roster_helpers import publish, staff

MY_SHIFTS, SWAPS = "/api/v1/my-shifts/", "/api/v1/swap-requests/"


@pytest.fixture
def roster(world: World) -> Roster:
    staff(world, supporters=3, with_evening=True)
    today = world.program.today()
    return publish(world, today + timedelta(days=2), today + timedelta(days=8))


def open_places(member: Membership) -> list[int]:
    return sorted(
        ShiftAssignment.objects.filter(
            membership=member, ended_at__isnull=True, shift__roster__status="published"
        ).values_list("pk", flat=True)
    )


@pytest.mark.parametrize("role", SIGNED_IN)
def test_everyone_lists_exactly_their_own_places(world: World, roster: Roster, api_for, role: str) -> None:
    expected = open_places(world.members[role]) if role in ("coordinator", "supervisor", "supporter") else []
    if role in ("supervisor", "supporter"):
        assert expected, "the roster gives this role places, so the test can fail"
    assert result_ids(api_for(role).get(MY_SHIFTS, {"page_size": 100})) == expected


def test_anonymous_callers_are_refused(roster: Roster, api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(MY_SHIFTS))


def test_a_place_shows_its_shift(world: World, roster: Roster, api_for) -> None:
    place = (
        ShiftAssignment.objects.filter(membership=world.members[Role.SUPPORTER], ended_at__isnull=True)
        .select_related("shift")
        .order_by("shift__starts_at")
        .first()
    )
    assert place is not None
    body = api_for("supporter").get(f"{MY_SHIFTS}{place.pk}/").json()
    assert body["shift"] == place.shift_id
    assert body["program"] == world.program.pk
    assert body["role"] == "supporter"
    assert body["name"] == "Evening"
    assert body["swap_request"] is None


def test_someone_elses_place_is_not_found(world: World, roster: Roster, api_for) -> None:
    theirs = open_places(world.members[Role.SUPERVISOR])[0]
    assert_error(api_for("supporter").get(f"{MY_SHIFTS}{theirs}/"), 404)


def test_upcoming_leaves_out_shifts_that_have_started(world: World, roster: Roster, api_for) -> None:
    mine = open_places(world.members[Role.SUPPORTER])
    first = ShiftAssignment.objects.select_related("shift").get(pk=mine[0])
    Shift.objects.filter(pk=first.shift_id).update(starts_at=timezone.now() - timedelta(hours=1))
    assert result_ids(api_for("supporter").get(MY_SHIFTS, {"upcoming": "true"})) == mine[1:]
    assert result_ids(api_for("supporter").get(MY_SHIFTS)) == mine


def test_list_offer_take_approve_through_the_api_alone(world: World, roster: Roster, api_for) -> None:
    supporter = api_for("supporter")
    places = supporter.get(MY_SHIFTS, {"upcoming": "true"}).json()["results"]
    place = places[0]
    offered = supporter.post(SWAPS, {"assignment": place["id"]}, format="json")
    assert offered.status_code == 201, offered.content
    swap = offered.json()
    assert swap["assignment"] == place["id"] and swap["shift"] == place["shift"]
    # The place now names its pending offer.
    assert supporter.get(f"{MY_SHIFTS}{place['id']}/").json()["swap_request"] == swap["id"]

    # Another supporter, with no shift within a day of this one, sees the offer and takes it.
    shift = Shift.objects.get(pk=place["shift"])
    busy = ShiftAssignment.objects.filter(
        ended_at__isnull=True,
        shift__starts_at__lt=shift.ends_at + timedelta(days=1),
        shift__ends_at__gt=shift.starts_at - timedelta(days=1),
    ).values("membership_id")
    taker = (
        Membership.objects.filter(program=world.program, role=Role.SUPPORTER)
        .exclude(pk__in=busy)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    assert taker is not None
    colleague = api_as(taker.user)
    assert swap["id"] in [s["id"] for s in colleague.get(SWAPS, {"status": "open"}).json()["results"]]
    taken = colleague.post(f"{SWAPS}{swap['id']}/take/", {}, format="json")
    assert taken.status_code == 200, taken.content
    assert taken.json()["status"] == SwapStatus.TAKEN
    approved = api_for("coordinator").post(f"{SWAPS}{swap['id']}/approve/")
    assert approved.status_code == 200, approved.content
    assert approved.json()["status"] == SwapStatus.APPROVED

    # The place moved: the offerer no longer lists the shift, the taker does.
    assert place["shift"] not in [p["shift"] for p in supporter.get(MY_SHIFTS).json()["results"]]
    assert place["shift"] in [p["shift"] for p in colleague.get(MY_SHIFTS).json()["results"]]


def test_offering_someone_elses_place_is_not_found(world: World, roster: Roster, api_for) -> None:
    theirs = open_places(world.members[Role.SUPERVISOR])[0]
    assert_error(api_for("supporter").post(SWAPS, {"assignment": theirs}, format="json"), 404)


@pytest.mark.parametrize("bad", ["abc", None, ""])
def test_a_bad_assignment_id_answers_400_naming_the_field(roster: Roster, api_for, bad: object) -> None:
    assert_error(
        api_for("supporter").post(SWAPS, {"assignment": bad}, format="json"), 400, field="assignment"
    )


def test_a_missing_assignment_id_answers_400_naming_the_field(roster: Roster, api_for) -> None:
    assert_error(api_for("supporter").post(SWAPS, {}, format="json"), 400, field="assignment")
