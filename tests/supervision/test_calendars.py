"""Calendar feeds (issue 6): private revocable person feeds and program feeds, with stable UIDs,
SEQUENCE, LAST-MODIFIED, TZID, and removed shifts sent as CANCELLED."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from program.models import MembershipStatus, Role
from supervision.models import CalendarFeed, ShiftAssignment
from supervision.pauses import services as pauses
from supervision.rosters import feeds as calendars
from tests.conftest import World
from tests.factories import MembershipFactory
from tests.roster_helpers import publish, staff


@pytest.fixture
def roster(world: World):
    staff(world, supporters=3, with_evening=True)
    today = world.program.today()
    return publish(world, today + timedelta(days=1), today + timedelta(days=14))


def events(body: bytes) -> dict[str, dict[str, str]]:
    parsed = Calendar.from_ical(body)
    return {
        str(e["uid"]): {
            "status": str(e["status"]),
            "sequence": str(e["sequence"]),
            "tzid": e["dtstart"].params.get("TZID"),
        }
        for e in parsed.walk("VEVENT")
    }


def test_a_person_feed_lists_their_shifts_with_stable_uids_and_the_programs_tzid(
    world: World, roster
) -> None:
    supporter = world.members[Role.SUPPORTER]
    feed = calendars.live_feed(supporter.user)
    url = reverse("person-calendar", args=[feed.token])
    first = Client().get(url)
    assert first.status_code == 200 and first["Content-Type"].startswith("text/calendar")
    mine = ShiftAssignment.objects.filter(membership=supporter, ended_at__isnull=True).select_related("shift")
    listed = events(first.content)
    assert set(listed) == {f"{a.shift.uid}@peer-support" for a in mine} and listed
    assert {e["tzid"] for e in listed.values()} == {"Australia/Sydney"}
    assert b"BEGIN:VTIMEZONE" in first.content and b"LAST-MODIFIED" in first.content
    assert events(Client().get(url).content).keys() == listed.keys()


def test_shifts_taken_off_a_paused_person_are_sent_as_cancelled_with_a_new_sequence(
    world: World, roster
) -> None:
    supporter = world.members[Role.SUPPORTER]
    feed = calendars.live_feed(supporter.user)
    before = events(Client().get(reverse("person-calendar", args=[feed.token])).content)
    pauses.self_pause(supporter, by=supporter.user)
    after = events(Client().get(reverse("person-calendar", args=[feed.token])).content)
    assert after.keys() == before.keys()
    assert {e["status"] for e in after.values()} == {"CANCELLED"}
    assert all(int(after[uid]["sequence"]) > int(before[uid]["sequence"]) for uid in after)


def test_a_revoked_address_answers_404_and_the_new_one_works(world: World, roster, client_for) -> None:
    user = world.user(Role.SUPPORTER)
    old = calendars.live_feed(user)
    client = client_for("supporter")
    response = client.post(reverse("calendar-renew"), {"next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")
    new = CalendarFeed.objects.get(user=user, revoked_at__isnull=True)
    assert new.token != old.token
    assert Client().get(reverse("person-calendar", args=[old.token])).status_code == 404
    assert Client().get(reverse("person-calendar", args=[new.token])).status_code == 200
    assert Client().get(reverse("person-calendar", args=["not-a-token"])).status_code == 404


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (r, 200 if r in {"coordinator", "supervisor", "supporter"} else 404)
        for r in [
            "coordinator",
            "supervisor",
            "supporter",
            "applicant",
            "reviewer",
            "sponsor",
            "outsider",
            "stranger",
        ]
    ],
)
def test_the_program_feed_is_for_rostered_roles(
    world: World, roster, client_for, api_for, role, status
) -> None:
    page = client_for(role).get(reverse("program-calendar", args=[world.program.pk]))
    api = api_for(role).get(f"/api/v1/programs/{world.program.pk}/roster.ics")
    assert page.status_code == api.status_code == status
    if status == 200:
        listed = events(api.content)
        assert len(listed) == roster.shifts.count() == 42
        assert {e["status"] for e in listed.values()} == {"CONFIRMED"}
    else:
        assert api.json()["error"]["status"] == 404


@pytest.mark.parametrize("status", [MembershipStatus.ENDED, MembershipStatus.ALUMNUS])
def test_leaving_a_program_takes_its_shifts_out_of_the_feed_and_leaving_every_role_closes_it(
    world: World, roster, status: str
) -> None:
    supporter = world.members[Role.SUPPORTER]
    elsewhere = MembershipFactory(program=world.other_program, role=Role.SUPPORTER, user=supporter.user)
    url = reverse("person-calendar", args=[calendars.live_feed(supporter.user).token])
    assert events(Client().get(url).content)

    supporter.refresh_from_db()
    supporter.status = status
    supporter.save()
    still_rostered = Client().get(url)
    assert still_rostered.status_code == 200 and not events(still_rostered.content)

    elsewhere.status = status
    elsewhere.save()
    assert Client().get(url).status_code == 404


def test_the_hand_written_feed_escapes_folds_and_reads_back_as_written(world: World, roster) -> None:
    """The feeds are written line by line (supervision/rosters/feeds.py): commas, semicolons, backslashes
    and long non-ASCII names come back from a calendar parser exactly, lines stay under 75 octets."""
    shift = roster.shifts.order_by("starts_at").first()
    shift.name = "Night, late; back\\slash " + "é" * 60
    shift.save()
    person = ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).first().membership.user
    person.first_name, person.last_name = 'Zoë, "Jo"', "Ngữ; " + "ñ" * 50
    person.save()
    body = calendars.program_feed(world.program)
    assert all(len(line) <= 75 for line in body.split(b"\r\n")), "a line over 75 octets"
    unfolded = body.replace(b"\r\n ", b"").decode()
    assert "\r\nSUMMARY:On call: Night\\, late\\; back\\\\slash " in unfolded  # RFC 5545 3.3.11
    parsed = {str(e["uid"]): e for e in Calendar.from_ical(body).walk("VEVENT")}
    event = parsed[f"{shift.uid}@peer-support"]
    assert str(event["summary"]) == f"On call: {shift.name}"
    assert f"{person.first_name} {person.last_name}" in str(event["description"])
    assert event["dtstart"].dt == shift.starts_at
    assert event["dtstart"].params["TZID"] == world.program.timezone
    assert event["last-modified"].dt == shift.updated_at.replace(microsecond=0)
    assert len(Calendar.from_ical(body).walk("VTIMEZONE")) == 1
