"""/api/v1/checkins/: the weekly check-in is the supporter's own wellbeing data, seen by them and their
supervisors only, and a supervisor's every read of it is audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from program.models import AuditEvent, Membership, Notification, Role
from supervision.models import CheckIn
from tests.api.helpers import api_as, assert_error, result_ids
from tests.conftest import World
from tests.factories import CheckInFactory, MembershipFactory, this_monday

pytestmark = pytest.mark.django_db

URL = "/api/v1/checkins/"
ANSWERS = {"tired": 3, "worn_out": 2, "emotionally_exhausted": 3, "cant_take_it": 1, "distress": 6}


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def clients(world: World, api_for, who: str):
    if who == "supervisor2":
        return api_as(world.supervisor2.user)
    if who == "lonely":
        return api_as(world.unsupervised.user)
    return api_for(who)


@pytest.fixture
def checkins(world: World) -> dict[str, CheckIn]:
    """This week's and last week's check-ins of the supervised supporter, one of the unsupervised
    supporter's, and one in the other program."""
    supporter = world.members[Role.SUPPORTER]
    return {
        "own": CheckInFactory(supporter=supporter),
        "own_last_week": CheckInFactory(supporter=supporter, week_of=this_monday() - timedelta(days=7)),
        "lonely": CheckInFactory(supporter=world.unsupervised),
        "elsewhere": CheckInFactory(
            supporter=MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
        ),
    }


def reads() -> list[tuple[str, str, str, str]]:
    return sorted(
        AuditEvent.objects.filter(action="view").values_list(
            "actor__username", "object_type", "object_id", "summary"
        )
    )


# --- Reading ----------------------------------------------------------------------------------------


VISIBLE = {
    "supporter": ["own", "own_last_week"],
    "supervisor": ["own", "own_last_week"],
    "supervisor2": ["own", "own_last_week"],
    "lonely": ["lonely"],
    # Coordinators see program-wide structured data, never a supporter's wellbeing answers.
    "coordinator": [],
    "sponsor": [],
    "applicant": [],
    "reviewer": [],
    "outsider": [],
    "stranger": [],
}


@pytest.mark.parametrize(("who", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_checkins_in_its_scope(world: World, api_for, checkins, who, expected):
    assert result_ids(clients(world, api_for, who).get(URL)) == sorted(checkins[name].pk for name in expected)


def test_anonymous_cannot_list_checkins(api_for, checkins) -> None:
    assert_error(api_for("anonymous").get(URL), 401, "not_authenticated")


@pytest.mark.parametrize("who", ["supervisor", "supervisor2"])
def test_a_supervisor_listing_supervisees_checkins_is_audited_once_per_supporter(
    world: World, api_for, checkins, who
) -> None:
    response = clients(world, api_for, who).get(URL)

    assert response.status_code == 200
    supporter = world.members[Role.SUPPORTER]
    assert reads() == [(who, "program.membership", str(supporter.pk), "check-ins read")]
    assert AuditEvent.objects.get(action="view").program == world.program


def test_a_supervisor_reading_one_checkin_is_audited(world: World, api_for, checkins) -> None:
    response = api_for("supervisor").get(detail(checkins["own"].pk))

    assert response.status_code == 200, response.content
    assert response.json()["tired"] == 1
    assert reads() == [
        ("supervisor", "program.membership", str(world.members[Role.SUPPORTER].pk), "check-ins read")
    ]


def test_a_supporter_reading_their_own_checkins_is_not_an_audited_read_of_someone_else(
    world: World, api_for, checkins
) -> None:
    assert api_for("supporter").get(URL).status_code == 200
    assert api_for("supporter").get(detail(checkins["own"].pk)).status_code == 200
    assert reads() == []


def test_an_empty_list_records_no_read(world: World, api_for, checkins) -> None:
    assert result_ids(api_for("coordinator").get(URL)) == []
    assert reads() == []


@pytest.mark.parametrize(
    ("who", "target"),
    [
        ("coordinator", "own"),
        ("sponsor", "own"),
        ("applicant", "own"),
        ("reviewer", "own"),
        ("supervisor", "lonely"),
        ("supporter", "lonely"),
        ("lonely", "own"),
        ("outsider", "elsewhere"),
        ("stranger", "own"),
    ],
)
def test_a_checkin_out_of_scope_is_404_and_no_read_is_recorded(world: World, api_for, checkins, who, target):
    assert_error(clients(world, api_for, who).get(detail(checkins[target].pk)), 404, "not_found")
    assert reads() == []


def test_a_supervisor_filters_by_supporter_and_never_reaches_beyond_their_scope(
    world: World, api_for, checkins
):
    client = api_for("supervisor")
    assert result_ids(client.get(URL, {"supporter": world.members[Role.SUPPORTER].pk})) == sorted(
        [checkins["own"].pk, checkins["own_last_week"].pk]
    )
    assert result_ids(client.get(URL, {"supporter": world.unsupervised.pk})) == []


# --- Checking in ------------------------------------------------------------------------------------


def test_a_supporter_checks_in_for_this_week(world: World, api_for) -> None:
    response = api_for("supporter").post(URL, {"program": world.program.pk, **ANSWERS}, format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    checkin = CheckIn.objects.get(pk=data["id"])
    assert (checkin.supporter, checkin.week_of, checkin.distress) == (
        world.members[Role.SUPPORTER],
        this_monday(),
        6,
    )
    assert data["week_of"] == str(this_monday())
    assert data["burnout_score"] == pytest.approx(56.25)
    assert "program" not in data
    assert AuditEvent.objects.filter(action="create", object_type="supervision.checkin").exists()


def test_a_second_checkin_the_same_week_replaces_the_first(world: World, api_for) -> None:
    client = api_for("supporter")
    first = client.post(URL, {"program": world.program.pk, **ANSWERS}, format="json")

    second = client.post(
        URL, {"program": world.program.pk, **ANSWERS, "distress": 2, "tired": 0}, format="json"
    )

    assert (first.status_code, first.json()["replaced"]) == (201, False)
    assert second.status_code == 200, second.content
    assert second.json()["replaced"] is True
    assert second.json()["id"] == first.json()["id"]
    checkin = CheckIn.objects.get()
    assert (checkin.distress, checkin.tired) == (2, 0)


def test_a_checkin_for_an_earlier_week_is_kept_beside_this_weeks(world: World, api_for) -> None:
    client = api_for("supporter")
    client.post(URL, {"program": world.program.pk, **ANSWERS}, format="json")
    last_week = str(this_monday() - timedelta(days=7))

    response = client.post(URL, {"program": world.program.pk, "week_of": last_week, **ANSWERS}, format="json")

    assert response.status_code == 201, response.content
    assert sorted(str(week) for week in CheckIn.objects.values_list("week_of", flat=True)) == [
        last_week,
        str(this_monday()),
    ]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"tired": 5}, "tired"),
        ({"cant_take_it": -1}, "cant_take_it"),
        ({"distress": 11}, "distress"),
        ({"worn_out": None}, "worn_out"),
        ({"mood": "grim"}, "mood"),
        ({"supporter": 1}, "supporter"),
        ({"week_of": str(this_monday() + timedelta(days=2))}, "week_of"),
        ({"week_of": str(this_monday() + timedelta(days=7))}, "week_of"),
    ],
)
def test_a_bad_answer_is_refused_by_name_and_nothing_is_saved(
    world: World, api_for, overrides, field
) -> None:
    response = api_for("supporter").post(
        URL, {"program": world.program.pk, **ANSWERS, **overrides}, format="json"
    )

    assert_error(response, 400, "invalid", field=field)
    assert not CheckIn.objects.exists()


def test_a_missing_answer_is_named(world: World, api_for) -> None:
    answers = {key: value for key, value in ANSWERS.items() if key != "emotionally_exhausted"}
    response = api_for("supporter").post(URL, {"program": world.program.pk, **answers}, format="json")
    assert_error(response, 400, "invalid", field="emotionally_exhausted")
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    "who", ["coordinator", "supervisor", "sponsor", "applicant", "reviewer", "outsider", "stranger"]
)
def test_only_supporters_check_in(world: World, api_for, who) -> None:
    response = api_for(who).post(URL, {"program": world.program.pk, **ANSWERS}, format="json")

    assert_error(response, 404, "not_found")
    assert not CheckIn.objects.exists()


def test_a_supporter_cannot_check_in_in_a_program_where_they_are_not_a_supporter(
    world: World, api_for
) -> None:
    response = api_for("supporter").post(URL, {"program": world.other_program.pk, **ANSWERS}, format="json")

    assert_error(response, 404, "not_found")
    assert not CheckIn.objects.exists()


def test_an_ended_supporter_cannot_check_in(world: World, api_for) -> None:
    Membership.objects.filter(pk=world.members[Role.SUPPORTER].pk).update(status="ended")

    response = api_for("supporter").post(URL, {"program": world.program.pk, **ANSWERS}, format="json")

    assert_error(response, 404, "not_found")
    assert not CheckIn.objects.exists()


def test_anonymous_cannot_check_in(world: World, api_for) -> None:
    response = api_for("anonymous").post(URL, {"program": world.program.pk, **ANSWERS}, format="json")
    assert_error(response, 401, "not_authenticated")
    assert not CheckIn.objects.exists()


def test_asking_to_talk_tells_both_supervisors_without_the_answers(world: World, api_for) -> None:
    response = api_for("supporter").post(
        URL, {"program": world.program.pk, **ANSWERS, "wants_to_talk": True}, format="json"
    )

    assert response.status_code == 201, response.content
    notes = Notification.objects.filter(kind="checkin_request")
    assert sorted(notes.values_list("recipient__username", flat=True)) == ["supervisor", "supervisor2"]
    supporter = world.user(Role.SUPPORTER)
    for note in notes:
        words = f"{note.title} {note.body}"
        assert "distress" not in words.lower() and "6" not in words
        assert supporter.first_name not in words and supporter.last_name not in words


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_a_checkin_cannot_be_edited_or_deleted_afterwards(world: World, api_for, checkins, method) -> None:
    response = getattr(api_for("supporter"), method)(detail(checkins["own"].pk), {"tired": 4}, format="json")

    assert_error(response, 405, "method_not_allowed")
    assert CheckIn.objects.get(pk=checkins["own"].pk).tired == 1
