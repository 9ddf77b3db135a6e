"""/api/v1/supervisor-assignments/: who supervises whom; only coordinators assign and end."""

from __future__ import annotations

import pytest
from django.forms.models import model_to_dict
from django.utils import timezone

from program.models import Notification, SupervisorAssignment
from tests.api.helpers import (
    NON_COORDINATORS,
    NOT_IN_PROGRAM,
    api_as,
    assert_error,
    assert_not_signed_in,
    result_ids,
    row_counts,
)
from tests.conftest import World

pytestmark = pytest.mark.django_db

URL = "/api/v1/supervisor-assignments/"


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


@pytest.fixture
def assignment(world: World) -> SupervisorAssignment:
    return world.members["supporter"].supervision_assignments.get()


def snapshot(assignment: SupervisorAssignment) -> dict:
    return model_to_dict(SupervisorAssignment.objects.get(pk=assignment.pk))


@pytest.mark.parametrize(
    ("role", "sees_it"),
    [
        ("coordinator", True),
        ("supervisor", True),
        ("supporter", True),
        ("applicant", False),
        ("reviewer", False),
        ("sponsor", False),
        ("outsider", False),
        ("stranger", False),
    ],
)
def test_each_role_lists_the_assignments_in_its_scope(
    world: World, api_for, assignment, role, sees_it
) -> None:
    assert result_ids(api_for(role).get(URL)) == ([assignment.pk] if sees_it else [])


def test_the_backup_supervisor_sees_the_assignment_naming_them(world: World, assignment) -> None:
    assert result_ids(api_as(world.supervisor2.user).get(URL)) == [assignment.pk]


def test_an_unsupervised_supporter_sees_no_assignment(world: World) -> None:
    assert result_ids(api_as(world.unsupervised.user).get(URL)) == []


def test_anonymous_cannot_list_assignments(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_the_supporter_reads_who_supervises_them(world: World, api_for, assignment) -> None:
    response = api_for("supporter").get(detail(assignment.pk))

    assert response.status_code == 200
    body = response.json()
    assert (body["supporter"], body["supervisor"], body["backup"]) == (
        world.members["supporter"].pk,
        world.members["supervisor"].pk,
        world.supervisor2.pk,
    )
    assert body["ended_on"] is None


@pytest.mark.parametrize("role", ["applicant", "reviewer", "sponsor", *NOT_IN_PROGRAM])
def test_an_assignment_out_of_scope_is_404(world: World, api_for, assignment, role: str) -> None:
    assert_error(api_for(role).get(detail(assignment.pk)), 404, "not_found")


def test_coordinator_assigns_a_supervisor_and_backup_who_are_told_and_gain_access(
    world: World, api_for
) -> None:
    lonely = world.unsupervised

    response = api_for("coordinator").post(
        URL,
        {
            "supporter": lonely.pk,
            "supervisor": world.supervisor2.pk,
            "backup": world.members["supervisor"].pk,
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    created = SupervisorAssignment.objects.get(pk=response.json()["id"])
    assert (created.program, created.supporter, created.supervisor, created.backup) == (
        world.program,
        lonely,
        world.supervisor2,
        world.members["supervisor"],
    )
    assert created.started_on == timezone.localdate()
    told = set(Notification.objects.filter(kind="assignment").values_list("recipient__username", flat=True))
    assert told == {"supervisor2", "supervisor"}
    assert lonely.pk in result_ids(api_as(world.supervisor2.user).get("/api/v1/memberships/"))


def test_assigning_again_ends_the_supporters_current_assignment(world: World, api_for, assignment) -> None:
    supporter = world.members["supporter"]

    response = api_for("coordinator").post(
        URL, {"supporter": supporter.pk, "supervisor": world.supervisor2.pk}, format="json"
    )

    assert response.status_code == 201, response.content
    assignment.refresh_from_db()
    assert assignment.ended_on == timezone.localdate()
    current = SupervisorAssignment.objects.get(supporter=supporter, ended_on__isnull=True)
    assert current.pk == response.json()["id"]
    assert (current.supervisor, current.backup) == (world.supervisor2, None)
    # The former primary supervisor no longer sees the supporter.
    assert supporter.pk not in result_ids(api_for("supervisor").get("/api/v1/memberships/"))


@pytest.mark.parametrize("role", [*NON_COORDINATORS, *NOT_IN_PROGRAM])
def test_only_a_coordinator_of_the_program_can_assign(world: World, api_for, role: str) -> None:
    before = row_counts()

    response = api_for(role).post(
        URL, {"supporter": world.unsupervised.pk, "supervisor": world.supervisor2.pk}, format="json"
    )

    # To anyone else the memberships "do not exist", so both are named.
    error = assert_error(response, 400, "invalid", field="supporter")
    assert "supervisor" in error["fields"]
    assert row_counts() == before


def test_anonymous_cannot_assign(world: World, api_for) -> None:
    before = row_counts()
    response = api_for("anonymous").post(
        URL, {"supporter": world.unsupervised.pk, "supervisor": world.supervisor2.pk}, format="json"
    )
    assert_not_signed_in(response)
    assert row_counts() == before


def test_coordinator_cannot_name_a_supervisor_from_another_program(world: World, api_for) -> None:
    before = row_counts()

    response = api_for("coordinator").post(
        URL, {"supporter": world.unsupervised.pk, "supervisor": world.outsider.pk}, format="json"
    )

    assert_error(response, 400, "invalid", field="supervisor")
    assert row_counts() == before


@pytest.mark.parametrize(
    ("supporter", "supervisor", "backup", "field"),
    [
        ("lonely", "applicant", None, "supervisor"),
        ("lonely", "supervisor", "sponsor", "backup"),
        ("lonely", "supervisor", "supervisor", "backup"),
        ("applicant", "supervisor", None, "supporter"),
    ],
)
def test_an_assignment_needs_a_current_supporter_and_active_supervisors(
    world: World, api_for, supporter, supervisor, backup, field
) -> None:
    name = {**world.members, "lonely": world.unsupervised}
    before = row_counts()
    body = {"supporter": name[supporter].pk, "supervisor": name[supervisor].pk}
    if backup:
        body["backup"] = name[backup].pk

    response = api_for("coordinator").post(URL, body, format="json")

    assert_error(response, 400, "invalid", field=field)
    assert row_counts() == before


def test_coordinator_ends_an_assignment(world: World, api_for, assignment) -> None:
    response = api_for("coordinator").post(f"{detail(assignment.pk)}end/")

    assert response.status_code == 200, response.content
    assert response.json()["ended_on"] == timezone.localdate().isoformat()
    assignment.refresh_from_db()
    assert assignment.ended_on == timezone.localdate()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("supervisor", 403),
        ("supporter", 403),
        ("applicant", 404),
        ("reviewer", 404),
        ("sponsor", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_only_coordinators_end_assignments_403_if_visible_404_if_not(
    world: World, api_for, assignment, role, status
) -> None:
    before = snapshot(assignment)

    response = api_for(role).post(f"{detail(assignment.pk)}end/")

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert snapshot(assignment) == before


def test_the_backup_supervisor_cannot_end_the_assignment(world: World, assignment) -> None:
    before = snapshot(assignment)
    assert_error(
        api_as(world.supervisor2.user).post(f"{detail(assignment.pk)}end/"), 403, "permission_denied"
    )
    assert snapshot(assignment) == before


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_assignments_are_not_edited_in_place(world: World, api_for, assignment, method: str) -> None:
    before = snapshot(assignment)

    response = getattr(api_for("coordinator"), method)(
        detail(assignment.pk), {"supervisor": world.supervisor2.pk}, format="json"
    )

    assert_error(response, 405, "method_not_allowed")
    assert snapshot(assignment) == before
