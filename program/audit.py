"""The append-only audit trail: record() is the only way in."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AnonymousUser, User
from django.db import models

from program.middleware import current_source_ip
from program.models import AuditAction, AuditEvent, Program


def record(
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    obj: models.Model,
    *,
    program: Program | None = None,
    summary: str = "",
) -> AuditEvent:
    """Append one event. `summary` names what changed, never sensitive values."""
    return AuditEvent.objects.create(
        actor=actor if isinstance(actor, User) else None,
        program=program,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        summary=summary[:300],
        source_ip=current_source_ip.get(),
    )


def record_many(
    actor: User | AnonymousUser | None,
    action: AuditAction | str,
    objects: Sequence[models.Model],
    *,
    program: Program | None = None,
    summary: str = "",
) -> None:
    """Append one event per object in one statement (e.g. each supporter whose check-ins were read)."""
    AuditEvent.objects.bulk_create(
        [
            AuditEvent(
                actor=actor if isinstance(actor, User) else None,
                program=program,
                action=action,
                object_type=obj._meta.label_lower,
                object_id=str(obj.pk),
                summary=summary[:300],
                source_ip=current_source_ip.get(),
            )
            for obj in objects
        ]
    )
