"""Role × outcome matrices for the supervision pages, and what each shows and hides."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from program.models import AuditEvent, Role
from supervision.contacts import crypto
from supervision.models import CheckIn, Contact, DebriefDue
from tests.conftest import World
from tests.factories import CheckInFactory, ContactFactory, SupervisionSessionFactory

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
]
NOTE = "Talked about placement stress and sleep."


@pytest.fixture
def contact(world: World) -> Contact:
    return ContactFactory(
        supporter=world.members[Role.SUPPORTER],
        narrative_encrypted=crypto.encrypt(NOTE),
        risk_level="moderate",
    )


def matrix(allowed: list[str]) -> list[tuple[str, int]]:
    return [(role, 200 if role in allowed else 404) for role in EVERYONE]


@pytest.mark.parametrize(("role", "status"), matrix(["supporter"]))
def test_only_supporters_log_contacts(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(reverse("contact-new", args=[world.program.pk])).status_code == status


@pytest.mark.parametrize(("role", "status"), matrix(["supporter"]))
def test_only_supporters_check_in(world: World, client_for, role: str, status: int) -> None:
    assert client_for(role).get(reverse("checkin", args=[world.program.pk])).status_code == status


@pytest.mark.parametrize(
    ("role", "status"), matrix(["coordinator", "supervisor", "supporter", "applicant", "reviewer", "sponsor"])
)
def test_contact_list_opens_for_members_but_shows_only_scope(
    world: World, client_for, contact, role, status
) -> None:
    response = client_for(role).get(reverse("contacts", args=[world.program.pk]))
    assert response.status_code == status
    if status == 200:
        shown = reverse("contact-detail", args=[world.program.pk, contact.pk]) in response.content.decode()
        assert shown == (role in ("coordinator", "supervisor", "supporter"))


@pytest.mark.parametrize(
    ("role", "status", "sees_note"),
    [
        ("supporter", 200, True),
        ("supervisor", 200, True),
        ("coordinator", 200, False),
        ("sponsor", 404, False),
        ("applicant", 404, False),
        ("reviewer", 404, False),
        ("outsider", 404, False),
    ],
)
def test_contact_detail_shows_the_note_only_to_supporter_and_supervisors(
    world: World, client_for, contact, role, status, sees_note
) -> None:
    response = client_for(role).get(reverse("contact-detail", args=[world.program.pk, contact.pk]))
    assert response.status_code == status
    if status == 200:
        assert (NOTE in response.content.decode()) == sees_note
        audited = AuditEvent.objects.filter(
            action="view", object_id=str(contact.pk), actor=world.user(role)
        ).exists()
        assert audited == sees_note


def test_another_supporter_cannot_open_or_edit_a_contact(world: World, contact) -> None:
    other = Client()
    other.force_login(world.unsupervised.user)
    assert other.get(reverse("contact-detail", args=[world.program.pk, contact.pk])).status_code == 404
    assert other.get(reverse("contact-edit", args=[world.program.pk, contact.pk])).status_code == 404


def test_logging_a_contact_from_the_page(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {
            "contact_date": timezone.localdate().isoformat(),
            "time_band": "night",
            "duration_minutes": "25",
            "channel": "message",
            "initiated_by": "peer",
            "concerns": ["mental_health"],
            "risk_level": "low",
            "actions": ["listened"],
            "supporter_distress": "3",
            "narrative": "",
            "submit": "1",
        },
    )
    contact = Contact.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contact-detail", args=[world.program.pk, contact.pk])
    assert contact.status == "submitted" and contact.time_band == "night"


def test_an_identifying_note_is_refused_on_the_page_with_the_kind_named(world: World, client_for) -> None:
    response = client_for("supporter").post(
        reverse("contact-new", args=[world.program.pk]),
        {
            "contact_date": timezone.localdate().isoformat(),
            "time_band": "day",
            "duration_minutes": "25",
            "channel": "phone",
            "initiated_by": "peer",
            "concerns": ["academic"],
            "risk_level": "low",
            "actions": ["listened"],
            "supporter_distress": "2",
            "narrative": "Email her at jo.b@uni.example.edu",
            "submit": "1",
        },
    )
    assert response.status_code == 200
    assert "email address" in response.content.decode()
    assert not Contact.objects.exists()


def test_autosave_keeps_a_draft_and_reports_a_refused_note(world: World, client_for) -> None:
    client = client_for("supporter")
    url = reverse("contact-autosave", args=[world.program.pk])
    first = client.post(url, {"channel": "phone", "duration_minutes": "10"}).json()
    assert first["saved"] is True and first["errors"] == {}
    second = client.post(url, {"contact_id": first["contact_id"], "narrative": "call 0412 345 678"}).json()
    assert second["contact_id"] == first["contact_id"] and "narrative" in second["errors"]
    draft = Contact.objects.get()
    assert draft.status == "draft" and draft.channel == "phone" and draft.narrative_encrypted == ""


def test_autosave_clears_a_box_the_supporter_unticks(world: World, client_for) -> None:
    client = client_for("supporter")
    url = reverse("contact-autosave", args=[world.program.pk])
    ticked = client.post(
        url, {"channel": "phone", "concerns": ["academic", "isolation"], "follow_up_planned": "on"}
    ).json()
    # The page posts its whole form: the unticked boxes are simply absent.
    client.post(url, {"contact_id": ticked["contact_id"], "channel": "phone", "concerns": ["academic"]})
    draft = Contact.objects.get()
    assert draft.follow_up_planned is False
    assert list(draft.concerns.values_list("category", flat=True)) == ["academic"]
    assert draft.channel == "phone"


@pytest.mark.parametrize(("role", "status"), matrix(["supervisor", "supporter"]))
def test_wellbeing_page_for_the_supporter_and_their_supervisors_only(
    world: World, client_for, role, status
) -> None:
    CheckInFactory(supporter=world.members[Role.SUPPORTER])
    url = reverse("supporter-wellbeing", args=[world.program.pk, world.members[Role.SUPPORTER].pk])
    response = client_for(role).get(url)
    assert response.status_code == status
    if status == 200:
        assert "<svg" in response.content.decode()


def test_a_supervisor_reading_check_ins_is_audited(world: World, client_for) -> None:
    supporter = world.members[Role.SUPPORTER]
    CheckInFactory(supporter=supporter)
    client_for("supervisor").get(reverse("supporter-wellbeing", args=[world.program.pk, supporter.pk]))
    assert AuditEvent.objects.filter(
        action="view", summary="check-ins read", actor=world.user("supervisor")
    ).exists()


@pytest.mark.parametrize(("role", "status"), matrix(["supervisor"]))
def test_burden_overview_is_for_supervisors(world: World, client_for, role, status) -> None:
    assert client_for(role).get(reverse("burden", args=[world.program.pk])).status_code == status


@pytest.mark.parametrize(("role", "status"), matrix(["supervisor"]))
def test_supervisor_report_pdf(world: World, client_for, role, status) -> None:
    url = reverse("supporter-report", args=[world.program.pk, world.members[Role.SUPPORTER].pk])
    response = client_for(role).get(url)
    assert response.status_code == status
    if status == 200:
        assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
        assert AuditEvent.objects.filter(action="export", actor=world.user("supervisor")).exists()


@pytest.mark.parametrize(("role", "status"), matrix(["supervisor"]))
def test_recording_a_session_is_for_supervisors(world: World, client_for, role, status) -> None:
    assert client_for(role).get(reverse("session-new", args=[world.program.pk])).status_code == status


def test_session_notes_hidden_from_coordinators(world: World, client_for) -> None:
    session = SupervisionSessionFactory(
        supervisor=world.members[Role.SUPERVISOR],
        supporters=[world.members[Role.SUPPORTER]],
        advice_encrypted=crypto.encrypt("Rest this weekend."),
    )
    url = reverse("session-detail", args=[world.program.pk, session.pk])
    assert "Rest this weekend." in client_for("supporter").get(url).content.decode()
    assert "Rest this weekend." not in client_for("coordinator").get(url).content.decode()
    assert client_for("sponsor").get(url).status_code == 404


def test_supervisor_dashboard_shows_a_debrief_due(world: World, client_for) -> None:
    contact = ContactFactory(
        supporter=world.members[Role.SUPPORTER], risk_level="high", actions=["case_advice"]
    )
    DebriefDue.objects.create(
        contact=contact, supporter=contact.supporter, due_at=timezone.now() + timedelta(hours=20)
    )
    page = client_for("supervisor").get(reverse("dashboard")).content.decode()
    assert "Debriefs due" in page and reverse("contact-detail", args=[world.program.pk, contact.pk]) in page


@pytest.mark.parametrize(("role", "status"), matrix(["coordinator"]))
def test_burden_weights_are_set_by_coordinators(world: World, client_for, role, status) -> None:
    assert client_for(role).get(reverse("burden-weights", args=[world.program.pk])).status_code == status


def test_weights_must_add_up_to_100(world: World, client_for) -> None:
    from supervision.models import BurdenWeights

    url = reverse("burden-weights", args=[world.program.pk])
    data = {
        "contact_hours": 10,
        "contacts": 10,
        "high_risk": 20,
        "after_hours": 10,
        "distress": 10,
        "checkin": 20,
        "supervision_gap": 10,
        "open_debriefs": 5,
        "on_call_hours": 0,
    }
    response = client_for("coordinator").post(url, data)
    assert "must add up to 100; they add up to 95" in response.content.decode()
    assert not BurdenWeights.objects.exists()
    assert client_for("coordinator").post(url, {**data, "open_debriefs": 10}).status_code == 302
    assert BurdenWeights.objects.get(program=world.program).high_risk == 20


def test_a_second_check_in_the_same_week_says_it_replaced_the_first(world: World, client_for) -> None:
    client = client_for("supporter")
    url = reverse("checkin", args=[world.program.pk])
    answers = {"tired": 2, "worn_out": 2, "emotionally_exhausted": 1, "cant_take_it": 1, "distress": 4}

    first = client.post(url, answers, follow=True).content.decode()
    assert "Thanks for checking in." in first and "replaces" not in first
    second = client.post(url, {**answers, "distress": 7}, follow=True).content.decode()
    assert "This replaces the check-in you gave earlier this week." in second
    assert CheckIn.objects.get(supporter=world.members[Role.SUPPORTER]).distress == 7
