"""/api/v1/key-roles/, successors/, handover-tasks/, documents/ and the program-level runway, continuity
and PDF endpoints: role × outcome, bad input, nothing stored on refusal, query counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import AuditEvent, Role
from succession import services
from succession.models import (
    ChecklistItem,
    DevelopmentAction,
    Document,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    Successor,
)
from tests.api.helpers import (
    SIGNED_IN,
    api_as,
    assert_error,
    assert_not_signed_in,
    result_ids,
)
from tests.conftest import World
from tests.factories import (
    DocumentFactory,
    KeyRoleFactory,
    KeyRoleHolderFactory,
    MembershipFactory,
    SuccessorFactory,
)

KEY_ROLES = "/api/v1/key-roles/"
SUCCESSORS = "/api/v1/successors/"
TASKS = "/api/v1/handover-tasks/"
DOCUMENTS = "/api/v1/documents/"

# Everyone doing program work sees key roles and documents; applicants and sponsors do not.
PROGRAM_PEOPLE = {"coordinator", "supervisor", "supporter", "reviewer"}
# Signed in but refused every write: they either see the object (and the service refuses) or do not.
NOT_COORDINATORS = [role for role in SIGNED_IN if role != "coordinator"]

MARKDOWN = b"# Program handbook\n\nWho to call, and when.\n"


def today() -> date:
    return timezone.localdate()


def markdown(name: str = "handbook.md", content: bytes = MARKDOWN) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/markdown")


def stored_rows() -> dict[str, int]:
    """Rows of everything a succession change could write, to show a refusal stored nothing."""
    models: tuple[Any, ...] = (
        KeyRole,
        KeyRoleHolder,
        ChecklistItem,
        Successor,
        DevelopmentAction,
        Handover,
        HandoverTask,
        Document,
        DocumentVersion,
        AuditEvent,
    )
    return {model.__name__: model.objects.count() for model in models}


def stored_records() -> dict[str, list[Any]]:
    """Every succession row as stored (version contents left out), to show a refusal changed nothing."""
    models: tuple[Any, ...] = (
        KeyRole,
        KeyRoleHolder,
        ChecklistItem,
        Successor,
        DevelopmentAction,
        Handover,
        HandoverTask,
        Document,
        AuditEvent,
    )
    records: dict[str, list[Any]] = {
        model.__name__: list(model.objects.order_by("pk").values()) for model in models
    }
    records["DocumentVersion"] = list(
        DocumentVersion.objects.order_by("pk").values_list("pk", "document_id", "number", "note")
    )
    return records


@pytest.fixture
def role(world: World) -> KeyRole:
    """The program's roster lead, held by the coordinator, with a two-line checklist."""
    made = KeyRoleFactory(program=world.program, name="Roster lead", kind="roster_lead")
    ChecklistItem.objects.create(key_role=made, order=1, text="Walk through shift templates")
    ChecklistItem.objects.create(key_role=made, order=2, text="Publish a roster together")
    KeyRoleHolderFactory(key_role=made, membership=world.members[Role.COORDINATOR])
    return made


@pytest.fixture
def holder(role: KeyRole) -> KeyRoleHolder:
    return role.holders.get()


@pytest.fixture
def elsewhere(world: World) -> KeyRole:
    """A key role of the other program, which only the outsider (its coordinator) may see."""
    return KeyRoleFactory(program=world.other_program, name="Training lead")


@pytest.fixture
def successor(world: World, role: KeyRole) -> Successor:
    """The supporter, nominated for the roster lead, with one development action."""
    made = SuccessorFactory(
        key_role=role,
        membership=world.members[Role.SUPPORTER],
        readiness="within_6_months",
        notes="Needs one more roster run.",
        nominated_by=world.user(Role.COORDINATOR),
    )
    DevelopmentAction.objects.create(
        successor=made, kind="shadowing", description="Shadow a roster run", due_on=today() + timedelta(30)
    )
    return made


@pytest.fixture
def handover(world: World, role: KeyRole) -> Handover:
    """The reviewer hands the roster lead to the supporter."""
    return services.start_handover(
        role,
        by=world.user(Role.COORDINATOR),
        to_membership=world.members[Role.SUPPORTER],
        from_membership=world.members[Role.REVIEWER],
    )


@pytest.fixture
def document(world: World) -> Document:
    """The handbook, owned by the supporter, with two versions."""
    return DocumentFactory(
        program=world.program, title="Handbook", owner=world.members[Role.SUPPORTER], versions=2
    )


# --- Anonymous callers ---------------------------------------------------------------------------------


ENDPOINTS = [
    ("get", KEY_ROLES),
    ("post", KEY_ROLES),
    ("get", f"{KEY_ROLES}1/"),
    ("patch", f"{KEY_ROLES}1/"),
    ("delete", f"{KEY_ROLES}1/"),
    ("post", f"{KEY_ROLES}1/holders/"),
    ("post", f"{KEY_ROLES}1/holders/1/end/"),
    ("patch", f"{KEY_ROLES}1/holders/1/"),
    ("put", f"{KEY_ROLES}1/checklist/"),
    ("post", f"{KEY_ROLES}1/handovers/"),
    ("get", SUCCESSORS),
    ("post", SUCCESSORS),
    ("get", f"{SUCCESSORS}1/"),
    ("patch", f"{SUCCESSORS}1/"),
    ("delete", f"{SUCCESSORS}1/"),
    ("post", f"{SUCCESSORS}1/actions/"),
    ("post", f"{SUCCESSORS}1/actions/1/done/"),
    ("get", TASKS),
    ("get", f"{TASKS}1/"),
    ("patch", f"{TASKS}1/"),
    ("get", DOCUMENTS),
    ("post", DOCUMENTS),
    ("get", f"{DOCUMENTS}1/"),
    ("patch", f"{DOCUMENTS}1/"),
    ("post", f"{DOCUMENTS}1/versions/"),
    ("post", f"{DOCUMENTS}1/reviewed/"),
    ("get", f"{DOCUMENTS}1/versions/1/file/"),
    ("get", "/api/v1/programs/1/runway/"),
    ("get", "/api/v1/programs/1/continuity/"),
    ("get", "/api/v1/programs/1/handover-pack.pdf"),
    ("get", "/api/v1/programs/1/report.pdf?from=2026-01-01&to=2026-06-30"),
]


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_callers_are_refused_in_the_error_format(api_for, method: str, url: str) -> None:
    assert_not_signed_in(getattr(api_for("anonymous"), method)(url))


# --- Key roles: reading --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", SIGNED_IN)
def test_key_roles_are_listed_to_the_people_doing_program_work(
    world: World, api_for, role: KeyRole, elsewhere: KeyRole, who: str
) -> None:
    response = api_for(who).get(KEY_ROLES)
    expected = [role.pk] if who in PROGRAM_PEOPLE else [elsewhere.pk] if who == "outsider" else []
    assert result_ids(response) == expected
    if expected == [role.pk]:
        row = response.json()["results"][0]
        coordinator = world.members[Role.COORDINATOR]
        assert [(h["membership"], h["name"]) for h in row["holders"]] == [
            (coordinator.pk, coordinator.display_name)
        ]
        assert row["holders"][0]["term_ends_on"] is not None
        # The handover checklist template is the coordinators' (docs/permissions.md), as on the pages.
        if who == "coordinator":
            assert [item["text"] for item in row["checklist"]] == [
                "Walk through shift templates",
                "Publish a roster together",
            ]
        else:
            assert row["checklist"] is None
    elif expected == [elsewhere.pk]:
        # The outsider coordinates the other program, so sees its role's (empty) checklist.
        assert response.json()["results"][0]["checklist"] == []


@pytest.mark.parametrize("who", sorted(PROGRAM_PEOPLE))
def test_a_key_roles_checklist_is_shown_only_to_its_programs_coordinators(
    api_for, role: KeyRole, who: str
) -> None:
    response = api_for(who).get(f"{KEY_ROLES}{role.pk}/")
    assert response.status_code == 200, response.content
    checklist = response.json()["checklist"]
    if who == "coordinator":
        assert [(item["order"], item["text"]) for item in checklist] == [
            (1, "Walk through shift templates"),
            (2, "Publish a roster together"),
        ]
    else:
        assert checklist is None


def test_checklists_follow_the_program_you_coordinate_not_any_program(
    world: World, role: KeyRole, elsewhere: KeyRole
) -> None:
    # The other program's coordinator also supervises here: they see that program's checklist only.
    MembershipFactory(program=world.program, role=Role.SUPERVISOR, user=world.outsider.user)
    ChecklistItem.objects.create(key_role=elsewhere, order=1, text="Hand over the course materials")
    rows = {row["id"]: row for row in api_as(world.outsider.user).get(KEY_ROLES).json()["results"]}
    assert set(rows) == {role.pk, elsewhere.pk}
    assert rows[role.pk]["checklist"] is None
    assert [item["text"] for item in rows[elsewhere.pk]["checklist"]] == ["Hand over the course materials"]


@pytest.mark.parametrize("who", SIGNED_IN)
def test_one_key_role_is_404_outside_program_work(api_for, role: KeyRole, who: str) -> None:
    response = api_for(who).get(f"{KEY_ROLES}{role.pk}/")
    if who in PROGRAM_PEOPLE:
        assert response.status_code == 200
        assert response.json()["name"] == "Roster lead"
    else:
        assert_error(response, 404, "not_found")


def test_ended_holdings_drop_out_of_the_holders(
    world: World, api_for, role: KeyRole, holder: KeyRoleHolder
) -> None:
    KeyRoleHolder.objects.filter(pk=holder.pk).update(ended_on=today())
    assert api_for("supporter").get(f"{KEY_ROLES}{role.pk}/").json()["holders"] == []


def test_key_roles_filter_by_program(world: World, role: KeyRole) -> None:
    # A coordinator of both programs sees both roles and can narrow the list to one.
    both = MembershipFactory(
        program=world.other_program, role=Role.COORDINATOR, user=world.user("coordinator")
    )
    other = KeyRoleFactory(program=both.program)
    client = api_as(world.user("coordinator"))
    assert result_ids(client.get(KEY_ROLES)) == sorted([role.pk, other.pk])
    assert result_ids(client.get(KEY_ROLES, {"program": world.program.pk})) == [role.pk]


# --- Key roles: writing ---------------------------------------------------------------------------------


def test_a_coordinator_adds_a_key_role_with_its_template_checklist(world: World, api_for) -> None:
    response = api_for("coordinator").post(
        KEY_ROLES,
        {
            "program": world.program.pk,
            "name": "Training lead",
            "kind": "training_lead",
            "description": "MHFA",
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["kind"] == "training_lead" and body["holders"] == []
    assert [item["text"] for item in body["checklist"]] == list(services.DEFAULT_CHECKLISTS["training_lead"])


@pytest.mark.parametrize("who", NOT_COORDINATORS)
def test_only_coordinators_add_key_roles(world: World, api_for, who: str) -> None:
    before = stored_rows()
    response = api_for(who).post(KEY_ROLES, {"program": world.program.pk, "name": "Training lead"})
    assert_error(response, 404, "not_found")
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "Roster lead"}, "name"),  # already taken, whatever the case
        ({"name": "roster LEAD"}, "name"),
        ({"name": ""}, "name"),
        ({"name": "Outreach lead", "kind": "overlord"}, "kind"),
        ({"name": "Outreach lead", "colour": "red"}, "colour"),
    ],
)
def test_bad_key_roles_are_refused_naming_the_field(
    world: World, api_for, role: KeyRole, body: dict, field: str
) -> None:
    before = stored_rows()
    response = api_for("coordinator").post(KEY_ROLES, {"program": world.program.pk, **body})
    assert_error(response, 400, "invalid", field=field)
    assert stored_rows() == before


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_change_key_roles(api_for, role: KeyRole, who: str, expected: int) -> None:
    response = api_for(who).patch(f"{KEY_ROLES}{role.pk}/", {"name": "Rosters", "description": "Shifts"})
    assert response.status_code == expected, response.content
    role.refresh_from_db()
    assert role.name == ("Rosters" if expected == 200 else "Roster lead")


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 204), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_remove_key_roles(api_for, role: KeyRole, who: str, expected: int) -> None:
    response = api_for(who).delete(f"{KEY_ROLES}{role.pk}/")
    assert response.status_code == expected, response.content
    assert KeyRole.objects.filter(pk=role.pk).exists() == (expected != 204)


# --- Holders ----------------------------------------------------------------------------------------------


def holder_body(world: World, **overrides: object) -> dict[str, object]:
    return {
        "membership": world.members[Role.SUPERVISOR].pk,
        "starts_on": today().isoformat(),
        "term_ends_on": (today() + timedelta(days=365)).isoformat(),
        **overrides,
    }


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 201), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_assign_holders(
    world: World, api_for, role: KeyRole, who: str, expected: int
) -> None:
    response = api_for(who).post(f"{KEY_ROLES}{role.pk}/holders/", holder_body(world))
    assert response.status_code == expected, response.content
    supervisor = world.members[Role.SUPERVISOR]
    assert role.holders.filter(membership=supervisor).exists() == (expected == 201)
    if expected == 201:
        assert response.json()["name"] == supervisor.display_name


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"term_ends_on": (today() - timedelta(days=1)).isoformat()}, "term_ends_on"),
        ({"starts_on": "next Tuesday"}, "starts_on"),
        ({"starts_on": None}, "starts_on"),
    ],
)
def test_bad_terms_are_refused_naming_the_field(
    world: World, api_for, role: KeyRole, overrides: dict, field: str
) -> None:
    before = stored_rows()
    response = api_for("coordinator").post(f"{KEY_ROLES}{role.pk}/holders/", holder_body(world, **overrides))
    assert_error(response, 400, "invalid", field=field)
    assert stored_rows() == before


def test_a_term_ending_before_it_starts_is_refused_with_a_clear_message(
    world: World, api_for, role: KeyRole
) -> None:
    response = api_for("coordinator").post(
        f"{KEY_ROLES}{role.pk}/holders/",
        holder_body(world, starts_on="2026-09-01", term_ends_on="2026-08-31"),
    )
    error = assert_error(response, 400, "invalid", field="term_ends_on")
    assert error["fields"]["term_ends_on"] == ["The term cannot end before it starts."]


@pytest.mark.parametrize("member", ["sponsor", "applicant", "outsider"])
def test_only_current_program_people_hold_key_roles(
    world: World, api_for, role: KeyRole, member: str
) -> None:
    membership = world.outsider if member == "outsider" else world.members[member]
    before = stored_rows()
    response = api_for("coordinator").post(
        f"{KEY_ROLES}{role.pk}/holders/", holder_body(world, membership=membership.pk)
    )
    assert_error(response, 400, "invalid", field="membership")
    assert stored_rows() == before


def test_a_current_holder_cannot_be_assigned_twice(world: World, api_for, role: KeyRole) -> None:
    response = api_for("coordinator").post(
        f"{KEY_ROLES}{role.pk}/holders/", holder_body(world, membership=world.members[Role.COORDINATOR].pk)
    )
    assert_error(response, 400, "invalid", field="membership")
    assert role.holders.count() == 1


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_change_a_term(
    api_for, role: KeyRole, holder: KeyRoleHolder, who: str, expected: int
) -> None:
    new_end = today() + timedelta(days=90)
    response = api_for(who).patch(
        f"{KEY_ROLES}{role.pk}/holders/{holder.pk}/", {"term_ends_on": new_end.isoformat()}
    )
    assert response.status_code == expected, response.content
    holder.refresh_from_db()
    assert (holder.term_ends_on == new_end) == (expected == 200)


def test_a_term_can_be_left_open_and_cannot_end_before_it_starts(
    api_for, role: KeyRole, holder: KeyRoleHolder
) -> None:
    client = api_for("coordinator")
    url = f"{KEY_ROLES}{role.pk}/holders/{holder.pk}/"
    assert client.patch(url, {"term_ends_on": None}).json()["term_ends_on"] is None
    early = (holder.starts_on - timedelta(days=1)).isoformat()
    assert_error(client.patch(url, {"term_ends_on": early}), 400, "invalid", field="term_ends_on")
    holder.refresh_from_db()
    assert holder.term_ends_on is None


def test_a_holder_of_another_role_is_404(world: World, api_for, role: KeyRole) -> None:
    other = KeyRoleHolderFactory(key_role=KeyRoleFactory(program=world.program))
    response = api_for("coordinator").post(f"{KEY_ROLES}{role.pk}/holders/{other.pk}/end/", {})
    assert_error(response, 404, "not_found")


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_end_a_holding(
    api_for, role: KeyRole, holder: KeyRoleHolder, who: str, expected: int
) -> None:
    response = api_for(who).post(f"{KEY_ROLES}{role.pk}/holders/{holder.pk}/end/", {})
    assert response.status_code == expected, response.content
    holder.refresh_from_db()
    assert (holder.ended_on == today()) == (expected == 200)


def test_a_holding_ends_once_and_not_before_it_starts(api_for, role: KeyRole, holder: KeyRoleHolder) -> None:
    client = api_for("coordinator")
    url = f"{KEY_ROLES}{role.pk}/holders/{holder.pk}/end/"
    too_early = (holder.starts_on - timedelta(days=1)).isoformat()
    assert_error(client.post(url, {"ended_on": too_early}), 400, "invalid", field="ended_on")
    assert client.post(url, {"ended_on": today().isoformat()}).status_code == 200
    assert_error(client.post(url, {}), 400, "invalid", field="ended_on")


# --- Checklists and handovers ----------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_replace_a_checklist(api_for, role: KeyRole, who: str, expected: int) -> None:
    response = api_for(who).put(
        f"{KEY_ROLES}{role.pk}/checklist/", {"items": ["Hand over keys", " ", "Say hi"]}
    )
    assert response.status_code == expected, response.content
    texts = list(role.checklist.values_list("text", flat=True))
    if expected == 200:
        assert texts == ["Hand over keys", "Say hi"]
        assert [item["text"] for item in response.json()["checklist"]] == texts
    else:
        assert texts == ["Walk through shift templates", "Publish a roster together"]


@pytest.mark.parametrize(("items", "field"), [([], "items"), ([" "], "items"), (["x" * 201], "items")])
def test_an_empty_or_overlong_checklist_is_refused(api_for, role: KeyRole, items: list, field: str) -> None:
    response = api_for("coordinator").put(f"{KEY_ROLES}{role.pk}/checklist/", {"items": items})
    assert_error(response, 400, "invalid", field=field)
    assert role.checklist.count() == 2


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 201), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_start_a_handover(
    world: World, api_for, role: KeyRole, who: str, expected: int
) -> None:
    response = api_for(who).post(
        f"{KEY_ROLES}{role.pk}/handovers/",
        {
            "to_membership": world.members[Role.SUPPORTER].pk,
            "from_membership": world.members[Role.COORDINATOR].pk,
        },
    )
    assert response.status_code == expected, response.content
    assert Handover.objects.exists() == (expected == 201)
    if expected == 201:
        body = response.json()
        assert body["progress"] == {"done": 0, "total": 2, "percent": 0}
        assert [(t["text"], t["done"]) for t in body["tasks"]] == [
            ("Walk through shift templates", False),
            ("Publish a roster together", False),
        ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"to_membership": "sponsor"}, "to_membership"),
        ({"to_membership": "outsider"}, "to_membership"),
        ({"to_membership": "supporter", "from_membership": "outsider"}, "from_membership"),
        ({"to_membership": "supporter", "from_membership": "supporter"}, "to_membership"),
    ],
)
def test_a_handover_needs_two_program_people(
    world: World, api_for, role: KeyRole, body: dict[str, str], field: str
) -> None:
    ids = {key: (world.outsider if who == "outsider" else world.members[who]).pk for key, who in body.items()}
    before = stored_rows()
    assert_error(
        api_for("coordinator").post(f"{KEY_ROLES}{role.pk}/handovers/", ids), 400, "invalid", field=field
    )
    assert stored_rows() == before


def test_a_role_without_a_checklist_cannot_be_handed_over(world: World, api_for, role: KeyRole) -> None:
    role.checklist.all().delete()
    response = api_for("coordinator").post(
        f"{KEY_ROLES}{role.pk}/handovers/", {"to_membership": world.members[Role.SUPPORTER].pk}
    )
    assert_error(response, 400, "invalid", field="key_role")


# --- Successors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", SIGNED_IN)
def test_successors_are_seen_by_coordinators_and_the_nominee(api_for, successor: Successor, who: str) -> None:
    response = api_for(who).get(SUCCESSORS)
    sees = who in ("coordinator", "supporter")
    assert result_ids(response) == ([successor.pk] if sees else [])
    if sees:
        row = response.json()["results"][0]
        assert row["readiness"] == "within_6_months" and row["key_role_name"] == "Roster lead"
        assert [action["description"] for action in row["actions"]] == ["Shadow a roster run"]
        # As on the pages, the coordinators' notes are theirs: the nominee does not read them.
        assert row["notes"] == ("Needs one more roster run." if who == "coordinator" else None)
    detail = api_for(who).get(f"{SUCCESSORS}{successor.pk}/")
    if sees:
        assert detail.status_code == 200
    else:
        assert_error(detail, 404, "not_found")


def test_successors_filter_by_key_role_and_program(
    world: World, api_for, role: KeyRole, successor: Successor
) -> None:
    client = api_for("coordinator")
    other_role = KeyRoleFactory(program=world.program)
    other = SuccessorFactory(key_role=other_role, membership=world.unsupervised)
    assert result_ids(client.get(SUCCESSORS, {"key_role": role.pk})) == [successor.pk]
    assert result_ids(client.get(SUCCESSORS, {"program": world.program.pk})) == sorted(
        [successor.pk, other.pk]
    )
    assert result_ids(client.get(SUCCESSORS, {"program": world.other_program.pk})) == []


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 201), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_nominate_successors(
    world: World, api_for, role: KeyRole, who: str, expected: int
) -> None:
    response = api_for(who).post(
        SUCCESSORS,
        {
            "key_role": role.pk,
            "membership": world.members[Role.SUPERVISOR].pk,
            "readiness": "ready_now",
            "notes": "Ran the roster last term.",
        },
    )
    assert response.status_code == expected, response.content
    assert Successor.objects.exists() == (expected == 201)
    if expected == 201:
        body = response.json()
        assert body["readiness"] == "ready_now" and body["actions"] == []
        assert body["notes"] == "Ran the roster last term."


@pytest.mark.parametrize("member", ["sponsor", "applicant", "outsider"])
def test_a_successor_who_is_not_a_program_member_is_refused(
    world: World, api_for, role: KeyRole, member: str
) -> None:
    membership = world.outsider if member == "outsider" else world.members[member]
    before = stored_rows()
    response = api_for("coordinator").post(SUCCESSORS, {"key_role": role.pk, "membership": membership.pk})
    assert_error(response, 400, "invalid", field="membership")
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"readiness": "someday"}, "readiness"),
        ({"membership": "coordinator"}, "membership"),  # already holds the role
        ({"membership": "supporter"}, "membership"),  # already nominated
    ],
)
def test_bad_nominations_name_the_field(
    world: World, api_for, role: KeyRole, successor: Successor, body: dict, field: str
) -> None:
    data: dict[str, object] = {"key_role": role.pk, "membership": world.members[Role.REVIEWER].pk, **body}
    if isinstance(data["membership"], str):
        data["membership"] = world.members[str(data["membership"])].pk
    before = stored_rows()
    assert_error(api_for("coordinator").post(SUCCESSORS, data), 400, "invalid", field=field)
    assert stored_rows() == before


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_change_readiness(api_for, successor: Successor, who: str, expected: int) -> None:
    response = api_for(who).patch(
        f"{SUCCESSORS}{successor.pk}/", {"readiness": "ready_now", "notes": "Ready."}
    )
    assert response.status_code == expected, response.content
    successor.refresh_from_db()
    assert (successor.readiness == "ready_now") == (expected == 200)


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 204), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_withdraw_a_nomination(
    api_for, successor: Successor, who: str, expected: int
) -> None:
    response = api_for(who).delete(f"{SUCCESSORS}{successor.pk}/")
    assert response.status_code == expected, response.content
    assert Successor.objects.filter(pk=successor.pk).exists() == (expected != 204)


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 201), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_add_development_actions(
    api_for, successor: Successor, who: str, expected: int
) -> None:
    body = {
        "kind": "training",
        "description": "Roster training",
        "due_on": (today() + timedelta(60)).isoformat(),
    }
    response = api_for(who).post(f"{SUCCESSORS}{successor.pk}/actions/", body)
    assert response.status_code == expected, response.content
    assert successor.actions.count() == (2 if expected == 201 else 1)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "osmosis", "description": "Absorb it", "due_on": "2026-10-01"}, "kind"),
        ({"kind": "training", "description": "", "due_on": "2026-10-01"}, "description"),
        ({"kind": "training", "description": "Course", "due_on": "soon"}, "due_on"),
    ],
)
def test_bad_development_actions_name_the_field(
    api_for, successor: Successor, body: dict, field: str
) -> None:
    response = api_for("coordinator").post(f"{SUCCESSORS}{successor.pk}/actions/", body)
    assert_error(response, 400, "invalid", field=field)
    assert successor.actions.count() == 1


@pytest.mark.parametrize(
    ("who", "expected"), [(w, 200 if w in ("coordinator", "supporter") else 404) for w in SIGNED_IN]
)
def test_the_coordinator_or_the_successor_marks_an_action_done(
    api_for, successor: Successor, who: str, expected: int
) -> None:
    action = successor.actions.get()
    response = api_for(who).post(f"{SUCCESSORS}{successor.pk}/actions/{action.pk}/done/", {})
    assert response.status_code == expected, response.content
    action.refresh_from_db()
    assert (action.done_on == today()) == (expected == 200)


# --- Handover tasks -------------------------------------------------------------------------------------


# The coordinator, the giver (reviewer) and the receiver (supporter) see and tick the tasks.
IN_THE_HANDOVER = {"coordinator", "reviewer", "supporter"}


@pytest.mark.parametrize("who", SIGNED_IN)
def test_handover_tasks_are_seen_by_coordinators_and_both_sides(
    api_for, handover: Handover, who: str
) -> None:
    response = api_for(who).get(TASKS)
    tasks = sorted(handover.tasks.values_list("pk", flat=True))
    assert result_ids(response) == (tasks if who in IN_THE_HANDOVER else [])
    if who in IN_THE_HANDOVER:
        row = response.json()["results"][0]
        assert row["handover_progress"] == {"done": 0, "total": 2, "percent": 0}
        assert row["key_role_name"] == "Roster lead" and row["done"] is False


@pytest.mark.parametrize(("who", "expected"), [(w, 200 if w in IN_THE_HANDOVER else 404) for w in SIGNED_IN])
def test_ticking_a_task_is_for_the_people_in_the_handover(
    api_for, handover: Handover, who: str, expected: int
) -> None:
    task = handover.tasks.first()
    assert task is not None
    response = api_for(who).patch(f"{TASKS}{task.pk}/", {"done": True})
    assert response.status_code == expected, response.content
    task.refresh_from_db()
    assert (task.done_at is not None) == (expected == 200)
    if expected == 200:
        assert response.json()["handover_progress"] == {"done": 1, "total": 2, "percent": 50}


def test_the_handover_completes_with_its_last_task_and_reopens_when_one_is_unticked(
    api_for, handover: Handover
) -> None:
    client = api_for("supporter")
    first, second = handover.tasks.all()
    client.patch(f"{TASKS}{first.pk}/", {"done": True})
    body = client.patch(f"{TASKS}{second.pk}/", {"done": True}).json()
    assert body["handover_progress"] == {"done": 2, "total": 2, "percent": 100}
    assert body["handover_completed_at"] is not None
    body = client.patch(f"{TASKS}{first.pk}/", {"done": False}).json()
    assert body["handover_progress"]["done"] == 1
    handover.refresh_from_db()
    assert handover.completed_at is None


@pytest.mark.parametrize("body", [{"done": "maybe"}, {}, {"done": True, "text": "Rewritten"}])
def test_a_tick_must_say_true_or_false(api_for, handover: Handover, body: dict) -> None:
    task = handover.tasks.first()
    assert task is not None
    assert_error(api_for("coordinator").patch(f"{TASKS}{task.pk}/", body), 400, "invalid")
    task.refresh_from_db()
    assert task.done_at is None and task.text == "Walk through shift templates"


def test_handover_tasks_filter_by_handover_key_role_and_program(
    world: World, api_for, role: KeyRole, handover: Handover
) -> None:
    client = api_for("coordinator")
    tasks = sorted(handover.tasks.values_list("pk", flat=True))
    assert result_ids(client.get(TASKS, {"handover": handover.pk})) == tasks
    assert result_ids(client.get(TASKS, {"key_role": role.pk})) == tasks
    assert result_ids(client.get(TASKS, {"program": world.program.pk})) == tasks
    assert result_ids(client.get(TASKS, {"program": world.other_program.pk})) == []


# --- Documents: reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", SIGNED_IN)
def test_documents_are_listed_to_program_people_with_stale_ones_flagged(
    world: World, api_for, document: Document, who: str
) -> None:
    old = DocumentFactory(
        program=world.program, title="Referral pathways", last_reviewed_on=today() - relativedelta(months=13)
    )
    response = api_for(who).get(DOCUMENTS)
    assert result_ids(response) == (sorted([document.pk, old.pk]) if who in PROGRAM_PEOPLE else [])
    if who in PROGRAM_PEOPLE:
        rows = {row["title"]: row for row in response.json()["results"]}
        assert rows["Handbook"]["stale"] is False and rows["Referral pathways"]["stale"] is True
        assert [v["number"] for v in rows["Handbook"]["versions"]] == [2, 1]
        assert "content" not in rows["Handbook"]["versions"][0]


@pytest.mark.parametrize("who", SIGNED_IN)
def test_a_version_downloads_as_an_attachment_for_program_people(
    api_for, document: Document, who: str
) -> None:
    response = api_for(who).get(f"{DOCUMENTS}{document.pk}/versions/1/file/")
    if who not in PROGRAM_PEOPLE:
        assert_error(response, 404, "not_found")
        return
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Version 1 of Handbook.\n"
    assert response["Content-Type"] == "text/markdown"
    assert response["Content-Disposition"] == 'attachment; filename="handbook.md"'


def test_a_download_asking_for_the_stored_type_gets_it_and_refusals_stay_json(
    api_for, document: Document
) -> None:
    client = api_for("supporter")
    found = client.get(f"{DOCUMENTS}{document.pk}/versions/2/file/", HTTP_ACCEPT="text/markdown")
    assert found.status_code == 200
    assert b"".join(found.streaming_content) == b"Version 2 of Handbook.\n"
    missing = client.get(f"{DOCUMENTS}{document.pk}/versions/3/file/", HTTP_ACCEPT="application/pdf")
    assert_error(missing, 404, "not_found")


def test_a_version_of_another_document_is_not_served(world: World, api_for, document: Document) -> None:
    hidden = DocumentFactory(program=world.other_program)
    response = api_for("coordinator").get(f"{DOCUMENTS}{hidden.pk}/versions/1/file/")
    assert_error(response, 404, "not_found")


def test_documents_filter_by_program_and_kind(world: World, api_for, document: Document) -> None:
    rubric = DocumentFactory(program=world.program, kind="selection_rubric")
    client = api_for("supervisor")
    assert result_ids(client.get(DOCUMENTS, {"kind": "selection_rubric"})) == [rubric.pk]
    assert result_ids(client.get(DOCUMENTS, {"program": world.other_program.pk})) == []


# --- Documents: writing ------------------------------------------------------------------------------------


def document_body(world: World, **overrides: object) -> dict[str, object]:
    return {
        "program": world.program.pk,
        "title": "Local contacts",
        "kind": "local_contacts",
        "owner": world.members[Role.SUPERVISOR].pk,
        "file": markdown("contacts.md"),
        "note": "First cut",
        **overrides,
    }


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 201), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_add_documents(world: World, api_for, who: str, expected: int) -> None:
    before = stored_rows()
    response = api_for(who).post(DOCUMENTS, document_body(world), format="multipart")
    assert response.status_code == expected, response.content
    if expected != 201:
        assert stored_rows() == before
        return
    body = response.json()
    assert body["title"] == "Local contacts" and body["stale"] is False
    assert body["last_reviewed_on"] == world.program.today().isoformat()
    assert [(v["number"], v["filename"], v["content_type"], v["note"]) for v in body["versions"]] == [
        (1, "contacts.md", "text/markdown", "First cut")
    ]
    assert DocumentVersion.objects.get().content == MARKDOWN


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("setup.exe", b"MZ\x90\x00", content_type="application/octet-stream"),
            "Upload a PDF",
        ),
        (
            SimpleUploadedFile("handbook.pdf", b"not really a pdf", content_type="application/pdf"),
            "not a .pdf",
        ),
        (SimpleUploadedFile("notes.txt", b"\x00\x01\xff\xfe", content_type="text/plain"), "not a .txt"),
        (SimpleUploadedFile("empty.md", b"", content_type="text/markdown"), "empty"),
    ],
)
def test_a_wrong_type_of_upload_is_refused_naming_the_file_and_nothing_is_stored(
    world: World, api_for, upload: SimpleUploadedFile, message: str
) -> None:
    before = stored_rows()
    response = api_for("coordinator").post(DOCUMENTS, document_body(world, file=upload), format="multipart")
    error = assert_error(response, 400, "invalid", field="file")
    assert message in " ".join(error["fields"]["file"])
    assert stored_rows() == before


@override_settings(SUCCESSION_MAX_UPLOAD_BYTES=1024)
def test_a_too_large_upload_is_refused_naming_the_file_and_nothing_is_stored(world: World, api_for) -> None:
    before = stored_rows()
    big = markdown("big.md", b"# Big\n" + b"x" * 2000)
    response = api_for("coordinator").post(DOCUMENTS, document_body(world, file=big), format="multipart")
    assert "the limit is" in " ".join(assert_error(response, 400, "invalid", field="file")["fields"]["file"])
    assert stored_rows() == before


def test_uploads_past_djangos_in_memory_threshold_reach_the_size_check(world: World, api_for) -> None:
    # Over 2.5 MB Django spools the upload to a temporary file: the service still sees every byte.
    client = api_for("coordinator")
    limit = services.max_upload_bytes()
    ok = client.post(
        DOCUMENTS, document_body(world, file=markdown("big.md", b"x" * (3 * 1024 * 1024))), format="multipart"
    )
    assert ok.status_code == 201, ok.content
    assert ok.json()["versions"][0]["size"] == 3 * 1024 * 1024
    before = stored_rows()
    too_big = markdown("bigger.md", b"x" * (limit + 1))
    refused = client.post(DOCUMENTS, document_body(world, title="Bigger", file=too_big), format="multipart")
    assert_error(refused, 400, "invalid", field="file")
    assert stored_rows() == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "handbook"}, "title"),  # taken, whatever the case
        ({"kind": "gossip"}, "kind"),
        ({"owner": "outsider"}, "owner"),
        ({"owner": "sponsor"}, "owner"),
        ({"last_reviewed_on": "2999-01-01"}, "last_reviewed_on"),
        ({"file": "not a file"}, "file"),
    ],
)
def test_bad_documents_name_the_field_and_store_nothing(
    world: World, api_for, document: Document, overrides: dict, field: str
) -> None:
    if overrides.get("owner") == "outsider":
        overrides = {"owner": world.outsider.pk}
    elif overrides.get("owner") == "sponsor":
        overrides = {"owner": world.members[Role.SPONSOR].pk}
    before = stored_rows()
    response = api_for("coordinator").post(DOCUMENTS, document_body(world, **overrides), format="multipart")
    assert_error(response, 400, "invalid", field=field)
    assert stored_rows() == before


def test_a_missing_file_is_named(world: World, api_for) -> None:
    body = document_body(world)
    del body["file"]
    assert_error(
        api_for("coordinator").post(DOCUMENTS, body, format="multipart"), 400, "invalid", field="file"
    )
    assert not Document.objects.exists()


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_only_coordinators_change_a_documents_details(
    world: World, api_for, document: Document, who: str, expected: int
) -> None:
    response = api_for(who).patch(
        f"{DOCUMENTS}{document.pk}/", {"title": "Program handbook", "owner": world.members[Role.REVIEWER].pk}
    )
    assert response.status_code == expected, response.content
    document.refresh_from_db()
    assert (document.title == "Program handbook") == (expected == 200)
    if expected == 200:
        assert document.owner == world.members[Role.REVIEWER]


def test_a_document_owner_from_another_program_is_refused(world: World, api_for, document: Document) -> None:
    response = api_for("coordinator").patch(f"{DOCUMENTS}{document.pk}/", {"owner": world.outsider.pk})
    assert_error(response, 400, "invalid", field="owner")
    document.refresh_from_db()
    assert document.owner == world.members[Role.SUPPORTER]


# The supporter owns the handbook: they and the coordinators revise it.
REVISES = {"coordinator", "supporter"}


@pytest.mark.parametrize(("who", "expected"), [(w, 201 if w in REVISES else 404) for w in SIGNED_IN])
def test_the_owner_and_coordinators_upload_versions(
    api_for, document: Document, who: str, expected: int
) -> None:
    Document.objects.filter(pk=document.pk).update(last_reviewed_on=today() - relativedelta(months=14))
    response = api_for(who).post(
        f"{DOCUMENTS}{document.pk}/versions/", {"file": markdown(), "note": "Updated"}, format="multipart"
    )
    assert response.status_code == expected, response.content
    document.refresh_from_db()
    assert document.versions.count() == (3 if expected == 201 else 2)
    if expected == 201:
        assert response.json()["number"] == 3
        assert document.last_reviewed_on == today()  # uploading counts as a review


@override_settings(SUCCESSION_MAX_UPLOAD_BYTES=16)
def test_a_too_large_version_is_refused_and_nothing_changes(api_for, document: Document) -> None:
    before = stored_rows()
    response = api_for("supporter").post(
        f"{DOCUMENTS}{document.pk}/versions/", {"file": markdown()}, format="multipart"
    )
    assert_error(response, 400, "invalid", field="file")
    assert stored_rows() == before


@pytest.mark.parametrize(("who", "expected"), [(w, 200 if w in REVISES else 404) for w in SIGNED_IN])
def test_the_owner_and_coordinators_mark_a_document_reviewed(
    api_for, document: Document, who: str, expected: int
) -> None:
    Document.objects.filter(pk=document.pk).update(last_reviewed_on=today() - relativedelta(months=14))
    response = api_for(who).post(f"{DOCUMENTS}{document.pk}/reviewed/", {})
    assert response.status_code == expected, response.content
    document.refresh_from_db()
    assert (document.last_reviewed_on == today()) == (expected == 200)
    if expected == 200:
        assert response.json()["stale"] is False


def test_a_review_cannot_be_in_the_future(api_for, document: Document) -> None:
    tomorrow = (today() + timedelta(days=2)).isoformat()
    response = api_for("supporter").post(
        f"{DOCUMENTS}{document.pk}/reviewed/", {"last_reviewed_on": tomorrow}
    )
    assert_error(response, 400, "invalid", field="last_reviewed_on")


# --- Runway and continuity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_the_runway_is_for_coordinators(world: World, api_for, who: str, expected: int) -> None:
    response = api_for(who).get(f"/api/v1/programs/{world.program.pk}/runway/")
    if expected == 404:
        assert_error(response, 404, "not_found")
        return
    body = response.json()
    assert len(body["points"]) == 24
    assert set(body["points"][0]) == {"month", "supporters", "paused", "joining", "total", "below_minimum"}
    assert body["points"][0]["month"] == world.program.today().replace(day=1).isoformat()
    # Two supporters against the default minimum of eight: below it from this month.
    assert body["points"][0]["supporters"] == 2 and body["points"][0]["below_minimum"] is True
    assert body["minimum"] == world.program.min_active_supporters
    assert body["runway_month"] == body["points"][0]["month"] and body["months"] == 0
    assert body["recommended_intake_opens"] == world.program.today().isoformat()
    assert body["lead_weeks"] == 16 and body["shorter_than_lead_time"] is True


@pytest.mark.parametrize(("who", "expected"), [("coordinator", 200), *((w, 404) for w in NOT_COORDINATORS)])
def test_the_continuity_score_is_for_coordinators(
    world: World, api_for, role: KeyRole, who: str, expected: int
) -> None:
    response = api_for(who).get(f"/api/v1/programs/{world.program.pk}/continuity/")
    if expected == 404:
        assert_error(response, 404, "not_found")
        return
    body = response.json()
    assert 0 <= body["score"] <= 100
    assert round(sum(c["points"] for c in body["components"])) == body["score"]
    assert [c["key"] for c in body["components"]] == [
        "single_holder",
        "concentration",
        "departures",
        "stale_documents",
        "runway",
    ]
    # One holder and no successor ready now.
    [risk] = body["at_risk"]
    assert risk["key_role"] == role.pk and "one holder and no successor ready now" in risk["reasons"]
    assert [h["membership"] for h in risk["holders"]] == [world.members[Role.COORDINATOR].pk]


def test_program_views_of_a_program_you_do_not_coordinate_are_404(world: World, api_for) -> None:
    client = api_for("outsider")
    for view in ("runway/", "continuity/", "handover-pack.pdf"):
        assert_error(client.get(f"/api/v1/programs/{world.program.pk}/{view}"), 404, "not_found")


# --- Refusals come before the input is looked at ---------------------------------------------------------


# Program people who can see the records but may not change them.
SEE_BUT_MAY_NOT_CHANGE = sorted(PROGRAM_PEOPLE - {"coordinator"})


def bad_writes(
    world: World, role: KeyRole, holder: KeyRoleHolder, successor: Successor, document: Document
) -> dict[str, tuple[str, str, dict[str, Any], str]]:
    """(method, url, body, format) of each coordinator-only write with a bad body or with a membership
    id of another program (or of no program): coordinators get 400, anyone else 404."""
    foreign = world.outsider.pk
    nobody = 10**9
    supporter = world.members[Role.SUPPORTER].pk
    program = world.program.pk
    holders = f"{KEY_ROLES}{role.pk}/holders/"
    return {
        "add key role: blank name": ("post", KEY_ROLES, {"program": program, "name": ""}, "json"),
        "add key role: unknown kind and field": (
            "post",
            KEY_ROLES,
            {"program": program, "name": "Outreach lead", "kind": "overlord", "colour": "red"},
            "json",
        ),
        "change key role: blank name": ("patch", f"{KEY_ROLES}{role.pk}/", {"name": ""}, "json"),
        "change key role: read-only field": ("patch", f"{KEY_ROLES}{role.pk}/", {"program": 1}, "json"),
        "assign holder: another program's member": (
            "post",
            holders,
            holder_body(world, membership=foreign),
            "json",
        ),
        "assign holder: no such member": ("post", holders, holder_body(world, membership=nobody), "json"),
        "assign holder: bad term": ("post", holders, holder_body(world, starts_on="next Tuesday"), "json"),
        "assign holder: empty body": ("post", holders, {}, "json"),
        "change term: bad date": ("patch", f"{holders}{holder.pk}/", {"starts_on": "soon"}, "json"),
        "change term: ends before it starts": (
            "patch",
            f"{holders}{holder.pk}/",
            {"term_ends_on": (holder.starts_on - timedelta(days=1)).isoformat()},
            "json",
        ),
        "end holding: bad date": ("post", f"{holders}{holder.pk}/end/", {"ended_on": "soon"}, "json"),
        "replace checklist: empty": ("put", f"{KEY_ROLES}{role.pk}/checklist/", {"items": []}, "json"),
        "replace checklist: no items": ("put", f"{KEY_ROLES}{role.pk}/checklist/", {}, "json"),
        "start handover: to another program's member": (
            "post",
            f"{KEY_ROLES}{role.pk}/handovers/",
            {"to_membership": foreign},
            "json",
        ),
        "start handover: from another program's member": (
            "post",
            f"{KEY_ROLES}{role.pk}/handovers/",
            {"to_membership": supporter, "from_membership": foreign},
            "json",
        ),
        "start handover: empty body": ("post", f"{KEY_ROLES}{role.pk}/handovers/", {}, "json"),
        "nominate: another program's member": (
            "post",
            SUCCESSORS,
            {"key_role": role.pk, "membership": foreign},
            "json",
        ),
        "nominate: no such member": ("post", SUCCESSORS, {"key_role": role.pk, "membership": nobody}, "json"),
        "nominate: bad readiness": (
            "post",
            SUCCESSORS,
            {"key_role": role.pk, "membership": world.members[Role.SUPERVISOR].pk, "readiness": "someday"},
            "json",
        ),
        "change successor: unknown field": (
            "patch",
            f"{SUCCESSORS}{successor.pk}/",
            {"membership": foreign},
            "json",
        ),
        "add development action: bad body": (
            "post",
            f"{SUCCESSORS}{successor.pk}/actions/",
            {"kind": "osmosis"},
            "json",
        ),
        "add document: another program's owner": (
            "post",
            DOCUMENTS,
            document_body(world, owner=foreign),
            "multipart",
        ),
        "add document: no such owner": ("post", DOCUMENTS, document_body(world, owner=nobody), "multipart"),
        "add document: no file": (
            "post",
            DOCUMENTS,
            {"program": program, "title": "Local contacts", "kind": "local_contacts", "owner": supporter},
            "multipart",
        ),
        "change document: another program's owner": (
            "patch",
            f"{DOCUMENTS}{document.pk}/",
            {"owner": foreign},
            "json",
        ),
        "change document: no such owner": ("patch", f"{DOCUMENTS}{document.pk}/", {"owner": nobody}, "json"),
        "change document: blank title and unknown field": (
            "patch",
            f"{DOCUMENTS}{document.pk}/",
            {"title": "", "colour": "red"},
            "json",
        ),
    }


BAD_WRITES = [
    "add key role: blank name",
    "add key role: unknown kind and field",
    "change key role: blank name",
    "change key role: read-only field",
    "assign holder: another program's member",
    "assign holder: no such member",
    "assign holder: bad term",
    "assign holder: empty body",
    "change term: bad date",
    "change term: ends before it starts",
    "end holding: bad date",
    "replace checklist: empty",
    "replace checklist: no items",
    "start handover: to another program's member",
    "start handover: from another program's member",
    "start handover: empty body",
    "nominate: another program's member",
    "nominate: no such member",
    "nominate: bad readiness",
    "change successor: unknown field",
    "add development action: bad body",
    "add document: another program's owner",
    "add document: no such owner",
    "add document: no file",
    "change document: another program's owner",
    "change document: no such owner",
    "change document: blank title and unknown field",
]


def test_every_bad_write_is_covered(
    world: World, role: KeyRole, holder: KeyRoleHolder, successor: Successor, document: Document
) -> None:
    assert sorted(bad_writes(world, role, holder, successor, document)) == sorted(BAD_WRITES)


@pytest.mark.parametrize("case", BAD_WRITES)
@pytest.mark.parametrize("who", ["coordinator", *SEE_BUT_MAY_NOT_CHANGE])
def test_coordinator_only_writes_answer_others_404_whatever_they_send(
    world: World,
    api_for,
    role: KeyRole,
    holder: KeyRoleHolder,
    successor: Successor,
    document: Document,
    who: str,
    case: str,
) -> None:
    # The supporter is also the nominee and the document's owner: neither lets them make these changes.
    # A refusal that turned on the body would tell them which membership ids the program has.
    method, url, body, form = bad_writes(world, role, holder, successor, document)[case]
    before = stored_records()
    response = getattr(api_for(who), method)(url, body, format=form)
    if who == "coordinator":
        assert_error(response, 400, "invalid")
    else:
        assert_error(response, 404, "not_found")
    assert stored_records() == before


@pytest.mark.parametrize("who", SEE_BUT_MAY_NOT_CHANGE)
def test_a_good_and_a_bad_membership_id_get_the_same_404(
    world: World, api_for, role: KeyRole, document: Document, who: str
) -> None:
    client = api_for(who)
    before = stored_records()
    for membership in (world.members[Role.SUPERVISOR].pk, world.outsider.pk, 10**9):
        assert_error(
            client.post(f"{KEY_ROLES}{role.pk}/holders/", holder_body(world, membership=membership)),
            404,
            "not_found",
        )
        assert_error(client.patch(f"{DOCUMENTS}{document.pk}/", {"owner": membership}), 404, "not_found")
    assert stored_records() == before


@pytest.mark.parametrize(("who", "expected"), [(w, 400 if w in IN_THE_HANDOVER else 404) for w in SIGNED_IN])
def test_a_bad_tick_is_404_to_anyone_outside_the_handover(
    api_for, handover: Handover, who: str, expected: int
) -> None:
    task = handover.tasks.first()
    assert task is not None
    before = stored_records()
    response = api_for(who).patch(f"{TASKS}{task.pk}/", {"done": "maybe"})
    assert_error(response, expected, "invalid" if expected == 400 else "not_found")
    assert stored_records() == before


@pytest.mark.parametrize(
    ("who", "expected"), [(w, 400 if w in ("coordinator", "supporter") else 404) for w in SIGNED_IN]
)
def test_a_bad_done_date_is_404_to_anyone_but_coordinators_and_the_nominee(
    api_for, successor: Successor, who: str, expected: int
) -> None:
    action = successor.actions.get()
    before = stored_records()
    response = api_for(who).post(f"{SUCCESSORS}{successor.pk}/actions/{action.pk}/done/", {"done_on": "soon"})
    assert_error(response, expected, "invalid" if expected == 400 else "not_found")
    assert stored_records() == before


@pytest.mark.parametrize("endpoint", ["versions", "reviewed"])
@pytest.mark.parametrize(("who", "expected"), [(w, 400 if w in REVISES else 404) for w in SIGNED_IN])
def test_a_bad_version_or_review_is_404_to_anyone_but_the_owner_and_coordinators(
    api_for, document: Document, endpoint: str, who: str, expected: int
) -> None:
    client = api_for(who)
    before = stored_records()
    if endpoint == "versions":
        response = client.post(f"{DOCUMENTS}{document.pk}/versions/", {"note": "No file"}, format="multipart")
    else:
        response = client.post(f"{DOCUMENTS}{document.pk}/reviewed/", {"last_reviewed_on": "soon"})
    assert_error(response, expected, "invalid" if expected == 400 else "not_found")
    assert stored_records() == before


# --- Query counts ----------------------------------------------------------------------------------------


def count_queries(client: Any, url: str) -> tuple[list[str], int]:
    """(the SQL, rows listed) of one GET, after a first GET warms process-wide caches (content types)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries], response.json()["count"]


def add_key_roles(world: World, count: int) -> None:
    for _ in range(count):
        made = KeyRoleFactory(program=world.program)
        ChecklistItem.objects.create(key_role=made, order=1, text="Hand over")
        KeyRoleHolderFactory(key_role=made)
        KeyRoleHolderFactory(key_role=made, ended_on=today())


@pytest.mark.parametrize("who", ["supervisor", "coordinator"])
def test_the_key_role_list_runs_a_constant_number_of_queries(world: World, api_for, who: str) -> None:
    client = api_for(who)
    add_key_roles(world, 2)
    few, rows = count_queries(client, KEY_ROLES)
    assert rows == 2
    add_key_roles(world, 8)
    # token and user, the programs you coordinate (for checklists), count, the page of roles, their
    # current holders with people, their checklists
    many, rows = count_queries(client, KEY_ROLES)
    assert rows == 10
    assert len(many) == len(few) == 6, many


def add_successors(world: World, count: int) -> None:
    for _ in range(count):
        nominee = SuccessorFactory(key_role=KeyRoleFactory(program=world.program))
        DevelopmentAction.objects.create(
            successor=nominee, kind="training", description="Course", due_on=today()
        )


def test_the_successor_list_runs_a_constant_number_of_queries(world: World, api_for) -> None:
    client = api_for("coordinator")
    add_successors(world, 2)
    few, rows = count_queries(client, SUCCESSORS)
    assert rows == 2
    add_successors(world, 8)
    # token and user, the programs you coordinate (for notes), count, the page with roles and people,
    # their development actions
    many, rows = count_queries(client, SUCCESSORS)
    assert rows == 10
    assert len(many) == len(few) == 5, many


def add_documents(world: World, count: int) -> None:
    for _ in range(count):
        DocumentFactory(program=world.program, versions=3)


def test_the_document_list_runs_a_constant_number_of_queries(world: World, api_for) -> None:
    client = api_for("supporter")
    add_documents(world, 2)
    few, rows = count_queries(client, DOCUMENTS)
    assert rows == 2
    add_documents(world, 8)
    # token and user, count, the page of documents with program and owner, their versions (no contents)
    many, rows = count_queries(client, DOCUMENTS)
    assert rows == 10
    assert len(many) == len(few) == 4, many
    # The files stay in the database until someone downloads one.
    assert not any('"content"' in sql for sql in many), many


# --- PDFs ------------------------------------------------------------------------------------------------


def test_the_handover_pack_is_a_pdf_for_coordinators(world: World, api_for, role: KeyRole) -> None:
    response = api_for("coordinator").get(f"/api/v1/programs/{world.program.pk}/handover-pack.pdf")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize("who", NOT_COORDINATORS)
def test_the_handover_pack_is_404_for_everyone_else(world: World, api_for, who: str) -> None:
    assert_error(api_for(who).get(f"/api/v1/programs/{world.program.pk}/handover-pack.pdf"), 404, "not_found")


REPORT_RANGE = {"from": "2026-01-01", "to": "2026-06-30"}


@pytest.mark.parametrize("who", ["coordinator", "sponsor"])
def test_the_program_report_is_a_pdf_for_coordinators_and_sponsors(world: World, api_for, who: str) -> None:
    response = api_for(who).get(f"/api/v1/programs/{world.program.pk}/report.pdf", REPORT_RANGE)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="program-report-2026-01-01-to-2026-06-30.pdf"'
    )
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize("who", [w for w in SIGNED_IN if w not in ("coordinator", "sponsor")])
def test_the_program_report_is_404_for_everyone_else(world: World, api_for, who: str) -> None:
    response = api_for(who).get(f"/api/v1/programs/{world.program.pk}/report.pdf", REPORT_RANGE)
    assert_error(response, 404, "not_found")


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": "2026-06-01", "to": "2026-01-31"}, "to"),
        # Whole months that have ended only: the audit's ranges a day apart, and an open month.
        ({"from": "2026-09-01", "to": "2026-11-03"}, "to"),
        ({"from": "2026-09-02", "to": "2026-11-30"}, "from"),
        ({"from": "2026-01-01", "to": "2099-12-31"}, "to"),
        ({"to": "2026-06-30"}, "from"),
        ({"from": "2026-01-01"}, "to"),
        ({"from": "1 January", "to": "2026-06-30"}, "from"),
        ({"from": "2026-01-01", "to": "2026-02-30"}, "to"),
        ({"from": "2023-01-01", "to": "2026-06-30"}, "to"),  # longer than two years
    ],
)
def test_a_bad_report_range_is_refused_naming_the_parameter(
    world: World, api_for, query: dict, field: str
) -> None:
    response = api_for("sponsor").get(f"/api/v1/programs/{world.program.pk}/report.pdf", query)
    assert_error(response, 400, "invalid", field=field)


def test_a_sponsor_asking_for_any_individual_record_gets_404(
    world: World,
    api_for,
    role: KeyRole,
    holder: KeyRoleHolder,
    successor: Successor,
    handover: Handover,
    document: Document,
) -> None:
    client = api_for("sponsor")
    task = handover.tasks.first()
    assert task is not None
    for url in (
        f"{KEY_ROLES}{role.pk}/",
        f"{SUCCESSORS}{successor.pk}/",
        f"{TASKS}{task.pk}/",
        f"{DOCUMENTS}{document.pk}/",
        f"{DOCUMENTS}{document.pk}/versions/1/file/",
    ):
        assert_error(client.get(url), 404, "not_found")
