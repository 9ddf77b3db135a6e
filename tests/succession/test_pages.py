"""Role × outcome matrices for the succession pages (continuity dashboard, key roles, successors,
handovers, the knowledge base, the handover pack), their refusals of bad input, and the dashboard's
fixed number of queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from dateutil.relativedelta import relativedelta
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse

from program.models import Membership, Role
from succession import services
from succession.models import (
    ContinuitySettings,
    DevelopmentAction,
    Document,
    DocumentVersion,
    Handover,
    KeyRole,
    KeyRoleHolder,
    Readiness,
    Successor,
)
from tests.conftest import World
from tests.factories import (
    DocumentFactory,
    KeyRoleFactory,
    KeyRoleHolderFactory,
    MembershipFactory,
    SuccessorFactory,
)

pytestmark = pytest.mark.django_db

EVERYONE = [
    "coordinator",
    "supervisor",
    "supporter",
    "applicant",
    "reviewer",
    "sponsor",
    "outsider",
    "stranger",
    "anonymous",
]
PROGRAM_WORKERS = {"coordinator", "supervisor", "supporter", "reviewer"}
PDF_MAGIC = b"%PDF-"


def matrix(allowed: set[str], ok: int = 200) -> list[tuple[str, int]]:
    """Allowed roles get `ok`; the anonymous visitor is sent to sign in; everyone else gets 404."""
    return [(role, ok if role in allowed else 302 if role == "anonymous" else 404) for role in EVERYONE]


def url(name: str, world: World, *args: int) -> str:
    return reverse(name, args=[world.program.pk, *args])


@pytest.fixture
def coordinator(world: World):
    return world.user(Role.COORDINATOR)


@pytest.fixture
def role(world: World, coordinator) -> KeyRole:
    """ "Student lead", held by the world's supporter until four months from now (at risk), with the
    lonely supporter nominated "within 12 months" and one shadowing action due."""
    today = world.program.today()
    role = services.add_key_role(world.program, by=coordinator, name="Student lead", kind="student_lead")
    KeyRoleHolderFactory(
        key_role=role,
        membership=world.members[Role.SUPPORTER],
        starts_on=today - timedelta(days=200),
        term_ends_on=today + relativedelta(months=4),
    )
    successor = SuccessorFactory(
        key_role=role,
        membership=world.unsupervised,
        readiness=Readiness.WITHIN_12_MONTHS,
        nominated_by=coordinator,
        notes="Keen; needs a term of shadowing.",
    )
    DevelopmentAction.objects.create(
        successor=successor, kind="shadowing", description="Shadow two outreach events", due_on=today
    )
    return role


@pytest.fixture
def successor(role: KeyRole) -> Successor:
    return role.successors.get()


@pytest.fixture
def handover(world: World, role: KeyRole, coordinator) -> Handover:
    """From the holder (the world's supporter) to the nominee (the lonely supporter)."""
    return services.start_handover(
        role, by=coordinator, to_membership=world.unsupervised, from_membership=world.members[Role.SUPPORTER]
    )


@pytest.fixture
def document(world: World) -> Document:
    """Owned by the supervisor, two versions."""
    return DocumentFactory(
        program=world.program, title="Referral pathways", owner=world.members[Role.SUPERVISOR], versions=2
    )


def pdf_upload(name: str = "handbook.pdf", content: bytes = PDF_MAGIC + b"1.4 a small pdf") -> dict:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return {"file": SimpleUploadedFile(name, content, content_type="application/pdf")}


# --- Continuity dashboard, settings and the pack ------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_open_the_continuity_dashboard(
    world: World, client_for, role: KeyRole, who: str, status: int
) -> None:
    response = client_for(who).get(url("continuity", world))
    assert response.status_code == status
    if who == "anonymous":
        assert response["Location"].startswith("/accounts/login/")
    if status == 200:
        page = response.content.decode()
        assert "Student lead" in page and "Roles at risk" in page
        assert "no successor ready" in page  # the reason, from continuity.assess
        assert "Roles with one holder and no ready successor" in page  # a component's label
        assert 'role="img"' in page and "minimum" in page  # the runway chart and its text


def test_the_dashboard_shows_each_component_with_its_points(world: World, client_for, role: KeyRole) -> None:
    from succession import continuity

    assessed = continuity.assess(world.program)
    page = client_for("coordinator").get(url("continuity", world)).content.decode()
    assert f'data-testid="continuity-score">{assessed.score}<' in page
    for component in assessed.components:
        assert component.label in page and component.detail in page
        assert f"{component.points:.0f} of {component.weight}" in page
    assert reverse("key-role-detail", args=[world.program.pk, role.pk]) + "#successors" in page
    assert reverse("handover-pack", args=[world.program.pk]) in page


def test_the_dashboard_names_the_runway_month_and_the_intake_date(world: World, client_for) -> None:
    world.program.min_active_supporters = 50  # more than the program has: below from this month
    world.program.save()
    page = client_for("coordinator").get(url("continuity", world)).content.decode()
    this_month = world.program.today().replace(day=1)
    # One date style on every page: the month short, as in "Dec 2026" (config/formats/en_AU).
    assert f"in <strong>{this_month:%b %Y}</strong>" in page
    assert "Open the next intake by" in page and "open an intake now" in page


def test_nominating_a_ready_successor_raises_the_score(world: World, client_for, role: KeyRole) -> None:
    client = client_for("coordinator")

    def score() -> int:
        page = client.get(url("continuity", world)).content.decode()
        return int(page.split('data-testid="continuity-score">')[1].split("<")[0])

    before = score()
    response = client.post(
        url("successor-nominate", world, role.pk),
        {"nominate-membership": world.members[Role.REVIEWER].pk, "nominate-readiness": Readiness.READY_NOW},
    )
    assert response.status_code == 302
    assert score() > before


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_change_continuity_settings(
    world: World, client_for, who: str, status: int
) -> None:
    client = client_for(who)
    assert client.get(url("continuity-settings", world)).status_code == status
    response = client.post(url("continuity-settings", world), {"selection_weeks": 6, "training_weeks": 4})
    assert response.status_code == (302 if status == 200 else status)
    saved = ContinuitySettings.objects.filter(program=world.program).first()
    assert (saved is not None and saved.lead_weeks == 10) == (who == "coordinator")


def test_settings_refuse_an_out_of_range_lead_time_naming_the_field(world: World, client_for) -> None:
    response = client_for("coordinator").post(
        url("continuity-settings", world), {"selection_weeks": 0, "training_weeks": 4}
    )
    assert response.status_code == 400
    assert "Selection (weeks): Ensure this value is greater than or equal to 1." in response.content.decode()
    assert not ContinuitySettings.objects.exists()


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_download_the_handover_pack(
    world: World, client_for, role: KeyRole, who: str, status: int
) -> None:
    response = client_for(who).get(url("handover-pack", world))
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert response.content.startswith(PDF_MAGIC)


# --- Key roles ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), matrix(PROGRAM_WORKERS))
def test_program_workers_see_key_roles_and_holders(
    world: World, client_for, role: KeyRole, who: str, status: int
) -> None:
    client = client_for(who)
    listing = client.get(url("key-roles", world))
    detail = client.get(url("key-role-detail", world, role.pk))
    assert (listing.status_code, detail.status_code) == (status, status)
    if status != 200:
        return
    holder = world.members[Role.SUPPORTER].display_name
    assert "Student lead" in listing.content.decode() and holder in listing.content.decode()
    page = detail.content.decode()
    assert holder in page
    # Successors are the coordinators' business (and the nominee's own).
    assert (world.unsupervised.display_name in page) == (who == "coordinator")
    assert ("Nominate a successor" in page) == (who == "coordinator")
    assert ("Handover checklist" in page) == (who == "coordinator")


def test_the_nominee_sees_their_own_nomination_and_marks_an_action_done(
    world: World, client_for, role: KeyRole, successor: Successor
) -> None:
    client = client_for("coordinator")
    client.force_login(world.unsupervised.user)
    page = client.get(url("key-role-detail", world, role.pk)).content.decode()
    assert "Within 12 months" in page and "Shadow two outreach events" in page
    assert "Nominate a successor" not in page and "Keen; needs" not in page

    action = successor.actions.get()
    response = client.post(url("development-action-done", world, action.pk))

    assert response.status_code == 302
    action.refresh_from_db()
    assert action.done_on == world.program.today()


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}, ok=302))
def test_only_the_coordinator_or_the_nominee_marks_an_action_done(
    world: World, client_for, successor: Successor, who: str, status: int
) -> None:
    action = successor.actions.get()
    assert client_for(who).post(url("development-action-done", world, action.pk)).status_code == status
    action.refresh_from_db()
    assert (action.done_on is not None) == (who == "coordinator")


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_add_key_roles(world: World, client_for, who: str, status: int) -> None:
    client = client_for(who)
    assert client.get(url("key-role-new", world)).status_code == status
    response = client.post(url("key-role-new", world), {"name": "Outreach lead", "kind": "other"})
    assert response.status_code == (302 if status == 200 else status)
    added = KeyRole.objects.filter(program=world.program, name="Outreach lead").first()
    assert (added is not None) == (who == "coordinator")
    if added:
        assert added.checklist.count() == 1  # started from the template for its kind


def test_a_duplicate_key_role_name_is_refused_on_the_name(world: World, client_for, role: KeyRole) -> None:
    response = client_for("coordinator").post(
        url("key-role-new", world), {"name": "student LEAD", "kind": "other"}
    )
    assert response.status_code == 400
    assert "Name: This program already has a key role of that name." in response.content.decode()
    assert KeyRole.objects.filter(program=world.program).count() == 1


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}, ok=302))
def test_only_coordinators_change_a_key_role(
    world: World, client_for, role: KeyRole, successor: Successor, who: str, status: int
) -> None:
    client = client_for(who)
    today = world.program.today()
    reviewer = world.members[Role.REVIEWER]
    holding = role.holders.get()
    posts = [
        (
            url("key-role-holder-add", world, role.pk),
            {"holder-membership": world.supervisor2.pk, "holder-starts_on": today},
        ),
        (
            url("successor-nominate", world, role.pk),
            {"nominate-membership": reviewer.pk, "nominate-readiness": Readiness.LATER},
        ),
        (url("successor-update", world, role.pk, successor.pk), {f"s{successor.pk}-readiness": "ready_now"}),
        (
            url("development-action-add", world, role.pk, successor.pk),
            {
                f"a{successor.pk}-kind": "training",
                f"a{successor.pk}-description": "Leadership course",
                f"a{successor.pk}-due_on": today + timedelta(days=30),
            },
        ),
        (url("checklist-edit", world, role.pk), {"checklist-items": "Meet the year reps\nShare the plan"}),
        (
            url("handover-start", world, role.pk),
            {"handover-to_membership": reviewer.pk, "handover-from_membership": holding.membership_id},
        ),
        (url("key-role-holder-end", world, role.pk, holding.pk), {}),
    ]
    for target, data in posts:
        assert client.post(target, data).status_code == status, target
    changed = who == "coordinator"
    assert role.holders.filter(membership=world.supervisor2).exists() == changed
    assert role.successors.filter(membership=reviewer).exists() == changed
    successor.refresh_from_db()
    assert (successor.readiness == Readiness.READY_NOW) == changed
    assert successor.actions.filter(description="Leadership course").exists() == changed
    assert (
        list(role.checklist.values_list("text", flat=True)) == ["Meet the year reps", "Share the plan"]
    ) == (changed)
    assert Handover.objects.filter(key_role=role, to_membership=reviewer).exists() == changed
    holding.refresh_from_db()
    assert (holding.ended_on is not None) == changed
    # Removing last: afterwards there is nothing left to remove.
    assert client.post(url("successor-remove", world, role.pk, successor.pk)).status_code == status
    assert Successor.objects.filter(pk=successor.pk).exists() != changed


def test_a_successor_who_is_not_a_program_member_is_refused_naming_the_field(
    world: World, client_for, role: KeyRole
) -> None:
    client = client_for("coordinator")
    for stranger in (world.outsider, world.members[Role.APPLICANT], world.members[Role.SPONSOR]):
        response = client.post(
            url("successor-nominate", world, role.pk),
            {"nominate-membership": stranger.pk, "nominate-readiness": Readiness.READY_NOW},
        )
        assert response.status_code == 400
        assert "Successor: Choose a current member of this program." in response.content.decode()
    assert list(role.successors.values_list("membership", flat=True)) == [world.unsupervised.pk]


def test_the_current_holder_cannot_be_their_own_successor(world: World, client_for, role: KeyRole) -> None:
    response = client_for("coordinator").post(
        url("successor-nominate", world, role.pk),
        {"nominate-membership": world.members[Role.SUPPORTER].pk, "nominate-readiness": Readiness.READY_NOW},
    )
    assert response.status_code == 400
    assert "Successor: This person already holds the role." in response.content.decode()
    assert list(role.successors.values_list("membership", flat=True)) == [world.unsupervised.pk]


def test_a_term_ending_before_it_starts_is_refused_naming_the_field(
    world: World, client_for, role: KeyRole
) -> None:
    today = world.program.today()
    response = client_for("coordinator").post(
        url("key-role-holder-add", world, role.pk),
        {
            "holder-membership": world.supervisor2.pk,
            "holder-starts_on": today,
            "holder-term_ends_on": today - timedelta(days=1),
        },
    )
    assert response.status_code == 400
    assert "Term ends: The term cannot end before it starts." in response.content.decode()
    assert not KeyRoleHolder.objects.filter(membership=world.supervisor2).exists()


def test_an_empty_checklist_is_refused_and_the_template_kept(world: World, client_for, role: KeyRole) -> None:
    before = list(role.checklist.values_list("text", flat=True))
    response = client_for("coordinator").post(
        url("checklist-edit", world, role.pk), {"checklist-items": " \n "}
    )
    assert response.status_code == 400
    assert "Checklist items: A checklist needs at least one item." in response.content.decode()
    assert list(role.checklist.values_list("text", flat=True)) == before


def test_a_development_action_needs_a_due_date(
    world: World, client_for, role: KeyRole, successor: Successor
) -> None:
    prefix = f"a{successor.pk}"
    response = client_for("coordinator").post(
        url("development-action-add", world, role.pk, successor.pk),
        {f"{prefix}-kind": "training", f"{prefix}-description": "Course", f"{prefix}-due_on": "next week"},
    )
    assert response.status_code == 400
    assert "Due: Enter a valid date." in response.content.decode()
    assert successor.actions.count() == 1


def test_another_programs_key_role_is_not_found(world: World, client_for) -> None:
    elsewhere = KeyRoleFactory(program=world.other_program)
    client = client_for("coordinator")
    assert client.get(url("key-role-detail", world, elsewhere.pk)).status_code == 404
    response = client.post(
        url("successor-nominate", world, elsewhere.pk),
        {"nominate-membership": world.members[Role.REVIEWER].pk, "nominate-readiness": Readiness.READY_NOW},
    )
    assert response.status_code == 404
    assert not Successor.objects.exists()
    # The outsider coordinates the other program, not this one.
    outsider = client_for("outsider")
    assert outsider.get(reverse("key-role-detail", args=[world.program.pk, elsewhere.pk])).status_code == 404


# --- Handovers ----------------------------------------------------------------------------------------


HANDOVER_PEOPLE = {"coordinator", "supporter"}  # the supporter hands over; the lonely supporter takes over


@pytest.mark.parametrize(("who", "status"), matrix(HANDOVER_PEOPLE))
def test_a_handover_opens_for_coordinators_and_the_two_people_in_it(
    world: World, client_for, handover: Handover, who: str, status: int
) -> None:
    response = client_for(who).get(url("handover-detail", world, handover.pk))
    assert response.status_code == status
    if status == 200:
        assert "0 of 3 done" in response.content.decode()


@pytest.mark.parametrize(("who", "status"), matrix(HANDOVER_PEOPLE, ok=302))
def test_only_they_tick_its_tasks(
    world: World, client_for, handover: Handover, who: str, status: int
) -> None:
    first = handover.tasks.first()
    assert first is not None
    response = client_for(who).post(url("handover-detail", world, handover.pk), {"done": [first.pk]})
    assert response.status_code == status
    first.refresh_from_db()
    assert (first.done_at is not None) == (who in HANDOVER_PEOPLE)


def test_the_person_taking_over_ticks_tasks_and_sees_progress(
    world: World, client_for, handover: Handover
) -> None:
    client = client_for("coordinator")
    client.force_login(world.unsupervised.user)
    tasks = list(handover.tasks.all())

    response = client.post(
        url("handover-detail", world, handover.pk), {"done": [tasks[0].pk, tasks[1].pk]}, follow=True
    )

    assert "2 of 3 done" in response.content.decode()
    handover.refresh_from_db()
    assert handover.completed_at is None
    client.post(
        url("handover-detail", world, handover.pk),
        {"done": [t.pk for t in tasks], f"was_done_{tasks[0].pk}": "1", f"was_done_{tasks[1].pk}": "1"},
    )
    handover.refresh_from_db()
    assert handover.completed_at is not None
    # The key role page lists it with its progress.
    assert (
        "3 of 3 done"
        in client_for("coordinator").get(url("key-role-detail", world, handover.key_role_id)).content.decode()
    )
    # Unticking one (it was shown ticked) reopens the handover.
    client.post(
        url("handover-detail", world, handover.pk),
        {"done": [tasks[1].pk, tasks[2].pk], **{f"was_done_{t.pk}": "1" for t in tasks}},
    )
    handover.refresh_from_db()
    assert handover.completed_at is None and handover.tasks.filter(done_at__isnull=True).count() == 1


def test_saving_the_page_keeps_a_tick_someone_else_saved_meanwhile(
    world: World, client_for, handover: Handover
) -> None:
    tasks = list(handover.tasks.all())
    # The coordinator's page was loaded with nothing ticked; the receiver then ticks the first task.
    client_for("coordinator").post(url("handover-detail", world, handover.pk), {"done": []})
    receiver = client_for("coordinator")
    receiver.force_login(world.unsupervised.user)
    receiver.post(url("handover-detail", world, handover.pk), {"done": [tasks[0].pk]})
    # The coordinator saves their page (ticking the second), which still showed the first unticked.
    client_for("coordinator").post(
        url("handover-detail", world, handover.pk),
        {"done": [tasks[1].pk], **{f"was_done_{t.pk}": "0" for t in tasks}},
    )
    assert set(handover.tasks.filter(done_at__isnull=False).values_list("pk", flat=True)) == {
        tasks[0].pk,
        tasks[1].pk,
    }


def test_a_handover_to_someone_outside_the_program_is_refused(
    world: World, client_for, role: KeyRole
) -> None:
    response = client_for("coordinator").post(
        url("handover-start", world, role.pk), {"handover-to_membership": world.outsider.pk}
    )
    assert response.status_code == 400
    assert "Taking over: Choose a current member of this program." in response.content.decode()
    assert not Handover.objects.exists()


# --- Knowledge base -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), matrix(PROGRAM_WORKERS))
def test_program_workers_read_the_knowledge_base(
    world: World, client_for, document: Document, who: str, status: int
) -> None:
    client = client_for(who)
    listing = client.get(url("documents", world))
    detail = client.get(url("document-detail", world, document.pk))
    download = client.get(url("document-version-download", world, document.pk, 1))
    assert (listing.status_code, detail.status_code, download.status_code) == (status,) * 3
    if status == 200:
        assert "Referral pathways" in listing.content.decode()
        assert ("Add a document" in listing.content.decode()) == (who == "coordinator")
        # The owner (the supervisor) and coordinators revise; others read.
        assert ("Upload a new version" in detail.content.decode()) == (who in {"coordinator", "supervisor"})


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_add_documents(world: World, client_for, who: str, status: int) -> None:
    client = client_for(who)
    assert client.get(url("document-new", world)).status_code == status
    form = {
        "title": "Program handbook",
        "kind": "handbook",
        "owner": world.members[Role.SUPERVISOR].pk,
        "note": "First edition",
    }
    response = client.post(url("document-new", world), {**form, **pdf_upload()})
    assert response.status_code == (302 if status == 200 else status)
    added = Document.objects.filter(program=world.program, title="Program handbook").first()
    assert (added is not None) == (who == "coordinator")
    if added:
        version = added.versions.get()
        assert (version.number, version.filename, version.note) == (1, "handbook.pdf", "First edition")


@pytest.mark.parametrize(
    ("who", "status"),
    [(who, {"coordinator": 302, "supervisor": 302, "anonymous": 302}.get(who, 404)) for who in EVERYONE],
)
def test_the_owner_or_a_coordinator_uploads_versions_and_marks_reviewed(
    world: World, client_for, document: Document, who: str, status: int
) -> None:
    Document.objects.filter(pk=document.pk).update(
        last_reviewed_on=world.program.today() - timedelta(days=400)
    )
    client = client_for(who)
    assert client.post(url("document-version-add", world, document.pk), pdf_upload()).status_code == status
    assert client.post(url("document-reviewed", world, document.pk), {}).status_code == status
    allowed = who in {"coordinator", "supervisor"}
    assert document.versions.count() == (3 if allowed else 2)
    document.refresh_from_db()
    assert (document.last_reviewed_on == world.program.today()) == allowed


def test_a_document_of_the_wrong_type_is_refused_naming_the_field(world: World, client_for) -> None:
    client = client_for("coordinator")
    form = {"title": "Rubric", "kind": "selection_rubric", "owner": world.members[Role.COORDINATOR].pk}
    for name, content, problem in (
        (
            "rubric.exe",
            b"MZ\x90\x00",
            "File: Upload a PDF, Word (.docx), OpenDocument (.odt), text or Markdown file.",
        ),
        ("rubric.pdf", b"plain words", "File: The file&#x27;s contents are not a .pdf file."),
    ):
        response = client.post(url("document-new", world), {**form, **pdf_upload(name, content)})
        assert response.status_code == 400
        assert problem in response.content.decode()
    response = client.post(url("document-new", world), form)
    assert response.status_code == 400 and "File: Choose a file to upload." in response.content.decode()
    assert not Document.objects.exists() and not DocumentVersion.objects.exists()


@override_settings(SUCCESSION_MAX_UPLOAD_BYTES=services.MB)
def test_a_document_too_large_is_refused_naming_the_field(
    world: World, client_for, document: Document
) -> None:
    client = client_for("coordinator")
    big = PDF_MAGIC + b"0" * (services.MB + services.MB // 5)
    form = {"title": "Training slides", "kind": "training", "owner": world.members[Role.COORDINATOR].pk}
    response = client.post(url("document-new", world), {**form, **pdf_upload("slides.pdf", big)})
    assert response.status_code == 400
    assert "File: The file is 1.2 MB; the limit is 1 MB." in response.content.decode()
    assert not Document.objects.filter(title="Training slides").exists()
    # A new version of an existing document, likewise.
    response = client.post(url("document-version-add", world, document.pk), pdf_upload("slides.pdf", big))
    assert response.status_code == 400 and "File: The file is 1.2 MB" in response.content.decode()
    assert document.versions.count() == 2


def test_an_owner_from_outside_the_program_is_refused(world: World, client_for) -> None:
    response = client_for("coordinator").post(
        url("document-new", world),
        {"title": "Rubric", "kind": "selection_rubric", "owner": world.outsider.pk, **pdf_upload()},
    )
    assert response.status_code == 400
    assert "Owner: Choose a current member of this program." in response.content.decode()
    assert not Document.objects.exists()


def test_documents_not_reviewed_in_12_months_are_flagged(world: World, client_for) -> None:
    today = world.program.today()
    owner = world.members[Role.COORDINATOR]
    DocumentFactory(
        program=world.program,
        title="Old rubric",
        owner=owner,
        last_reviewed_on=today - relativedelta(months=13),
    )
    DocumentFactory(
        program=world.program,
        title="Fresh handbook",
        owner=owner,
        last_reviewed_on=today - relativedelta(months=11),
    )
    client = client_for("supporter")

    listing = client.get(url("documents", world)).content.decode()

    flag = "Not reviewed in 12 months"
    assert listing.count(flag) == 1
    row = listing.split("Old rubric")[1].split("</tr>")[0]
    assert flag in row
    stale, fresh = Document.objects.get(title="Old rubric"), Document.objects.get(title="Fresh handbook")
    assert flag in client.get(url("document-detail", world, stale.pk)).content.decode()
    assert flag not in client.get(url("document-detail", world, fresh.pk)).content.decode()
    # The coordinator's dashboard lists it too.
    dashboard = client_for("coordinator").get(url("continuity", world)).content.decode()
    assert "Old rubric" in dashboard.split('id="stale-heading"')[1]


def test_every_version_is_kept_and_downloadable(world: World, client_for, document: Document) -> None:
    client = client_for("coordinator")
    client.post(
        url("document-version-add", world, document.pk),
        {**pdf_upload(), "note": "New referral for rural sites"},
    )

    page = client.get(url("document-detail", world, document.pk)).content.decode()

    for number in (1, 2, 3):
        assert url("document-version-download", world, document.pk, number) in page
    assert "New referral for rural sites" in page
    first = client.get(url("document-version-download", world, document.pk, 1))
    assert first.status_code == 200
    assert first.content == b"Version 1 of Referral pathways.\n"
    assert first["Content-Type"] == "text/markdown"
    assert first["Content-Disposition"] == 'attachment; filename="handbook.md"'
    latest = client.get(url("document-version-download", world, document.pk, 3))
    assert latest.content.startswith(PDF_MAGIC) and latest["Content-Type"] == "application/pdf"
    assert client.get(url("document-version-download", world, document.pk, 4)).status_code == 404


def test_another_programs_documents_are_not_found(world: World, client_for) -> None:
    elsewhere = DocumentFactory(program=world.other_program, owner=world.outsider)
    client = client_for("coordinator")
    assert client.get(url("document-detail", world, elsewhere.pk)).status_code == 404
    assert client.get(url("document-version-download", world, elsewhere.pk, 1)).status_code == 404
    assert client.post(url("document-version-add", world, elsewhere.pk), pdf_upload()).status_code == 404
    # The outsider reaches their own document only through their own program.
    outsider = client_for("outsider")
    assert (
        outsider.get(reverse("document-detail", args=[world.other_program.pk, elsewhere.pk])).status_code
        == 200
    )
    assert outsider.get(url("document-detail", world, elsewhere.pk)).status_code == 404
    assert elsewhere.versions.count() == 1


# --- Navigation ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "who", ["coordinator", "supervisor", "supporter", "reviewer", "applicant", "sponsor"]
)
def test_navigation_links(world: World, client_for, who: str) -> None:
    page = client_for(who).get("/").content.decode()
    assert (f'href="{url("continuity", world)}"' in page) == (who == "coordinator")
    assert (f'href="{url("documents", world)}"' in page) == (who in PROGRAM_WORKERS)


# --- Query counts -------------------------------------------------------------------------------------


def grow(world: World, count: int) -> None:
    """Per unit: a key role with two holders and a successor with an action, a document with two
    versions, and a supporter who will graduate."""
    coordinator = world.user(Role.COORDINATOR)
    for _ in range(count):
        role = KeyRoleFactory(program=world.program)
        for _holder in range(2):
            KeyRoleHolderFactory(key_role=role, membership=MembershipFactory(program=world.program))
        successor = SuccessorFactory(key_role=role, nominated_by=coordinator)
        DevelopmentAction.objects.create(
            successor=successor, kind="training", description="Course", due_on=world.program.today()
        )
        DocumentFactory(program=world.program, owner=world.members[Role.COORDINATOR], versions=2)
        MembershipFactory(program=world.program, role=Role.SUPPORTER)


def dashboard_queries(client: Client, world: World) -> tuple[list[str], int]:
    target = url("continuity", world)
    assert client.get(target).status_code == 200  # warm process-wide caches (content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(target)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries], len(response.content)


def test_the_continuity_dashboard_runs_a_fixed_number_of_queries(world: World, client_for) -> None:
    client = client_for("coordinator")
    grow(world, 3)
    small, small_size = dashboard_queries(client, world)
    grow(world, 6)
    large, large_size = dashboard_queries(client, world)
    assert large_size > small_size, "the page did not grow with the data"
    listing = "\n".join(large)
    assert len(small) == len(large), f"{len(small)} queries, then {len(large)}:\n{listing}"
    # 1 session, 1 user, 1 program (program_view: the permission check is a subquery),
    # continuity.assess: 1 key roles, 1 their current holders with people, 1 successors with people,
    # 1 development actions, 1 documents with owners; runway.forecast: 1 monthly counts (one
    # aggregate), 1 continuity settings, 1 intake pipeline; the navigation: 1 the user's current
    # memberships, 1 unread notifications.
    assert len(large) == 13, listing


def test_a_program_member_is_one_of_the_program_people(world: World) -> None:
    # Guards the matrices above: the world's reviewer and second supervisor are nominable.
    from succession.forms import program_people

    people = set(program_people(world.program).values_list("pk", flat=True))
    assert {world.members[Role.REVIEWER].pk, world.supervisor2.pk} <= people
    assert world.members[Role.APPLICANT].pk not in people
    assert not Membership.objects.filter(pk__in=people).exclude(program=world.program).exists()


# --- Edits the API also offers: rename/remove a role, a holder's term, successor notes, a document ---------


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}))
def test_only_coordinators_open_the_role_edit_page(
    world: World, client_for, role: KeyRole, who, status
) -> None:
    assert client_for(who).get(url("key-role-edit", world, role.pk)).status_code == status


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}, ok=302))
def test_only_coordinators_remove_a_role(world: World, client_for, role: KeyRole, who, status) -> None:
    assert client_for(who).post(url("key-role-remove", world, role.pk)).status_code == status
    assert KeyRole.objects.filter(pk=role.pk).exists() == (who != "coordinator")


def test_a_role_is_renamed_and_a_taken_name_refused(
    world: World, client_for, role: KeyRole, coordinator
) -> None:
    services.add_key_role(world.program, by=coordinator, name="Training lead", kind="training_lead")
    client = client_for("coordinator")
    response = client.post(url("key-role-edit", world, role.pk), {"name": "training LEAD", "description": ""})
    assert response.status_code == 400
    assert "already has a key role of that name" in response.content.decode()
    response = client.post(
        url("key-role-edit", world, role.pk), {"name": "Student leader", "description": "Year reps"}
    )
    assert response.status_code == 302
    role.refresh_from_db()
    assert (role.name, role.description) == ("Student leader", "Year reps")


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}, ok=302))
def test_only_coordinators_change_a_holders_term(
    world: World, client_for, role: KeyRole, who, status
) -> None:
    holder = role.holders.get()
    later = world.program.today() + relativedelta(months=9)
    response = client_for(who).post(
        url("key-role-holder-term", world, role.pk, holder.pk),
        {
            f"t{holder.pk}-starts_on": holder.starts_on.isoformat(),
            f"t{holder.pk}-term_ends_on": later.isoformat(),
        },
    )
    assert response.status_code == status
    holder.refresh_from_db()
    assert (holder.term_ends_on == later) == (who == "coordinator")


def test_a_term_changed_to_end_before_it_starts_is_refused_on_the_page(
    world: World, client_for, role: KeyRole
) -> None:
    holder = role.holders.get()
    before = holder.term_ends_on
    response = client_for("coordinator").post(
        url("key-role-holder-term", world, role.pk, holder.pk),
        {
            f"t{holder.pk}-starts_on": holder.starts_on.isoformat(),
            f"t{holder.pk}-term_ends_on": (holder.starts_on - timedelta(days=1)).isoformat(),
        },
    )
    assert response.status_code == 400
    assert "The term cannot end before it starts." in response.content.decode()
    holder.refresh_from_db()
    assert holder.term_ends_on == before


def test_the_coordinator_changes_readiness_and_notes_together(
    world: World, client_for, role: KeyRole, successor: Successor
) -> None:
    response = client_for("coordinator").post(
        url("successor-update", world, role.pk, successor.pk),
        {f"s{successor.pk}-readiness": "ready_now", f"s{successor.pk}-notes": "Shadowed all term."},
        follow=True,
    )
    assert "ready now." in response.content.decode()
    successor.refresh_from_db()
    assert (successor.readiness, successor.notes) == ("ready_now", "Shadowed all term.")


@pytest.mark.parametrize(("who", "status"), matrix({"coordinator"}, ok=302))
def test_only_coordinators_retitle_a_document_or_hand_it_on(
    world: World, client_for, document: Document, who, status
) -> None:
    response = client_for(who).post(
        url("document-edit", world, document.pk),
        {
            "edit-title": "Handbook 2027",
            "edit-kind": "handbook",
            "edit-owner": world.members[Role.COORDINATOR].pk,
        },
    )
    assert response.status_code == status
    document.refresh_from_db()
    assert (document.title == "Handbook 2027") == (who == "coordinator")


def test_a_document_cannot_be_handed_to_someone_outside_the_program(
    world: World, client_for, document: Document
) -> None:
    owner = document.owner_id
    response = client_for("coordinator").post(
        url("document-edit", world, document.pk),
        {"edit-title": document.title, "edit-kind": document.kind, "edit-owner": world.outsider.pk},
    )
    assert response.status_code == 400
    assert "Choose a current member of this program." in response.content.decode()
    document.refresh_from_db()
    assert document.owner_id == owner
