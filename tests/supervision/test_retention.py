"""Retention (SPEC 3.4, 3.6): every piece of free text about contacts and wellbeing is erased a program's
retention period after the event it describes, and nothing else is lost."""

from __future__ import annotations

from datetime import timedelta

from django.apps import apps
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from program.models import MembershipStatus, Role
from program.services import update_membership
from supervision.contacts import crypto, retention
from supervision.jobs import narrative_retention_purge
from supervision.models import Contact, ContactAnnotation, Pause, SupervisionSession
from tests.conftest import World
from tests.factories import ContactFactory, MembershipFactory, PauseFactory, SupervisionSessionFactory

# Free-text or encrypted columns the purge leaves alone, each with why it is not sensitive. Anything
# else of that shape in these apps must be erased by the purge (ERASURES) or this list must say why not.
NOT_SENSITIVE = {
    # supervision
    "supervision.PeerCode.code": "a random six-character code, issued so the peer is never named",
    "supervision.PauseRule.name": "a coordinator's name for a rule, e.g. 'Overdue debriefs'",
    "supervision.BlackoutPeriod.name": "a program-wide period, e.g. 'End-of-year exams'",
    "supervision.ShiftTemplate.name": "a roster's shift name, e.g. 'Supervisor night'",
    "supervision.ShiftTemplate.rrule": "a recurrence rule (RFC 5545), no prose",
    "supervision.Shift.name": "copied from the shift template",
    "supervision.ShiftAssignment.ended_reason": "a fixed phrase set by code (swapped, paused, left the role, "
    "taken off by a coordinator), never typed by a person; coordinators see pause status anyway (SPEC 3.2)",
    "supervision.CalendarFeed.token": "a secret for the calendar feed URL, not content",
    "supervision.ProgramCalendarFeed.token": "a secret for the program roster feed's URL, not content",
    # program: nothing here holds wellbeing free text
    "program.Institution.name": "the institution",
    "program.Institution.short_name": "the institution",
    "program.Program.name": "the program",
    "program.Program.timezone": "an IANA zone name",
    "program.Program.student_id_pattern": "a regular expression for the identifier detector",
    "program.Membership.clinical_site": "where a supporter is placed (a structured attribute, used for "
    "rosters and suppressed breakdowns), not a wellbeing fact",
    "program.TrainingModule.name": "directory content",
    "program.TrainingModule.description": "directory content",
    "program.ReferralService.name": "directory content",
    "program.ReferralService.when_to_use": "directory content",
    "program.ReferralService.phone": "a service's public number",
    "program.ReferralService.hours": "directory content",
    "program.ReferralService.website": "directory content",
    "program.Notification.kind": "a catalogue key",
    "program.Notification.title": "fixed catalogue text that names nobody (SPEC 3.7, program.notifications)",
    "program.Notification.body": "fixed catalogue text that names nobody (SPEC 3.7, program.notifications)",
    "program.Notification.link": "a path with record ids, read under the usual checks",
    "program.OutboundMessage.kind": "a catalogue key (the outbox keeps no text)",
    "program.OutboundMessage.link": "a path with record ids, as the inbox row's",
    "program.OutboundMessage.last_error": "what the mail server, push service, SMS webhook or network said "
    "(a status, never the message)",
    "program.AuditEvent.object_type": "append-only audit trail (SPEC 3.3): model label",
    "program.AuditEvent.object_id": "append-only audit trail: a primary key",
    "program.AuditEvent.summary": "append-only audit trail: short fixed phrases written by code",
    "program.JobRun.job": "the scheduler's own bookkeeping",
    "program.JobRun.error": "the scheduler's own bookkeeping (an exception message)",
    "program.JobRun.host": "the scheduler's own bookkeeping",
    "program.JobRun.taken_over_from": "the scheduler's own bookkeeping (which host held a run)",
    "program.PushSubscription.endpoint": "a push service's URL for one browser, set and removed by its owner",
    "program.PushSubscription.p256dh": "the browser's public key, which payloads are encrypted to",
    "program.PushSubscription.auth": "the browser's authentication secret for that encryption, no content",
    # Sign-in secrets (issue 16): kept while the factor or token is in use, removed by its owner or an
    # admin; none holds anything about a contact or a supporter's wellbeing.
    "program.TOTPDevice.secret_encrypted": "the authenticator app's key, encrypted; gone on a reset",
    "program.RecoveryCode.code_hash": "a one-way hash of a single-use recovery code",
    "program.PersonalAccessToken.token_hash": "a one-way hash of an API token",
    "program.PersonalAccessToken.prefix": "the token's first characters, so its owner can recognise it",
    "program.PersonalAccessToken.name": "a label its owner gave the token, shown only to them and admins",
    "program.ExternalIdentity.provider": "which identity provider a sign-in link is for (its issuer)",
    "program.ExternalIdentity.subject": "the IdP's opaque, stable id for the person, kept while linked",
    "program.SamlResponseReceived.idp": "the IdP's entity id; the row goes when the assertion expires",
    "program.SamlResponseReceived.response_id": "a SAML response's random id, kept until it expires",
    "program.SamlResponseReceived.assertion_id": "a SAML assertion's random id, kept until it expires",
    "program.Passkey.credential_id": "the passkey's public identifier (the key itself stays on the device)",
    "program.Passkey.name": "a label its owner gave the passkey, shown only to them and admins",
    # Signed-in sessions: removed at sign-out, when ended, and with the person's last membership.
    "program.SignInSession.session_key": "the key of a signed-in session, to end it",
    "program.SignInSession.device": "the browser and system in two words (Chrome on Linux); no version",
    "program.StaffPhone.phone": (
        "a staff member's own number for being reached on call, set and removed by them"
    ),
}


def free_text_columns() -> set[str]:
    """Every text column of the apps that hold supervision and wellbeing data: TextFields, CharFields
    without fixed choices (free text), and anything stored encrypted."""
    found = set()
    for app in ("supervision", "program"):
        for model in apps.get_app_config(app).get_models():
            for field in model._meta.get_fields():
                if not isinstance(field, models.Field):
                    continue
                textual = isinstance(field, models.TextField | models.CharField) and not field.choices
                if textual or field.name.endswith("_encrypted"):
                    found.add(f"{model._meta.label}.{field.name}")
    return found


def purged_columns() -> set[str]:
    return {f"{e.model._meta.label}.{name}" for e in retention.ERASURES for name in e.fields}


def test_every_free_text_or_encrypted_column_is_purged_or_allowed_with_a_reason() -> None:
    columns = free_text_columns()
    missed = columns - purged_columns() - set(NOT_SENSITIVE)
    assert missed == set(), (
        f"erase these in supervision.contacts.retention.ERASURES or allow them: {sorted(missed)}"
    )
    # The allow-list names only real columns, so a renamed field cannot hide behind a stale entry.
    assert set(NOT_SENSITIVE) <= columns
    assert purged_columns().isdisjoint(NOT_SENSITIVE)


def _secret(text: str) -> str:
    return crypto.encrypt(text)


def test_text_is_erased_by_the_events_own_date_and_structured_fields_stay(world: World) -> None:
    supporter = world.members[Role.SUPPORTER]
    today = world.program.today()
    long_ago = today - timedelta(days=world.program.retention_days + 5)
    lately = today - timedelta(days=world.program.retention_days - 5)
    # A contact that happened long ago but was only logged now is past retention; the reverse is not.
    old_contact = ContactFactory(
        supporter=supporter, contact_date=long_ago, narrative_encrypted=_secret("Old narrative.")
    )
    new_contact = ContactFactory(
        supporter=supporter, contact_date=lately, narrative_encrypted=_secret("Recent narrative.")
    )
    Contact.objects.filter(pk=new_contact.pk).update(created_at=timezone.now() - timedelta(days=400))
    author = world.members[Role.SUPERVISOR]
    old_note = ContactAnnotation.objects.create(
        contact=old_contact, author=author, text_encrypted=_secret("a")
    )
    new_note = ContactAnnotation.objects.create(
        contact=new_contact, author=author, text_encrypted=_secret("b")
    )
    old_session = SupervisionSessionFactory(
        supervisor=author, held_on=long_ago, advice_encrypted=_secret("c"), follow_ups_encrypted=_secret("d")
    )
    new_session = SupervisionSessionFactory(supervisor=author, held_on=lately, advice_encrypted=_secret("e"))
    ended_long_ago = PauseFactory(
        membership=supporter,
        started_at=timezone.now() - timedelta(days=400),
        ended_at=timezone.now() - timedelta(days=world.program.retention_days + 5),
        end_kind="resumed",
        end_note_encrypted=_secret("Back after a talk."),
    )
    # Started long ago and still open: its reason is still needed for the review.
    still_open = PauseFactory(membership=world.unsupervised, started_at=timezone.now() - timedelta(days=400))

    counts = narrative_retention_purge(timezone.now())

    assert counts == {"contact": 1, "contactannotation": 1, "supervisionsession": 1, "pause": 1}
    old_contact.refresh_from_db()
    assert old_contact.narrative_encrypted == "" and old_contact.narrative_erased_at is not None
    assert old_contact.contact_date == long_ago and old_contact.duration_minutes  # structure stays
    assert Contact.objects.get(pk=new_contact.pk).narrative_encrypted != ""
    assert ContactAnnotation.objects.get(pk=old_note.pk).text_encrypted == ""
    assert ContactAnnotation.objects.get(pk=new_note.pk).text_encrypted != ""
    erased = SupervisionSession.objects.get(pk=old_session.pk)
    assert (erased.advice_encrypted, erased.follow_ups_encrypted) == ("", "")
    assert SupervisionSession.objects.get(pk=new_session.pk).advice_encrypted != ""
    ended = Pause.objects.get(pk=ended_long_ago.pk)
    assert (ended.reason_encrypted, ended.end_note_encrypted) == ("", "")
    assert (ended.trigger, ended.end_kind) == ("manual", "resumed")
    assert Pause.objects.get(pk=still_open.pk).reason_encrypted != ""
    # A second run finds nothing left to erase.
    assert set(narrative_retention_purge(timezone.now()).values()) == {0}


def test_each_program_keeps_text_for_its_own_period(world: World) -> None:
    world.program.retention_days = 30
    world.program.save()
    ten_weeks_ago = world.program.today() - timedelta(days=70)
    short = ContactFactory(
        supporter=world.members[Role.SUPPORTER], contact_date=ten_weeks_ago, narrative_encrypted=_secret("x")
    )
    other_supporter = MembershipFactory(program=world.other_program, role=Role.SUPPORTER)
    default = ContactFactory(
        supporter=other_supporter, contact_date=ten_weeks_ago, narrative_encrypted=_secret("y")
    )
    retention.erase_expired(timezone.now())
    assert Contact.objects.get(pk=short.pk).narrative_encrypted == ""
    assert Contact.objects.get(pk=default.pk).narrative_encrypted != ""


def test_the_purge_is_a_few_updates_per_program_whatever_the_number_of_rows(world: World) -> None:
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            retention.erase_expired(timezone.now())
        return len(captured)

    few = queries()
    long_ago = world.program.today() - timedelta(days=400)
    for _ in range(20):
        ContactFactory(
            supporter=world.members[Role.SUPPORTER], contact_date=long_ago, narrative_encrypted="z"
        )
    # 1 SELECT of the programs, then one UPDATE per kind of text per program.
    assert queries() == few == 1 + 2 * len(retention.ERASURES)


def test_a_supporter_who_leaves_while_paused_has_the_pause_ended_and_its_reason_erased_in_time(
    world: World,
) -> None:
    supporter = world.members[Role.SUPPORTER]
    pause = PauseFactory(membership=supporter, trigger="self", started_at=timezone.now() - timedelta(days=30))
    flag = PauseFactory(membership=supporter, action="flag", started_at=timezone.now() - timedelta(days=30))
    other = PauseFactory(membership=world.unsupervised, started_at=timezone.now() - timedelta(days=30))

    update_membership(supporter, by=world.user(Role.COORDINATOR), status=MembershipStatus.ENDED)

    for left in (pause, flag):
        left.refresh_from_db()
        assert left.ended_at is not None and left.end_kind == "left"
    assert Pause.objects.get(pk=other.pk).ended_at is None
    # Nobody may review it any more; the reason now goes with the retention period like any other.
    later = timezone.now() + timedelta(days=world.program.retention_days + 1)
    assert narrative_retention_purge(later)["pause"] == 2
    assert Pause.objects.get(pk=pause.pk).reason_encrypted == ""
    assert Pause.objects.get(pk=other.pk).reason_encrypted != ""
