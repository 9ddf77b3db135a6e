"""The append-only audit trail: record() is the only way in."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AnonymousUser, User
from django.db import models

from program.middleware import current_source_ip
from program.models import AuditAction, AuditEvent, Program


def _event(
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    obj: models.Model,
    program: Program | None,
    summary: str,
) -> AuditEvent:
    return AuditEvent(
        actor=actor if isinstance(actor, User) else None,
        program=program,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        summary=summary[:300],
        source_ip=current_source_ip.get(),
    )


def record(
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    obj: models.Model,
    *,
    program: Program | None = None,
    summary: str = "",
) -> AuditEvent:
    """Append one event. `summary` names what changed, never sensitive values."""
    event = _event(actor, action, obj, program, summary)
    event.save()
    return event


def record_many(
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    objects: Sequence[models.Model],
    *,
    program: Program | None = None,
    summary: str = "",
) -> None:
    """Append one event per object in one statement (e.g. each supporter whose check-ins were read)."""
    AuditEvent.objects.bulk_create([_event(actor, action, obj, program, summary) for obj in objects])
