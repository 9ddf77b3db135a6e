"""Weekly check-ins and supervision sessions, including debriefs closing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from program.models import AuditEvent, Notification, Role
from supervision import services
from supervision.contacts import crypto
from supervision.models import CheckIn, DebriefDue, SupervisionSession
from tests.conftest import World
from tests.factories import ContactFactory, this_monday

pytestmark = pytest.mark.django_db

ANSWERS = {"tired": 3, "worn_out": 2, "emotionally_exhausted": 3, "cant_take_it": 1, "distress": 6}


def test_a_check_in_records_this_week_once(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    first = services.record_checkin(supporter, by=supporter.user, **ANSWERS)
    second = services.record_checkin(supporter, by=supporter.user, **{**ANSWERS, "distress": 2})
    assert first.pk == second.pk and CheckIn.objects.get().distress == 2
    assert first.week_of == this_monday()
    assert CheckIn.objects.get().burnout_score == pytest.approx(56.25)


def test_asking_to_talk_notifies_the_supervisors_without_details(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    services.record_checkin(supporter, by=supporter.user, wants_to_talk=True, wants_pause=True, **ANSWERS)
    notes = Notification.objects.filter(kind="checkin_request")
    assert set(notes.values_list("recipient__username", flat=True)) == {"supervisor", "supervisor2"}
    assert notes.first().title == "A supporter's check-in asks for your attention"


@pytest.mark.parametrize(("field", "value"), [("tired", 5), ("distress", -1), ("worn_out", None)])
def test_answers_out_of_range_are_refused(world: World, field, value) -> None:
    supporter = world.members[Role.SUPPORTER]
    with pytest.raises(ValidationError) as refusal:
        services.record_checkin(supporter, by=supporter.user, **{**ANSWERS, field: value})
    assert field in refusal.value.message_dict
    assert not CheckIn.objects.exists()


def test_nobody_checks_in_for_someone_else(world: World) -> None:
    with pytest.raises(CheckIn.DoesNotExist):
        services.record_checkin(world.members[Role.SUPPORTER], by=world.user(Role.SUPERVISOR), **ANSWERS)


def test_a_debrief_session_closes_the_debrief_and_notes_are_encrypted(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    debrief = DebriefDue.objects.create(
        contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=20)
    )
    session = services.record_session(
        world.program,
        by=world.user(Role.SUPERVISOR),
        supporters=[supporter],
        held_on=timezone.localdate(),
        purpose="debrief",
        contacts=[contact],
        advice="Check in with the peer's GP pathway; rest this weekend.",
    )
    debrief.refresh_from_db()
    assert debrief.closed_by == session and debrief.closed_at is not None
    assert "GP pathway" not in session.advice_encrypted
    assert crypto.decrypt(session.advice_encrypted).startswith("Check in")
    assert session.next_due == timezone.localdate() + timedelta(days=world.program.supervision_interval_days)
    assert AuditEvent.objects.filter(object_type="supervision.supervisionsession").exists()


def test_sessions_only_with_own_supervisees_and_sensible_dates(world: World) -> None:
    supervisor = world.user(Role.SUPERVISOR)
    with pytest.raises(ValidationError) as refusal:
        services.record_session(
            world.program, by=supervisor, supporters=[world.unsupervised], held_on=timezone.localdate()
        )
    assert "supporters" in refusal.value.message_dict
    with pytest.raises(ValidationError) as refusal:
        services.record_session(
            world.program,
            by=supervisor,
            supporters=[world.members[Role.SUPPORTER]],
            held_on=timezone.localdate() + timedelta(days=1),
        )
    assert "held_on" in refusal.value.message_dict
    with pytest.raises(SupervisionSession.DoesNotExist):
        services.record_session(
            world.program,
            by=world.user(Role.COORDINATOR),
            supporters=[world.members[Role.SUPPORTER]],
            held_on=timezone.localdate(),
        )
    assert not SupervisionSession.objects.exists()


def test_identifying_session_notes_are_refused(world: World) -> None:
    with pytest.raises(ValidationError) as refusal:
        services.record_session(
            world.program,
            by=world.user(Role.SUPERVISOR),
            supporters=[world.members[Role.SUPPORTER]],
            held_on=timezone.localdate(),
            follow_ups="Email jess.lee@student.example.edu about it",
        )
    assert "email" in " ".join(refusal.value.message_dict["follow_ups"]).lower()
    assert not SupervisionSession.objects.exists()
