"""/api/v1/referral-services/: members read the active directory; coordinators keep it, never below two 24/7
crisis lines."""

from __future__ import annotations

import pytest
from django.forms.models import model_to_dict

from program.models import Program, ReferralService
from tests.api.helpers import (
    NON_COORDINATORS,
    NOT_IN_PROGRAM,
    assert_error,
    assert_not_signed_in,
    result_ids,
    row_counts,
)
from tests.conftest import World
from tests.factories import ReferralServiceFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/referral-services/"


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


@pytest.fixture
def retired(world: World) -> ReferralService:
    return ReferralServiceFactory(program=world.program, name="Closed walk-in clinic", is_active=False)


def seeded(program: Program) -> list[int]:
    """The four services every program starts with (three of them 24/7 crisis lines)."""
    return sorted(
        ReferralService.objects.filter(program=program, is_active=True).values_list("pk", flat=True)
    )


def service(program: Program, name: str) -> ReferralService:
    return ReferralService.objects.get(program=program, name=name)


def snapshot(program: Program) -> list[dict]:
    return [model_to_dict(s) for s in ReferralService.objects.filter(program=program).order_by("pk")]


def new_service(world: World, **overrides) -> dict:
    return {
        "program": world.program.pk,
        "name": "Rural doctors support line",
        "when_to_use": "Doctors and students on rural placement who need to talk.",
        "phone": "1300 000 111",
        "hours": "24 hours, 7 days",
        "available_24_7": True,
        "urgency": "crisis",
        "website": "https://example.org.au",
        "is_national": False,
        "order": 5,
        **overrides,
    }


# --- Reading ----------------------------------------------------------------------------------------


def test_every_program_starts_with_four_services(world: World) -> None:
    assert len(seeded(world.program)) == 4
    assert len(seeded(world.other_program)) == 4


def test_coordinator_lists_the_whole_directory_including_retired_services(world, api_for, retired) -> None:
    assert result_ids(api_for("coordinator").get(URL)) == sorted([*seeded(world.program), retired.pk])


@pytest.mark.parametrize("role", NON_COORDINATORS)
def test_other_members_list_only_active_services(world: World, api_for, retired, role: str) -> None:
    assert result_ids(api_for(role).get(URL)) == seeded(world.program)


def test_outsider_lists_only_their_own_programs_directory(world: World, api_for, retired) -> None:
    assert result_ids(api_for("outsider").get(URL)) == seeded(world.other_program)


def test_stranger_lists_no_services(world: World, api_for, retired) -> None:
    assert result_ids(api_for("stranger").get(URL)) == []


def test_anonymous_cannot_list_services(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_members_can_filter_to_24_7_lines(world: World, api_for) -> None:
    ids = result_ids(api_for("supporter").get(URL, {"available_24_7": "true"}))
    assert ids == sorted(
        s.pk for s in ReferralService.objects.filter(program=world.program, available_24_7=True)
    )
    assert len(ids) == 3


def test_a_member_reads_an_active_service(world: World, api_for) -> None:
    lifeline = service(world.program, "Lifeline")
    response = api_for("supporter").get(detail(lifeline.pk))
    assert response.status_code == 200
    assert (response.json()["phone"], response.json()["urgency"]) == ("13 11 14", "crisis")


@pytest.mark.parametrize("role", NON_COORDINATORS)
def test_a_retired_service_is_404_to_everyone_but_coordinators(world, api_for, retired, role: str) -> None:
    assert_error(api_for(role).get(detail(retired.pk)), 404, "not_found")
    assert api_for("coordinator").get(detail(retired.pk)).status_code == 200


@pytest.mark.parametrize("role", ["coordinator", "supporter", "stranger"])
def test_another_programs_service_is_404(world: World, api_for, role: str) -> None:
    lifeline = service(world.other_program, "Lifeline")
    assert_error(api_for(role).get(detail(lifeline.pk)), 404, "not_found")


# --- Adding ----------------------------------------------------------------------------------------


def test_coordinator_adds_a_service(world: World, api_for) -> None:
    response = api_for("coordinator").post(URL, new_service(world), format="json")

    assert response.status_code == 201, response.content
    added = ReferralService.objects.get(pk=response.json()["id"])
    assert (added.program, added.name, added.is_24_7_crisis_line) == (
        world.program,
        "Rural doctors support line",
        True,
    )
    assert added.pk in result_ids(api_for("supporter").get(URL))


@pytest.mark.parametrize("role", [*NON_COORDINATORS, *NOT_IN_PROGRAM])
def test_only_a_coordinator_of_the_program_can_add_a_service(world: World, api_for, role: str) -> None:
    before = row_counts()
    assert_error(api_for(role).post(URL, new_service(world), format="json"), 400, "invalid", field="program")
    assert row_counts() == before


def test_anonymous_cannot_add_a_service(world: World, api_for) -> None:
    before = row_counts()
    assert_not_signed_in(api_for("anonymous").post(URL, new_service(world), format="json"))
    assert row_counts() == before


def test_coordinator_cannot_add_to_another_programs_directory(world: World, api_for) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        URL, new_service(world, program=world.other_program.pk), format="json"
    )
    assert_error(response, 400, "invalid", field="program")
    assert row_counts() == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"urgency": "whenever"}, "urgency"),
        ({"website": "not a url"}, "website"),
        ({"phone": ""}, "phone"),
        ({"when_to_use": ""}, "when_to_use"),
        ({"name": "lifeline"}, "name"),
    ],
)
def test_a_bad_service_is_refused_by_name(world: World, api_for, overrides, field) -> None:
    before = row_counts()
    response = api_for("coordinator").post(URL, new_service(world, **overrides), format="json")
    assert_error(response, 400, "invalid", field=field)
    assert row_counts() == before


def test_a_duplicate_service_name_is_refused_naming_name(world: World, api_for) -> None:
    before = row_counts()
    response = api_for("coordinator").post(URL, new_service(world, name="Lifeline"), format="json")
    assert_error(response, 400, "invalid", field="name")
    assert row_counts() == before


# --- Changing ---------------------------------------------------------------------------------------


def test_coordinator_changes_a_services_details(world: World, api_for) -> None:
    campus = service(world.program, "Campus counselling service")

    response = api_for("coordinator").patch(
        detail(campus.pk), {"phone": "02 6333 0000", "hours": "8am–6pm weekdays"}, format="json"
    )

    assert response.status_code == 200, response.content
    campus.refresh_from_db()
    assert (campus.phone, campus.hours) == ("02 6333 0000", "8am–6pm weekdays")


@pytest.mark.parametrize(
    ("role", "status"),
    [*[(role, 403) for role in NON_COORDINATORS], *[(role, 404) for role in NOT_IN_PROGRAM]],
)
def test_only_coordinators_change_services_403_if_visible_404_if_not(world, api_for, role, status) -> None:
    campus = service(world.program, "Campus counselling service")
    before = snapshot(world.program)

    response = api_for(role).patch(detail(campus.pk), {"phone": "02 0000 0000"}, format="json")

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert snapshot(world.program) == before


@pytest.mark.parametrize("role", NON_COORDINATORS)
def test_a_retired_service_is_404_not_403_to_change_for_non_coordinators(
    world, api_for, retired, role
) -> None:
    before = snapshot(world.program)
    response = api_for(role).patch(detail(retired.pk), {"is_active": True}, format="json")
    assert_error(response, 404, "not_found")
    assert snapshot(world.program) == before


def test_a_service_cannot_move_to_another_program(world: World, api_for) -> None:
    campus = service(world.program, "Campus counselling service")
    before = snapshot(world.program)
    response = api_for("coordinator").patch(
        detail(campus.pk), {"program": world.other_program.pk}, format="json"
    )
    assert_error(response, 400, "invalid", field="program")
    assert snapshot(world.program) == before


def test_retiring_one_of_three_crisis_lines_is_allowed(world: World, api_for) -> None:
    lifeline = service(world.program, "Lifeline")

    response = api_for("coordinator").patch(detail(lifeline.pk), {"is_active": False}, format="json")

    assert response.status_code == 200, response.content
    lifeline.refresh_from_db()
    assert lifeline.is_active is False


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("Suicide Call Back Service", {"is_active": False}),
        ("Suicide Call Back Service", {"available_24_7": False}),
        ("Suicide Call Back Service", {"urgency": "routine"}),
        ("Emergency services (000)", {"urgency": "routine", "hours": "Business hours"}),
    ],
)
def test_no_change_may_leave_fewer_than_two_active_24_7_crisis_lines(
    world: World, api_for, name, change
) -> None:
    coordinator = api_for("coordinator")
    lifeline = service(world.program, "Lifeline")
    assert coordinator.patch(detail(lifeline.pk), {"is_active": False}, format="json").status_code == 200
    before = snapshot(world.program)
    events = row_counts()["AuditEvent"]

    response = coordinator.patch(detail(service(world.program, name).pk), change, format="json")

    error = assert_error(response, 400, "invalid", field="available_24_7")
    assert "at least 2" in error["message"]
    assert snapshot(world.program) == before
    assert row_counts()["AuditEvent"] == events
    assert len(result_ids(api_for("supporter").get(URL, {"available_24_7": "true"}))) == 2


@pytest.mark.parametrize("method", ["put", "delete"])
def test_services_cannot_be_replaced_or_deleted(world: World, api_for, method: str) -> None:
    campus = service(world.program, "Campus counselling service")
    before = snapshot(world.program)
    response = getattr(api_for("coordinator"), method)(detail(campus.pk), new_service(world), format="json")
    assert_error(response, 405, "method_not_allowed")
    assert snapshot(world.program) == before
