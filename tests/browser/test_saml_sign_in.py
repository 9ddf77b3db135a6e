"""SAML sign-in in Chromium: "Sign in with Example University" on the sign-in page, the username and
password on the identity provider's own page (tests/identity_providers/saml_idp.py, a real server on
localhost), its page posting the signed response back, and the person on their home page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from program.models import Membership
from tests.browser.test_axe_crawl import axe_violations
from tests.factories import MembershipFactory, UserFactory
from tests.identity_providers import saml_idp
from tests.identity_providers.saml_idp import Account, SamlIdentityProvider

pytestmark = pytest.mark.browser

PASSWORD = "idp-password"


@pytest.fixture
def idp(live_server, settings, tmp_path: Path) -> Iterator[SamlIdentityProvider]:
    # The IdP is named "localhost" like the live server: over plain HTTP the request cookie is
    # SameSite=Lax, which Chromium sends with the IdP page's POST only from the same site. Deployments
    # use HTTPS, where it is SameSite=None; Secure (tests/program/test_saml_sign_in.py checks that).
    with saml_idp.running(f"{live_server.url}/sso/saml/metadata/", hostname="localhost") as provider:
        saml_idp.configure(settings, provider, live_server.url, tmp_path)
        provider.accounts["mariam"] = Account(
            password=PASSWORD,
            nameid="7d1e-persistent-mariam",
            attributes={saml_idp.MAIL: "mariam.haddad@uni.example", saml_idp.GIVEN_NAME: "Mariam"},
        )
        yield provider


def sign_in_at_the_idp(page: Page, idp: SamlIdentityProvider, password: str = PASSWORD) -> None:
    page.goto("/accounts/login/")
    page.get_by_role("link", name="Sign in with Example University").click()
    expect(page).to_have_url(re.compile(re.escape(f"{idp.url}/sso?")))
    page.get_by_label("Username").fill("mariam")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def test_a_supporter_signs_in_through_the_university_and_lands_on_home(
    page: Page, live_server, idp: SamlIdentityProvider
) -> None:
    mariam = UserFactory(username="mhaddad", email="mariam.haddad@uni.example", first_name="Mariam")
    MembershipFactory(user=mariam, role="supporter")
    sign_in_at_the_idp(page, idp)
    expect(page).to_have_url(f"{live_server.url}/")
    expect(
        page.get_by_text(Membership.objects.get(user__username="mhaddad").program.name).first
    ).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def test_the_sign_in_page_with_the_institutions_button_passes_axe(
    page: Page, idp: SamlIdentityProvider
) -> None:
    page.goto("/accounts/login/")
    expect(page.get_by_role("link", name="Sign in with Example University")).to_be_visible()
    assert axe_violations(page) == []


def test_a_tampered_response_leaves_the_person_on_the_sign_in_page_with_the_reason(
    page: Page, live_server, idp: SamlIdentityProvider
) -> None:
    UserFactory(email="mariam.haddad@uni.example")
    idp.fault = "bad_signature"
    sign_in_at_the_idp(page, idp)
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("status")).to_contain_text(
        "Sign-in with Example University was refused: its signature does not match."
    )


def test_signing_out_goes_through_the_idp_and_back_to_the_sign_in_page(
    page: Page, live_server, idp: SamlIdentityProvider
) -> None:
    UserFactory(email="mariam.haddad@uni.example")
    sign_in_at_the_idp(page, idp)
    expect(page).to_have_url(f"{live_server.url}/")
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("status")).to_contain_text("You are signed out, here and at Example University.")
    assert idp.logouts == ["7d1e-persistent-mariam"]
    # The IdP's session ended too: signing in again asks for the password on its page.
    page.get_by_role("link", name="Sign in with Example University").click()
    expect(page.get_by_label("Password")).to_be_visible()
