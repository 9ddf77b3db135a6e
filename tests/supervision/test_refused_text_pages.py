"""Pages that refuse free text for holding identifiers show it back to its writer with the words
marked and what each looks like, so it can be fixed in one edit, while nothing of it is kept: not in
the database, the draft, the audit trail or the log."""

from __future__ import annotations

import logging

import pytest
from django.urls import reverse
from django.utils import timezone

from program.models import AuditEvent, Role
from supervision.contacts import crypto
from supervision.models import Contact, ContactAnnotation, Pause, SupervisionSession
from tests.conftest import World
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db

PHONE = "0412 345 678"


def contact_form(narrative: str, **extra: str) -> dict[str, object]:
    return {
        "contact_date": timezone.localdate().isoformat(),
        "time_band": "day",
        "duration_minutes": "25",
        "channel": "phone",
        "initiated_by": "peer",
        "concerns": ["academic"],
        "risk_level": "low",
        "actions": ["listened"],
        "supporter_distress": "2",
        "narrative": narrative,
        "submit": "1",
        **extra,
    }


def test_a_refused_note_comes_back_with_each_identifying_stretch_marked_and_named(
    world: World, client_for, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    audit_rows = AuditEvent.objects.count()
    narrative = f"Peer asked whether <b>Priyanka</b> could ring {PHONE} tonight."

    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]), contact_form(narrative)
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert (
        '<p class="flagged-text">Peer asked whether &lt;b&gt;<mark>Priyanka</mark> '
        '<span class="flag-kind">(looks like a person&#x27;s name)</span>&lt;/b&gt; could ring '
        f'<mark>{PHONE}</mark> <span class="flag-kind">(looks like a phone number)</span> tonight.</p>'
    ) in page
    assert "<b>Priyanka</b>" not in page  # the writer's text is escaped, never markup
    assert not Contact.objects.exists()
    assert AuditEvent.objects.count() == audit_rows
    assert PHONE not in caplog.text and "Priyanka" not in caplog.text


def test_look_alike_letters_are_marked_where_they_stand_in_the_text_as_written(
    world: World, client_for
) -> None:
    narrative = "Talked to \u0415mily about placement."  # a Cyrillic capital E

    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]), contact_form(narrative)
    )

    assert "Talked to <mark>\u0415mily</mark>" in response.content.decode()
    assert not Contact.objects.exists()


def test_a_draft_saved_from_the_page_marks_the_refused_note_and_keeps_the_rest(
    world: World, client_for
) -> None:
    data = contact_form(f"Her number is {PHONE}.", save_draft="1")
    del data["submit"]

    response = client_for("supporter").post(reverse("contact-new", args=[world.program.pk]), data)

    assert f"<mark>{PHONE}</mark>" in response.content.decode()
    draft = Contact.objects.get()
    assert draft.status == "draft" and draft.narrative_encrypted == ""


def test_an_ordinary_refusal_marks_nothing(world: World, client_for) -> None:
    data = contact_form("A long talk about exams.", duration_minutes="-3")

    response = client_for("supporter").post(reverse("contact-new", args=[world.program.pk]), data)

    assert response.status_code == 200
    assert "flagged-text" not in response.content.decode()


def test_autosave_never_replaces_a_kept_note_with_a_refused_one(world: World, client_for) -> None:
    draft = ContactFactory(
        supporter=world.members[Role.SUPPORTER],
        status="draft",
        submitted_at=None,
        narrative_encrypted=crypto.encrypt("Talked about exams."),
    )

    reply = client_for("supporter").post(
        reverse("contact-autosave", args=[world.program.pk]),
        {"contact_id": draft.pk, "narrative": f"Talked about exams; she's on {PHONE}."},
    )

    assert "narrative" in reply.json()["errors"] and PHONE not in reply.content.decode()
    draft.refresh_from_db()
    assert crypto.decrypt(draft.narrative_encrypted) == "Talked about exams."
    assert not AuditEvent.objects.filter(summary__contains=PHONE).exists()


def test_a_refused_session_note_is_marked_on_the_session_page(world: World, client_for) -> None:
    response = client_for("supervisor").post(
        reverse("session-new", args=[world.program.pk]),
        {
            "supporters": [world.members[Role.SUPPORTER].pk],
            "kind": "individual",
            "purpose": "scheduled",
            "held_on": timezone.localdate().isoformat(),
            "duration_minutes": "45",
            "advice": "Suggested she talk to Dr Okafor.",
            "follow_ups": "",
        },
    )

    assert "talk to <mark>Dr Okafor</mark>" in response.content.decode()
    assert not SupervisionSession.objects.exists()


def test_a_refused_pause_reason_is_marked_on_the_pause_page(world: World, client_for) -> None:
    response = client_for("supervisor").post(
        reverse("pause-new", args=[world.program.pk]),
        {"membership": world.members[Role.SUPPORTER].pk, "reason": f"Ring {PHONE}"},
    )

    assert response.status_code == 400
    assert f"Ring <mark>{PHONE}</mark>" in response.content.decode()
    assert not Pause.objects.exists()


def test_a_refused_supervisor_note_is_marked_on_the_contact_page_and_not_kept(
    world: World, client_for
) -> None:
    contact = ContactFactory(supporter=world.members[Role.SUPPORTER])

    response = client_for("supervisor").post(
        reverse("contact-annotate", args=[world.program.pk, contact.pk]), {"text": f"Ring her on {PHONE}."}
    )

    assert response.status_code == 400
    assert f"Ring her on <mark>{PHONE}</mark>" in response.content.decode()
    assert not ContactAnnotation.objects.exists()
