"""The OpenAPI schema declares the error answers every operation can give, in the one error format, so
schema-driven clients and the CI fuzzer (bin/schemathesis-ci) accept them; and what the API really
answers matches what the schema says."""

from __future__ import annotations

import json

import jsonschema
import pytest
from django.test import Client

from program.models import Role
from tests.api.helpers import assert_error
from tests.conftest import World
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema(django_db_blocker) -> dict:
    with django_db_blocker.unblock():
        response = Client().get("/api/schema/?format=json")
    assert response.status_code == 200
    return json.loads(response.content)


def operations(schema: dict):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield f"{method.upper()} {path}", method, operation


def test_every_operation_declares_the_common_errors_in_the_error_format(schema: dict) -> None:
    missing = []
    for name, method, operation in operations(schema):
        expected = ["400", "401", "403", "404", "405"]
        if method in {"post", "patch", "put", "delete"}:
            expected += ["409", "413", "415"]
        for code in expected:
            content = operation["responses"].get(code, {}).get("content", {})
            declared = content.get("application/json", {}).get("schema")
            # A view may declare a fuller form of the error format (e.g. FreeTextRefusal for a 400).
            if declared is None or (code != "400" and declared != {"$ref": "#/components/schemas/Error"}):
                missing.append(f"{name} {code}")
    assert not missing, missing


def test_a_real_error_body_matches_the_declared_error_schema(world: World, api_for, schema: dict) -> None:
    response = api_for("coordinator").get("/api/v1/audit-events/", {"until": "2026-01-01T00:00:00-23:01"})

    assert_error(response, 400, "invalid", field="until")
    jsonschema.validate(response.json(), schema["components"]["schemas"]["Error"])


def test_a_contact_without_a_debrief_or_peer_code_matches_its_nullable_schema(world: World, api_for, schema):
    ContactFactory(supporter=world.members[Role.SUPPORTER])

    response = api_for("supporter").get("/api/v1/contacts/")

    assert response.status_code == 200, response.content
    row = response.json()["results"][0]
    assert row["debrief_due_at"] is None and row["peer_code"] is None
    properties = schema["components"]["schemas"]["Contact"]["properties"]
    assert properties["debrief_due_at"]["nullable"] and properties["peer_code"]["nullable"]


def test_times_of_day_are_described_as_local_times_not_rfc3339_full_times(schema: dict) -> None:
    times = [
        (name, field)
        for name, component in schema["components"]["schemas"].items()
        for field, value in component.get("properties", {}).items()
        if value.get("format") == "time"
    ]
    assert not times
    starts_at = schema["components"]["schemas"]["ShiftTemplate"]["properties"]["starts_at"]
    assert "pattern" in starts_at


def test_decision_fields_a_viewer_may_not_see_are_declared_nullable(schema: dict) -> None:
    # ApplicationSerializer sends null for each of these to a reviewer (independent review).
    properties = schema["components"]["schemas"]["Application"]["properties"]
    for name in ("decision", "decision_criterion", "decision_reason", "decided_at", "offer_response"):
        assert properties[name].get("nullable") is True, name
