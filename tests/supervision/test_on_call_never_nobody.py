"""On call now never says "nobody" while someone could help (issue 13, 6b): a coordinator's override that
empties a supervisor shift running now or within IMMINENT_SHIFT_WITHIN is refused unless someone replaces
them; forced, every supervisor and coordinator is paged at once; a departure (which cannot be refused)
that empties one pages them too; On call now (page and API) shows the fallback staff with phones."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from program import services as program_services
from program.models import AuditEvent, Membership, Notification, Role, StaffPhone
from supervision.models import Shift, ShiftAssignment
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, StaffPhoneFactory, UserFactory
from tests.supervision.guard_helpers import NOW, Clock, clock, published_roster, shift  # noqa: F401

pytestmark = pytest.mark.django_db


class Shifts:
    def __init__(self, running: Shift, imminent: Shift, later: Shift, supporters: Shift, pair: Shift) -> None:
        self.running, self.imminent, self.later, self.supporters, self.pair = (
            running,
            imminent,
            later,
            supporters,
            pair,
        )


@pytest.fixture
def lone(world: World) -> Membership:
    """A supervisor who supervises nobody (so leaving is not refused for that), alone on the running shift."""
    return MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=UserFactory(username="lone"))


@pytest.fixture
def relief(world: World) -> Membership:
    return MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=UserFactory(username="relief"))


@pytest.fixture
def shifts(world: World, clock: Clock, lone: Membership) -> Shifts:  # noqa: F811
    roster = published_roster(world.program, world.members[Role.COORDINATOR])
    supervisor = world.members[Role.SUPERVISOR]
    return Shifts(
        running=shift(roster, NOW - timedelta(hours=2), 6, [lone]),
        imminent=shift(roster, NOW + rosters.IMMINENT_SHIFT_WITHIN - timedelta(hours=1), 4, [supervisor]),
        later=shift(roster, NOW + rosters.IMMINENT_SHIFT_WITHIN + timedelta(hours=12), 4, [supervisor]),
        supporters=shift(
            roster, NOW - timedelta(hours=1), 4, [world.members[Role.SUPPORTER]], role=Role.SUPPORTER
        ),
        pair=shift(roster, NOW + timedelta(hours=5), 2, [world.supervisor2, supervisor]),
    )


def on_it(shift: Shift) -> set[int]:
    return set(
        ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).values_list(
            "membership_id", flat=True
        )
    )


def paged() -> set[str]:
    return set(
        Notification.objects.filter(kind="on_call_empty").values_list("recipient__username", flat=True)
    )


def staff_usernames(world: World) -> set[str]:
    return set(
        Membership.objects.filter(
            program=world.program,
            role__in=[Role.SUPERVISOR, Role.COORDINATOR],
            status__in=["active", "paused"],
        ).values_list("user__username", flat=True)
    )


# --- The override service ---------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["running", "imminent"])
def test_emptying_a_running_or_imminent_supervisor_shift_is_refused_naming_the_field(
    world: World, shifts: Shifts, which: str
) -> None:
    target: Shift = getattr(shifts, which)
    before = on_it(target)
    [member_id] = before
    with pytest.raises(ValidationError) as refused:
        rosters.override(target, by=world.user(Role.COORDINATOR), remove=Membership.objects.get(pk=member_id))
    assert list(refused.value.message_dict) == ["remove"]
    assert "nobody on call" in refused.value.message_dict["remove"][0]
    assert on_it(target) == before
    assert paged() == set()


@pytest.mark.parametrize("which", ["later", "supporters", "pair"])
def test_other_removals_go_through_without_paging_anyone(world: World, shifts: Shifts, which: str) -> None:
    target: Shift = getattr(shifts, which)
    member_id = sorted(on_it(target))[0]
    rosters.override(target, by=world.user(Role.COORDINATOR), remove=Membership.objects.get(pk=member_id))
    assert member_id not in on_it(target)
    assert paged() == set()


def test_a_replacement_makes_the_removal_acceptable(world: World, shifts: Shifts, lone, relief) -> None:
    rosters.override(shifts.running, by=world.user(Role.COORDINATOR), add=relief, remove=lone)
    assert on_it(shifts.running) == {relief.pk}
    assert paged() == set()


def test_forced_it_leaves_the_shift_empty_and_pages_every_supervisor_and_coordinator(
    world: World, shifts: Shifts, lone
) -> None:
    rosters.override(shifts.running, by=world.user(Role.COORDINATOR), remove=lone, force=True)
    assert on_it(shifts.running) == set()
    assert paged() == staff_usernames(world)
    assert not {"supporter", "sponsor", "lonely", "outsider"} & paged()
    link = Notification.objects.filter(kind="on_call_empty").values_list("link", flat=True).first()
    assert link == reverse("on-call-now", args=[world.program.pk])
    assert AuditEvent.objects.filter(summary="override: left empty, everyone paged").exists()


# --- Pages and API ---------------------------------------------------------------------------------------


def shift_page(world: World, shift: Shift) -> str:
    return reverse("shift-detail", args=[world.program.pk, shift.pk])


def test_the_shift_page_refuses_then_forces_with_the_checkbox(world: World, shifts: Shifts, lone, client_for):
    client = client_for(Role.COORDINATOR)
    page = client.get(shift_page(world, shifts.running)).content.decode()
    assert "Leave the shift empty and page everyone" in page
    response = client.post(shift_page(world, shifts.running), {"remove": lone.pk}, follow=True)
    assert "nobody on call" in response.content.decode()
    assert on_it(shifts.running) == {lone.pk}
    client.post(shift_page(world, shifts.running), {"remove": lone.pk, "force": "1"})
    assert on_it(shifts.running) == set()
    assert paged() == staff_usernames(world)


def test_the_shift_page_replaces_in_one_step(world: World, shifts: Shifts, lone, relief, client_for) -> None:
    client_for(Role.COORDINATOR).post(
        shift_page(world, shifts.running), {"add": relief.pk, "remove": lone.pk}
    )
    assert on_it(shifts.running) == {relief.pk}


def override_url(shift: Shift) -> str:
    return f"/api/v1/shifts/{shift.pk}/override/"


def test_the_api_refuses_with_400_naming_remove_then_accepts_force(
    world: World, shifts: Shifts, lone, api_for
):
    client = api_for(Role.COORDINATOR)
    refused = client.post(override_url(shifts.running), {"remove": lone.pk}, format="json")
    assert refused.status_code == 400
    assert "remove" in str(refused.json())
    assert on_it(shifts.running) == {lone.pk}
    bad = client.post(override_url(shifts.running), {"remove": lone.pk, "force": "perhaps"}, format="json")
    assert bad.status_code == 400 and "force" in str(bad.json())
    forced = client.post(override_url(shifts.running), {"remove": lone.pk, "force": True}, format="json")
    assert forced.status_code == 200
    assert on_it(shifts.running) == set()
    assert paged() == staff_usernames(world)


@pytest.mark.parametrize("role", ["supervisor", "supporter", "sponsor", "outsider"])
def test_only_coordinators_may_force(world: World, shifts: Shifts, lone, api_for, role: str) -> None:
    response = api_for(role).post(
        override_url(shifts.running), {"remove": lone.pk, "force": True}, format="json"
    )
    assert response.status_code in (403, 404)
    assert on_it(shifts.running) == {lone.pk}
    assert paged() == set()


# --- Departures --------------------------------------------------------------------------------------------


def test_a_supervisor_leaving_mid_shift_comes_off_it_and_everyone_is_paged(
    world: World, shifts: Shifts, lone
):
    program_services.update_membership(lone, by=world.user(Role.COORDINATOR), status="ended")
    assert on_it(shifts.running) == set()
    # Everyone who is still staff; the leaver is not.
    assert paged() == staff_usernames(world)
    assert "lone" not in paged()


def test_a_departure_that_leaves_no_running_or_imminent_shift_empty_pages_nobody(
    world: World, shifts: Shifts
) -> None:
    program_services.update_membership(world.supervisor2, by=world.user(Role.COORDINATOR), status="ended")
    assert world.supervisor2.pk not in on_it(shifts.pair)
    assert paged() == set()


# --- On call now: the fallback ----------------------------------------------------------------------------


def api_url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/on-call-now/"


@pytest.fixture
def phones(world: World) -> dict[str, str]:
    numbers = {"supervisor": "+61491570110", "supervisor2": "+61491570111", "coordinator": "+61491570112"}
    for username, phone in numbers.items():
        StaffPhoneFactory(user=Membership.objects.filter(user__username=username).first().user, phone=phone)
    return numbers


@pytest.mark.parametrize("role", ["supporter", "supervisor", "coordinator"])
def test_the_api_gives_the_fallback_with_phones_when_nobody_is_on_call(
    world: World,
    clock: Clock,  # noqa: F811
    phones,
    api_for,
    role: str,
) -> None:
    body = api_for(role).get(api_url(world)).json()
    assert body["nobody_on_call"] is True
    fallback = {(p["name"], p["role"], p["phone"]) for p in body["fallback"]}
    by_user = {m.user.username: m for m in Membership.objects.filter(program=world.program)}
    assert (by_user["supervisor"].display_name, "supervisor", phones["supervisor"]) in fallback
    assert (by_user["coordinator"].display_name, "coordinator", phones["coordinator"]) in fallback
    assert not {p["role"] for p in body["fallback"]} - {"supervisor", "coordinator"}
    # Supervisors are offered first.
    assert [p["role"] for p in body["fallback"]] == sorted(
        (p["role"] for p in body["fallback"]), reverse=True
    )


def test_the_page_shows_the_box_with_tap_to_call(world: World, clock: Clock, phones, client_for) -> None:  # noqa: F811
    page = client_for("supporter").get(reverse("on-call-now", args=[world.program.pk])).content.decode()
    assert "If nobody is on call" in page
    assert "Nobody is on call as supervisor right now" in page
    for phone in phones.values():
        assert f'href="tel:{phone}"' in page


def test_with_someone_on_call_the_box_stays_but_does_not_alarm(
    world: World, shifts: Shifts, phones, api_for, client_for
) -> None:
    assert api_for("supporter").get(api_url(world)).json()["nobody_on_call"] is False
    page = client_for("supporter").get(reverse("on-call-now", args=[world.program.pk])).content.decode()
    assert "If nobody is on call" in page and "Nobody is on call as supervisor right now" not in page


@pytest.mark.parametrize("role", ["sponsor", "outsider", "stranger", "applicant", "reviewer"])
def test_the_fallback_phones_never_reach_sponsors_or_outsiders(
    world: World,
    clock: Clock,  # noqa: F811
    phones,
    api_for,
    client_for,
    role: str,
) -> None:
    api = api_for(role).get(api_url(world))
    page = client_for(role).get(reverse("on-call-now", args=[world.program.pk]))
    assert api.status_code == 404 and page.status_code == 404
    for phone in phones.values():
        assert phone not in api.content.decode() and phone not in page.content.decode()


def test_a_departed_supervisor_leaves_the_fallback(world: World, clock: Clock, phones, api_for) -> None:  # noqa: F811
    Membership.objects.filter(pk=world.supervisor2.pk).update(status="ended")
    body = api_for("supporter").get(api_url(world)).json()
    assert phones["supervisor2"] not in {p["phone"] for p in body["fallback"]}
    assert StaffPhone.objects.filter(phone=phones["supervisor2"]).exists()


def test_an_anonymous_visitor_meets_no_fallback(world: World, clock: Clock, phones) -> None:  # noqa: F811
    assert Client().get(api_url(world)).status_code in (401, 403)


def test_an_emptied_running_shift_points_to_the_fallback(
    world: World, shifts: Shifts, lone, phones, client_for
):
    rosters.override(shifts.running, by=world.user(Role.COORDINATOR), remove=lone, force=True)
    page = client_for("supporter").get(reverse("on-call-now", args=[world.program.pk])).content.decode()
    assert "Nobody is on call as supervisor right now" in page
    assert 'href="#fallback"' in page
    assert f'href="tel:{phones["supervisor"]}"' in page
