"""Pages and API read by one rule, and leaving ends both at once (SPEC 3.8), generated from the URL map.

Every page and endpoint that takes an object id is listed below with the kind of object it reaches; a
route that is not listed fails `test_every_route_with_an_object_id_is_covered`, so a new page or
endpoint cannot slip past. For every role, before and after their membership ends (`ended`, then
`alumnus`):

- the pages and endpoints that *read* the same object answer alike (all shown, or all 404);
- after leaving, every page of the program and every route with an id of it answers 404 (or 405 for
  a write-only route, which reads nothing), and every list endpoint returns no rows (the people of the
  world hold no other membership, so "no rows of the program" is "no rows");
- their private calendar feed holds no shift of the program any more.

The world is built once for the module (a savepoint per test undoes each test's leaving).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from program.models import AuditEvent, Membership, MembershipStatus, ReferralService, Role, TrainingAssignment
from selection.models import Review
from succession import services as succession
from succession.models import HandoverTask
from supervision.advice import services as advice
from supervision.models import CalendarFeed, PauseRule, Shift, ShiftAssignment
from supervision.rosters import services as rosters
from supervision.rosters import swaps
from tests.conftest import World, build_world
from tests.factories import (
    BlackoutPeriodFactory,
    CheckInFactory,
    ContactFactory,
    DocumentFactory,
    KeyRoleFactory,
    KeyRoleHolderFactory,
    MembershipFactory,
    NotificationFactory,
    PauseFactory,
    SupervisionSessionFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
)
from tests.roster_helpers import publish, staff
from tests.selection import builders
from tests.test_fail_closed import walk

READ, WRITE = True, False

# Page url name -> (kind of object, whether the page reads it). Writes (forms, actions) are checked only
# to answer nothing once the membership has ended; reads are also compared with the API's reads.
PAGES: dict[str, tuple[str, bool]] = {
    "program-overview": ("program", READ),
    "member-detail": ("membership", READ),
    "member-edit": ("membership", WRITE),
    "member-academic-standing": ("membership", WRITE),
    "member-assign": ("membership", WRITE),
    "training-module-edit": ("training_module", WRITE),
    "directory-edit": ("referral_service", WRITE),
    "notification-open": ("notification", WRITE),  # POST: marks it read and follows its link
    "contact-detail": ("contact", READ),
    "contact-edit": ("contact", WRITE),
    "contact-annotate": ("contact", WRITE),
    "supporter-wellbeing": ("wellbeing", READ),
    "supporter-report": ("supervisor_report", READ),
    "session-detail": ("session", READ),
    "pause-detail": ("pause", READ),
    "pause-resume": ("pause", WRITE),
    "pause-undo": ("pause", WRITE),
    "pause-rule-edit": ("pause_rule", WRITE),
    "blackout-edit": ("blackout", WRITE),
    "on-call-now": ("on_call", READ),
    "advice-detail": ("advice_request", READ),
    "advice-acknowledge": ("advice_request", WRITE),
    "advice-resolve": ("advice_request", WRITE),
    "program-calendar": ("roster_feed", READ),
    "shift-template-edit": ("shift_template", WRITE),
    "roster-detail": ("roster", READ),
    "roster-print": ("roster", READ),
    "roster-publish": ("roster", WRITE),
    "swap-take": ("swap", WRITE),
    "swap-undo": ("swap", WRITE),
    "swap-withdraw": ("swap", WRITE),
    "swap-decide": ("swap", WRITE),
    "availability-remove": ("availability", WRITE),
    # The coordinator's override page, not the shift as rostered members read it.
    "shift-detail": ("shift", WRITE),
    "program-report-pdf": ("report", READ),
    "continuity": ("continuity", READ),
    "handover-pack": ("handover_pack", READ),
    "key-role-detail": ("key_role", READ),
    "key-role-edit": ("key_role", WRITE),
    "key-role-remove": ("key_role", WRITE),
    "key-role-holder-add": ("key_role", WRITE),
    "key-role-holder-end": ("key_role", WRITE),
    "key-role-holder-term": ("key_role", WRITE),
    "checklist-edit": ("key_role", WRITE),
    "handover-start": ("key_role", WRITE),
    "successor-nominate": ("key_role", WRITE),
    "successor-update": ("successor", WRITE),
    "successor-remove": ("successor", WRITE),
    "development-action-add": ("successor", WRITE),
    "development-action-done": ("development_action", WRITE),
    "handover-detail": ("handover", READ),
    "document-detail": ("document", READ),
    "document-version-download": ("document", READ),
    "document-version-add": ("document", WRITE),
    "document-reviewed": ("document", WRITE),
    "document-edit": ("document", WRITE),
    # The intake page is the coordinator's ranking; applicants and reviewers read intakes in lists.
    "intake-detail": ("intake_ranking", READ),
    "intake-ranking-csv": ("intake_ranking", READ),
    "intake-edit": ("intake", WRITE),
    "rubric-edit": ("intake", WRITE),
    "intake-report": ("intake", WRITE),
    "intake-offer-next": ("intake", WRITE),
    "application-apply": ("intake", WRITE),
    "application-detail": ("application", READ),
    "application-review": ("application", WRITE),
    "application-decide": ("application", WRITE),
    "application-gate": ("application", WRITE),
    "application-respond": ("application", WRITE),
    "application-withdraw": ("application", WRITE),
    "application-why": ("application", WRITE),
}

API: dict[str, tuple[str, bool]] = {
    "api:program-detail": ("program", READ),
    "api:membership-detail": ("membership", READ),
    "api:membership-academic-standing": ("membership", WRITE),
    "api:supervisor-assignment-detail": ("supervisor_assignment", READ),
    "api:supervisor-assignment-end": ("supervisor_assignment", WRITE),
    "api:training-module-detail": ("training_module", READ),
    "api:training-record-detail": ("training_record", READ),
    "api:referral-service-detail": ("referral_service", READ),
    "api:notification-detail": ("notification", READ),
    "api:notification-read": ("notification", WRITE),
    "api:audit-event-detail": ("audit_event", READ),
    "api:contact-detail": ("contact", READ),
    "api:contact-annotations": ("contact", WRITE),
    "api:contact-submit": ("contact", WRITE),
    "api:checkin-detail": ("checkin", READ),
    "api:supervision-session-detail": ("session", READ),
    "api:pause-rule-detail": ("pause_rule", READ),
    "api:pause-detail": ("pause", READ),
    "api:pause-resume": ("pause", WRITE),
    "api:pause-undo": ("pause", WRITE),
    "api:api-on-call-now": ("on_call", READ),
    "api:api-escalation-chain": ("escalation_chain", READ),
    "api:advice-request-detail": ("advice_request", READ),
    "api:advice-request-acknowledge": ("advice_request", WRITE),
    "api:advice-request-resolve": ("advice_request", WRITE),
    "api:api-roster-ics": ("roster_feed", READ),
    # The private address of the program's roster (GET makes it on first use): coordinators, supervisors.
    "api:api-roster-feed": ("roster_feed_address", READ),
    "api:api-roster-feed-renew": ("roster_feed_address", WRITE),
    "api:api-fairness": ("fairness", READ),
    "api:my-shift-detail": ("my_shift", READ),
    "api:training-assignment-detail": ("training_assignment", READ),
    "api:shift-template-detail": ("shift_template", READ),
    "api:roster-detail": ("roster", READ),
    "api:roster-publish": ("roster", WRITE),
    "api:shift-detail": ("shift", READ),
    "api:shift-override": ("shift", WRITE),
    "api:swap-request-detail": ("swap", READ),
    "api:swap-request-approve": ("swap", WRITE),
    "api:swap-request-reject": ("swap", WRITE),
    "api:swap-request-take": ("swap", WRITE),
    "api:swap-request-undo": ("swap", WRITE),
    "api:swap-request-withdraw": ("swap", WRITE),
    "api:availability-detail": ("availability", READ),
    "api:unavailability-detail": ("unavailability", READ),
    "api:api-report": ("report", READ),
    "api:api-continuity": ("continuity", READ),
    "api:api-runway": ("continuity", READ),
    "api:api-handover-pack": ("handover_pack", READ),
    "api:key-role-detail": ("key_role", READ),
    "api:key-role-checklist": ("key_role", WRITE),
    "api:key-role-end-holding": ("key_role", WRITE),
    "api:key-role-handovers": ("key_role", WRITE),
    "api:key-role-holder": ("key_role", WRITE),
    "api:key-role-holders": ("key_role", WRITE),
    "api:successor-detail": ("successor", READ),
    "api:successor-actions": ("successor", WRITE),
    "api:successor-action-done": ("development_action", WRITE),
    "api:handover-task-detail": ("handover", READ),
    "api:document-detail": ("document", READ),
    "api:document-version-file": ("document", READ),
    "api:document-versions": ("document", WRITE),
    "api:document-reviewed": ("document", WRITE),
    "api:intake-detail": ("intake", READ),
    "api:intake-offer-next": ("intake", WRITE),
    "api:intake-rubric": ("intake", WRITE),
    "api:intake-ranking": ("intake_ranking", READ),
    "api:application-detail": ("application", READ),
    "api:application-accept": ("application", WRITE),
    "api:application-decide": ("application", WRITE),
    "api:application-decline-offer": ("application", WRITE),
    "api:application-gates": ("application", WRITE),
    "api:application-submit": ("application", WRITE),
    "api:application-withdraw": ("application", WRITE),
    "api:review-detail": ("review", READ),
    "api:review-conflict": ("review", WRITE),
    "api:review-submit": ("review", WRITE),
}

# Routes with a parameter that is not an object of a program: the password reset link, the private
# calendar feed, whose token is checked separately below, and one's own Web Push subscriptions (a
# person's devices, not a program's records: tests/api/test_push_subscriptions.py), and one's own personal
# access tokens (a person's credentials: tests/api/test_personal_tokens.py).
NOT_PROGRAM_OBJECTS = {
    "password_reset_confirm",
    "person-calendar",
    # The program roster's private address: its token is the key (test_program_feed_tokens.py).
    "program-calendar-token",
    "api:push-subscription-detail",
    "api:personal-token-detail",
    "api:personal-token-revoke",
    # One's own passkeys and signed-in sessions (a person's credentials, another's answer 404:
    # tests/program/test_passkey_rules.py, tests/program/test_sign_in_sessions.py).
    "passkey-remove",
    "session-sign-out",
}

# What each role reads before leaving, so the comparison is not between two empty answers.
SHOWN_BEFORE: dict[str, set[str]] = {
    Role.COORDINATOR: {
        "program", "membership", "contact", "session", "pause", "roster", "shift", "swap", "key_role",
        "successor", "handover", "document", "intake", "intake_ranking", "application", "review",
        "continuity", "handover_pack", "report", "audit_event", "training_record", "notification",
        "supervisor_assignment", "availability", "on_call", "advice_request", "escalation_chain",
        "fairness", "roster_feed_address", "training_assignment",
    },
    Role.SUPERVISOR: {
        "program", "membership", "contact", "checkin", "session", "pause", "pause_rule", "roster", "shift",
        "swap", "key_role", "handover", "document", "intake", "application", "review", "wellbeing",
        "training_record", "notification", "on_call", "roster_feed", "supervisor_assignment",
        "advice_request", "escalation_chain", "roster_feed_address", "my_shift",
    },
    Role.SUPPORTER: {
        "program", "membership", "contact", "checkin", "session", "pause", "roster", "shift", "swap",
        "key_role", "successor", "document", "wellbeing", "training_record", "notification", "on_call",
        "availability", "unavailability", "supervisor_assignment", "advice_request", "training_assignment",
    },
    Role.APPLICANT: {"program", "membership", "intake", "application", "notification"},
    Role.REVIEWER: {"program", "membership", "intake", "application", "review", "key_role", "document"},
    Role.SPONSOR: {"program", "membership", "report", "notification"},
}  # fmt: skip


def route_parameters() -> dict[str, set[str]]:
    """Every named route of the app with the parameters of its pattern (format suffixes aside)."""
    found: dict[str, set[str]] = {}
    for route, name, pattern in walk(get_resolver().url_patterns):
        if route.startswith("admin/") or not name:
            continue
        params = set(pattern.pattern.regex.groupindex) - {"format"}
        found.setdefault(name, set()).update(params)
    return found


def test_every_route_with_an_object_id_is_covered() -> None:
    routes = route_parameters()
    uncovered = sorted(
        name
        for name, params in routes.items()
        if name not in NOT_PROGRAM_OBJECTS
        and (
            (name.startswith("api:") and params and name not in API)
            or (not name.startswith("api:") and params - {"program_id"} and name not in PAGES)
        )
    )
    assert not uncovered, f"add these routes to the parity tables: {uncovered}"
    stale = sorted((set(PAGES) | set(API)) - set(routes))
    assert not stale, f"these routes are gone from the URL map: {stale}"


def program_pages() -> list[str]:
    """Every page that takes a program (and perhaps more ids): all of them end with the membership."""
    return sorted(
        name
        for name, params in route_parameters().items()
        if not name.startswith("api:") and "program_id" in params
    )


def list_endpoints() -> list[str]:
    return sorted(name for name in route_parameters() if name.startswith("api:") and name.endswith("-list"))


# --- The world ----------------------------------------------------------------------------------------------


@dataclass
class Scenario:
    world: World
    samples: dict[str, list[dict[str, Any]]]  # kind -> the url parameters of each object of that kind
    notifications: dict[str, dict[str, Any]]  # role -> the url parameters of their notification

    def for_role(self, role: str) -> dict[str, list[dict[str, Any]]]:
        """The objects one role is asked about: all of the program's, but of the memberships only their
        own and the supporter's, and of the notifications their own (others' are alike, and time counts)."""
        members = self.world.members
        p = {"program_id": self.world.program.pk}
        return {
            **self.samples,
            "membership": [
                {**p, "member_id": m.pk, "pk": m.pk} for m in {members[role], members[Role.SUPPORTER]}
            ],
            "notification": [self.notifications[role]],
        }


def build_scenario() -> Scenario:
    world = build_world()
    program = world.program
    members = world.members
    coordinator, supervisor, supporter = (
        members[r] for r in (Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER)
    )
    p = {"program_id": program.pk}

    staff(world, supervisors=2, supporters=2, with_evening=True)
    today = program.today()
    roster = publish(world, today + timedelta(days=2), today + timedelta(days=8))
    shift = Shift.objects.filter(roster=roster).order_by("starts_at").first()
    assert shift is not None
    place = (
        ShiftAssignment.objects.filter(membership=supervisor, ended_at__isnull=True).order_by("pk").first()
    )
    assert place is not None and ShiftAssignment.objects.filter(membership=supporter).exists()
    swap = swaps.offer(place, by=supervisor.user)
    window = rosters.add_window(supporter, by=supporter.user, weekday=1, starts=time(9), ends=time(12))
    start = program.now() + timedelta(days=30)
    away = rosters.add_unavailability(
        supporter, by=supporter.user, kind="exam", starts_at=start, ends_at=start + timedelta(days=1)
    )
    template = roster.shifts.order_by("pk").first().template  # type: ignore[union-attr]

    contact = ContactFactory(supporter=supporter)
    # Nobody is on call before the roster starts, so the chain pages the next supervisor on it (and the
    # supporter's own supervisor and backup): the world's supervisor is among the paged.
    asked = advice.open_request(supporter.user, program, "urgent")
    assert asked.pages.filter(recipient=supervisor.user).exists()
    checkin = CheckInFactory(supporter=supporter)
    session = SupervisionSessionFactory(supervisor=supervisor, supporters=[supporter])
    pause = PauseFactory(membership=supporter)
    rule = PauseRule.objects.filter(program=program).first() or PauseRule.objects.create(
        program=program, name="Distress", metric="distress", window_days=14, threshold=4, action="flag"
    )
    blackout = BlackoutPeriodFactory(program=program)
    module = TrainingModuleFactory(program=program)
    record = TrainingRecordFactory(membership=supporter, module=module)
    to_do = TrainingAssignment.objects.create(membership=supporter, module=module, due_on=today)
    service = ReferralService.objects.filter(program=program).order_by("pk").first()
    assert service is not None

    key_role = KeyRoleFactory(program=program)
    holder = KeyRoleHolderFactory(key_role=key_role, membership=coordinator)
    successor = succession.nominate_successor(key_role, by=coordinator.user, membership=supporter)
    action = succession.add_development_action(
        successor, by=coordinator.user, kind="shadowing", description="Shadow a term", due_on=today
    )
    succession.set_checklist(key_role, by=coordinator.user, items=["Pass on the keys"])
    handover = succession.start_handover(
        key_role, by=coordinator.user, to_membership=supervisor, from_membership=coordinator
    )
    task = HandoverTask.objects.filter(handover=handover).first()
    assert task is not None
    document = DocumentFactory(program=program, owner=supervisor)

    reviewer = members[Role.REVIEWER].user
    intake = builders.open_intake(world, reviewers=[reviewer, supervisor.user])
    application = builders.apply(intake, members[Role.APPLICANT].user)
    review = Review.objects.filter(application=application, reviewer=reviewer).first()
    assert review is not None

    notifications = {
        role: NotificationFactory(recipient=m.user, program=program, link=f"/programs/{program.pk}/")
        for role, m in members.items()
    }
    audit_event = AuditEvent.objects.filter(program=program).order_by("pk").first()
    assert audit_event is not None
    assignment = supporter.supervision_assignments.first()
    assert assignment is not None

    samples: dict[str, list[dict[str, Any]]] = {
        "program": [{**p, "pk": program.pk}],
        "wellbeing": [{**p, "member_id": supporter.pk}],
        "supervisor_report": [{**p, "member_id": supporter.pk}],
        "supervisor_assignment": [{"pk": assignment.pk}],
        "training_module": [{**p, "module_id": module.pk, "pk": module.pk}],
        "training_record": [{"pk": record.pk}],
        "training_assignment": [{"pk": to_do.pk}],
        "my_shift": [{"pk": place.pk}],
        "fairness": [p],
        "roster_feed_address": [p],
        "referral_service": [{**p, "service_id": service.pk, "pk": service.pk}],
        "audit_event": [{"pk": audit_event.pk}],
        "contact": [{**p, "contact_id": contact.pk, "pk": contact.pk}],
        "checkin": [{"pk": checkin.pk}],
        "session": [{**p, "session_id": session.pk, "pk": session.pk}],
        "pause": [{**p, "pause_id": pause.pk, "pk": pause.pk}],
        "pause_rule": [{**p, "rule_id": rule.pk, "pk": rule.pk}],
        "blackout": [{**p, "blackout_id": blackout.pk}],
        "on_call": [p],
        "escalation_chain": [p],
        "advice_request": [{**p, "request_id": asked.pk, "pk": asked.pk}],
        "roster_feed": [p],
        "report": [p],
        "continuity": [p],
        "handover_pack": [p],
        "shift_template": [{**p, "template_id": template.pk, "pk": template.pk}],
        "roster": [{**p, "roster_id": roster.pk, "pk": roster.pk}],
        "shift": [{**p, "shift_id": shift.pk, "pk": shift.pk}],
        "swap": [{**p, "swap_id": swap.pk, "pk": swap.pk}],
        "availability": [{**p, "kind": "window", "item_id": window.pk, "pk": window.pk}],
        "unavailability": [{"pk": away.pk}],
        "key_role": [{**p, "role_id": key_role.pk, "pk": key_role.pk, "holder_id": holder.pk}],
        "successor": [{**p, "role_id": key_role.pk, "successor_id": successor.pk, "pk": successor.pk}],
        "development_action": [{**p, "action_id": action.pk, "pk": successor.pk}],
        "handover": [{**p, "handover_id": handover.pk, "pk": task.pk}],
        "document": [{**p, "document_id": document.pk, "pk": document.pk, "number": 1}],
        "intake": [{**p, "intake_id": intake.pk, "pk": intake.pk}],
        "intake_ranking": [{**p, "intake_id": intake.pk, "pk": intake.pk}],
        "application": [{**p, "application_id": application.pk, "pk": application.pk}],
        "review": [{"pk": review.pk}],
    }
    return Scenario(
        world=world,
        samples=samples,
        notifications={role: {"notification_id": n.pk, "pk": n.pk} for role, n in notifications.items()},
    )


@pytest.fixture(scope="module")
def built(django_db_setup: None, django_db_blocker: Any) -> Iterator[Scenario]:
    """The world, built once for the module inside a transaction that is rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_scenario()
        transaction.set_rollback(True)


# --- Asking ----------------------------------------------------------------------------------------------


@dataclass
class Reader:
    page: Client
    api: APIClient

    @classmethod
    def of(cls, user: User) -> Reader:
        page = Client()
        page.force_login(user)
        api = APIClient()
        token, _ = Token.objects.get_or_create(user=user)
        api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
        return cls(page=page, api=api)

    def get(self, name: str, sample: dict[str, Any]) -> int:
        params = route_parameters()[name]
        url = reverse(name, kwargs={key: sample[key] for key in params})
        client = self.api if name.startswith("api:") else self.page
        return client.get(url).status_code


def outcomes(
    reader: Reader, samples: dict[str, list[dict[str, Any]]]
) -> dict[tuple[str, int], dict[str, int]]:
    """For each object (kind, sample index) in `samples`: the status of every route that reads it."""
    found: dict[tuple[str, int], dict[str, int]] = {}
    for table in (PAGES, API):
        for name, (kind, reads) in table.items():
            if not reads or kind not in samples:
                continue
            for index, sample in enumerate(samples[kind]):
                found.setdefault((kind, index), {})[name] = reader.get(name, sample)
    return found


def assert_pages_and_api_agree(found: dict[tuple[str, int], dict[str, int]], when: str) -> None:
    for (kind, index), statuses in found.items():
        hidden = {name for name, status in statuses.items() if status == 404}
        assert not hidden or hidden == set(statuses), (
            f"{when}: {kind} #{index} is shown and hidden: {statuses}"
        )


def shown_kinds(found: dict[tuple[str, int], dict[str, int]]) -> set[str]:
    return {kind for (kind, _), statuses in found.items() if any(s != 404 for s in statuses.values())}


def end(membership: Membership, status: str) -> None:
    membership.refresh_from_db()
    membership.status = status
    membership.save()


@pytest.mark.django_db  # each test runs in a savepoint inside the module's transaction, undoing its leaving
@pytest.mark.parametrize("role", [role.value for role in Role])
def test_pages_and_api_agree_and_leaving_ends_both_at_once(built: Scenario, role: str) -> None:
    world, samples = built.world, built.for_role(role)
    membership = world.members[role]
    reader = Reader.of(membership.user)
    feed = CalendarFeed.objects.create(user=membership.user)

    calendar_url = reverse("person-calendar", kwargs={"token": feed.token})
    if role in (Role.SUPERVISOR, Role.SUPPORTER):
        assert b"BEGIN:VEVENT" in reader.page.get(calendar_url).content, "on shifts, yet none in the feed"

    before = outcomes(reader, samples)
    assert_pages_and_api_agree(before, "before leaving")
    assert SHOWN_BEFORE[role] <= shown_kinds(before), f"not shown: {SHOWN_BEFORE[role] - shown_kinds(before)}"

    for status in (MembershipStatus.ENDED, MembershipStatus.ALUMNUS):
        end(membership, status)
        after = outcomes(reader, samples)
        assert_pages_and_api_agree(after, status)
        assert not shown_kinds(after), f"{status}: still shown: {sorted(shown_kinds(after))}"
        assert_no_rows_listed(reader, world, status)
        calendar = reader.page.get(calendar_url)
        assert calendar.status_code == 404, f"{status}: the private calendar still opens"

    # Both statuses read through the same rule; the write routes and every other page of the program are
    # asked once, as alumnus.
    answered = {}
    for name, (kind, reads) in list(PAGES.items()) + list(API.items()):
        if not reads:
            for sample in samples[kind]:
                answered[(name, sample.get("pk"))] = reader.get(name, sample)
    for name in program_pages():
        if name not in PAGES:
            answered[(name, None)] = reader.get(name, {"program_id": world.program.pk})
    # 405: a write-only route refuses a GET before it looks anything up, so it reads nothing.
    readable = {key: code for key, code in answered.items() if code not in (404, 405)}
    assert not readable, f"still answering: {readable}"


def assert_no_rows_listed(reader: Reader, world: World, status: str) -> None:
    rows = {}
    for name in list_endpoints():
        response = reader.api.get(reverse(name), {"program": world.program.pk})
        if response.status_code == 200:
            body = response.json()
            listed = body["results"] if isinstance(body, dict) and "results" in body else body
            if listed:
                rows[name] = len(listed)
        elif response.status_code != 404:
            rows[name] = response.status_code
    assert not rows, f"{status}: lists still hold rows of the program: {rows}"


# The supporter's own records: a role's records end with that role, not only with the last one held.
SUPPORTER_RECORDS = {
    "contact", "checkin", "session", "pause", "wellbeing", "successor", "availability", "unavailability",
    "training_record", "supervisor_assignment", "advice_request", "training_assignment",
}  # fmt: skip


# What only a seat on the review panel shows: the applications and their reviews.
REVIEW_RECORDS = {"intake", "application", "review"}


@pytest.mark.django_db
@pytest.mark.parametrize("status", [MembershipStatus.ENDED, MembershipStatus.ALUMNUS])
@pytest.mark.parametrize(
    ("left", "kept", "records"),
    [
        # A supporter who left but still reviews reads none of their supporter records.
        (Role.SUPPORTER, Role.REVIEWER, SUPPORTER_RECORDS),
        # A reviewer who left the panel but stays as a sponsor reads no application or review.
        (Role.REVIEWER, Role.SPONSOR, REVIEW_RECORDS),
    ],
)
def test_a_role_that_ends_takes_its_records_with_it_while_another_role_stays(
    built: Scenario, status: str, left: str, kept: str, records: set[str]
) -> None:
    world, samples = built.world, built.for_role(left)
    membership = world.members[left]
    MembershipFactory(program=world.program, role=kept, user=membership.user)
    reader = Reader.of(membership.user)
    chosen = {kind: samples[kind] for kind in records}
    assert shown_kinds(outcomes(reader, chosen)) == records

    end(membership, status)
    after = outcomes(reader, chosen)
    assert_pages_and_api_agree(after, status)
    assert not shown_kinds(after), f"{status}: still shown: {sorted(shown_kinds(after))}"
