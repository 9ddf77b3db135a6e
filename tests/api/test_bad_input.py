"""Bad input answers a clear 4xx in the API's one error format, never a 500 (issue 12, item 5).

These run on SQLite and again on PostgreSQL in CI; several of the findings were 500s on PostgreSQL only
(a username longer than django-axes' column, a UTC offset PostgreSQL refuses)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from program.models import Role
from supervision import services
from supervision.models import Contact
from tests.api.helpers import assert_error
from tests.api.helpers import contact_body as shared_contact_body
from tests.conftest import World

pytestmark = pytest.mark.django_db

TOKEN_URL = "/api/v1/auth/token/"


def anonymous() -> APIClient:
    return APIClient(raise_request_exception=False)


# --- the token endpoint -------------------------------------------------------------------------


@pytest.mark.parametrize("length", [151, 256, 10_000])
def test_a_username_longer_than_its_column_gets_400_naming_username(world: World, length: int) -> None:
    response = anonymous().post(TOKEN_URL, {"username": "u" * length, "password": "guess"}, format="json")

    assert_error(response, 400, "invalid", field="username")


def test_a_username_of_the_longest_allowed_length_is_an_ordinary_wrong_sign_in(world: World) -> None:
    response = anonymous().post(TOKEN_URL, {"username": "u" * 150, "password": "guess"}, format="json")

    assert_error(response, 400, "invalid", field="password")


def test_an_enormous_password_gets_400_naming_password(world: World) -> None:
    response = anonymous().post(TOKEN_URL, {"username": "supporter", "password": "p" * 5000}, format="json")

    error = assert_error(response, 400, "invalid", field="password")
    assert "4096" in error["message"]


# --- JSON nesting and body size -----------------------------------------------------------------


@pytest.mark.parametrize("depth", [33, 5_000, 100_000])
def test_deeply_nested_json_gets_400_parse_error_without_signing_in(world: World, depth: int) -> None:
    response = anonymous().post(TOKEN_URL, "[" * depth + "]" * depth, content_type="application/json")

    error = assert_error(response, 400, "parse_error")
    assert "nested" in error["message"]


def test_deeply_nested_json_inside_an_object_gets_400_for_a_signed_in_coordinator(
    world: World, api_for
) -> None:
    nested = json.dumps({"name": "x", "notes": json.loads("[" * 40 + "]" * 40)})

    response = api_for("coordinator").post(
        "/api/v1/referral-services/", nested, content_type="application/json"
    )

    assert_error(response, 400, "parse_error")


def test_json_nested_a_few_levels_is_still_parsed(world: World) -> None:
    response = anonymous().post(TOKEN_URL, {"username": "supporter", "password": "guess"}, format="json")

    assert_error(response, 400, "invalid", field="password")


@pytest.mark.parametrize(
    ("who", "url"),
    [
        ("anonymous", TOKEN_URL),
        ("coordinator", "/api/v1/referral-services/"),
        ("supporter", "/api/v1/contacts/"),
    ],
)
def test_a_body_over_the_upload_limit_gets_413_in_the_error_format(world: World, api_for, who, url) -> None:
    client = anonymous() if who == "anonymous" else api_for(who)
    body = json.dumps({"username": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)})

    response = client.post(url, body, content_type="application/json")

    error = assert_error(response, 413, "too_large")
    assert "kB" in error["message"]


# --- date-time and date filters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-01-01T00:00:00-23:01", "UTC offset"),
        ("2026-01-01T00:00:00+15:30", "UTC offset"),
        ("0001-01-01T00:00:00+05:00", "1900"),
        ("9999-12-31T23:59:59-05:00", "1900"),
        ("1899-12-31T23:59:59Z", "1900"),
    ],
)
@pytest.mark.parametrize("name", ["since", "until"])
def test_an_audit_trail_date_time_out_of_range_gets_400_naming_the_filter(
    world: World, api_for, name, value, words
) -> None:
    response = api_for("coordinator").get("/api/v1/audit-events/", {name: value})

    error = assert_error(response, 400, "invalid", field=name)
    assert words in error["message"]


def test_an_audit_trail_date_time_with_a_real_offset_still_filters(world: World, api_for) -> None:
    response = api_for("coordinator").get("/api/v1/audit-events/", {"until": "2026-01-01T00:00:00+14:00"})

    assert response.status_code == 200, response.content


@pytest.mark.parametrize("name", ["starts_after", "starts_before"])
@pytest.mark.parametrize("who", ["coordinator", "supporter"])
def test_a_shift_date_time_filter_with_an_impossible_offset_gets_400(
    world: World, api_for, who, name
) -> None:
    response = api_for(who).get("/api/v1/shifts/", {name: "2026-01-01T00:00:00-23:01"})

    assert_error(response, 400, "invalid", field=name)


@pytest.mark.parametrize("name", ["since", "until"])
@pytest.mark.parametrize("who", ["coordinator", "supervisor", "supporter"])
def test_a_contact_date_filter_in_the_year_1_gets_400(world: World, api_for, who, name) -> None:
    response = api_for(who).get("/api/v1/contacts/", {name: "0001-01-01"})

    assert_error(response, 400, "invalid", field=name)


# --- dates in bodies ----------------------------------------------------------------------------


def contact_body(world: World, **overrides) -> dict:
    return shared_contact_body(world.program.pk, **{"concerns": ["placement"], **overrides})


@pytest.mark.parametrize("status", ["submitted", "draft"])
@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31"])
def test_a_contact_dated_before_1900_is_refused_and_not_saved(world: World, api_for, status, day) -> None:
    response = api_for("supporter").post(
        "/api/v1/contacts/", contact_body(world, status=status, contact_date=day), format="json"
    )

    error = assert_error(response, 400, "invalid", field="contact_date")
    assert "1900" in error["message"]
    assert not Contact.objects.exists()


def test_the_contact_service_the_pages_use_refuses_the_year_1(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    data = contact_body(world, contact_date=date(1, 1, 1))
    del data["program"], data["status"]

    with pytest.raises(ValidationError) as refused:
        services.submit_contact(supporter, by=supporter.user, **data)

    assert "contact_date" in refused.value.message_dict
    assert not Contact.objects.exists()


def test_a_supervision_session_held_in_the_year_1_gets_400_naming_held_on(world: World, api_for) -> None:
    response = api_for("supervisor").post(
        "/api/v1/supervision-sessions/",
        {
            "program": world.program.pk,
            "supporters": [world.members[Role.SUPPORTER].pk],
            "held_on": "0001-01-01",
            "duration_minutes": 50,
        },
        format="json",
    )

    assert_error(response, 400, "invalid", field="held_on")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_membership_term_outside_the_sane_range_gets_400(world: World, api_for, day) -> None:
    membership = world.members[Role.SUPPORTER]

    response = api_for("coordinator").patch(
        f"/api/v1/memberships/{membership.pk}/", {"expected_end": day}, format="json"
    )

    assert_error(response, 400, "invalid", field="expected_end")
    membership.refresh_from_db()
    assert membership.expected_end != date.fromisoformat(day)


def test_a_membership_term_a_year_ahead_is_still_accepted(world: World, api_for) -> None:
    membership = world.members[Role.SUPPORTER]
    next_year = timezone.localdate() + timedelta(days=365)

    response = api_for("coordinator").patch(
        f"/api/v1/memberships/{membership.pk}/", {"expected_end": str(next_year)}, format="json"
    )

    assert response.status_code == 200, response.content


# --- the same bounds on the pages -----------------------------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "9999-12-31"])
def test_the_contact_page_refuses_a_date_outside_the_sane_range_and_saves_nothing(
    world: World, client_for, day
) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {
            "contact_date": day,
            "time_band": "night",
            "duration_minutes": "25",
            "channel": "message",
            "initiated_by": "peer",
            "concerns": ["mental_health"],
            "risk_level": "low",
            "actions": ["listened"],
            "supporter_distress": "3",
            "narrative": "",
            "submit": "1",
        },
    )

    assert response.status_code == 200
    assert "contact_date" in response.context["form"].errors
    assert not Contact.objects.exists()


def test_the_pages_answer_an_oversized_body_with_a_400_page_not_a_server_error(
    world: World, client_for
) -> None:
    client = client_for("supporter")
    client.raise_request_exception = False

    response = client.post(
        reverse("contact-new", args=[world.program.pk]),
        {"narrative": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)},
    )

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("week", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("who", ["supervisor", "supporter"])
def test_a_burden_week_outside_the_sane_range_gets_400_naming_week(world: World, api_for, who, week) -> None:
    response = api_for(who).get("/api/v1/burden/", {"program": world.program.pk, "week": week})

    assert_error(response, 400, "invalid", field="week")
