"""Audit lines in words (issue 14, part 6): "Dr Hale read a contact's narrative", naming only the actor,
never a model label, a narrative or a reason — on the dashboard's recent changes, the audit trail page
and the API."""

from __future__ import annotations

from html import unescape

import pytest
from django.urls import reverse

from program import audit
from program.models import AuditAction, AuditEvent, Role
from selection import services as selection_services
from selection.models import Decision
from supervision import services as supervision_services
from supervision.contacts import crypto
from tests.api.selection_helpers import decided, open_intake, reviewed
from tests.conftest import World
from tests.factories import ContactFactory, MembershipFactory, PauseFactory, UserFactory

NARRATIVE = "They spoke about failing the anatomy exam and not sleeping."


def named(user, first: str, last: str):
    user.first_name, user.last_name = first, last
    user.save(update_fields=["first_name", "last_name"])
    return user


def dashboard(world: World, client_for) -> str:
    response = client_for("coordinator").get(reverse("dashboard"))
    assert response.status_code == 200
    return unescape(response.content.decode())


def trail(world: World, client_for) -> str:
    response = client_for("coordinator").get(reverse("audit-trail", args=[world.program.pk]))
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.fixture
def narrative_read(world: World) -> AuditEvent:
    """Dr Hale, the supervisor, reads a contact's narrative through the service that audits it."""
    hale = named(world.user(Role.SUPERVISOR), "Dr", "Hale")
    contact = ContactFactory(
        supporter=world.members[Role.SUPPORTER], narrative_encrypted=crypto.encrypt(NARRATIVE)
    )
    assert supervision_services.read_narrative(contact, by=hale) == NARRATIVE
    return AuditEvent.objects.get(object_type="supervision.contact", action=AuditAction.VIEW)


def test_a_narrative_read_reads_as_a_sentence(narrative_read: AuditEvent) -> None:
    assert narrative_read.sentence == "Dr Hale read a contact's narrative"


def test_recent_changes_show_sentences_not_model_labels(world: World, client_for, narrative_read) -> None:
    page = dashboard(world, client_for)

    assert "Dr Hale read a contact's narrative" in page
    assert "supervision.contact" not in page and "narrative read" not in page
    assert NARRATIVE not in page


def test_the_audit_trail_shows_who_and_what_in_words(world: World, client_for, narrative_read) -> None:
    page = trail(world, client_for)

    assert "<td>Dr Hale</td><td>Read a contact's narrative</td>" in page
    assert "supervision.contact" not in page and NARRATIVE not in page


def test_the_api_gives_the_sentence(api_for, narrative_read: AuditEvent) -> None:
    body = api_for("coordinator").get(f"/api/v1/audit-events/{narrative_read.pk}/").json()

    assert body["sentence"] == "Dr Hale read a contact's narrative"


def test_accepting_an_offer_reads_with_the_applicants_name(world: World, client_for) -> None:
    grace = named(world.user(Role.APPLICANT), "Grace", "Okafor")
    application = decided(reviewed(open_intake(world), grace), Decision.OFFER, world.user(Role.COORDINATOR))
    selection_services.respond_to_offer(application, by=grace, accept=True)

    page = trail(world, client_for)

    assert "<td>Grace Okafor</td><td>Accepted the offer</td>" in page
    event = AuditEvent.objects.get(object_type="selection.application", summary="offer accepted")
    assert event.sentence == "Grace Okafor accepted the offer"
    assert "you accepted" not in page.lower() and "selection.application" not in page


def test_reading_a_pause_reason_reads_as_a_sentence(world: World) -> None:
    pause = PauseFactory(membership=world.members[Role.SUPPORTER])
    hale = named(world.user(Role.SUPERVISOR), "Dr", "Hale")
    event = audit.record(hale, AuditAction.VIEW, pause, program=world.program, summary="pause reason read")

    assert event.sentence == "Dr Hale read a pause reason"


@pytest.mark.parametrize(
    ("action", "summary", "words"),
    [
        (AuditAction.CREATE, "added as reviewer", "added a member"),
        (AuditAction.UPDATE, "changed expected_end", "changed a membership"),
        (AuditAction.EXPORT, "a summary this catalogue has never seen", "downloaded a membership"),
    ],
)
def test_unknown_summaries_fall_back_to_the_kind_in_words(
    world: World, action: str, summary: str, words: str
) -> None:
    member = MembershipFactory(program=world.program, user=UserFactory(first_name="Ana", last_name="Lima"))
    event = audit.record(None, action, member, program=world.program, summary=summary)

    assert event.sentence == f"The system {words}"
    assert summary not in event.sentence
