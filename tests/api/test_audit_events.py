"""/api/v1/audit-events/: read-only, coordinators of the program only, and API writes land in it."""

from __future__ import annotations

import pytest

from program import audit
from program.middleware import current_source_ip
from program.models import AuditEvent
from tests.api.helpers import NON_COORDINATORS, assert_error, assert_not_signed_in, result_ids
from tests.conftest import World
from tests.factories import TrainingModuleFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/audit-events/"
CLIENT_ADDRESS = "203.0.113.7"


@pytest.fixture
def trail(world: World) -> dict[str, AuditEvent]:
    token = current_source_ip.set("192.0.2.1")
    try:
        return {
            "first": audit.record(world.user("coordinator"), "update", world.program, program=world.program),
            "second": audit.record(
                world.user("supervisor"), "view", world.members["supporter"], program=world.program
            ),
            "other": audit.record(
                world.user("outsider"), "update", world.other_program, program=world.other_program
            ),
            "no-program": audit.record(None, "create", world.stranger),
        }
    finally:
        current_source_ip.reset(token)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", ["first", "second"]),
        *[(role, []) for role in NON_COORDINATORS],
        ("outsider", ["other"]),
        ("stranger", []),
    ],
)
def test_only_coordinators_read_their_own_programs_trail(
    world: World, api_for, trail, role, expected
) -> None:
    assert result_ids(api_for(role).get(URL)) == sorted(trail[name].pk for name in expected)


def test_an_event_shows_who_did_what_from_where(world: World, api_for, trail) -> None:
    response = api_for("coordinator").get(f"{URL}{trail['second'].pk}/")

    assert response.status_code == 200
    body = response.json()
    assert (body["actor"], body["action"], body["object_type"], body["object_id"]) == (
        "supervisor",
        "view",
        "program.membership",
        str(world.members["supporter"].pk),
    )
    assert (body["program"], body["source_ip"]) == (world.program.pk, "192.0.2.1")


@pytest.mark.parametrize(
    ("role", "event"),
    [
        ("coordinator", "other"),
        ("coordinator", "no-program"),
        ("supervisor", "second"),
        ("supporter", "first"),
        ("sponsor", "first"),
        ("outsider", "first"),
        ("stranger", "first"),
    ],
)
def test_an_event_out_of_scope_is_404(world: World, api_for, trail, role, event) -> None:
    assert_error(api_for(role).get(f"{URL}{trail[event].pk}/"), 404, "not_found")


def test_anonymous_cannot_read_the_trail(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(URL))


@pytest.mark.parametrize(
    ("method", "where"),
    [("post", "list"), ("put", "detail"), ("patch", "detail"), ("delete", "detail")],
)
def test_the_trail_is_read_only(world: World, api_for, trail, method: str, where: str) -> None:
    event = trail["first"]
    url = URL if where == "list" else f"{URL}{event.pk}/"

    response = getattr(api_for("coordinator"), method)(url, {"summary": "tampered"}, format="json")

    assert_error(response, 405, "method_not_allowed")
    assert AuditEvent.objects.count() == 4
    assert AuditEvent.objects.get(pk=event.pk).summary == ""


def test_the_trail_filters_by_action(world: World, api_for, trail) -> None:
    assert result_ids(api_for("coordinator").get(URL, {"action": "view"})) == [trail["second"].pk]


# --- Writes through the API are audited with the actor and the client address --------------------------


def membership(world: World) -> dict:
    return {"program": world.program.pk, "email": "new.person@example.edu", "role": "reviewer"}


def supervisor_assignment(world: World) -> dict:
    return {"supporter": world.unsupervised.pk, "supervisor": world.supervisor2.pk}


def training_module(world: World) -> dict:
    return {"program": world.program.pk, "name": "Debriefing", "validity_months": 12}


def training_record(world: World) -> dict:
    module = TrainingModuleFactory(program=world.program)
    return {"membership": world.unsupervised.pk, "module": module.pk, "completed_on": "2026-03-01"}


def referral_service(world: World) -> dict:
    return {
        "program": world.program.pk,
        "name": "Doctors' health advisory service",
        "when_to_use": "Confidential advice for doctors and medical students.",
        "phone": "02 9437 6552",
        "hours": "24 hours, 7 days",
        "urgency": "crisis",
    }


@pytest.mark.parametrize(
    ("url", "body", "object_type"),
    [
        ("/api/v1/memberships/", membership, "program.membership"),
        ("/api/v1/supervisor-assignments/", supervisor_assignment, "program.supervisorassignment"),
        ("/api/v1/training-modules/", training_module, "program.trainingmodule"),
        ("/api/v1/training-records/", training_record, "program.trainingrecord"),
        ("/api/v1/referral-services/", referral_service, "program.referralservice"),
    ],
)
def test_creating_through_the_api_is_audited_with_actor_and_address(world, api_for, url, body, object_type):
    response = api_for("coordinator").post(url, body(world), format="json", REMOTE_ADDR=CLIENT_ADDRESS)

    assert response.status_code == 201, response.content
    event = AuditEvent.objects.get(object_type=object_type)
    assert event.action == "create"
    assert event.object_id == str(response.json()["id"])
    assert event.actor == world.user("coordinator")
    assert event.program == world.program
    assert event.source_ip == CLIENT_ADDRESS
    assert event.pk in result_ids(api_for("coordinator").get(URL))
    assert event.pk not in result_ids(api_for("outsider").get(URL))


def test_changing_through_the_api_is_audited_with_what_changed(world: World, api_for) -> None:
    response = api_for("coordinator").patch(
        f"/api/v1/memberships/{world.unsupervised.pk}/",
        {"clinical_site": "Bathurst Hospital"},
        format="json",
        REMOTE_ADDR=CLIENT_ADDRESS,
    )

    assert response.status_code == 200, response.content
    event = AuditEvent.objects.get()
    assert (event.action, event.object_type, event.object_id) == (
        "update",
        "program.membership",
        str(world.unsupervised.pk),
    )
    assert (event.actor, event.source_ip) == (world.user("coordinator"), CLIENT_ADDRESS)
    # The summary names the field, never its value.
    assert event.summary == "changed clinical_site"


def test_a_refused_write_leaves_no_audit_event(world: World, api_for) -> None:
    response = api_for("supporter").patch(
        f"/api/v1/programs/{world.program.pk}/",
        {"retention_days": 30},
        format="json",
        REMOTE_ADDR=CLIENT_ADDRESS,
    )
    assert response.status_code == 403
    assert not AuditEvent.objects.exists()
