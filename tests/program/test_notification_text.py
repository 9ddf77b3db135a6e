"""SPEC 3.7: no stored or e-mailed notification pairs a person with a wellbeing fact.

Each test below drives one family of notification-producing paths through the real services, then reads
every stored notification and every e-mail sent and looks for any person's name, username or address,
and for the wellbeing facts the paths were given (pause reasons, triggers, risk, burnout, distress,
check-in answers). Each test also checks the kinds it expects were really produced, so a path that stops
notifying cannot pass silently; the last test checks that between them they cover the whole catalogue.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from program import outbox
from program import services as program_services
from program.jobs import training_expiry_reminders
from program.models import Membership, Notification, OutboundMessage, Role
from program.notifications import (
    TEMPLATES,
    URGENT_KINDS,
    Message,
    UnknownKind,
    concerning,
    notify,
    render_email,
    render_push,
    render_sms,
)
from selection import services as selection_services
from selection.models import Decision, Review
from succession import jobs as succession_jobs
from supervision import jobs as supervision_jobs
from supervision import services as supervision_services
from supervision.advice import services as advice
from supervision.models import DebriefDue, PauseRule, PauseTrigger, Shift, ShiftAssignment, Unavailability
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from tests.conftest import World
from tests.factories import (
    BlackoutPeriodFactory,
    ContactFactory,
    MembershipFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    UserFactory,
    this_monday,
)
from tests.selection.builders import applicant, apply, coordinator, open_intake, reviewed, reviewer
from tests.supervision.guard_helpers import NOW, clock, published_roster, shift  # noqa: F401
from tests.supervision.test_contacts import complete
from tests.supervision.test_rosters import generate, published, team  # noqa: F401  (fixture)
from tests.supervision.test_swaps import free_colleague, place_of, roster  # noqa: F401  (fixture)

ANSWERS = {"tired": 3, "worn_out": 2, "emotionally_exhausted": 3, "cant_take_it": 1, "distress": 6}
REASONS = ["Needs a rest after a hard month.", "Grieving a family loss.", "Exams and a sick parent."]
# Words that would tell a reader what is wrong with someone; none belongs in stored or e-mailed text.
WELLBEING_WORDS = ["burnout", "distress", "imminent", "high risk", "high-risk", "exhausted", "paused:"]

PAUSE_KINDS = {
    "pause_review",
    "flag_review",
    "status_changed",
    "supporter_unsupervised",
    "checkin_request",
    "pause_undone",
}
CARE_KINDS = {"high_risk_contact", "high_risk_on_call", "debrief_overdue", "checkin_reminder"}
ADVICE_KINDS = {"advice_request", "advice_request_urgent", "advice_request_emergency", "advice_acknowledged"}
ROSTER_KINDS = {
    "roster_published",
    "shift_reassigned",
    "roster_gap",
    "roster_gap_soon",
    "roster_gap_urgent",
    "roster_gap_cover",
    "shift_reminder",
    "shift_handover",
    "shift_added",
    "shift_removed",
    "roster_left_open",
}
SWAP_KINDS = {"swap_offered", "swap_taken", "swap_refused", "swap_done", "swap_reopened", "swap_withdrawn"}
SELECTION_KINDS = {
    "review_assigned",
    "reviewers_short",
    "review_overdue",
    "application_decided",
    "waitlist_offer",
    "offer_declined",
    "offer_accepted",
    "supervisor_needed",
    "welcome_supporter",
}
# Issue 13, part 6: debrief grants and "on call now is never nobody".
GUARD_KINDS = {"debrief_granted", "supporter_unsupervised", "on_call_empty"}
PROGRAM_KINDS = {
    "invitation",
    "membership",
    "assignment",
    "training_expiry",
    "continuity_risk",
    "continuity_score",
}


def forbidden() -> list[str]:
    """Everything that identifies anyone who exists now, plus the wellbeing facts the tests used."""
    words: list[str] = []
    for user in User.objects.all():
        words += [user.username, user.email, user.first_name, user.last_name, user.get_full_name()]
    words += [label for _, label in PauseTrigger.choices]
    words += list(PauseRule.objects.values_list("name", flat=True))
    return [w.lower() for w in words + REASONS + WELLBEING_WORDS if w and len(w) > 2]


def assert_nothing_identifying(expected_kinds: set[str]) -> None:
    notes = list(Notification.objects.all())
    assert expected_kinds <= {note.kind for note in notes}, "a path stopped notifying"
    queued = list(OutboundMessage.objects.all())
    assert {m.kind for m in queued} == {n.kind for n in notes if n.recipient.email}, "every e-mail is queued"
    outbox.deliver_due()  # the scheduler's worker: nothing is sent inside the request
    assert mail.outbox, "the notifications were e-mailed"
    texts = (
        [f"{n.title}\n{n.body}\n{n.link}" for n in notes]
        + [f"{m.subject}\n{m.body}" for m in mail.outbox]
        + [f"{m.kind}\n{m.link}\n{m.last_error}" for m in OutboundMessage.objects.all()]
    )
    words = forbidden()
    leaks = sorted({w for text in texts for w in words if w in text.lower()})
    assert leaks == []


def rename_everyone() -> None:
    """Names like "supervisor" (the world's usernames) or "May" and "Page" (Faker's) are ordinary words
    that safe text may use: give everyone a name that can only have come from their record."""
    for user in User.objects.all():
        user.username, user.first_name, user.last_name = f"zq{user.pk}u", f"Fn{user.pk}q", f"Ln{user.pk}q"
        user.save(update_fields=["username", "first_name", "last_name"])


def test_pauses_by_every_trigger_and_check_in_requests_name_nobody(
    world: World, django_capture_on_commit_callbacks
) -> None:
    supervisor = world.user(Role.SUPERVISOR)
    supported = [world.members[Role.SUPPORTER]] + [
        MembershipFactory(program=world.program, role=Role.SUPPORTER, term_start=world.program.today())
        for _ in range(4)
    ]
    for member in supported[1:]:
        program_services.assign_supervisor(
            member,
            supervisor=world.members[Role.SUPERVISOR],
            backup=world.supervisor2,
            by=world.user("coordinator"),
        )
    rename_everyone()
    with django_capture_on_commit_callbacks(execute=True):
        pauses.self_pause(supported[0], by=supported[0].user, reason=REASONS[0])
        manual = pauses.manual_pause(supported[1], by=supervisor, reason=REASONS[1])
        pauses.self_pause(world.unsupervised, by=world.unsupervised.user, reason=REASONS[2])
        supervision_services.record_checkin(
            supported[2], by=supported[2].user, wants_to_talk=True, wants_pause=True, **ANSWERS
        )
        # A rule: an overdue debrief pauses; contact hours over the limit two weeks running flag.
        late = ContactFactory(supporter=supported[3], risk_level="high")
        DebriefDue.objects.create(
            contact=late, supporter=supported[3], due_at=timezone.now() - timedelta(hours=2)
        )
        for weeks_back in (1, 2):
            for day in range(4):
                ContactFactory(
                    supporter=supported[4],
                    contact_date=this_monday() - timedelta(days=7 * weeks_back - day),
                    duration_minutes=100,
                )
        pauses.evaluate(world.program)
        pauses.resume(manual, by=supervisor, note="Talked it through; back next week.")
        # A supporter takes back their own pause within minutes (issue 14): their supervisors are told.
        undo = pauses.self_pause(supported[1], by=supported[1].user, reason=REASONS[0])
        pauses.undo_self_pause(undo, by=supported[1].user)
        # A blackout pauses everyone and ends by itself.
        blackout = BlackoutPeriodFactory(program=world.program)
        pauses.evaluate(world.program)
        blackout.starts_on -= timedelta(days=20)
        blackout.ends_on = world.program.today() - timedelta(days=1)
        blackout.save()
        pauses.evaluate(world.program)
    assert_nothing_identifying(PAUSE_KINDS)


def test_risk_debrief_check_in_and_training_reminders_name_nobody(
    team: World,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    rename_everyone()
    today = team.program.today()
    tz = team.program.tzinfo
    for member in (team.members[Role.SUPERVISOR], team.supervisor2):  # so someone else is on call
        Unavailability.objects.create(
            membership=member,
            kind="leave",
            starts_at=rosters.aware(datetime.combine(today - timedelta(days=2), time(0)), tz),
            ends_at=rosters.aware(datetime.combine(today + timedelta(days=3), time(0)), tz),
        )
    coordinator_user = team.user(Role.COORDINATOR)
    on_call = rosters.generate(
        team.program,
        by=coordinator_user,
        starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1),
    )
    supporter = team.members[Role.SUPPORTER]
    module = TrainingModuleFactory(program=team.program, validity_months=12, required_for=["supporter"])
    TrainingRecordFactory(
        membership=supporter,
        module=module,
        completed_on=timezone.localdate() - timedelta(days=300),
        expires_on=timezone.localdate() + timedelta(days=20),
    )
    # A chain that pages the coordinators first, so the on-call supervisor (whom the advice page does
    # not reach) is sent the "on call" notice whose text this test checks too.
    advice.save_chain(team.program, by=coordinator_user, steps=[{"target": "all_coordinators"}])
    with django_capture_on_commit_callbacks(execute=True):
        rosters.publish(on_call, by=coordinator_user)
        contact = supervision_services.submit_contact(
            supporter,
            by=supporter.user,
            **complete(risk_level="imminent", actions=["escalated_on_call", "emergency_services"]),
        )
        DebriefDue.objects.filter(contact=contact).update(due_at=timezone.now() - timedelta(hours=1))
        supervision_jobs.debrief_overdue_alerts(timezone.now())
        supervision_jobs.checkin_reminders(timezone.now())
        training_expiry_reminders(timezone.now())
    assert_nothing_identifying(CARE_KINDS | {"training_expiry", "advice_request_emergency"})


def test_advice_requests_escalations_and_acknowledgements_name_nobody(
    world: World, django_capture_on_commit_callbacks
) -> None:
    rename_everyone()
    supporter, lonely = world.members[Role.SUPPORTER], world.unsupervised
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        routine = advice.open_request(supporter.user, world.program, "routine", now=now)
        urgent = advice.open_request(lonely.user, world.program, "urgent", now=now)
        advice.escalate_due(now + timedelta(minutes=61))  # both step on to the coordinators
        advice.acknowledge(routine, by=world.user(Role.SUPERVISOR), now=now + timedelta(minutes=62))
        advice.resolve(urgent, by=lonely.user, now=now + timedelta(minutes=63))
        pauses.self_pause(supporter, by=supporter.user, reason=REASONS[0])
        advice.open_request(supporter.user, world.program, "emergency", now=now + timedelta(minutes=64))
    assert_nothing_identifying(ADVICE_KINDS)


def test_roster_publication_hand_ons_gaps_reminders_and_overrides_name_nobody(
    team: World,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    rename_everyone()
    coordinator_user = team.user(Role.COORDINATOR)
    with django_capture_on_commit_callbacks(execute=True):
        # Someone on the draft is away by the time it is published: their places are left open.
        draft = generate(team)
        away = (
            ShiftAssignment.objects.filter(shift__roster=draft, shift__role="supporter")
            .exclude(membership=team.members[Role.SUPPORTER])  # paused below, to hand shifts on
            .first()
            .membership
        )
        Unavailability.objects.create(
            membership=away,
            kind="exam",
            starts_at=timezone.now(),
            ends_at=timezone.now() + timedelta(days=30),
        )
        rosters.publish(draft, by=coordinator_user)
        # A pause hands the supporter's shifts on; with nobody eligible a supervisor's become gaps.
        pauses.manual_pause(team.members[Role.SUPPORTER], by=coordinator_user, reason=REASONS[1])
        supervisor = team.members[Role.SUPERVISOR]
        others = Membership.objects.filter(program=team.program, role=Role.SUPERVISOR).exclude(
            pk=supervisor.pk
        )
        for member in others:
            Unavailability.objects.create(
                membership=member,
                kind="leave",
                starts_at=timezone.now() - timedelta(days=1),
                ends_at=timezone.now() + timedelta(days=30),
            )
        Membership.objects.filter(pk=supervisor.pk).update(status="ended")
        supervisor.refresh_from_db()
        supervisor.save()
        shift = Shift.objects.exclude(unfilled={}).order_by("starts_at").first()
        for lead in (timedelta(days=13), timedelta(hours=70), timedelta(hours=23)):
            rosters.alert_gaps(shift.starts_at - lead)
        first = Shift.objects.filter(assignments__ended_at__isnull=True).order_by("starts_at").first()
        rosters.remind_and_hand_over(first.starts_at - timedelta(hours=20))
        rosters.remind_and_hand_over(first.starts_at + timedelta(minutes=3))
        place = ShiftAssignment.objects.filter(
            ended_at__isnull=True, shift__starts_at__gt=timezone.now(), shift__role="supporter"
        ).first()
        rosters.override(place.shift, by=coordinator_user, remove=place.membership)
        rosters.override(place.shift, by=coordinator_user, add=place.membership)
    assert_nothing_identifying(ROSTER_KINDS)


def test_swaps_name_nobody(world: World, roster, django_capture_on_commit_callbacks) -> None:  # noqa: F811
    rename_everyone()
    coordinator_user = world.user(Role.COORDINATOR)
    supporters = list(Membership.objects.filter(program=world.program, role=Role.SUPPORTER).order_by("pk"))
    offered_by = next(member for member in supporters if place_of(member))
    with django_capture_on_commit_callbacks(execute=True):
        first = swaps.offer(place_of(offered_by), by=offered_by.user)
        taker = free_colleague(world, first.shift)
        swaps.take(first, taker=taker, by=taker.user)
        swaps.decide(first, by=coordinator_user, approve=False)
        second = swaps.offer(place_of(offered_by), by=offered_by.user)
        taker = free_colleague(world, second.shift)
        swaps.take(second, taker=taker, by=taker.user)
        swaps.decide(second, by=coordinator_user, approve=True)
        # A taker who pauses puts the offer back open; an offerer who pauses withdraws it.
        offerer = next(member for member in supporters if member != taker and place_of(member))
        third = swaps.offer(place_of(offerer), by=offerer.user)
        first_taker = free_colleague(world, third.shift)
        swaps.take(third, taker=first_taker, by=first_taker.user)
        pauses.manual_pause(first_taker, by=coordinator_user, reason=REASONS[2])
        second_taker = next(
            member
            for member in Membership.objects.filter(
                program=world.program, role=Role.SUPPORTER, status="active"
            )
            if member not in (offerer, first_taker) and not rosters.reasons_against(third.shift, member)
        )
        swaps.take(third, taker=second_taker, by=second_taker.user)
        pauses.manual_pause(offerer, by=coordinator_user, reason=REASONS[0])
    assert_nothing_identifying(SWAP_KINDS)


def test_selection_decisions_and_review_reminders_name_nobody(
    world: World, django_capture_on_commit_callbacks
) -> None:
    TrainingModuleFactory(
        program=world.program, name="Mental health first aid", required_for=[Role.SUPPORTER]
    )
    solo, panel = reviewer(world, "solo"), [reviewer(world, "rev1"), reviewer(world, "rev2")]
    lonely, accepted_by, declined_by, waiting, late_one = (applicant(world) for _ in range(5))
    rename_everyone()
    with django_capture_on_commit_callbacks(execute=True):
        short = open_intake(world, [solo], name="Second round")
        apply(short, lonely)  # one reviewer where two are needed: the coordinators hear
        intake = open_intake(world, panel)
        accepted = selection_services.decide(
            reviewed(world, intake, accepted_by, 5, 4),
            by=coordinator(world),
            decision=Decision.OFFER,
            criterion=intake.criteria.get(order=1),
            reason="Strongest experience.",
        )
        declined = selection_services.decide(
            reviewed(world, intake, declined_by, 5, 4),
            by=coordinator(world),
            decision=Decision.OFFER,
            criterion=intake.criteria.get(order=1),
            reason="Strong experience.",
        )
        selection_services.decide(
            reviewed(world, intake, waiting, 3, 3),
            by=coordinator(world),
            decision=Decision.WAITLIST,
            criterion=intake.criteria.get(order=1),
            reason="Good, fewer places.",
        )
        selection_services.respond_to_offer(accepted, by=accepted_by, accept=True)
        selection_services.respond_to_offer(declined, by=declined_by, accept=False)
        selection_services.offer_to_next_waitlisted(intake, by=coordinator(world))
        late = apply(intake, late_one)
        Review.objects.filter(application=late).update(assigned_at=timezone.now() - timedelta(days=30))
        selection_services.remind_overdue_reviews(timezone.now())
    assert_nothing_identifying(SELECTION_KINDS)


def test_membership_assignment_and_continuity_alerts_name_nobody(
    world: World, django_capture_on_commit_callbacks
) -> None:
    world.program.min_active_supporters = 50  # a runway risk for the continuity alert
    world.program.save()
    existing = UserFactory()
    rename_everyone()
    existing.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        program_services.add_member(
            world.program,
            by=world.user(Role.COORDINATOR),
            email="li.wei@example.edu",
            role=Role.SUPPORTER,
            first_name="Li",
            last_name="Wei",
        )
        member = program_services.add_member(
            world.program, by=world.user(Role.COORDINATOR), email=existing.email, role=Role.SUPPORTER
        )
        program_services.assign_supervisor(
            member, supervisor=world.members[Role.SUPERVISOR], backup=None, by=world.user(Role.COORDINATOR)
        )
        succession_jobs.succession_checks(timezone.now())
    assert_nothing_identifying(PROGRAM_KINDS - {"training_expiry"})


def test_debrief_grants_and_emptied_on_call_shifts_name_nobody(
    world: World,
    clock,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    on_call_roster = published_roster(world.program, world.members[Role.COORDINATOR])
    running = shift(on_call_roster, NOW - timedelta(hours=1), 6, [world.supervisor2])
    rename_everyone()
    lonely = world.unsupervised
    with django_capture_on_commit_callbacks(execute=True):
        # An unsupervised supporter's imminent-risk contact: the on-call supervisor is granted it.
        supervision_services.submit_contact(
            lonely,
            by=lonely.user,
            **complete(risk_level="imminent", actions=["escalated_on_call", "emergency_services"]),
        )
        # The coordinator forces the only supervisor off the shift running now: everyone is paged.
        rosters.override(running, by=world.user(Role.COORDINATOR), remove=world.supervisor2, force=True)
    assert_nothing_identifying(GUARD_KINDS)


def test_between_them_the_tests_above_produce_every_kind_in_the_catalogue() -> None:
    covered = (
        PAUSE_KINDS
        | CARE_KINDS
        | ADVICE_KINDS
        | ROSTER_KINDS
        | SWAP_KINDS
        | SELECTION_KINDS
        | PROGRAM_KINDS
        | GUARD_KINDS
    )
    assert covered == set(TEMPLATES)


@pytest.mark.parametrize("kind", sorted(TEMPLATES))
def test_push_and_sms_carry_the_catalogue_text_and_the_link_and_nothing_else(kind: str, settings) -> None:
    """A push payload and an SMS are rendered from the kind and the link alone, like the e-mail: they have
    no argument through which a name or a wellbeing fact could reach them."""
    settings.SITE_URL = "https://peer.example.edu"
    template = TEMPLATES[kind]
    link = "/programs/1/advice/2/"
    url = f"https://peer.example.edu{link}"
    assert render_push(kind, link) == (template.title, template.body, url)
    assert render_sms(kind, link) == (template.title, url)
    assert render_email(kind, link)[0] == template.title
    # Every urgent kind (the only ones sent by SMS) reads as urgent on its own.
    if kind in URGENT_KINDS:
        assert template.title and len(template.title) <= 80


def test_a_kind_outside_the_catalogue_is_refused_before_anything_is_stored(world: World) -> None:
    with pytest.raises(UnknownKind):
        notify([world.user(Role.SUPERVISOR)], kind="Mariam Haddad is paused", link="/")
    with pytest.raises(ValueError):
        Message(world.user(Role.SUPERVISOR), "pause_review", "https://elsewhere.example/")
    assert not Notification.objects.exists()


# --- Who it concerns, at render time --------------------------------------------------------------


def test_the_inbox_names_who_a_pause_concerns_only_while_the_reader_may_see_it(
    world: World, client_for, api_for
) -> None:
    supporter = world.members[Role.SUPPORTER]
    pause = pauses.self_pause(supporter, by=supporter.user, reason=REASONS[0])
    note = Notification.objects.get(recipient=world.user(Role.SUPERVISOR), kind="pause_review")
    name = supporter.display_name
    assert name not in note.title + note.body

    assert concerning(world.user(Role.SUPERVISOR), [note]) == {note.pk: name}
    assert name in client_for(Role.SUPERVISOR).get("/notifications/").content.decode()
    api = api_for(Role.SUPERVISOR)
    [row] = [r for r in api.get("/api/v1/notifications/").json()["results"] if r["id"] == note.pk]
    assert row["concerns"] == name
    assert api.get(f"/api/v1/notifications/{note.pk}/").json()["concerns"] == name

    # The supervisor is no longer assigned: the same message now says only what kind of thing it was.
    program_services.end_assignment(
        supporter.supervision_assignments.get(ended_on__isnull=True), by=world.user(Role.COORDINATOR)
    )
    assert concerning(world.user(Role.SUPERVISOR), [note]) == {}
    assert name not in client_for(Role.SUPERVISOR).get("/notifications/").content.decode()
    assert api_for(Role.SUPERVISOR).get(f"/api/v1/notifications/{note.pk}/").json()["concerns"] is None
    assert pause.pk  # the record itself is untouched
