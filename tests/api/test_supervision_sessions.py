"""/api/v1/supervision-sessions/: supervisors record sessions with their own supervisees; advice and
follow-ups are read (and audited) only by the supervisor, the attendees and the attendees' supervisors."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from program.models import AuditEvent, Role
from supervision.contacts import crypto
from supervision.models import ContactStatus, DebriefDue, SupervisionSession
from tests.api.helpers import api_as, assert_error, result_ids
from tests.conftest import World
from tests.factories import (
    ContactFactory,
    MembershipFactory,
    SupervisionSessionFactory,
    SupervisorAssignmentFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/supervision-sessions/"
ADVICE = "Rest this weekend; keep using the referral pathway for placement worries."
FOLLOW_UPS = "Check in again after the exam block."


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def clients(world: World, api_for, who: str):
    if who == "supervisor2":
        return api_as(world.supervisor2.user)
    if who == "lonely":
        return api_as(world.unsupervised.user)
    return api_for(who)


@pytest.fixture
def sessions(world: World) -> dict[str, SupervisionSession]:
    """The supervisor's session with their supervisee (with notes), an ad hoc session another supervisor
    held with the unsupervised supporter, and a session in the other program."""
    ours = SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR],
        supporters=[world.members[Role.SUPPORTER]],
        advice_encrypted=crypto.encrypt(ADVICE),
        follow_ups_encrypted=crypto.encrypt(FOLLOW_UPS),
    )
    visiting = MembershipFactory(program=world.program, role=Role.SUPERVISOR)
    lonely = SupervisionSessionFactory(
        supervisor=visiting,
        supporters=[world.unsupervised],
        purpose="ad_hoc",
        advice_encrypted=crypto.encrypt("Take a break."),
    )
    elsewhere = SupervisionSessionFactory(
        supervisor=MembershipFactory(program=world.other_program, role=Role.SUPERVISOR),
        supporters=[MembershipFactory(program=world.other_program, role=Role.SUPPORTER)],
    )
    return {"ours": ours, "lonely": lonely, "elsewhere": elsewhere}


def new_session(world: World, **overrides) -> dict:
    return {
        "program": world.program.pk,
        "supporters": [world.members[Role.SUPPORTER].pk],
        "held_on": str(timezone.localdate()),
        "duration_minutes": 50,
        "advice": ADVICE,
        "follow_ups": FOLLOW_UPS,
        **overrides,
    }


def note_reads() -> list[tuple[str, str]]:
    return list(
        AuditEvent.objects.filter(action="view", object_type="supervision.supervisionsession").values_list(
            "actor__username", "summary"
        )
    )


# --- Reading ----------------------------------------------------------------------------------------


VISIBLE = {
    "supervisor": ["ours"],
    "supervisor2": ["ours"],  # the backup sees their supervisee's sessions
    "supporter": ["ours"],
    "lonely": ["lonely"],
    "coordinator": ["ours", "lonely"],
    "sponsor": [],
    "applicant": [],
    "reviewer": [],
    "outsider": ["elsewhere"],  # coordinator of the other program
    "stranger": [],
}


@pytest.mark.parametrize(("who", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_sessions_in_its_scope(world: World, api_for, sessions, who, expected):
    assert result_ids(clients(world, api_for, who).get(URL)) == sorted(sessions[name].pk for name in expected)


def test_the_list_never_carries_advice_or_follow_ups(world: World, api_for, sessions) -> None:
    response = api_for("supervisor").get(URL)

    row = response.json()["results"][0]
    assert "advice" not in row and "follow_ups" not in row
    assert "referral pathway" not in response.content.decode()
    assert note_reads() == []


def test_a_group_session_is_listed_once(world: World, api_for, sessions) -> None:
    second = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(
        supporter=second, supervisor=world.members[Role.SUPERVISOR], backup=world.supervisor2
    )
    group = SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR],
        supporters=[world.members[Role.SUPPORTER], second],
        kind="group",
    )

    ids = result_ids(api_as(world.supervisor2.user).get(URL))

    assert ids == sorted([sessions["ours"].pk, group.pk])


def test_anonymous_cannot_list_sessions(api_for, sessions) -> None:
    assert_error(api_for("anonymous").get(URL), 401, "not_authenticated")


@pytest.mark.parametrize("who", ["supervisor", "supporter", "supervisor2"])
def test_the_supervisor_attendees_and_their_supervisors_read_the_notes_and_each_read_is_audited(
    world: World, api_for, sessions, who
) -> None:
    response = clients(world, api_for, who).get(detail(sessions["ours"].pk))

    assert response.status_code == 200, response.content
    assert (response.json()["advice"], response.json()["follow_ups"]) == (ADVICE, FOLLOW_UPS)
    assert note_reads() == [(who, "session notes read")]


def test_a_coordinator_reads_the_session_but_not_its_notes(world: World, api_for, sessions) -> None:
    response = api_for("coordinator").get(detail(sessions["ours"].pk))

    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["advice"], data["follow_ups"]) == (None, None)
    assert data["supporters"] == [world.members[Role.SUPPORTER].pk]
    assert "referral pathway" not in response.content.decode()
    assert note_reads() == []


@pytest.mark.parametrize(
    ("who", "target"),
    [
        ("supervisor", "lonely"),
        ("supervisor2", "lonely"),
        ("supporter", "lonely"),
        ("lonely", "ours"),
        ("coordinator", "elsewhere"),
        ("sponsor", "ours"),
        ("applicant", "ours"),
        ("reviewer", "ours"),
        ("outsider", "ours"),
        ("stranger", "ours"),
    ],
)
def test_a_session_out_of_scope_is_404_and_its_notes_are_not_read(
    world: World, api_for, sessions, who, target
):
    assert_error(clients(world, api_for, who).get(detail(sessions[target].pk)), 404, "not_found")
    assert note_reads() == []


def test_a_session_is_flagged_overdue_once_its_next_due_date_passes(world: World, api_for, sessions) -> None:
    SupervisionSession.objects.filter(pk=sessions["ours"].pk).update(
        next_due=timezone.localdate() - timedelta(days=1)
    )
    SupervisionSession.objects.filter(pk=sessions["lonely"].pk).update(next_due=timezone.localdate())

    rows = {row["id"]: row["overdue"] for row in api_for("coordinator").get(URL).json()["results"]}

    assert rows == {sessions["ours"].pk: True, sessions["lonely"].pk: False}


def test_a_past_session_is_not_overdue_once_a_later_one_was_held(world: World, api_for, sessions) -> None:
    today = timezone.localdate()
    SupervisionSession.objects.filter(pk=sessions["ours"].pk).update(
        held_on=today - timedelta(days=30), next_due=today - timedelta(days=16)
    )
    later = SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR],
        supporters=[world.members[Role.SUPPORTER]],
        held_on=today - timedelta(days=2),
        next_due=today + timedelta(days=12),
    )

    rows = {row["id"]: row["overdue"] for row in api_for("coordinator").get(URL).json()["results"]}

    assert rows[sessions["ours"].pk] is False and rows[later.pk] is False


# --- Recording --------------------------------------------------------------------------------------


def test_a_supervisor_records_a_session_with_their_supervisee(world: World, api_for) -> None:
    response = api_for("supervisor").post(URL, new_session(world), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    session = SupervisionSession.objects.get(pk=data["id"])
    assert session.supervisor == world.members[Role.SUPERVISOR]
    assert list(session.supporters.all()) == [world.members[Role.SUPPORTER]]
    assert (data["purpose"], data["kind"], data["duration_minutes"]) == ("scheduled", "individual", 50)
    assert data["next_due"] == str(
        timezone.localdate() + timedelta(days=world.program.supervision_interval_days)
    )
    assert "advice" not in data
    assert "referral pathway" not in session.advice_encrypted
    assert crypto.decrypt(session.advice_encrypted) == ADVICE
    assert AuditEvent.objects.filter(action="create", object_type="supervision.supervisionsession").exists()


def test_the_backup_supervisor_records_a_session_too(world: World) -> None:
    response = api_as(world.supervisor2.user).post(URL, new_session(world), format="json")

    assert response.status_code == 201, response.content
    assert SupervisionSession.objects.get().supervisor == world.supervisor2


@pytest.mark.parametrize("who", ["unsupervised", "elsewhere"])
def test_a_session_with_someone_not_supervised_is_refused_naming_supporters(
    world: World, api_for, who
) -> None:
    target = (
        world.unsupervised
        if who == "unsupervised"
        else MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
    )

    response = api_for("supervisor").post(
        URL,
        new_session(world, supporters=[world.members[Role.SUPPORTER].pk, target.pk], kind="group"),
        format="json",
    )

    assert_error(response, 400, "invalid", field="supporters")
    assert not SupervisionSession.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"held_on": str(timezone.localdate() + timedelta(days=1))}, "held_on"),
        ({"held_on": "yesterday"}, "held_on"),
        ({"next_due": str(timezone.localdate())}, "next_due"),
        ({"duration_minutes": 2}, "duration_minutes"),
        ({"purpose": "social"}, "purpose"),
        ({"supporters": []}, "supporters"),
        ({"supervisor": 1}, "supervisor"),
    ],
)
def test_bad_session_details_are_refused_by_name_and_nothing_is_saved(
    world: World, api_for, overrides, field
) -> None:
    response = api_for("supervisor").post(URL, new_session(world, **overrides), format="json")

    assert_error(response, 400, "invalid", field=field)
    assert not SupervisionSession.objects.exists()
    assert not AuditEvent.objects.filter(object_type="supervision.supervisionsession").exists()


def test_an_individual_session_with_two_supporters_is_refused_naming_kind(world: World, api_for) -> None:
    second = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(supporter=second, supervisor=world.members[Role.SUPERVISOR])

    response = api_for("supervisor").post(
        URL, new_session(world, supporters=[world.members[Role.SUPPORTER].pk, second.pk]), format="json"
    )

    assert_error(response, 400, "invalid", field="kind")
    assert not SupervisionSession.objects.exists()


def test_identifying_advice_is_refused_by_kind_and_not_kept(world: World, api_for) -> None:
    email = "jess.lee@student.example.edu"

    response = api_for("supervisor").post(
        URL, new_session(world, follow_ups=f"Email {email} about it"), format="json"
    )

    error = assert_error(response, 400, "invalid", field="follow_ups")
    assert "email address" in error["fields"]["follow_ups"][0]
    assert email not in response.content.decode()
    assert not SupervisionSession.objects.exists()


def test_a_debrief_session_closes_the_open_debrief(world: World, api_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    debrief = DebriefDue.objects.create(
        contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=20)
    )

    response = api_for("supervisor").post(
        URL, new_session(world, purpose="debrief", contacts=[contact.pk]), format="json"
    )

    assert response.status_code == 201, response.content
    debrief.refresh_from_db()
    assert debrief.closed_at is not None and debrief.closed_by_id == response.json()["id"]
    assert response.json()["contacts_discussed"] == [contact.pk]


def test_a_scheduled_session_leaves_the_debrief_open(world: World, api_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    contact = ContactFactory(supporter=supporter, risk_level="high", actions=["case_advice"])
    debrief = DebriefDue.objects.create(
        contact=contact, supporter=supporter, due_at=timezone.now() + timedelta(hours=20)
    )

    response = api_for("supervisor").post(URL, new_session(world, contacts=[contact.pk]), format="json")

    assert response.status_code == 201, response.content
    debrief.refresh_from_db()
    assert debrief.closed_at is None


def test_a_session_cannot_discuss_someone_elses_contact(world: World, api_for) -> None:
    other = ContactFactory(supporter=world.unsupervised)

    response = api_for("supervisor").post(URL, new_session(world, contacts=[other.pk]), format="json")

    assert_error(response, 400, "invalid", field="contacts")
    assert not SupervisionSession.objects.exists()


def test_a_session_cannot_discuss_a_draft_the_supervisor_cannot_see(world: World, api_for) -> None:
    draft = ContactFactory(
        supporter=world.members[Role.SUPPORTER], status=ContactStatus.DRAFT, submitted_at=None
    )
    assert_error(api_for("supervisor").get(f"/api/v1/contacts/{draft.pk}/"), 404, "not_found")

    response = api_for("supervisor").post(URL, new_session(world, contacts=[draft.pk]), format="json")

    assert_error(response, 400, "invalid", field="contacts")
    assert not SupervisionSession.objects.exists()


@pytest.mark.parametrize("who", ["coordinator", "supporter", "sponsor", "applicant", "reviewer"])
def test_people_who_supervise_nobody_cannot_record_sessions(world: World, api_for, who) -> None:
    response = api_for(who).post(URL, new_session(world), format="json")

    assert_error(response, 400, "invalid", field="supporters")
    assert not SupervisionSession.objects.exists()


@pytest.mark.parametrize("who", ["outsider", "stranger"])
def test_people_outside_the_program_get_404(world: World, api_for, who) -> None:
    assert_error(api_for(who).post(URL, new_session(world), format="json"), 404, "not_found")
    assert not SupervisionSession.objects.exists()


def test_anonymous_cannot_record_a_session(world: World, api_for) -> None:
    assert_error(api_for("anonymous").post(URL, new_session(world), format="json"), 401, "not_authenticated")
    assert not SupervisionSession.objects.exists()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_session_cannot_be_changed_or_deleted(world: World, api_for, sessions, method) -> None:
    response = getattr(api_for("supervisor"), method)(
        detail(sessions["ours"].pk), {"duration_minutes": 5}, format="json"
    )

    assert_error(response, 405, "method_not_allowed")
    assert SupervisionSession.objects.get(pk=sessions["ours"].pk).duration_minutes == 45
