"""Every pending swap ends (issue 13): an offer is withdrawn when its place goes (the offerer paused, left,
or was taken off the shift) and whoever had taken it is told; a taken swap opens again when its taker
is paused, leaves, or can no longer take the shift at approval; a paused supporter cannot take one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from program.models import Membership, MembershipStatus, Notification, Role
from supervision.models import ShiftAssignment, SwapRequest, SwapStatus, Unavailability
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from tests.api.helpers import api_as
from tests.conftest import World
from tests.supervision.test_swaps import free_colleague, place_of, roster  # noqa: F401  (fixture)

SWAPS = "/api/v1/swap-requests/"


def taken_swap(world: World) -> tuple[SwapRequest, Membership, Membership]:
    """The supporter's first place, offered and taken by a free colleague (awaiting approval)."""
    supporter = world.members[Role.SUPPORTER]
    swap = swaps.offer(place_of(supporter), by=supporter.user)
    taker = free_colleague(world, swap.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.TAKEN
    return swap, supporter, taker


def leave(member: Membership) -> None:
    Membership.objects.filter(pk=member.pk).update(status=MembershipStatus.ENDED)
    member.refresh_from_db()
    member.save()  # a departure, as update_membership saves it


def pause(member: Membership) -> None:
    pauses.self_pause(member, by=member.user)


@pytest.mark.parametrize("goes", [pause, leave], ids=["paused", "left"])
def test_a_taken_offer_is_withdrawn_when_the_offerer_goes_and_the_taker_is_told(
    world: World,
    roster,  # noqa: F811
    goes,
) -> None:
    swap, supporter, taker = taken_swap(world)
    goes(supporter)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.CANCELLED and swap.decided_at is not None
    assert Notification.objects.filter(recipient=taker.user, kind="swap_withdrawn").count() == 1
    # Approving it now cannot apply it, and says why; the place went to whoever the roster chose.
    with pytest.raises(ValidationError) as refusal:
        swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    assert refusal.value.error_dict["__all__"][0].code == "conflict"
    swap.refresh_from_db()
    assert swap.status == SwapStatus.CANCELLED
    # The place was handed on by the roster's own rules, never through the withdrawn swap.
    assert not ShiftAssignment.objects.filter(shift=swap.shift, source="swap").exists()


@pytest.mark.parametrize("goes", [pause, leave], ids=["paused", "left"])
def test_an_open_offer_is_withdrawn_when_the_offerer_goes(world: World, roster, goes) -> None:  # noqa: F811
    supporter = world.members[Role.SUPPORTER]
    swap = swaps.offer(place_of(supporter), by=supporter.user)
    goes(supporter)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.CANCELLED
    assert not Notification.objects.filter(kind="swap_withdrawn").exists()  # nobody had taken it
    taker = free_colleague(world, swap.shift)
    with pytest.raises(ValidationError) as refusal:
        swaps.take(swap, taker=taker, by=taker.user)
    assert "withdrawn" in refusal.value.messages[0]


def test_taking_someone_off_the_shift_withdraws_their_offer_of_it(world: World, roster) -> None:  # noqa: F811
    swap, supporter, taker = taken_swap(world)
    rosters.override(swap.shift, by=world.user(Role.COORDINATOR), remove=supporter)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.CANCELLED
    assert Notification.objects.filter(recipient=taker.user, kind="swap_withdrawn").exists()


def test_an_offerer_marked_paused_without_the_usual_hand_on_cannot_complete_a_swap(
    world: World,
    roster,  # noqa: F811
) -> None:
    """Belt and braces: a paused status that never went through `pause_supporter` (older data) still
    stops the swap — settled as withdrawn, not left taken."""
    swap, supporter, taker = taken_swap(world)
    Membership.objects.filter(pk=supporter.pk).update(status=MembershipStatus.PAUSED)  # no signal, no record
    with pytest.raises(ValidationError) as refusal:
        swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    assert "withdrawn" in refusal.value.messages[0]
    swap.refresh_from_db()
    assert swap.status == SwapStatus.CANCELLED
    assert ShiftAssignment.objects.filter(
        shift=swap.shift, membership=supporter, ended_at__isnull=True
    ).exists()
    assert Notification.objects.filter(recipient=taker.user, kind="swap_withdrawn").exists()


@pytest.mark.parametrize("goes", [pause, leave], ids=["paused", "left"])
def test_a_taker_who_goes_puts_the_offer_back_open_and_the_offerer_is_told(
    world: World,
    roster,  # noqa: F811
    goes,
) -> None:
    swap, supporter, taker = taken_swap(world)
    goes(taker)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.OPEN and swap.taken_by is None and swap.taken_at is None
    assert Notification.objects.filter(recipient=supporter.user, kind="swap_reopened").count() == 1
    assert ShiftAssignment.objects.filter(pk=swap.assignment_id, ended_at__isnull=True).exists()


def test_a_paused_supporter_cannot_take_a_swap(world: World, roster) -> None:  # noqa: F811
    supporter = world.members[Role.SUPPORTER]
    swap = swaps.offer(place_of(supporter), by=supporter.user)
    taker = free_colleague(world, swap.shift)
    pause(taker)
    with pytest.raises(ValidationError) as refusal:
        swaps.take(swap, taker=taker, by=taker.user)
    assert "paused" in refusal.value.message_dict["taken_by"][0]
    swap.refresh_from_db()
    assert swap.status == SwapStatus.OPEN


def test_approval_finding_the_taker_no_longer_eligible_opens_the_offer_again(
    world: World,
    roster,  # noqa: F811
) -> None:
    swap, supporter, taker = taken_swap(world)
    Unavailability.objects.create(
        membership=taker,
        kind="exam",
        starts_at=swap.shift.starts_at - timedelta(hours=1),
        ends_at=swap.shift.ends_at + timedelta(hours=1),
    )
    with pytest.raises(ValidationError) as refusal:
        swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    message = refusal.value.messages[0]
    assert taker.display_name in message and "unavailable" in message and "open again" in message
    swap.refresh_from_db()
    assert swap.status == SwapStatus.OPEN and swap.taken_by is None  # not stuck at "taken"
    assert Notification.objects.filter(recipient=supporter.user, kind="swap_reopened").exists()
    # Rejecting is still a plain decision, with no eligibility to re-check.
    Unavailability.objects.filter(membership=taker).delete()
    swaps.take(swap, taker=taker, by=taker.user)
    swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=False)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.REJECTED


def test_the_api_and_the_pages_answer_a_withdrawn_swap_alike(
    world: World,
    roster,  # noqa: F811
    api_for,
    client_for,
) -> None:
    swap, supporter, taker = taken_swap(world)
    pause(supporter)
    approve = api_for("coordinator").post(f"{SWAPS}{swap.pk}/approve/")
    assert approve.status_code == 409
    assert "withdrawn" in approve.json()["error"]["message"]
    page = client_for("coordinator").post(
        reverse("swap-decide", args=[world.program.pk, swap.pk]), {"decision": "approve"}, follow=True
    )
    assert "withdrawn" in page.content.decode()
    assert api_as(taker.user).get(f"{SWAPS}{swap.pk}/").json()["status"] == "cancelled"


def test_the_api_answers_an_ineligible_taker_at_approval_with_a_conflict_and_an_open_offer(
    world: World,
    roster,  # noqa: F811
    api_for,
) -> None:
    swap, _, taker = taken_swap(world)
    pause(taker)  # reopens it at once; approving then finds nothing to approve
    response = api_for("coordinator").post(f"{SWAPS}{swap.pk}/approve/")
    assert response.status_code == 409
    assert api_for("coordinator").get(f"{SWAPS}{swap.pk}/").json()["status"] == "open"
