"""/api/v1/shift-templates/, rosters/, shifts/ and programs/{id}/on-call-now/: role × outcome, bad input,
and constant query counts (issue 6, first part)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import Role
from supervision.models import Roster, RosterStatus, Shift, ShiftTemplate
from supervision.rosters import services as rosters
from tests.api.helpers import NOT_SIGNED_IN_STATUSES, SIGNED_IN, assert_error, result_ids
from tests.conftest import World
from tests.roster_helpers import publish, staff

TEMPLATES, ROSTERS, SHIFTS = "/api/v1/shift-templates/", "/api/v1/rosters/", "/api/v1/shifts/"
ROSTERED = {"coordinator", "supervisor", "supporter"}
NIGHT = {
    "name": "Nights",
    "role": "supervisor",
    "rrule": "FREQ=DAILY",
    "starts_at": "20:00",
    "ends_at": "08:00",
}


def on_call_url(world: World) -> str:
    return f"/api/v1/programs/{world.program.pk}/on-call-now/"


@pytest.fixture
def staffed(world: World) -> World:
    staff(world)
    return world


@pytest.fixture
def published(staffed: World) -> Roster:
    today = staffed.program.today()
    return publish(staffed, today - timedelta(days=1), today + timedelta(days=6))


# --- Templates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_templates_are_read_by_rostered_roles(staffed: World, api_for, role: str) -> None:
    ids = result_ids(api_for(role).get(TEMPLATES))
    expected = sorted(ShiftTemplate.objects.values_list("pk", flat=True)) if role in ROSTERED else []
    assert ids == expected


def test_anonymous_callers_are_refused(api_for) -> None:
    assert api_for("anonymous").get(SHIFTS).status_code in NOT_SIGNED_IN_STATUSES


@pytest.mark.parametrize(
    ("role", "expected"),
    [("coordinator", 201), ("supervisor", 404), ("supporter", 404), ("sponsor", 404), ("outsider", 404)],
)
def test_only_coordinators_add_templates(world: World, api_for, role: str, expected: int) -> None:
    response = api_for(role).post(TEMPLATES, {"program": world.program.pk, **NIGHT}, format="json")
    assert response.status_code == expected, response.content
    assert ShiftTemplate.objects.exists() == (expected == 201)


@pytest.mark.parametrize(
    ("change", "field"),
    [({"ends_at": "20:00"}, "ends_at"), ({"rrule": "FREQ=NEVER"}, "rrule"), ({"role": "sponsor"}, "role")],
)
def test_bad_templates_answer_400_naming_the_field(world: World, api_for, change: dict, field: str) -> None:
    response = api_for("coordinator").post(
        TEMPLATES, {"program": world.program.pk, **NIGHT, **change}, format="json"
    )
    assert field in assert_error(response, 400, "invalid")["fields"]
    assert not ShiftTemplate.objects.exists()


@pytest.mark.parametrize(
    ("role", "expected"), [("coordinator", 200), ("supervisor", 403), ("supporter", 403)]
)
def test_only_coordinators_change_templates(staffed: World, api_for, role: str, expected: int) -> None:
    template = ShiftTemplate.objects.get(name="Night")
    response = api_for(role).patch(f"{TEMPLATES}{template.pk}/", {"min_people": 2}, format="json")
    assert response.status_code == expected, response.content
    template.refresh_from_db()
    assert template.min_people == (2 if expected == 200 else 1)


# --- Rosters and shifts -------------------------------------------------------------------------------------


def test_a_coordinator_generates_and_publishes_through_the_api(staffed: World, api_for) -> None:
    client = api_for("coordinator")
    start = staffed.program.today() + timedelta(days=1)
    response = client.post(
        ROSTERS,
        {
            "program": staffed.program.pk,
            "starts_on": start.isoformat(),
            "ends_on": (start + timedelta(days=6)).isoformat(),
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    roster_id = response.json()["id"]
    assert client.get(f"{ROSTERS}{roster_id}/").json()["gaps"] == []
    published = client.post(f"{ROSTERS}{roster_id}/publish/")
    assert published.status_code == 200 and published.json()["status"] == "published"
    assert_error(client.post(f"{ROSTERS}{roster_id}/publish/"), 409, "conflict")


def test_publishing_with_gaps_is_refused_with_the_gap_list(staffed: World, api_for) -> None:
    ShiftTemplate.objects.filter(name="Night").update(ends_at=time(6))
    start = staffed.program.today() + timedelta(days=1)
    roster = rosters.generate(
        staffed.program, by=staffed.user(Role.COORDINATOR), starts_on=start, ends_on=start + timedelta(days=1)
    )
    client = api_for("coordinator")
    assert len(client.get(f"{ROSTERS}{roster.pk}/").json()["gaps"]) >= 1
    error = assert_error(client.post(f"{ROSTERS}{roster.pk}/publish/"), 400, "invalid")
    assert "no supervisor is on call" in error["message"] and "06:00" in error["message"]
    roster.refresh_from_db()
    assert roster.status == RosterStatus.DRAFT


def test_a_horizon_ending_before_it_starts_names_the_field(staffed: World, api_for) -> None:
    today = staffed.program.today()
    response = api_for("coordinator").post(
        ROSTERS,
        {
            "program": staffed.program.pk,
            "starts_on": today.isoformat(),
            "ends_on": (today - timedelta(days=2)).isoformat(),
        },
        format="json",
    )
    assert "ends_on" in assert_error(response, 400, "invalid")["fields"]
    assert not Roster.objects.exists()


@pytest.mark.parametrize("role", ["supervisor", "supporter", "sponsor", "outsider"])
def test_others_cannot_generate_or_publish(staffed: World, api_for, role: str) -> None:
    today = staffed.program.today()
    draft = rosters.generate(
        staffed.program, by=staffed.user(Role.COORDINATOR), starts_on=today, ends_on=today
    )
    client = api_for(role)
    body = {"program": staffed.program.pk, "starts_on": today.isoformat(), "ends_on": today.isoformat()}
    assert client.post(ROSTERS, body, format="json").status_code == 404
    assert client.post(f"{ROSTERS}{draft.pk}/publish/").status_code == 404
    draft.refresh_from_db()
    assert draft.status == RosterStatus.DRAFT


@pytest.mark.parametrize("role", SIGNED_IN)
def test_published_shifts_are_seen_by_rostered_roles_and_reasons_by_coordinators(
    published: Roster, api_for, role: str
) -> None:
    response = api_for(role).get(SHIFTS)
    if role not in ROSTERED:
        assert result_ids(response) == []
        return
    assert result_ids(response) == sorted(Shift.objects.filter(roster=published).values_list("pk", flat=True))
    assert len(result_ids(response)) == 16
    first = response.json()["results"][0]
    assert first["people"] and first["people"][0]["name"]
    assert first["unfilled"] is None  # filled; reasons would show to coordinators only


def test_drafts_are_for_coordinators_only(staffed: World, api_for) -> None:
    today = staffed.program.today()
    rosters.generate(staffed.program, by=staffed.user(Role.COORDINATOR), starts_on=today, ends_on=today)
    assert api_for("coordinator").get(SHIFTS).json()["count"] == 2
    assert api_for("supervisor").get(SHIFTS).json()["count"] == 0
    assert api_for("supervisor").get(ROSTERS).json()["count"] == 0


def test_mine_lists_only_your_shifts(published: Roster, api_for, world: World) -> None:
    mine = api_for("supervisor").get(SHIFTS, {"mine": "true"}).json()["results"]
    assert mine and all(
        any(person["membership"] == world.members[Role.SUPERVISOR].pk for person in shift["people"])
        for shift in mine
    )


def test_the_shift_list_runs_a_constant_number_of_queries(staffed: World, api_for) -> None:
    client = api_for("coordinator")
    today = staffed.program.today()

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(SHIFTS).status_code == 200
        return len(queries)

    rosters.generate(staffed.program, by=staffed.user(Role.COORDINATOR), starts_on=today, ends_on=today)
    few = count()
    rosters.generate(
        staffed.program,
        by=staffed.user(Role.COORDINATOR),
        starts_on=today + timedelta(days=1),
        ends_on=today + timedelta(days=9),
    )
    assert count() == few


# --- On call now --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_on_call_now_is_for_rostered_roles(published: Roster, api_for, world: World, role: str) -> None:
    before = timezone.now()
    response = api_for(role).get(on_call_url(world))
    after = timezone.now()
    if role not in ROSTERED:
        assert_error(response, 404, "not_found")
        return
    body = response.json()
    # A shift change may fall between the two readings: the answer is the one shift covering either.
    around = set(
        Shift.objects.filter(roster=published, starts_at__lte=after, ends_at__gt=before).values_list(
            "pk", flat=True
        )
    )
    [answered] = [item["shift"] for item in body["supervisors_now"]]
    assert answered in around
    assert body["supervisors_now"][0]["people"][0]["email"]
    assert body["supervisor_next"]["starts_at"]
    assert "13 11 14" in [line["phone"] for line in body["crisis_lines"]]


# --- Availability -------------------------------------------------------------------------------------------

AVAILABILITY, AWAY = "/api/v1/availability/", "/api/v1/unavailability/"


@pytest.mark.parametrize(
    ("role", "expected"),
    [("supporter", 201), ("coordinator", 201), ("supervisor", 404), ("sponsor", 404), ("outsider", 404)],
)
def test_who_may_add_a_supporters_window(world: World, api_for, role: str, expected: int) -> None:
    body = {"membership": world.members[Role.SUPPORTER].pk, "weekday": 2, "starts": "18:00", "ends": "22:00"}
    assert api_for(role).post(AVAILABILITY, body, format="json").status_code == expected


@pytest.mark.parametrize("role", SIGNED_IN)
def test_windows_are_listed_to_their_owner_and_coordinators(world: World, api_for, role: str) -> None:
    from program.models import Availability

    window = Availability.objects.create(
        membership=world.members[Role.SUPPORTER], weekday=1, starts=time(18), ends=time(21)
    )
    assert result_ids(api_for(role).get(AVAILABILITY)) == (
        [window.pk] if role in {"supporter", "coordinator"} else []
    )


def test_time_away_ending_before_it_starts_names_the_field(world: World, api_for) -> None:
    from supervision.models import Unavailability

    body = {
        "membership": world.members[Role.SUPPORTER].pk,
        "kind": "exam",
        "starts_at": "2027-01-10T09:00:00+11:00",
        "ends_at": "2027-01-09T09:00:00+11:00",
    }
    response = api_for("supporter").post(AWAY, body, format="json")
    assert "ends_at" in assert_error(response, 400, "invalid")["fields"]
    assert not Unavailability.objects.exists()
    made = api_for("supporter").post(AWAY, {**body, "ends_at": "2027-01-12T17:00:00+11:00"}, format="json")
    assert made.status_code == 201
    assert api_for("supervisor").delete(f"{AWAY}{made.json()['id']}/").status_code == 404
    assert api_for("supporter").delete(f"{AWAY}{made.json()['id']}/").status_code == 204
    assert not Unavailability.objects.exists()
