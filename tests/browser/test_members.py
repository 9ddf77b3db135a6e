"""A coordinator adds a member through the form, is told plainly about bad dates, and sees it audited."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PROGRAM = "WPU Medical Student Peer Support"  # seed_demo's


def open_add_member_form(page, sign_in) -> None:
    sign_in(page, "coordinator")
    page.locator('section[data-role="coordinator"]').get_by_role("link", name="Add a member").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Add a member to {PROGRAM}")


def fill_member(page, *, email: str, term_start: str, expected_end: str) -> None:
    page.get_by_label("Email").fill(email)
    page.get_by_label("First name").fill("Priya")
    page.get_by_label("Last name").fill("Natarajan")
    page.get_by_label("Role").select_option(label="Supporter")
    page.get_by_label("Term start").fill(term_start)
    page.get_by_label("Expected end").fill(expected_end)
    page.get_by_label("Year level").fill("3")
    page.get_by_role("button", name="Add member").click()


def test_it_adds_a_supporter_and_shows_their_member_page(demo, page, sign_in, live_server):
    open_add_member_form(page, sign_in)

    fill_member(page, email="priya.natarajan@example.edu", term_start="2026-02-01", expected_end="2028-11-30")

    expect(page).to_have_url(re.compile(rf"^{live_server.url}/programs/{demo.pk}/members/\d+/$"))
    expect(page.get_by_role("status")).to_have_text("Priya Natarajan added as Supporter.")
    expect(page.get_by_role("heading", level=1)).to_have_text("Priya Natarajan")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Supporter")
    expect(facts).to_contain_text("1 Feb 2026 – 30 Nov 2028")
    expect(page.get_by_text("No supervisor assigned yet.")).to_be_visible()


def test_it_names_expected_end_when_it_is_before_the_term_start(demo, page, sign_in, live_server):
    open_add_member_form(page, sign_in)

    fill_member(page, email="priya.natarajan@example.edu", term_start="2026-02-01", expected_end="2025-11-30")

    expect(page).to_have_url(f"{live_server.url}/programs/{demo.pk}/members/add/")
    error = page.locator(".errorlist")
    expect(error).to_have_count(1)
    expect(error).to_have_text("Expected end: The expected end cannot be before the term start.")
    # What was typed survives, so only the wrong date needs fixing.
    expect(page.get_by_label("Email")).to_have_value("priya.natarajan@example.edu")
    expect(page.get_by_label("Expected end")).to_have_value("2025-11-30")


def test_it_records_the_addition_in_the_audit_trail(demo, page, sign_in):
    open_add_member_form(page, sign_in)
    fill_member(page, email="priya.natarajan@example.edu", term_start="2026-02-01", expected_end="2028-11-30")
    expect(page.get_by_role("heading", level=1)).to_have_text("Priya Natarajan")

    page.get_by_role("link", name="Dashboard").click()
    page.locator('section[data-role="coordinator"]').get_by_role("link", name="Audit trail").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"Audit trail — {PROGRAM}")
    # The demo's pauses and handed-on shifts are audited too; the newest row is the addition.
    # Lines in words (program/audit_lines.py): who, then what happened; never a model label.
    rows = page.locator("tbody tr")
    expect(rows.filter(has_text="Added a member")).to_have_count(1)
    created = rows.first
    expect(created.locator("td").nth(1)).to_have_text("Colin Marsh")
    expect(created.locator("td").nth(2)).to_have_text("Added a member")
    expect(created.locator("td").nth(3)).to_contain_text("#")
    expect(page.locator("main")).not_to_contain_text("program.membership")


def test_it_ties_the_expected_end_error_to_its_field_for_screen_readers(demo, page, sign_in):
    open_add_member_form(page, sign_in)

    fill_member(page, email="priya.natarajan@example.edu", term_start="2026-02-01", expected_end="2025-11-30")

    expected_end = page.get_by_label("Expected end")
    expect(expected_end).to_have_attribute("aria-invalid", "true")
    expect(expected_end).to_have_accessible_description(
        re.compile("The expected end cannot be before the term start")
    )


def test_it_reads_a_fields_help_text_to_screen_readers(demo, page, sign_in):
    open_add_member_form(page, sign_in)

    expect(page.get_by_label("Email")).to_have_accessible_description(
        "An existing account is found by email; otherwise an invitation is sent.", timeout=1_000
    )
