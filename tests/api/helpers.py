"""Shared pieces of the API tests: the one error format, ids on a page of results, row counts."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from program.models import (
    AuditEvent,
    Membership,
    Notification,
    ReferralService,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
)

PROGRAM_ROLES = ["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor"]
NON_COORDINATORS = PROGRAM_ROLES[1:]
# Everyone signed in: the first program's six roles, the other program's coordinator, someone with no role.
SIGNED_IN = [*PROGRAM_ROLES, "outsider", "stranger"]
NOT_IN_PROGRAM = ["outsider", "stranger"]

# DRF answers an unauthenticated request 403 rather than 401 because the first authenticator (session)
# sends no WWW-Authenticate challenge; either is acceptable, the body must still be the error format.
NOT_SIGNED_IN_STATUSES = (401, 403)

WATCHED_MODELS = (
    get_user_model(),
    Membership,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
    ReferralService,
    Notification,
    AuditEvent,
)


def api_as(user: Any) -> APIClient:
    """A token-authenticated client for any user (api_for covers only the named roles)."""
    token, _ = Token.objects.get_or_create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def result_ids(response: Any) -> list[int]:
    """Sorted ids of a 200 list response, checking everything fit on one page (a page-numbered list
    counts its rows; a cursor-paged one has no link to a page beyond this one)."""
    assert response.status_code == 200, response.content
    body = response.json()
    if "count" in body:
        assert body["count"] == len(body["results"]), body
    else:
        assert body["next"] is None and body["previous"] is None, body
    return sorted(item["id"] for item in body["results"])


def assert_error(response: Any, status: int, code: str | None = None, *, field: str | None = None) -> dict:
    """The response carries exactly {"error": {"status", "code", "message", "fields"}} with this status
    (and "identifiers" when free text was refused for holding them)."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert list(body) == ["error"], body
    error = body["error"]
    # "identifiers" comes only with free text refused for holding them (api/errors.py).
    assert set(error) - {"identifiers"} == {"status", "code", "message", "fields"}, error
    for spans in error.get("identifiers", {}).values():
        for span in spans:
            assert set(span) == {"kind", "message", "start", "end"}, span
            assert 0 <= span["start"] < span["end"], span
    assert error["status"] == status
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"].strip()
    assert isinstance(error["fields"], dict)
    if code is not None:
        assert error["code"] == code, error
    if field is not None:
        assert field in error["fields"], error
        messages = error["fields"][field]
        assert messages and all(isinstance(message, str) and message for message in messages), error
        assert error["message"].startswith(f"{field}: "), error
    return error


def assert_not_signed_in(response: Any) -> None:
    assert response.status_code in NOT_SIGNED_IN_STATUSES, response.content
    assert_error(response, response.status_code, "not_authenticated")


def row_counts() -> dict[str, int]:
    """Rows per model, to show a refused request saved nothing at all."""
    return {model.__name__: model.objects.count() for model in WATCHED_MODELS}


def contact_body(program_id: int, **overrides: Any) -> dict[str, Any]:
    """A complete, valid contact for POST /api/v1/contacts/ (no narrative unless given)."""
    return {
        "program": program_id,
        "status": "submitted",
        "contact_date": str(timezone.localdate()),
        "time_band": "evening",
        "duration_minutes": 40,
        "channel": "phone",
        "initiated_by": "peer",
        "concerns": ["placement", "isolation"],
        "risk_level": "moderate",
        "actions": ["listened", "shared_resources"],
        "supporter_distress": 4,
        **overrides,
    }
