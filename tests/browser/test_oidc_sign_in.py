"""Sign-in through a real OpenID Connect provider (npm `oidc-provider` run with node on localhost), in
Chromium: "Sign in with UniSSO", the provider's own sign-in page, back home; a coordinator whose provider
did a second factor is not asked for a code; signing out ends the provider's session too."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

from program.models import ExternalIdentity, Membership
from tests.browser.test_axe_crawl import axe_violations
from tests.identity_providers.oidc import PASSWORD, Account, running_provider
from tests.program.test_mfa_totp import enrolled

pytestmark = pytest.mark.browser

ACCOUNTS = {
    "nadia": Account(email="nadia.rahman@uni.example", given_name="Nadia", family_name="Rahman"),
    # The demo coordinator (coordinator@example.edu) at the university: once after a password and a code
    # from an app (amr pwd + otp, RFC 8176), once after a password alone.
    "colin": Account(
        email="coordinator@example.edu", given_name="Colin", family_name="Marsh", amr=["pwd", "otp"]
    ),
    "colin-password-only": Account(email="coordinator@example.edu", amr=["pwd"]),
}


@pytest.fixture
def provider(live_server) -> Iterator[str]:
    with running_provider(live_server.url, ACCOUNTS) as issuer:
        yield issuer


def through_provider(page: Page, login: str, provider: str) -> None:
    page.goto("/accounts/login/")
    assert axe_violations(page) == [], "the sign-in page with the provider's button"
    page.get_by_role("link", name="Sign in with UniSSO").click()
    expect(page.get_by_role("heading", name="Test University sign-in")).to_be_visible()
    assert page.url.startswith(provider)
    page.get_by_label("Username").fill(login)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in to Test University").click()


def test_a_newcomer_signs_in_at_the_provider_and_is_told_to_ask_a_coordinator(
    page: Page, provider: str, live_server
) -> None:
    through_provider(page, "nadia", provider)
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Hello, Nadia")).to_be_visible()
    expect(page.get_by_text("You don't hold a role in any program yet")).to_be_visible()
    person = User.objects.get(email="nadia.rahman@uni.example")
    assert ExternalIdentity.objects.filter(user=person, subject="nadia").exists()
    assert not Membership.objects.filter(user=person).exists()


def test_a_coordinator_whose_provider_did_a_second_factor_is_not_asked_for_a_code(
    demo, make_page: Callable[..., Page], provider: str, live_server
) -> None:
    coordinator = User.objects.get(username="coordinator")
    enrolled(coordinator)

    page = make_page()
    through_provider(page, "colin", provider)
    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.get_by_role("heading", name="Hello, Colin")).to_be_visible()
    assert ExternalIdentity.objects.get(subject="colin").user == coordinator

    # Signing out here signs out at the provider too, and comes back to the sign-in page.
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign out of Test University?")).to_be_visible()
    page.get_by_role("button", name="Yes, sign me out").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    # The provider asks for the password again: its session ended.
    through_provider(page, "colin-password-only", provider)
    # After a password alone at the provider, the authenticator app's code is asked here.
    expect(page).to_have_url(f"{live_server.url}/accounts/login/second-step/")
    expect(page.get_by_label("Code from your authenticator app, or a recovery code")).to_be_visible()
