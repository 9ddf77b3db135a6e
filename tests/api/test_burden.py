"""/api/v1/burden/?program=: a supervisor sees their supervisees ranked by burden with the components
that make up each index; a supporter sees only their own; nobody else sees anyone's."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from program.models import Role
from supervision.models import BurdenWeights, DebriefDue
from tests.api.helpers import api_as, assert_error
from tests.conftest import World
from tests.factories import (
    CheckInFactory,
    ContactFactory,
    MembershipFactory,
    SupervisionSessionFactory,
    SupervisorAssignmentFactory,
    this_monday,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/burden/"


@pytest.fixture
def busy(world: World):
    """A second supervisee of the supervisor (no backup) with a heavy week: three long contacts, two of
    them high-risk and after hours, a distressed check-in, an open debrief and no supervision."""
    member = MembershipFactory(program=world.program, role=Role.SUPPORTER)
    SupervisorAssignmentFactory(supporter=member, supervisor=world.members[Role.SUPERVISOR])
    monday = this_monday()
    for band, risk in (("night", "high"), ("evening", "high"), ("day", "low")):
        contact = ContactFactory(
            supporter=member,
            contact_date=monday,
            time_band=band,
            risk_level=risk,
            duration_minutes=120,
            supporter_distress=8,
            actions=["case_advice"],
        )
    DebriefDue.objects.create(contact=contact, supporter=member, due_at=timezone.now() + timedelta(hours=20))
    CheckInFactory(
        supporter=member, week_of=monday, tired=4, worn_out=4, emotionally_exhausted=3, cant_take_it=3
    )
    return member


@pytest.fixture
def quiet(world: World):
    """The supervised supporter, seen this week and with one short daytime contact."""
    supporter = world.members[Role.SUPPORTER]
    SupervisionSessionFactory(supervisor=world.members[Role.SUPERVISOR], supporters=[supporter])
    ContactFactory(supporter=supporter, contact_date=this_monday())
    return supporter


def rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    return response.json()


def test_a_supervisor_sees_their_supervisees_ranked_by_burden(world: World, api_for, busy, quiet) -> None:
    result = rows(api_for("supervisor").get(URL, {"program": world.program.pk}))

    assert [row["supporter"] for row in result] == [busy.pk, quiet.pk]
    assert result[0]["index"] > result[1]["index"]
    assert [row["index"] for row in result] == sorted((row["index"] for row in result), reverse=True)
    assert result[0]["name"] == busy.display_name
    assert all(row["week_of"] == str(this_monday()) for row in result)


def test_each_index_is_explained_by_components_that_add_up_to_it(world: World, api_for, busy, quiet) -> None:
    for row in rows(api_for("supervisor").get(URL, {"program": world.program.pk})):
        assert set(row["components"]) == set(BurdenWeights.COMPONENTS)
        assert sum(row["components"].values()) == pytest.approx(row["index"], abs=1)


def test_the_busy_supporters_figures_are_the_weeks_raw_values(world: World, api_for, busy) -> None:
    row = next(
        r
        for r in rows(api_for("supervisor").get(URL, {"program": world.program.pk}))
        if r["supporter"] == busy.pk
    )

    assert (row["contacts"], row["contact_hours"], row["high_risk"], row["after_hours"]) == (3, 6.0, 2, 2)
    assert (row["mean_distress"], row["checkin_burnout"], row["open_debriefs"]) == (8.0, 87.5, 1)
    assert row["days_since_supervision"] is None
    # 6 h of a 6 h limit → 10; 3 of 10 contacts → 1.5; 2 high-risk → 20; 2 of 4 after hours → 2.5;
    # distress 8/10 → 12; burnout 87.5 → 17.5; never supervised → 10; 1 of 2 open debriefs → 5;
    # no shifts → 0.
    assert row["components"] == pytest.approx(
        {
            "contact_hours": 10,
            "contacts": 1.5,
            "high_risk": 20,
            "after_hours": 2.5,
            "distress": 12,
            "checkin": 17.5,
            "supervision_gap": 10,
            "open_debriefs": 5,
            "on_call_hours": 0,
        }
    )
    assert row["index"] == 78  # 78.5, rounded half to even
    assert row["on_call_hours"] == 0


def test_the_backup_supervisor_sees_only_the_supporter_they_back_up(world: World, busy, quiet) -> None:
    result = rows(api_as(world.supervisor2.user).get(URL, {"program": world.program.pk}))
    assert [row["supporter"] for row in result] == [quiet.pk]


def test_a_supporter_sees_only_their_own_burden(world: World, api_for, busy, quiet) -> None:
    result = rows(api_for("supporter").get(URL, {"program": world.program.pk}))
    assert [row["supporter"] for row in result] == [quiet.pk]


def test_an_unsupervised_supporter_sees_their_own_burden(world: World, busy) -> None:
    result = rows(api_as(world.unsupervised.user).get(URL, {"program": world.program.pk}))
    assert [row["supporter"] for row in result] == [world.unsupervised.pk]


def test_a_past_week_is_measured_when_asked_for(world: World, api_for, busy) -> None:
    last_week = this_monday() - timedelta(days=7)

    result = rows(
        api_for("supervisor").get(
            URL, {"program": world.program.pk, "week": str(last_week + timedelta(days=3))}
        )
    )

    row = next(r for r in result if r["supporter"] == busy.pk)
    assert row["week_of"] == str(last_week)
    assert (row["contacts"], row["high_risk"], row["checkin_burnout"]) == (0, 0, None)


@pytest.mark.parametrize("who", ["coordinator", "sponsor", "applicant", "reviewer", "outsider", "stranger"])
def test_nobody_else_sees_anyones_burden(world: World, api_for, busy, quiet, who) -> None:
    assert_error(api_for(who).get(URL, {"program": world.program.pk}), 404, "not_found")


def test_a_supervisor_asking_about_another_program_gets_404(world: World, api_for, busy) -> None:
    assert_error(api_for("supervisor").get(URL, {"program": world.other_program.pk}), 404, "not_found")


def test_anonymous_cannot_see_burden(world: World, api_for) -> None:
    assert_error(api_for("anonymous").get(URL, {"program": world.program.pk}), 401, "not_authenticated")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "program"),
        ({"program": "western"}, "program"),
        ({"week": "2026-13-01"}, "week"),
        ({"week": "monday"}, "week"),
    ],
)
def test_a_missing_or_malformed_parameter_is_named(world: World, api_for, quiet, params, field) -> None:
    query = {"program": world.program.pk, **params} if field == "week" else params
    assert_error(api_for("supervisor").get(URL, query), 400, "invalid", field=field)
