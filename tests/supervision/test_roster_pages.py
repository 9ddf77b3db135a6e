"""Roster pages (issue 6, first part): role × outcome, on call now, generating and publishing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import Role
from supervision.models import Roster, RosterStatus, ShiftAssignment, ShiftTemplate
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory
from tests.roster_helpers import publish, staff

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
]
ROSTERED = {"coordinator", "supervisor", "supporter"}


def matrix(allowed: set[str]) -> list[tuple[str, int]]:
    return [(role, 200 if role in allowed else 404) for role in EVERYONE]


def url(name: str, world: World, *args: int) -> str:
    return reverse(name, args=[world.program.pk, *args])


@pytest.fixture
def covered(world: World) -> Roster:
    """A published roster with one supervisor round the clock, starting at yesterday's midnight."""
    staff(world)
    today = world.program.today()
    return publish(world, today - timedelta(days=1), today + timedelta(days=6))


@pytest.mark.parametrize(("role", "status"), matrix(ROSTERED))
def test_on_call_now_opens_for_rostered_roles(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(url("on-call-now", world)).status_code == status


def test_on_call_now_names_the_supervisor_on_call_and_the_crisis_lines(
    world: World, client_for, covered
) -> None:
    before = timezone.now()
    page = client_for("supporter").get(url("on-call-now", world)).content.decode()
    after = timezone.now()
    # A shift change may fall between the two readings: the page names whoever covers either.
    on_call = [
        place.membership
        for place in ShiftAssignment.objects.filter(
            shift__roster=covered, shift__starts_at__lte=after, shift__ends_at__gt=before
        ).select_related("membership__user")
    ]
    assert on_call and any(p.display_name in page and p.user.email in page for p in on_call)
    assert "13 11 14" in page and "Next, from" in page


def test_on_call_now_says_so_when_nobody_is_rostered(world: World, client_for) -> None:
    page = client_for("supporter").get(url("on-call-now", world)).content.decode()
    assert "No supervisor is rostered right now" in page


@pytest.mark.parametrize(("role", "status"), matrix(ROSTERED))
def test_the_roster_page_opens_for_rostered_roles(world: World, client_for, role: str, status: int) -> None:
    response = client_for(role).get(url("roster-home", world))
    assert response.status_code == status
    if status == 200:
        assert ("Generate draft" in response.content.decode()) == (role == "coordinator")


@pytest.mark.parametrize(("role", "status"), matrix({"coordinator"}))
def test_only_coordinators_edit_shifts(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(url("shift-template-new", world)).status_code == status


def test_a_coordinator_adds_a_shift_with_field_errors_first(world: World, client_for) -> None:
    client = client_for("coordinator")
    form = {
        "name": "Nights",
        "role": "supervisor",
        "rrule": "FREQ=DAILY",
        "starts_at": "20:00",
        "ends_at": "20:00",
        "min_people": 1,
        "active": "on",
    }
    refused = client.post(url("shift-template-new", world), form)
    assert refused.status_code == 400 and "cannot equal the start" in refused.content.decode()
    assert client.post(url("shift-template-new", world), {**form, "ends_at": "08:00"}).status_code == 302
    assert ShiftTemplate.objects.get().ends_at == time(8)


def test_generating_and_publishing_from_the_pages(world: World, client_for, covered) -> None:
    client = client_for("coordinator")
    today = world.program.today()
    # A new draft after the published week, with the night shift cut short: publishing is refused.
    ShiftTemplate.objects.filter(name="Night").update(ends_at=time(6))
    start = today + timedelta(days=7)
    response = client.post(
        url("roster-generate", world), {"starts_on": start, "ends_on": start + timedelta(days=6)}
    )
    draft = Roster.objects.get(status=RosterStatus.DRAFT)
    assert response.status_code == 302 and response["Location"] == url("roster-detail", world, draft.pk)
    page = client.get(url("roster-detail", world, draft.pk)).content.decode()
    assert "No supervisor on call" in page and "06:00" in page
    client.post(url("roster-publish", world, draft.pk))
    draft.refresh_from_db()
    assert draft.status == RosterStatus.DRAFT

    ShiftTemplate.objects.filter(name="Night").update(ends_at=time(8))
    client.post(url("roster-generate", world), {"starts_on": start, "ends_on": start + timedelta(days=6)})
    fresh = Roster.objects.get(status=RosterStatus.DRAFT)
    client.post(url("roster-publish", world, fresh.pk))
    fresh.refresh_from_db()
    assert fresh.status == RosterStatus.PUBLISHED


@pytest.mark.parametrize(("role", "status"), matrix(ROSTERED))
def test_a_published_roster_is_seen_by_rostered_roles(
    world: World, client_for, covered, role, status
) -> None:
    assert client_for(role).get(url("roster-detail", world, covered.pk)).status_code == status


def test_drafts_are_for_coordinators_only(world: World, client_for, covered) -> None:
    Roster.objects.filter(pk=covered.pk).update(status=RosterStatus.DRAFT)
    assert client_for("coordinator").get(url("roster-detail", world, covered.pk)).status_code == 200
    assert client_for("supervisor").get(url("roster-detail", world, covered.pk)).status_code == 404


@pytest.mark.parametrize("role", ["supervisor", "supporter", "sponsor", "outsider"])
def test_others_cannot_generate_or_publish(world: World, client_for, covered, role: str) -> None:
    today = world.program.today()
    client = client_for(role)
    assert (
        client.post(
            url("roster-generate", world),
            {"starts_on": today + timedelta(days=9), "ends_on": today + timedelta(days=10)},
        ).status_code
        == 404
    )
    assert client.post(url("roster-publish", world, covered.pk)).status_code == 404
    assert Roster.objects.count() == 1


# --- Fairness and printing ---------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix({"coordinator"}))
def test_the_fairness_report_is_for_coordinators(
    world: World, client_for, covered, role: str, status: int
) -> None:
    assert client_for(role).get(url("roster-fairness", world)).status_code == status


def test_fairness_counts_everyone_including_people_with_no_hours(world: World, covered) -> None:
    idle = MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=UserFactory(username="idle"))
    today = world.program.today()
    supervisors, _ = rosters.fairness(world.program, today - timedelta(days=1), today + timedelta(days=6))
    hours = {row.membership.pk: row.hours for row in supervisors.rows}
    # Elapsed hours, not 24 a day: a daylight-saving change in these eight days makes one 23 or 25.
    days = [today + timedelta(days=n) for n in range(-1, 7)]
    assert hours[idle.pk] == 0 and sum(hours.values()) == sum(elapsed(world, day, 0, 24) for day in days)
    assert supervisors.widest_gap == max(hours.values())
    nights = sum(row.night_hours for row in supervisors.rows)
    assert nights == sum(elapsed(world, day, 0, 6) for day in days)  # 00:00–06:00 every night
    # Mean absolute difference over pairs, checked against the definition.
    values = list(hours.values())
    pairs = [abs(a - b) for i, a in enumerate(values) for b in values[i + 1 :]]
    assert supervisors.mean_pair_difference == pytest.approx(sum(pairs) / len(pairs))


def elapsed(world: World, day: date, start_hour: int, end_hour: int) -> float:
    """Hours that really pass between two wall-clock hours of a day in the program's timezone."""
    zone = ZoneInfo(world.program.timezone)
    first = datetime.combine(day, time(start_hour), zone)
    last = datetime.combine(day + timedelta(days=end_hour // 24), time(end_hour % 24), zone)
    return (last.astimezone(UTC) - first.astimezone(UTC)).total_seconds() / 3600


def test_a_range_ending_before_it_starts_is_refused(world: World, client_for, covered) -> None:
    today = world.program.today()
    response = client_for("coordinator").get(
        url("roster-fairness", world), {"start": today, "to": today - timedelta(days=3)}
    )
    assert response.status_code == 400 and "cannot be before its start" in response.content.decode()


@pytest.mark.parametrize(("role", "status"), matrix(ROSTERED))
def test_the_printable_roster_is_a_real_pdf_for_rostered_roles(
    world: World, client_for, covered, role: str, status: int
) -> None:
    response = client_for(role).get(url("roster-print", world, covered.pk))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")


# --- Availability ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("role", "status"), matrix({"supervisor", "supporter"}))
def test_the_availability_page_is_for_supervisors_and_supporters(
    world: World, client_for, role, status
) -> None:
    assert client_for(role).get(url("availability", world)).status_code == status


def test_a_supporter_keeps_windows_and_times_away_and_bad_ones_are_refused(world: World, client_for) -> None:
    from program.models import Availability
    from supervision.models import Unavailability

    client = client_for("supporter")
    page = url("availability", world)
    bad = client.post(page, {"window-weekday": 0, "window-starts": "22:00", "window-ends": "18:00"})
    assert bad.status_code == 400 and "must end after it starts" in bad.content.decode()
    assert (
        client.post(page, {"window-weekday": 0, "window-starts": "18:00", "window-ends": "22:00"}).status_code
        == 302
    )
    backwards = client.post(
        page, {"away-kind": "exam", "away-starts_at": "2027-01-10T09:00", "away-ends_at": "2027-01-09T17:00"}
    )
    assert backwards.status_code == 400 and "cannot end before it starts" in backwards.content.decode()
    assert not Unavailability.objects.exists()
    client.post(
        page, {"away-kind": "exam", "away-starts_at": "2027-01-10T09:00", "away-ends_at": "2027-01-12T17:00"}
    )
    away = Unavailability.objects.get()
    assert away.starts_at == rosters.aware(timezone.datetime(2027, 1, 10, 9), world.program.tzinfo)
    window = Availability.objects.get(membership=world.members[Role.SUPPORTER])
    # Nobody else can remove it (the coordinator manages availability through the API).
    removal = reverse("availability-remove", args=[world.program.pk, "window", window.pk])
    assert client_for("coordinator").post(removal).status_code == 404
    assert client.post(removal).status_code == 302
    assert not Availability.objects.exists()
