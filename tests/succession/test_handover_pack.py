"""The handover pack: a real WeasyPrint PDF, read back with pypdf, holding every section and the
program's people, roles, documents and services; coordinators only; audited as an export."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from program.directory import seed_default_services
from program.models import AuditAction, AuditEvent, Program, Role
from succession import services
from succession.handover_pack import SECTIONS, handover_pack_pdf
from succession.models import DevelopmentAction, Readiness
from tests.conftest import World
from tests.factories import DocumentFactory, KeyRoleHolderFactory, SuccessorFactory

pytestmark = pytest.mark.django_db


def text_of(pdf: bytes) -> str:
    # Joined and with whitespace collapsed: table cells wrap across lines in the PDF.
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture
def program(world: World) -> Program:
    coordinator = world.user(Role.COORDINATOR)
    today = world.program.today()
    lead = services.add_key_role(world.program, by=coordinator, name="Student lead", kind="student_lead")
    KeyRoleHolderFactory(
        key_role=lead, membership=world.members[Role.SUPPORTER], term_ends_on=today + timedelta(days=120)
    )
    successor = SuccessorFactory(
        key_role=lead,
        membership=world.unsupervised,
        readiness=Readiness.WITHIN_6_MONTHS,
        nominated_by=coordinator,
    )
    DevelopmentAction.objects.create(
        successor=successor, kind="shadowing", description="Shadow the outreach week", due_on=today
    )
    roster = services.add_key_role(world.program, by=coordinator, name="Roster lead", kind="roster_lead")
    KeyRoleHolderFactory(key_role=roster, membership=world.members[Role.SUPERVISOR])
    services.start_handover(
        lead, by=coordinator, to_membership=world.unsupervised, from_membership=world.members[Role.SUPPORTER]
    )
    DocumentFactory(
        program=world.program,
        title="Selection rubric and guidance",
        kind="selection_rubric",
        owner=world.members[Role.COORDINATOR],
        last_reviewed_on=today - timedelta(days=500),
    )
    seed_default_services(world.program)
    return world.program


def test_the_pack_holds_every_section_and_the_programs_people(world: World, program: Program) -> None:
    pdf = handover_pack_pdf(program, by=world.user(Role.COORDINATOR))

    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    positions = [text.find(title) for title in SECTIONS]
    assert -1 not in positions, [title for title in SECTIONS if title not in text]
    assert positions == sorted(positions), "sections out of order"
    for expected in (
        program.name,
        "Student lead",
        "Roster lead",
        world.members[Role.SUPPORTER].display_name,  # holder
        world.members[Role.SUPERVISOR].display_name,  # holder
        world.unsupervised.display_name,  # successor, and taking over
        "Within 6 months",
        "Shadow the outreach week",
        "Introduce the supporters and year representatives",  # the student lead's checklist
        "0 of 3 done",  # the handover under way
        "Selection rubric and guidance",
        "Not reviewed in 12 months",
        "Lifeline",
        "13 11 14",
        "Minimum active supporters",
    ):
        assert expected in text, expected


def test_the_pack_is_audited_as_an_export(world: World, program: Program) -> None:
    handover_pack_pdf(program, by=world.user(Role.COORDINATOR))
    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert (event.actor, event.program, event.summary) == (
        world.user(Role.COORDINATOR),
        program,
        "handover pack PDF",
    )


@pytest.mark.parametrize("who", ["supervisor", "supporter", "reviewer", "sponsor", "outsider", "stranger"])
def test_only_coordinators_get_the_pack(world: World, program: Program, who: str) -> None:
    with pytest.raises(Program.DoesNotExist):
        handover_pack_pdf(program, by=world.user(who))
    assert not AuditEvent.objects.filter(action=AuditAction.EXPORT).exists()


def test_the_page_serves_the_same_pack_as_a_download(world: World, program: Program, client_for) -> None:
    response = client_for("coordinator").get(f"/programs/{program.pk}/continuity/handover-pack.pdf")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="handover-pack-')
    text = text_of(response.content)
    assert all(title in text for title in SECTIONS)
