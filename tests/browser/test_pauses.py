"""A supporter pauses (after a page that says what will happen) and sees support; her supervisor signs
off her return with a note; she can log contacts again (issue 5's browser check, in Debian's Chromium).

Anika (`supporter`) is supervised by Dr Wendy Hale (`supervisor`) in the demo.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import ViewportSize, expect

from program.models import Membership, MembershipStatus, Role
from supervision.models import Contact, Pause, Roster, RosterStatus, Shift, ShiftAssignment, Unavailability
from supervision.selectors import upcoming_shifts_held_by

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)
# A fixed path so a person can look at it after a run; nothing reads it back.
PAUSED_SCREENSHOT = "/tmp/browser-paused.png"  # noqa: S108


def test_one_tap_pause_then_a_supervisors_sign_off_and_back_to_logging(demo, make_page, sign_in, live_server):
    anika = Membership.objects.get(program=demo, user__username="supporter", role=Role.SUPPORTER)
    supporter = make_page(PHONE)
    sign_in(supporter, "supporter")

    # From the navigation (behind the phone's menu button), a page that says what will happen first.
    supporter.get_by_role("button", name="Menu", exact=True).click()
    supporter.get_by_role("link", name="Pause me").click()
    expect(supporter.get_by_role("heading", level=1)).to_have_text("Take a pause")
    anika.refresh_from_db()
    assert anika.status == MembershipStatus.ACTIVE  # asking changed nothing
    supporter.get_by_role("button", name="Pause me now").click()

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
    expect(supporter.get_by_role("link", name="Pause me")).to_have_count(0)

    supervisor = make_page()
    sign_in(supervisor, "supervisor")
    supervisor.goto(f"{live_server.url}/programs/{demo.pk}/pauses/")
    supervisor.get_by_role("link", name=anika.display_name).first.click()
    expect(supervisor.get_by_role("heading", level=1)).to_have_text(f"Pause: {anika.display_name}")
    expect(supervisor.get_by_text("I asked to pause.")).to_be_visible()
    supervisor.get_by_role("button", name="Resume").click()
    # The error summary names the field and links to it; the field carries the message too.
    expect(
        supervisor.get_by_role("alert").get_by_role("link", name="Sign-off note: This field is required.")
    ).to_be_visible()
    expect(supervisor.locator("#id_note_error")).to_have_text("Sign-off note: This field is required.")
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


def test_pausing_asks_first_and_undo_gives_back_a_shift_nobody_took(demo, make_page, sign_in, live_server):
    anika = Membership.objects.get(program=demo, user__username="supporter", role=Role.SUPPORTER)
    start = timezone.now() + timedelta(days=3)
    today = demo.today()
    roster = Roster.objects.create(
        program=demo,
        starts_on=today,
        ends_on=today + timedelta(days=7),
        status=RosterStatus.PUBLISHED,
        generated_by=User.objects.get(username="coordinator"),
        published_at=timezone.now(),
    )
    shift = Shift.objects.create(
        program=demo,
        roster=roster,
        name="Evening",
        role="supporter",
        starts_at=start,
        ends_at=start + timedelta(hours=4),
    )
    ShiftAssignment.objects.create(shift=shift, membership=anika)
    # Nobody else can take it, so pausing leaves it open and the undo gives it back.
    for other in Membership.objects.filter(program=demo, role=Role.SUPPORTER).exclude(pk=anika.pk):
        Unavailability.objects.create(
            membership=other,
            kind="leave",
            starts_at=start - timedelta(days=1),
            ends_at=start + timedelta(days=1),
        )
    held = upcoming_shifts_held_by(anika)
    page = make_page(PHONE)
    sign_in(page, "supporter")

    page.get_by_role("button", name="Menu", exact=True).click()
    page.get_by_role("link", name="Pause me").click()
    what = page.locator("#what-happens")
    expect(what).to_contain_text(f"Your {held} upcoming shift")
    expect(what).to_contain_text("Your supervisor is told")
    expect(what).to_contain_text("For 10 minutes you can undo it yourself")
    page.get_by_role("button", name="Pause me now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your pause")
    assert not ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).exists()

    page.get_by_role("button", name="Undo my pause").click()

    expect(page.locator("ul.messages")).to_contain_text("Your pause is undone")
    expect(page.locator("ul.messages")).to_contain_text("nobody had taken yet")
    anika.refresh_from_db()
    assert anika.status == MembershipStatus.ACTIVE
    assert set(
        ShiftAssignment.objects.filter(shift=shift, ended_at__isnull=True).values_list(
            "membership_id", flat=True
        )
    ) == {anika.pk}
