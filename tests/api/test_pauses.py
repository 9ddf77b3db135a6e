"""/api/v1/pauses/ and /api/v1/pause-rules/: role × outcome, private reasons, bad input, query counts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import AuditEvent, Membership, MembershipStatus, Role
from supervision.models import Contact, Pause, PauseMetric, PauseRule
from tests.api.helpers import NOT_SIGNED_IN_STATUSES, SIGNED_IN, api_as, assert_error, result_ids
from tests.conftest import World
from tests.factories import MembershipFactory, PauseFactory, SupervisorAssignmentFactory

PAUSES = "/api/v1/pauses/"
RULES = "/api/v1/pause-rules/"
REASON = "Exam stress; agreed to step back for a fortnight."

# Who sees the supervised supporter's pause, and who reads its private reason.
SEES_PAUSE = {"supporter", "supervisor", "coordinator"}
READS_REASON = {"supporter", "supervisor"}


@pytest.fixture(autouse=True)
def recently_started(world: World) -> None:
    """Supporters who began a week ago: no rule (supervision overdue, say) pauses them as a side effect."""
    Membership.objects.filter(role=Role.SUPPORTER).update(term_start=timezone.localdate() - timedelta(days=7))


@pytest.fixture
def pause(world: World) -> Pause:
    return PauseFactory(membership=world.members[Role.SUPPORTER])


def contact_body(world: World, **overrides: object) -> dict[str, object]:
    return {
        "program": world.program.pk,
        "contact_date": timezone.localdate().isoformat(),
        "time_band": "evening",
        "duration_minutes": 30,
        "channel": "phone",
        "initiated_by": "peer",
        "concerns": ["academic"],
        "risk_level": "low",
        "actions": ["listened"],
        "supporter_distress": 2,
        **overrides,
    }


# --- Reading ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_the_pause_list_is_scoped_by_role(world: World, api_for, pause: Pause, role: str) -> None:
    response = api_for(role).get(PAUSES)
    assert response.status_code == 200
    assert result_ids(response) == ([pause.pk] if role in SEES_PAUSE else [])
    if role in SEES_PAUSE:
        row = response.json()["results"][0]
        assert row["reason"] is None  # never in lists
        assert row["is_open"] is True and row["supporter_name"]


def test_anonymous_callers_are_refused(api_for) -> None:
    assert api_for("anonymous").get(PAUSES).status_code in NOT_SIGNED_IN_STATUSES


@pytest.mark.parametrize("role", SIGNED_IN)
def test_a_pause_reason_reaches_only_the_supporter_and_supervisors(
    world: World, api_for, pause: Pause, role: str
) -> None:
    response = api_for(role).get(f"{PAUSES}{pause.pk}/")
    if role not in SEES_PAUSE:
        assert_error(response, 404, "not_found")
        return
    assert response.status_code == 200
    reads = AuditEvent.objects.filter(action="view", object_id=str(pause.pk), summary="pause reason read")
    if role in READS_REASON:
        assert response.json()["reason"] == REASON
        assert reads.count() == 1
    else:
        assert response.json()["reason"] is None
        assert not reads.exists()


def test_the_backup_supervisor_reads_the_reason_too(world: World, pause: Pause) -> None:
    assert api_as(world.supervisor2.user).get(f"{PAUSES}{pause.pk}/").json()["reason"] == REASON


def test_filters_by_open_and_membership(world: World, api_for, pause: Pause) -> None:
    closed = PauseFactory(
        membership=world.members[Role.SUPPORTER], trigger="self", ended_at=timezone.now(), end_kind="resumed"
    )
    client = api_for("supervisor")
    assert result_ids(client.get(PAUSES, {"is_open": "true"})) == [pause.pk]
    assert result_ids(client.get(PAUSES, {"is_open": "false"})) == [closed.pk]
    assert result_ids(client.get(PAUSES, {"membership": world.unsupervised.pk})) == []


def test_the_list_runs_a_constant_number_of_queries(world: World, api_for) -> None:
    client = api_for("coordinator")

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(PAUSES).status_code == 200
        return len(queries)

    PauseFactory(membership=world.members[Role.SUPPORTER])
    few = count()
    for _ in range(12):
        PauseFactory(membership=MembershipFactory(program=world.program, role=Role.SUPPORTER))
    assert count() == few


# --- Pausing ----------------------------------------------------------------------------------------


def test_a_supporter_pauses_themself_with_no_reason(world: World, api_for) -> None:
    response = api_for("supporter").post(PAUSES, {"program": world.program.pk}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["trigger"] == "self"
    world.members[Role.SUPPORTER].refresh_from_db()
    assert world.members[Role.SUPPORTER].status == MembershipStatus.PAUSED


@pytest.mark.parametrize("role", ["applicant", "reviewer", "sponsor", "coordinator", "supervisor"])
def test_self_pause_needs_a_supporter_membership(world: World, api_for, role: str) -> None:
    assert_error(api_for(role).post(PAUSES, {"program": world.program.pk}, format="json"), 404, "not_found")
    assert not Pause.objects.exists()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("supervisor", 201),
        ("coordinator", 201),
        ("supporter", 404),
        ("reviewer", 404),
        ("sponsor", 404),
        ("applicant", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_who_may_pause_a_supporter(world: World, api_for, role: str, expected: int) -> None:
    target = world.members[Role.SUPPORTER] if role != "supporter" else world.unsupervised
    response = api_for(role).post(
        PAUSES,
        {"program": world.program.pk, "membership": target.pk, "reason": "A hard month."},
        format="json",
    )
    assert response.status_code == expected, response.content
    assert Pause.objects.filter(membership=target).exists() == (expected == 201)


def test_a_manual_pause_without_a_reason_names_the_field(world: World, api_for) -> None:
    response = api_for("supervisor").post(
        PAUSES, {"program": world.program.pk, "membership": world.members[Role.SUPPORTER].pk}, format="json"
    )
    assert "reason" in assert_error(response, 400, "invalid")["fields"]
    assert not Pause.objects.exists()


def test_an_identifying_reason_is_refused_and_not_stored(world: World, api_for) -> None:
    response = api_for("supervisor").post(
        PAUSES,
        {
            "program": world.program.pk,
            "membership": world.members[Role.SUPPORTER].pk,
            "reason": "Email jo@uni.edu",
        },
        format="json",
    )
    assert "email" in " ".join(assert_error(response, 400, "invalid")["fields"]["reason"]).lower()
    assert not Pause.objects.exists()


def test_a_second_manual_pause_is_a_conflict(world: World, api_for, pause: Pause) -> None:
    response = api_for("coordinator").post(
        PAUSES,
        {"program": world.program.pk, "membership": world.members[Role.SUPPORTER].pk, "reason": "Again."},
        format="json",
    )
    assert_error(response, 409, "conflict")
    assert Pause.objects.count() == 1


# --- Resuming --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("supervisor", 200),
        ("supporter", 403),
        ("coordinator", 403),
        ("reviewer", 404),
        ("sponsor", 404),
        ("applicant", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_only_a_supervisor_signs_off_a_return(
    world: World, api_for, pause: Pause, role: str, expected: int
) -> None:
    response = api_for(role).post(
        f"{PAUSES}{pause.pk}/resume/", {"note": "Ready to come back."}, format="json"
    )
    assert response.status_code == expected, response.content
    pause.refresh_from_db()
    assert pause.is_open == (expected != 200)
    world.members[Role.SUPPORTER].refresh_from_db()
    assert world.members[Role.SUPPORTER].status == ("active" if expected == 200 else "paused")


def test_resuming_without_a_note_names_the_field_and_a_second_resume_conflicts(
    world: World, api_for, pause: Pause
) -> None:
    client = api_for("supervisor")
    response = client.post(f"{PAUSES}{pause.pk}/resume/", {"note": ""}, format="json")
    assert "note" in assert_error(response, 400, "invalid")["fields"]
    assert client.post(f"{PAUSES}{pause.pk}/resume/", {"note": "Back."}, format="json").status_code == 200
    assert_error(
        client.post(f"{PAUSES}{pause.pk}/resume/", {"note": "Back."}, format="json"), 409, "conflict"
    )


def test_a_paused_supporter_cannot_post_a_contact_but_can_log_one_from_before(
    world: World, api_for, pause: Pause
) -> None:
    Pause.objects.filter(pk=pause.pk).update(started_at=timezone.now() - timedelta(days=2))
    client = api_for("supporter")
    refused = client.post("/api/v1/contacts/", contact_body(world), format="json")
    assert "take the time you need" in assert_error(refused, 400, "invalid")["message"]
    assert not Contact.objects.exists()
    earlier = (timezone.localdate() - timedelta(days=3)).isoformat()
    assert (
        client.post("/api/v1/contacts/", contact_body(world, contact_date=earlier), format="json").status_code
        == 201
    )

    assert (
        api_for("supervisor")
        .post(f"{PAUSES}{pause.pk}/resume/", {"note": "Back."}, format="json")
        .status_code
        == 200
    )
    assert client.post("/api/v1/contacts/", contact_body(world), format="json").status_code == 201


# --- Rules ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_rules_are_read_by_coordinators_and_supervisors(world: World, api_for, role: str) -> None:
    response = api_for(role).get(RULES)
    assert response.status_code == 200
    programs = {row["program"] for row in response.json()["results"]}
    # The outsider coordinates the other program, and reads its rules only.
    expected = {
        "coordinator": {world.program.pk},
        "supervisor": {world.program.pk},
        "outsider": {world.other_program.pk},
    }
    assert programs == expected.get(role, set())


RULE = {
    "name": "Very high burnout",
    "metric": "checkin_burnout",
    "window_days": 7,
    "threshold": 90,
    "action": "flag",
}


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("coordinator", 201),
        ("supervisor", 404),
        ("supporter", 404),
        ("sponsor", 404),
        ("outsider", 404),
        ("stranger", 404),
    ],
)
def test_who_may_add_a_rule(world: World, api_for, role: str, expected: int) -> None:
    before = PauseRule.objects.count()
    response = api_for(role).post(RULES, {"program": world.program.pk, **RULE}, format="json")
    assert response.status_code == expected, response.content
    assert PauseRule.objects.count() == before + (expected == 201)


@pytest.mark.parametrize(
    ("role", "expected"), [("coordinator", 200), ("supervisor", 403), ("supporter", 404), ("outsider", 404)]
)
def test_who_may_change_a_rule(world: World, api_for, role: str, expected: int) -> None:
    rule = PauseRule.objects.get(program=world.program, metric=PauseMetric.CHECKIN_BURNOUT)
    response = api_for(role).patch(f"{RULES}{rule.pk}/", {"threshold": 80}, format="json")
    assert response.status_code == expected, response.content
    rule.refresh_from_db()
    assert rule.threshold == (80 if expected == 200 else 75)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"metric": "moon_phase"}, "metric"),
        ({"window_days": -1}, "window_days"),
        ({"metric": "weeks_over_hours", "window_days": 14, "threshold": 5}, "threshold"),
        ({"threshold": 0}, "threshold"),
    ],
)
def test_bad_rules_answer_400_naming_the_field(world: World, api_for, change: dict, field: str) -> None:
    before = PauseRule.objects.count()
    response = api_for("coordinator").post(
        RULES, {"program": world.program.pk, **RULE, **change}, format="json"
    )
    assert field in assert_error(response, 400, "invalid")["fields"]
    assert PauseRule.objects.count() == before


def test_a_supporter_in_the_other_program_sees_none_of_this(world: World) -> None:
    stranger_supporter = MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(
        supporter=stranger_supporter,
        supervisor=MembershipFactory(program=world.other_program, role=Role.SUPERVISOR),
    )
    client = api_as(stranger_supporter.user)
    assert client.get(RULES).json()["count"] == 0
    assert_error(client.post(PAUSES, {"program": world.program.pk}, format="json"), 404, "not_found")
    assert Membership.objects.filter(status="paused").count() == 0


# --- Academic standing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [("coordinator", 200), ("supervisor", 403), ("supporter", 403), ("sponsor", 404), ("outsider", 404)],
)
def test_only_coordinators_mark_academic_standing_which_pauses(
    world: World, api_for, role: str, expected: int
) -> None:
    supporter = world.members[Role.SUPPORTER]
    response = api_for(role).post(
        f"/api/v1/memberships/{supporter.pk}/academic-standing/", {"at_risk": True}, format="json"
    )
    assert response.status_code == expected, response.content
    supporter.refresh_from_db()
    assert (supporter.academic_at_risk_since is not None) == (expected == 200)
    assert supporter.status == ("paused" if expected == 200 else "active")
    assert Pause.objects.filter(rule__metric=PauseMetric.ACADEMIC_AT_RISK).exists() == (expected == 200)
