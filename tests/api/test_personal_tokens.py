"""/api/v1/personal-tokens/ and `Authorization: Bearer`: made once from a verified session, stored hashed,
listed without secrets, revoked by their owner or an administrator; expired and revoked tokens answer 401.
Password-for-token stays for people who need no second factor and is refused (403) for the others."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from program import mfa, personal_tokens
from program.models import AuditEvent, PersonalAccessToken
from tests.api.helpers import assert_error
from tests.conftest import ROLES, World
from tests.factories import PASSWORD, UserFactory
from tests.program.test_mfa_totp import enrolled, give_code, next_code, sign_in

pytestmark = pytest.mark.django_db

URL = "/api/v1/personal-tokens/"


def in_days(days: int) -> str:
    return (timezone.now() + timedelta(days=days)).isoformat()


def session_for(user: User, *, verified: bool = False) -> APIClient:
    client = APIClient()
    client.force_login(user)
    if verified:
        session = client.session
        session[mfa.VERIFIED_SESSION_KEY] = True
        session.save()
    return client


def bearer(secret: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    return client


def make(user: User, days: int = 30, name: str = "nightly export") -> str:
    response = session_for(user, verified=True).post(URL, {"name": name, "expires_at": in_days(days)})
    assert response.status_code == 201, response.content
    return response.json()["token"]


# --- Making, listing, using --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_everyone_without_a_second_factor_makes_a_token_that_authenticates(world: World, role: str) -> None:
    user = world.user(role)
    response = session_for(user).post(URL, {"name": "my script", "expires_at": in_days(90)})
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["name"] == "my script" and body["active"] is True
    secret = body["token"]
    assert secret.startswith("pat_") and body["prefix"] == secret[:10]
    # Stored hashed: the secret itself is nowhere in the row.
    row = PersonalAccessToken.objects.get(pk=body["id"])
    assert row.token_hash == personal_tokens.digest(secret) and secret not in str(row.__dict__)
    me = bearer(secret).get("/api/v1/me/")
    assert me.status_code == 200 and me.json()["username"] == user.get_username()
    assert AuditEvent.objects.filter(actor=user, summary__startswith="Personal access token pat_").exists()


def test_the_list_shows_ones_own_tokens_without_secrets(world: World) -> None:
    secret = make(world.user("supporter"))
    make(world.user("supervisor"))
    listing = session_for(world.user("supporter")).get(URL)
    assert listing.status_code == 200
    rows = listing.json()["results"]
    assert [row["name"] for row in rows] == ["nightly export"]
    assert "token" not in rows[0] and secret not in listing.content.decode()
    assert set(rows[0]) == {
        "id",
        "name",
        "prefix",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
        "active",
    }


@pytest.mark.parametrize(
    ("days", "field"),
    [(-1, "expires_at"), (366, "expires_at"), (400, "expires_at")],
    ids=["past", "366", "400"],
)
def test_an_expiry_in_the_past_or_over_a_year_ahead_is_refused(world: World, days: int, field: str) -> None:
    response = session_for(world.user("supporter")).post(URL, {"name": "x", "expires_at": in_days(days)})
    assert_error(response, 400, "invalid", field=field)
    assert not PersonalAccessToken.objects.exists()


def test_a_year_ahead_is_allowed(world: World) -> None:
    make(world.user("supporter"), days=365)


def test_a_name_is_required_and_unknown_fields_are_refused(world: World) -> None:
    client = session_for(world.user("supporter"))
    assert_error(client.post(URL, {"name": "  ", "expires_at": in_days(5)}), 400, "invalid")
    assert_error(
        client.post(URL, {"name": "x", "expires_at": in_days(5), "token": "pat_mine"}), 400, "invalid"
    )
    assert not PersonalAccessToken.objects.exists()


# --- Refused tokens: 401 with a clear message ---------------------------------------------------------------


def test_an_expired_token_answers_401(world: World) -> None:
    secret = make(world.user("supporter"))
    PersonalAccessToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = bearer(secret).get("/api/v1/me/")
    error = assert_error(response, 401)
    assert "expired" in error["message"]
    assert response["WWW-Authenticate"] in ("Token", "Bearer")
    assert AuditEvent.objects.filter(summary__startswith="Refused expired personal access token").exists()


def test_a_revoked_token_answers_401_and_revoking_is_audited(world: World) -> None:
    user = world.user("supporter")
    secret = make(user)
    token = PersonalAccessToken.objects.get()
    revoked = session_for(user).post(f"{URL}{token.pk}/revoke/")
    assert revoked.status_code == 200 and revoked.json()["active"] is False
    assert revoked.json()["revoked_at"] is not None
    error = assert_error(bearer(secret).get("/api/v1/me/"), 401)
    assert "revoked" in error["message"]
    assert AuditEvent.objects.filter(
        actor=user, summary__startswith="Revoked own personal access token"
    ).exists()


@pytest.mark.parametrize("header", ["Bearer pat_not-a-real-token", "Bearer nonsense", "Bearer a b"])
def test_an_unknown_token_answers_401(world: World, header: str) -> None:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)
    assert_error(client.get("/api/v1/me/"), 401)


def test_an_inactive_persons_token_answers_401(world: World) -> None:
    user = world.user("supporter")
    secret = make(user)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert_error(bearer(secret).get("/api/v1/me/"), 401)


def test_another_persons_token_is_not_found(world: World) -> None:
    make(world.user("supervisor"))
    token = PersonalAccessToken.objects.get()
    client = session_for(world.user("supporter"))
    assert_error(client.get(f"{URL}{token.pk}/"), 404)
    assert_error(client.post(f"{URL}{token.pk}/revoke/"), 404)
    assert PersonalAccessToken.objects.get().revoked_at is None


def test_anonymous_gets_401(world: World) -> None:
    assert_error(APIClient().get(URL), 401)
    assert_error(APIClient().post(URL, {"name": "x", "expires_at": in_days(1)}), 401)


# --- People with a second factor ----------------------------------------------------------------------------


def test_a_person_with_a_device_makes_tokens_only_from_a_verified_session(world: World) -> None:
    user = world.user("coordinator")
    totp, _ = enrolled(user)
    body = {"name": "x", "expires_at": in_days(5)}
    # A session that did not pass the second factor (signed in some other way) is refused.
    error = assert_error(session_for(user).post(URL, body), 403)
    assert "second factor" in error["message"]
    # A token cannot make another.
    secret = make(user)
    assert_error(bearer(secret).post(URL, body), 403)
    # The real sign-in: password, then a code.
    client = Client()
    sign_in(client, "coordinator")
    give_code(client, next_code(totp))
    made = client.post(URL, body, content_type="application/json")
    assert made.status_code == 201, made.content


@pytest.fixture
def required_roles(settings) -> None:
    settings.MFA_REQUIRED_ROLES = ["coordinator", "supervisor"]


@pytest.mark.parametrize("role", ROLES)
def test_password_for_token_only_for_people_who_need_no_second_factor(
    world: World, required_roles: None, role: str
) -> None:
    response = APIClient().post(
        "/api/v1/auth/token/",
        {"username": role, "password": PASSWORD},
        format="json",
        REMOTE_ADDR="198.51.100.9",
    )
    if role in ("coordinator", "supervisor"):
        error = assert_error(response, 403, "second_factor_required")
        assert "/api/v1/personal-tokens/" in error["message"]
        assert not Token.objects.filter(user=world.user(role)).exists()
        assert AuditEvent.objects.filter(
            actor=world.user(role), summary__startswith="Password-for-token refused"
        ).exists()
    else:
        assert response.status_code == 200


def test_password_for_token_is_refused_once_enrolled(world: World) -> None:
    enrolled(world.user("supporter"))
    response = APIClient().post(
        "/api/v1/auth/token/", {"username": "supporter", "password": PASSWORD}, format="json"
    )
    assert_error(response, 403, "second_factor_required")


def test_an_old_password_token_stops_working_once_enrolled(world: World, api_for) -> None:
    client = api_for("supervisor")
    assert client.get("/api/v1/me/").status_code == 200
    enrolled(world.user("supervisor"))
    error = assert_error(client.get("/api/v1/me/"), 401)
    assert "personal access token" in error["message"]


def test_a_required_person_reaches_the_api_with_a_personal_token(world: World, required_roles: None) -> None:
    user = world.user("coordinator")
    enrolled(user)
    secret = make(user)
    assert bearer(secret).get("/api/v1/programs/").status_code == 200


# --- The page and the admin ---------------------------------------------------------------------------------


def test_the_page_makes_a_token_shown_once_and_revokes_it(world: World, client_for) -> None:
    client = client_for("supporter")
    expires = (timezone.localdate() + timedelta(days=30)).isoformat()
    page = client.post(reverse("api-tokens"), {"action": "create", "name": "backup", "expires_on": expires})
    assert page.status_code == 200
    secret = re.search(r'<code id="new-token">(pat_[\w-]+)</code>', page.content.decode()).group(1)  # type: ignore[union-attr]
    assert bearer(secret).get("/api/v1/me/").status_code == 200
    again = client.get(reverse("api-tokens")).content.decode()
    assert "backup" in again and secret not in again
    token = PersonalAccessToken.objects.get()
    assert client.post(reverse("api-tokens"), {"action": "revoke", "token": token.pk}).status_code == 302
    assert_error(bearer(secret).get("/api/v1/me/"), 401)


def test_the_page_refuses_an_expiry_over_a_year(world: World, client_for) -> None:
    far = (timezone.localdate() + timedelta(days=400)).isoformat()
    page = client_for("supporter").post(
        reverse("api-tokens"), {"action": "create", "name": "x", "expires_on": far}
    )
    assert "A token lasts at most 365 days." in page.content.decode()
    assert not PersonalAccessToken.objects.exists()


def test_the_page_revokes_only_ones_own_tokens(world: World, client_for) -> None:
    make(world.user("supervisor"))
    token = PersonalAccessToken.objects.get()
    response = client_for("supporter").post(reverse("api-tokens"), {"action": "revoke", "token": token.pk})
    assert response.status_code == 404
    assert PersonalAccessToken.objects.get().revoked_at is None


def test_an_administrator_sees_and_revokes_a_persons_tokens(world: World) -> None:
    secret = make(world.user("supervisor"))
    token = PersonalAccessToken.objects.get()
    admin = UserFactory(username="siteadmin", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    listing = client.get("/admin/program/personalaccesstoken/?q=supervisor").content.decode()
    assert "nightly export" in listing and token.token_hash not in listing
    response = client.post(
        "/admin/program/personalaccesstoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
        follow=True,
    )
    assert "1 token revoked." in response.content.decode()
    assert_error(bearer(secret).get("/api/v1/me/"), 401)
    assert AuditEvent.objects.filter(
        actor=admin, summary__startswith="Revoked supervisor's personal"
    ).exists()
