"""A supporter logs contacts from a phone, identifying notes are refused, high risk reaches the supervisor.

Anika (`supporter`) is supervised by Dr Wendy Hale (`supervisor`), with `supervisor2` as backup; the
demo seeds three months of her contacts, so counts here are taken before and after.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.utils import timezone
from playwright.sync_api import Locator, Page, ViewportSize, expect

from program.models import Membership, Notification, Role
from supervision.contacts import crypto
from supervision.models import CheckIn, Contact, ContactStatus, DebriefDue

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)  # an iPhone 12–15
# Fixed paths so a person can look at them after a run; nothing reads them back.
CONTACT_FORM_SCREENSHOT = "/tmp/browser-contact-form.png"  # noqa: S108
SUPERVISOR_SCREENSHOT = "/tmp/browser-supervisor.png"  # noqa: S108
# The budget for logging a complete contact after sign-in, on a phone (issue 14).
MOST_INTERACTIONS = 8
# Autosave waits 1.5 s after the last keystroke, then makes one request.
AUTOSAVE_MS = 4_000
IDENTIFYING_NOTE = "Her mobile is 0412 345 678"
DEBRIEF_TITLE = "A contact needs a debrief within 24 hours"


class Hands:
    """Clicks, fills, selects and key presses on a page, counted, so a test can hold a flow to an
    interaction budget. Every touch goes through here; none is made on the page directly."""

    def __init__(self) -> None:
        self.count = 0

    def click(self, target: Locator) -> None:
        self.count += 1
        target.click()

    def fill(self, target: Locator, value: str) -> None:
        self.count += 1
        target.fill(value)

    def select(self, target: Locator, value: str) -> None:
        self.count += 1
        target.select_option(value)

    def press(self, target: Locator, key: str) -> None:
        self.count += 1
        target.press(key)


def anika(demo) -> Membership:
    return Membership.objects.get(program=demo, user__username="supporter", role=Role.SUPPORTER)


def narratives(supporter: Membership) -> list[str]:
    return [crypto.decrypt(c.narrative_encrypted) for c in Contact.objects.filter(supporter=supporter)]


@pytest.fixture
def phone(make_page: Callable[..., Page], sign_in) -> Page:
    """Anika, signed in on a phone, on her dashboard."""
    page = make_page(PHONE)
    sign_in(page, "supporter")
    return page


def open_contact_form(page: Page, hands: Hands) -> None:
    hands.click(page.locator('section[data-role="supporter"]').get_by_role("link", name="Log a contact"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Log a contact")


def fill_contact(page: Page, hands: Hands, *, risk: str = "Low", action: str = "Listened") -> None:
    """Everything the form does not preset: channel, risk, a concern, an action, duration, distress."""
    hands.click(page.get_by_role("radio", name="Phone", exact=True))
    hands.click(page.get_by_role("radio", name=risk, exact=True))
    hands.click(page.get_by_role("checkbox", name="Academic", exact=True))
    hands.click(page.get_by_role("checkbox", name=action, exact=True))
    hands.fill(page.get_by_label("How long (minutes)"), "30")
    hands.select(page.get_by_label("How distressed are you after this contact?"), "2")


def log_contact(page: Page, hands: Hands) -> None:
    hands.click(page.get_by_role("button", name="Log contact"))


def test_it_presets_the_contact_date(demo, phone):
    open_contact_form(phone, Hands())

    expect(phone.get_by_label("Date")).to_have_value(timezone.localdate().isoformat(), timeout=1_000)


def test_it_logs_a_contact_from_a_phone_in_eight_interactions_or_fewer(demo, phone, live_server):
    supporter = anika(demo)
    submitted_before = set(Contact.objects.filter(supporter=supporter).values_list("pk", flat=True))
    hands = Hands()

    open_contact_form(phone, hands)
    # Preset so a phone user need not touch them: the current time band, and that the peer reached out.
    expect(phone.locator('input[name="time_band"]:checked')).to_have_count(1)
    expect(phone.get_by_role("radio", name="The peer reached out")).to_be_checked()
    fill_contact(phone, hands)
    log_contact(phone, hands)

    # Open, channel, risk, concern, action, duration, distress, log: the date, time band and who reached
    # out are preset, and the optional part stays folded.
    print(f"contact logged in {hands.count} interactions")  # in the report with -s
    assert hands.count <= MOST_INTERACTIONS, hands.count
    expect(phone).to_have_url(re.compile(rf"^{live_server.url}/programs/{demo.pk}/contacts/\d+/$"))
    expect(phone.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Contact on "))
    expect(phone.locator("ul.messages")).to_have_text("Contact logged. Thank you — look after yourself too.")
    new = Contact.objects.filter(supporter=supporter, status=ContactStatus.SUBMITTED).exclude(
        pk__in=submitted_before
    )
    assert new.count() == 1
    contact = new.get()
    assert phone.url.endswith(f"/contacts/{contact.pk}/")
    assert (contact.channel, contact.risk_level, contact.duration_minutes, contact.supporter_distress) == (
        "phone",
        "low",
        30,
        2,
    )
    assert contact.initiated_by == "peer"
    assert list(contact.concerns.values_list("category", flat=True)) == ["academic"]
    assert list(contact.actions.values_list("action", flat=True)) == ["listened"]


def test_it_fits_the_contact_form_on_a_phone_without_sideways_scrolling(demo, phone):
    open_contact_form(phone, Hands())

    widths = phone.evaluate(
        "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    assert widths["scroll"] <= widths["client"] == PHONE["width"], widths
    expect(phone.get_by_role("button", name="Log contact")).to_be_visible()
    phone.screenshot(path=CONTACT_FORM_SCREENSHOT, full_page=True)


def test_it_fits_the_contact_form_in_two_phone_screens(demo, phone):
    open_contact_form(phone, Hands())
    # Measured once the page has settled: the menu folded by static/js/nav.js, the fonts in.
    expect(phone.get_by_role("button", name="Menu")).to_be_visible()
    phone.evaluate("() => document.fonts.ready")
    optional = phone.locator("details.optional-part")
    expect(optional).not_to_have_attribute("open", re.compile(".*"))
    expect(phone.get_by_label("Short note (optional)")).to_be_hidden()

    height = phone.evaluate("() => document.documentElement.scrollHeight")
    print(f"contact form: {height} px tall at {PHONE['width']}x{PHONE['height']}")  # in the report with -s
    assert height <= 2 * PHONE["height"], height
    # Everything a complete contact needs is in those two screens, the button to log it included.
    button = phone.get_by_role("button", name="Log contact").bounding_box()
    assert button is not None
    assert button["y"] + button["height"] <= 2 * PHONE["height"], button


def test_it_asks_which_service_only_once_a_referral_is_ticked(demo, phone):
    open_contact_form(phone, Hands())
    service = phone.get_by_label("Referred to", exact=True)
    expect(service).to_be_hidden()

    phone.get_by_role("checkbox", name="Referred to a service").check()
    expect(service).to_be_visible()
    phone.get_by_role("checkbox", name="Referred to a service").uncheck()
    expect(service).to_be_hidden()


def test_it_names_each_radio_group_for_screen_readers(demo, phone):
    open_contact_form(phone, Hands())

    for question in ("When", "How", "Who reached out", "Risk"):
        expect(phone.get_by_role("group", name=question)).to_be_visible(timeout=1_000)


def test_it_refuses_an_identifying_note_and_never_stores_it(demo, phone):
    supporter = anika(demo)
    submitted_before = set(
        Contact.objects.filter(supporter=supporter, status=ContactStatus.SUBMITTED).values_list(
            "pk", flat=True
        )
    )
    hands = Hands()
    open_contact_form(phone, hands)
    fill_contact(phone, hands)

    note = phone.get_by_label("Short note (optional)")
    expect(note).to_be_hidden()  # folded away with the other optional parts until asked for
    hands.click(phone.locator("details.optional-part > summary"))
    hands.fill(note, IDENTIFYING_NOTE)
    # Autosave keeps the rest of the draft, refuses the note, and says why without repeating it.
    status = phone.locator("#autosave-status")
    expect(status).to_have_text(
        re.compile(r"^Draft saved at \d\d:\d\d, except: This looks like it contains a phone number\."),
        timeout=AUTOSAVE_MS,
    )
    expect(status).not_to_contain_text("0412")
    draft = Contact.objects.get(supporter=supporter, status=ContactStatus.DRAFT)
    assert (draft.channel, draft.duration_minutes, draft.narrative_encrypted) == ("phone", 30, "")
    log_contact(phone, hands)

    expect(phone.get_by_role("heading", level=1)).to_have_text("Log a contact")
    errors = phone.locator(".errorlist")
    expect(errors).to_have_count(1)
    expect(errors).to_have_text(
        "Short note (optional): This looks like it contains a phone number. "
        "Remove identifying details and try again."
    )
    expect(note).to_have_attribute("aria-invalid", "true")
    # The refused note is in the optional part, which the page sends back unfolded, and the summary's
    # link reaches it.
    expect(phone.locator("details.optional-part")).to_have_attribute("open", "")
    expect(note).to_be_visible()
    phone.locator(".error-summary").get_by_role("link").click()
    expect(note).to_be_focused()
    submitted = Contact.objects.filter(supporter=supporter, status=ContactStatus.SUBMITTED)
    assert set(submitted.values_list("pk", flat=True)) == submitted_before
    # Drafts from autosave keep the structured fields, never the note.
    drafts = Contact.objects.filter(supporter=supporter, status=ContactStatus.DRAFT)
    assert drafts.exists()
    assert all(draft.narrative_encrypted == "" for draft in drafts)
    assert not any("0412" in text for text in narratives(supporter))


def test_it_autosaves_a_draft_while_the_supporter_types(demo, phone):
    supporter = anika(demo)
    hands = Hands()
    open_contact_form(phone, hands)

    hands.click(phone.get_by_role("radio", name="Video", exact=True))
    hands.fill(phone.get_by_label("How long (minutes)"), "45")

    expect(phone.locator("#autosave-status")).to_have_text(
        re.compile(r"^Draft saved at \d\d:\d\d\.$"), timeout=AUTOSAVE_MS
    )
    draft = Contact.objects.get(supporter=supporter, status=ContactStatus.DRAFT)
    assert (draft.channel, draft.duration_minutes, draft.initiated_by) == ("video", 45, "peer")
    expect(phone.locator('input[name="contact_id"]')).to_have_value(str(draft.pk))


def test_it_turns_the_autosaved_draft_into_the_logged_contact(demo, phone):
    supporter = anika(demo)
    before = Contact.objects.filter(supporter=supporter).count()
    hands = Hands()
    open_contact_form(phone, hands)
    fill_contact(phone, hands)
    expect(phone.locator("#autosave-status")).to_have_text(re.compile("^Draft saved at"), timeout=AUTOSAVE_MS)

    log_contact(phone, hands)

    expect(phone.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Contact on "))
    assert Contact.objects.filter(supporter=supporter).count() == before + 1
    assert not Contact.objects.filter(supporter=supporter, status=ContactStatus.DRAFT).exists()


def test_it_puts_a_high_risk_contact_in_the_supervisors_inbox_and_debriefs_due(
    demo, phone, make_page, sign_in, live_server
):
    supporter = anika(demo)
    before = set(Contact.objects.filter(supporter=supporter).values_list("pk", flat=True))
    hands = Hands()
    open_contact_form(phone, hands)
    fill_contact(phone, hands, risk="High", action="Sought case advice")
    log_contact(phone, hands)
    expect(phone.get_by_role("status").filter(has_text="Debrief due")).to_be_visible()
    contact = Contact.objects.exclude(pk__in=before).get(supporter=supporter, status=ContactStatus.SUBMITTED)
    assert contact.risk_level == "high"
    assert DebriefDue.objects.filter(contact=contact, closed_at__isnull=True).exists()
    detail = f"/programs/{demo.pk}/contacts/{contact.pk}/"

    page = make_page()  # a separate browser context: the supervisor's own session
    sign_in(page, "supervisor")
    section = page.locator('section[data-role="supervisor"]')
    expect(section.get_by_role("heading", name="Debriefs due")).to_be_visible()
    debrief = section.locator(f'li.debrief-due a[href="{detail}"]')
    expect(debrief).to_have_text(re.compile(r"^Anika Rao — high-risk contact on "))
    page.screenshot(path=SUPERVISOR_SCREENSHOT, full_page=True)

    page.get_by_role("navigation", name="Main").get_by_role("link", name=re.compile("^Inbox")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inbox")
    notice = page.locator("main li").filter(has=page.get_by_role("button", name=DEBRIEF_TITLE))
    expect(notice).to_have_count(1)
    expect(notice).to_contain_text("(unread)")
    # The stored message carries no identifying content; the inbox names who it concerns only because
    # the supervisor may read the linked record (looked up when the page is shown, never stored).
    expect(notice).to_contain_text("About: Anika Rao")
    stored = Notification.objects.get(recipient__username="supervisor", link=detail)
    assert "Anika" not in f"{stored.title} {stored.body}"
    notice.get_by_role("button", name=DEBRIEF_TITLE).click()
    expect(page).to_have_url(f"{live_server.url}{detail}")
    expect(page.get_by_role("status").filter(has_text="Debrief due")).to_contain_text("Record the debrief")


def test_it_completes_the_weekly_check_in_by_keyboard_alone(demo, page, sign_in, live_server):
    supporter = anika(demo)
    sign_in(page, "supporter")
    page.goto(f"/programs/{demo.pk}/checkin/")
    # Keyboard from here: skip the navigation, then Tab between radio groups and arrow within them.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    answers = {  # group: keys pressed after tabbing into it (focus lands on its first option)
        "tired": ["ArrowRight"],  # Seldom (1)
        "worn_out": ["Space"],  # Never or almost never (0)
        "emotionally_exhausted": ["ArrowRight", "ArrowRight"],  # Sometimes (2)
        "cant_take_it": ["Space"],  # Never or almost never (0)
        "distress": ["ArrowRight", "ArrowRight", "ArrowRight"],  # 3
    }
    for name, keys in answers.items():
        page.keyboard.press("Tab")
        expect(page.locator(f"#id_{name}_0")).to_be_focused()
        for key in keys:
            page.keyboard.press(key)
        expect(page.locator(f"#id_{name}_{keys.count('ArrowRight')}")).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_label("I'd like to talk to my supervisor")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_label("I'd like to pause supporting peers")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Check in")).to_be_focused()
    page.keyboard.press("Enter")

    # The skip link's #main carries over the redirect, as browsers do with a fragment-less Location.
    wellbeing = f"{live_server.url}/programs/{demo.pk}/supporters/{supporter.pk}/wellbeing/"
    expect(page).to_have_url(re.compile(rf"^{re.escape(wellbeing)}(#main)?$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("How you're going")
    expect(page.locator("ul.messages")).to_contain_text("Thanks for checking in.")
    trend = page.locator("section[aria-labelledby=burden-h]").get_by_role(
        "img",
        name=re.compile(
            r"^Burden index, 12 weeks: from \d+ to \d+, highest \d+; "
            r"\d+ of 12 weeks at or above the review line of 60$"
        ),
    )
    expect(trend).to_be_visible()
    expect(trend).to_have_js_property("tagName", "svg")
    checkin = CheckIn.objects.filter(supporter=supporter).latest("week_of")
    assert (
        checkin.tired,
        checkin.worn_out,
        checkin.emotionally_exhausted,
        checkin.cant_take_it,
        checkin.distress,
        checkin.wants_to_talk,
        checkin.wants_pause,
    ) == (1, 0, 2, 0, 3, False, False)
