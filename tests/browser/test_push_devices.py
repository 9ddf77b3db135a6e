"""The installable app in a real Chromium: every page registers the service worker at the root scope,
and the "Notifications on this device" page runs its static script under the strict CSP."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page
from py_vapid import Vapid02

from tests.browser.test_content_security_policy import watch_for_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def web_push(settings) -> None:
    key = Vapid02()
    key.generate_keys()
    settings.VAPID_PRIVATE_KEY = key.private_pem().decode()


def test_the_device_page_registers_the_worker_and_offers_to_turn_notifications_on(
    demo, web_push, page: Page, live_server, sign_in: Callable[..., None]
) -> None:
    violations = watch_for_violations(page)
    sign_in(page, "supervisor")

    page.goto("/notifications/devices/")
    page.get_by_text("Notifications are off for this device.").wait_for()

    assert page.get_by_role("button", name="Turn on notifications on this device").is_visible()
    scope = page.evaluate("navigator.serviceWorker.getRegistration().then(r => r && r.scope)")
    assert scope == f"{live_server.url}/"
    manifest = page.evaluate("fetch(document.querySelector('link[rel=manifest]').href).then(r => r.json())")
    assert manifest["display"] == "standalone"
    assert violations == []
