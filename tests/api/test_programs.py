"""/api/v1/programs/: everyone reads the programs they hold a role in; only coordinators change settings."""

from __future__ import annotations

import pytest
from django.forms.models import model_to_dict

from program.models import AuditEvent, Program, Role
from tests.api.helpers import (
    NON_COORDINATORS,
    NOT_IN_PROGRAM,
    PROGRAM_ROLES,
    api_as,
    assert_error,
    assert_not_signed_in,
    result_ids,
)
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/programs/"


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def settings_of(program: Program) -> dict:
    return model_to_dict(Program.objects.get(pk=program.pk))


@pytest.mark.parametrize(
    ("role", "sees"),
    [*[(role, "program") for role in PROGRAM_ROLES], ("outsider", "other_program"), ("stranger", None)],
)
def test_each_person_lists_only_the_programs_they_hold_a_role_in(world: World, api_for, role, sees) -> None:
    expected = [] if sees is None else [getattr(world, sees).pk]
    assert result_ids(api_for(role).get(URL)) == expected


def test_anonymous_cannot_list_programs(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


@pytest.mark.parametrize("role", PROGRAM_ROLES)
def test_every_member_can_read_their_program(world: World, api_for, role: str) -> None:
    response = api_for(role).get(detail(world.program.pk))

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == world.program.pk
    assert body["name"] == "Western Plains Peer Support"
    assert body["institution"] == world.program.institution.name
    assert body["retention_days"] == 180


@pytest.mark.parametrize("role", NOT_IN_PROGRAM)
def test_people_outside_a_program_get_404_not_403_for_it(world: World, api_for, role: str) -> None:
    assert_error(api_for(role).get(detail(world.program.pk)), 404, "not_found")


def test_anonymous_cannot_read_a_program(world: World, api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(detail(world.program.pk)))


def test_coordinator_changes_settings_and_the_change_is_audited(world: World, api_for) -> None:
    response = api_for("coordinator").patch(
        detail(world.program.pk), {"retention_days": 90, "suppression_threshold": 7}, format="json"
    )

    assert response.status_code == 200, response.content
    assert response.json()["retention_days"] == 90
    assert response.json()["suppression_threshold"] == 7
    program = Program.objects.get(pk=world.program.pk)
    assert (program.retention_days, program.suppression_threshold) == (90, 7)
    event = AuditEvent.objects.get(object_type="program.program", object_id=str(program.pk))
    assert event.action == "update"
    assert event.actor == world.user("coordinator")
    assert "retention_days" in event.summary and "suppression_threshold" in event.summary


@pytest.mark.parametrize(
    ("role", "status"),
    [*[(role, 403) for role in NON_COORDINATORS], *[(role, 404) for role in NOT_IN_PROGRAM]],
)
def test_only_the_programs_coordinator_may_change_its_settings(world: World, api_for, role, status) -> None:
    before = settings_of(world.program)

    response = api_for(role).patch(detail(world.program.pk), {"retention_days": 30}, format="json")

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert settings_of(world.program) == before
    assert not AuditEvent.objects.exists()


def test_a_site_administrator_who_is_only_a_supporter_cannot_change_settings(world: World) -> None:
    admin = UserFactory(username="siteadmin", is_superuser=True, is_staff=True)
    MembershipFactory(user=admin, program=world.program, role=Role.SUPPORTER)
    before = settings_of(world.program)

    response = api_as(admin).patch(detail(world.program.pk), {"retention_days": 30}, format="json")

    assert_error(response, 403, "permission_denied")
    assert settings_of(world.program) == before


def test_anonymous_cannot_change_settings(world: World, api_for) -> None:
    before = settings_of(world.program)
    assert_not_signed_in(api_for("anonymous").patch(detail(world.program.pk), {"retention_days": 30}))
    assert settings_of(world.program) == before


def test_coordinator_cannot_change_another_programs_settings(world: World, api_for) -> None:
    before = settings_of(world.other_program)

    response = api_for("coordinator").patch(
        detail(world.other_program.pk), {"retention_days": 30}, format="json"
    )

    assert_error(response, 404, "not_found")
    assert settings_of(world.other_program) == before


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("suppression_threshold", 4),
        ("breakdown_suppression_threshold", 9),
        ("retention_days", 3),
        ("min_active_supporters", 0),
        ("weekly_contact_hour_limit", "0.1"),
        ("timezone", "Mars/Olympus_Mons"),
        ("student_id_pattern", "(unclosed"),
        ("student_id_pattern", ".*"),
    ],
)
def test_an_invalid_setting_is_refused_by_name_and_nothing_changes(
    world: World, api_for, field, value
) -> None:
    before = settings_of(world.program)

    response = api_for("coordinator").patch(
        detail(world.program.pk), {"retention_days": 60, field: value}, format="json"
    )

    assert_error(response, 400, "invalid", field=field)
    assert settings_of(world.program) == before
    assert not AuditEvent.objects.exists()


@pytest.mark.parametrize("field", ["id", "name", "institution", "created_at"])
def test_read_only_fields_are_refused_by_name(world: World, api_for, field: str) -> None:
    before = settings_of(world.program)

    response = api_for("coordinator").patch(detail(world.program.pk), {field: "Renamed"}, format="json")

    error = assert_error(response, 400, "invalid", field=field)
    assert error["fields"][field] == ["Unknown or read-only field."]
    assert settings_of(world.program) == before


@pytest.mark.parametrize(
    ("method", "path"),
    [("put", "detail"), ("delete", "detail"), ("post", "list")],
)
def test_programs_cannot_be_replaced_created_or_deleted_over_the_api(
    world: World, api_for, method, path
) -> None:
    url = URL if path == "list" else detail(world.program.pk)
    before = settings_of(world.program)

    response = getattr(api_for("coordinator"), method)(url, {"retention_days": 30}, format="json")

    assert_error(response, 405, "method_not_allowed")
    assert settings_of(world.program) == before
    assert Program.objects.count() == 2
