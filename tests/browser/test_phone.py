"""On a phone the supporter's dashboard fits the screen and the crisis numbers are there."""

from __future__ import annotations

import pytest
from playwright.sync_api import ViewportSize, expect

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)  # an iPhone 12–15
# A fixed path so a person can look at it after a run; nothing reads it back.
SCREENSHOT = "/tmp/browser-phone.png"  # noqa: S108


def test_it_fits_a_supporters_dashboard_on_a_phone_without_sideways_scrolling(demo, make_page, sign_in):
    page = make_page(PHONE)

    sign_in(page, "supporter")

    expect(page.locator('section[data-role="supporter"]')).to_be_visible()
    widths = page.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert widths["client"] == PHONE["width"]
    assert widths["scroll"] <= widths["client"], widths
    crisis = page.locator('section[data-role="supporter"] .crisis')
    for number in ("000", "13 11 14", "1300 659 467"):
        link = crisis.get_by_role("link", name=number)
        expect(link).to_be_visible()
        link.scroll_into_view_if_needed()
        box = link.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (number, box)
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=SCREENSHOT, full_page=True)
