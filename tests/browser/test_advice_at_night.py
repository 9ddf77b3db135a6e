"""Advice at 2 a.m. (issue 13, "Done when"): end to end in Chromium, with every real component.

At 02:00 on a Tuesday in Sydney Anika logs an imminent-risk contact through the contact form. The outbox
worker hands the on-call supervisor's page to a real SMTP server on localhost; nobody acknowledges, so ten
minutes later the scheduler's escalation job pages the next step (Anika's own supervisor, on the next
shift), whose e-mail arrives too. She opens the link from that e-mail, signs in and acknowledges with one
tap, and Anika's contact page then reads "acknowledged by Wendy Hale" with a number to tap (E.164).

The server runs in this process (pytest-django's live server), so one fixed clock serves both: the
`clock` fixture answers for `django.utils.timezone.now` and for every module or model field default that
captured it before the test started (tests/clock.py), and the browser's own clock is fixed to the same moment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import Message

import pytest
from django.utils import timezone
from playwright.sync_api import Page, ViewportSize, expect

from program import outbox
from program.models import (
    DeliveryStatus,
    JobOutcome,
    Membership,
    OutboundMessage,
    Program,
    Role,
    StaffPhone,
)
from program.scheduler import run_now
from supervision.models import AdviceRequest, AdviceStatus, Contact, Roster, RosterStatus, Shift
from supervision.models import ShiftAssignment as Assignment
from tests.clock import Clock, fix_clock
from tests.factories import (
    PASSWORD,
    MembershipFactory,
    ProgramFactory,
    StaffPhoneFactory,
    SupervisorAssignmentFactory,
    UserFactory,
)
from tests.smtp_server import SMTPServer

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)  # an iPhone 12–15
# 02:00 on Tuesday 8 December 2026 in Sydney (AEDT, UTC+11).
NIGHT = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
FROST_PHONE = "+61491570101"  # ACMA's range for fiction
HALE_PHONE = "+61491570156"
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
PAGE_SUBJECT = "A supporter needs advice now (emergency)"
TOLD = "A request for advice has been acknowledged"
ACKNOWLEDGE = "Acknowledge — I've got this"
SCREENSHOT = "/tmp/browser-advice-at-night.png"  # noqa: S108


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """02:00 in Sydney for everything in this process that reads `timezone.now` (tests/clock.py)."""
    fixed = fix_clock(monkeypatch, NIGHT)
    assert timezone.now() == NIGHT and timezone.localtime().hour == 2
    return fixed


@pytest.fixture
def smtp(settings, live_server) -> Iterator[SMTPServer]:
    """A real SMTP server on localhost that the outbox worker sends to; links in e-mails point at the
    live server."""
    settings.SITE_URL = live_server.url
    server = SMTPServer()
    server.start()
    try:
        with server.as_mail_server():
            yield server
    finally:
        server.stop()


class Night:
    def __init__(self, program: Program, anika: Membership, frost: Membership, hale: Membership) -> None:
        self.program, self.anika, self.frost, self.hale = program, anika, frost, hale

    @property
    def names(self) -> list[str]:
        """Every name of everyone in the program (none of them may be in a page's e-mail)."""
        people = [m.user for m in Membership.objects.filter(program=self.program).select_related("user")]
        return sorted({n for u in people for n in (u.first_name, u.last_name, u.get_full_name()) if n})


@pytest.fixture
def night(transactional_db, live_server, clock: Clock) -> Night:
    """Anika (supporter) is supervised by Dr Wendy Hale; Dr Sam Frost is on call tonight, 20:00–08:00,
    and Wendy takes the day shift from 08:00. Both have phones; the coordinator is Priya Nair."""
    program = ProgramFactory(name="Western Plains Peer Support", timezone="Australia/Sydney")
    person = {
        key: MembershipFactory(
            program=program,
            role=role,
            user=UserFactory(username=key, first_name=first, last_name=last),
            term_start=date(2026, 2, 1),
        )
        for key, role, first, last in (
            ("anika", Role.SUPPORTER, "Anika", "Rao"),
            ("frost", Role.SUPERVISOR, "Sam", "Frost"),
            ("hale", Role.SUPERVISOR, "Wendy", "Hale"),
            ("priya", Role.COORDINATOR, "Priya", "Nair"),
        )
    }
    SupervisorAssignmentFactory(supporter=person["anika"], supervisor=person["hale"])
    StaffPhoneFactory(user=person["frost"].user, phone=FROST_PHONE)
    StaffPhoneFactory(user=person["hale"].user, phone=HALE_PHONE)
    roster = Roster.objects.create(
        program=program,
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 31),
        status=RosterStatus.PUBLISHED,
        generated_by=person["priya"].user,
        published_at=NIGHT - timedelta(days=7),
        published_by=person["priya"].user,
    )
    tonight = NIGHT - timedelta(hours=6)  # 20:00 Monday in Sydney
    for name, start, who in (("Night", tonight, "frost"), ("Day", tonight + timedelta(hours=12), "hale")):
        made = Shift.objects.create(
            program=program,
            roster=roster,
            name=name,
            role=Role.SUPERVISOR,
            starts_at=start,
            ends_at=start + timedelta(hours=12),
        )
        Assignment.objects.create(shift=made, membership=person[who])
    return Night(program, person["anika"], person["frost"], person["hale"])


def sign_in_from(page: Page, url: str, username: str) -> None:
    """Open a link while signed out; the login form comes first and then the link itself."""
    page.goto(url)
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(url)


def page_for(make_page: Callable[..., Page], clock: Clock, viewport: ViewportSize | None = None) -> Page:
    page = make_page(viewport)
    page.clock.set_fixed_time(clock())
    return page


def pages_to(server: SMTPServer, email: str) -> list[Message]:
    return [m for m in server.handler.received if m["To"] == email and m["Subject"] == PAGE_SUBJECT]


def text_of(message: Message) -> str:
    payload = message.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return f"{message['Subject']}\n{payload.decode()}"


def assert_get_advice_now_in_view(page: Page) -> None:
    """One tap from every page on a phone: the link is wholly on screen in the bottom bar (the main
    navigation folds behind its Menu button on a phone, where "Get advice now" leads the list)."""
    link = page.get_by_role("navigation", name="Quick actions").get_by_role("link", name="Get advice now")
    expect(link).to_be_visible()
    box = link.bounding_box()
    width = page.evaluate("() => document.documentElement.clientWidth")
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)


def link_in(message: Message) -> str:
    [link] = re.findall(r"https?://\S+", text_of(message))
    return str(link)


def test_an_imminent_risk_at_2am_pages_escalates_and_is_acknowledged_with_a_number_to_call(
    night: Night, clock: Clock, smtp: SMTPServer, make_page, live_server
) -> None:
    program, frost, hale = night.program, night.frost.user, night.hale.user

    # 1. Anika signs in on her phone and logs an imminent-risk contact through the form.
    phone = page_for(make_page, clock, PHONE)
    sign_in_from(phone, f"{live_server.url}/", "anika")
    assert_get_advice_now_in_view(phone)
    phone.locator('section[data-role="supporter"]').get_by_role("link", name="Log a contact").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Log a contact")
    expect(phone.get_by_label("Date")).to_have_value("2026-12-08")
    phone.get_by_role("radio", name="Phone", exact=True).click()
    phone.get_by_role("radio", name="Imminent", exact=True).click()
    phone.get_by_role("checkbox", name="Academic", exact=True).click()
    phone.get_by_role("checkbox", name="Escalated to on-call", exact=True).click()
    phone.get_by_label("How long (minutes)").fill("25")
    phone.get_by_label("How distressed are you after this contact?").select_option("3")
    phone.get_by_role("button", name="Log contact").click()
    expect(phone).to_have_url(re.compile(rf"/programs/{program.pk}/contacts/\d+/$"))
    contact = Contact.objects.get(supporter=night.anika)
    assert contact.risk_level == "imminent"
    confirmation = phone.url
    assert_get_advice_now_in_view(phone)
    care = phone.locator("section", has=phone.get_by_role("heading", name="Help is on its way"))
    expect(care.get_by_role("status")).to_have_text(
        "Paged Sam Frost at 02:00 → waiting for an acknowledgement"
    )
    expect(care.get_by_role("link", name="Call Sam Frost now (0491 570 101)")).to_have_attribute(
        "href", f"tel:{FROST_PHONE}"
    )
    expect(phone.get_by_role("heading", name="Support for you")).to_be_visible()
    request = AdviceRequest.objects.get(contact=contact)
    assert (request.urgency, request.status, request.created_at) == ("emergency", AdviceStatus.PAGED, NIGHT)

    # 2. The outbox worker hands Dr Frost's page to the SMTP server: a link to acknowledge, and no names.
    assert smtp.handler.received == []  # nothing is sent inside the request
    outbox.deliver_due(clock())
    [first] = pages_to(smtp, frost.email)
    acknowledge_url = f"{live_server.url}/programs/{program.pk}/advice/{request.pk}/"
    assert link_in(first) == acknowledge_url
    assert "acknowledge with one tap" in text_of(first)
    for name in night.names:
        assert name not in text_of(first), name
    assert pages_to(smtp, hale.email) == []  # Wendy so far hears of the contact, not a page

    # 3. Nobody acknowledges. Ten minutes on, the scheduler runs the escalation job: Wendy is paged.
    clock.advance(timedelta(minutes=10))
    run = run_now("advice_escalation")
    assert run is not None and (run.outcome, run.counts) == (JobOutcome.SUCCEEDED, {"escalated": 1})
    outbox.deliver_due(clock())
    [second] = pages_to(smtp, hale.email)
    assert link_in(second) == acknowledge_url
    for name in night.names:
        assert name not in text_of(second), name
    assert len(pages_to(smtp, frost.email)) == 1  # Frost is not paged twice by this step
    assert not OutboundMessage.objects.exclude(status=DeliveryStatus.SENT).exists()

    # 4. Two minutes later Wendy opens the link from her e-mail, signs in, and acknowledges with one tap.
    clock.advance(timedelta(minutes=2))
    wendy = page_for(make_page, clock, PHONE)
    sign_in_from(wendy, link_in(second), "hale")
    wendy.get_by_role("button", name=ACKNOWLEDGE).click()
    expect(wendy.get_by_role("status")).to_contain_text("acknowledged by Wendy Hale at 02:12")
    expect(wendy.get_by_role("button", name=ACKNOWLEDGE)).to_have_count(0)
    request.refresh_from_db()
    assert (request.status, request.acknowledged_by, request.acknowledged_at) == (
        AdviceStatus.ACKNOWLEDGED,
        hale,
        NIGHT + timedelta(minutes=12),
    )

    # Escalation has stopped; the acknowledgement reaches Anika and Dr Frost by e-mail, naming nobody.
    clock.advance(timedelta(minutes=30))
    later = run_now("advice_escalation")
    assert later is not None and later.counts == {"escalated": 0}
    outbox.deliver_due(clock())
    for user in (night.anika.user, frost):
        [told] = [m for m in smtp.handler.received if m["To"] == user.email and m["Subject"] == TOLD]
        assert link_in(told) == acknowledge_url
        assert not any(name in text_of(told) for name in night.names)
    assert len(pages_to(smtp, frost.email)) == len(pages_to(smtp, hale.email)) == 1

    # 5. Anika's contact page: acknowledged by Wendy Hale, with her number to tap in E.164.
    phone.clock.set_fixed_time(clock())
    phone.goto(confirmation)
    care = phone.locator("section", has=phone.get_by_role("heading", name="Help is on its way"))
    expect(care.get_by_role("status")).to_have_text(
        "Paged Sam Frost at 02:00 → paged Wendy Hale at 02:10 → acknowledged by Wendy Hale at 02:12"
    )
    call = care.get_by_role("link", name=re.compile(r"^Call Wendy Hale now "))
    expect(call).to_be_visible()
    href = call.get_attribute("href") or ""
    assert href.startswith("tel:") and E164.match(href.removeprefix("tel:")), href
    assert href == f"tel:{StaffPhone.objects.get(user=hale).phone}" == f"tel:{HALE_PHONE}"
    expect(care.get_by_role("link", name=re.compile(r"^Call Sam Frost"))).to_have_count(0)
    phone.screenshot(path=SCREENSHOT, full_page=True)

    # Of everything the SMTP server received tonight, nothing names anyone.
    assert len(smtp.handler.received) >= 5
    for message in smtp.handler.received:
        assert not [name for name in night.names if name in text_of(message)], text_of(message)
