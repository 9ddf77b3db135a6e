"""On a phone the supporter's dashboard fits the screen and the crisis numbers are there."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import ViewportSize, expect

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)  # an iPhone 12–15
# A fixed path so a person can look at it after a run; nothing reads it back.
SCREENSHOT = "/tmp/browser-phone.png"  # noqa: S108
MENU_SCREENSHOT = "/tmp/browser-phone-menu.png"  # noqa: S108


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


def test_the_menu_button_opens_every_destination_and_works_by_keyboard(demo, make_page, sign_in):
    page = make_page(PHONE)
    sign_in(page, "supporter")
    nav = page.get_by_role("navigation", name="Main")
    button = nav.get_by_role("button", name="Menu", exact=True)
    links = nav.locator("#site-nav-list > li")
    count = links.count()
    assert count >= 10  # every destination of the supporter's navigation is in the one list

    # Folded on a phone until asked for.
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_have_attribute("aria-controls", "site-nav-list")
    expect(links.first).to_be_hidden()

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    for index in range(count):
        item = links.nth(index)
        item.scroll_into_view_if_needed()
        expect(item).to_be_visible()
    for label in ("Dashboard", "On call now", "Check-in", "Who to call", "Pauses", "My details"):
        expect(nav.get_by_role("link", name=label, exact=True)).to_be_visible()
    page.screenshot(path=MENU_SCREENSHOT, full_page=True)

    # Keyboard: Escape closes and gives focus back to the button; Enter and Space toggle it.
    nav.get_by_role("link", name="My details").focus()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(links.first).to_be_hidden()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    # The first destination in the opened menu is the urgent one: "Get advice now" leads it.
    expect(nav.get_by_role("link", name="Get advice now")).to_be_focused()

    # No wider than the phone, open or shut.
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths


def test_the_bottom_bar_keeps_three_actions_one_tap_away_without_covering_the_page(
    demo, make_page, sign_in, live_server
):
    page = make_page(PHONE)
    sign_in(page, "supporter")
    bar = page.get_by_role("navigation", name="Quick actions")
    for label in ("Log a contact", "Get advice now", "Who to call"):
        link = bar.get_by_role("link", name=label)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box is not None and box["height"] >= 44 and box["y"] + box["height"] <= PHONE["height"], box
    # Scrolled to the end, the page's last content still ends above the bar.
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    main_bottom = page.evaluate("() => document.querySelector('main').getBoundingClientRect().bottom")
    bar_top = bar.bounding_box()["y"]
    assert main_bottom <= bar_top + 1, (main_bottom, bar_top)

    bar.get_by_role("link", name="Who to call").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Who to call")

    # At laptop width the bar gives way to the full navigation, and there is no menu button.
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(bar).to_be_hidden()
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    main_nav = page.get_by_role("navigation", name="Main")
    expect(main_nav.get_by_role("link", name="Log a contact")).to_be_visible()


def test_without_javascript_the_navigation_is_an_open_list(demo, browser, live_server, sign_in):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        sign_in(page, "supporter")
        nav = page.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("button", name="Menu")).to_have_count(0)  # hidden, so not in the tree
        expect(nav.get_by_role("link", name="Who to call")).to_be_visible()
        expect(nav.get_by_role("link", name="Check-in")).to_be_visible()
    finally:
        context.close()


def test_a_refused_contact_form_opens_with_the_error_summary_focused(demo, make_page, sign_in, live_server):
    page = make_page(PHONE)
    sign_in(page, "supporter")
    page.goto(f"{live_server.url}/programs/{demo.pk}/contacts/new/")

    with page.expect_navigation():
        page.get_by_role("button", name="Log contact").click()

    summary = page.get_by_role("alert").filter(has_text="There is a problem")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_have_attribute("aria-labelledby", re.compile(r".+-error-summary-title$"))
    problems = summary.get_by_role("link")
    assert problems.count() >= 5  # every problem at once
    # Each link takes focus to its field.
    first = problems.first
    target = first.get_attribute("href")
    first.click()
    expect(page.locator(target)).to_be_focused()
