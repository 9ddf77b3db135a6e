"""Forms that help (issue 14): every message names its question, and a form with several problems
reports all of them in one round."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from program.models import Role
from supervision.models import CheckIn, Contact
from supervision.wellbeing.checkin import DISTRESS_ERROR, ITEMS, item_error
from tests.clock import fix_clock
from tests.conftest import World

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def saturday(monkeypatch: pytest.MonkeyPatch) -> None:
    """Saturday 5 December 2026 in Sydney, so the typed dates below are in the past."""
    fix_clock(monkeypatch, datetime(2026, 12, 5, 1, 0, tzinfo=UTC))


def page_text(response) -> str:
    return html.unescape(response.content.decode())


def test_a_check_in_with_answers_missing_names_every_question_once(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("checkin", args=[world.program.pk]), {"tired": "2", "worn_out": "9"}
    )
    assert response.status_code == 200 and not CheckIn.objects.exists()
    text = page_text(response)
    for name, question in ITEMS[1:]:
        # In the summary at the top and beside the question, and never with the question said twice.
        assert text.count(item_error(name)) == 2, name
        assert f"{question}: {question}" not in text
    assert "How often were you physically worn out? Choose an answer from 0 (never) to 4 (always)." in text
    assert text.count(DISTRESS_ERROR) == 2
    assert item_error("tired") not in text  # answered
    assert "This field is required" not in text
    assert "Select a valid choice" not in text


def test_the_api_names_the_check_in_question_too(world: World, api_for) -> None:
    response = api_for("supporter").post(
        "/api/v1/checkins/",
        {"program": world.program.pk, "tired": 2, "worn_out": 7, "emotionally_exhausted": 1},
        format="json",
    )
    assert response.status_code == 400
    body = response.json()["error"]["fields"]
    assert body["worn_out"] == [item_error("worn_out")]
    assert body["cant_take_it"] == [item_error("cant_take_it")]
    assert body["distress"] == [DISTRESS_ERROR]
    assert "tired" not in body and "emotionally_exhausted" not in body


def test_a_contact_with_a_bad_field_also_lists_everything_still_missing(world: World, client_for) -> None:
    """Before, the page stopped at the bad duration and only said what else was missing next time."""
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {"contact_date": "4/12/2026", "duration_minutes": "half an hour", "time_band": "day", "submit": "1"},
    )
    assert response.status_code == 200 and not Contact.objects.exists()
    text = page_text(response)
    summary = text[text.index("There is a problem") : text.index("</div>", text.index("There is a problem"))]
    assert "How long (minutes): Enter a whole number." in summary
    for missing in (
        "How: Choose how the contact happened.",
        "Who reached out: Choose who reached out.",
        "Risk: Choose the risk level.",
        "What it was about: Choose at least one concern.",
        "What you did: Choose at least one action.",
        "Rate how distressed you are after this contact, from 0 to 10.",
    ):
        assert missing in summary, missing
    # Given and good: not listed. The day-first typed date was read as the 4th of December.
    assert "Date:" not in summary and "When:" not in summary
    assert "This field is required" not in text


def test_a_complete_contact_still_logs_after_the_change(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {
            "contact_date": "1/12/2026",
            "time_band": "day",
            "duration_minutes": "20",
            "channel": "message",
            "initiated_by": "peer",
            "concerns": ["academic"],
            "risk_level": "low",
            "actions": ["listened"],
            "supporter_distress": "2",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    assert Contact.objects.get().contact_date.isoformat() == "2026-12-01"
    assert world.members[Role.SUPPORTER].contacts.count() == 1


OPTIONAL_CLOSED = '<details class="optional-part">'
OPTIONAL_OPEN = '<details class="optional-part" open>'
COMPLETE_CONTACT = {
    "contact_date": "1/12/2026",
    "time_band": "day",
    "duration_minutes": "20",
    "channel": "message",
    "initiated_by": "peer",
    "concerns": ["academic"],
    "risk_level": "low",
    "actions": ["listened"],
    "supporter_distress": "2",
    "submit": "1",
}


def test_the_contact_forms_optional_part_starts_folded(world: World, client_for) -> None:
    response = client_for("supporter").get(reverse("contact-new", args=[world.program.pk]))
    text = response.content.decode()
    assert text.count(OPTIONAL_CLOSED) == 1 and OPTIONAL_OPEN not in text
    # Folded, but there: the note is inside the disclosure.
    folded = text[text.index(OPTIONAL_CLOSED) : text.index("</details>", text.index(OPTIONAL_CLOSED))]
    assert 'name="narrative"' in folded and 'name="peer_code"' in folded
    assert 'name="risk_level"' not in folded


def test_a_refused_field_inside_the_optional_part_unfolds_it(world: World, client_for) -> None:
    """The summary links to the refused note; a closed disclosure would hide what it links to."""
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {**COMPLETE_CONTACT, "narrative": "Her mobile is 0412 345 678"},
    )
    assert response.status_code == 200 and not Contact.objects.exists()
    text = response.content.decode()
    assert OPTIONAL_OPEN in text and OPTIONAL_CLOSED not in text
    assert 'href="#id_narrative"' in text


def test_a_refusal_outside_the_optional_part_leaves_it_folded(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]), {**COMPLETE_CONTACT, "duration_minutes": ""}
    )
    assert response.status_code == 200 and not Contact.objects.exists()
    text = response.content.decode()
    assert 'href="#id_duration_minutes"' in text
    assert OPTIONAL_CLOSED in text and OPTIONAL_OPEN not in text


def test_an_answered_optional_part_shows_unfolded_when_the_form_comes_back(world: World, client_for) -> None:
    """A refused round keeps the follow-up ticked in view rather than folding away what was given."""
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {**COMPLETE_CONTACT, "duration_minutes": "", "follow_up_planned": "on"},
    )
    assert OPTIONAL_OPEN in response.content.decode()
