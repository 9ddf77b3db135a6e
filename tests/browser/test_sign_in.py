"""Signing in through the real form, by mouse and by keyboard, lands each demo role on its own dashboard."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from program.aggregates import BOUND

pytestmark = pytest.mark.browser

# role: (text its dashboard section must show, text it must not show)
DASHBOARDS = {
    "coordinator": (
        ["active supporters", "(minimum 8)", "paused supporters", "Needs your attention", "Add a member"],
        ["If someone is at risk right now"],
    ),
    "supervisor": (
        ["Your supporters", "Anika Rao", "Nikhil Sharma", "Sasha Ivanova"],
        ["active supporters", "Add a member"],
    ),
    "supporter": (
        [
            "Your supervision",
            "Supervisor: Dr Wendy Hale",
            "If someone is at risk right now",
            "Lifeline: 13 11 14",
        ],
        ["active supporters", "Your supporters"],
    ),
    "applicant": (
        ["You are registered with WPU Medical Student Peer Support as applicant", "Colin Marsh"],
        ["If someone is at risk right now", "active supporters"],
    ),
    "sponsor": (
        ["De-identified figures only", "active supporters", "active supervisors"],
        ["Anika Rao", "Dr Wendy Hale", "Add a member"],
    ),
}


@pytest.mark.parametrize("role", list(DASHBOARDS))
def test_it_signs_each_demo_role_in_to_its_own_dashboard(role, demo, page, sign_in, live_server):
    shows, hides = DASHBOARDS[role]

    sign_in(page, role)

    expect(page).to_have_url(f"{live_server.url}/")
    expect(page).to_have_title("Dashboard · Peer support")
    sections = page.locator("main section[data-role]")
    expect(sections).to_have_count(1)
    section = page.locator(f'main section[data-role="{role}"]')
    expect(section).to_be_visible()
    for text in shows:
        expect(section).to_contain_text(text)
    for text in hides:
        expect(page.locator("main")).not_to_contain_text(text)


def test_it_gives_a_supporter_a_dialable_lifeline_number(demo, page, sign_in):
    sign_in(page, "supporter")

    crisis = page.locator('section[data-role="supporter"] .crisis')
    lifeline = crisis.get_by_role("link", name="13 11 14")
    expect(lifeline).to_be_visible()
    expect(lifeline).to_have_attribute("href", "tel:131114")
    expect(crisis.get_by_role("link", name="000")).to_have_attribute("href", "tel:000")


def test_it_shows_a_sponsor_counts_and_a_program_report_with_small_cells_suppressed(demo, page, sign_in):
    sign_in(page, "sponsor")

    figures = page.locator('section[data-role="sponsor"] .grid > div')
    # Eight active supporters (two of the ten are paused) and five supervisors, each moved by at most
    # BOUND (program/aggregates.py) so that they cannot be subtracted from a report's figures.
    supporters = figures.filter(has_text="active supporters").locator(".stat").inner_text()
    supervisors = figures.filter(has_text="active supervisors").locator(".stat").inner_text()
    assert abs(int(supporters) - 8) <= BOUND
    assert supervisors == "<5" or abs(int(supervisors) - 5) <= BOUND

    # The program report: the demo's months hold small counts (high-risk contacts, pauses), shown as "<5".
    page.get_by_role("link", name="Program report").first.click()
    with page.expect_download() as download:
        page.get_by_role("link", name="The last 12 months").click()
    reader = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())
    assert "By month" in text and "<5" in text
    for name in ("Anika", "Mariam", "Priya", "Rao"):
        assert name not in text


def test_it_keeps_a_wrong_password_on_the_login_page_with_the_error(demo, page, sign_in, live_server):
    sign_in(page, "coordinator", "not-the-password")

    expect(page).to_have_url(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("alert")).to_contain_text("Your username and password didn't match")
    expect(page.get_by_label("Username")).to_have_value("coordinator")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
    expect(page.locator("section[data-role]")).to_have_count(0)


def test_it_signs_in_by_keyboard_alone_via_the_skip_link(demo, demo_password, page, live_server):
    page.goto("/accounts/login/")
    skip_link = page.get_by_role("link", name="Skip to main content")

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    # Hidden off-screen until focused; a focused skip link that cannot be seen is no use.
    box = skip_link.bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, box

    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    page.keyboard.press("Tab")
    expect(page.get_by_label("Username")).to_be_focused()
    page.keyboard.type("supervisor")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password", exact=True)).to_be_focused()
    page.keyboard.type(demo_password)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Sign in")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator('section[data-role="supervisor"]')).to_contain_text("Your supporters")
