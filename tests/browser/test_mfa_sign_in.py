"""The demo coordinator adds an authenticator app and signs in with it, in Chromium, with real codes from
pyotp; the pages of the second factor and of personal access tokens pass axe-core."""

from __future__ import annotations

import time
from collections.abc import Callable

import pyotp
import pytest
from playwright.sync_api import Page, expect

from program import mfa
from tests.browser.test_axe_crawl import NARROWEST, PHONE, axe_violations, settle, sideways

pytestmark = pytest.mark.browser


def no_violations(page: Page) -> None:
    assert axe_violations(page) == [], page.url
    settle(page, PHONE)
    assert axe_violations(page) == [], f"{page.url} at phone width"
    settle(page, NARROWEST)
    assert sideways(page) == "", page.url


def test_the_demo_coordinator_enrols_and_signs_in_with_a_code(
    demo, make_page: Callable[..., Page], sign_in, live_server
) -> None:
    page = make_page()
    sign_in(page, "coordinator")
    page.goto("/accounts/details/")
    page.get_by_role("link", name="Second factor (authenticator app or passkey)").click()
    expect(page.get_by_role("heading", name="Second factor", exact=True)).to_be_visible()
    expect(page.locator(".qr-code svg")).to_be_visible()
    no_violations(page)
    totp = pyotp.TOTP(page.locator("#totp-secret").inner_text().strip())

    page.get_by_label("Code from your authenticator app").fill(totp.now())
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    no_violations(page)

    # A new browser: the password alone no longer signs in.
    fresh = make_page()
    sign_in(fresh, "coordinator")
    expect(fresh).to_have_url(f"{live_server.url}/accounts/login/second-step/")
    no_violations(fresh)
    fresh.get_by_label("Code from your authenticator app, or a recovery code").fill(
        "000000" if totp.now() != "000000" else "111111"
    )
    fresh.get_by_role("button", name="Continue").click()
    expect(fresh.get_by_role("alert")).to_contain_text("That code is not right")
    fresh.get_by_label("Code from your authenticator app, or a recovery code").fill(
        totp.at(time.time() + mfa.STEP_SECONDS)
    )
    fresh.get_by_role("button", name="Continue").click()
    expect(fresh).to_have_url(f"{live_server.url}/")

    # That verified session makes a personal access token, shown once.
    fresh.goto("/accounts/api-tokens/")
    no_violations(fresh)
    fresh.get_by_label("Name").fill("weekly report")
    fresh.get_by_label("Expires on").fill(time.strftime("%Y-%m-%d", time.localtime(time.time() + 30 * 86400)))
    fresh.get_by_role("button", name="Make token").click()
    expect(fresh.locator("#new-token")).to_contain_text("pat_")
    no_violations(fresh)
    fresh.goto("/accounts/api-tokens/")
    expect(fresh.locator("#new-token")).to_have_count(0)
    expect(fresh.get_by_role("cell", name="weekly report", exact=True)).to_be_visible()
