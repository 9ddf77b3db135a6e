"""Retention (SPEC 3.4, 3.6): free text about contacts and about supporters' wellbeing is erased a
program's `retention_days` after the event it describes; the structured, de-identified fields remain.

What is erased, and from which date, is declared once in `ERASURES`; the purge runs exactly that list
(one UPDATE per entry per program), and tests/supervision/test_retention.py fails if a free-text or
encrypted field of this app is neither in the list nor in its commented allow-list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Model, Q
from django.utils import timezone

from program.models import Program
from supervision.models import Contact, ContactAnnotation, Pause, SupervisionSession


@dataclass(frozen=True)
class Cutoff:
    """The moment before which an event is past retention, as a date in the program's zone and as an
    instant (for events recorded only as a timestamp)."""

    day: date
    instant: datetime


@dataclass(frozen=True)
class Erasure:
    model: type[Model]
    fields: tuple[str, ...]
    # Rows of `program` whose event is older than the cutoff, keyed on the event's own date.
    expired: Callable[[Program, Cutoff], Q]
    # Set alongside the erasure (given `now`), e.g. a stamp saying the text was erased.
    stamps: Callable[[datetime], dict[str, Any]] = field(default=lambda now: {})


def _contact_expired(program: Program, cutoff: Cutoff, prefix: str = "") -> Q:
    # A contact's date is the day it happened; a draft saved without one counts from when it was saved.
    return Q(**{f"{prefix}program": program}) & (
        Q(**{f"{prefix}contact_date__lt": cutoff.day})
        | Q(**{f"{prefix}contact_date__isnull": True, f"{prefix}created_at__lt": cutoff.instant})
    )


ERASURES: tuple[Erasure, ...] = (
    Erasure(
        Contact,
        ("narrative_encrypted",),
        _contact_expired,
        stamps=lambda now: {"narrative_erased_at": now},
    ),
    # A supervisor's note about a contact goes with the contact's narrative, whenever it was written.
    Erasure(
        ContactAnnotation,
        ("text_encrypted",),
        lambda program, cutoff: _contact_expired(program, cutoff, prefix="contact__"),
    ),
    Erasure(
        SupervisionSession,
        ("advice_encrypted", "follow_ups_encrypted"),
        lambda program, cutoff: Q(program=program, held_on__lt=cutoff.day),
    ),
    # Why someone was paused and how it was resolved: kept while the pause is open (it is reviewed
    # against them), erased once it has been over for the retention period.
    Erasure(
        Pause,
        ("reason_encrypted", "end_note_encrypted"),
        lambda program, cutoff: Q(program=program, ended_at__lt=cutoff.instant),
    ),
)


def erase_expired(now: datetime) -> dict[str, int]:
    """Erase free text past each program's retention period; return how many rows each kind touched.
    One UPDATE per kind of text per program, whatever the number of rows."""
    counts = {erasure.model._meta.model_name or "": 0 for erasure in ERASURES}
    for program in Program.objects.all().only("pk", "retention_days", "timezone"):
        instant = now - timedelta(days=program.retention_days)
        # The day counts back on the program's calendar, not from the instant: across a daylight-saving
        # change the instant's local date is a day early for an hour each night.
        day = timezone.localtime(now, program.tzinfo).date() - timedelta(days=program.retention_days)
        cutoff = Cutoff(day=day, instant=instant)
        for erasure in ERASURES:
            blank = Q(**{name: "" for name in erasure.fields})
            counts[erasure.model._meta.model_name or ""] += (
                erasure.model._default_manager.filter(erasure.expired(program, cutoff))
                .exclude(blank)
                .update(**{name: "" for name in erasure.fields}, **erasure.stamps(now))
            )
    return counts
