"""What an applicant sees of their own decision (issue 14, part 6): the decision, never the committee's
reason or the criterion it rests on — on the page and in the API — while the coordinator sees both; and
the coordinator reads "Grace Okafor accepted the offer", not "you accepted"."""

from __future__ import annotations

from html import unescape

import pytest
from django.urls import reverse

from program.models import Role
from selection import services
from selection.models import Application, Decision, Intake
from tests.api.selection_helpers import APPLICATIONS, decided, open_intake, reviewed, url
from tests.conftest import World

COMMITTEE_REASON = "Both reviewers scored role boundaries 2 of 5; the committee doubts their judgement."


@pytest.fixture
def intake(world: World) -> Intake:
    return open_intake(world)


@pytest.fixture
def offered(world: World, intake: Intake) -> Application:
    applicant = world.user(Role.APPLICANT)
    applicant.first_name, applicant.last_name = "Grace", "Okafor"
    applicant.save(update_fields=["first_name", "last_name"])
    application = decided(reviewed(intake, applicant), Decision.OFFER, world.user(Role.COORDINATOR))
    Application.objects.filter(pk=application.pk).update(decision_reason=COMMITTEE_REASON)
    application.refresh_from_db()
    return application


def page(world: World, client_for, role: str, application: Application) -> str:
    response = client_for(role).get(reverse("application-detail", args=[world.program.pk, application.pk]))
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.mark.parametrize(("role", "shown"), [("applicant", False), ("coordinator", True)])
def test_the_committee_reason_is_on_the_coordinators_page_only(
    world: World, client_for, offered: Application, role: str, shown: bool
) -> None:
    text = page(world, client_for, role, offered)

    assert "Offer" in text  # both learn the decision
    assert (COMMITTEE_REASON in text) is shown
    assert ('<dt class="govuk-summary-list__key">Criterion</dt>' in text) is shown


@pytest.mark.parametrize(("role", "shown"), [("applicant", False), ("coordinator", True)])
def test_the_committee_reason_is_in_the_coordinators_api_only(
    api_for, offered: Application, role: str, shown: bool
) -> None:
    response = api_for(role).get(url(APPLICATIONS, offered.pk))

    assert response.status_code == 200
    data = response.json()
    assert data["decision"] == "offer"
    assert (data["decision_reason"], data["decision_criterion"]) == (
        (COMMITTEE_REASON, offered.decision_criterion_id) if shown else (None, None)
    )
    assert (COMMITTEE_REASON in response.content.decode()) is shown


def test_the_applicants_list_omits_the_committee_reason(api_for, offered: Application) -> None:
    response = api_for("applicant").get(APPLICATIONS)

    assert response.status_code == 200
    assert COMMITTEE_REASON not in response.content.decode()
    assert [row["decision_reason"] for row in response.json()["results"]] == [None]


def test_the_coordinator_reads_who_accepted_the_offer(world: World, client_for, offered: Application) -> None:
    services.respond_to_offer(offered, by=world.user(Role.APPLICANT), accept=True)

    coordinator_page = page(world, client_for, "coordinator", offered)

    assert "Grace Okafor accepted the offer" in coordinator_page
    assert "you accepted" not in coordinator_page


def test_the_applicant_reads_that_they_accepted(world: World, client_for, offered: Application) -> None:
    services.respond_to_offer(offered, by=world.user(Role.APPLICANT), accept=True)

    applicant_page = client_for("applicant").get(
        reverse("application-detail", args=[world.program.pk, offered.pk])
    )
    assert applicant_page.status_code == 200
    assert "you accepted the offer" in applicant_page.content.decode()


def test_the_coordinators_inbox_says_whose_offer_was_accepted(
    world: World, client_for, offered: Application
) -> None:
    services.respond_to_offer(offered, by=world.user(Role.APPLICANT), accept=True)

    inbox = unescape(client_for("coordinator").get(reverse("inbox")).content.decode())

    assert "An offer was accepted" in inbox and "About: Grace Okafor" in inbox
    assert "you accepted" not in inbox.lower()
