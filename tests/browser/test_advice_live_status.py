"""A supporter who asked for advice watches the request page, and it changes by itself: once the
paged person acknowledges, the page says who and offers the number to ring, with no reload."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from supervision.advice import services as advice
from supervision.models import AdvicePage, AdviceRequest, AdviceStatus

pytestmark = pytest.mark.browser


def test_the_request_page_shows_the_acknowledgement_without_a_reload(demo, make_page, sign_in, settings):
    settings.ADVICE_STATUS_REFRESH_SECONDS = 1
    page = make_page()
    sign_in(page, "supporter")
    page.goto(f"/programs/{demo.pk}/advice/new/")
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("Urgent")).click()
    request = AdviceRequest.objects.get(program=demo, requester__user__username="supporter")
    assert request.status == AdviceStatus.PAGED
    expect(page.get_by_text("waiting for an acknowledgement")).to_be_visible()
    expect(page.get_by_text("This page updates by itself while you wait.")).to_be_visible()
    url = page.url

    paged = AdvicePage.objects.filter(request=request).select_related("recipient").first()
    assert paged is not None, "the chain pages someone at once"
    advice.acknowledge(request, by=paged.recipient)
    name = advice.name_of(paged.recipient)

    # No reload, no navigation: the status block is re-read in place.
    expect(page.get_by_text(re.compile(f"acknowledged by {re.escape(name)}"))).to_be_visible(timeout=10_000)
    assert page.url == url
    call = page.get_by_role("link", name=re.compile(f"Call {re.escape(name)}"))
    if advice.phone_of(paged.recipient, demo.pk):
        expect(call).to_have_attribute("href", re.compile(r"^tel:\+\d{8,15}$"))
    # Once acknowledged it stops asking: the note about waiting is gone from the fresh status.
    expect(page.get_by_text("waiting for an acknowledgement")).to_have_count(0)
