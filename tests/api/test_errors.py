"""One error format for the whole API: {"error": {"status", "code", "message", "fields"}}."""

from __future__ import annotations

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.api.helpers import NOT_SIGNED_IN_STATUSES, assert_error
from tests.conftest import World

pytestmark = pytest.mark.django_db


def invalid_setting(world, api_for):
    return api_for("coordinator").patch(
        f"/api/v1/programs/{world.program.pk}/", {"suppression_threshold": 1}, format="json"
    )


def malformed_json(world, api_for):
    return api_for("coordinator").post("/api/v1/memberships/", '{"email": ', content_type="application/json")


def list_instead_of_object(world, api_for):
    return api_for("coordinator").post("/api/v1/referral-services/", [1, 2], format="json")


def unknown_filter_value(world, api_for):
    return api_for("coordinator").get("/api/v1/memberships/", {"role": "dean"})


def unsupported_media_type(world, api_for):
    return api_for("coordinator").post("/api/v1/memberships/", "email=a@b.edu", content_type="text/plain")


def not_signed_in(world, api_for):
    return api_for("anonymous").get("/api/v1/memberships/")


def not_allowed_to_write(world, api_for):
    return api_for("supporter").patch(f"/api/v1/programs/{world.program.pk}/", {"retention_days": 30})


def out_of_scope(world, api_for):
    return api_for("coordinator").get(f"/api/v1/programs/{world.other_program.pk}/")


def not_a_number(world, api_for):
    return api_for("coordinator").get("/api/v1/memberships/not-a-number/")


def method_not_allowed(world, api_for):
    return api_for("coordinator").put(f"/api/v1/programs/{world.program.pk}/", {}, format="json")


def locked_out(world, api_for):
    client = APIClient()
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post("/api/v1/auth/token/", {"username": "sponsor", "password": f"guess {n}"}, format="json")
    return client.post(
        "/api/v1/auth/token/", {"username": "sponsor", "password": "another guess"}, format="json"
    )


@pytest.mark.parametrize(
    ("make_request", "status", "code", "field"),
    [
        (invalid_setting, 400, "invalid", "suppression_threshold"),
        (malformed_json, 400, "parse_error", None),
        (list_instead_of_object, 400, "invalid", "non_field_errors"),
        (unknown_filter_value, 400, "invalid", "role"),
        (unsupported_media_type, 415, "unsupported_media_type", None),
        (not_signed_in, NOT_SIGNED_IN_STATUSES, "not_authenticated", None),
        (not_allowed_to_write, 403, "permission_denied", None),
        (out_of_scope, 404, "not_found", None),
        (not_a_number, 404, "not_found", None),
        (method_not_allowed, 405, "method_not_allowed", None),
        (locked_out, 429, "locked_out", None),
    ],
    ids=lambda value: value.__name__ if callable(value) else None,
)
def test_every_error_has_the_same_shape(world: World, api_for, make_request, status, code, field) -> None:
    response = make_request(world, api_for)
    if isinstance(status, tuple):
        assert response.status_code in status
        status = response.status_code

    # Field errors other than the whole-body ones are named in the message too (assert_error checks that).
    error = assert_error(response, status, code, field=None if field == "non_field_errors" else field)
    if field == "non_field_errors":
        assert list(error["fields"]) == ["non_field_errors"]
        assert not error["message"].startswith("non_field_errors")
    elif field is None:
        assert error["fields"] == {}


def test_a_validation_message_names_the_field_and_says_what_is_wrong(world: World, api_for) -> None:
    error = assert_error(invalid_setting(world, api_for), 400, "invalid", field="suppression_threshold")
    assert error["message"] == f"suppression_threshold: {error['fields']['suppression_threshold'][0]}"
    assert "5" in error["message"]


def test_several_bad_fields_are_all_listed(world: World, api_for) -> None:
    response = api_for("coordinator").patch(
        f"/api/v1/programs/{world.program.pk}/",
        {"suppression_threshold": 1, "retention_days": 1, "timezone": "Nowhere/Nothing"},
        format="json",
    )
    error = assert_error(response, 400, "invalid")
    assert set(error["fields"]) == {"suppression_threshold", "retention_days", "timezone"}


def test_an_unknown_api_path_answers_in_the_error_format(world: World, api_for) -> None:
    assert_error(api_for("coordinator").get("/api/v1/no-such-resource/"), 404, "not_found")


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/memberships/",
        "/api/v1/supervisor-assignments/",
        "/api/v1/training-modules/",
        "/api/v1/training-records/",
        "/api/v1/referral-services/",
        "/api/v1/notifications/",
        "/api/v1/audit-events/",
    ],
)
def test_filtering_by_an_out_of_scope_program_looks_like_filtering_by_one_that_does_not_exist(
    world: World, api_for, url: str
) -> None:
    # Were the two answers to differ, a caller could probe which program ids exist.
    client = api_for("outsider")
    out_of_scope = client.get(url, {"program": world.program.pk})
    missing = client.get(url, {"program": 999_999})

    assert (out_of_scope.status_code, missing.status_code) == (200, 200)
    assert out_of_scope.json()["results"] == missing.json()["results"] == []
