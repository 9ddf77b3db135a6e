"""Succession services: who may act, clear refusals naming the field, and nothing half-saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from program.models import AuditEvent, MembershipStatus, Role
from succession import services
from succession.models import (
    ChecklistItem,
    DevelopmentAction,
    Document,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    Successor,
)
from succession.services import Upload
from tests.conftest import World
from tests.factories import DocumentFactory, MembershipFactory

pytestmark = pytest.mark.django_db

PDF = Upload("handbook.pdf", b"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n")
TEXT = Upload("contacts.md", b"# Local contacts\nCampus security: ask at the front desk.\n")


def field_error(refusal: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    return refusal.value.message_dict[field][0]


@pytest.fixture
def coordinator(world: World):
    return world.user(Role.COORDINATOR)


@pytest.fixture
def role(world: World, coordinator) -> KeyRole:
    return services.add_key_role(world.program, by=coordinator, name="Roster lead", kind="roster_lead")


# --- Key roles and holders ----------------------------------------------------------------------------


def test_a_new_key_role_starts_with_the_checklist_for_its_kind(world: World, role: KeyRole) -> None:
    items = list(ChecklistItem.objects.filter(key_role=role).values_list("text", flat=True))
    assert items == list(services.DEFAULT_CHECKLISTS["roster_lead"])
    assert AuditEvent.objects.filter(object_type="succession.keyrole", action="create").count() == 1


@pytest.mark.parametrize("role_name", ["supervisor", "supporter", "sponsor", "outsider", "stranger"])
def test_only_the_programs_coordinators_manage_key_roles(world: World, role_name: str) -> None:
    with pytest.raises(KeyRole.DoesNotExist):
        services.add_key_role(world.program, by=world.user(role_name), name="Treasurer")
    assert not KeyRole.objects.exists()


def test_key_role_names_are_unique_in_a_program_and_required(world: World, coordinator, role) -> None:
    with pytest.raises(ValidationError) as refusal:
        services.add_key_role(world.program, by=coordinator, name="roster LEAD")
    assert "already has a key role" in field_error(refusal, "name")
    with pytest.raises(ValidationError) as refusal:
        services.add_key_role(world.program, by=coordinator, name="  ")
    assert field_error(refusal, "name") == "Give the role a name."
    with pytest.raises(ValidationError) as refusal:
        services.add_key_role(world.program, by=coordinator, name="Treasurer", kind="treasurer")
    assert "Choose one of" in field_error(refusal, "kind")


def test_a_term_cannot_end_before_it_starts(world: World, coordinator, role) -> None:
    today = world.program.today()
    with pytest.raises(ValidationError) as refusal:
        services.assign_holder(
            role,
            by=coordinator,
            membership=world.members[Role.SUPERVISOR],
            starts_on=today,
            term_ends_on=today - timedelta(days=1),
        )
    assert field_error(refusal, "term_ends_on") == "The term cannot end before it starts."
    assert not KeyRoleHolder.objects.exists()


@pytest.mark.parametrize("who", ["other program", "applicant", "sponsor", "ended"])
def test_holders_and_successors_must_be_current_members_doing_program_work(
    world: World, coordinator, role, who: str
) -> None:
    member = {
        "other program": world.outsider,
        "applicant": world.members[Role.APPLICANT],
        "sponsor": world.members[Role.SPONSOR],
        "ended": MembershipFactory(program=world.program, role=Role.SUPPORTER, status=MembershipStatus.ENDED),
    }[who]
    with pytest.raises(ValidationError) as refusal:
        services.assign_holder(role, by=coordinator, membership=member, starts_on=world.program.today())
    assert field_error(refusal, "membership") == "Choose a current member of this program."
    with pytest.raises(ValidationError) as refusal:
        services.nominate_successor(role, by=coordinator, membership=member, readiness="ready_now")
    assert field_error(refusal, "membership") == "Choose a current member of this program."
    assert not KeyRoleHolder.objects.exists() and not Successor.objects.exists()


def test_a_holder_is_not_their_own_successor_and_nobody_is_nominated_twice(
    world: World, coordinator, role
) -> None:
    supervisor = world.members[Role.SUPERVISOR]
    services.assign_holder(role, by=coordinator, membership=supervisor, starts_on=world.program.today())
    with pytest.raises(ValidationError) as refusal:
        services.nominate_successor(role, by=coordinator, membership=supervisor)
    assert "already holds the role" in field_error(refusal, "membership")
    supporter = world.members[Role.SUPPORTER]
    services.nominate_successor(role, by=coordinator, membership=supporter, readiness="within_6_months")
    with pytest.raises(ValidationError) as refusal:
        services.nominate_successor(role, by=coordinator, membership=supporter)
    assert "already a successor" in field_error(refusal, "membership")
    with pytest.raises(ValidationError) as refusal:
        services.update_successor(Successor.objects.get(), by=coordinator, readiness="someday")
    assert "Choose one of" in field_error(refusal, "readiness")


def test_ending_a_holding_keeps_its_history(world: World, coordinator, role) -> None:
    holder = services.assign_holder(
        role, by=coordinator, membership=world.members[Role.SUPERVISOR], starts_on=world.program.today()
    )
    services.end_holding(holder, by=coordinator)
    with pytest.raises(ValidationError):
        services.end_holding(holder, by=coordinator)
    assert KeyRoleHolder.objects.get().ended_on == world.program.today()
    # Ended, they may hold it again.
    services.assign_holder(
        role, by=coordinator, membership=world.members[Role.SUPERVISOR], starts_on=world.program.today()
    )
    assert KeyRoleHolder.objects.count() == 2


# --- Development and handover -------------------------------------------------------------------------


def test_a_successor_may_mark_their_own_development_action_done(world: World, coordinator, role) -> None:
    successor = services.nominate_successor(role, by=coordinator, membership=world.members[Role.SUPPORTER])
    action = services.add_development_action(
        successor,
        by=coordinator,
        kind="shadowing",
        description="Shadow a roster build",
        due_on=world.program.today(),
    )
    with pytest.raises(Successor.DoesNotExist):
        services.add_development_action(
            successor,
            by=world.user(Role.SUPPORTER),
            kind="training",
            description="x",
            due_on=world.program.today(),
        )
    services.complete_development_action(action, by=world.user(Role.SUPPORTER))
    assert action.done_on == world.program.today()
    with pytest.raises(ValidationError) as refusal:
        services.add_development_action(
            successor, by=coordinator, kind="reading", description="", due_on=None
        )  # type: ignore[arg-type]
    assert set(refusal.value.message_dict) == {"kind", "description", "due_on"}


def test_a_handover_copies_the_checklist_and_completes_when_every_task_is_done(
    world: World, coordinator, role
) -> None:
    services.set_checklist(role, by=coordinator, items=["Walk through templates", "  ", "Publish together"])
    handover = services.start_handover(
        role,
        by=coordinator,
        to_membership=world.members[Role.SUPPORTER],
        from_membership=world.members[Role.SUPERVISOR],
    )
    tasks = list(HandoverTask.objects.filter(handover=handover))
    assert [t.text for t in tasks] == ["Walk through templates", "Publish together"]
    # The template can change; the handover under way keeps its tasks.
    services.set_checklist(role, by=coordinator, items=["Something new"])
    assert HandoverTask.objects.filter(handover=handover).count() == 2

    with pytest.raises(HandoverTask.DoesNotExist):
        services.tick_task(tasks[0], by=world.user(Role.REVIEWER), done=True)
    services.tick_task(tasks[0], by=world.user(Role.SUPPORTER), done=True)
    services.tick_task(tasks[1], by=world.user(Role.SUPERVISOR), done=True)
    assert Handover.objects.get().completed_at is not None
    services.tick_task(tasks[1], by=coordinator, done=False)
    assert Handover.objects.get().completed_at is None


def test_a_handover_needs_a_checklist_and_two_different_people(world: World, coordinator, role) -> None:
    supporter = world.members[Role.SUPPORTER]
    with pytest.raises(ValidationError) as refusal:
        services.start_handover(role, by=coordinator, to_membership=supporter, from_membership=supporter)
    assert "someone else" in field_error(refusal, "to_membership")
    with pytest.raises(ValidationError) as refusal:
        services.set_checklist(role, by=coordinator, items=["", " "])
    assert "at least one item" in field_error(refusal, "items")
    services.start_handover(role, by=coordinator, to_membership=supporter)
    with pytest.raises(ValidationError) as refusal:
        services.start_handover(role, by=coordinator, to_membership=supporter)
    assert "under way" in field_error(refusal, "to_membership")


# --- Knowledge base -----------------------------------------------------------------------------------


def add(world: World, upload: Upload | None, **overrides):
    return services.add_document(
        world.program,
        by=world.user(Role.COORDINATOR),
        **{"title": "Handbook", "kind": "handbook", "owner": world.members[Role.SUPERVISOR], "upload": upload}
        | overrides,
    )


def test_a_document_keeps_every_version_and_a_new_one_counts_as_a_review(world: World) -> None:
    old_review = world.program.today() - timedelta(days=500)
    document = add(world, PDF, last_reviewed_on=old_review)
    assert document.last_reviewed_on == old_review
    # The owner (a supervisor here) may add a version; a supporter may not.
    services.add_version(document, by=world.user(Role.SUPERVISOR), upload=TEXT, note="Plain-text edition")
    with pytest.raises(Document.DoesNotExist):
        services.add_version(document, by=world.user(Role.SUPPORTER), upload=TEXT)
    versions = list(DocumentVersion.objects.filter(document=document).order_by("number"))
    assert [(v.number, v.filename, v.content_type) for v in versions] == [
        (1, "handbook.pdf", "application/pdf"),
        (2, "contacts.md", "text/markdown"),
    ]
    assert bytes(versions[0].content) == PDF.content
    document.refresh_from_db()
    assert document.last_reviewed_on == world.program.today()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (None, "Choose a file"),
        (Upload("rubric.exe", b"MZ\x90\x00"), "Upload a PDF, Word"),
        (Upload("handbook.pdf", b"<html>not a pdf</html>"), "not a .pdf file"),
        (Upload("notes.txt", b"\xff\xfe\x00binary"), "not a .txt file"),
        (Upload("notes.docx", b"%PDF-1.4"), "not a .docx file"),
    ],
)
def test_uploads_of_the_wrong_type_are_refused_and_nothing_is_stored(
    world: World, upload: Upload | None, message: str
) -> None:
    with pytest.raises(ValidationError) as refusal:
        add(world, upload)
    assert message in field_error(refusal, "file")
    assert not Document.objects.exists() and not DocumentVersion.objects.exists()


@override_settings(SUCCESSION_MAX_UPLOAD_BYTES=1024 * 1024)
def test_an_upload_over_the_limit_is_refused_with_its_size(world: World) -> None:
    big = Upload("handbook.pdf", b"%PDF-1.7\n" + b"0" * (2 * 1024 * 1024))
    with pytest.raises(ValidationError) as refusal:
        add(world, big)
    assert field_error(refusal, "file") == "The file is 2.0 MB; the limit is 1 MB."
    document = DocumentFactory(program=world.program, owner=world.members[Role.COORDINATOR])
    with pytest.raises(ValidationError):
        services.add_version(document, by=world.user(Role.COORDINATOR), upload=big)
    assert DocumentVersion.objects.filter(document=document).count() == 1


@override_settings(SUCCESSION_MAX_UPLOAD_BYTES=1024 * 1024)
def test_a_received_file_is_read_only_one_byte_past_the_limit_and_refused_by_its_real_size(
    world: World,
) -> None:
    received = Upload.received(
        SimpleUploadedFile("handbook.pdf", b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024), "application/pdf")
    )
    assert received is not None
    assert len(received.content) == 1024 * 1024 + 1
    with pytest.raises(ValidationError) as refusal:
        add(world, received)
    assert field_error(refusal, "file") == "The file is 3.0 MB; the limit is 1 MB."
    assert Upload.received(None) is None


def test_document_fields_are_checked_together(world: World) -> None:
    add(world, PDF)
    with pytest.raises(ValidationError) as refusal:
        add(
            world,
            PDF,
            title="HANDBOOK",
            kind="novel",
            last_reviewed_on=world.program.today() + timedelta(days=1),
        )
    assert set(refusal.value.message_dict) == {"title", "kind", "last_reviewed_on"}
    with pytest.raises(ValidationError) as refusal:
        add(world, PDF, title="Rubric", owner=world.members[Role.SPONSOR])
    assert "current member" in field_error(refusal, "owner")
    with pytest.raises(ValidationError) as refusal:
        services.mark_reviewed(
            Document.objects.get(),
            by=world.user(Role.COORDINATOR),
            on=world.program.today() + timedelta(days=2),
        )
    assert "not in the future" in field_error(refusal, "last_reviewed_on")


# --- Departures ---------------------------------------------------------------------------------------


def test_someone_who_leaves_holds_no_role_is_nobodys_successor_and_ticks_nothing(
    world: World, coordinator, role
) -> None:
    from succession import selectors

    supporter, supervisor = world.members[Role.SUPPORTER], world.members[Role.SUPERVISOR]
    holder = services.assign_holder(
        role, by=coordinator, membership=supervisor, starts_on=world.program.today()
    )
    successor = services.nominate_successor(role, by=coordinator, membership=supporter, readiness="ready_now")
    action = services.add_development_action(
        successor, by=coordinator, kind="shadowing", description="Shadow", due_on=world.program.today()
    )
    handover = services.start_handover(
        role, by=coordinator, to_membership=supporter, from_membership=supervisor
    )
    task = HandoverTask.objects.filter(handover=handover).first()
    assert task is not None

    supporter.status = MembershipStatus.ALUMNUS
    supporter.save()
    supervisor.status = MembershipStatus.ENDED
    supervisor.save()

    holder.refresh_from_db()
    assert holder.ended_on == world.program.today()  # kept as history
    assert not Successor.objects.exists()
    with pytest.raises(HandoverTask.DoesNotExist):
        services.tick_task(task, by=supporter.user, done=True)
    with pytest.raises(HandoverTask.DoesNotExist):
        services.tick_task(task, by=supervisor.user, done=True)
    assert not selectors.handovers_visible_to(supporter.user).exists()
    assert not selectors.handover_tasks_visible_to(supervisor.user).exists()
    # The coordinator still sees and runs the handover.
    services.tick_task(task, by=coordinator, done=True)
    # The nomination, and its development actions, went with the departure.
    assert not DevelopmentAction.objects.filter(pk=action.pk).exists()


def test_endings_and_completions_cannot_be_dated_in_the_future(world: World, coordinator, role) -> None:
    tomorrow = world.program.today() + timedelta(days=1)
    holder = services.assign_holder(
        role, by=coordinator, membership=world.members[Role.SUPERVISOR], starts_on=world.program.today()
    )
    with pytest.raises(ValidationError) as refusal:
        services.end_holding(holder, by=coordinator, ended_on=tomorrow)
    assert "today or earlier" in field_error(refusal, "ended_on")
    successor = services.nominate_successor(role, by=coordinator, membership=world.members[Role.SUPPORTER])
    action = services.add_development_action(
        successor, by=coordinator, kind="training", description="Course", due_on=tomorrow
    )
    with pytest.raises(ValidationError) as refusal:
        services.complete_development_action(action, by=coordinator, done_on=tomorrow)
    assert "today or earlier" in field_error(refusal, "done_on")
    holder.refresh_from_db()
    action.refresh_from_db()
    assert holder.ended_on is None and action.done_on is None


def test_names_and_titles_are_unique_whatever_their_case_in_the_database_too(world: World, role) -> None:
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        KeyRole.objects.create(program=world.program, name="ROSTER LEAD")
    DocumentFactory(program=world.program, title="Handbook")
    with pytest.raises(IntegrityError), transaction.atomic():
        DocumentFactory(program=world.program, title="handbook")
