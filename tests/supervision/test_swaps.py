"""Swaps (issue 6): open → taken → approved or rejected, withdrawn, expired; rest rules re-checked;
everyone affected told; pages and API with the same rules."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, Notification, Role
from supervision.models import Shift, ShiftAssignment, SwapRequest, SwapStatus
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from tests.conftest import World
from tests.factories import MembershipFactory
from tests.roster_helpers import publish, staff

SWAPS = "/api/v1/swap-requests/"


@pytest.fixture
def roster(world: World):
    staff(world, supporters=3, with_evening=True)
    today = world.program.today()
    return publish(world, today + timedelta(days=2), today + timedelta(days=8))


def place_of(member: Membership) -> ShiftAssignment:
    return (
        ShiftAssignment.objects.filter(
            membership=member, ended_at__isnull=True, shift__starts_at__gt=timezone.now()
        )
        .select_related("shift")
        .order_by("shift__starts_at")
        .first()
    )


def free_colleague(world: World, shift: Shift) -> Membership:
    """A supporter not on any shift within a day of this one (so rest rules allow it)."""
    busy = set(
        ShiftAssignment.objects.filter(
            ended_at__isnull=True,
            shift__starts_at__lt=shift.ends_at + timedelta(days=1),
            shift__ends_at__gt=shift.starts_at - timedelta(days=1),
        ).values_list("membership_id", flat=True)
    )
    return (
        Membership.objects.filter(program=world.program, role=Role.SUPPORTER)
        .exclude(pk__in=busy)
        .order_by("pk")
        .first()
    )


def test_offer_take_approve_moves_the_place_and_tells_both(world: World, roster) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    swap = swaps.offer(place, by=supporter.user)
    assert swap.status == SwapStatus.OPEN
    assert Notification.objects.filter(kind="swap_offered").exists()

    taker = free_colleague(world, place.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.TAKEN
    assert ShiftAssignment.objects.filter(pk=place.pk, ended_at__isnull=True).exists()  # not until approved

    swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    swap.refresh_from_db()
    place.refresh_from_db()
    assert swap.status == SwapStatus.APPROVED and place.ended_at is not None
    new = ShiftAssignment.objects.get(shift=place.shift, ended_at__isnull=True)
    assert (new.membership, new.source) == (taker, "swap")
    assert Shift.objects.get(pk=place.shift_id).sequence == 1
    told = set(Notification.objects.filter(kind="swap_done").values_list("recipient_id", flat=True))
    assert told == {supporter.user_id, taker.user_id}


def test_taking_a_swap_that_breaks_rest_rules_is_refused(world: World, roster) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    swap = swaps.offer(place, by=supporter.user)
    # Someone on the evening before: 18:00–22:00, then this one at 18:00 the next day is fine; make them
    # rest-bound instead by putting them on a shift that ends two hours before this one starts.
    neighbour = MembershipFactory(
        program=world.program, role=Role.SUPPORTER, term_start=timezone.localdate() - timedelta(days=30)
    )
    before = Shift.objects.create(
        program=world.program,
        roster=roster,
        name="Extra",
        role="supporter",
        starts_at=place.shift.starts_at - timedelta(hours=6),
        ends_at=place.shift.starts_at - timedelta(hours=2),
    )
    ShiftAssignment.objects.create(shift=before, membership=neighbour)
    with pytest.raises(ValidationError) as refusal:
        swaps.take(swap, taker=neighbour, by=neighbour.user)
    assert "too soon after another shift" in refusal.value.message_dict["taken_by"][0]
    swap.refresh_from_db()
    assert swap.status == SwapStatus.OPEN


def test_undo_before_approval_and_not_after(world: World, roster) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    swap = swaps.offer(place, by=supporter.user)
    taker = free_colleague(world, place.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    swaps.undo_take(swap, by=taker.user)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.OPEN and swap.taken_by is None
    swaps.take(swap, taker=taker, by=taker.user)
    swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    with pytest.raises(ValidationError) as refusal:
        swaps.undo_take(swap, by=taker.user)
    assert refusal.value.error_dict["__all__"][0].code == "conflict"


def test_approving_an_expired_swap_is_refused(world: World, roster) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    swap = swaps.offer(place, by=supporter.user)
    taker = free_colleague(world, place.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    Shift.objects.filter(pk=place.shift_id).update(starts_at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError) as refusal:
        swaps.decide(swap, by=world.user(Role.COORDINATOR), approve=True)
    assert "expired" in refusal.value.messages[0]
    swap.refresh_from_db()
    assert swap.status == SwapStatus.EXPIRED
    assert ShiftAssignment.objects.filter(pk=place.pk, ended_at__isnull=True).exists()


def test_without_approval_taking_applies_at_once(world: World, roster) -> None:
    settings = rosters.roster_settings(world.program)
    settings.swaps_need_approval = False
    settings.save()
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    swap = swaps.offer(place, by=supporter.user)
    taker = free_colleague(world, place.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    swap.refresh_from_db()
    assert swap.status == SwapStatus.APPROVED
    assert ShiftAssignment.objects.get(shift=place.shift, ended_at__isnull=True).membership == taker


def test_only_the_person_or_a_coordinator_offers_and_only_coordinators_decide(world: World, roster) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    with pytest.raises(ObjectDoesNotExist):
        swaps.offer(place, by=world.unsupervised.user)
    swap = swaps.offer(place, by=world.user(Role.COORDINATOR))
    with pytest.raises(ValidationError):
        swaps.offer(place, by=supporter.user)  # already offered
    taker = free_colleague(world, place.shift)
    swaps.take(swap, taker=taker, by=taker.user)
    with pytest.raises(ObjectDoesNotExist):
        swaps.decide(swap, by=world.user(Role.SUPERVISOR), approve=True)
    assert SwapRequest.objects.get().status == SwapStatus.TAKEN


# --- API and pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "status"),
    [("coordinator", 200), ("supervisor", 200), ("supporter", 200), ("sponsor", 200), ("outsider", 200)],
)
def test_swaps_are_listed_to_rostered_roles_only(
    world: World, roster, api_for, role: str, status: int
) -> None:
    swaps.offer(place_of(world.members[Role.SUPPORTER]), by=world.user(Role.SUPPORTER))
    body = api_for(role).get(SWAPS).json()
    assert body["count"] == (1 if role in {"coordinator", "supervisor", "supporter"} else 0)


def test_the_whole_swap_through_the_api(world: World, roster, api_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    offered = api_for("supporter").post(SWAPS, {"assignment": place.pk}, format="json")
    assert offered.status_code == 201, offered.content
    swap_id = offered.json()["id"]
    taker = free_colleague(world, place.shift)
    from tests.api.helpers import api_as

    assert api_as(taker.user).post(f"{SWAPS}{swap_id}/take/", {}, format="json").json()["status"] == "taken"
    assert api_for("supervisor").post(f"{SWAPS}{swap_id}/approve/").status_code == 404
    approved = api_for("coordinator").post(f"{SWAPS}{swap_id}/approve/")
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    again = api_for("coordinator").post(f"{SWAPS}{swap_id}/approve/")
    assert again.status_code == 409


def test_the_whole_swap_through_the_pages(world: World, roster, client_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    home = reverse("roster-home", args=[world.program.pk])
    assert "Offer a swap" in client_for("supporter").get(home).content.decode()
    client_for("supporter").post(reverse("swap-offer", args=[world.program.pk]), {"assignment": place.pk})
    swap = SwapRequest.objects.get()
    taker = free_colleague(world, place.shift)
    from django.test import Client

    taker_client = Client()
    taker_client.force_login(taker.user)
    assert "Take it" in taker_client.get(home).content.decode()
    taker_client.post(reverse("swap-take", args=[world.program.pk, swap.pk]))
    coordinator = client_for("coordinator")
    assert "Approve" in coordinator.get(home).content.decode()
    coordinator.post(reverse("swap-decide", args=[world.program.pk, swap.pk]), {"decision": "approve"})
    swap.refresh_from_db()
    assert swap.status == SwapStatus.APPROVED
    assert (
        client_for("sponsor").post(reverse("swap-take", args=[world.program.pk, swap.pk])).status_code == 404
    )


# --- Overrides ----------------------------------------------------------------------------------------------


def test_a_coordinator_overrides_a_shift_with_rules_rechecked(
    world: World, roster, client_for, api_for
) -> None:
    supporter = world.members[Role.SUPPORTER]
    place = place_of(supporter)
    shift = place.shift
    page = reverse("shift-detail", args=[world.program.pk, shift.pk])
    assert client_for("supervisor").get(page).status_code == 404
    client_for("coordinator").post(page, {"remove": supporter.pk})
    assert not ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).exists()
    shift.refresh_from_db()
    assert shift.unfilled and shift.sequence == 1
    assert Notification.objects.filter(recipient=supporter.user, kind="shift_removed").exists()

    # Someone on a shift two hours before this one cannot be put on (rest rules).
    neighbour = MembershipFactory(
        program=world.program, role=Role.SUPPORTER, term_start=timezone.localdate() - timedelta(days=30)
    )
    before = Shift.objects.create(
        program=world.program,
        roster=roster,
        name="Extra",
        role="supporter",
        starts_at=shift.starts_at - timedelta(hours=6),
        ends_at=shift.starts_at - timedelta(hours=2),
    )
    ShiftAssignment.objects.create(shift=before, membership=neighbour)
    refused = api_for("coordinator").post(
        f"/api/v1/shifts/{shift.pk}/override/", {"add": neighbour.pk}, format="json"
    )
    assert "too soon after another shift" in refused.json()["error"]["fields"]["add"][0]

    taker = free_colleague(world, shift)
    added = api_for("coordinator").post(
        f"/api/v1/shifts/{shift.pk}/override/", {"add": taker.pk}, format="json"
    )
    assert added.status_code == 200 and [p["membership"] for p in added.json()["people"]] == [taker.pk]
    assert (
        api_for("supervisor")
        .post(f"/api/v1/shifts/{shift.pk}/override/", {"add": taker.pk}, format="json")
        .status_code
        == 404
    )
