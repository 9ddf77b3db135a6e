"""A supporter pauses in one tap and sees support; her supervisor signs off her return with a note;
she can log contacts again (issue 5's browser check, in Debian's Chromium).

Anika (`supporter`) is supervised by Dr Wendy Hale (`supervisor`) in the demo.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import ViewportSize, expect

from program.models import Membership, MembershipStatus, Role
from supervision.models import Contact, Pause

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)
# A fixed path so a person can look at it after a run; nothing reads it back.
PAUSED_SCREENSHOT = "/tmp/browser-paused.png"  # noqa: S108


def test_one_tap_pause_then_a_supervisors_sign_off_and_back_to_logging(demo, make_page, sign_in, live_server):
    anika = Membership.objects.get(program=demo, user__username="supporter", role=Role.SUPPORTER)
    supporter = make_page(PHONE)
    sign_in(supporter, "supporter")

    # One tap, from the dashboard's navigation.
    supporter.get_by_role("button", name="Pause me").click()

    expect(supporter.get_by_role("heading", level=1)).to_have_text("Your pause")
    expect(
        supporter.get_by_role("status").filter(has_text="You're paused from supporting peers")
    ).to_be_visible()
    support = supporter.get_by_role("region", name="Support for you")
    expect(support.get_by_role("link", name="13 11 14")).to_be_visible()
    supporter.screenshot(path=PAUSED_SCREENSHOT, full_page=True)
    anika.refresh_from_db()
    assert anika.status == MembershipStatus.PAUSED
    pause = Pause.objects.get(membership=anika, ended_at__isnull=True)
    # While paused the dashboard says so instead of offering to log a contact.
    supporter.goto(f"{live_server.url}/")
    expect(supporter.get_by_text("You're paused from supporting peers for now")).to_be_visible()
    expect(supporter.get_by_role("button", name="Pause me")).to_have_count(0)

    supervisor = make_page()
    sign_in(supervisor, "supervisor")
    supervisor.goto(f"{live_server.url}/programs/{demo.pk}/pauses/")
    supervisor.get_by_role("link", name=anika.display_name).first.click()
    expect(supervisor.get_by_role("heading", level=1)).to_have_text(f"Pause: {anika.display_name}")
    expect(supervisor.get_by_text("I asked to pause.")).to_be_visible()
    supervisor.get_by_role("button", name="Resume").click()
    expect(supervisor.get_by_text("Sign-off note: This field is required.")).to_be_visible()
    supervisor.get_by_label("Sign-off note").fill(
        "We talked on Tuesday; she feels ready and knows to pause again."
    )
    supervisor.get_by_role("button", name="Resume").click()
    expect(supervisor.locator("ul.messages")).to_have_text("Resumed; the supporter has been told.")
    pause.refresh_from_db()
    assert not pause.is_open and pause.ended_by.username == "supervisor"

    before = Contact.objects.filter(supporter=anika).count()
    supporter.goto(f"{live_server.url}/programs/{demo.pk}/contacts/new/")
    supporter.get_by_role("radio", name="Phone", exact=True).click()
    supporter.get_by_role("radio", name="Low", exact=True).click()
    supporter.get_by_role("checkbox", name="Academic", exact=True).click()
    supporter.get_by_role("checkbox", name="Listened", exact=True).click()
    supporter.get_by_label("How long (minutes)").fill("25")
    supporter.get_by_label("How distressed are you after this contact?").select_option("2")
    supporter.get_by_role("button", name="Log contact").click()
    expect(supporter).to_have_url(re.compile(rf"/programs/{demo.pk}/contacts/\d+/$"))
    assert Contact.objects.filter(supporter=anika).count() == before + 1
