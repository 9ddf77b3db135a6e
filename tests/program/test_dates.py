"""Dates and times read day-first with one 24-hour clock, in the program's own time zone (issue 14):
"4 Dec 2026", "Fri 4 Dec 2026", "20:00" — never "Dec. 4, 2026", "12/04/2026" or "8 p.m."."""

from __future__ import annotations

import html
from datetime import UTC, date, datetime

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone

from program import dates
from program.models import Role
from supervision import services
from supervision.models import DebriefDue
from tests.conftest import World
from tests.factories import ContactFactory, PauseFactory

pytestmark = pytest.mark.django_db

# 12:00 UTC on Friday 4 December 2026: 20:00 in Perth, 23:00 in Sydney (daylight saving).
NOON_UTC = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
US_ORDER = ("Dec. 4", "December 4", "12/04/2026", "12/4/2026", "p.m.", "a.m.")


def assert_no_us_order(text: str) -> None:
    for shape in US_ORDER:
        assert shape not in text, shape


@pytest.fixture
def perth(world: World) -> World:
    """The world's program runs on Perth time, not the server's Sydney time."""
    world.program.timezone = "Australia/Perth"
    world.program.save(update_fields=["timezone"])
    return world


def test_the_contact_page_reads_day_first_with_the_due_time_in_the_programs_zone(
    perth: World, client_for
) -> None:
    supporter = perth.members[Role.SUPPORTER]
    contact = ContactFactory(
        supporter=supporter, contact_date=date(2026, 12, 4), risk_level="high", actions=["case_advice"]
    )
    DebriefDue.objects.create(contact=contact, supporter=supporter, due_at=NOON_UTC)
    page = client_for("supporter").get(reverse("contact-detail", args=[perth.program.pk, contact.pk]))
    text = page.content.decode()
    assert "Contact on 4 Dec 2026" in text
    assert "by 4 Dec 2026, 20:00" in text  # Perth's clock, not Sydney's 23:00 nor UTC's 12:00
    assert "23:00" not in text
    assert_no_us_order(text)


def test_the_pause_page_and_the_paused_message_read_day_first(world: World, client_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    # 01:00 UTC on the 4th is 12:00 that day in Sydney, the program's zone.
    pause = PauseFactory(
        membership=supporter, started_at=datetime(2026, 12, 4, 1, 0, tzinfo=UTC), review_on=date(2026, 12, 18)
    )
    detail = client_for("supporter").get(reverse("pause-detail", args=[world.program.pk, pause.pk]))
    text = detail.content.decode()
    assert "4 Dec 2026, 12:00" in text and "18 Dec 2026" in text
    assert_no_us_order(text)
    supporter.refresh_from_db()
    # The text shown on the contact page and given in a refusal to log a newer contact.
    message = services.paused_message(supporter)
    assert "(before 4 Dec 2026)" in message
    assert_no_us_order(message)
    form_page = html.unescape(
        client_for("supporter").get(reverse("contact-new", args=[world.program.pk])).content.decode()
    )
    assert "(before 4 Dec 2026)" in form_page


def test_the_filters_of_pages_and_pdfs_read_day_first_in_a_given_zone() -> None:
    """Pages and PDFs render through these filters, inside the program's {% timezone %}."""
    page = Template(
        "{% load tz %}{% timezone zone %}"
        "{{ at|weekday_time }} · {{ at|date }} · {{ at|time }}"
        "{% endtimezone %}"
    )
    text = page.render(Context({"zone": "Australia/Perth", "at": NOON_UTC}))
    assert text == "Fri 4 Dec 2026, 20:00 · 4 Dec 2026 · 20:00"


def test_python_text_uses_the_same_shapes() -> None:
    perth = timezone.get_fixed_timezone(8 * 60)
    assert dates.day(date(2026, 12, 4)) == "4 Dec 2026"
    assert dates.weekday(date(2026, 12, 4)) == "Fri 4 Dec 2026"
    assert dates.moment(NOON_UTC, perth) == "4 Dec 2026, 20:00"
    assert dates.weekday_moment(NOON_UTC, perth) == "Fri 4 Dec 2026, 20:00"
    assert dates.clock(NOON_UTC, perth) == "20:00"
    assert dates.month(date(2026, 12, 1)) == "Dec 2026"


@pytest.mark.parametrize("typed", ["4/12/2026", "04/12/2026", "2026-12-04", "4 Dec 2026", "4/12/26"])
def test_typed_dates_are_read_day_first(typed: str) -> None:
    assert forms.DateField().clean(typed) == date(2026, 12, 4)


def test_a_month_first_date_is_not_read() -> None:
    with pytest.raises(forms.ValidationError):
        forms.DateField().clean("12/25/2026")
