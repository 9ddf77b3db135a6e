"""Signed-in sessions: written at sign-in, removed at sign-out, listed on My details; a person signs out
their other sessions, an administrator anyone's (and revokes their tokens); an ended membership with
no other current one cuts the person's sessions and revokes their personal access tokens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from program import services, sign_in_sessions
from program.models import AuditEvent, MembershipStatus, PersonalAccessToken, Role, SignInSession
from tests.conftest import ROLES, World
from tests.factories import PASSWORD, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

CHROME_LINUX = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
)
FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
SAFARI_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Mobile/15E148 Safari/604.1"
)


def signed_in(username: str, user_agent: str = CHROME_LINUX) -> Client:
    client = Client(HTTP_USER_AGENT=user_agent)
    response = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return client


def is_signed_in(client: Client) -> bool:
    return client.get(reverse("my-details")).status_code == 200


def token_for(user) -> PersonalAccessToken:
    return PersonalAccessToken.objects.create(
        user=user,
        name="script",
        prefix="pat_abcdef",
        token_hash=f"{user.pk:064d}",
        expires_at=timezone.now() + timedelta(days=30),
    )


@pytest.mark.parametrize(
    ("agent", "summary"),
    [
        (CHROME_LINUX, "Chrome on Linux"),
        (FIREFOX_WINDOWS, "Firefox on Windows"),
        (SAFARI_IPHONE, "Safari on iPhone"),
        ("", "Unknown browser"),
    ],
)
def test_the_device_summary_names_browser_and_system_only(agent: str, summary: str) -> None:
    assert sign_in_sessions.device_summary(agent) == summary


def test_signing_in_writes_a_session_and_signing_out_removes_it(world: World) -> None:
    client = signed_in("supporter")
    row = SignInSession.objects.get(user=world.user("supporter"))
    assert row.device == "Chrome on Linux"
    assert row.session_key == client.session.session_key
    client.post(reverse("logout"))
    assert not SignInSession.objects.exists()


def test_my_details_lists_my_sessions_only(world: World) -> None:
    mine = signed_in("supporter")
    signed_in("supporter", FIREFOX_WINDOWS)
    signed_in("coordinator", SAFARI_IPHONE)
    page = mine.get(reverse("my-details")).content.decode()
    assert "Chrome on Linux" in page and "Firefox on Windows" in page and "Safari on iPhone" not in page
    assert "This browser" in page and "Sign out everywhere else" in page


def test_a_signed_out_session_is_signed_out_at_its_next_request(world: World) -> None:
    mine = signed_in("supporter")
    other = signed_in("supporter", FIREFOX_WINDOWS)
    row = SignInSession.objects.get(device="Firefox on Windows")
    response = mine.post(reverse("session-sign-out", args=[row.pk]))
    assert response.status_code == 302
    assert not is_signed_in(other)
    assert is_signed_in(mine)
    assert AuditEvent.objects.filter(
        actor=world.user("supporter"), summary="Signed out own session (Firefox on Windows)"
    ).exists()


def test_signing_out_this_browser_from_the_list_is_refused(world: World) -> None:
    mine = signed_in("supporter")
    row = SignInSession.objects.get()
    mine.post(reverse("session-sign-out", args=[row.pk]))
    assert is_signed_in(mine) and SignInSession.objects.filter(pk=row.pk).exists()


def test_sign_out_everywhere_else_keeps_this_browser(world: World) -> None:
    mine = signed_in("supporter")
    others = [signed_in("supporter", FIREFOX_WINDOWS), signed_in("supporter", SAFARI_IPHONE)]
    coordinator = signed_in("coordinator")
    mine.post(reverse("sessions-sign-out-others"))
    assert is_signed_in(mine) and is_signed_in(coordinator)
    assert not any(is_signed_in(other) for other in others)
    assert SignInSession.objects.filter(user=world.user("supporter")).count() == 1


@pytest.mark.parametrize("role", [*ROLES, "outsider", "stranger"])
def test_another_persons_session_cannot_be_signed_out(world: World, client_for, role: str) -> None:
    owner = UserFactory(username="owner")
    theirs = signed_in("owner")
    row = SignInSession.objects.get(user=owner)
    assert client_for(role).post(reverse("session-sign-out", args=[row.pk])).status_code == 404
    assert is_signed_in(theirs)


def test_signing_out_sessions_needs_a_signed_in_person_and_a_post(world: World, client_for) -> None:
    for url in (reverse("session-sign-out", args=[1]), reverse("sessions-sign-out-others")):
        assert Client().post(url)["Location"].startswith(reverse("login"))
        assert client_for("supporter").get(url).status_code == 405


def test_an_ended_session_row_signs_the_session_out_when_next_seen(world: World) -> None:
    """Belt and braces for session stores that cannot delete by key: the row alone decides."""
    client = signed_in("supporter")
    SignInSession.objects.all().delete()
    session = client.session
    session[sign_in_sessions.TRACKING_SESSION_KEY]["seen"] -= sign_in_sessions.SEEN_EVERY_SECONDS + 1
    session.save()
    assert not is_signed_in(client)


def test_last_seen_is_written_at_most_every_few_minutes(world: World) -> None:
    client = signed_in("supporter")
    row = SignInSession.objects.get()
    SignInSession.objects.filter(pk=row.pk).update(last_seen_at=row.created_at - timedelta(hours=1))
    client.get(reverse("my-details"))
    assert SignInSession.objects.get().last_seen_at < row.created_at  # within the interval: not written
    session = client.session
    session[sign_in_sessions.TRACKING_SESSION_KEY]["seen"] -= sign_in_sessions.SEEN_EVERY_SECONDS + 1
    session.save()
    client.get(reverse("my-details"))
    assert SignInSession.objects.get().last_seen_at >= row.created_at


def test_a_password_change_keeps_the_session_and_follows_its_new_key(world: World) -> None:
    client = signed_in("supporter")
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-new-long-passphrase-9",
            "new_password2": "a-new-long-passphrase-9",
        },
    )
    assert response.status_code == 302
    assert is_signed_in(client)
    assert SignInSession.objects.get().session_key == client.session.session_key


# --- Ended memberships -----


@pytest.mark.parametrize("status", [MembershipStatus.ENDED, MembershipStatus.ALUMNUS])
def test_an_ended_membership_cuts_sessions_and_revokes_tokens(world: World, status: str) -> None:
    supporter = world.members[Role.SUPPORTER]
    client = signed_in("supporter")
    token = token_for(supporter.user)
    services.update_membership(supporter, by=world.user("coordinator"), status=status)
    assert not is_signed_in(client)
    assert not SignInSession.objects.filter(user=supporter.user).exists()
    token.refresh_from_db()
    assert token.revoked_at is not None and token.revoked_by == world.user("coordinator")
    assert AuditEvent.objects.filter(summary="Membership ended; signed out sessions: 1").exists()


def test_an_ended_membership_keeps_access_while_another_is_current(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    MembershipFactory(program=world.other_program, role=Role.SUPPORTER, user=supporter.user)
    client = signed_in("supporter")
    token = token_for(supporter.user)
    services.update_membership(supporter, by=world.user("coordinator"), status=MembershipStatus.ENDED)
    assert is_signed_in(client)
    token.refresh_from_db()
    assert token.revoked_at is None


def test_a_pause_is_not_an_end(world: World) -> None:
    coordinator = world.members[Role.COORDINATOR]
    client = signed_in("coordinator")
    services.update_membership(coordinator, by=world.user("coordinator"), status=MembershipStatus.PAUSED)
    assert SignInSession.objects.filter(user=coordinator.user).exists()
    assert client.session.session_key is not None


# --- The administrator -----


@pytest.fixture
def admin_client() -> Client:
    client = Client()
    client.force_login(UserFactory(username="siteadmin", is_staff=True, is_superuser=True))
    return client


def test_an_administrator_sees_and_signs_out_a_session(world: World, admin_client: Client) -> None:
    theirs = signed_in("supervisor")
    row = SignInSession.objects.get(user=world.user("supervisor"))
    listing = admin_client.get(
        reverse("admin:program_signinsession_changelist"), {"q": "supervisor"}
    ).content.decode()
    assert "Chrome on Linux" in listing and row.session_key not in listing
    admin_client.post(
        reverse("admin:program_signinsession_changelist"),
        {"action": "sign_out", "_selected_action": [row.pk]},
    )
    assert not is_signed_in(theirs)
    assert AuditEvent.objects.filter(summary="Signed out supervisor's session (Chrome on Linux)").exists()


def test_an_administrator_signs_a_person_out_everywhere_and_revokes_their_tokens(
    world: World, admin_client: Client
) -> None:
    browsers = [signed_in("supervisor"), signed_in("supervisor", FIREFOX_WINDOWS)]
    bystander = signed_in("coordinator")
    token = token_for(world.user("supervisor"))
    row = SignInSession.objects.filter(user=world.user("supervisor")).first()
    assert row is not None
    admin_client.post(
        reverse("admin:program_signinsession_changelist"),
        {"action": "sign_out_everywhere", "_selected_action": [row.pk]},
    )
    assert not any(is_signed_in(b) for b in browsers)
    assert is_signed_in(bystander)
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_the_admin_does_not_show_session_keys_on_a_session(world: World, admin_client: Client) -> None:
    signed_in("supervisor")
    row = SignInSession.objects.get(user=world.user("supervisor"))
    page = admin_client.get(reverse("admin:program_signinsession_change", args=[row.pk])).content.decode()
    assert row.session_key not in page
