"""/api/v1/training-modules/ and /api/v1/training-records/: members read, coordinators manage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.forms.models import model_to_dict
from django.utils import timezone

from program.models import TrainingModule, TrainingRecord
from tests.api.helpers import (
    NON_COORDINATORS,
    NOT_IN_PROGRAM,
    PROGRAM_ROLES,
    assert_error,
    assert_not_signed_in,
    result_ids,
    row_counts,
)
from tests.conftest import World
from tests.factories import TrainingModuleFactory, TrainingRecordFactory

pytestmark = pytest.mark.django_db

MODULES = "/api/v1/training-modules/"
RECORDS = "/api/v1/training-records/"


@dataclass
class Training:
    mhfa: TrainingModule
    other_module: TrainingModule  # the other program's
    records: dict[str, TrainingRecord]


@pytest.fixture
def training(world: World) -> Training:
    mhfa = TrainingModuleFactory(
        program=world.program, name="Mental-health first aid", required_for=["supporter"]
    )
    other = TrainingModuleFactory(program=world.other_program, name="Mental-health first aid")
    records = {
        "supporter": TrainingRecordFactory(membership=world.members["supporter"], module=mhfa),
        "lonely": TrainingRecordFactory(membership=world.unsupervised, module=mhfa),
        "supervisor": TrainingRecordFactory(membership=world.members["supervisor"], module=mhfa),
        "outsider": TrainingRecordFactory(membership=world.outsider, module=other),
    }
    return Training(mhfa=mhfa, other_module=other, records=records)


def module_snapshot(module: TrainingModule) -> dict:
    fresh = TrainingModule.objects.get(pk=module.pk)
    return {**model_to_dict(fresh), "required_for": fresh.required_for}


# --- Modules: reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "sees"),
    [*[(role, "mhfa") for role in PROGRAM_ROLES], ("outsider", "other_module"), ("stranger", None)],
)
def test_every_member_lists_their_programs_modules_only(world: World, api_for, training, role, sees) -> None:
    expected = [] if sees is None else [getattr(training, sees).pk]
    assert result_ids(api_for(role).get(MODULES)) == expected


def test_a_module_shows_which_roles_need_it(world: World, api_for, training) -> None:
    response = api_for("supporter").get(f"{MODULES}{training.mhfa.pk}/")

    assert response.status_code == 200
    assert response.json()["required_for"] == ["supporter"]
    assert response.json()["validity_months"] == 36


@pytest.mark.parametrize("role", ["coordinator", "supporter", "stranger"])
def test_another_programs_module_is_404(world: World, api_for, training, role: str) -> None:
    assert_error(api_for(role).get(f"{MODULES}{training.other_module.pk}/"), 404, "not_found")


def test_anonymous_cannot_list_modules(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(MODULES))


# --- Modules: writing --------------------------------------------------------------------------------


def new_module(world: World, **overrides) -> dict:
    return {
        "program": world.program.pk,
        "name": "Suicide risk conversations",
        "description": "Asking directly and safely.",
        "validity_months": 24,
        "required_for": ["supporter", "supervisor"],
        **overrides,
    }


def test_coordinator_adds_a_module_with_its_required_roles(world: World, api_for, training) -> None:
    response = api_for("coordinator").post(MODULES, new_module(world), format="json")

    assert response.status_code == 201, response.content
    module = TrainingModule.objects.get(pk=response.json()["id"])
    assert (module.program, module.name, module.validity_months) == (
        world.program,
        "Suicide risk conversations",
        24,
    )
    assert module.required_for == ["supervisor", "supporter"]
    assert response.json()["required_for"] == ["supervisor", "supporter"]


@pytest.mark.parametrize("role", [*NON_COORDINATORS, *NOT_IN_PROGRAM])
def test_only_a_coordinator_of_the_program_can_add_a_module(
    world: World, api_for, training, role: str
) -> None:
    before = row_counts()

    response = api_for(role).post(MODULES, new_module(world), format="json")

    assert_error(response, 400, "invalid", field="program")
    assert row_counts() == before


def test_coordinator_cannot_add_a_module_to_another_program(world: World, api_for, training) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        MODULES, new_module(world, program=world.other_program.pk), format="json"
    )
    assert_error(response, 400, "invalid", field="program")
    assert row_counts() == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"validity_months": 0}, "validity_months"),
        ({"validity_months": 121}, "validity_months"),
        ({"name": ""}, "name"),
        ({"required_for": ["dean"]}, "required_for"),
        ({"created_at": "2026-01-01T00:00:00Z"}, "created_at"),
    ],
)
def test_a_bad_module_is_refused_by_name(world: World, api_for, training, overrides, field) -> None:
    before = row_counts()
    response = api_for("coordinator").post(MODULES, new_module(world, **overrides), format="json")
    assert_error(response, 400, "invalid", field=field)
    assert row_counts() == before


def test_a_duplicate_module_name_is_refused_naming_name(world: World, api_for, training) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        MODULES, new_module(world, name="Mental-health first aid"), format="json"
    )
    assert_error(response, 400, "invalid", field="name")
    assert row_counts() == before


def test_a_duplicate_module_name_in_other_case_is_refused_naming_name(
    world: World, api_for, training
) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        MODULES, new_module(world, name="MENTAL-HEALTH FIRST AID"), format="json"
    )
    assert_error(response, 400, "invalid", field="name")
    assert row_counts() == before


def test_coordinator_changes_a_modules_validity_and_required_roles(world: World, api_for, training) -> None:
    response = api_for("coordinator").patch(
        f"{MODULES}{training.mhfa.pk}/",
        {"validity_months": 12, "required_for": ["supervisor"]},
        format="json",
    )

    assert response.status_code == 200, response.content
    module = TrainingModule.objects.get(pk=training.mhfa.pk)
    assert module.validity_months == 12
    assert module.required_for == ["supervisor"]


@pytest.mark.parametrize(
    ("role", "status"),
    [*[(role, 403) for role in NON_COORDINATORS], *[(role, 404) for role in NOT_IN_PROGRAM]],
)
def test_only_coordinators_change_modules_403_if_visible_404_if_not(world, api_for, training, role, status):
    before = module_snapshot(training.mhfa)

    response = api_for(role).patch(
        f"{MODULES}{training.mhfa.pk}/", {"validity_months": 1, "required_for": []}, format="json"
    )

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert module_snapshot(training.mhfa) == before


def test_a_module_cannot_move_to_another_program(world: World, api_for, training) -> None:
    before = module_snapshot(training.mhfa)
    response = api_for("coordinator").patch(
        f"{MODULES}{training.mhfa.pk}/", {"program": world.other_program.pk}, format="json"
    )
    assert_error(response, 400, "invalid", field="program")
    assert module_snapshot(training.mhfa) == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_modules_cannot_be_replaced_or_deleted(world: World, api_for, training, method: str) -> None:
    before = module_snapshot(training.mhfa)
    response = getattr(api_for("coordinator"), method)(
        f"{MODULES}{training.mhfa.pk}/", new_module(world), format="json"
    )
    assert_error(response, 405, "method_not_allowed")
    assert module_snapshot(training.mhfa) == before


# --- Records: reading --------------------------------------------------------------------------------


RECORDS_VISIBLE = {
    "coordinator": ["supporter", "lonely", "supervisor"],
    "supervisor": ["supervisor", "supporter"],
    "supporter": ["supporter"],
    "applicant": [],
    "reviewer": [],
    "sponsor": [],
    "outsider": ["outsider"],
    "stranger": [],
}


@pytest.mark.parametrize(("role", "expected"), RECORDS_VISIBLE.items())
def test_each_role_lists_exactly_the_training_records_in_its_scope(world, api_for, training, role, expected):
    assert result_ids(api_for(role).get(RECORDS)) == sorted(training.records[name].pk for name in expected)


@pytest.mark.parametrize(
    ("role", "whose"),
    [
        ("supporter", "lonely"),
        ("supervisor", "lonely"),
        ("applicant", "supporter"),
        ("sponsor", "supporter"),
        ("coordinator", "outsider"),
        ("outsider", "supporter"),
        ("stranger", "supporter"),
    ],
)
def test_a_training_record_out_of_scope_is_404(world: World, api_for, training, role, whose) -> None:
    assert_error(api_for(role).get(f"{RECORDS}{training.records[whose].pk}/"), 404, "not_found")


def test_anonymous_cannot_list_training_records(api_for) -> None:
    assert_not_signed_in(api_for("anonymous").get(RECORDS))


@pytest.mark.parametrize(
    ("completed_ago", "status"),
    [
        (relativedelta(months=1), "valid"),
        (relativedelta(months=36) - relativedelta(days=10), "expiring"),
        (relativedelta(months=36), "expired"),
        (relativedelta(months=40), "expired"),
    ],
)
def test_a_record_reports_whether_it_is_valid_expiring_or_expired(
    world, api_for, training, completed_ago, status
):
    record = TrainingRecordFactory(
        membership=world.members["sponsor"],
        module=training.mhfa,
        completed_on=timezone.localdate() - completed_ago,
    )

    response = api_for("sponsor").get(f"{RECORDS}{record.pk}/")

    assert response.status_code == 200
    assert response.json()["status"] == status
    assert response.json()["expires_on"] == record.expires_on.isoformat()


# --- Records: writing --------------------------------------------------------------------------------


def test_coordinator_records_a_completion_and_the_expiry_follows_the_module(world, api_for, training) -> None:
    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": world.members["applicant"].pk,
            "module": training.mhfa.pk,
            "completed_on": "2026-03-15",
        },
        format="json",
    )

    assert response.status_code == 201, response.content
    record = TrainingRecord.objects.get(pk=response.json()["id"])
    assert record.expires_on.isoformat() == "2029-03-15"
    assert record.recorded_by == world.user("coordinator")
    assert response.json()["expires_on"] == "2029-03-15"


@pytest.mark.parametrize("role", [*NON_COORDINATORS, *NOT_IN_PROGRAM])
def test_only_a_coordinator_of_the_program_can_record_training(world, api_for, training, role) -> None:
    before = row_counts()

    response = api_for(role).post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.mhfa.pk,
            "completed_on": "2026-03-15",
        },
        format="json",
    )

    error = assert_error(response, 400, "invalid", field="membership")
    assert "module" in error["fields"]
    assert row_counts() == before


def test_anonymous_cannot_record_training(world: World, api_for, training) -> None:
    before = row_counts()
    response = api_for("anonymous").post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.mhfa.pk,
            "completed_on": "2026-03-15",
        },
        format="json",
    )
    assert_not_signed_in(response)
    assert row_counts() == before


def test_a_completion_date_in_the_future_is_refused(world: World, api_for, training) -> None:
    before = row_counts()
    tomorrow = timezone.localdate() + timedelta(days=1)

    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.mhfa.pk,
            "completed_on": str(tomorrow),
        },
        format="json",
    )

    assert_error(response, 400, "invalid", field="completed_on")
    assert row_counts() == before


def test_a_completion_today_is_accepted(world: World, api_for, training) -> None:
    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.mhfa.pk,
            "completed_on": str(timezone.localdate()),
        },
        format="json",
    )
    assert response.status_code == 201, response.content


def test_another_programs_module_cannot_be_recorded(world: World, api_for, training) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.other_module.pk,
            "completed_on": "2026-03-15",
        },
        format="json",
    )
    assert_error(response, 400, "invalid", field="module")
    assert row_counts() == before


def test_recording_the_same_completion_twice_is_refused_naming_completed_on(world, api_for, training) -> None:
    record = training.records["supporter"]
    before = row_counts()

    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": record.membership_id,
            "module": record.module_id,
            "completed_on": str(record.completed_on),
        },
        format="json",
    )

    assert_error(response, 400, "invalid", field="completed_on")
    assert row_counts() == before


@pytest.mark.parametrize("field", ["expires_on", "status"])
def test_the_expiry_is_derived_not_supplied(world: World, api_for, training, field: str) -> None:
    before = row_counts()
    response = api_for("coordinator").post(
        RECORDS,
        {
            "membership": world.members["supporter"].pk,
            "module": training.mhfa.pk,
            "completed_on": "2026-03-15",
            field: "2099-01-01",
        },
        format="json",
    )
    assert_error(response, 400, "invalid", field=field)
    assert row_counts() == before


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_training_records_are_not_edited_or_deleted(world: World, api_for, training, method: str) -> None:
    record = training.records["supporter"]
    before = model_to_dict(TrainingRecord.objects.get(pk=record.pk))

    response = getattr(api_for("coordinator"), method)(
        f"{RECORDS}{record.pk}/", {"completed_on": "2026-01-01"}, format="json"
    )

    assert_error(response, 405, "method_not_allowed")
    assert model_to_dict(TrainingRecord.objects.get(pk=record.pk)) == before
