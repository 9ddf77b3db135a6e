"""Selection end to end: Abdul applies from a phone, two reviewers score on their own, the coordinator offers,
Abdul accepts and comes back as a supporter.

The demo intake holds Abdul's (`applicant`) complete draft, short only of the role-boundaries
confirmation; submitting it assigns reviewers, so who reviews is read from the database afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, ViewportSize, expect

from program.models import Membership, MembershipStatus, Role
from selection.models import (
    Application,
    ApplicationStatus,
    CriterionKind,
    Decision,
    GateSource,
    OfferResponse,
    Review,
)

pytestmark = pytest.mark.browser

PHONE = ViewportSize(width=390, height=844)  # an iPhone 12–15
LAPTOP = ViewportSize(width=1366, height=768)
DECISION_REASON = "Both reviewers scored role boundaries highly; every gate is met."


def abduls_application(demo) -> Application:
    return Application.objects.select_related("intake").get(
        intake__program=demo, applicant__username="applicant"
    )


def score_and_submit(page: Page, application: Application, score: int) -> None:
    """A score and a rationale for every scored criterion, then "Submit review"."""
    for criterion in application.intake.criteria.filter(kind=CriterionKind.SCORED):
        section = page.locator(f'section[aria-labelledby="criterion-{criterion.pk}-h"]')
        section.get_by_role("radio", name=str(score), exact=True).check()
        section.get_by_label(f"{criterion.name}: why this score").fill(
            f"{criterion.name}: scored {score} from the written answer."
        )
    with page.expect_navigation():
        page.get_by_role("button", name="Submit review").click()


def test_an_applicant_applies_is_reviewed_offered_and_becomes_a_supporter(
    demo, make_page: Callable[..., Page], sign_in, live_server
):
    application = abduls_application(demo)
    assert application.status == ApplicationStatus.DRAFT
    program_id, intake = demo.pk, application.intake
    detail_url = f"/programs/{program_id}/applications/{application.pk}/"

    # Abdul, on his phone, ticks the one thing left and submits.
    phone = make_page(PHONE)
    sign_in(phone, "applicant")
    phone.goto(f"/programs/{program_id}/intakes/{intake.pk}/apply/")
    phone.get_by_role("checkbox", name=re.compile(r"I have read the role boundaries")).check()
    with phone.expect_navigation():
        phone.get_by_role("button", name="Submit application").click()
    expect(phone).to_have_url(f"{live_server.url}{detail_url}")
    expect(phone.get_by_role("heading", level=2, name=re.compile(r"^Status: "))).to_have_text(
        "Status: Submitted"
    )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED

    # Two reviewers, each in their own browser, score without seeing the other's scores first.
    reviews = list(
        Review.objects.filter(application=application, conflict_declared_at__isnull=True)
        .select_related("reviewer")
        .order_by("pk")
    )
    assert len(reviews) == intake.min_reviews == 2, reviews
    first, second = (review.reviewer.username for review in reviews)
    review_url = f"{detail_url}review/"
    rationale_of_first = re.compile(r"scored 4 from the written answer")

    reviewer = make_page(LAPTOP)
    sign_in(reviewer, first)
    reviewer.goto(review_url)
    expect(reviewer.get_by_role("heading", name="Scores")).to_have_count(0)
    score_and_submit(reviewer, application, 4)
    expect(reviewer.locator("ul.messages")).to_contain_text("Review submitted.")

    other = make_page(LAPTOP)
    sign_in(other, second)
    other.goto(review_url)
    # The first reviewer's scores and rationales stay hidden until this reviewer has submitted too.
    expect(other.get_by_role("heading", name="Scores")).to_have_count(0)
    expect(other.get_by_text(rationale_of_first)).to_have_count(0)
    score_and_submit(other, application, 5)
    expect(other.locator("ul.messages")).to_contain_text("Review submitted.")
    expect(other.get_by_text(rationale_of_first).first).to_be_visible()
    assert Review.objects.filter(application=application, submitted_at__isnull=False).count() == 2

    # The coordinator settles the academic gate and offers, tied to a criterion.
    coordinator = make_page(LAPTOP)
    sign_in(coordinator, "coordinator")
    coordinator.goto(detail_url)
    academic = intake.criteria.get(kind=CriterionKind.GATE, gate_source=GateSource.COORDINATOR)
    gate = coordinator.locator(f"#gate-{academic.pk}")
    if gate.count():
        gate.select_option("yes")
        with coordinator.expect_navigation():
            gate.locator("xpath=..").get_by_role("button", name="Settle gate").click()
        expect(coordinator.locator("ul.messages")).to_contain_text(f"{academic.name}: met.")
    coordinator.get_by_role("radio", name="Offer", exact=True).check()
    boundaries = intake.criteria.get(kind=CriterionKind.SCORED, name__startswith="Understanding of role")
    coordinator.get_by_label("Criterion the decision rests on").select_option(str(boundaries.pk))
    coordinator.get_by_label("Reason").fill(DECISION_REASON)
    with coordinator.expect_navigation():
        coordinator.get_by_role("button", name="Record decision").click()
    expect(coordinator.locator("ul.messages")).to_contain_text("Decision recorded")
    application.refresh_from_db()
    assert (application.status, application.decision) == (ApplicationStatus.DECIDED, Decision.OFFER)

    # Abdul accepts on his phone, then signs in again and finds himself a supporter.
    phone.goto(detail_url)
    with phone.expect_navigation():
        phone.get_by_role("button", name="Accept the offer").click()
    expect(phone.locator("ul.messages")).to_contain_text("Welcome aboard!")
    again = make_page(PHONE)
    sign_in(again, "applicant")
    expect(again).to_have_url(f"{live_server.url}/")
    expect(again.locator('section[data-role="supporter"]')).to_be_visible()

    application.refresh_from_db()
    assert application.offer_response == OfferResponse.ACCEPTED
    supporter = Membership.objects.get(program=demo, user__username="applicant", role=Role.SUPPORTER)
    assert supporter.status == MembershipStatus.ACTIVE
