"""A refusal of free text for holding identifiers says where each stands (offsets into the field as
sent, with the kind), inside the API's one error format, and still keeps and logs nothing of it."""

from __future__ import annotations

import logging

import pytest
from django.utils import timezone

from program.models import AuditEvent, Role
from supervision.models import Contact, ContactAnnotation, SupervisionSession
from tests.api.helpers import assert_error
from tests.api.helpers import contact_body as shared_contact_body
from tests.conftest import World
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/contacts/"
PHONE = "0412 345 678"
NARRATIVE = f"Worried about her; Priyanka said to ring {PHONE} tonight."


def contact_body(world: World, **overrides) -> dict:
    return shared_contact_body(
        world.program.pk,
        **{
            "concerns": ["placement"],
            "risk_level": "low",
            "actions": ["listened"],
            "supporter_distress": 3,
            "narrative": NARRATIVE,
            **overrides,
        },
    )


def spans(error: dict, field: str, text: str) -> list[tuple[str, str]]:
    return [(span["kind"], text[span["start"] : span["end"]]) for span in error["identifiers"][field]]


@pytest.mark.parametrize("status", ["submitted", "draft"])
def test_a_refused_narrative_says_where_each_identifier_stands_and_nothing_is_kept(
    world: World, api_for, caplog: pytest.LogCaptureFixture, status: str
) -> None:
    caplog.set_level(logging.DEBUG)
    audit_rows = AuditEvent.objects.count()

    response = api_for("supporter").post(URL, contact_body(world, status=status), format="json")

    error = assert_error(response, 400, "invalid", field="narrative")
    assert spans(error, "narrative", NARRATIVE) == [("person_name", "Priyanka"), ("phone", PHONE)]
    assert error["identifiers"]["narrative"][1]["message"] == "Looks like a phone number."
    assert PHONE not in response.content.decode()
    assert "Priyanka" not in response.content.decode()
    assert not Contact.objects.exists()
    assert AuditEvent.objects.count() == audit_rows
    assert PHONE not in caplog.text and "Priyanka" not in caplog.text


def test_offsets_point_into_the_text_as_sent_with_look_alikes_and_padding(world: World, api_for) -> None:
    # Leading spaces, a Cyrillic "е" and a zero-width space: offsets still fit what the client sent.
    narrative = "   Talked to Еmily; she's z5123456 on\u200b Moodle."

    response = api_for("supporter").post(URL, contact_body(world, narrative=narrative), format="json")

    error = assert_error(response, 400, "invalid", field="narrative")
    assert spans(error, "narrative", narrative) == [("person_name", "Еmily"), ("student_id", "z5123456")]


def test_a_correction_refused_says_where_and_an_ordinary_error_carries_no_identifiers(
    world: World, api_for
) -> None:
    contact = ContactFactory(supporter=world.members[Role.SUPPORTER])
    narrative = "Her email is jess.lee@example.com now."

    response = api_for("supporter").patch(f"{URL}{contact.pk}/", {"narrative": narrative}, format="json")

    error = assert_error(response, 400, "invalid", field="narrative")
    assert spans(error, "narrative", narrative) == [("email", "jess.lee@example.com")]
    plain = assert_error(
        api_for("supporter").patch(f"{URL}{contact.pk}/", {"duration_minutes": -4}, format="json"), 400
    )
    assert "identifiers" not in plain


def test_a_refused_supervisor_note_says_where(world: World, api_for) -> None:
    contact = ContactFactory(supporter=world.members[Role.SUPPORTER])
    text = f"Call her back on {PHONE}."

    response = api_for("supervisor").post(f"{URL}{contact.pk}/annotations/", {"text": text}, format="json")

    error = assert_error(response, 400, "invalid", field="text")
    assert spans(error, "text", text) == [("phone", PHONE)]
    assert not ContactAnnotation.objects.exists()


def test_refused_session_notes_say_where_in_each_field(world: World, api_for) -> None:
    advice = "Suggested she see Dr Okafor."
    follow_ups = "Email jess.lee@example.com the link."
    data = {
        "program": world.program.pk,
        "supporters": [world.members[Role.SUPPORTER].pk],
        "held_on": str(timezone.localdate()),
        "advice": advice,
        "follow_ups": follow_ups,
    }

    response = api_for("supervisor").post("/api/v1/supervision-sessions/", data, format="json")

    error = assert_error(response, 400, "invalid")
    assert spans(error, "advice", advice) == [("person_name", "Dr Okafor")]
    assert spans(error, "follow_ups", follow_ups) == [("email", "jess.lee@example.com")]
    assert not SupervisionSession.objects.exists()
