"""The second factor with an authenticator app (TOTP) and recovery codes, with real codes from pyotp:
enrolment, the second sign-in step, replayed and wrong codes, throttling, required roles, the admin reset."""

from __future__ import annotations

import re
import time

import pyotp
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from program import mfa
from program.models import AuditEvent, MembershipStatus, RecoveryCode, Role, TOTPDevice
from tests.conftest import ROLES, World
from tests.factories import PASSWORD, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

ADDRESS = "192.0.2.44"


def sign_in(client: Client, username: str, password: str = PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ADDRESS)


def give_code(client: Client, code: str):
    return client.post(reverse("login-second-step"), {"code": code}, REMOTE_ADDR=ADDRESS)


def enrol(client: Client) -> tuple[pyotp.TOTP, list[str]]:
    """Enrol through the page as a signed-in person: read the key shown, confirm with its current code."""
    page = client.get(reverse("second-factor")).content.decode()
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', page).group(1)  # type: ignore[union-attr]
    totp = pyotp.TOTP(secret)
    done = client.post(reverse("second-factor"), {"action": "confirm", "code": totp.now()})
    assert done.status_code == 200, done.content
    codes = re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})</code></li>", done.content.decode())
    return totp, codes


def enrolled(user: User) -> tuple[pyotp.TOTP, list[str]]:
    client = Client()
    client.force_login(user)
    return enrol(client)


def next_code(totp: pyotp.TOTP) -> str:
    """The next step's code (accepted within the drift window, and never used by the enrolment)."""
    return totp.at(time.time() + mfa.STEP_SECONDS)


def refusals(user: User) -> list[str]:
    return list(
        AuditEvent.objects.filter(actor=user, summary__startswith="Second factor refused").values_list(
            "summary", flat=True
        )
    )


# --- Enrolment ----------------------------------------------------------------------------------------------


def test_enrolment_shows_the_key_as_text_uri_and_inline_svg_qr_code(world: World, client_for) -> None:
    page = client_for("supporter").get(reverse("second-factor")).content.decode()
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', page).group(1)  # type: ignore[union-attr]
    assert "otpauth://totp/Peer%20support:supporter?secret=" + secret in page.replace("&amp;", "&")
    assert "<svg" in page and "<script" not in page.split("<main", 1)[-1].split("</main>")[0]
    device = TOTPDevice.objects.get(user=world.user("supporter"))
    assert device.confirmed_at is None
    # Stored encrypted: the key is not in the column, and it decrypts to the key shown.
    assert secret not in device.secret_encrypted
    assert mfa._decrypt(device.secret_encrypted) == secret


def test_confirming_with_a_real_code_enrols_and_shows_ten_recovery_codes_once(
    world: World, client_for
) -> None:
    client = client_for("coordinator")
    _, codes = enrol(client)
    user = world.user("coordinator")
    assert len(codes) == 10 and len(set(codes)) == 10
    assert mfa.has_device(user)
    stored = set(RecoveryCode.objects.filter(user=user).values_list("code_hash", flat=True))
    assert len(stored) == 10
    assert not any(code.replace("-", "") in h or code in h for code in codes for h in stored)
    # Shown once: the page afterwards says how many are left, never the codes.
    page = client.get(reverse("second-factor")).content.decode()
    assert "10 unused recovery codes" in page and codes[0] not in page
    assert AuditEvent.objects.filter(actor=user, summary__startswith="Authenticator app enrolled").exists()


def test_a_wrong_code_does_not_confirm_enrolment_and_is_audited(world: World, client_for) -> None:
    client = client_for("supporter")
    client.get(reverse("second-factor"))
    wrong = pyotp.TOTP(pyotp.random_base32()).now()
    response = client.post(reverse("second-factor"), {"action": "confirm", "code": wrong})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not mfa.has_device(world.user("supporter"))
    assert RecoveryCode.objects.filter(user=world.user("supporter")).count() == 0
    assert AuditEvent.objects.filter(summary="Second factor enrolment refused: wrong code").count() == 1


# --- The second sign-in step --------------------------------------------------------------------------------


def test_without_a_device_the_password_signs_in(world: World) -> None:
    client = Client()
    assert sign_in(client, "supervisor")["Location"] == reverse("dashboard")
    assert "_auth_user_id" in client.session


def test_with_a_device_the_password_alone_does_not_sign_in(world: World) -> None:
    totp, _ = enrolled(world.user("coordinator"))
    client = Client()
    response = sign_in(client, "coordinator")
    assert response["Location"] == reverse("login-second-step")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("dashboard")).status_code == 302
    page = client.get(reverse("login-second-step"))
    assert "Enter your code" in page.content.decode()

    signed = give_code(client, next_code(totp))
    assert signed.status_code == 302 and signed["Location"] == reverse("dashboard")
    assert int(client.session["_auth_user_id"]) == world.user("coordinator").pk
    assert client.session[mfa.VERIFIED_SESSION_KEY] is True
    assert client.get(reverse("dashboard")).status_code == 200


def test_a_replayed_code_is_refused_with_a_clear_message_and_audited(world: World) -> None:
    user = world.user("coordinator")
    totp, _ = enrolled(user)
    code = next_code(totp)
    first = Client()
    sign_in(first, "coordinator")
    assert give_code(first, code).status_code == 302

    second = Client()
    sign_in(second, "coordinator")
    response = give_code(second, code)
    assert response.status_code == 200
    assert "That code has already been used" in response.content.decode()
    assert "_auth_user_id" not in second.session
    assert refusals(user) == ["Second factor refused: code replayed"]


def test_the_enrolment_code_cannot_be_replayed_to_sign_in(world: World) -> None:
    user = world.user("supervisor")
    client = Client()
    client.force_login(user)
    client.get(reverse("second-factor"))
    totp = pyotp.TOTP(mfa._decrypt(TOTPDevice.objects.get(user=user).secret_encrypted))
    code = totp.now()
    client.post(reverse("second-factor"), {"action": "confirm", "code": code})
    assert mfa.has_device(user)

    fresh = Client()
    sign_in(fresh, "supervisor")
    # The same step (or, at a step boundary, the one before it) was taken by the enrolment.
    assert "already been used" in give_code(fresh, code).content.decode()


@pytest.mark.parametrize("code", ["000000", "12345", "abcdef", "", "9" * 20])
def test_a_wrong_code_is_refused_and_audited(world: World, code: str) -> None:
    user = world.user("coordinator")
    totp, _ = enrolled(user)
    if code == "000000" and totp.verify(code, valid_window=1):
        code = "000001"
    client = Client()
    sign_in(client, "coordinator")
    response = give_code(client, code)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    if code:  # an empty field is refused by the form before the service is asked
        assert "That code is not right" in response.content.decode()
        assert refusals(user) == ["Second factor refused: wrong code"]


def test_another_persons_code_is_wrong(world: World) -> None:
    enrolled(world.user("coordinator"))
    other, _ = enrolled(world.user("supervisor"))
    client = Client()
    sign_in(client, "coordinator")
    assert "That code is not right" in give_code(client, next_code(other)).content.decode()


def test_a_recovery_code_signs_in_once(world: World) -> None:
    user = world.user("coordinator")
    _, codes = enrolled(user)
    client = Client()
    sign_in(client, "coordinator")
    response = give_code(client, codes[3].upper())
    assert response.status_code == 302
    assert mfa.unused_recovery_codes(user) == 9

    again = Client()
    sign_in(again, "coordinator")
    assert "That code is not right" in give_code(again, codes[3]).content.decode()
    assert "_auth_user_id" not in again.session


def test_wrong_codes_lock_out_like_wrong_passwords(world: World) -> None:
    totp, _ = enrolled(world.user("coordinator"))
    client = Client()
    sign_in(client, "coordinator")
    statuses = [
        give_code(client, "000000" if totp.now() != "000000" else "111111").status_code for _ in range(5)
    ]
    assert statuses[:4] == [200] * 4 and statuses[4] == 429
    # Locked: even the right code is refused now, and so is the password.
    response = give_code(client, next_code(totp))
    assert response.status_code == 429 and "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert sign_in(Client(), "coordinator").status_code == 429


def test_the_second_step_without_a_password_first_goes_back_to_sign_in(world: World) -> None:
    response = Client().post(reverse("login-second-step"), {"code": "123456"})
    assert response.status_code == 302 and response["Location"] == reverse("login")


def test_a_pending_sign_in_expires(world: World) -> None:
    totp, _ = enrolled(world.user("coordinator"))
    client = Client()
    sign_in(client, "coordinator")
    session = client.session
    session[mfa.PENDING_SESSION_KEY]["since"] -= 3600
    session.save()
    assert give_code(client, next_code(totp))["Location"] == reverse("login")
    assert "_auth_user_id" not in client.session


def test_the_second_step_keeps_the_page_asked_for(world: World) -> None:
    totp, _ = enrolled(world.user("coordinator"))
    client = Client()
    target = reverse("my-details")
    client.post(
        reverse("login"),
        {"username": "coordinator", "password": PASSWORD, "next": target},
        REMOTE_ADDR=ADDRESS,
    )
    assert give_code(client, next_code(totp))["Location"] == target


# --- Required roles -----------------------------------------------------------------------------------------

REQUIRED = {Role.COORDINATOR, Role.SUPERVISOR}


@pytest.fixture
def required_roles(settings) -> None:
    settings.MFA_REQUIRED_ROLES = ["coordinator", "supervisor"]


@pytest.mark.parametrize("role", ROLES)
def test_required_roles_reach_nothing_but_enrolment(world: World, required_roles: None, role: str) -> None:
    client = Client()
    assert sign_in(client, role).status_code == 302
    dashboard = client.get(reverse("dashboard"))
    details = client.get(reverse("my-details"))
    api = client.get("/api/v1/programs/")
    if role in REQUIRED:
        assert dashboard.status_code == 302 and dashboard["Location"] == reverse("second-factor")
        assert details["Location"] == reverse("second-factor")
        assert api.status_code == 403 and api.json()["error"]["code"] == "second_factor_required"
        page = client.get(reverse("second-factor"))
        assert page.status_code == 200 and "Your role needs a second factor" in page.content.decode()
        enrol(client)
        assert client.get(reverse("dashboard")).status_code == 200
    else:
        assert dashboard.status_code == 200 and details.status_code == 200 and api.status_code == 200
        assert "Your role needs" not in client.get(reverse("second-factor")).content.decode()


def test_required_person_may_still_sign_out(world: World, required_roles: None) -> None:
    client = Client()
    sign_in(client, "coordinator")
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_an_ended_staff_membership_requires_nothing(world: World, required_roles: None) -> None:
    user = UserFactory(username="former")
    MembershipFactory(user=user, program=world.program, role=Role.COORDINATOR, status=MembershipStatus.ENDED)
    assert not mfa.is_required(user)
    client = Client()
    sign_in(client, "former")
    assert client.get(reverse("my-details")).status_code == 200


def test_no_one_is_required_when_the_setting_is_empty(world: World, settings) -> None:
    settings.MFA_REQUIRED_ROLES = []
    assert not mfa.is_required(world.user("coordinator"))


# --- The admin's reset --------------------------------------------------------------------------------------


def test_an_administrator_resets_a_lost_device_and_it_is_audited(world: World) -> None:
    user = world.user("coordinator")
    enrolled(user)
    admin = UserFactory(username="siteadmin", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    device = TOTPDevice.objects.get(user=user)
    listing = client.get("/admin/program/totpdevice/")
    assert listing.status_code == 200 and "coordinator" in listing.content.decode()
    response = client.post(
        "/admin/program/totpdevice/", {"action": "reset", "_selected_action": [device.pk]}, follow=True
    )
    assert "1 second factor reset." in response.content.decode()
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not RecoveryCode.objects.filter(user=user).exists()
    assert AuditEvent.objects.filter(actor=admin, summary="Second factor reset for coordinator").exists()
    # Signing in needs the password only again (and the person enrols anew).
    assert sign_in(Client(), "coordinator")["Location"] == reverse("dashboard")


def test_key_rotation_re_encrypts_authenticator_keys(world: World, settings) -> None:
    import io

    from cryptography.fernet import Fernet
    from django.core.management import call_command

    from supervision.contacts import crypto

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.NARRATIVE_KEYS = [old]
    crypto.reset_cache()
    totp, _ = enrolled(world.user("coordinator"))
    settings.NARRATIVE_KEYS = [new, old]
    crypto.reset_cache()
    call_command("rotate_narrative_keys", stdout=io.StringIO())
    settings.NARRATIVE_KEYS = [new]
    crypto.reset_cache()
    # Only the new key is left, and the second step still reads the key.
    client = Client()
    sign_in(client, "coordinator")
    assert give_code(client, next_code(totp)).status_code == 302
    crypto.reset_cache()
