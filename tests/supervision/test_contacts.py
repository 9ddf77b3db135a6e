"""Logging contacts: completeness, de-identification, encryption, escalation, drafts and the edit window."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from program.models import AuditEvent, MembershipStatus, Notification, ReferralService, Role
from supervision import services
from supervision.contacts import crypto, retention
from supervision.models import Contact, ContactStatus, DebriefDue
from tests.conftest import World
from tests.factories import ContactFactory

pytestmark = pytest.mark.django_db

PHONE = "0412 345 678"


def complete(**overrides):
    data = {
        "contact_date": timezone.localdate(),
        "time_band": "evening",
        "duration_minutes": 40,
        "channel": "phone",
        "initiated_by": "peer",
        "concerns": ["placement", "isolation"],
        "risk_level": "moderate",
        "actions": ["listened", "shared_resources"],
        "supporter_distress": 4,
        "narrative": "Felt cut off on a rural placement; we talked through who to reach out to there.",
    }
    data.update(overrides)
    return data


def supporter_of(world: World):
    return world.members[Role.SUPPORTER]


def test_a_complete_contact_is_logged_encrypted_and_audited(world: World) -> None:
    supporter = supporter_of(world)
    contact = services.submit_contact(supporter, by=supporter.user, **complete())
    contact.refresh_from_db()
    assert contact.status == ContactStatus.SUBMITTED and contact.submitted_at is not None
    assert sorted(contact.concerns.values_list("category", flat=True)) == ["isolation", "placement"]
    assert "rural placement" not in contact.narrative_encrypted
    assert crypto.decrypt(contact.narrative_encrypted).startswith("Felt cut off")
    assert AuditEvent.objects.filter(object_type="supervision.contact", object_id=str(contact.pk)).exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("contact_date", timezone.localdate() + timedelta(days=2), "cannot be in the future"),
        ("duration_minutes", -5, "from 1 to 600"),
        ("duration_minutes", 5000, "from 1 to 600"),
        ("concerns", ["astrology"], "Unknown concern"),
        ("risk_level", "catastrophic", "is not one of"),
        ("supporter_distress", 11, "from 0 to 10"),
    ],
)
def test_bad_values_are_refused_naming_the_field_and_nothing_is_saved(
    world: World, field, value, message
) -> None:
    supporter = supporter_of(world)
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **complete(**{field: value}))
    assert message in " ".join(refusal.value.message_dict[field])
    assert not Contact.objects.exists()


def test_a_high_risk_needs_an_action_beyond_listening(world: World) -> None:
    supporter = supporter_of(world)
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(
            supporter, by=supporter.user, **complete(risk_level="high", actions=["listened"])
        )
    assert "actions" in refusal.value.message_dict


def test_a_referral_names_a_directory_service(world: World) -> None:
    supporter = supporter_of(world)
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **complete(actions=["referred"]))
    assert "referral_service" in refusal.value.message_dict
    lifeline = ReferralService.objects.get(program=world.program, name="Lifeline")
    contact = services.submit_contact(
        supporter, by=supporter.user, **complete(actions=["referred"], referral_service=lifeline)
    )
    assert contact.actions.get().referral_service == lifeline


def test_an_identifying_narrative_is_refused_and_nothing_of_it_is_stored_or_logged(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    supporter = supporter_of(world)
    caplog.set_level(logging.DEBUG)
    narrative = f"Her number is {PHONE}, call her tonight."
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **complete(narrative=narrative))
    message = " ".join(refusal.value.message_dict["narrative"])
    assert "phone number" in message and PHONE not in message
    assert not Contact.objects.exists()
    assert PHONE not in caplog.text and "0412" not in caplog.text
    assert _database_text_containing("0412 345") == []


def _database_text_containing(needle: str) -> list[str]:
    """Every row of every text column of every model that holds `needle`."""
    hits = []
    for model in apps.get_models():
        columns = [
            f.column
            for f in model._meta.concrete_fields
            if f.get_internal_type() in ("CharField", "TextField")
        ]
        if not columns:
            continue
        where = " OR ".join(f"{connection.ops.quote_name(c)} LIKE %s" for c in columns)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM {connection.ops.quote_name(model._meta.db_table)} WHERE {where}",  # noqa: S608
                [f"%{needle}%"] * len(columns),
            )
            if cursor.fetchone()[0]:
                hits.append(model._meta.label)
    return hits


def test_a_high_risk_contact_opens_a_debrief_and_notifies_supervisor_and_backup(world: World) -> None:
    supporter = supporter_of(world)
    contact = services.submit_contact(
        supporter,
        by=supporter.user,
        **complete(risk_level="imminent", actions=["escalated_on_call", "emergency_services"]),
    )
    debrief = DebriefDue.objects.get(contact=contact)
    assert abs(debrief.due_at - (contact.submitted_at + timedelta(hours=24))) < timedelta(seconds=5)
    recipients = set(
        Notification.objects.filter(kind="high_risk_contact").values_list("recipient__username", flat=True)
    )
    assert recipients == {"supervisor", "supervisor2"}
    note = Notification.objects.filter(kind="high_risk_contact").first()
    assert "rural" not in note.title + note.body and supporter.user.first_name not in note.title + note.body
    assert note.link == f"/programs/{world.program.pk}/contacts/{contact.pk}/"


def test_an_unsupervised_supporters_high_risk_contact_goes_to_the_coordinators(world: World) -> None:
    contact = services.submit_contact(
        world.unsupervised, by=world.unsupervised.user, **complete(risk_level="high", actions=["case_advice"])
    )
    assert list(
        Notification.objects.filter(kind="high_risk_contact").values_list("recipient__username", flat=True)
    ) == ["coordinator"]
    assert DebriefDue.objects.filter(contact=contact).exists()


def test_a_draft_keeps_what_passes_and_never_stores_an_identifying_note(world: World) -> None:
    supporter = supporter_of(world)
    draft, errors = services.save_contact_draft(
        supporter, by=supporter.user, channel="message", duration_minutes=15, narrative=f"text me on {PHONE}"
    )
    assert set(errors) == {"narrative"}
    draft.refresh_from_db()
    assert (draft.status, draft.channel, draft.duration_minutes, draft.narrative_encrypted) == (
        ContactStatus.DRAFT,
        "message",
        15,
        "",
    )
    contact = services.submit_contact(supporter, by=supporter.user, contact=draft, **complete(narrative=""))
    assert contact.pk == draft.pk and contact.status == ContactStatus.SUBMITTED


def test_the_api_style_strict_draft_saves_nothing_when_a_field_fails(world: World) -> None:
    supporter = supporter_of(world)
    with pytest.raises(ValidationError):
        services.save_contact_draft(
            supporter, by=supporter.user, strict=True, channel="message", duration_minutes=0
        )
    assert not Contact.objects.exists()


def test_only_the_owner_edits_and_only_for_seven_days(world: World) -> None:
    supporter = supporter_of(world)
    contact = services.submit_contact(supporter, by=supporter.user, **complete())
    services.update_contact(contact, by=supporter.user, duration_minutes=55)
    assert Contact.objects.get(pk=contact.pk).duration_minutes == 55
    with pytest.raises(Contact.DoesNotExist):
        services.update_contact(contact, by=world.user(Role.SUPERVISOR), duration_minutes=10)
    Contact.objects.filter(pk=contact.pk).update(submitted_at=timezone.now() - timedelta(days=8))
    with pytest.raises(ValidationError) as refusal:
        services.update_contact(contact, by=supporter.user, duration_minutes=10)
    assert "locked" in str(refusal.value)


def test_nobody_logs_a_contact_for_someone_else(world: World) -> None:
    with pytest.raises(Contact.DoesNotExist):
        services.submit_contact(supporter_of(world), by=world.unsupervised.user, **complete())


def test_a_paused_supporter_is_refused_kindly(world: World) -> None:
    supporter = supporter_of(world)
    supporter.status = MembershipStatus.PAUSED
    supporter.save()
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **complete())
    assert "take the time you need" in str(refusal.value)
    assert not Contact.objects.exists()


def test_supervisor_notes_are_checked_encrypted_and_reads_audited(world: World) -> None:
    contact = ContactFactory(supporter=supporter_of(world))
    supervisor = world.user(Role.SUPERVISOR)
    with pytest.raises(ValidationError) as refusal:
        services.annotate_contact(contact, by=supervisor, text=f"Call {PHONE} back")
    assert "phone number" in " ".join(refusal.value.message_dict["text"])
    note = services.annotate_contact(contact, by=supervisor, text="Good use of the referral pathway.")
    assert "referral pathway" not in note.text_encrypted
    with pytest.raises(Contact.DoesNotExist):
        services.annotate_contact(contact, by=world.user(Role.COORDINATOR), text="Looks fine.")
    before = AuditEvent.objects.filter(action="view").count()
    assert services.read_annotations(contact, by=supervisor)[0][1] == "Good use of the referral pathway."
    assert AuditEvent.objects.filter(action="view").count() == before + 1


def test_reading_a_narrative_is_audited(world: World) -> None:
    supporter = supporter_of(world)
    contact = services.submit_contact(supporter, by=supporter.user, **complete())
    supervisor = world.user(Role.SUPERVISOR)
    assert services.read_narrative(contact, by=supervisor).startswith("Felt cut off")
    event = AuditEvent.objects.filter(action="view", object_id=str(contact.pk)).get()
    assert event.actor == supervisor and event.summary == "narrative read"


def test_narratives_past_retention_are_erased_and_the_rest_kept(world: World) -> None:
    supporter = supporter_of(world)
    old = services.submit_contact(supporter, by=supporter.user, **complete())
    recent = services.submit_contact(supporter, by=supporter.user, **complete())
    Contact.objects.filter(pk=old.pk).update(contact_date=world.program.today() - timedelta(days=181))
    assert retention.erase_expired(timezone.now())["contact"] == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.narrative_encrypted == "" and old.narrative_erased_at is not None
    assert old.duration_minutes == 40 and old.risk_level == "moderate"
    assert recent.narrative_encrypted != ""


def test_peer_codes_are_random_and_per_supporter(world: World) -> None:
    supporter = supporter_of(world)
    codes = {services.issue_peer_code(supporter, by=supporter.user).code for _ in range(20)}
    assert len(codes) == 20 and all(len(code) == 6 for code in codes)
    other_code = services.issue_peer_code(world.unsupervised, by=world.unsupervised.user)
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **complete(peer_code=other_code))
    assert "peer_code" in refusal.value.message_dict


def test_retention_counts_days_on_the_programs_calendar_across_daylight_saving(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 00:19 in Sydney in December (summer time), the instant 180 days earlier falls in winter time at
    23:19 the day before: counting from that instant kept a contact one day past retention."""
    from datetime import UTC, datetime

    from tests.clock import fix_clock

    fix_clock(monkeypatch, datetime(2026, 12, 5, 13, 19, tzinfo=UTC))
    supporter = supporter_of(world)
    old = services.submit_contact(supporter, by=supporter.user, **complete())
    days = world.program.retention_days
    Contact.objects.filter(pk=old.pk).update(contact_date=world.program.today() - timedelta(days=days + 1))
    assert retention.erase_expired(timezone.now())["contact"] == 1
