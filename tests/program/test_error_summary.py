"""Issue 14, part 3: every refused form opens with one error summary listing every problem at once, each
linked to its field by id (templates/error_summary.html, shared by form_fields.html and the forms that
lay their fields out themselves); static/js/error-summary.js moves focus to it (browser test)."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import Membership, Role
from supervision.wellbeing.checkin import DISTRESS_ASKED, ITEMS
from tests.conftest import World


def summary(page: str) -> str:
    match = re.search(
        r'<div class="govuk-error-summary error-summary" role="alert" '
        r'aria-labelledby="([\w-]+)" tabindex="-1" '
        r"data-error-summary>"
        r"(.*?)</div>",
        page,
        re.S,
    )
    assert match, "a refused form starts with the error summary"
    assert f'id="{match.group(1)}">There is a problem</h2>' in match.group(2)
    return match.group(2)


def links(block: str) -> dict[str, str]:
    return {href: text for href, text in re.findall(r'<a href="#([\w-]+)">([^<]+)</a>', block)}


@pytest.fixture(autouse=True)
def recently_started(world: World) -> None:
    Membership.objects.filter(role=Role.SUPPORTER).update(term_start=timezone.localdate() - timedelta(days=7))


def test_a_refused_contact_lists_every_missing_answer_linked_to_its_field(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]), {"submit": "1", "contact_id": ""}
    )

    page = response.content.decode()
    found = links(summary(page))
    assert len(found) >= 5, found  # all at once, not one at a time
    for target, text in found.items():
        assert f'id="{target}"' in page, (target, text)  # each link lands on a real field
        assert ": " in text  # and names its question
    assert any(target.endswith("_0") for target in found)  # a radio group links to its first option
    assert page.count("data-error-summary") == 1
    assert 'src="/static/js/error-summary.js"' in page


def test_a_check_in_refused_names_its_questions(world: World, client_for) -> None:
    response = client_for("supporter").post(reverse("checkin", args=[world.program.pk]), {"tired": "9"})

    found = links(summary(response.content.decode()))
    # Each line names its question in the message itself (supervision/wellbeing/checkin.py), so the summary
    # gives it without a "label: " in front that would say the question twice.
    questions = [question for _, question in ITEMS] + [DISTRESS_ASKED]
    assert len(found) == 5, found  # every unanswered question at once
    assert all(html.unescape(text).startswith(tuple(questions)) for text in found.values()), found


def test_a_service_refusal_without_a_form_is_summarised_too(world: World, client_for) -> None:
    pause_url = reverse("pause-self", args=[world.program.pk])

    response = client_for("supporter").post(pause_url, {"reason": "x" * 1001})

    assert response.status_code == 400
    assert "Keep the reason under 1000 characters" in summary(response.content.decode())


def test_an_accepted_or_fresh_form_has_no_summary(world: World, client_for) -> None:
    page = client_for("supporter").get(reverse("contact-new", args=[world.program.pk])).content.decode()

    assert "data-error-summary" not in page


def test_a_refused_sign_in_is_summarised_and_links_to_the_username(world: World, client_for) -> None:
    response = client_for("anonymous").post("/accounts/login/", {"username": "nobody", "password": "wrong"})

    found = links(summary(response.content.decode()))
    assert found == {"id_username": "Your username and password didn't match. Please try again."}
