"""Rosters in Chromium (issue 6): the coordinator generates and publishes a roster; a supporter offers a
swap; a colleague takes it; the coordinator approves; both see the change in their calendar feeds; the
on-call-now page shows the supervisor on call.

The demo has four published weeks from today; the new roster here is the four weeks after them.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

from program.models import Membership, Role
from supervision.models import Roster, RosterStatus, ShiftAssignment, SwapRequest, SwapStatus
from supervision.rosters import feeds as calendars
from supervision.rosters import services as rosters

pytestmark = pytest.mark.browser


def feed_status(page, user, uid: str) -> str:
    """What the person's private calendar feed says of one shift, fetched over HTTP like a calendar app."""
    token = calendars.live_feed(user).token
    body = page.request.get(f"/calendar/{token}.ics").body()
    events = {str(e["uid"]): str(e["status"]) for e in Calendar.from_ical(body).walk("VEVENT")}
    return events.get(uid, "absent")


def test_generate_publish_swap_approve_and_see_it_in_the_feeds(demo, make_page, sign_in, live_server):
    today = demo.today()
    start, end = today + timedelta(days=28), today + timedelta(days=41)

    coordinator = make_page()
    sign_in(coordinator, "coordinator")
    coordinator.goto(f"/programs/{demo.pk}/roster/")
    coordinator.get_by_label("First day").fill(start.isoformat())
    coordinator.get_by_label("Last day").fill(end.isoformat())
    coordinator.get_by_role("button", name="Generate draft").click()
    expect(coordinator.locator("ul.messages")).to_contain_text("Draft roster generated")
    coordinator.get_by_role("button", name="Publish").click()
    expect(coordinator.locator("ul.messages")).to_have_text("Roster published; everyone on it has been told.")
    assert Roster.objects.get(program=demo, starts_on=start).status == RosterStatus.PUBLISHED

    # Anika offers one of her coming shifts that a colleague can take within the rest rules.
    anika = Membership.objects.get(program=demo, user__username="supporter", role=Role.SUPPORTER)
    colleagues = Membership.objects.filter(program=demo, role=Role.SUPPORTER, status="active").exclude(
        pk=anika.pk
    )
    offered, taker = next(
        (place, other)
        for place in ShiftAssignment.objects.filter(
            membership=anika, ended_at__isnull=True, shift__starts_at__gt=timezone.now()
        )
        .exclude(swap_requests__status="open")
        .select_related("shift__program")
        .order_by("shift__starts_at")
        for other in colleagues
        if not rosters.reasons_against(place.shift, other)
    )
    supporter = make_page()
    sign_in(supporter, "supporter")
    supporter.goto(f"/programs/{demo.pk}/roster/")
    supporter.locator(f'form:has(input[name="assignment"][value="{offered.pk}"])').get_by_role(
        "button", name="Offer a swap"
    ).click()
    expect(supporter.locator("ul.messages")).to_have_text("Offered; your colleagues have been told.")
    swap = SwapRequest.objects.get(assignment=offered)

    colleague = make_page()
    sign_in(colleague, taker.user.username)
    colleague.goto(f"/programs/{demo.pk}/roster/")
    colleague.locator(f'form[action$="/swaps/{swap.pk}/take/"]').get_by_role("button", name="Take it").click()
    expect(colleague.locator("ul.messages")).to_have_text("You've taken the shift.")

    coordinator.goto(f"/programs/{demo.pk}/roster/")
    coordinator.locator(f'form[action$="/swaps/{swap.pk}/decide/"]').get_by_role(
        "button", name="Approve"
    ).click()
    expect(coordinator.locator("ul.messages")).to_have_text("Swap approved; both have been told.")
    swap.refresh_from_db()
    assert swap.status == SwapStatus.APPROVED

    uid = f"{offered.shift.uid}@peer-support"
    assert feed_status(supporter, anika.user, uid) == "CANCELLED"
    assert feed_status(colleague, taker.user, uid) == "CONFIRMED"

    # At 2 a.m. or any time: who is on call now.
    now = timezone.now()
    on_call = ShiftAssignment.objects.get(
        shift__program=demo,
        shift__role="supervisor",
        shift__starts_at__lte=now,
        shift__ends_at__gt=now,
        ended_at__isnull=True,
    ).membership
    supporter.get_by_role("link", name="On call now").first.click()
    expect(supporter.get_by_role("heading", level=1)).to_have_text("On call now")
    advice = supporter.get_by_role("region", name="Supervisor for advice")
    expect(advice).to_contain_text(on_call.display_name)
    expect(
        supporter.get_by_role("region", name="If someone is in danger").get_by_role("link", name="13 11 14")
    ).to_be_visible()


def test_on_call_now_fits_a_phone(demo, make_page, sign_in):
    from playwright.sync_api import ViewportSize

    phone = make_page(ViewportSize(width=390, height=844))
    sign_in(phone, "supporter")
    phone.goto(f"/programs/{demo.pk}/on-call/")
    expect(phone.get_by_role("heading", level=1)).to_have_text("On call now")
    widths = phone.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert widths["scroll"] <= widths["client"] == 390, widths
    phone.screenshot(path="/tmp/browser-on-call.png", full_page=True)  # noqa: S108 (for a person to look at)


@pytest.mark.parametrize("width", [320, 390])
def test_the_roster_pictures_fit_a_phone(demo, make_page, sign_in, width):
    """Issue 14, item 5: the week, the month and the next 24 hours draw their bars across a phone's width
    without pushing the page sideways, with each person's name and times in words beside the bars."""
    page = make_page({"width": width, "height": 844})
    sign_in(page, "supporter")
    for path in ("roster/calendar/", f"roster/calendar/?month={demo.today():%Y-%m}", "on-call/"):
        page.goto(f"/programs/{demo.pk}/{path}")
        scroll, client = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert scroll <= client, path
        lanes = page.locator("svg.lane[role=img]")
        assert lanes.count() > 0, path
        box = lanes.first.bounding_box()
        # A day's lane spans the card; in the month, a seventh of the screen.
        least = width / 7 * 0.6 if "month" in path else width * 0.6
        assert box is not None and box["width"] > least and box["height"] >= 5, path
    expect(page.get_by_role("heading", name="The next 24 hours")).to_be_visible()
