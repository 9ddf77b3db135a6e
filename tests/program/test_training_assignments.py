"""Accepting an offer gives the new supporter their mandatory modules to do, with a due date (issue 14,
part 7): shown on their training page and dashboard and on the coordinator's overview as "to do, due
…", listed by GET /api/v1/training-assignments/, never counted as training until a completion is
recorded through the usual path — which closes it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import dateformat

from program import services as program_services
from program.audit_lines import sentence
from program.models import AuditEvent, Membership, Role, TrainingAssignment, TrainingModule
from program.training import NEW_MEMBER_TRAINING_DUE_DAYS, assign_mandatory_training, with_training_status
from selection import services
from selection.models import Application, Decision
from supervision.rosters import services as rosters
from tests.api.helpers import SIGNED_IN, assert_error, assert_not_signed_in, result_ids
from tests.api.selection_helpers import decided, open_intake, reviewed
from tests.conftest import World
from tests.factories import TrainingModuleFactory, TrainingRecordFactory

ASSIGNMENTS = "/api/v1/training-assignments/"


@pytest.fixture
def modules(world: World) -> dict[str, TrainingModule]:
    return {
        "first aid": TrainingModuleFactory(
            program=world.program, name="Mental health first aid", required_for=[Role.SUPPORTER]
        ),
        "boundaries": TrainingModuleFactory(
            program=world.program, name="Boundaries and referral", required_for=[Role.SUPPORTER]
        ),
        "supervising": TrainingModuleFactory(
            program=world.program, name="Supervising peers", required_for=[Role.SUPERVISOR]
        ),
        "optional": TrainingModuleFactory(program=world.program, name="Sleep and shift work"),
        "elsewhere": TrainingModuleFactory(
            program=world.other_program, name="Other program's module", required_for=[Role.SUPPORTER]
        ),
    }


def offer(world: World) -> Application:
    applicant = world.user(Role.APPLICANT)
    applicant.first_name, applicant.last_name = "Grace", "Okafor"
    applicant.save(update_fields=["first_name", "last_name"])
    return decided(reviewed(open_intake(world), applicant), Decision.OFFER, world.user(Role.COORDINATOR))


@pytest.fixture
def joined(world: World, modules: dict[str, TrainingModule]) -> Membership:
    """The applicant accepted: now a supporter with two modules to do."""
    services.respond_to_offer(offer(world), by=world.user(Role.APPLICANT), accept=True)
    return Membership.objects.get(user=world.user(Role.APPLICANT), program=world.program, role=Role.SUPPORTER)


def test_accepting_gives_each_mandatory_module_to_do_with_a_due_date(
    world: World, modules: dict[str, TrainingModule], joined: Membership
) -> None:
    todo = TrainingAssignment.objects.filter(membership=joined).order_by("module__name")
    assert [(a.module, a.completed_by) for a in todo] == [
        (modules["boundaries"], None),
        (modules["first aid"], None),
    ]
    due = world.program.today() + timedelta(days=NEW_MEMBER_TRAINING_DUE_DAYS)
    assert {a.due_on for a in todo} == {due}
    assert {a.status_on(world.program.today()) for a in todo} == {"to do"}
    assert todo[0].status_on(due + timedelta(days=1)) == "overdue"
    # Audited in words naming only the actor.
    events = AuditEvent.objects.filter(object_type="program.trainingassignment")
    assert [sentence(e) for e in events] == ["Grace Okafor was given mandatory training to do"] * 2


def test_declining_gives_nothing_to_do(world: World, modules: dict[str, TrainingModule]) -> None:
    services.respond_to_offer(offer(world), by=world.user(Role.APPLICANT), accept=False)
    assert not TrainingAssignment.objects.exists()


def test_training_to_do_is_not_training_until_a_completion_closes_it(
    world: World, modules: dict[str, TrainingModule], joined: Membership
) -> None:
    today = world.program.today()
    tz = world.program.tzinfo
    shift_start = datetime.combine(today + timedelta(days=3), time(18), tz)
    shift_end = shift_start + timedelta(hours=4)

    def reasons() -> list[str]:
        calendar = rosters.calendar_for(world.program, [joined], today, today + timedelta(days=7))
        return calendar.reasons(calendar.people[joined.pk], shift_start, shift_end, night=False)

    def missing() -> bool:
        return with_training_status(Membership.objects.filter(pk=joined.pk), today).get().training_missing

    assert "untrained" in reasons() and missing()
    coordinator = world.user(Role.COORDINATOR)
    first_aid = program_services.record_training(
        joined, module=modules["first aid"], completed_on=today, by=coordinator
    )
    assert TrainingAssignment.objects.get(module=modules["first aid"]).completed_by == first_aid
    # One module still to do: still untrained.
    assert "untrained" in reasons() and missing()
    program_services.record_training(joined, module=modules["boundaries"], completed_on=today, by=coordinator)
    assert not TrainingAssignment.objects.filter(membership=joined, completed_by__isnull=True).exists()
    assert "untrained" not in reasons() and not missing()


def test_an_old_lapsed_completion_leaves_the_module_to_do(
    world: World, modules: dict[str, TrainingModule], joined: Membership
) -> None:
    module = modules["first aid"]  # valid 36 months
    long_ago = world.program.today() - timedelta(days=5 * 365)
    program_services.record_training(
        joined, module=module, completed_on=long_ago, by=world.user(Role.COORDINATOR)
    )
    assert TrainingAssignment.objects.get(membership=joined, module=module).completed_by is None


def test_a_module_already_valid_is_not_given_again(world: World, modules: dict[str, TrainingModule]) -> None:
    """Someone who already holds a valid completion (recorded on their new membership before they
    accepted, say by a coordinator preparing for them) is not asked to do it again."""
    member = world.members[Role.SUPPORTER]
    TrainingRecordFactory(membership=member, module=modules["first aid"], completed_on=world.program.today())
    made = assign_mandatory_training(member, by=world.user(Role.COORDINATOR))
    assert [a.module for a in made] == [modules["boundaries"]]
    # Asking twice gives nothing new while the to-do is open.
    assert assign_mandatory_training(member, by=world.user(Role.COORDINATOR)) == []


# --- Pages -------------------------------------------------------------------------------------------------


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return unescape(response.content.decode())


def test_the_new_supporter_sees_what_to_do_and_by_when(world: World, client_for, joined: Membership) -> None:
    due = dateformat.format(world.program.today() + timedelta(days=NEW_MEMBER_TRAINING_DUE_DAYS), "j M Y")
    training = page(client_for(Role.APPLICANT), reverse("training", args=[world.program.pk]))
    to_do = training.split('id="training-to-do"', 1)[1].split("</section>", 1)[0]
    assert "Mental health first aid" in to_do and "Boundaries and referral" in to_do
    assert f"<td>{due}</td>" in to_do and "to do" in to_do
    assert "Supervising peers" not in to_do
    home = page(client_for(Role.APPLICANT), reverse("dashboard"))
    assert "Mental health first aid — " in home and f"due {due}" in home


def test_the_coordinators_overview_lists_it_with_the_members_name(
    world: World, client_for, joined: Membership
) -> None:
    training = page(client_for(Role.COORDINATOR), reverse("training", args=[world.program.pk]))
    to_do = training.split('id="training-to-do"', 1)[1].split("</section>", 1)[0]
    assert to_do.count("<td>Grace Okafor</td>") == 2
    # Another supporter sees their own (none), not Grace's.
    other = page(client_for(Role.SUPPORTER), reverse("training", args=[world.program.pk]))
    assert "Grace Okafor" not in other and "No training to do." in other


# --- API ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", SIGNED_IN)
def test_who_reads_training_to_do(world: World, api_for, joined: Membership, role: str) -> None:
    todo = sorted(TrainingAssignment.objects.filter(membership=joined).values_list("pk", flat=True))
    # The applicant is now the new supporter; coordinators see their program's.
    expected = todo if role in ("coordinator", "applicant") else []
    assert result_ids(api_for(role).get(ASSIGNMENTS)) == expected
    detail = api_for(role).get(f"{ASSIGNMENTS}{todo[0]}/")
    if expected:
        body = detail.json()
        assert body["membership"] == joined.pk and body["status"] == "to do" and body["completed_by"] is None
        assert body["module_name"] in ("Boundaries and referral", "Mental health first aid")
    else:
        assert_error(detail, 404)


def test_anonymous_callers_are_refused(api_for, joined: Membership) -> None:
    assert_not_signed_in(api_for("anonymous").get(ASSIGNMENTS))


def test_training_to_do_cannot_be_written_through_the_api(api_for, joined: Membership) -> None:
    todo = TrainingAssignment.objects.filter(membership=joined).first()
    assert (
        api_for("coordinator").post(ASSIGNMENTS, {"membership": joined.pk}, format="json").status_code == 405
    )
    assert api_for("coordinator").delete(f"{ASSIGNMENTS}{todo.pk}/").status_code == 405


def test_recording_a_completion_through_the_api_closes_the_to_do(
    world: World, api_for, modules: dict[str, TrainingModule], joined: Membership
) -> None:
    client = api_for("coordinator")
    created = client.post(
        "/api/v1/training-records/",
        {
            "membership": joined.pk,
            "module": modules["first aid"].pk,
            "completed_on": str(world.program.today()),
        },
        format="json",
    )
    assert created.status_code == 201, created.content
    done = client.get(ASSIGNMENTS, {"open": "false"}).json()["results"]
    assert [(a["module"], a["status"], a["completed_by"]) for a in done] == [
        (modules["first aid"].pk, "done", created.json()["id"])
    ]
    still = client.get(ASSIGNMENTS, {"open": "true"}).json()["results"]
    assert [a["module"] for a in still] == [modules["boundaries"].pk]
