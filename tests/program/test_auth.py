"""Signing in and out, lockout after repeated failures, password change and reset."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from config import settings as config_settings
from tests.conftest import TEST_PASSWORD_HASHER, World
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def _login(client: Client, username: str, password: str):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR="192.0.2.10"
    )


def test_signing_in_lands_on_the_dashboard(world: World) -> None:
    client = Client()
    response = _login(client, "supporter", PASSWORD)
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")
    assert 'data-role="supporter"' in client.get(reverse("dashboard")).content.decode()


def test_wrong_password_is_told_without_saying_which_part(world: World) -> None:
    response = _login(Client(), "supporter", "wrong password")
    assert response.status_code == 200
    assert "didn&#x27;t match" in response.content.decode() or "didn't match" in response.content.decode()


def test_five_failures_lock_the_account_even_with_the_right_password(world: World) -> None:
    client = Client()
    for _ in range(5):
        _login(client, "supporter", "wrong password")
    response = _login(client, "supporter", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_another_account_from_the_same_address_is_not_locked(world: World) -> None:
    client = Client()
    for _ in range(5):
        _login(client, "supporter", "wrong password")
    assert _login(Client(), "coordinator", PASSWORD).status_code == 302


def test_signing_out_needs_a_post_and_ends_the_session(world: World, client_for) -> None:
    client = client_for("supporter")
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("dashboard")).status_code == 302


def test_password_change_rehashes_with_argon2(world: World, client_for, settings) -> None:
    # The production hashers first; the suite's fast one last, so the factory password still verifies.
    settings.PASSWORD_HASHERS = [*config_settings.PASSWORD_HASHERS, TEST_PASSWORD_HASHER]
    client = client_for("supporter")
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a much longer new passphrase",
            "new_password2": "a much longer new passphrase",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="supporter")
    assert user.password.startswith("argon2")
    assert user.check_password("a much longer new passphrase")


def test_password_reset_emails_a_working_link(world: World, mailoutbox) -> None:
    client = Client()
    response = client.post(reverse("password_reset"), {"email": "supporter@example.edu"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/reset/\S+)", mailoutbox[0].body).group(1)
    form = client.get(link, follow=True)
    assert "Choose a new password" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "brand new passphrase 42", "new_password2": "brand new passphrase 42"},
    )
    assert done.status_code == 302
    assert get_user_model().objects.get(username="supporter").check_password("brand new passphrase 42")


def test_password_reset_says_the_same_for_unknown_addresses(world: World, mailoutbox) -> None:
    response = Client().post(reverse("password_reset"), {"email": "nobody@example.edu"})
    assert response.status_code == 302 and mailoutbox == []
