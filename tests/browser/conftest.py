"""A real headless Chromium against pytest-django's live server, signed in through the login form.

Chromium is Debian's (/usr/bin/chromium), driven by the `playwright` package with no browser
download. Where it is missing the browser tests skip with a message, unless REQUIRE_BROWSER=1
(CI), where a missing browser is a failure rather than a silent skip.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize, expect, sync_playwright

from program.models import Program

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    # Without these Chromium keeps trying to reach hosts this machine cannot reach.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MISSING_BROWSER = "Chromium is not installed (apt-get install chromium); browser tests skipped"

DEMO_PASSWORD = "browser-demo-password"
# Long enough for a loaded CI machine: at 5 s, a PDF rendered by WeasyPrint while every core ran other
# tests missed its download three times in one CI run. A passing wait never lasts this long; only a
# failing one does.
TIMEOUT_MS = 15_000
DESKTOP = ViewportSize(width=1280, height=800)
expect.set_options(timeout=TIMEOUT_MS)  # `expect(...)` assertions wait as long as actions do


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Chromium per test module, and Django's async-safety check switched off only while it runs.

    Playwright's sync API keeps its event loop "running" in the main thread (suspended in a greenlet)
    for as long as it is open, so Django refuses ORM calls from the tests and pytest-django's flushes
    ("You cannot call this from an async context") unless DJANGO_ALLOW_ASYNC_UNSAFE is set. Set for the
    whole session (at import) it leaks into the rest of the suite, including the `check --deploy`
    subprocess in tests/test_settings.py, which then fails with async.E001; a session-long browser
    would equally leave the loop "running" under every later non-browser test. Module scope bounds
    both to the browser modules, at the cost of one Chromium start (~0.3 s) per module.
    """
    if not CHROMIUM.exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(MISSING_BROWSER)
        pytest.skip(MISSING_BROWSER)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()


@pytest.fixture
def make_page(browser: Browser, live_server) -> Iterator[Callable[..., Page]]:
    """Open a fresh browser context (no cookies) with the given viewport; closed after the test."""
    contexts: list[BrowserContext] = []

    def make(viewport: ViewportSize | None = None) -> Page:
        context = browser.new_context(base_url=live_server.url, viewport=viewport or DESKTOP)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(make_page: Callable[..., Page]) -> Page:
    return make_page()


@pytest.fixture
def demo(live_server, monkeypatch: pytest.MonkeyPatch) -> Program:
    """The demo program from `seed_demo`: one person per role, all with DEMO_PASSWORD."""
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    # pytest-django runs tests with DEBUG off, where seed_demo refuses without --force.
    call_command("seed_demo", "--force", stdout=io.StringIO())
    return Program.objects.get(name="WPU Medical Student Peer Support")


@pytest.fixture
def demo_password() -> str:
    return DEMO_PASSWORD


@pytest.fixture
def sign_in() -> Callable[..., None]:
    """Type the credentials into the real login form and press "Sign in" (no force_login here)."""

    def submit(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password", exact=True).fill(password)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()

    return submit
