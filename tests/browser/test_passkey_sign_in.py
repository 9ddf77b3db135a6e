"""The demo coordinator adds a passkey and signs in with it, in Chromium with the DevTools virtual
authenticator (a platform authenticator with user verification): static/js/passkeys.js against the
server's real WebAuthn checks. A credential the account does not know is refused with a clear message."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import Page, Route, expect

from program.models import AuditEvent, Passkey
from tests.browser.conftest import DESKTOP
from tests.browser.test_mfa_sign_in import no_violations

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def relying_party(settings, live_server) -> None:
    # pytest-django's live server listens on http://localhost:<port>: a valid relying party for Chromium.
    assert live_server.url.startswith("http://localhost:")
    settings.WEBAUTHN_RP_ID = "localhost"
    settings.WEBAUTHN_ORIGIN = live_server.url


def virtual_authenticator(page: Page) -> tuple[Any, str]:
    """A fresh platform authenticator for this page's browser context (its own keys)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    added = cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    return cdp, added["authenticatorId"]


def test_the_demo_coordinator_adds_a_passkey_and_signs_in_with_it(
    demo, make_page: Callable[..., Page], sign_in, live_server
) -> None:
    page = make_page()
    cdp, authenticator_id = virtual_authenticator(page)
    sign_in(page, "coordinator")
    page.goto("/accounts/second-factor/")
    expect(page.get_by_role("heading", name="Passkeys")).to_be_visible()

    # No name: refused in the page before asking the authenticator.
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.locator("#passkey-add-status")).to_have_text(
        "Give the passkey a name, such as the device it is on."
    )
    page.get_by_label("Name for the new passkey").fill("Work laptop")
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    credentials = cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})["credentials"]
    assert len(credentials) == 1
    assert Passkey.objects.get(user__username="coordinator").name == "Work laptop"
    page.goto("/accounts/second-factor/")
    expect(page.get_by_role("cell", name="Work laptop", exact=True)).to_be_visible()
    no_violations(page)

    # Sign out, then password + passkey in the same browser (the authenticator holds the key).
    page.set_viewport_size(DESKTOP)  # no_violations left it at the narrowest width, the menu folded
    with page.expect_navigation():
        page.get_by_role("navigation", name="Main").get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    sign_in(page, "coordinator")
    expect(page).to_have_url(f"{live_server.url}/accounts/login/second-step/")
    expect(page.get_by_role("heading", name="Confirm it is you")).to_be_visible()
    no_violations(page)
    page.get_by_role("button", name="Use your passkey").click()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert AuditEvent.objects.filter(
        actor__username="coordinator", summary="Signed in with a passkey"
    ).exists()
    assert Passkey.objects.get(user__username="coordinator").sign_count >= 1


def test_a_passkey_the_account_does_not_know_is_refused(
    demo, make_page: Callable[..., Page], sign_in, live_server
) -> None:
    # The coordinator's passkey lives in one browser ...
    enrolled = make_page()
    virtual_authenticator(enrolled)
    sign_in(enrolled, "coordinator")
    enrolled.goto("/accounts/second-factor/")
    enrolled.get_by_label("Name for the new passkey").fill("Work laptop")
    enrolled.get_by_role("button", name="Add a passkey").click()
    expect(enrolled.get_by_role("heading", name="Your recovery codes")).to_be_visible()

    # ... and another browser's authenticator holds a different credential for this site.
    stranger = make_page()
    cdp, authenticator_id = virtual_authenticator(stranger)
    cdp.send(
        "WebAuthn.addCredential",
        {
            "authenticatorId": authenticator_id,
            "credential": {
                "credentialId": base64.b64encode(b"stranger-credential").decode(),
                "isResidentCredential": True,
                "userHandle": base64.b64encode(b"stranger").decode(),
                "rpId": "localhost",
                # A P-256 key in PKCS#8, base64 (generated for this test; signs nothing anyone keeps).
                "privateKey": _pkcs8_key(),
                "signCount": 0,
            },
        },
    )
    sign_in(stranger, "coordinator")
    expect(stranger).to_have_url(f"{live_server.url}/accounts/login/second-step/")
    # The page offers only the coordinator's credential; make the browser answer with the stranger's
    # by rewriting the options the server sent (what a tampered or mixed-up client would do).
    stranger.route("**/accounts/login/second-step/passkey/options/", _without_allow_list)
    stranger.get_by_role("button", name="Use your passkey").click()
    expect(stranger.locator("#passkey-sign-in-status")).to_have_text(
        "That passkey is not registered to your account. Use one you added, or a code."
    )
    expect(stranger).to_have_url(f"{live_server.url}/accounts/login/second-step/")
    assert AuditEvent.objects.filter(
        actor__username="coordinator", summary="Passkey refused: not registered to this account"
    ).exists()


def _without_allow_list(route: Route) -> None:
    """Pass the server's options on with no allow-list, so the authenticator offers its own credential."""
    response = route.fetch()
    route.fulfill(response=response, json={**response.json(), "allowCredentials": []})


def _pkcs8_key() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return base64.b64encode(der).decode()
