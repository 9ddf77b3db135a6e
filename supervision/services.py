"""State changes of the supervision module; pages and the API both call these.

Privacy rules kept here, once:
- free text (narratives, annotations, session notes) passes the identifier detector before
  anything is saved; a refusal names the kind of identifier and never repeats the text;
- free text is stored only encrypted;
- reading it is audited;
- notifications about risk carry no identifying content, only a link.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from program import audit, dates
from program.bounds import date_out_of_range
from program.models import (
    CURRENT_STATUSES,
    AuditAction,
    Membership,
    MembershipStatus,
    Program,
    ReferralService,
    Role,
    SupervisorAssignment,
)
from program.notifications import notify
from program.selectors import current_membership, supervised_memberships
from program.signals import members_changed
from supervision import selectors
from supervision.advice import services as advice
from supervision.contacts import crypto
from supervision.contacts.deidentify import Flag, IdentifierDetector
from supervision.models import (
    DEBRIEF_WITHIN,
    HIGH_RISK,
    RISK_RESPONSES,
    Action,
    BurdenWeights,
    Channel,
    CheckIn,
    Concern,
    Contact,
    ContactAction,
    ContactAnnotation,
    ContactConcern,
    ContactStatus,
    DebriefDue,
    DebriefGrant,
    Initiator,
    Pause,
    PauseAction,
    PeerCode,
    RiskLevel,
    SessionKind,
    SessionPurpose,
    SupervisionSession,
    TimeBand,
)
from supervision.signals import supporter_activity
from supervision.wellbeing.checkin import DISTRESS_ERROR, ITEMS, item_error

NARRATIVE_MAX = 2000
PAUSED_MESSAGE = (
    "You're paused from supporting peers right now, so new contacts can't be logged. "
    "That's OK — take the time you need. Your supervisor will talk with you about resuming."
)

# Structured fields of a contact, with the choices that constrain them.
CHOICE_FIELDS: dict[str, type[models.TextChoices]] = {
    "time_band": TimeBand,
    "channel": Channel,
    "initiated_by": Initiator,
    "risk_level": RiskLevel,
}
PLAIN_FIELDS = (
    "contact_date",
    "duration_minutes",
    "linked_to_crisis_service",
    "follow_up_planned",
    "supporter_distress",
)
CONTACT_FIELDS = (
    *PLAIN_FIELDS,
    *CHOICE_FIELDS,
    "narrative",
    "concerns",
    "actions",
    "referral_service",
    "peer_code",
)


# --- De-identification ---------------------------------------------------------------------------


def detector_for(program: Program) -> IdentifierDetector:
    """The detector for a program: its student-ID pattern, and its directory's numbers allowed."""
    directory = list(ReferralService.objects.filter(program=program).values_list("phone", "website"))
    return _detector(
        program.student_id_pattern or None,
        tuple(sorted(phone for phone, _ in directory)),
        tuple(sorted({urlsplit(website).hostname or "" for _, website in directory if website})),
    )


@functools.lru_cache(maxsize=256)
def _detector(pattern: str | None, numbers: tuple[str, ...], domains: tuple[str, ...]) -> IdentifierDetector:
    """Detectors by what they are built from: building one (compiling its patterns) cost a contact POST
    ~2 ms; the directory is still read each time, so a changed directory makes a new one at once."""
    return IdentifierDetector(student_id_pattern=pattern, allowed_numbers=numbers, allowed_domains=domains)


class IdentifyingText(ValidationError):
    """One field's refusal for holding identifiers. `flags` say where each stands in the text as
    the writer sent it (offsets and kinds, never the text), so the page can mark the words and the
    API can point at them while nothing of them is stored or logged."""

    def __init__(self, message: str, flags: list[Flag]) -> None:
        super().__init__(message, code="identifying")
        self.flags = flags


def identifier_flags(error: ValidationError) -> dict[str, list[Flag]]:
    """The flags of each field a service refused for identifiers, by field name."""
    if not hasattr(error, "error_dict"):
        return {}
    return {
        field: [flag for e in errors if isinstance(e, IdentifyingText) for flag in e.flags]
        for field, errors in error.error_dict.items()
        if any(isinstance(e, IdentifyingText) for e in errors)
    }


@sensitive_variables("narrative", "text", "data", "advice", "follow_ups", "kept")
def check_free_text(
    program: Program, field: str, text: str, *, detector: IdentifierDetector | None = None
) -> None:
    """Refuse text holding an identifier; the message names the kinds found, never the text, and
    the refusal carries where they stand (`IdentifyingText.flags`, offsets into `text`)."""
    if not text:
        return
    detector = detector or detector_for(program)
    flags = detector.flag(text)
    if flags:
        message = detector.message(detector.find(text))
        raise ValidationError({field: IdentifyingText(message, flags)})


@sensitive_variables("text")
def flag_free_text(program: Program, text: str) -> list[Flag]:
    """Where the program's detector finds identifiers in `text`: for a page re-showing a refused
    field to its writer with the words marked."""
    return detector_for(program).flag(text) if text else []


# --- Contacts -----------------------------------------------------------------------------------


def _require_active_supporter(supporter: Membership, by: User) -> None:
    if supporter.user_id != by.pk or supporter.role != Role.SUPPORTER:
        # Out of scope: the caller's views turn this into 404.
        raise Contact.DoesNotExist
    if supporter.status not in CURRENT_STATUSES:
        raise ValidationError({"__all__": "Your supporter role has ended, so new contacts can't be logged."})


def paused_since(supporter: Membership) -> date | None:
    """The program-local day the supporter's current pause began, if they are paused."""
    if supporter.status != MembershipStatus.PAUSED:
        return None
    started = (
        Pause.objects.filter(membership=supporter, action=PauseAction.PAUSE, ended_at__isnull=True)
        .order_by("started_at")
        .values_list("started_at", flat=True)
        .first()
    )
    # Paused with no pause record (a status set before pauses were recorded): no date is before it.
    return timezone.localtime(started, supporter.program.tzinfo).date() if started else date.min


def paused_message(supporter: Membership) -> str:
    """The kind message for a paused supporter, saying which contacts can still be logged."""
    since = paused_since(supporter)
    if since is None or since == date.min:
        return PAUSED_MESSAGE
    before = dates.day(since)
    return PAUSED_MESSAGE + f" A contact from before your pause (before {before}) can still be logged."


def _refuse_while_paused(supporter: Membership, contact: Contact | None, data: dict[str, Any]) -> None:
    """A paused supporter may still log a contact that happened before the pause, nothing newer."""
    since = paused_since(supporter)
    if since is None:
        return
    day = data.get("contact_date", contact.contact_date if contact else None)
    if isinstance(day, date) and day < since:
        return
    raise ValidationError({"__all__": paused_message(supporter)}, code="paused")


def _clean_structured(program: Program, data: dict[str, Any], errors: dict[str, str]) -> dict[str, Any]:
    """Check the structured values given; collect errors by field."""
    clean: dict[str, Any] = {}
    unknown = set(data) - set(CONTACT_FIELDS)
    for name in sorted(unknown):
        errors[name] = "This field is not part of a contact."
    for name, choices in CHOICE_FIELDS.items():
        if name in data:
            value = data[name] or ""
            if value and value not in choices.values:
                errors[name] = f"“{value}” is not one of: {', '.join(choices.values)}."
            else:
                clean[name] = value
    if "contact_date" in data:
        value = data["contact_date"]
        today = program.today()
        if value is not None and not isinstance(value, date):
            errors["contact_date"] = "Enter a date."
        elif value is not None and value > today:
            errors["contact_date"] = "The contact date cannot be in the future."
        elif value is not None and date_out_of_range(value):
            errors["contact_date"] = str(date_out_of_range(value))
        else:
            clean["contact_date"] = value
    if "duration_minutes" in data:
        value = data["duration_minutes"]
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 600
        ):
            errors["duration_minutes"] = "Enter the duration in minutes, from 1 to 600 (10 hours)."
        else:
            clean["duration_minutes"] = value
    if "supporter_distress" in data:
        value = data["supporter_distress"]
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10
        ):
            errors["supporter_distress"] = "Rate your own distress from 0 to 10."
        else:
            clean["supporter_distress"] = value
    for name in ("linked_to_crisis_service", "follow_up_planned"):
        if name in data:
            clean[name] = bool(data[name])
    for name, choices in (("concerns", Concern), ("actions", Action)):
        if name in data:
            values = list(dict.fromkeys(data[name] or []))
            bad = [value for value in values if value not in choices.values]
            if bad:
                errors[name] = f"Unknown {name if len(bad) != 1 else name[:-1]}: {', '.join(map(str, bad))}."
            else:
                clean[name] = values
    if "referral_service" in data:
        service = data["referral_service"]
        if service is not None and (service.program_id != program.pk or not service.is_active):
            errors["referral_service"] = "Choose a service from this program's referral directory."
        else:
            clean["referral_service"] = service
    return clean


# What a submitted contact is missing, in words that name the question (not "This field is required."),
# for the page's summary and the API's errors alike.
REQUIRED_CONTACT_FIELDS = {
    "contact_date": "Give the date of the contact.",
    "duration_minutes": "Give how long the contact took, in minutes.",
    "supporter_distress": "Rate how distressed you are after this contact, from 0 to 10.",
    "time_band": "Choose when the contact happened (day, evening or night).",
    "channel": "Choose how the contact happened.",
    "initiated_by": "Choose who reached out.",
    "risk_level": "Choose the risk level.",
}


def _check_complete(
    contact: Contact,
    concerns: list[str],
    actions: list[str],
    service: ReferralService | None,
    errors: dict[str, str],
) -> None:
    """What a submitted contact must have."""
    for name in ("contact_date", "duration_minutes", "supporter_distress"):
        if getattr(contact, name) is None:
            errors.setdefault(name, REQUIRED_CONTACT_FIELDS[name])
    for name in CHOICE_FIELDS:
        if not getattr(contact, name):
            errors.setdefault(name, REQUIRED_CONTACT_FIELDS[name])
    if not concerns:
        errors.setdefault("concerns", "Choose at least one concern.")
    if not actions:
        errors.setdefault("actions", "Choose at least one action.")
    if Action.REFERRED in actions and service is None:
        errors.setdefault("referral_service", "Choose the service you referred to.")
    if contact.risk_level in HIGH_RISK and not set(actions) & set(RISK_RESPONSES):
        errors.setdefault(
            "actions",
            "A high or imminent risk needs an action beyond listening: refer, seek case advice, "
            "escalate to on-call or call emergency services.",
        )


def _current_links(contact: Contact) -> tuple[list[str], list[str], ReferralService | None]:
    if contact.pk is None:
        return [], [], None
    concerns = list(contact.concerns.values_list("category", flat=True))
    actions = list(contact.actions.values_list("action", flat=True))
    referral = contact.actions.filter(action=Action.REFERRED).select_related("referral_service").first()
    return concerns, actions, referral.referral_service if referral else None


def _save_links(
    contact: Contact,
    concerns: list[str],
    actions: list[str],
    service: ReferralService | None,
    *,
    new: bool = False,
) -> None:
    """Set the contact's concerns and actions; a contact just inserted has none to compare or clear."""
    have: set[str] = set()
    if not new:
        contact.concerns.exclude(category__in=concerns).delete()
        have = set(contact.concerns.values_list("category", flat=True))
    ContactConcern.objects.bulk_create(
        [ContactConcern(contact=contact, category=c) for c in concerns if c not in have]
    )
    if not new:
        contact.actions.all().delete()
    ContactAction.objects.bulk_create(
        [
            ContactAction(
                contact=contact, action=a, referral_service=service if a == Action.REFERRED else None
            )
            for a in actions
        ]
    )


@dataclass
class _ContactChange:
    """A contact's checked new values, ready to save (they are already set on the contact object)."""

    errors: dict[str, Any]
    narrative: str | None
    peer_code: PeerCode | None
    concerns: list[str]
    actions: list[str]
    service: ReferralService | None


def _check_contact(
    contact: Contact, program: Program, data: dict[str, Any], *, complete: bool
) -> _ContactChange:
    """Check `data` against the contact, setting the values that pass on it; every problem at once."""
    errors: dict[str, str] = {}
    refusals: dict[str, ValidationError] = {}  # kept whole: they carry where the identifiers stand
    clean = _clean_structured(program, data, errors)
    narrative = data.get("narrative")
    if narrative is not None:
        if len(narrative.strip()) > NARRATIVE_MAX:
            errors["narrative"] = f"Keep the narrative under {NARRATIVE_MAX} characters."
        else:
            try:
                # Checked as sent, so a refusal's offsets point into what the writer sees.
                check_free_text(program, "narrative", narrative)
            except ValidationError as refusal:
                refusals["narrative"] = refusal.error_dict["narrative"][0]
        narrative = narrative.strip()
    peer_code = data.get("peer_code")
    if peer_code is not None and peer_code.supporter_id != contact.supporter_id:
        errors["peer_code"] = "Use a peer code issued to you."

    concerns, actions, service = _current_links(contact)
    concerns = clean.get("concerns", concerns)
    actions = clean.get("actions", actions)
    service = clean.get("referral_service", service)
    for name in (*PLAIN_FIELDS, *CHOICE_FIELDS):
        if name in clean:
            setattr(contact, name, clean[name])
    if complete:
        _check_complete(contact, concerns, actions, service, errors)
    elif Action.REFERRED in actions and service is None and "actions" in clean:
        # A draft may say "referred" before naming the service; it keeps the rest meanwhile.
        errors["referral_service"] = "Choose the service you referred to (the rest of the draft is kept)."
    return _ContactChange({**errors, **refusals}, narrative, peer_code, concerns, actions, service)


def _apply_contact(contact: Contact, program: Program, data: dict[str, Any], *, complete: bool) -> None:
    """Validate `data` against the contact and save it; raise with every field error at once."""
    change = _check_contact(contact, program, data, complete=complete)
    if change.errors:
        raise ValidationError(change.errors)
    if change.narrative is not None:
        contact.narrative_encrypted = crypto.encrypt(change.narrative)
    if "peer_code" in data:
        contact.peer_code = change.peer_code
    new = contact._state.adding
    contact.save()
    actions = change.actions
    service = change.service if Action.REFERRED in actions else None
    _save_links(contact, change.concerns, actions, service, new=new)


@sensitive_variables("data")
def contact_problems(supporter: Membership, contact: Contact | None, data: dict[str, Any]) -> dict[str, str]:
    """Every reason submitting `data` would be refused, saving nothing: a page whose form already refused
    some fields (left out of `data`) shows these too, so the writer fixes everything in one round."""
    problems: dict[str, str] = {}
    try:
        if contact is None or contact.status == ContactStatus.DRAFT:  # an edit is not refused for a pause
            _refuse_while_paused(supporter, contact, data)
    except ValidationError as refusal:
        problems.update({field: messages[0] for field, messages in refusal.message_dict.items()})
    # A copy: checking sets the values that pass on the object, and the caller's must stay as loaded.
    target = (
        copy.copy(contact) if contact is not None else Contact(supporter=supporter, program=supporter.program)
    )
    change = _check_contact(target, supporter.program, data, complete=True)
    for field, error in change.errors.items():
        problems.setdefault(field, error.messages[0] if isinstance(error, ValidationError) else str(error))
    return problems


@transaction.atomic
@sensitive_variables("narrative", "text", "data", "advice", "follow_ups", "kept")
def save_contact_draft(
    supporter: Membership, *, by: User, contact: Contact | None = None, strict: bool = False, **data: Any
) -> tuple[Contact, dict[str, str]]:
    """Keep a half-finished contact; an identifying narrative is never stored.

    Autosave (strict=False) keeps every field that passes and returns the others as errors, so
    nothing typed is lost; strict=True (the API) refuses the whole save if any field fails."""
    _require_active_supporter(supporter, by)
    if contact is not None:
        # Re-read under a lock: a background save must never turn a just-submitted contact back into a draft.
        contact = Contact.objects.select_for_update().filter(pk=contact.pk, supporter=supporter).first()
        if contact is None:
            raise Contact.DoesNotExist
    _refuse_while_paused(supporter, contact, data)
    contact = contact or Contact(supporter=supporter, program=supporter.program, status=ContactStatus.DRAFT)
    if contact.status != ContactStatus.DRAFT:
        raise ValidationError({"__all__": "This contact is already submitted; edit it instead."})
    errors: dict[str, str] = {}
    try:
        _apply_contact(contact, supporter.program, data, complete=False)
    except ValidationError as refusal:
        if strict:
            raise
        errors = {field: messages[0] for field, messages in refusal.message_dict.items()}
        kept = {name: value for name, value in data.items() if name not in errors}
        if "referral_service" in errors and "actions" in kept:
            kept["actions"] = [action for action in kept["actions"] if action != Action.REFERRED]
        _apply_contact(contact, supporter.program, kept, complete=False)
    if contact.pk and not errors:
        audit.record(by, AuditAction.UPDATE, contact, program=supporter.program, summary="draft saved")
    return contact, errors


@transaction.atomic
@sensitive_variables("narrative", "text", "data", "advice", "follow_ups", "kept")
def submit_contact(
    supporter: Membership, *, by: User, contact: Contact | None = None, **data: Any
) -> Contact:
    """Submit a complete contact (from a draft or directly); escalate a high or imminent risk."""
    _require_active_supporter(supporter, by)
    if contact is not None:
        contact = Contact.objects.select_for_update().get(pk=contact.pk)
        if contact.supporter_id != supporter.pk:
            raise Contact.DoesNotExist
        if contact.status != ContactStatus.DRAFT:
            raise ValidationError({"__all__": "This contact is already submitted."})
    _refuse_while_paused(supporter, contact, data)
    contact = contact or Contact(supporter=supporter, program=supporter.program)
    contact.status = ContactStatus.SUBMITTED
    contact.submitted_at = timezone.now()
    _apply_contact(contact, supporter.program, data, complete=True)
    audit.record(by, AuditAction.CREATE, contact, program=supporter.program, summary="contact submitted")
    if contact.is_high_risk:
        _escalate(contact)
    supporter_activity.send(sender="contact", membership=supporter, instance=contact)
    return contact


@transaction.atomic
@sensitive_variables("narrative", "text", "data", "advice", "follow_ups", "kept")
def update_contact(contact: Contact, *, by: User, **data: Any) -> Contact:
    """The owner corrects a submitted contact within seven days; after that it is locked."""
    contact = Contact.objects.select_for_update().select_related("supporter", "program").get(pk=contact.pk)
    if contact.supporter.user_id != by.pk:
        raise Contact.DoesNotExist
    if contact.status == ContactStatus.DRAFT:
        raise ValidationError({"__all__": "Submit the draft first, or save it as a draft."})
    if contact.locked():
        raise ValidationError(
            {
                "__all__": "Contacts can be edited for seven days after logging; this one is locked. "
                "Your supervisor can add a note to it."
            }
        )
    was_high = contact.is_high_risk
    before = _snapshot(contact)
    _apply_contact(contact, contact.program, data, complete=True)
    after = _snapshot(contact)
    changed = ", ".join(name for name in before if before[name] != after[name]) or "nothing"
    audit.record(by, AuditAction.UPDATE, contact, program=contact.program, summary=f"changed {changed}")
    if contact.is_high_risk and not was_high:
        _escalate(contact)
    return contact


def _snapshot(contact: Contact) -> dict[str, Any]:
    """The contact's values, to name what an edit changed (names only go to the audit trail)."""
    values: dict[str, Any] = {name: getattr(contact, name) for name in (*PLAIN_FIELDS, *CHOICE_FIELDS)}
    values["concerns"] = sorted(contact.concerns.values_list("category", flat=True))
    values["actions"] = sorted(contact.actions.values_list("action", "referral_service_id"))
    values["narrative"] = crypto.decrypt(contact.narrative_encrypted)
    values["peer_code"] = contact.peer_code_id
    return values


def supervisors_of(supporter: Membership) -> list[User]:
    """The supporter's current supervisor and backup (possibly nobody)."""
    assignment = (
        SupervisorAssignment.objects.filter(supporter=supporter, ended_on__isnull=True)
        .select_related("supervisor__user", "backup__user")
        .first()
    )
    if assignment is None:
        return []
    people = (assignment.supervisor, assignment.backup)
    return [m.user for m in people if m is not None and m.status in CURRENT_STATUSES]


def supervisor_users(supporter: Membership) -> list[User]:
    """Who hears about a risky contact: the supporter's supervisors, else (nobody assigned) the
    coordinators, who must know a risky contact is unsupervised. Never used for wellbeing data."""
    supervisors = supervisors_of(supporter)
    if supervisors:
        return supervisors
    return [
        m.user
        for m in Membership.objects.filter(
            program=supporter.program, role=Role.COORDINATOR, status=MembershipStatus.ACTIVE
        ).select_related("user")
    ]


# Other modules (the on-call roster) add recipients for escalations: f(contact) -> users. They are told
# without a link to the record (they may not supervise the supporter), only that advice may be sought.
ESCALATION_RECIPIENTS: list[Any] = []
# When the supporter has no current supervisor, these run too: f(contact) -> users they paged (who are
# then not told again). The debrief grants (supervision/wellbeing/grants.py) register here.
UNSUPERVISED_ESCALATIONS: list[Any] = []


def _escalate(contact: Contact) -> DebriefDue:
    # Due 24 hours from when the risk became known (an edit can raise it days after logging).
    due_at = timezone.now() + DEBRIEF_WITHIN
    debrief, created = DebriefDue.objects.get_or_create(
        contact=contact, defaults={"supporter": contact.supporter, "due_at": due_at}
    )
    if not created and debrief.closed_at is not None:
        debrief.closed_at = debrief.closed_by = debrief.overdue_alerted_at = None
        debrief.due_at = due_at
        debrief.save(update_fields=["closed_at", "closed_by", "due_at", "overdue_alerted_at"])
    recipients = supervisor_users(contact.supporter)
    notify(
        recipients,
        kind="high_risk_contact",
        link=reverse("contact-detail", args=[contact.program_id, contact.pk]),
        program=contact.program,
    )
    already = {user.pk for user in recipients}
    if not supervisors_of(contact.supporter):
        already |= {user.pk for hook in UNSUPERVISED_ESCALATIONS for user in hook(contact)}
    # It pages for advice, escalating until someone acknowledges (supervision/advice/services.py).
    # Whoever that page reaches has its one-tap acknowledgement already; a second "on call" notice at
    # 2 a.m. would only be noise, so the notice goes to the on-call people the page did not reach.
    opened = advice.open_for_contact(contact)
    if opened is not None:
        already |= set(opened.pages.values_list("recipient_id", flat=True))
    on_call = [user for extra in ESCALATION_RECIPIENTS for user in extra(contact) if user.pk not in already]
    notify(
        on_call,
        kind="high_risk_on_call",
        link=reverse("on-call-now", args=[contact.program_id]),
        program=contact.program,
    )
    return debrief


def read_narrative(contact: Contact, *, by: User) -> str:
    """The decrypted narrative, audited as a read. Callers check `narrative_readable` first."""
    if not contact.narrative_encrypted:
        return ""
    summary = "narrative read"
    if (
        by.pk != contact.supporter.user_id
        and not supervised_memberships(by).filter(pk=contact.supporter_id).exists()
    ):
        summary = "narrative read under a debrief grant"
    audit.record(by, AuditAction.VIEW, contact, program=contact.program, summary=summary)
    return crypto.decrypt(contact.narrative_encrypted)


@transaction.atomic
@sensitive_variables("narrative", "text", "sent", "data", "advice", "follow_ups", "kept")
def annotate_contact(contact: Contact, *, by: User, text: str) -> ContactAnnotation:
    """A supervisor adds a note to a supervisee's contact (checked and encrypted like a narrative)."""
    author = current_membership(by, contact.program_id, Role.SUPERVISOR)
    if author is None or by.pk not in {user.pk for user in supervisors_of(contact.supporter)}:
        raise Contact.DoesNotExist
    sent, text = text or "", (text or "").strip()
    if not text:
        raise ValidationError({"text": "Write the note first."})
    if len(text) > NARRATIVE_MAX:
        raise ValidationError({"text": f"Keep the note under {NARRATIVE_MAX} characters."})
    check_free_text(contact.program, "text", sent)  # as sent, so a refusal's offsets fit it
    note = ContactAnnotation.objects.create(
        contact=contact, author=author, text_encrypted=crypto.encrypt(text)
    )
    audit.record(by, AuditAction.CREATE, note, program=contact.program, summary="annotation added")
    return note


def read_annotations(contact: Contact, *, by: User) -> list[tuple[ContactAnnotation, str]]:
    notes = list(contact.annotations.select_related("author__user"))
    if notes:
        audit.record(by, AuditAction.VIEW, contact, program=contact.program, summary="annotations read")
    return [(note, crypto.decrypt(note.text_encrypted)) for note in notes]


def issue_peer_code(supporter: Membership, *, by: User) -> PeerCode:
    """A fresh random code for a new peer; retried on the (rare) collision."""
    if supporter.user_id != by.pk or supporter.role != Role.SUPPORTER:
        raise Contact.DoesNotExist
    for _ in range(5):
        try:
            with transaction.atomic():
                return PeerCode.objects.create(program=supporter.program, supporter=supporter)
        except IntegrityError:
            continue
    raise ValidationError({"peer_code": "Could not issue a code just now; try again."})


# --- Check-ins ----------------------------------------------------------------------------------


CHECKIN_ITEMS = tuple(name for name, _ in ITEMS)


@transaction.atomic
def record_checkin(
    supporter: Membership,
    *,
    by: User,
    week_of: date | None = None,
    **answers: Any,
) -> CheckIn:
    """This week's check-in (one per week; a second one that week replaces the first, and comes back
    with `replaced` set so the supporter is told)."""
    if (
        supporter.user_id != by.pk
        or supporter.role != Role.SUPPORTER
        or supporter.status not in CURRENT_STATUSES
    ):
        raise CheckIn.DoesNotExist
    today = supporter.program.today()
    week_of = week_of or today - timedelta(days=today.weekday())
    if week_of.weekday() != 0 or week_of > today:
        raise ValidationError({"week_of": "Check in for the current or an earlier week (a Monday)."})
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for item in CHECKIN_ITEMS:
        value = answers.get(item)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 4:
            errors[item] = item_error(item)
        values[item] = value
    distress = answers.get("distress")
    if not isinstance(distress, int) or isinstance(distress, bool) or not 0 <= distress <= 10:
        errors["distress"] = DISTRESS_ERROR
    values["distress"] = distress
    unknown = set(answers) - {*CHECKIN_ITEMS, "distress", "wants_pause", "wants_to_talk"}
    for name in unknown:
        errors[name] = "This is not a check-in question."
    if errors:
        raise ValidationError(errors)
    checkin, created = _update_or_create_checkin(
        supporter=supporter,
        week_of=week_of,
        defaults={
            **values,
            "wants_pause": bool(answers.get("wants_pause")),
            "wants_to_talk": bool(answers.get("wants_to_talk")),
        },
    )
    checkin.replaced = not created
    audit.record(
        by, AuditAction.CREATE if created else AuditAction.UPDATE, checkin, program=supporter.program
    )
    if checkin.wants_to_talk or checkin.wants_pause:
        supervisors = supervisors_of(supporter)
        if supervisors:
            notify(
                supervisors,
                kind="checkin_request",
                link=reverse("supporter-wellbeing", args=[supporter.program_id, supporter.pk]),
                program=supporter.program,
            )
        else:
            # Check-in answers are for supervisors only (SPEC 3.6): coordinators learn just that a
            # supporter needs a supervisor, which is theirs to fix.
            notify(
                supervisor_users(supporter),
                kind="supporter_unsupervised",
                link=reverse("member-assign", args=[supporter.program_id, supporter.pk]),
                program=supporter.program,
            )
    # "I'd like to pause" pauses at once (pause rules, on this signal); other rules re-evaluate.
    supporter_activity.send(sender="checkin", membership=supporter, instance=checkin)
    return checkin


def _update_or_create_checkin(**kwargs: Any) -> tuple[CheckIn, bool]:
    # A double tap can race: the unique (supporter, week) constraint decides, and the loser updates.
    try:
        with transaction.atomic():
            return CheckIn.objects.update_or_create(**kwargs)
    except IntegrityError:
        return CheckIn.objects.update_or_create(**kwargs)


# --- Supervision sessions ----------------------------------------------------------------------


@transaction.atomic
@sensitive_variables("narrative", "text", "data", "advice", "follow_ups", "kept")
def record_session(
    program: Program,
    *,
    by: User,
    supporters: Iterable[Membership],
    held_on: date,
    kind: str = SessionKind.INDIVIDUAL,
    purpose: str = SessionPurpose.SCHEDULED,
    duration_minutes: int = 45,
    contacts: Iterable[Contact] = (),
    advice: str = "",
    follow_ups: str = "",
    next_due: date | None = None,
) -> SupervisionSession:
    """A supervisor records a session with supporters they supervise; a debrief closes open debriefs."""
    supervisor = current_membership(by, program.pk, Role.SUPERVISOR)
    if supervisor is None:
        raise SupervisionSession.DoesNotExist
    supporters = list(supporters)
    contacts = list(contacts)
    errors: dict[str, str] = {}
    allowed = set(supervised_memberships(by).filter(program=program).values_list("pk", flat=True))
    grants: list[DebriefGrant] = []
    if not supporters:
        errors["supporters"] = "Choose who attended."
    elif any(member.pk not in allowed for member in supporters):
        grants = _debrief_under_grant(by, program, supporters, kind, purpose, list(contacts))
        if not grants:
            errors["supporters"] = "You can record sessions only with supporters you supervise."
    if kind not in SessionKind.values:
        errors["kind"] = f"Choose one of: {', '.join(SessionKind.values)}."
    elif kind == SessionKind.INDIVIDUAL and len(supporters) > 1:
        errors["kind"] = "An individual session has one supporter; choose group for more."
    if purpose not in SessionPurpose.values:
        errors["purpose"] = f"Choose one of: {', '.join(SessionPurpose.values)}."
    today = program.today()
    if held_on > today:
        errors["held_on"] = "Record a session after it is held (the date cannot be in the future)."
    elif date_out_of_range(held_on):
        errors["held_on"] = str(date_out_of_range(held_on))
    if next_due is not None and next_due <= held_on:
        errors["next_due"] = "The next session must be after this one."
    if not 5 <= duration_minutes <= 480:
        errors["duration_minutes"] = "Enter the duration in minutes, from 5 to 480."
    attendee_ids = {member.pk for member in supporters}
    if any(
        contact.supporter_id not in attendee_ids or contact.status != ContactStatus.SUBMITTED
        for contact in contacts
    ):
        errors["contacts"] = "Discuss only logged contacts of the supporters who attended."
    detector = detector_for(program)
    refusals: dict[str, ValidationError] = {}
    for field, text in (("advice", advice), ("follow_ups", follow_ups)):
        if len(text) > NARRATIVE_MAX:
            errors[field] = f"Keep this under {NARRATIVE_MAX} characters."
        else:
            try:
                check_free_text(program, field, text, detector=detector)
            except ValidationError as refusal:
                refusals[field] = refusal.error_dict[field][0]
    if errors or refusals:
        raise ValidationError({**errors, **refusals})

    session = SupervisionSession.objects.create(
        program=program,
        supervisor=supervisor,
        kind=kind,
        purpose=purpose,
        held_on=held_on,
        duration_minutes=duration_minutes,
        advice_encrypted=crypto.encrypt(advice.strip()),
        follow_ups_encrypted=crypto.encrypt(follow_ups.strip()),
        next_due=next_due or held_on + timedelta(days=program.supervision_interval_days),
    )
    session.supporters.set(supporters)
    session.contacts_discussed.set(contacts)
    if purpose == SessionPurpose.DEBRIEF:
        open_debriefs = DebriefDue.objects.filter(supporter__in=supporters, closed_at__isnull=True)
        if contacts:
            open_debriefs = open_debriefs.filter(contact__in=contacts)
        open_debriefs.update(closed_at=timezone.now(), closed_by=session)
    audit.record(by, AuditAction.CREATE, session, program=program, summary=f"{purpose} session")
    if grants:
        audit.record_many(
            by, AuditAction.UPDATE, grants, program=program, summary="debrief under a debrief grant"
        )
    members_changed.send(sender=SupervisionSession, program=program, memberships=list(supporters))
    return session


def _debrief_under_grant(
    by: User, program: Program, supporters: list[Membership], kind: str, purpose: str, contacts: list[Contact]
) -> list[DebriefGrant]:
    """The grants that let `by` record this session: an individual debrief with one unsupervised
    supporter, discussing only contacts their grants open. Anything wider: no grants (refused)."""
    if (
        purpose != SessionPurpose.DEBRIEF
        or kind != SessionKind.INDIVIDUAL
        or len(supporters) != 1
        or not contacts
    ):
        return []
    grants = list(
        selectors.debrief_grants_held_by(by).filter(
            program=program, supporter=supporters[0], contact__in=[c.pk for c in contacts]
        )
    )
    return grants if {g.contact_id for g in grants} == {c.pk for c in contacts} else []


def read_session_notes(session: SupervisionSession, *, by: User) -> tuple[str, str]:
    if session.advice_encrypted or session.follow_ups_encrypted:
        audit.record(by, AuditAction.VIEW, session, program=session.program, summary="session notes read")
    return crypto.decrypt(session.advice_encrypted), crypto.decrypt(session.follow_ups_encrypted)


def read_checkins(supporter: Membership, checkins: list[CheckIn], *, by: User) -> list[CheckIn]:
    """Check-in answers are wellbeing data: reading someone else's is audited."""
    if checkins and supporter.user_id != by.pk:
        audit.record(by, AuditAction.VIEW, supporter, program=supporter.program, summary="check-ins read")
    return checkins


# --- Burden weights -----------------------------------------------------------------------------


@transaction.atomic
def update_burden_weights(program: Program, *, by: User, **weights: Any) -> BurdenWeights:
    """Coordinators tune what the burden index weighs; the weights are whole numbers summing to 100."""
    unknown = set(weights) - set(BurdenWeights.COMPONENTS)
    errors: dict[str, str] = {name: "This is not a part of the burden index." for name in sorted(unknown)}
    for name in BurdenWeights.COMPONENTS:
        value = weights.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
            errors[name] = "Enter a whole number from 0 to 100."
    if not errors and sum(weights[name] for name in BurdenWeights.COMPONENTS) != 100:
        total = sum(weights[name] for name in BurdenWeights.COMPONENTS)
        errors["__all__"] = f"The weights must add up to 100; they add up to {total}."
    if errors:
        raise ValidationError(errors)
    record, _ = BurdenWeights.objects.select_for_update().get_or_create(program=program)
    for name in BurdenWeights.COMPONENTS:
        setattr(record, name, weights[name])
    record.save()
    audit.record(by, AuditAction.UPDATE, record, program=program, summary="burden weights changed")
    return record
