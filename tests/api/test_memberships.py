"""/api/v1/memberships/: scope follows the role; only coordinators add and change members."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict

from program.models import Membership, Notification, Role
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
from tests.factories import MembershipFactory, SupervisorAssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/memberships/"


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


@pytest.fixture
def by_name(world: World) -> dict[str, Membership]:
    """Every membership in the world by a short name: the roles, 'supervisor2', 'lonely' and 'outsider'."""
    return {
        **world.members,
        "supervisor2": world.supervisor2,
        "lonely": world.unsupervised,
        "outsider": world.outsider,
    }


def snapshot(membership: Membership) -> dict:
    return model_to_dict(Membership.objects.get(pk=membership.pk))


def new_member(world: World, **overrides) -> dict:
    return {
        "program": world.program.pk,
        "email": "ngozi.okafor@example.edu",
        "first_name": "Ngozi",
        "last_name": "Okafor",
        "role": "supporter",
        "term_start": "2026-02-01",
        "expected_end": "2029-11-30",
        "year_level": 3,
        "clinical_site": "Dubbo Base Hospital",
        **overrides,
    }


# --- Reading ----------------------------------------------------------------------------------------


VISIBLE = {
    "coordinator": [*Role.values, "supervisor2", "lonely"],
    "supervisor": ["supervisor", "supporter"],
    "supporter": ["supporter"],
    "applicant": ["applicant"],
    "reviewer": ["reviewer"],
    "sponsor": ["sponsor"],
    "outsider": ["outsider"],
    "stranger": [],
}


@pytest.mark.parametrize(("role", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_memberships_in_its_scope(world: World, api_for, by_name, role, expected):
    assert result_ids(api_for(role).get(URL)) == sorted(by_name[name].pk for name in expected)


def test_a_backup_supervisor_sees_the_supporter_they_back_up(world: World, by_name) -> None:
    ids = result_ids(api_as(world.supervisor2.user).get(URL))
    assert ids == sorted([world.supervisor2.pk, by_name["supporter"].pk])


def test_anonymous_cannot_list_memberships(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


def test_outsider_never_sees_the_first_programs_memberships_even_when_filtering_for_them(
    world, api_for
) -> None:
    assert result_ids(api_for("outsider").get(URL, {"program": world.program.pk})) == []


def test_coordinator_filters_members_by_role(world: World, api_for, by_name) -> None:
    ids = result_ids(api_for("coordinator").get(URL, {"role": "supporter"}))
    assert ids == sorted([by_name["supporter"].pk, by_name["lonely"].pk])


@pytest.mark.parametrize(
    ("role", "target"),
    [
        ("coordinator", "lonely"),
        ("supervisor", "supporter"),
        ("supporter", "supporter"),
        ("sponsor", "sponsor"),
    ],
)
def test_a_membership_in_scope_can_be_read(world: World, api_for, by_name, role, target) -> None:
    response = api_for(role).get(detail(by_name[target].pk))

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == by_name[target].pk
    assert body["user"]["username"] == by_name[target].user.username
    assert body["program"] == by_name[target].program_id


@pytest.mark.parametrize(
    ("role", "target"),
    [
        ("coordinator", "outsider"),
        ("supervisor", "lonely"),
        ("supervisor", "coordinator"),
        ("supporter", "lonely"),
        ("supporter", "supervisor"),
        ("applicant", "supporter"),
        ("reviewer", "applicant"),
        ("sponsor", "supporter"),
        ("outsider", "supporter"),
        ("stranger", "coordinator"),
    ],
)
def test_a_membership_out_of_scope_is_404_not_403(world: World, api_for, by_name, role, target) -> None:
    assert_error(api_for(role).get(detail(by_name[target].pk)), 404, "not_found")


# --- Adding members --------------------------------------------------------------------------------


def test_coordinator_invites_a_new_person_into_a_role(world: World, api_for) -> None:
    response = api_for("coordinator").post(URL, new_member(world), format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    membership = Membership.objects.get(pk=body["id"])
    assert (membership.program, membership.role, membership.clinical_site) == (
        world.program,
        "supporter",
        "Dubbo Base Hospital",
    )
    assert body["user"]["username"] == "ngozi.okafor"
    assert body["user"]["name"] == "Ngozi Okafor"
    assert not membership.user.has_usable_password()
    invitation = Notification.objects.get(recipient=membership.user)
    assert invitation.kind == "invitation"


def test_coordinator_gives_an_existing_person_a_second_role(world: World, api_for) -> None:
    supporter = world.user("supporter")

    response = api_for("coordinator").post(
        URL, new_member(world, email=supporter.email.upper(), role="reviewer"), format="json"
    )

    assert response.status_code == 201, response.content
    assert set(Membership.objects.filter(user=supporter).values_list("role", flat=True)) == {
        "supporter",
        "reviewer",
    }
    assert Notification.objects.get(recipient=supporter).kind == "membership"
    assert get_user_model().objects.filter(email__iexact=supporter.email).count() == 1


@pytest.mark.parametrize("role", [*NON_COORDINATORS, *NOT_IN_PROGRAM])
def test_only_a_coordinator_of_the_program_can_add_members(world: World, api_for, role: str) -> None:
    before = row_counts()

    response = api_for(role).post(URL, new_member(world), format="json")

    assert_error(response, 400, "invalid", field="program")
    assert row_counts() == before


def test_anonymous_cannot_add_members(world: World, api_for) -> None:
    before = row_counts()
    assert_not_signed_in(api_for("anonymous").post(URL, new_member(world), format="json"))
    assert row_counts() == before


def test_coordinator_cannot_add_members_to_a_program_they_do_not_coordinate(world: World, api_for) -> None:
    before = row_counts()

    response = api_for("coordinator").post(
        URL, new_member(world, program=world.other_program.pk), format="json"
    )

    assert_error(response, 400, "invalid", field="program")
    assert row_counts() == before


def test_a_role_already_held_is_refused_naming_role_and_nothing_is_saved(world: World, api_for) -> None:
    before = row_counts()

    response = api_for("coordinator").post(
        URL, new_member(world, email=world.user("supporter").email, role="supporter"), format="json"
    )

    error = assert_error(response, 400, "invalid", field="role")
    assert "already holds the role supporter" in error["fields"]["role"][0]
    assert row_counts() == before


@pytest.mark.parametrize(
    "dates",
    [
        {"term_start": "2026-02-01", "expected_end": "2026-01-31"},
        # With no term start the term starts today, so an end in the past is before it.
        {"term_start": None, "expected_end": "2020-12-01"},
    ],
)
def test_an_expected_end_before_the_term_start_is_refused_and_nobody_is_invited(
    world, api_for, dates
) -> None:
    before = row_counts()

    response = api_for("coordinator").post(URL, new_member(world, **dates), format="json")

    assert_error(response, 400, "invalid", field="expected_end")
    assert row_counts() == before
    assert not get_user_model().objects.filter(email="ngozi.okafor@example.edu").exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"role": "superuser"}, "role"),
        ({"email": "not-an-email"}, "email"),
        ({"year_level": 9}, "year_level"),
        ({"term_start": "1 February"}, "term_start"),
        ({"status": "active"}, "status"),
    ],
)
def test_bad_member_details_are_refused_by_name(world: World, api_for, overrides, field) -> None:
    before = row_counts()

    response = api_for("coordinator").post(URL, new_member(world, **overrides), format="json")

    assert_error(response, 400, "invalid", field=field)
    assert row_counts() == before


def test_a_missing_email_is_named(world: World, api_for) -> None:
    body = new_member(world)
    del body["email"]
    assert_error(api_for("coordinator").post(URL, body, format="json"), 400, "invalid", field="email")


# --- Changing members -----------------------------------------------------------------------------


def test_coordinator_changes_a_members_placement(world: World, api_for, by_name) -> None:
    response = api_for("coordinator").patch(
        detail(by_name["lonely"].pk),
        {"clinical_site": "Orange Health Service", "year_level": 5},
        format="json",
    )

    assert response.status_code == 200, response.content
    lonely = Membership.objects.get(pk=by_name["lonely"].pk)
    assert (lonely.clinical_site, lonely.year_level) == ("Orange Health Service", 5)
    assert response.json()["clinical_site"] == "Orange Health Service"


@pytest.mark.parametrize(
    ("role", "target", "status"),
    [
        ("supervisor", "supporter", 403),
        ("supervisor", "supervisor", 403),
        ("supporter", "supporter", 403),
        ("applicant", "applicant", 403),
        ("reviewer", "reviewer", 403),
        ("sponsor", "sponsor", 403),
        ("supporter", "lonely", 404),
        ("reviewer", "supporter", 404),
        ("sponsor", "coordinator", 404),
        ("outsider", "supporter", 404),
        ("stranger", "supporter", 404),
        ("coordinator", "outsider", 404),
    ],
)
def test_only_coordinators_change_memberships_403_if_visible_404_if_not(
    world: World, api_for, by_name, role, target, status
) -> None:
    before = snapshot(by_name[target])

    response = api_for(role).patch(detail(by_name[target].pk), {"clinical_site": "Elsewhere"}, format="json")

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert snapshot(by_name[target]) == before


def test_anonymous_cannot_change_a_membership(world: World, api_for, by_name) -> None:
    before = snapshot(by_name["supporter"])
    response = api_for("anonymous").patch(detail(by_name["supporter"].pk), {"clinical_site": "Elsewhere"})
    assert_not_signed_in(response)
    assert snapshot(by_name["supporter"]) == before


def test_a_site_administrator_who_supervises_cannot_end_their_supervisees_membership(world, by_name) -> None:
    admin = UserFactory(username="siteadmin", is_superuser=True, is_staff=True)
    SupervisorAssignmentFactory(
        supporter=by_name["lonely"],
        supervisor=MembershipFactory(user=admin, program=world.program, role=Role.SUPERVISOR),
    )
    before = snapshot(by_name["lonely"])

    response = api_as(admin).patch(detail(by_name["lonely"].pk), {"status": "ended"}, format="json")

    assert_error(response, 403, "permission_denied")
    assert snapshot(by_name["lonely"]) == before


@pytest.mark.parametrize("field", ["role", "user", "program", "created_at"])
def test_who_and_where_of_a_membership_cannot_be_patched(world: World, api_for, by_name, field: str) -> None:
    before = snapshot(by_name["supporter"])

    response = api_for("coordinator").patch(
        detail(by_name["supporter"].pk), {field: by_name["coordinator"].pk}, format="json"
    )

    assert_error(response, 400, "invalid", field=field)
    assert snapshot(by_name["supporter"]) == before


def test_patching_an_expected_end_before_the_term_start_is_refused(world: World, api_for, by_name) -> None:
    before = snapshot(by_name["supporter"])

    response = api_for("coordinator").patch(
        detail(by_name["supporter"].pk),
        {"expected_end": "2026-01-01", "clinical_site": "Elsewhere"},
        format="json",
    )

    assert_error(response, 400, "invalid", field="expected_end")
    assert snapshot(by_name["supporter"]) == before


def test_a_supervisor_with_supporters_cannot_be_ended(world: World, api_for, by_name) -> None:
    before = snapshot(by_name["supervisor"])

    response = api_for("coordinator").patch(
        detail(by_name["supervisor"].pk), {"status": "ended"}, format="json"
    )

    error = assert_error(response, 400, "invalid", field="status")
    assert "still supervises 1 supporter" in error["message"]
    assert snapshot(by_name["supervisor"]) == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_memberships_cannot_be_replaced_or_deleted(world: World, api_for, by_name, method: str) -> None:
    before = snapshot(by_name["lonely"])

    response = getattr(api_for("coordinator"), method)(
        detail(by_name["lonely"].pk), {"clinical_site": "Elsewhere"}, format="json"
    )

    assert_error(response, 405, "method_not_allowed")
    assert snapshot(by_name["lonely"]) == before
