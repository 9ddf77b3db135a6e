"""POST /api/v1/auth/token/: a username and password buy a token; django-axes locks out guessing."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.api.helpers import assert_error
from tests.conftest import World
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/auth/token/"
ADDRESS = "198.51.100.23"


def ask(username: str, password: str, address: str = ADDRESS):
    return APIClient().post(
        URL, {"username": username, "password": password}, format="json", REMOTE_ADDR=address
    )


def test_right_password_returns_a_token_that_authenticates_requests(world: World) -> None:
    response = ask("supporter", PASSWORD)

    assert response.status_code == 200, response.content
    assert list(response.json()) == ["token"]
    key = response.json()["token"]
    assert Token.objects.get(key=key).user == world.user("supporter")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    programs = client.get("/api/v1/programs/")
    assert programs.status_code == 200
    assert [item["id"] for item in programs.json()["results"]] == [world.program.pk]


def test_asking_twice_returns_the_same_token(world: World) -> None:
    first = ask("coordinator", PASSWORD).json()["token"]
    second = ask("coordinator", PASSWORD).json()["token"]
    assert first == second
    assert Token.objects.filter(user=world.user("coordinator")).count() == 1


@pytest.mark.parametrize(
    ("username", "password"),
    [("supporter", "wrong password"), ("nobody-by-this-name", PASSWORD), ("supporter", PASSWORD.upper())],
)
def test_wrong_credentials_get_400_naming_password_and_no_token(world: World, username, password) -> None:
    response = ask(username, password)

    error = assert_error(response, 400, "invalid", field="password")
    # The same words whether the user exists or not, so the endpoint cannot be used to find accounts.
    assert error["fields"]["password"] == ["Unable to sign in with this username and password."]
    assert not Token.objects.exists()


def test_an_inactive_user_gets_no_token(world: World) -> None:
    UserFactory(username="left-the-program", is_active=False)
    assert_error(ask("left-the-program", PASSWORD), 400, "invalid", field="password")
    assert not Token.objects.exists()


@pytest.mark.parametrize("missing", ["username", "password"])
def test_a_missing_credential_is_named(world: World, missing: str) -> None:
    body = {"username": "supporter", "password": PASSWORD}
    del body[missing]
    response = APIClient().post(URL, body, format="json", REMOTE_ADDR=ADDRESS)
    assert_error(response, 400, "invalid", field=missing)


def test_an_unknown_field_is_refused_by_name(world: World) -> None:
    body = {"username": "supporter", "password": PASSWORD, "remember_me": True}
    response = APIClient().post(URL, body, format="json", REMOTE_ADDR=ADDRESS)

    error = assert_error(response, 400, "invalid", field="remember_me")
    assert error["fields"]["remember_me"] == ["Unknown or read-only field."]
    assert not Token.objects.exists()


def test_malformed_json_gets_a_clear_400(world: World) -> None:
    response = APIClient().post(
        URL, '{"username": "supporter", "password": ', content_type="application/json", REMOTE_ADDR=ADDRESS
    )

    error = assert_error(response, 400, "parse_error")
    assert error["message"].startswith("JSON parse error")
    assert error["fields"] == {}


def test_get_is_not_allowed(world: World) -> None:
    assert_error(APIClient().get(URL), 405, "method_not_allowed")


def test_repeated_failures_lock_the_account_out_even_for_the_right_password(world: World) -> None:
    limit = settings.AXES_FAILURE_LIMIT
    assert limit == 5

    # django-axes locks on the failure that reaches the limit, so that answer is already 429.
    statuses = [ask("supporter", f"guess {n}").status_code for n in range(limit)]
    assert statuses == [400] * (limit - 1) + [429]
    attempt = AccessAttempt.objects.get(username="supporter", ip_address=ADDRESS)
    assert attempt.failures_since_start >= limit

    response = ask("supporter", PASSWORD)

    error = assert_error(response, 429, "locked_out")
    assert "Too many failed sign-in attempts" in error["message"]
    assert not Token.objects.filter(user=world.user("supporter")).exists()


def test_a_lockout_is_for_one_username_from_one_address(world: World) -> None:
    for n in range(settings.AXES_FAILURE_LIMIT):
        ask("supporter", f"guess {n}")
    assert ask("supporter", PASSWORD).status_code == 429

    assert ask("supporter", PASSWORD, address="192.0.2.77").status_code == 200
    assert ask("coordinator", PASSWORD).status_code == 200


def test_a_successful_sign_in_resets_the_failure_count(world: World) -> None:
    limit = settings.AXES_FAILURE_LIMIT
    for n in range(limit - 1):
        assert ask("supporter", f"guess {n}").status_code == 400
    assert ask("supporter", PASSWORD).status_code == 200

    assert [ask("supporter", f"again {n}").status_code for n in range(limit - 1)] == [400] * (limit - 1)
    assert ask("supporter", PASSWORD).status_code == 200


def test_an_unknown_token_is_refused_in_the_error_format(world: World) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token 0123456789abcdef0123456789abcdef01234567")
    response = client.get("/api/v1/programs/")
    assert response.status_code in (401, 403)
    assert_error(response, response.status_code, "authentication_failed")
