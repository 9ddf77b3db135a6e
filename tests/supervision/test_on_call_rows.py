"""On call now reads plain rows and makes the shifts and people itself (issue 15): the edges of "now",
who the fallback offers, and people that arrive whole (user and phone), so callers query nothing more."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import Membership, MembershipStatus, Role, StaffPhone
from supervision.models import Roster, RosterRole, Shift, ShiftAssignment
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, StaffPhoneFactory, UserFactory
from tests.roster_helpers import publish, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def roster(world: World) -> Roster:
    staff(world, supervisors=3, supporters=2, with_evening=True)
    today = world.program.today()
    return publish(world, today - timedelta(days=1), today + timedelta(days=6))


def running_supervisor_shift(roster: Roster) -> Shift:
    now = timezone.now()
    return Shift.objects.filter(
        roster=roster, role=RosterRole.SUPERVISOR, starts_at__lte=now, ends_at__gt=now
    ).get()


def test_a_shift_is_on_from_its_first_instant_and_off_at_its_end(world: World, roster: Roster) -> None:
    shift = running_supervisor_shift(roster)

    at_start = rosters.on_call(world.program, shift.starts_at)
    at_end = rosters.on_call(world.program, shift.ends_at)

    assert shift.pk in {item.shift.pk for item in at_start.now[RosterRole.SUPERVISOR]}
    assert shift.pk not in {item.shift.pk for item in at_end.now[RosterRole.SUPERVISOR]}
    following = at_start.next[RosterRole.SUPERVISOR]
    assert following is not None and following.shift.starts_at > shift.starts_at


def test_people_arrive_with_their_user_and_phone_and_reading_them_queries_nothing(
    world: World, roster: Roster
) -> None:
    shift = running_supervisor_shift(roster)
    [place] = ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True)
    StaffPhone.objects.update_or_create(user=place.membership.user, defaults={"phone": "+61491570155"})
    result = rosters.on_call(world.program)

    with CaptureQueriesContext(connection) as queries:
        [item] = result.now[RosterRole.SUPERVISOR]
        [person] = item.people
        shown = (
            person.membership.display_name,
            person.membership.user.email,
            person.membership.user.is_active,
            person.membership.term_start,
            person.membership.get_role_display(),
            person.phone,
            person.phone_display,
            item.shift.name,
            item.shift.uid,
            [(p.membership.display_name, p.membership.user.email, p.phone) for p in result.fallback],
        )

    assert len(queries) == 0
    assert shown[0] == place.membership.display_name
    assert person.phone == "+61491570155"
    assert person.membership.user.staff_phone.phone == "+61491570155"
    assert item.shift.starts_at == shift.starts_at and item.shift.ends_at == shift.ends_at


def test_someone_who_left_stays_on_their_shift_without_a_phone(world: World, roster: Roster) -> None:
    shift = running_supervisor_shift(roster)
    [place] = ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True)
    StaffPhoneFactory(user=place.membership.user)
    Membership.objects.filter(pk=place.membership_id).update(status=MembershipStatus.ENDED)

    [item] = rosters.on_call(world.program).now[RosterRole.SUPERVISOR]

    assert [(p.membership.pk, p.membership.status, p.phone) for p in item.people] == [
        (place.membership_id, MembershipStatus.ENDED, None)
    ]


def test_the_fallback_offers_active_supervisors_then_coordinators_by_name(world: World) -> None:
    Membership.objects.filter(program=world.program, role__in=[Role.SUPERVISOR, Role.COORDINATOR]).update(
        status=MembershipStatus.ENDED
    )

    def member(role: str, first: str, last: str, **kwargs: object) -> Membership:
        user = UserFactory(first_name=first, last_name=last, is_active=kwargs.pop("is_active", True))
        return MembershipFactory(program=world.program, role=role, user=user, **kwargs)

    coordinator = member(Role.COORDINATOR, "Ada", "Abbott")
    zed = member(Role.SUPERVISOR, "Zed", "Young")
    amy = member(Role.SUPERVISOR, "Amy", "Young")
    member(Role.SUPERVISOR, "Inactive", "Adams", is_active=False)
    member(Role.SUPERVISOR, "Paused", "Adams", status=MembershipStatus.PAUSED)
    member(Role.SUPPORTER, "Sam", "Adams")
    StaffPhoneFactory(user=amy.user, phone="+61491570177")

    fallback = rosters.on_call(world.program).fallback

    assert [(p.membership.pk, p.phone) for p in fallback] == [
        (amy.pk, "+61491570177"),
        (zed.pk, None),
        (coordinator.pk, None),
    ]
    assert all(isinstance(p.membership.user, User) for p in fallback)
