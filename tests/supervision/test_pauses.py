"""Pause rules, their evaluation, pauses and sign-off (SPEC 4.3; issue 5), against the real database."""

from __future__ import annotations

import threading
from datetime import datetime, time, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, connections, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program import services as program_services
from program.models import AuditEvent, Membership, MembershipStatus, Notification, Role
from supervision import services
from supervision.contacts import crypto
from supervision.models import (
    Contact,
    DebriefDue,
    Pause,
    PauseAction,
    PauseEnd,
    PauseMetric,
    PauseRule,
    PauseTrigger,
)
from supervision.pauses import services as pauses
from tests.conftest import World
from tests.factories import (
    BlackoutPeriodFactory,
    CheckInFactory,
    ContactFactory,
    MembershipFactory,
    PauseFactory,
    SupervisionSessionFactory,
    SupervisorAssignmentFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    UserFactory,
    this_monday,
)

PHONE = "0412 345 678"


@pytest.fixture(autouse=True)
def recently_started(world: World) -> None:
    """The world's supporters began a week ago, so supervision is not yet overdue for them (the
    factory's fixed term start would make every rule test also trip the supervision rule)."""
    Membership.objects.filter(program=world.program, role=Role.SUPPORTER).update(
        term_start=world.program.today() - timedelta(days=7)
    )
    for member in (world.members[Role.SUPPORTER], world.unsupervised):
        member.refresh_from_db()


def supporter_of(world: World) -> Membership:
    return world.members[Role.SUPPORTER]


def rule(world: World, metric: str) -> PauseRule:
    return PauseRule.objects.get(program=world.program, metric=metric)


def status_of(member: Membership) -> str:
    member.refresh_from_db(fields=["status"])
    return member.status


def contact_data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "contact_date": timezone.localdate(),
        "time_band": "evening",
        "duration_minutes": 40,
        "channel": "phone",
        "initiated_by": "peer",
        "concerns": ["academic"],
        "risk_level": "low",
        "actions": ["listened"],
        "supporter_distress": 3,
    }
    return {**data, **overrides}


# --- Default rules -------------------------------------------------------------------------------


def test_a_new_program_gets_the_default_rules(world: World) -> None:
    metrics = set(PauseRule.objects.filter(program=world.program).values_list("metric", flat=True))
    assert metrics == set(PauseMetric.values)
    hours = rule(world, PauseMetric.WEEKS_OVER_HOURS)
    assert (hours.action, hours.window_days, hours.threshold) == (PauseAction.FLAG, 14, 2)
    supervision = rule(world, PauseMetric.SUPERVISION_OVERDUE)
    assert (supervision.action, supervision.threshold) == (PauseAction.PAUSE, 15)


# --- Self-pause -----------------------------------------------------------------------------------


def test_a_supporter_pauses_themself_at_once_and_both_supervisors_hear(world: World) -> None:
    supporter = supporter_of(world)
    pause = pauses.self_pause(supporter, by=supporter.user)

    assert status_of(supporter) == MembershipStatus.PAUSED
    assert (pause.trigger, pause.action, pause.rule) == (PauseTrigger.SELF, PauseAction.PAUSE, None)
    assert pause.review_on == world.program.today() + timedelta(days=pauses.SELF_PAUSE_REVIEW_DAYS)
    told = set(Notification.objects.filter(kind="pause_review").values_list("recipient__username", flat=True))
    assert told == {"supervisor", "supervisor2"}
    assert AuditEvent.objects.filter(action="create", object_type="supervision.pause").count() == 1
    # A double tap returns the same pause.
    assert pauses.self_pause(supporter, by=supporter.user).pk == pause.pk
    assert Pause.objects.count() == 1


def test_asking_to_pause_in_a_check_in_pauses_immediately(world: World) -> None:
    supporter = supporter_of(world)
    services.record_checkin(
        supporter,
        by=supporter.user,
        tired=1,
        worn_out=1,
        emotionally_exhausted=1,
        cant_take_it=1,
        distress=3,
        wants_pause=True,
    )
    pause = Pause.objects.get()
    assert pause.trigger == PauseTrigger.SELF
    assert "check-in" in crypto.decrypt(pause.reason_encrypted)
    assert status_of(supporter) == MembershipStatus.PAUSED


def test_only_the_supporter_can_self_pause(world: World) -> None:
    with pytest.raises(Pause.DoesNotExist):
        pauses.self_pause(supporter_of(world), by=world.user(Role.SUPERVISOR))
    assert not Pause.objects.exists()


# --- Effects on contacts ------------------------------------------------------------------------------


def test_a_paused_supporter_cannot_log_a_new_contact_and_nothing_is_saved(world: World) -> None:
    supporter = supporter_of(world)
    pauses.self_pause(supporter, by=supporter.user)
    supporter.refresh_from_db()
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(supporter, by=supporter.user, **contact_data())
    assert "take the time you need" in str(refusal.value)
    with pytest.raises(ValidationError):
        services.save_contact_draft(supporter, by=supporter.user, duration_minutes=20)
    assert not Contact.objects.exists()


def test_a_contact_from_before_the_pause_may_still_be_logged(world: World) -> None:
    supporter = supporter_of(world)
    pause = pauses.self_pause(supporter, by=supporter.user)
    Pause.objects.filter(pk=pause.pk).update(started_at=timezone.now() - timedelta(days=3))
    supporter.refresh_from_db()
    before = timezone.localdate() - timedelta(days=4)
    contact = services.submit_contact(supporter, by=supporter.user, **contact_data(contact_date=before))
    assert contact.contact_date == before
    with pytest.raises(ValidationError) as refusal:
        services.submit_contact(
            supporter,
            by=supporter.user,
            **contact_data(contact_date=timezone.localdate() - timedelta(days=2)),
        )
    assert "before your pause" in str(refusal.value)


# --- Manual pauses -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.COORDINATOR])
def test_a_supervisor_or_coordinator_pauses_with_a_private_encrypted_reason(world: World, role: str) -> None:
    supporter = supporter_of(world)
    pause = pauses.manual_pause(supporter, by=world.user(role), reason="Needs a rest after a hard month.")
    assert pause.trigger == PauseTrigger.MANUAL
    assert "hard month" not in pause.reason_encrypted
    assert crypto.decrypt(pause.reason_encrypted) == "Needs a rest after a hard month."
    assert status_of(supporter) == MembershipStatus.PAUSED
    assert Notification.objects.filter(recipient=supporter.user, kind="status_changed").exists()


@pytest.mark.parametrize("who", ["supporter", "reviewer", "sponsor", "outsider", "stranger"])
def test_others_cannot_pause_a_supporter(world: World, who: str) -> None:
    with pytest.raises(Pause.DoesNotExist):
        pauses.manual_pause(supporter_of(world), by=world.user(who), reason="No.")
    assert not Pause.objects.exists()


def test_a_supervisor_cannot_pause_someone_they_do_not_supervise(world: World) -> None:
    with pytest.raises(Pause.DoesNotExist):
        pauses.manual_pause(world.unsupervised, by=world.user(Role.SUPERVISOR), reason="Rest.")


def test_a_manual_pause_needs_a_reason_and_a_sensible_review_date(world: World) -> None:
    by = world.user(Role.SUPERVISOR)
    with pytest.raises(ValidationError) as refusal:
        pauses.manual_pause(supporter_of(world), by=by, reason=" ", review_on=timezone.localdate())
    assert set(refusal.value.message_dict) == {"reason", "review_on"}
    assert not Pause.objects.exists()


def test_an_identifying_reason_is_refused_and_nothing_of_it_is_stored(world: World) -> None:
    with pytest.raises(ValidationError) as refusal:
        pauses.manual_pause(
            supporter_of(world), by=world.user(Role.SUPERVISOR), reason=f"Call her on {PHONE}"
        )
    assert "phone number" in " ".join(refusal.value.message_dict["reason"])
    assert not Pause.objects.exists()
    assert status_of(supporter_of(world)) == MembershipStatus.ACTIVE
    assert not any(PHONE in (e.summary or "") for e in AuditEvent.objects.all())


# --- Resuming -------------------------------------------------------------------------------------


def test_a_supervisor_resumes_with_a_note_and_the_supporter_can_log_again(world: World) -> None:
    supporter = supporter_of(world)
    pause = pauses.self_pause(supporter, by=supporter.user)
    ended = pauses.resume(pause, by=world.supervisor2.user, note="Talked it through; ready to return.")

    assert (ended.end_kind, ended.ended_by) == (PauseEnd.RESUMED, world.supervisor2.user)
    assert crypto.decrypt(ended.end_note_encrypted) == "Talked it through; ready to return."
    assert status_of(supporter) == MembershipStatus.ACTIVE
    supporter.refresh_from_db()
    services.submit_contact(supporter, by=supporter.user, **contact_data())
    assert Notification.objects.filter(recipient=supporter.user, kind="status_changed").exists()


def test_resuming_needs_a_note(world: World) -> None:
    pause = pauses.self_pause(supporter_of(world), by=supporter_of(world).user)
    with pytest.raises(ValidationError) as refusal:
        pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="  ")
    assert "note" in refusal.value.message_dict
    pause.refresh_from_db()
    assert pause.is_open


@pytest.mark.parametrize("who", ["supporter", "coordinator"])
def test_the_supporter_and_coordinators_cannot_sign_off_a_return(world: World, who: str) -> None:
    pause = pauses.self_pause(supporter_of(world), by=supporter_of(world).user)
    with pytest.raises(PermissionDenied):
        pauses.resume(pause, by=world.user(who), note="I'm fine now.")
    assert status_of(supporter_of(world)) == MembershipStatus.PAUSED


def test_a_supervisor_of_someone_else_cannot_see_or_resume_the_pause(world: World) -> None:
    pause = pauses.self_pause(world.unsupervised, by=world.unsupervised.user)
    with pytest.raises(Pause.DoesNotExist):
        pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="Fine.")


def test_a_second_resume_is_a_conflict_and_status_waits_for_every_open_pause(world: World) -> None:
    supporter = supporter_of(world)
    first = pauses.self_pause(supporter, by=supporter.user)
    second = pauses.manual_pause(supporter, by=world.user(Role.COORDINATOR), reason="Placement clash.")
    pauses.resume(first, by=world.user(Role.SUPERVISOR), note="Self pause done.")
    assert status_of(supporter) == MembershipStatus.PAUSED
    with pytest.raises(ValidationError) as refusal:
        pauses.resume(first, by=world.user(Role.SUPERVISOR), note="Again.")
    assert refusal.value.error_dict["__all__"][0].code == "conflict"
    pauses.resume(second, by=world.user(Role.SUPERVISOR), note="Placement sorted.")
    assert status_of(supporter) == MembershipStatus.ACTIVE


def test_a_reason_is_readable_by_the_supporter_and_supervisors_only_and_reads_are_audited(
    world: World,
) -> None:
    pause = PauseFactory(membership=supporter_of(world))
    readers = {
        who: pauses.reason_readable(world.user(who), pause)
        for who in ("supporter", "supervisor", "coordinator")
    }
    assert readers == {"supporter": True, "supervisor": True, "coordinator": False}
    pauses.read_private([pause], by=world.user(Role.SUPERVISOR))
    assert pause.reason.startswith("Exam stress")  # type: ignore[attr-defined]
    assert AuditEvent.objects.filter(action="view", summary="pause reason read").count() == 1


# --- Rules ----------------------------------------------------------------------------------------


def test_high_burnout_in_the_latest_check_in_pauses(world: World) -> None:
    supporter = supporter_of(world)
    services.record_checkin(
        supporter, by=supporter.user, tired=4, worn_out=3, emotionally_exhausted=3, cant_take_it=2, distress=8
    )
    pause = Pause.objects.get(rule=rule(world, PauseMetric.CHECKIN_BURNOUT))
    assert "75" in crypto.decrypt(pause.reason_encrypted)  # (4+3+3+2)/4 × 25 = 75, at the threshold
    assert status_of(supporter) == MembershipStatus.PAUSED


def test_a_lower_burnout_score_does_not_pause(world: World) -> None:
    supporter = supporter_of(world)
    services.record_checkin(
        supporter, by=supporter.user, tired=4, worn_out=3, emotionally_exhausted=3, cant_take_it=1, distress=8
    )
    assert not Pause.objects.exists()


def test_an_overdue_debrief_pauses_and_a_timely_one_does_not(world: World) -> None:
    supporter = supporter_of(world)
    late = ContactFactory(supporter=supporter, risk_level="high")
    DebriefDue.objects.create(contact=late, supporter=supporter, due_at=timezone.now() - timedelta(hours=2))
    on_time = ContactFactory(supporter=world.unsupervised, risk_level="high")
    DebriefDue.objects.create(
        contact=on_time, supporter=world.unsupervised, due_at=timezone.now() + timedelta(hours=5)
    )

    started = pauses.evaluate(world.program)

    assert [(p.membership_id, p.rule.metric) for p in started] == [
        (supporter.pk, PauseMetric.OVERDUE_DEBRIEFS)
    ]


def test_contact_hours_over_the_limit_two_weeks_running_flags_without_pausing(world: World) -> None:
    supporter = supporter_of(world)
    monday = this_monday()
    for weeks_back in (1, 2):
        for day in range(4):  # 4 × 100 minutes = 6 h 40 min, over the 6-hour limit
            ContactFactory(
                supporter=supporter,
                contact_date=monday - timedelta(days=7 * weeks_back - day),
                duration_minutes=100,
            )
    ContactFactory(
        supporter=world.unsupervised, contact_date=monday - timedelta(days=7), duration_minutes=500
    )

    started = pauses.evaluate(world.program)

    assert [(p.membership_id, p.action) for p in started] == [(supporter.pk, PauseAction.FLAG)]
    assert status_of(supporter) == MembershipStatus.ACTIVE


def test_supervision_overdue_by_more_than_the_interval_plus_14_days_pauses(world: World) -> None:
    today = world.program.today()
    overdue, fine = supporter_of(world), world.unsupervised
    Membership.objects.filter(pk__in=[overdue.pk, fine.pk]).update(term_start=today - timedelta(days=200))
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[overdue], held_on=today - timedelta(days=29)
    )
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[fine], held_on=today - timedelta(days=28)
    )

    started = pauses.evaluate(world.program)

    # Interval 14 + 15 days overdue = 29 days since the last session.
    assert [(p.membership_id, p.rule.metric) for p in started] == [
        (overdue.pk, PauseMetric.SUPERVISION_OVERDUE)
    ]


def test_a_submitted_contact_evaluates_the_rules_it_can_change_and_the_job_the_rest(world: World) -> None:
    """Issue 15: a contact evaluates the contact-hour and debrief rules at once; supervision overdue does
    not move with a contact, so the periodic evaluation (every 15 minutes) starts that pause."""
    supporter = supporter_of(world)
    today = world.program.today()
    Membership.objects.filter(pk=supporter.pk).update(term_start=today - timedelta(days=200))
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[supporter], held_on=today - timedelta(days=40)
    )
    monday = this_monday()
    for day in range(4):  # last week: 4 × 100 minutes, over the 6-hour limit
        ContactFactory(
            supporter=supporter, contact_date=monday - timedelta(days=7 - day), duration_minutes=100
        )
    for day in range(3):  # the week before: 3 × 100 minutes here, the fourth submitted below
        ContactFactory(
            supporter=supporter, contact_date=monday - timedelta(days=14 - day), duration_minutes=100
        )

    services.submit_contact(
        supporter,
        by=supporter.user,
        **contact_data(contact_date=monday - timedelta(days=11), duration_minutes=100),
    )

    opened = Pause.objects.filter(membership=supporter, ended_at__isnull=True)
    assert [p.rule.metric for p in opened] == [PauseMetric.WEEKS_OVER_HOURS]
    started = pauses.evaluate(world.program)
    assert [(p.membership_id, p.rule.metric) for p in started] == [
        (supporter.pk, PauseMetric.SUPERVISION_OVERDUE)
    ]


def test_missing_or_expired_mandatory_training_pauses_after_the_grace_period(world: World) -> None:
    today = world.program.today()
    missing, expired, valid = (
        supporter_of(world),
        world.unsupervised,
        MembershipFactory(program=world.program, role=Role.SUPPORTER),
    )
    Membership.objects.filter(pk__in=[missing.pk, expired.pk, valid.pk]).update(
        term_start=today - timedelta(days=100)
    )
    module = TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER], validity_months=12)
    TrainingRecordFactory(
        membership=expired,
        module=module,
        completed_on=today - timedelta(days=400),
        expires_on=today - timedelta(days=20),
    )
    TrainingRecordFactory(
        membership=valid,
        module=module,
        completed_on=today - timedelta(days=10),
        expires_on=today + timedelta(days=355),
    )

    started = pauses.evaluate(world.program)

    training = {p.membership_id for p in started if p.rule.metric == PauseMetric.TRAINING_MISSING}
    assert training == {missing.pk, expired.pk}


def test_marking_academic_standing_at_risk_pauses_at_once(world: World) -> None:
    supporter = supporter_of(world)
    program_services.set_academic_standing(supporter, at_risk=True, by=world.user(Role.COORDINATOR))
    assert Pause.objects.get().rule.metric == PauseMetric.ACADEMIC_AT_RISK
    assert status_of(supporter) == MembershipStatus.PAUSED
    with pytest.raises(Membership.DoesNotExist):
        program_services.set_academic_standing(supporter, at_risk=False, by=world.user(Role.SUPERVISOR))


def test_a_blackout_pauses_everyone_and_ends_by_itself(world: World) -> None:
    blackout = BlackoutPeriodFactory(program=world.program)
    started = pauses.evaluate(world.program)
    assert {p.membership_id for p in started} == {supporter_of(world).pk, world.unsupervised.pk}
    assert status_of(supporter_of(world)) == MembershipStatus.PAUSED

    blackout.starts_on -= timedelta(days=20)
    blackout.ends_on = world.program.today() - timedelta(days=1)
    blackout.save()
    assert pauses.evaluate(world.program) == []

    assert set(Pause.objects.values_list("end_kind", flat=True)) == {PauseEnd.BLACKOUT_OVER}
    assert status_of(supporter_of(world)) == MembershipStatus.ACTIVE


def test_a_disabled_rule_does_nothing(world: World) -> None:
    PauseRule.objects.filter(metric=PauseMetric.BLACKOUT).update(enabled=False)
    BlackoutPeriodFactory(program=world.program)
    assert pauses.evaluate(world.program) == []


# --- Idempotence ----------------------------------------------------------------------------------


def test_evaluating_twice_creates_nothing_the_second_time(world: World) -> None:
    BlackoutPeriodFactory(program=world.program)
    assert len(pauses.evaluate(world.program)) == 2
    assert pauses.evaluate(world.program) == []
    assert Pause.objects.count() == 2


def test_two_evaluations_racing_on_the_same_evidence_create_one_pause(world: World) -> None:
    """Both computed their candidates before either inserted: the second insert is skipped."""
    BlackoutPeriodFactory(program=world.program)
    blackout = rule(world, PauseMetric.BLACKOUT)
    supporters = Membership.objects.filter(pk=supporter_of(world).pk)
    now = timezone.now()
    first_hits = pauses._candidates(blackout, supporters, now)
    second_hits = pauses._candidates(blackout, supporters, now)

    assert len(pauses._start_rule_pauses(blackout, first_hits, now)) == 1
    assert pauses._start_rule_pauses(blackout, second_hits, now) == []
    assert Pause.objects.filter(rule=blackout).count() == 1


def test_the_database_allows_one_open_pause_per_supporter_per_rule(world: World) -> None:
    blackout = rule(world, PauseMetric.BLACKOUT)
    PauseFactory(membership=supporter_of(world), trigger=PauseTrigger.RULE, rule=blackout)
    with pytest.raises(IntegrityError), transaction.atomic():
        PauseFactory(membership=supporter_of(world), trigger=PauseTrigger.RULE, rule=blackout)


def test_a_resumed_event_rule_fires_again_only_on_new_evidence(world: World) -> None:
    supporter = supporter_of(world)
    late = ContactFactory(supporter=supporter, risk_level="high")
    DebriefDue.objects.create(contact=late, supporter=supporter, due_at=timezone.now() - timedelta(hours=2))
    [pause] = pauses.evaluate(world.program)
    pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="Debriefed by phone; session booked.")

    # The same overdue debrief, still open: the supervisor's sign-off stands.
    assert pauses.evaluate(world.program) == []

    newer = ContactFactory(supporter=supporter, risk_level="imminent")
    DebriefDue.objects.create(contact=newer, supporter=supporter, due_at=timezone.now() + timedelta(hours=24))
    assert pauses.evaluate(world.program) == []
    [again] = pauses.evaluate(world.program, now=timezone.now() + timedelta(hours=25))
    assert again.rule.metric == PauseMetric.OVERDUE_DEBRIEFS


def test_a_resumed_state_rule_waits_out_its_review_period(world: World) -> None:
    supporter = supporter_of(world)
    Membership.objects.filter(pk=supporter.pk).update(term_start=world.program.today() - timedelta(days=100))
    SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR], supporters=[supporter], held_on=world.program.today()
    )
    TrainingModuleFactory(program=world.program, required_for=[Role.SUPPORTER])
    [pause] = pauses.evaluate(world.program, memberships=[supporter])
    assert pause.rule.metric == PauseMetric.TRAINING_MISSING
    pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="Booked onto the next session.")

    assert pauses.evaluate(world.program, memberships=[supporter]) == []
    later = timezone.now() + timedelta(days=rule(world, PauseMetric.TRAINING_MISSING).review_days, hours=1)
    [again] = pauses.evaluate(world.program, memberships=[supporter], now=later)
    assert again.rule.metric == PauseMetric.TRAINING_MISSING


def test_evaluation_runs_a_constant_number_of_queries(world: World) -> None:
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            pauses.evaluate(world.program)
        return len(queries)

    few = count()
    for _ in range(25):
        member = MembershipFactory(
            program=world.program, role=Role.SUPPORTER, term_start=world.program.today()
        )
        CheckInFactory(supporter=member)
        ContactFactory(supporter=member)
    assert count() == few


# --- Rule editing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"metric": "moon_phase"}, "metric", "not a metric"),
        ({"window_days": -3}, "window_days", "cannot be negative"),
        (
            {"metric": PauseMetric.WEEKS_OVER_HOURS, "window_days": 14, "threshold": 3},
            "threshold",
            "cannot be more",
        ),
        ({"metric": PauseMetric.CHECKIN_BURNOUT, "threshold": 130}, "threshold", "from 1 to 100"),
        (
            {"metric": PauseMetric.ACADEMIC_AT_RISK, "window_days": 7, "threshold": 1},
            "window_days",
            "no window",
        ),
        ({"action": "expel"}, "action", "Choose one of"),
        ({"name": "Exam blackout"}, "name", "already has a rule"),
    ],
)
def test_bad_rules_are_refused_naming_the_field(world: World, fields: dict, field: str, words: str) -> None:
    values = {
        "name": "Very high burnout",
        "metric": PauseMetric.CHECKIN_BURNOUT,
        "window_days": 14,
        "threshold": 90,
        "action": PauseAction.PAUSE,
        **fields,
    }
    before = PauseRule.objects.count()
    with pytest.raises(ValidationError) as refusal:
        pauses.create_rule(world.program, by=world.user(Role.COORDINATOR), **values)
    assert words in " ".join(refusal.value.message_dict[field])
    assert PauseRule.objects.count() == before


def test_a_coordinator_adds_and_edits_a_rule_and_others_cannot(world: World) -> None:
    coordinator = world.user(Role.COORDINATOR)
    made = pauses.create_rule(
        world.program,
        by=coordinator,
        name="Very high burnout",
        metric=PauseMetric.CHECKIN_BURNOUT,
        window_days=7,
        threshold=90,
        action=PauseAction.FLAG,
    )
    pauses.update_rule(made, by=coordinator, threshold=85)
    made.refresh_from_db()
    assert made.threshold == 85
    for who in ("supervisor", "supporter", "outsider"):
        with pytest.raises(PauseRule.DoesNotExist):
            pauses.update_rule(made, by=world.user(who), threshold=10)


def test_a_blackout_must_end_after_it_starts(world: World) -> None:
    today = world.program.today()
    with pytest.raises(ValidationError) as refusal:
        pauses.save_blackout(
            world.program,
            by=world.user(Role.COORDINATOR),
            name="Exams",
            starts_on=today,
            ends_on=today - timedelta(days=1),
        )
    assert "cannot end before it starts" in refusal.value.message_dict["ends_on"][0]


# --- Availability for duty ----------------------------------------------------------------------------


def test_availability_for_duty_follows_pauses_terms_and_blackouts(world: World) -> None:
    now = timezone.now()
    supporter, other = supporter_of(world), world.unsupervised
    assert pauses.is_available_for_duty(supporter, now)

    pause = pauses.self_pause(supporter, by=supporter.user)
    supporter.refresh_from_db()
    assert not pauses.is_available_for_duty(supporter, now + timedelta(minutes=1))
    assert not pauses.is_available_for_duty(supporter, now + timedelta(days=30))
    pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="Back.")
    supporter.refresh_from_db()
    assert pauses.is_available_for_duty(supporter, timezone.now() + timedelta(minutes=1))
    # During the pause, looking back, they were not available.
    assert not pauses.is_available_for_duty(supporter, pause.started_at + timedelta(microseconds=1))

    today = world.program.today()
    BlackoutPeriodFactory(
        program=world.program, starts_on=today + timedelta(days=20), ends_on=today + timedelta(days=25)
    )
    assert not pauses.is_available_for_duty(other, now + timedelta(days=21))
    assert pauses.is_available_for_duty(other, now + timedelta(days=27))
    # Exams pause students; the supervisor stays on call through them.
    supervisor = world.members[Role.SUPERVISOR]
    Membership.objects.filter(pk=supervisor.pk).update(term_start=today - timedelta(days=30))
    supervisor.refresh_from_db()
    assert pauses.is_available_for_duty(supervisor, now + timedelta(days=21))

    Membership.objects.filter(pk=other.pk).update(expected_end=today + timedelta(days=40))
    other.refresh_from_db()
    assert not pauses.is_available_for_duty(other, now + timedelta(days=45))
    ended = MembershipFactory(program=world.program, role=Role.SUPPORTER, status=MembershipStatus.ENDED)
    assert not pauses.is_available_for_duty(ended, now)


def test_the_roster_engine_asks_the_pause_module_who_is_on_duty(world: World) -> None:
    """The roster's eligibility and available_for_duty come from one DutyCalendar, so they agree."""
    from supervision.rosters import services as rosters

    today = world.program.today()
    supporter, other = supporter_of(world), world.unsupervised
    Membership.objects.filter(pk__in=[supporter.pk, other.pk]).update(term_start=today - timedelta(days=30))
    supporter.refresh_from_db()
    other.refresh_from_db()
    pauses.self_pause(supporter, by=supporter.user)
    supporter.refresh_from_db()
    BlackoutPeriodFactory(
        program=world.program, starts_on=today + timedelta(days=3), ends_on=today + timedelta(days=4)
    )
    calendar = rosters.calendar_for(world.program, [supporter, other], today, today + timedelta(days=7))
    for days in (1, 3, 6):
        start = rosters.aware(datetime.combine(today + timedelta(days=days), time(18)), world.program.tzinfo)
        end = start + timedelta(hours=4)
        available = pauses.available_for_duty([supporter, other], start)
        for member in (supporter, other):
            duty_reasons = {"not_current", "paused", "blackout"} & set(
                calendar.reasons(calendar.people[member.pk], start, end, night=False)
            )
            assert (not duty_reasons) == (member.pk in available), (member, days, duty_reasons)
    assert pauses.available_for_duty([supporter, other], start) == {other.pk}


def test_a_pause_emits_one_event_and_its_end_another(world: World) -> None:
    from supervision.signals import pause_ended, pause_started

    heard: list[tuple[str, int]] = []

    def started(sender: object, pause: Pause, **kwargs: object) -> None:
        heard.append(("started", pause.pk))

    def ended(sender: object, pause: Pause, **kwargs: object) -> None:
        heard.append(("ended", pause.pk))

    pause_started.connect(started)
    pause_ended.connect(ended)
    try:
        pause = pauses.self_pause(supporter_of(world), by=supporter_of(world).user)
        pauses.resume(pause, by=world.user(Role.SUPERVISOR), note="Back.")
    finally:
        pause_started.disconnect(started)
        pause_ended.disconnect(ended)
    assert heard == [("started", pause.pk), ("ended", pause.pk)]


def test_a_new_supervisor_assignment_lets_the_new_supervisor_resume(world: World) -> None:
    pause = pauses.self_pause(world.unsupervised, by=world.unsupervised.user)
    newcomer = MembershipFactory(
        program=world.program, role=Role.SUPERVISOR, user=UserFactory(username="newcomer")
    )
    SupervisorAssignmentFactory(supporter=world.unsupervised, supervisor=newcomer)
    pauses.resume(pause, by=newcomer.user, note="Met and agreed a plan.")
    assert status_of(world.unsupervised) == MembershipStatus.ACTIVE


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_evaluations_create_each_pause_once(world: World) -> None:
    """Two scheduler threads (or a check-in and the periodic job) evaluating at the same moment."""
    for _ in range(30):
        MembershipFactory(program=world.program, role=Role.SUPPORTER, term_start=world.program.today())
    BlackoutPeriodFactory(program=world.program)
    start = threading.Barrier(3)
    created: list[int] = []
    failures: list[BaseException] = []

    def evaluate() -> None:
        try:
            start.wait(timeout=10)
            created.append(len(pauses.evaluate(world.program)))
        except BaseException as error:
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=evaluate) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert failures == []
    supporters = Membership.objects.filter(program=world.program, role=Role.SUPPORTER).count()
    assert sum(created) == supporters == 32
    assert Pause.objects.filter(ended_at__isnull=True).count() == supporters
    assert Notification.objects.filter(kind="pause_review", recipient__username="supervisor").count() == 1


def test_a_paused_supporter_without_a_supervisor_is_flagged_to_coordinators_without_the_reason(
    world: World,
) -> None:
    pauses.self_pause(world.unsupervised, by=world.unsupervised.user, reason="Family illness at home.")
    note = Notification.objects.get(kind="supporter_unsupervised")
    assert note.recipient == world.user(Role.COORDINATOR)
    assert "needs a supervisor" in note.title and "Family" not in note.title + note.body
