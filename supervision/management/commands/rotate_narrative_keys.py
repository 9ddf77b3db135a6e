"""Re-encrypt every stored narrative, note and session record with the newest NARRATIVE_KEYS key."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import models, transaction

from program.models import TOTPDevice
from supervision.contacts import crypto
from supervision.models import Contact, ContactAnnotation, SupervisionSession

ENCRYPTED: list[tuple[type[models.Model], tuple[str, ...]]] = [
    (Contact, ("narrative_encrypted",)),
    (ContactAnnotation, ("text_encrypted",)),
    (SupervisionSession, ("advice_encrypted", "follow_ups_encrypted")),
    # Authenticator keys (program/mfa.py) are encrypted with the same keys.
    (TOTPDevice, ("secret_encrypted",)),
]
BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt narratives and notes with the first NARRATIVE_KEYS key (before dropping an old one)."

    def handle(self, *args: Any, **options: Any) -> None:
        for model, fields in ENCRYPTED:
            rotated = 0
            last_pk = 0
            while True:
                with transaction.atomic():
                    rows = list(
                        model._default_manager.select_for_update()
                        .filter(pk__gt=last_pk)
                        .order_by("pk")
                        .only("pk", *fields)[:BATCH]
                    )
                    if not rows:
                        break
                    for row in rows:
                        for field in fields:
                            setattr(row, field, crypto.rotate(getattr(row, field)))
                    model._default_manager.bulk_update(rows, list(fields))
                    rotated += len(rows)
                    last_pk = rows[-1].pk
            self.stdout.write(f"{model._meta.label}: {rotated} row(s) re-encrypted")
