"""The program roster's private calendar address (issue 14, part 7): a coordinator or supervisor gets an
.ics address for the whole roster that works without a session, and can replace it, which revokes the
old one; a wrong or revoked token, or one whose holder left the role, answers 404. Pages and API."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from program.models import MembershipStatus, Role
from supervision.models import ProgramCalendarFeed, Roster
from supervision.rosters import feeds as calendars
from tests.api.helpers import SIGNED_IN, assert_error, assert_not_signed_in
from tests.conftest import World
from tests.roster_helpers import publish, staff

HOLDERS = {"coordinator", "supervisor"}


@pytest.fixture
def roster(world: World) -> Roster:
    staff(world, supporters=3, with_evening=True)
    today = world.program.today()
    return publish(world, today + timedelta(days=1), today + timedelta(days=14))


def feed_url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/roster-feed/"


def uids(response) -> set[str]:
    """The events of a 200 calendar answer, fetched without any session."""
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    return {str(e["uid"]) for e in Calendar.from_ical(response.content).walk("VEVENT")}


def no_session_get(url: str):
    return Client().get(url)


# --- Pages ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_who_may_get_the_roster_address_on_the_page(
    world: World, roster: Roster, client_for, role: str
) -> None:
    client = client_for(role)
    response = client.post(reverse("program-calendar-renew", args=[world.program.pk]))
    made = ProgramCalendarFeed.objects.filter(user=world.user(role), revoked_at__isnull=True).first()
    if role not in HOLDERS:
        assert response.status_code == 404
        assert made is None
        return
    assert response.status_code == 302 and response["Location"] == reverse(
        "roster-home", args=[world.program.pk]
    )
    assert made is not None and made.program == world.program
    page = client.get(reverse("roster-home", args=[world.program.pk])).content.decode()
    assert reverse("program-calendar-token", args=[made.token]) in page
    assert "Make a new roster address" in page
    assert uids(no_session_get(reverse("program-calendar-token", args=[made.token]))) == {
        f"{uid}@peer-support" for uid in roster.shifts.values_list("uid", flat=True)
    }


def test_a_supporter_is_not_offered_the_roster_address(world: World, roster: Roster, client_for) -> None:
    page = client_for("supporter").get(reverse("roster-home", args=[world.program.pk])).content.decode()
    assert "Get the whole roster" not in page and "program-calendar" not in page.replace("roster.ics", "")


def test_signed_out_renewal_goes_to_sign_in(world: World, roster: Roster) -> None:
    response = Client().post(reverse("program-calendar-renew", args=[world.program.pk]))
    assert response.status_code == 302 and "login" in response["Location"]
    assert not ProgramCalendarFeed.objects.exists()


def test_renewing_on_the_page_revokes_the_old_address(world: World, roster: Roster, client_for) -> None:
    user = world.user(Role.COORDINATOR)
    old = calendars.live_program_feed(user, world.program)
    assert calendars.live_program_feed(user, world.program) == old  # one address until renewed
    client_for("coordinator").post(reverse("program-calendar-renew", args=[world.program.pk]))
    new = ProgramCalendarFeed.objects.get(user=user, revoked_at__isnull=True)
    assert new.token != old.token
    assert no_session_get(reverse("program-calendar-token", args=[old.token])).status_code == 404
    assert uids(no_session_get(reverse("program-calendar-token", args=[new.token])))


@pytest.mark.parametrize("token", ["not-a-token", "x" * 43, ""])
def test_a_wrong_token_answers_404(world: World, roster: Roster, token: str) -> None:
    calendars.live_program_feed(world.user(Role.COORDINATOR), world.program)
    assert no_session_get(f"/calendar/program/{token}.ics").status_code == 404


def test_a_person_feed_token_does_not_open_the_program_feed_nor_the_reverse(
    world: World, roster: Roster
) -> None:
    user = world.user(Role.SUPERVISOR)
    person = calendars.live_feed(user)
    program = calendars.live_program_feed(user, world.program)
    assert no_session_get(reverse("program-calendar-token", args=[person.token])).status_code == 404
    assert no_session_get(reverse("person-calendar", args=[program.token])).status_code == 404


@pytest.mark.parametrize("status", [MembershipStatus.ENDED, MembershipStatus.ALUMNUS])
def test_leaving_the_role_closes_the_address(world: World, roster: Roster, status: str) -> None:
    supervisor = world.members[Role.SUPERVISOR]
    url = reverse(
        "program-calendar-token", args=[calendars.live_program_feed(supervisor.user, world.program).token]
    )
    assert uids(no_session_get(url))
    supervisor.status = status
    supervisor.save()
    assert no_session_get(url).status_code == 404


def test_a_deactivated_account_closes_the_address(world: World, roster: Roster) -> None:
    user = world.user(Role.COORDINATOR)
    url = reverse("program-calendar-token", args=[calendars.live_program_feed(user, world.program).token])
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert no_session_get(url).status_code == 404


# --- API --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_who_may_get_the_roster_address_through_the_api(
    world: World, roster: Roster, api_for, role: str
) -> None:
    response = api_for(role).get(feed_url(world))
    if role not in HOLDERS:
        assert_error(response, 404)
        assert not ProgramCalendarFeed.objects.exists()
        return
    assert response.status_code == 200, response.content
    body = response.json()
    assert set(body) == {"url", "created_at"}
    assert body["url"].startswith("http://testserver/calendar/program/") and body["url"].endswith(".ics")
    assert len(uids(no_session_get(body["url"].removeprefix("http://testserver")))) == roster.shifts.count()
    # The same address on every read until renewed.
    assert api_for(role).get(feed_url(world)).json()["url"] == body["url"]


@pytest.mark.parametrize("role", SIGNED_IN)
def test_who_may_renew_the_roster_address_through_the_api(
    world: World, roster: Roster, api_for, role: str
) -> None:
    response = api_for(role).post(f"{feed_url(world)}renew/")
    if role not in HOLDERS:
        assert_error(response, 404)
        assert not ProgramCalendarFeed.objects.exists()
    else:
        assert response.status_code == 200, response.content


def test_renewing_through_the_api_revokes_the_old_address(world: World, roster: Roster, api_for) -> None:
    client = api_for("supervisor")
    old = client.get(feed_url(world)).json()["url"].removeprefix("http://testserver")
    new = client.post(f"{feed_url(world)}renew/").json()["url"].removeprefix("http://testserver")
    assert new != old
    assert no_session_get(old).status_code == 404
    assert uids(no_session_get(new))
    assert client.get(feed_url(world)).json()["url"].endswith(new)


def test_the_api_refuses_anonymous_callers_and_other_methods(world: World, roster: Roster, api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(feed_url(world)))
    assert_not_signed_in(api_for("anonymous").post(f"{feed_url(world)}renew/"))
    assert api_for("coordinator").get(f"{feed_url(world)}renew/").status_code == 405
    assert api_for("coordinator").post(feed_url(world)).status_code == 405


def test_another_programs_coordinator_gets_404_for_this_program(
    world: World, roster: Roster, api_for
) -> None:
    assert_error(api_for("outsider").get(feed_url(world)), 404)
    assert_error(api_for("coordinator").get(f"/api/v1/programs/{world.other_program.pk}/roster-feed/"), 404)
