"""Passkeys (WebAuthn) as a second factor, checked by the server with real signatures from a software
authenticator (tests/program/soft_authenticator.py): registration, the second sign-in step, reused and
stale challenges, a counter that goes backwards, unknown credentials, removal rules, required roles,
and that passkeys count as a second factor everywhere a TOTP device does."""

from __future__ import annotations

import json
import re
import time

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from program import mfa, passkeys
from program.models import AuditEvent, Membership, Passkey, RecoveryCode
from tests.conftest import ROLES, World
from tests.factories import PASSWORD, UserFactory
from tests.program.soft_authenticator import SoftAuthenticator

pytestmark = pytest.mark.django_db

ORIGIN = "https://peer.example.edu"
RP_ID = "peer.example.edu"
ADDRESS = "192.0.2.45"


@pytest.fixture(autouse=True)
def relying_party(settings) -> None:
    settings.WEBAUTHN_RP_ID = RP_ID
    settings.WEBAUTHN_ORIGIN = ORIGIN


def authenticator() -> SoftAuthenticator:
    return SoftAuthenticator(origin=ORIGIN, rp_id=RP_ID)


def register(client: Client, device: SoftAuthenticator, name: str = "Work laptop"):
    options = client.post(reverse("passkey-registration-options"))
    assert options.status_code == 200, options.content
    return client.post(
        reverse("passkey-register"), {"name": name, "credential": device.create(options.content)}
    )


def registered(user: User, name: str = "Work laptop") -> SoftAuthenticator:
    client = Client()
    client.force_login(user)
    device = authenticator()
    response = register(client, device, name)
    assert response.status_code == 200, response.content
    return device


def password(client: Client, username: str):
    return client.post(reverse("login"), {"username": username, "password": PASSWORD}, REMOTE_ADDR=ADDRESS)


def answer(client: Client, device: SoftAuthenticator, **kwargs):
    options = client.post(reverse("passkey-sign-in-options"), REMOTE_ADDR=ADDRESS)
    assert options.status_code == 200, options.content
    return client.post(
        reverse("passkey-sign-in"), {"credential": device.get(options.content, **kwargs)}, REMOTE_ADDR=ADDRESS
    )


def error(response) -> dict:
    return json.loads(response.content)["error"]


def summaries(user: User) -> list[str]:
    return list(AuditEvent.objects.filter(actor=user).values_list("summary", flat=True))


# --- Registration -----


def test_registering_keeps_the_public_credential_and_issues_recovery_codes_once(world: World) -> None:
    user = world.user("supporter")
    client = Client()
    client.force_login(user)
    device = authenticator()
    response = register(client, device)
    assert response.status_code == 200
    assert json.loads(response.content) == {"redirect": reverse("second-factor-new-codes")}
    passkey = Passkey.objects.get(user=user)
    assert passkey.name == "Work laptop"
    assert bytes(passkey.public_key)[:1] == b"\xa5"  # a CBOR map of five entries: the COSE key
    assert passkey.sign_count == 1
    assert passkey.transports == ["internal", "hybrid"]
    codes_page = client.get(reverse("second-factor-new-codes")).content.decode()
    assert len(re.findall(r"<li><code>[a-z2-7-]{14}</code></li>", codes_page)) == 10
    assert RecoveryCode.objects.filter(user=user).count() == 10
    # Shown once only.
    assert client.get(reverse("second-factor-new-codes"))["Location"] == reverse("second-factor")
    assert "Passkey registered; recovery codes issued" in summaries(user)
    assert passkey.credential_id not in " ".join(summaries(user))
    # A second passkey keeps the codes the person already has.
    second = register(client, authenticator(), "Phone")
    assert json.loads(second.content) == {"redirect": reverse("second-factor")}
    assert RecoveryCode.objects.filter(user=user).count() == 10
    assert list(passkeys.passkeys_of(user).values_list("name", flat=True)) == ["Work laptop", "Phone"]


def test_a_passkey_counts_as_a_second_factor(world: World) -> None:
    user = world.user("supporter")
    assert not mfa.has_device(user) and not mfa.uses_second_factor(user)
    registered(user)
    assert mfa.has_device(user) and not mfa.has_totp(user) and mfa.uses_second_factor(user)
    # The annotation lists of people (the admin's and coordinators' views) say the same.
    membership = Membership.objects.annotate(**mfa.second_factor_annotations()).get(
        pk=world.members["supporter"].pk
    )
    assert membership.has_device is True
    # No password-for-token once a passkey is registered: personal tokens instead.
    response = APIClient().post(
        "/api/v1/auth/token/", {"username": "supporter", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "second_factor_required"


def test_registration_needs_a_name(world: World, client_for) -> None:
    response = register(client_for("supporter"), authenticator(), name="  ")
    assert response.status_code == 400
    assert error(response)["fields"] == {"name": ["Give the passkey a name, such as the device it is on."]}
    assert not Passkey.objects.exists()


def test_a_registration_challenge_is_taken_once(world: World, client_for) -> None:
    client = client_for("supporter")
    options = client.post(reverse("passkey-registration-options"))
    device = authenticator()
    credential = device.create(options.content)
    assert (
        client.post(reverse("passkey-register"), {"name": "A", "credential": credential}).status_code == 200
    )
    again = client.post(reverse("passkey-register"), {"name": "B", "credential": credential})
    assert again.status_code == 400
    assert error(again)["message"] == passkeys.STALE_CHALLENGE
    assert Passkey.objects.count() == 1


def test_a_registration_from_another_origin_is_refused_and_audited(world: World, client_for) -> None:
    client = client_for("supporter")
    options = client.post(reverse("passkey-registration-options"))
    credential = authenticator().create(options.content, origin="https://evil.example")
    response = client.post(reverse("passkey-register"), {"name": "A", "credential": credential})
    assert response.status_code == 400
    assert error(response)["code"] == "invalid"
    assert "Passkey registration refused: not verified" in summaries(world.user("supporter"))
    assert not Passkey.objects.exists()


def test_garbage_for_a_credential_is_a_clear_400(world: World, client_for) -> None:
    client = client_for("supporter")
    client.post(reverse("passkey-registration-options"))
    response = client.post(reverse("passkey-register"), {"name": "A", "credential": "{not json"})
    assert response.status_code == 400
    assert error(response)["message"] == passkeys.NOT_VERIFIED


def test_passkeys_are_not_offered_when_the_site_has_no_relying_party(
    world: World, client_for, settings
) -> None:
    settings.WEBAUTHN_RP_ID = ""
    response = client_for("supporter").post(reverse("passkey-registration-options"))
    assert response.status_code == 400
    assert error(response)["code"] == "not_configured"


# --- Sign-in -----


def test_password_then_passkey_signs_in_and_advances_the_counter(world: World) -> None:
    user = world.user("coordinator")
    device = registered(user)
    client = Client()
    assert password(client, "coordinator")["Location"] == reverse("login-second-step")
    page = client.get(reverse("login-second-step")).content.decode()
    assert "Use your passkey" in page and "Recovery code" in page
    # Not signed in yet.
    assert client.get(reverse("my-details")).status_code == 302
    response = answer(client, device)
    assert response.status_code == 200, response.content
    assert json.loads(response.content)["redirect"]
    assert client.get(reverse("my-details")).status_code == 200
    assert mfa.VERIFIED_SESSION_KEY in client.session
    passkey = Passkey.objects.get(user=user)
    assert passkey.sign_count == 2 and passkey.last_used_at is not None
    assert "Signed in with a passkey" in summaries(user)


def test_a_sign_in_challenge_is_taken_once(world: World) -> None:
    device = registered(world.user("coordinator"))
    client = Client()
    password(client, "coordinator")
    options = client.post(reverse("passkey-sign-in-options"), REMOTE_ADDR=ADDRESS)
    bad = client.post(
        reverse("passkey-sign-in"),
        {"credential": device.get(options.content, tamper=True)},
        REMOTE_ADDR=ADDRESS,
    )
    assert bad.status_code == 400 and error(bad)["message"] == passkeys.NOT_VERIFIED
    # The right answer to the same (now used) challenge is refused too.
    good = client.post(
        reverse("passkey-sign-in"), {"credential": device.get(options.content)}, REMOTE_ADDR=ADDRESS
    )
    assert good.status_code == 400 and error(good)["message"] == passkeys.STALE_CHALLENGE
    assert client.get(reverse("my-details")).status_code == 302


def test_a_challenge_older_than_five_minutes_is_refused(world: World) -> None:
    device = registered(world.user("coordinator"))
    client = Client()
    password(client, "coordinator")
    options = client.post(reverse("passkey-sign-in-options"), REMOTE_ADDR=ADDRESS)
    session = client.session
    session[passkeys.CHALLENGE_SESSION_KEY]["at"] = time.time() - passkeys.CHALLENGE_SECONDS - 1
    # The pending sign-in itself is still fresh.
    session[mfa.PENDING_SESSION_KEY]["since"] = time.time()
    session.save()
    response = client.post(
        reverse("passkey-sign-in"), {"credential": device.get(options.content)}, REMOTE_ADDR=ADDRESS
    )
    assert response.status_code == 400
    assert error(response)["code"] == "stale_challenge"


def test_a_counter_that_goes_backwards_is_refused_as_a_cloned_authenticator(world: World) -> None:
    user = world.user("coordinator")
    device = registered(user)
    Passkey.objects.filter(user=user).update(sign_count=50)
    client = Client()
    password(client, "coordinator")
    response = answer(client, device)
    assert response.status_code == 400
    assert error(response) == {"status": 400, "code": "cloned", "message": passkeys.CLONED, "fields": {}}
    assert Passkey.objects.get(user=user).sign_count == 50
    assert "Passkey refused: signature counter went backwards" in summaries(user)
    assert client.get(reverse("my-details")).status_code == 302


def test_an_authenticator_without_a_counter_may_keep_sending_zero(world: World) -> None:
    user = world.user("coordinator")
    device = registered(user)
    Passkey.objects.filter(user=user).update(sign_count=0)
    device.sign_count = -1  # its next answer carries 0
    client = Client()
    password(client, "coordinator")
    assert answer(client, device).status_code == 200


def test_an_unknown_or_another_persons_passkey_is_refused(world: World) -> None:
    registered(world.user("coordinator"))
    someone_elses = registered(world.user("supervisor"))
    for device in (authenticator(), someone_elses):
        client = Client()
        password(client, "coordinator")
        response = answer(client, device)
        assert response.status_code == 400
        assert error(response)["message"] == passkeys.UNKNOWN_PASSKEY
        assert client.get(reverse("my-details")).status_code == 302
    assert summaries(world.user("coordinator")).count("Passkey refused: not registered to this account") == 2


def test_an_answer_for_another_origin_is_refused(world: World) -> None:
    device = registered(world.user("coordinator"))
    client = Client()
    password(client, "coordinator")
    response = answer(client, device, origin="https://evil.example")
    assert response.status_code == 400 and error(response)["code"] == "invalid"


def test_the_passkey_step_without_a_password_first_is_refused(world: World) -> None:
    registered(world.user("coordinator"))
    for name in ("passkey-sign-in-options", "passkey-sign-in"):
        response = Client().post(reverse(name))
        assert response.status_code == 403 and error(response)["code"] == "expired"


def test_refused_passkeys_lock_out_like_wrong_passwords(world: World, settings) -> None:
    device = registered(world.user("coordinator"))
    Passkey.objects.filter(user=world.user("coordinator")).update(sign_count=10**6)
    client = Client()
    password(client, "coordinator")
    statuses = [answer(client, device).status_code for _ in range(settings.AXES_FAILURE_LIMIT + 1)]
    assert statuses[-1] == 403, statuses


def test_a_recovery_code_signs_in_a_person_with_passkeys_only(world: World) -> None:
    user = world.user("coordinator")
    client = Client()
    client.force_login(user)
    register(client, authenticator())
    codes = re.findall(
        r"<li><code>([a-z2-7-]{14})</code></li>",
        client.get(reverse("second-factor-new-codes")).content.decode(),
    )
    fresh = Client()
    password(fresh, "coordinator")
    # A six-digit code is wrong for someone with no authenticator app.
    refused = fresh.post(reverse("login-second-step"), {"code": "123456"}, REMOTE_ADDR=ADDRESS)
    assert "That code is not right" in refused.content.decode()
    done = fresh.post(reverse("login-second-step"), {"code": codes[0]}, REMOTE_ADDR=ADDRESS)
    assert done.status_code == 302
    assert fresh.get(reverse("my-details")).status_code == 200


# --- Required roles and removal -----


@pytest.fixture
def required_roles(settings) -> None:
    settings.MFA_REQUIRED_ROLES = ["coordinator", "supervisor"]


def test_a_passkey_satisfies_a_required_role(world: World, required_roles: None) -> None:
    client = Client()
    client.force_login(world.user("coordinator"))
    assert client.get(reverse("my-details"))["Location"] == reverse("second-factor")
    page = client.get(reverse("second-factor")).content.decode()
    assert "Set up an authenticator app or add a passkey" in page
    assert register(client, authenticator()).status_code == 200
    assert client.get(reverse("my-details")).status_code == 200
    # A session that did not pass the second factor, but the person has one: the middleware lets it by.
    other = Client()
    other.force_login(world.user("coordinator"))
    assert other.get(reverse("my-details")).status_code == 200


def test_removing_the_last_factor_of_a_required_role_is_refused(world: World, required_roles: None) -> None:
    user = world.user("coordinator")
    registered(user, "Laptop")
    registered(user, "Phone")
    client = Client()
    client.force_login(user)
    laptop, phone = passkeys.passkeys_of(user)
    assert client.post(reverse("passkey-remove", args=[laptop.pk])).status_code == 302
    response = client.post(reverse("passkey-remove", args=[phone.pk]), follow=True)
    assert passkeys.LAST_FACTOR in response.content.decode()
    assert list(passkeys.passkeys_of(user)) == [phone]
    assert summaries(user).count("Removed own passkey") == 1


def test_removing_the_last_passkey_when_none_is_required_takes_the_recovery_codes_too(world: World) -> None:
    user = world.user("supporter")
    registered(user)
    client = Client()
    client.force_login(user)
    response = client.post(reverse("passkey-remove", args=[Passkey.objects.get(user=user).pk]))
    assert response.status_code == 302
    assert not mfa.has_device(user) and not RecoveryCode.objects.filter(user=user).exists()


@pytest.mark.parametrize("role", [*ROLES, "outsider", "stranger"])
def test_no_one_removes_another_persons_passkey(world: World, client_for, role: str) -> None:
    owner = UserFactory(username="owner")
    registered(owner)
    passkey = Passkey.objects.get(user=owner)
    assert client_for(role).post(reverse("passkey-remove", args=[passkey.pk])).status_code == 404
    assert Passkey.objects.filter(pk=passkey.pk).exists()


@pytest.mark.parametrize(
    "name", ["passkey-registration-options", "passkey-register", "second-factor-new-codes"]
)
def test_the_registration_endpoints_need_a_signed_in_person(name: str, world: World) -> None:
    response = Client().post(reverse(name))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_registration_endpoints_take_only_post(world: World, client_for) -> None:
    client = client_for("supporter")
    for name in ("passkey-registration-options", "passkey-register"):
        assert client.get(reverse(name)).status_code == 405


def test_an_administrator_removes_a_lost_passkey_and_it_is_audited(world: World) -> None:
    user = world.user("supporter")
    registered(user)
    admin = UserFactory(username="siteadmin", is_staff=True, is_superuser=True)
    client = Client()
    client.force_login(admin)
    passkey = Passkey.objects.get(user=user)
    response = client.post(
        reverse("admin:program_passkey_changelist"), {"action": "remove", "_selected_action": [passkey.pk]}
    )
    assert response.status_code == 302
    assert not Passkey.objects.exists()
    assert AuditEvent.objects.filter(actor=admin, summary="Removed supporter's passkey").exists()
