"""/api/v1/contacts/: scope per role, narratives only to the supporter and supervisors (audited),
logging and drafting with every bad input named, escalation, the edit window, notes and peer codes."""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework import serializers

from api.supervision.records import ContactSerializer
from program.models import AuditEvent, Membership, Notification, ReferralService, Role
from supervision import services
from supervision.contacts import crypto
from supervision.models import (
    Contact,
    ContactAction,
    ContactAnnotation,
    ContactConcern,
    ContactStatus,
    DebriefDue,
    PeerCode,
)
from tests.api.helpers import api_as, assert_error, contact_body, result_ids
from tests.conftest import World
from tests.factories import ContactFactory, MembershipFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/contacts/"
NARRATIVE = "Felt cut off on a rural placement; we talked through who to reach out to there."
PHONE = "0412 345 678"


def detail(pk: int, tail: str = "") -> str:
    return f"{URL}{pk}/{tail}"


def clients(world: World, api_for, who: str):
    """A client for a role name, 'supervisor2' (the backup) or 'lonely' (the unsupervised supporter)."""
    if who == "supervisor2":
        return api_as(world.supervisor2.user)
    if who == "lonely":
        return api_as(world.unsupervised.user)
    return api_for(who)


@pytest.fixture
def contacts(world: World) -> dict[str, Contact]:
    """A submitted contact with a narrative and a draft for the supervised supporter, the same for the
    unsupervised one, and a submitted contact in the other program."""
    supporter = world.members[Role.SUPPORTER]
    elsewhere = MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
    return {
        "own": ContactFactory(supporter=supporter, narrative_encrypted=crypto.encrypt(NARRATIVE)),
        "own_draft": ContactFactory(
            supporter=supporter, status=ContactStatus.DRAFT, submitted_at=None, risk_level=""
        ),
        "lonely": ContactFactory(supporter=world.unsupervised),
        "lonely_draft": ContactFactory(
            supporter=world.unsupervised, status=ContactStatus.DRAFT, submitted_at=None
        ),
        "elsewhere": ContactFactory(supporter=elsewhere),
    }


def body(world: World, **overrides) -> dict:
    return contact_body(world.program.pk, **{"narrative": NARRATIVE, **overrides})


def contact_rows() -> dict[str, int]:
    """Rows of everything logging a contact writes, to show a refusal saved nothing."""
    return {
        model.__name__: model.objects.count()
        for model in (Contact, ContactConcern, ContactAction, DebriefDue, Notification, AuditEvent)
    }


def narrative_reads(contact: Contact) -> list[tuple[str, str]]:
    return list(
        AuditEvent.objects.filter(
            action="view", object_type="supervision.contact", object_id=str(contact.pk)
        ).values_list("actor__username", "summary")
    )


# --- Listing ----------------------------------------------------------------------------------------


VISIBLE = {
    "supporter": ["own", "own_draft"],
    "supervisor": ["own"],
    "supervisor2": ["own"],
    "lonely": ["lonely", "lonely_draft"],
    "coordinator": ["own", "lonely"],
    "sponsor": [],
    "applicant": [],
    "reviewer": [],
    "outsider": ["elsewhere"],  # they coordinate the other program: its contacts only
    "stranger": [],
}


@pytest.mark.parametrize(("who", "expected"), VISIBLE.items())
def test_each_role_lists_exactly_the_contacts_in_its_scope(world: World, api_for, contacts, who, expected):
    assert result_ids(clients(world, api_for, who).get(URL)) == sorted(contacts[name].pk for name in expected)


def test_anonymous_cannot_list_contacts(api_for, contacts) -> None:
    assert_error(api_for("anonymous").get(URL), 401, "not_authenticated")


@pytest.mark.parametrize("who", ["supporter", "supervisor", "coordinator"])
def test_the_list_never_carries_narratives_or_notes(world: World, api_for, contacts, who) -> None:
    ContactAnnotation.objects.create(
        contact=contacts["own"],
        author=world.members[Role.SUPERVISOR],
        text_encrypted=crypto.encrypt("Well done."),
    )

    response = clients(world, api_for, who).get(URL)

    rows = response.json()["results"]
    assert rows and all("narrative" not in row and "annotations" not in row for row in rows)
    assert "rural placement" not in response.content.decode()
    assert next(row for row in rows if row["id"] == contacts["own"].pk)["has_narrative"] is True


def test_the_list_reads_no_ciphertext_yet_tells_which_contacts_have_a_narrative(
    world: World, api_for, contacts
) -> None:
    client = api_for("supporter")
    with CaptureQueriesContext(connection) as captured:
        rows = {row["id"]: row["has_narrative"] for row in client.get(URL).json()["results"]}
    assert rows == {contacts["own"].pk: True, contacts["own_draft"].pk: False}
    # The column may be compared in SQL (whether it is empty) but never selected into Python.
    selected = re.compile(r'"narrative_encrypted"(,| FROM)')
    assert not [q["sql"] for q in captured.captured_queries if selected.search(q["sql"])]


@pytest.mark.parametrize("own", [True, False])
def test_a_contact_row_is_what_drf_field_by_field_would_write(world: World, contacts, own: bool) -> None:
    """ContactSerializer writes its rows out by hand for speed: the same as DRF's generic walk over the
    declared fields, with the peer code and distress withheld outside the caller's wellbeing scope."""
    supporter = world.members[Role.SUPPORTER]
    lifeline = ReferralService.objects.get(program=world.program, name="Lifeline")
    contact = ContactFactory(
        supporter=supporter,
        concerns=["isolation", "academic"],
        actions=["listened"],
        supporter_distress=3,
        peer_code=PeerCode.objects.create(program=world.program, supporter=supporter),
        narrative_erased_at=timezone.now(),
    )
    contact.actions.create(action="referred", referral_service=lifeline)
    DebriefDue.objects.create(contact=contact, supporter=supporter, due_at=timezone.now())
    private_to = {supporter.pk} if own else set()
    serializer = ContactSerializer(Contact.objects.get(pk=contact.pk), context={"private_to": private_to})
    generic = serializers.ModelSerializer.to_representation(serializer, serializer.instance)
    if not own:
        generic["peer_code"] = generic["supporter_distress"] = None
    assert serializer.data == generic
    assert generic["referral_service"] == lifeline.pk and generic["debrief_due_at"]
    assert (generic["peer_code"] is not None) is own


def test_a_coordinator_filtering_for_drafts_still_gets_none(world: World, api_for, contacts) -> None:
    assert result_ids(api_for("coordinator").get(URL, {"status": "draft"})) == []


def test_a_supervisor_filtering_for_an_unsupervised_supporter_gets_nothing(world: World, api_for, contacts):
    assert result_ids(api_for("supervisor").get(URL, {"supporter": world.unsupervised.pk})) == []


# --- Reading one --------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["supporter", "supervisor", "supervisor2"])
def test_the_supporter_and_their_supervisors_read_the_narrative_and_each_read_is_audited(
    world: World, api_for, contacts, who
) -> None:
    response = clients(world, api_for, who).get(detail(contacts["own"].pk))

    assert response.status_code == 200, response.content
    assert response.json()["narrative"] == NARRATIVE
    assert narrative_reads(contacts["own"]) == [(who, "narrative read")]


def test_a_second_read_is_audited_again(world: World, api_for, contacts) -> None:
    client = api_for("supervisor")
    client.get(detail(contacts["own"].pk))
    client.get(detail(contacts["own"].pk))
    assert len(narrative_reads(contacts["own"])) == 2


def test_a_coordinator_reads_the_structured_fields_but_never_the_narrative(world: World, api_for, contacts):
    response = api_for("coordinator").get(detail(contacts["own"].pk))

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["narrative"] is None
    assert data["annotations"] == []
    assert (data["risk_level"], data["duration_minutes"], data["has_narrative"]) == ("low", 30, True)
    assert "rural placement" not in response.content.decode()
    assert not AuditEvent.objects.filter(action="view").exists()


def test_a_coordinator_reads_a_noted_contact_without_the_notes(world: World, api_for, contacts) -> None:
    services.annotate_contact(
        contacts["own"], by=world.user(Role.SUPERVISOR), text="Good use of the pathway."
    )

    response = api_for("coordinator").get(detail(contacts["own"].pk))

    assert response.status_code == 200, response.content
    assert (response.json()["narrative"], response.json()["annotations"]) == (None, [])
    assert "pathway" not in response.content.decode()
    assert not AuditEvent.objects.filter(action="view", actor=world.user(Role.COORDINATOR)).exists()


@pytest.mark.parametrize("who", ["supporter", "supervisor"])
def test_the_supporter_and_supervisor_read_notes_decrypted_and_the_read_is_audited(
    world: World, api_for, contacts, who
) -> None:
    services.annotate_contact(
        contacts["own"], by=world.user(Role.SUPERVISOR), text="Good use of the pathway."
    )

    response = api_for(who).get(detail(contacts["own"].pk))

    assert response.status_code == 200, response.content
    assert [note["text"] for note in response.json()["annotations"]] == ["Good use of the pathway."]
    assert sorted(narrative_reads(contacts["own"])) == [(who, "annotations read"), (who, "narrative read")]


def test_a_contact_without_a_narrative_reads_as_empty_and_is_not_audited(world: World, api_for, contacts):
    plain = ContactFactory(supporter=world.members[Role.SUPPORTER])

    response = api_for("supervisor").get(detail(plain.pk))

    assert response.json()["narrative"] == ""
    assert narrative_reads(plain) == []


@pytest.mark.parametrize(
    ("who", "target"),
    [
        ("supporter", "lonely"),
        ("supporter", "elsewhere"),
        ("lonely", "own"),
        ("supervisor", "own_draft"),
        ("supervisor", "lonely"),
        ("supervisor2", "own_draft"),
        ("coordinator", "own_draft"),
        ("coordinator", "lonely_draft"),
        ("coordinator", "elsewhere"),
        ("sponsor", "own"),
        ("applicant", "own"),
        ("reviewer", "own"),
        ("outsider", "own"),
        ("stranger", "own"),
    ],
)
def test_a_contact_out_of_scope_is_404_and_its_narrative_is_not_read(
    world: World, api_for, contacts, who, target
) -> None:
    response = clients(world, api_for, who).get(detail(contacts[target].pk))

    assert_error(response, 404, "not_found")
    assert not AuditEvent.objects.filter(action="view").exists()


def test_anonymous_cannot_read_a_contact(api_for, contacts) -> None:
    assert_error(api_for("anonymous").get(detail(contacts["own"].pk)), 401, "not_authenticated")


# --- Logging --------------------------------------------------------------------------------------------


def test_a_supporter_logs_a_complete_contact(world: World, api_for) -> None:
    response = api_for("supporter").post(URL, body(world), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    contact = Contact.objects.get(pk=data["id"])
    assert (contact.supporter, contact.program, contact.status) == (
        world.members[Role.SUPPORTER],
        world.program,
        ContactStatus.SUBMITTED,
    )
    assert data["status"] == "submitted" and data["submitted_at"] is not None
    assert data["concerns"] == ["isolation", "placement"]
    assert data["actions"] == ["listened", "shared_resources"]
    assert data["has_narrative"] is True and "narrative" not in data
    assert "rural placement" not in contact.narrative_encrypted
    assert crypto.decrypt(contact.narrative_encrypted) == NARRATIVE
    assert AuditEvent.objects.filter(
        action="create", object_type="supervision.contact", object_id=str(contact.pk)
    ).exists()


def test_a_referral_to_a_directory_service_is_recorded(world: World, api_for) -> None:
    lifeline = ReferralService.objects.get(program=world.program, name="Lifeline")

    response = api_for("supporter").post(
        URL, body(world, actions=["referred"], referral_service=lifeline.pk), format="json"
    )

    assert response.status_code == 201, response.content
    assert response.json()["referral_service"] == lifeline.pk
    assert ContactAction.objects.get(contact_id=response.json()["id"]).referral_service == lifeline


def test_a_half_finished_contact_is_kept_as_a_draft(world: World, api_for) -> None:
    response = api_for("supporter").post(
        URL, {"program": world.program.pk, "status": "draft", "channel": "message"}, format="json"
    )

    assert response.status_code == 201, response.content
    contact = Contact.objects.get(pk=response.json()["id"])
    assert (contact.status, contact.channel, contact.duration_minutes, contact.submitted_at) == (
        ContactStatus.DRAFT,
        "message",
        None,
        None,
    )
    assert not DebriefDue.objects.exists()


def test_a_draft_that_says_referred_before_naming_the_service_is_not_a_server_error(world: World, api_for):
    response = api_for("supporter").post(
        URL, {"program": world.program.pk, "status": "draft", "actions": ["referred"]}, format="json"
    )

    # Either kept as an unfinished draft, or refused naming the missing service; never a crash.
    if response.status_code == 201:
        assert Contact.objects.get(pk=response.json()["id"]).status == ContactStatus.DRAFT
    else:
        assert_error(response, 400, "invalid", field="referral_service")


def test_a_submitted_contact_missing_fields_names_each_of_them(world: World, api_for) -> None:
    before = contact_rows()

    response = api_for("supporter").post(
        URL, {"program": world.program.pk, "channel": "phone"}, format="json"
    )

    error = assert_error(response, 400, "invalid")
    assert {"contact_date", "duration_minutes", "risk_level", "concerns", "actions"} <= set(error["fields"])
    assert contact_rows() == before


BAD_ALWAYS = [
    ({"contact_date": str(timezone.localdate() + timedelta(days=2))}, "contact_date", "future"),
    ({"duration_minutes": -5}, "duration_minutes", "from 1 to 600"),
    ({"duration_minutes": 5000}, "duration_minutes", "from 1 to 600"),
    ({"concerns": ["astrology"]}, "concerns", "astrology"),
    ({"risk_level": "catastrophic"}, "risk_level", "catastrophic"),
    ({"referral_service": 999_999, "actions": ["referred"]}, "referral_service", "directory"),
    ({"supporter_distress": 11}, "supporter_distress", "0 to 10"),
    ({"peer_name": "someone"}, "peer_name", "Unknown"),
    ({"supporter": 1}, "supporter", "Unknown"),
]
# Completeness rules: a draft may still lack these, a submitted contact may not.
BAD_ON_SUBMISSION = [
    ({"risk_level": "high", "actions": ["listened"]}, "actions", "beyond listening"),
    ({"actions": ["listened", "referred"]}, "referral_service", "service you referred to"),
    ({"concerns": []}, "concerns", "at least one"),
]


@pytest.mark.parametrize(
    ("status", "overrides", "field", "words"),
    [
        *[("submitted", *case) for case in BAD_ALWAYS + BAD_ON_SUBMISSION],
        *[("draft", *case) for case in BAD_ALWAYS],
    ],
)
def test_bad_input_is_refused_by_field_and_nothing_is_saved(
    world: World, api_for, status, overrides, field, words
) -> None:
    before = contact_rows()

    response = api_for("supporter").post(URL, body(world, status=status, **overrides), format="json")

    error = assert_error(response, 400, "invalid", field=field)
    assert words in " ".join(error["fields"][field]), error
    assert contact_rows() == before


def test_a_draft_with_a_high_risk_and_only_listening_is_kept_until_submission(world: World, api_for) -> None:
    response = api_for("supporter").post(
        URL, body(world, status="draft", risk_level="high", actions=["listened"]), format="json"
    )

    assert response.status_code == 201, response.content
    assert Contact.objects.get(pk=response.json()["id"]).status == ContactStatus.DRAFT
    assert not DebriefDue.objects.exists()


@pytest.mark.parametrize(
    ("secret", "kind"),
    [
        (PHONE, "phone number"),
        ("jess.lee@student.example.edu", "email address"),
    ],
)
@pytest.mark.parametrize("status", ["submitted", "draft"])
def test_an_identifying_narrative_is_refused_by_kind_and_nothing_of_it_is_kept(
    world: World, api_for, caplog: pytest.LogCaptureFixture, secret, kind, status
) -> None:
    caplog.set_level(logging.DEBUG)
    before = contact_rows()
    narrative = f"Worried about her; reach her on {secret} tonight."

    response = api_for("supporter").post(URL, body(world, status=status, narrative=narrative), format="json")

    error = assert_error(response, 400, "invalid", field="narrative")
    assert kind in error["fields"]["narrative"][0]
    assert secret not in response.content.decode()
    assert "reach her" not in response.content.decode()
    assert contact_rows() == before
    assert not Contact.objects.exclude(narrative_encrypted="").exists()
    assert secret not in caplog.text


def test_a_supporter_cannot_log_for_a_program_where_they_are_not_a_supporter(world: World, api_for) -> None:
    before = contact_rows()

    response = api_for("supporter").post(URL, body(world, program=world.other_program.pk), format="json")

    assert_error(response, 404, "not_found")
    assert contact_rows() == before


@pytest.mark.parametrize(
    "who", ["coordinator", "supervisor", "sponsor", "applicant", "reviewer", "outsider", "stranger"]
)
def test_only_supporters_log_contacts(world: World, api_for, who) -> None:
    before = contact_rows()

    response = api_for(who).post(URL, body(world), format="json")

    assert_error(response, 404, "not_found")
    assert contact_rows() == before


def test_anonymous_cannot_log_a_contact(world: World, api_for) -> None:
    before = contact_rows()
    assert_error(api_for("anonymous").post(URL, body(world), format="json"), 401, "not_authenticated")
    assert contact_rows() == before


def test_a_paused_supporter_is_refused_kindly_and_nothing_is_saved(world: World, api_for) -> None:
    Membership.objects.filter(pk=world.members[Role.SUPPORTER].pk).update(status="paused")
    before = contact_rows()

    response = api_for("supporter").post(URL, body(world), format="json")

    error = assert_error(response, 400, "invalid")
    assert "take the time you need" in error["message"]
    assert contact_rows() == before


# --- Escalation -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("risk", "actions"),
    [("high", ["case_advice"]), ("imminent", ["escalated_on_call", "emergency_services"])],
)
def test_a_high_risk_contact_opens_a_debrief_and_tells_both_supervisors_without_details(
    world: World, api_for, risk, actions
) -> None:
    response = api_for("supporter").post(URL, body(world, risk_level=risk, actions=actions), format="json")

    assert response.status_code == 201, response.content
    contact = Contact.objects.get(pk=response.json()["id"])
    debrief = DebriefDue.objects.get(contact=contact)
    assert debrief.supporter == world.members[Role.SUPPORTER]
    assert abs(debrief.due_at - (contact.submitted_at + timedelta(hours=24))) < timedelta(seconds=5)
    assert response.json()["debrief_due_at"] is not None
    notes = Notification.objects.filter(kind="high_risk_contact")
    assert sorted(notes.values_list("recipient__username", flat=True)) == ["supervisor", "supervisor2"]
    supporter = world.user(Role.SUPPORTER)
    for note in notes:
        words = f"{note.title} {note.body}"
        for leak in ("rural", "placement", "reach out", supporter.first_name, supporter.last_name):
            assert leak not in words, (leak, words)


def test_a_moderate_risk_contact_opens_no_debrief_and_notifies_nobody(world: World, api_for) -> None:
    response = api_for("supporter").post(URL, body(world), format="json")

    assert response.status_code == 201
    assert response.json()["debrief_due_at"] is None
    assert not DebriefDue.objects.exists()
    assert not Notification.objects.filter(kind="high_risk_contact").exists()


# --- Changing -------------------------------------------------------------------------------------------


def test_the_supporter_corrects_their_contact_within_seven_days(world: World, api_for, contacts) -> None:
    Contact.objects.filter(pk=contacts["own"].pk).update(submitted_at=timezone.now() - timedelta(days=6))

    response = api_for("supporter").patch(detail(contacts["own"].pk), {"duration_minutes": 55}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["duration_minutes"] == 55
    assert Contact.objects.get(pk=contacts["own"].pk).duration_minutes == 55
    assert AuditEvent.objects.filter(
        action="update", object_id=str(contacts["own"].pk), summary="changed duration_minutes"
    ).exists()


def test_raising_the_risk_on_correction_escalates(world: World, api_for, contacts) -> None:
    response = api_for("supporter").patch(
        detail(contacts["own"].pk), {"risk_level": "high", "actions": ["case_advice"]}, format="json"
    )

    assert response.status_code == 200, response.content
    assert DebriefDue.objects.filter(contact=contacts["own"]).exists()
    assert Notification.objects.filter(kind="high_risk_contact").count() == 2


def test_a_contact_older_than_seven_days_is_locked(world: World, api_for, contacts) -> None:
    Contact.objects.filter(pk=contacts["own"].pk).update(
        submitted_at=timezone.now() - timedelta(days=7, minutes=1)
    )
    before = model_to_dict(Contact.objects.get(pk=contacts["own"].pk))

    response = api_for("supporter").patch(detail(contacts["own"].pk), {"duration_minutes": 55}, format="json")

    error = assert_error(response, 400, "invalid")
    assert "locked" in error["message"]
    assert model_to_dict(Contact.objects.get(pk=contacts["own"].pk)) == before


def test_a_bad_correction_is_named_and_changes_nothing(world: World, api_for, contacts) -> None:
    before = model_to_dict(Contact.objects.get(pk=contacts["own"].pk))

    response = api_for("supporter").patch(
        detail(contacts["own"].pk), {"duration_minutes": 5000, "channel": "video"}, format="json"
    )

    assert_error(response, 400, "invalid", field="duration_minutes")
    assert model_to_dict(Contact.objects.get(pk=contacts["own"].pk)) == before


def test_an_identifying_correction_is_refused_and_the_old_narrative_is_kept(world: World, api_for, contacts):
    before = model_to_dict(Contact.objects.get(pk=contacts["own"].pk))

    response = api_for("supporter").patch(
        detail(contacts["own"].pk), {"narrative": f"Her number is {PHONE}."}, format="json"
    )

    error = assert_error(response, 400, "invalid", field="narrative")
    assert "phone number" in error["message"] and PHONE not in response.content.decode()
    assert model_to_dict(Contact.objects.get(pk=contacts["own"].pk)) == before
    assert crypto.decrypt(Contact.objects.get(pk=contacts["own"].pk).narrative_encrypted) == NARRATIVE


@pytest.mark.parametrize("field", ["program", "status", "supporter"])
def test_who_where_and_status_cannot_be_patched(world: World, api_for, contacts, field) -> None:
    before = model_to_dict(Contact.objects.get(pk=contacts["own"].pk))

    response = api_for("supporter").patch(detail(contacts["own"].pk), {field: "draft"}, format="json")

    assert_error(response, 400, "invalid", field=field)
    assert model_to_dict(Contact.objects.get(pk=contacts["own"].pk)) == before


@pytest.mark.parametrize(
    ("who", "target", "status"),
    [
        ("supervisor", "own", 403),
        ("supervisor2", "own", 403),
        ("coordinator", "own", 403),
        ("lonely", "own", 404),
        ("supporter", "lonely", 404),
        ("supervisor", "own_draft", 404),
        ("sponsor", "own", 404),
        ("outsider", "own", 404),
        ("stranger", "own", 404),
    ],
)
def test_only_the_owner_changes_a_contact_403_if_visible_404_if_not(
    world: World, api_for, contacts, who, target, status
) -> None:
    before = model_to_dict(Contact.objects.get(pk=contacts[target].pk))

    response = clients(world, api_for, who).patch(
        detail(contacts[target].pk), {"duration_minutes": 9}, format="json"
    )

    assert_error(response, status, "permission_denied" if status == 403 else "not_found")
    assert model_to_dict(Contact.objects.get(pk=contacts[target].pk)) == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_contacts_cannot_be_replaced_or_deleted(world: World, api_for, contacts, method) -> None:
    response = getattr(api_for("supporter"), method)(detail(contacts["own"].pk), body(world), format="json")

    assert_error(response, 405, "method_not_allowed")
    assert Contact.objects.filter(pk=contacts["own"].pk, duration_minutes=30).exists()


def test_a_draft_is_filled_in_by_patch_and_stays_a_draft(world: World, api_for, contacts) -> None:
    response = api_for("supporter").patch(
        detail(contacts["own_draft"].pk), {"channel": "video"}, format="json"
    )

    assert response.status_code == 200, response.content
    draft = Contact.objects.get(pk=contacts["own_draft"].pk)
    assert (draft.status, draft.channel) == (ContactStatus.DRAFT, "video")


# --- Submitting a draft ---------------------------------------------------------------------------------


def test_submitting_a_draft_makes_it_a_submitted_contact(world: World, api_for, contacts) -> None:
    draft = contacts["own_draft"]

    response = api_for("supporter").post(detail(draft.pk, "submit/"), {"risk_level": "low"}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "submitted"
    draft.refresh_from_db()
    assert draft.status == ContactStatus.SUBMITTED and draft.submitted_at is not None
    assert draft.pk in result_ids(api_for("supervisor").get(URL))


def test_submitting_an_incomplete_draft_names_what_is_missing_and_keeps_it_a_draft(
    world: World, api_for, contacts
) -> None:
    draft = contacts["own_draft"]

    response = api_for("supporter").post(detail(draft.pk, "submit/"), {}, format="json")

    assert_error(response, 400, "invalid", field="risk_level")
    draft.refresh_from_db()
    assert draft.status == ContactStatus.DRAFT and draft.submitted_at is None


def test_a_submitted_contact_cannot_be_submitted_again(world: World, api_for, contacts) -> None:
    assert_error(api_for("supporter").post(detail(contacts["own"].pk, "submit/"), {}, format="json"), 400)


@pytest.mark.parametrize(
    ("who", "target"), [("lonely", "own_draft"), ("supervisor", "own_draft"), ("coordinator", "own")]
)
def test_nobody_else_submits_a_supporters_contact(world: World, api_for, contacts, who, target) -> None:
    before = model_to_dict(Contact.objects.get(pk=contacts[target].pk))

    response = clients(world, api_for, who).post(detail(contacts[target].pk, "submit/"), {}, format="json")

    assert_error(response, 404, "not_found")
    assert model_to_dict(Contact.objects.get(pk=contacts[target].pk)) == before


# --- Supervisors' notes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["supervisor", "supervisor2"])
def test_a_supervisor_adds_an_encrypted_note(world: World, api_for, contacts, who) -> None:
    text = "Good use of the referral pathway; rest this weekend."

    response = clients(world, api_for, who).post(detail(contacts["own"].pk, "annotations/"), {"text": text})

    assert response.status_code == 201, response.content
    assert response.json()["text"] == text
    note = ContactAnnotation.objects.get(contact=contacts["own"])
    assert note.author.user.username == who
    assert "referral pathway" not in note.text_encrypted
    assert crypto.decrypt(note.text_encrypted) == text


@pytest.mark.parametrize("who", ["supporter", "coordinator"])
def test_only_supervisors_add_notes(world: World, api_for, contacts, who) -> None:
    response = api_for(who).post(detail(contacts["own"].pk, "annotations/"), {"text": "Looks fine."})

    assert_error(response, 403, "permission_denied")
    assert not ContactAnnotation.objects.exists()


@pytest.mark.parametrize(
    ("who", "target"), [("supervisor", "lonely"), ("sponsor", "own"), ("outsider", "own")]
)
def test_notes_on_contacts_out_of_scope_are_404(world: World, api_for, contacts, who, target) -> None:
    response = api_for(who).post(detail(contacts[target].pk, "annotations/"), {"text": "Looks fine."})

    assert_error(response, 404, "not_found")
    assert not ContactAnnotation.objects.exists()


def test_an_identifying_note_is_refused_naming_text_and_is_not_kept(world: World, api_for, contacts) -> None:
    response = api_for("supervisor").post(
        detail(contacts["own"].pk, "annotations/"), {"text": f"Call {PHONE} back"}
    )

    error = assert_error(response, 400, "invalid", field="text")
    assert "phone number" in error["fields"]["text"][0]
    assert PHONE not in response.content.decode()
    assert not ContactAnnotation.objects.exists()


# --- Peer codes -----------------------------------------------------------------------------------------


def test_a_supporter_is_issued_a_six_character_peer_code(world: World, api_for) -> None:
    response = api_for("supporter").post(f"{URL}peer-codes/", {"program": world.program.pk}, format="json")

    assert response.status_code == 201, response.content
    code = response.json()["code"]
    assert list(response.json()) == ["code"]
    assert re.fullmatch(r"[A-Z0-9]{6}", code), code
    assert PeerCode.objects.get(code=code).supporter == world.members[Role.SUPPORTER]


def test_a_peer_code_links_a_contact_and_another_supporters_code_is_refused(world: World, api_for) -> None:
    mine = api_for("supporter").post(f"{URL}peer-codes/", {"program": world.program.pk}).json()["code"]
    theirs = services.issue_peer_code(world.unsupervised, by=world.unsupervised.user).code

    linked = api_for("supporter").post(URL, body(world, peer_code=mine.lower()), format="json")
    refused = api_for("supporter").post(URL, body(world, peer_code=theirs), format="json")

    assert linked.status_code == 201 and linked.json()["peer_code"] == mine
    assert_error(refused, 400, "invalid", field="peer_code")


@pytest.mark.parametrize("who", ["coordinator", "supervisor", "sponsor", "stranger"])
def test_only_supporters_get_peer_codes(world: World, api_for, who) -> None:
    response = api_for(who).post(f"{URL}peer-codes/", {"program": world.program.pk}, format="json")

    assert_error(response, 404, "not_found")
    assert not PeerCode.objects.exists()


def test_the_list_filters_only_when_asked_and_refuses_a_bad_filter(world: World, contacts, api_for) -> None:
    """With no filter in the query the list skips django-filter (issue 15); asked, it filters as before."""
    client = api_for("supporter")
    own = {contacts["own"].pk, contacts["own_draft"].pk}

    assert set(result_ids(client.get(URL))) == own
    assert set(result_ids(client.get(f"{URL}?unrelated=1"))) == own
    assert result_ids(client.get(f"{URL}?status=draft")) == [contacts["own_draft"].pk]
    assert result_ids(client.get(f"{URL}?program={world.other_program.pk}")) == []
    assert_error(client.get(f"{URL}?risk_level=nonsense"), 400, field="risk_level")
