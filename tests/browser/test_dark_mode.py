"""Dark mode follows the phone's setting (issue 14): with the browser set to dark, the pages are dark
and axe-core finds no colour-contrast failure on the key pages, a refused form's error summary included.
The light scheme is checked by the axe crawl (tests/browser/test_axe_crawl.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest
from django.conf import settings
from playwright.sync_api import Browser, Page, ViewportSize, expect

from tests.browser.conftest import TIMEOUT_MS

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
PHONE = ViewportSize(width=390, height=844)
LAPTOP = ViewportSize(width=1366, height=900)


def dark_page(
    browser: Browser, live_server, scheme: Literal["dark", "light"], viewport: ViewportSize
) -> Page:
    context = browser.new_context(base_url=live_server.url, viewport=viewport, color_scheme=scheme)
    context.set_default_timeout(TIMEOUT_MS)
    return context.new_page()


@pytest.fixture
def pages(browser: Browser, live_server) -> Iterator[list[Page]]:
    opened: list[Page] = []
    yield opened
    for page in opened:
        page.context.close()


def luminance(css_colour: str) -> float:
    """Relative luminance (WCAG) of an `rgb(r, g, b)` / `rgba(...)` computed colour."""
    parts = css_colour[css_colour.index("(") + 1 : css_colour.index(")")].split(",")
    r, g, b = (int(float(p)) / 255 for p in parts[:3])

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def background(page: Page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


def page_background(page: Page) -> str:
    """What shows behind the page: the body's own background, or else the root's (propagated)."""
    body = background(page, "body")
    return body if body not in ("rgba(0, 0, 0, 0)", "transparent") else background(page, "html")


def contrast_violations(page: Page) -> list[str]:
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated, not a <script> tag: the pages' Content-Security-Policy forbids inline scripts.
        page.evaluate(AXE.read_text())
    found = page.evaluate(
        "async () => (await axe.run(document, {runOnly: ['color-contrast'], resultTypes: ['violations']}))"
        ".violations.flatMap(v => v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary))"
    )
    return [json.dumps(v) for v in found]


def sign_in(page: Page, username: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()


def test_the_page_is_light_by_default_and_dark_when_the_phone_is(browser, live_server, pages, demo):
    light = dark_page(browser, live_server, "light", PHONE)
    dark = dark_page(browser, live_server, "dark", PHONE)
    pages.extend([light, dark])
    for page in (light, dark):
        page.goto("/accounts/login/")
        expect(page.locator('meta[name="color-scheme"]')).to_have_attribute("content", "light dark")

    assert luminance(page_background(light)) > 0.8, page_background(light)
    assert luminance(page_background(dark)) < 0.05, page_background(dark)
    # The card the form sits on, the fields and the text follow too.
    assert luminance(background(dark, "main .card")) < 0.05, background(dark, "main .card")
    assert luminance(background(dark, "#id_username")) < 0.05
    text = dark.eval_on_selector("main h1", "e => getComputedStyle(e).color")
    assert luminance(text) > 0.6, text


@pytest.mark.parametrize(
    ("role", "paths"),
    [
        # Her home (banners, quick bar, tags), the contact form, her contacts (a table), Who to call.
        ("supporter", ["/", "contacts/new/", "contacts/", "directory/"]),
        # The coordinator's home and the program overview (tables, tags, charts).
        ("coordinator", ["/", ""]),
    ],
)
def test_key_pages_pass_axe_colour_contrast_in_dark_mode(
    browser, live_server, pages, demo, demo_password, role, paths
):
    problems: list[str] = []
    for viewport in (PHONE, LAPTOP):
        page = dark_page(browser, live_server, "dark", viewport)
        pages.append(page)
        sign_in(page, role, demo_password)
        for path in paths:
            url = path if path.startswith("/") else f"/programs/{demo.pk}/{path}"
            page.goto(url)
            assert luminance(page_background(page)) < 0.05, (url, page_background(page))
            main = background(page, "main")
            assert main == "rgba(0, 0, 0, 0)" or luminance(main) < 0.05, (url, main)
            problems += [f"{viewport['width']} px {url}: {v}" for v in contrast_violations(page)]
    assert not problems, "\n".join(problems)


def test_a_refused_contact_in_dark_mode_passes_colour_contrast(
    browser, live_server, pages, demo, demo_password
):
    """The error summary, the error messages and the marked fields, in the dark."""
    page = dark_page(browser, live_server, "dark", PHONE)
    pages.append(page)
    sign_in(page, "supporter", demo_password)
    page.goto(f"/programs/{demo.pk}/contacts/new/")
    page.get_by_role("button", name="Log contact").click()

    expect(page.locator(".error-summary")).to_be_visible()
    # Focus is on the summary, so its focus ring is drawn too.
    assert not contrast_violations(page), contrast_violations(page)
    assert luminance(background(page, ".error-summary")) < 0.05


def test_charts_are_redrawn_in_light_ink_on_the_dark_page(browser, live_server, pages, demo, demo_password):
    """The runway chart (server-rendered SVG with light-scheme colours) takes the dark scheme's."""
    page = dark_page(browser, live_server, "dark", PHONE)
    pages.append(page)
    sign_in(page, "coordinator", demo_password)
    page.goto(f"/programs/{demo.pk}/continuity/")
    chart = page.locator("svg.chart").first
    expect(chart).to_be_visible()

    painted = chart.evaluate(
        """svg => [...svg.querySelectorAll("text, rect, line, polyline")].map(e => {
             const style = getComputedStyle(e);
             return [e.tagName, e.tagName === "line" || e.tagName === "polyline" ? style.stroke : style.fill];
           }).filter(([, colour]) => colour.startsWith("rgb"))"""
    )
    assert painted, "the chart draws nothing"
    text = [colour for tag, colour in painted if tag == "text"]
    marks = [colour for tag, colour in painted if tag in ("rect", "polyline")]
    # Labels as readable as the page's muted text; bars and lines bright against the dark card.
    assert text and all(luminance(c) > 0.35 for c in text), text
    assert all(luminance(c) > 0.2 for c in marks), marks
