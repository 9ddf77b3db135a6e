"""State changes of succession planning. Pages and the API both call these; each checks who may act,
raises `ValidationError` naming the field for bad input, and writes the audit trail.

Who may act: coordinators of the program manage key roles, holders, successors, checklists and
documents; a handover's giver and receiver may tick its tasks; a document's owner may add versions
and mark it reviewed. Anyone else gets the model's DoesNotExist, which pages (program.access.program_view)
and the API answer 404.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from program import audit
from program.models import CURRENT_STATUSES, AuditAction, Membership, Program, Role
from program.selectors import is_coordinator
from succession.models import (
    ChecklistItem,
    ContinuitySettings,
    DevelopmentAction,
    DevelopmentKind,
    Document,
    DocumentKind,
    DocumentVersion,
    Handover,
    HandoverTask,
    KeyRole,
    KeyRoleHolder,
    KeyRoleKind,
    Readiness,
    Successor,
)

# Roles whose members can hold or be groomed for a key role (not applicants or sponsors).
PROGRAM_PEOPLE = (Role.COORDINATOR, Role.SUPERVISOR, Role.SUPPORTER, Role.REVIEWER)

DEFAULT_KEY_ROLES = (
    (KeyRoleKind.COORDINATOR, "Coordinator"),
    (KeyRoleKind.LEAD_SUPERVISOR, "Lead supervisor"),
    (KeyRoleKind.TRAINING_LEAD, "Training lead"),
    (KeyRoleKind.ROSTER_LEAD, "Roster lead"),
    (KeyRoleKind.STUDENT_LEAD, "Student lead"),
)

# The checklist a new key role starts from; coordinators edit it per role.
DEFAULT_CHECKLISTS: dict[str, tuple[str, ...]] = {
    KeyRoleKind.COORDINATOR: (
        "Walk through the program handbook together",
        "Hand over the intake calendar and selection rubric",
        "Introduce the sponsor and the wellbeing office",
        "Transfer coordinator access in the system",
        "Review open pauses, gaps and alerts together",
    ),
    KeyRoleKind.LEAD_SUPERVISOR: (
        "Introduce each supervisor and their supervisees' needs",
        "Agree the debrief and escalation routine",
        "Review the referral pathways",
    ),
    KeyRoleKind.TRAINING_LEAD: (
        "Hand over training material and its review dates",
        "Check every supporter's training records",
        "Book the next mental-health first aid course",
    ),
    KeyRoleKind.ROSTER_LEAD: (
        "Walk through shift templates and rest rules",
        "Generate and publish a roster together",
        "Explain gap alerts and swap approvals",
    ),
    KeyRoleKind.STUDENT_LEAD: (
        "Introduce the supporters and year representatives",
        "Share the outreach plan for isolated students",
        "Attend a supervision session together",
    ),
    KeyRoleKind.OTHER: ("Walk through the role's tasks and contacts",),
}

ALLOWED_UPLOADS = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".txt": "text/plain",
    ".md": "text/markdown",
}


MB = 1024 * 1024


def max_upload_bytes() -> int:
    return int(getattr(settings, "SUCCESSION_MAX_UPLOAD_BYTES", 5 * MB))


def _require_coordinator(user: User, program_id: int, missing: type[Exception]) -> None:
    if not is_coordinator(user, program_id):
        raise missing


def _program_person(program: Program, membership: Membership | None, field: str) -> Membership:
    """The membership, if it is a current member of this program who can take on program work."""
    if (
        membership is None
        or membership.program_id != program.pk
        or membership.role not in PROGRAM_PEOPLE
        or membership.status not in CURRENT_STATUSES
    ):
        raise ValidationError({field: "Choose a current member of this program."})
    return membership


def _check(value: Any, field: str, kind: type, message: str) -> None:
    if not isinstance(value, kind):
        raise ValidationError({field: message})


# --- Settings -----------------------------------------------------------------------------------------


def continuity_settings(program: Program) -> ContinuitySettings:
    """The program's settings, or the defaults (unsaved) where it has none."""
    return ContinuitySettings.objects.filter(program=program).first() or ContinuitySettings(program=program)


@transaction.atomic
def update_continuity_settings(
    program: Program, *, by: User, selection_weeks: int, training_weeks: int
) -> ContinuitySettings:
    _require_coordinator(by, program.pk, ContinuitySettings.DoesNotExist)
    record, _ = ContinuitySettings.objects.select_for_update().get_or_create(program=program)
    record.selection_weeks, record.training_weeks = selection_weeks, training_weeks
    record.full_clean()
    record.save()
    audit.record(by, AuditAction.UPDATE, record, program=program, summary="continuity settings changed")
    return record


# --- Key roles and holders ----------------------------------------------------------------------------


@transaction.atomic
def add_key_role(
    program: Program, *, by: User, name: str, kind: str = KeyRoleKind.OTHER, description: str = ""
) -> KeyRole:
    """A key role, its handover checklist started from the template for its kind."""
    _require_coordinator(by, program.pk, KeyRole.DoesNotExist)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "Give the role a name."})
    if kind not in KeyRoleKind.values:
        raise ValidationError({"kind": f"Choose one of: {', '.join(KeyRoleKind.values)}."})
    if KeyRole.objects.filter(program=program, name__iexact=name).exists():
        raise ValidationError({"name": "This program already has a key role of that name."})
    try:
        with transaction.atomic():
            role = KeyRole.objects.create(
                program=program, kind=kind, name=name, description=description or ""
            )
    except IntegrityError:  # created by someone else since the check above
        raise ValidationError({"name": "This program already has a key role of that name."}) from None
    ChecklistItem.objects.bulk_create(
        ChecklistItem(key_role=role, order=n, text=text) for n, text in enumerate(DEFAULT_CHECKLISTS[kind], 1)
    )
    audit.record(by, AuditAction.CREATE, role, program=program, summary="key role added")
    return role


def ensure_default_key_roles(program: Program) -> list[KeyRole]:
    """The five key roles SPEC 4.4 names, for a program that has none (demo data, new programs)."""
    existing = set(KeyRole.objects.filter(program=program).values_list("kind", flat=True))
    created = []
    for kind, name in DEFAULT_KEY_ROLES:
        if kind not in existing:
            role = KeyRole.objects.create(program=program, kind=kind, name=name)
            ChecklistItem.objects.bulk_create(
                ChecklistItem(key_role=role, order=n, text=text)
                for n, text in enumerate(DEFAULT_CHECKLISTS[kind], 1)
            )
            created.append(role)
    return created


@transaction.atomic
def update_key_role(
    role: KeyRole, *, by: User, name: str | None = None, description: str | None = None
) -> KeyRole:
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    role = KeyRole.objects.select_for_update().select_related("program").get(pk=role.pk)
    if name is not None:
        name = name.strip()
        if not name:
            raise ValidationError({"name": "Give the role a name."})
        if KeyRole.objects.filter(program_id=role.program_id, name__iexact=name).exclude(pk=role.pk).exists():
            raise ValidationError({"name": "This program already has a key role of that name."})
        role.name = name
    if description is not None:
        role.description = description
    role.save(update_fields=["name", "description"])
    audit.record(by, AuditAction.UPDATE, role, program=role.program, summary="key role changed")
    return role


@transaction.atomic
def remove_key_role(role: KeyRole, *, by: User) -> None:
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    audit.record(by, AuditAction.DELETE, role, program=role.program, summary="key role removed")
    role.delete()


def _validate_term(starts_on: Any, term_ends_on: Any) -> None:
    errors = {}
    if not isinstance(starts_on, date):
        errors["starts_on"] = "Give the date the term starts."
    if term_ends_on is not None and not isinstance(term_ends_on, date):
        errors["term_ends_on"] = "Give the date the term ends, or leave it empty."
    elif isinstance(starts_on, date) and term_ends_on is not None and term_ends_on < starts_on:
        errors["term_ends_on"] = "The term cannot end before it starts."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def assign_holder(
    role: KeyRole, *, by: User, membership: Membership, starts_on: date, term_ends_on: date | None = None
) -> KeyRoleHolder:
    """Someone takes on a key role (alongside any current holder)."""
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    _program_person(role.program, membership, "membership")
    _validate_term(starts_on, term_ends_on)
    try:
        with transaction.atomic():
            holder = KeyRoleHolder.objects.create(
                key_role=role, membership=membership, starts_on=starts_on, term_ends_on=term_ends_on
            )
    except IntegrityError:
        raise ValidationError({"membership": "This person already holds the role."}) from None
    audit.record(by, AuditAction.CREATE, holder, program=role.program, summary="key role holder added")
    return holder


@transaction.atomic
def update_holder(
    holder: KeyRoleHolder, *, by: User, starts_on: date, term_ends_on: date | None
) -> KeyRoleHolder:
    _require_coordinator(by, holder.key_role.program_id, KeyRoleHolder.DoesNotExist)
    _validate_term(starts_on, term_ends_on)
    holder = KeyRoleHolder.objects.select_for_update().select_related("key_role__program").get(pk=holder.pk)
    holder.starts_on, holder.term_ends_on = starts_on, term_ends_on
    holder.save(update_fields=["starts_on", "term_ends_on"])
    audit.record(
        by, AuditAction.UPDATE, holder, program=holder.key_role.program, summary="key role term changed"
    )
    return holder


@transaction.atomic
def end_holding(holder: KeyRoleHolder, *, by: User, ended_on: date | None = None) -> KeyRoleHolder:
    _require_coordinator(by, holder.key_role.program_id, KeyRoleHolder.DoesNotExist)
    program = holder.key_role.program
    ended_on = ended_on or program.today()
    if not isinstance(ended_on, date) or ended_on > program.today():
        raise ValidationError({"ended_on": "Give the day it ended (today or earlier)."})
    if ended_on < holder.starts_on:
        raise ValidationError({"ended_on": "A holding cannot end before it starts."})
    updated = KeyRoleHolder.objects.filter(pk=holder.pk, ended_on__isnull=True).update(ended_on=ended_on)
    if not updated:
        raise ValidationError({"ended_on": "This holding has already ended."})
    holder.ended_on = ended_on
    audit.record(by, AuditAction.UPDATE, holder, program=program, summary="key role holding ended")
    return holder


# --- Successors ---------------------------------------------------------------------------------------


def _readiness(value: Any) -> str:
    if value not in Readiness.values:
        raise ValidationError({"readiness": f"Choose one of: {', '.join(Readiness.values)}."})
    return str(value)


@transaction.atomic
def nominate_successor(
    role: KeyRole,
    *,
    by: User,
    membership: Membership | None,
    readiness: str = Readiness.LATER,
    notes: str = "",
) -> Successor:
    """A program member is nominated to take on a key role one day."""
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    membership = _program_person(role.program, membership, "membership")
    readiness = _readiness(readiness)
    if KeyRoleHolder.objects.filter(key_role=role, membership=membership, ended_on__isnull=True).exists():
        raise ValidationError({"membership": "This person already holds the role."})
    try:
        with transaction.atomic():
            successor = Successor.objects.create(
                key_role=role, membership=membership, readiness=readiness, notes=notes or "", nominated_by=by
            )
    except IntegrityError:
        raise ValidationError({"membership": "This person is already a successor for the role."}) from None
    audit.record(by, AuditAction.CREATE, successor, program=role.program, summary="successor nominated")
    return successor


@transaction.atomic
def update_successor(
    successor: Successor, *, by: User, readiness: str | None = None, notes: str | None = None
) -> Successor:
    _require_coordinator(by, successor.key_role.program_id, Successor.DoesNotExist)
    successor = Successor.objects.select_for_update().select_related("key_role__program").get(pk=successor.pk)
    if readiness is not None:
        successor.readiness = _readiness(readiness)
    if notes is not None:
        successor.notes = notes
    successor.save(update_fields=["readiness", "notes"])
    audit.record(
        by, AuditAction.UPDATE, successor, program=successor.key_role.program, summary="readiness changed"
    )
    return successor


@transaction.atomic
def remove_successor(successor: Successor, *, by: User) -> None:
    _require_coordinator(by, successor.key_role.program_id, Successor.DoesNotExist)
    audit.record(
        by, AuditAction.DELETE, successor, program=successor.key_role.program, summary="successor removed"
    )
    successor.delete()


@transaction.atomic
def add_development_action(
    successor: Successor, *, by: User, kind: str, description: str, due_on: date
) -> DevelopmentAction:
    _require_coordinator(by, successor.key_role.program_id, Successor.DoesNotExist)
    errors = {}
    if kind not in DevelopmentKind.values:
        errors["kind"] = f"Choose one of: {', '.join(DevelopmentKind.values)}."
    if not (description or "").strip():
        errors["description"] = "Say what the successor will do."
    if not isinstance(due_on, date):
        errors["due_on"] = "Give a due date."
    if errors:
        raise ValidationError(errors)
    action = DevelopmentAction.objects.create(
        successor=successor, kind=kind, description=description.strip(), due_on=due_on
    )
    audit.record(
        by, AuditAction.CREATE, action, program=successor.key_role.program, summary="development action added"
    )
    return action


@transaction.atomic
def complete_development_action(
    action: DevelopmentAction, *, by: User, done_on: date | None = None
) -> DevelopmentAction:
    """The coordinator, or the successor themself while still a member, marks an action done."""
    successor = action.successor
    nominee = successor.membership
    if not (nominee.user_id == by.pk and nominee.status in CURRENT_STATUSES):
        _require_coordinator(by, successor.key_role.program_id, DevelopmentAction.DoesNotExist)
    today = successor.key_role.program.today()
    if done_on is not None and (not isinstance(done_on, date) or done_on > today):
        raise ValidationError({"done_on": "Give the day it was done (today or earlier)."})
    action.done_on = done_on or today
    action.save(update_fields=["done_on"])
    audit.record(
        by, AuditAction.UPDATE, action, program=successor.key_role.program, summary="development action done"
    )
    return action


# --- Handover -----------------------------------------------------------------------------------------


@transaction.atomic
def set_checklist(role: KeyRole, *, by: User, items: list[str]) -> list[ChecklistItem]:
    """Replace the role's handover checklist template. Handovers already started keep their tasks."""
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    texts = [str(item).strip() for item in items if str(item).strip()]
    if not texts:
        raise ValidationError({"items": "A checklist needs at least one item."})
    if any(len(text) > 200 for text in texts):
        raise ValidationError({"items": "Keep each item under 200 characters."})
    # Under the role's row lock, so two saves at once cannot leave both lists behind.
    KeyRole.objects.select_for_update().filter(pk=role.pk).first()
    ChecklistItem.objects.filter(key_role=role).delete()
    created = ChecklistItem.objects.bulk_create(
        ChecklistItem(key_role=role, order=n, text=text) for n, text in enumerate(texts, 1)
    )
    audit.record(by, AuditAction.UPDATE, role, program=role.program, summary="handover checklist changed")
    return created


@transaction.atomic
def start_handover(
    role: KeyRole, *, by: User, to_membership: Membership | None, from_membership: Membership | None = None
) -> Handover:
    """A handover of the role to someone, with its tasks copied from the role's checklist."""
    _require_coordinator(by, role.program_id, KeyRole.DoesNotExist)
    to_membership = _program_person(role.program, to_membership, "to_membership")
    if from_membership is not None:
        _program_person(role.program, from_membership, "from_membership")
        if from_membership.pk == to_membership.pk:
            raise ValidationError({"to_membership": "Hand the role to someone else."})
    items = list(ChecklistItem.objects.filter(key_role=role))
    if not items:
        raise ValidationError({"key_role": "Give the role a handover checklist first."})
    try:
        with transaction.atomic():
            handover = Handover.objects.create(
                key_role=role, from_membership=from_membership, to_membership=to_membership, started_by=by
            )
    except IntegrityError:
        raise ValidationError(
            {"to_membership": "A handover of this role to this person is under way."}
        ) from None
    HandoverTask.objects.bulk_create(
        HandoverTask(handover=handover, order=item.order, text=item.text) for item in items
    )
    audit.record(by, AuditAction.CREATE, handover, program=role.program, summary="handover started")
    return handover


def may_tick(user: User, handover: Handover) -> bool:
    """Coordinators, and the people handing over and taking over while they are still members."""
    people = {
        member.user_id
        for member in (handover.to_membership, handover.from_membership)
        if member is not None and member.status in CURRENT_STATUSES
    }
    return user.pk in people or is_coordinator(user, handover.key_role.program_id)


@transaction.atomic
def tick_task(task: HandoverTask, *, by: User, done: bool) -> HandoverTask:
    """Mark a handover task done (or not yet); the handover completes when every task is done."""
    if not isinstance(done, bool):
        handover = Handover.objects.select_related("key_role", "to_membership", "from_membership").get(
            pk=task.handover_id
        )
        if not may_tick(by, handover):
            raise HandoverTask.DoesNotExist
        raise ValidationError({"done": "Say true or false."})
    tick_tasks(task.handover, by=by, changes={task.pk: done})
    task.refresh_from_db(fields=["done_at", "done_by"])
    return task


@transaction.atomic
def tick_tasks(handover: Handover, *, by: User, changes: dict[int, bool]) -> int:
    """Tick (True) or untick (False) some of a handover's tasks at once — only those named, so a page
    saved after someone else ticked another task does not undo their tick. Returns how many changed."""
    handover = (
        # Lock the handover row only: the giver is nullable, and PostgreSQL cannot lock an outer join.
        Handover.objects.select_for_update(of=("self",))
        .select_related("key_role__program", "to_membership", "from_membership")
        .get(pk=handover.pk)
    )
    if not may_tick(by, handover):
        raise HandoverTask.DoesNotExist
    tasks = HandoverTask.objects.filter(handover=handover)
    now = timezone.now()
    changed = tasks.filter(pk__in=[pk for pk, done in changes.items() if done], done_at__isnull=True).update(
        done_at=now, done_by=by
    )
    changed += tasks.filter(
        pk__in=[pk for pk, done in changes.items() if not done], done_at__isnull=False
    ).update(done_at=None, done_by=None)
    completed_at = None if tasks.filter(done_at__isnull=True).exists() else (handover.completed_at or now)
    if completed_at != handover.completed_at:
        handover.completed_at = completed_at
        handover.save(update_fields=["completed_at"])
    if changed:
        audit.record(
            by,
            AuditAction.UPDATE,
            handover,
            program=handover.key_role.program,
            summary=f"{changed} handover task{'s' if changed != 1 else ''} ticked or unticked",
        )
    return changed


# --- Knowledge base -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """A file as received from a form or the API."""

    filename: str
    content: bytes
    content_type: str = ""
    size: int | None = None  # as received, when `content` stops short of it

    @classmethod
    def received(cls, file: UploadedFile | None) -> Upload | None:
        """The uploaded file, read no further than one byte past the size limit: a file too large is
        refused by its real size without being held in memory whole."""
        if file is None:
            return None
        return cls(file.name or "", file.read(max_upload_bytes() + 1), file.content_type or "", file.size)


def _checked_upload(upload: Upload | None) -> tuple[str, str, bytes]:
    """(filename, content type, bytes) of an acceptable upload: a PDF, Word or OpenDocument text, plain
    text or Markdown, up to the size limit, whose bytes match its name."""
    if upload is None or not upload.content:
        raise ValidationError({"file": "Choose a file to upload."})
    name = (upload.filename or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:200]
    extension = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED_UPLOADS:
        raise ValidationError(
            {"file": "Upload a PDF, Word (.docx), OpenDocument (.odt), text or Markdown file."}
        )
    limit = max_upload_bytes()
    size = max(upload.size or 0, len(upload.content))
    if size > limit:
        raise ValidationError({"file": f"The file is {size / MB:.1f} MB; the limit is {limit / MB:.0f} MB."})
    content = upload.content
    looks_right = {
        ".pdf": content.startswith(b"%PDF-"),
        ".docx": content.startswith(b"PK\x03\x04"),
        ".odt": content.startswith(b"PK\x03\x04"),
    }.get(extension)
    if looks_right is None:  # text: it must decode as UTF-8 and hold no NUL bytes
        try:
            looks_right = b"\x00" not in content and bool(content.decode("utf-8"))
        except UnicodeDecodeError:
            looks_right = False
    if not looks_right:
        raise ValidationError({"file": f"The file's contents are not a {extension} file."})
    return name, ALLOWED_UPLOADS[extension], content


def _add_version(document: Document, by: User, upload: Upload | None, note: str) -> DocumentVersion:
    name, content_type, content = _checked_upload(upload)
    last = document.versions.order_by("-number").values_list("number", flat=True).first() or 0
    return DocumentVersion.objects.create(
        document=document,
        number=last + 1,
        filename=name,
        content_type=content_type,
        size=len(content),
        content=content,
        note=(note or "")[:200],
        uploaded_by=by,
    )


@transaction.atomic
def add_document(
    program: Program,
    *,
    by: User,
    title: str,
    kind: str,
    owner: Membership | None,
    upload: Upload | None,
    last_reviewed_on: date | None = None,
    note: str = "",
) -> Document:
    """A new document in the program's knowledge base, with its first version."""
    _require_coordinator(by, program.pk, Document.DoesNotExist)
    errors = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = "Give the document a title."
    elif Document.objects.filter(program=program, title__iexact=title).exists():
        errors["title"] = "The knowledge base already has a document of that title."
    if kind not in DocumentKind.values:
        errors["kind"] = f"Choose one of: {', '.join(DocumentKind.values)}."
    if last_reviewed_on is not None and (
        not isinstance(last_reviewed_on, date) or last_reviewed_on > program.today()
    ):
        errors["last_reviewed_on"] = "Give the date it was last reviewed (not in the future)."
    if errors:
        raise ValidationError(errors)
    owner = _program_person(program, owner, "owner")
    _checked_upload(upload)
    try:
        with transaction.atomic():
            document = Document.objects.create(
                program=program,
                title=title,
                kind=kind,
                owner=owner,
                last_reviewed_on=last_reviewed_on or program.today(),
            )
    except IntegrityError:  # added by someone else since the check above
        raise ValidationError({"title": "The knowledge base already has a document of that title."}) from None
    _add_version(document, by, upload, note)
    audit.record(by, AuditAction.CREATE, document, program=program, summary="document added")
    return document


def may_revise(user: User, document: Document) -> bool:
    """Coordinators, and the document's owner while they are still a member."""
    owner = document.owner
    return (owner.user_id == user.pk and owner.status in CURRENT_STATUSES) or is_coordinator(
        user, document.program_id
    )


@transaction.atomic
def add_version(document: Document, *, by: User, upload: Upload | None, note: str = "") -> DocumentVersion:
    """A new version; earlier ones stay viewable. Uploading counts as a review."""
    document = Document.objects.select_for_update().select_related("owner", "program").get(pk=document.pk)
    if not may_revise(by, document):
        raise Document.DoesNotExist
    version = _add_version(document, by, upload, note)
    document.last_reviewed_on = document.program.today()
    document.save(update_fields=["last_reviewed_on"])
    audit.record(by, AuditAction.CREATE, version, program=document.program, summary="document version added")
    return version


@transaction.atomic
def mark_reviewed(document: Document, *, by: User, on: date | None = None) -> Document:
    if not may_revise(by, document):
        raise Document.DoesNotExist
    today = document.program.today()
    on = on or today
    if not isinstance(on, date) or on > today:
        raise ValidationError({"last_reviewed_on": "Give the date it was reviewed (not in the future)."})
    document.last_reviewed_on = on
    document.save(update_fields=["last_reviewed_on"])
    audit.record(by, AuditAction.UPDATE, document, program=document.program, summary="document reviewed")
    return document


@transaction.atomic
def update_document(
    document: Document,
    *,
    by: User,
    title: str | None = None,
    kind: str | None = None,
    owner: Membership | None = None,
) -> Document:
    _require_coordinator(by, document.program_id, Document.DoesNotExist)
    document = Document.objects.select_for_update().select_related("program", "owner").get(pk=document.pk)
    if title is not None:
        title = title.strip()
        if not title:
            raise ValidationError({"title": "Give the document a title."})
        if (
            Document.objects.filter(program_id=document.program_id, title__iexact=title)
            .exclude(pk=document.pk)
            .exists()
        ):
            raise ValidationError({"title": "The knowledge base already has a document of that title."})
        document.title = title
    if kind is not None:
        if kind not in DocumentKind.values:
            raise ValidationError({"kind": f"Choose one of: {', '.join(DocumentKind.values)}."})
        document.kind = kind
    if owner is not None:
        document.owner = _program_person(document.program, owner, "owner")
    document.save(update_fields=["title", "kind", "owner"])
    audit.record(by, AuditAction.UPDATE, document, program=document.program, summary="document changed")
    return document


# --- Departures ---------------------------------------------------------------------------------------


@receiver(post_save, sender=Membership)
def _left(sender: object, instance: Membership, raw: bool = False, **kwargs: object) -> None:
    """Someone who leaves the program holds no key role and is nobody's successor from that day: their
    holdings end (kept as history) and their nominations are withdrawn, so continuity sees the gap."""
    if raw or instance.status in CURRENT_STATUSES:
        return
    today = instance.program.today()
    KeyRoleHolder.objects.filter(membership=instance, ended_on__isnull=True).update(ended_on=today)
    Successor.objects.filter(membership=instance).delete()
