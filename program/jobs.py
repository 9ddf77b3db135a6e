"""Scheduler jobs of the program module."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from program.models import CURRENT_STATUSES, TrainingRecord
from program.notifications import notify
from program.scheduler import JobCounts, scheduled_job

# (field claimed, days before expiry) — the 7-day reminder also claims the 30-day one,
# so someone recorded 10 days before expiry gets one reminder, not two at once.
REMINDERS = (("reminded_7_at", 7), ("reminded_30_at", 30))


def _due_reminders(field: str, days: int, today_utc: datetime) -> list[int]:
    today = timezone.localdate(today_utc)
    newer = TrainingRecord.objects.filter(
        membership=OuterRef("membership"),
        module=OuterRef("module"),
        completed_on__gt=OuterRef("completed_on"),
    )
    return list(
        TrainingRecord.objects.filter(
            **{f"{field}__isnull": True},
            expires_on__gt=today,
            expires_on__lte=today + timedelta(days=days),
            membership__status__in=CURRENT_STATUSES,
        )
        .filter(~Exists(newer))
        .values_list("pk", flat=True)
    )


@scheduled_job("training_expiry_reminders", minute=15)
def training_expiry_reminders(now: datetime) -> JobCounts:
    """Remind members 30 and 7 days before a training completion expires (once each)."""
    counts: JobCounts = {}
    for field, days in REMINDERS:
        sent = 0
        for pk in _due_reminders(field, days, now):
            with transaction.atomic():
                claim = {field: now}
                if field == "reminded_7_at":
                    claim["reminded_30_at"] = now
                # Conditional UPDATE: only the process that flips the field sends the reminder.
                claimed = TrainingRecord.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(**claim)
                if not claimed:
                    continue
                record = TrainingRecord.objects.select_related(
                    "membership__user", "membership__program", "module"
                ).get(pk=pk)
                program = record.membership.program
                notify(
                    [record.membership.user],
                    kind="training_expiry",
                    link=reverse("training", args=[program.pk]),
                    program=program,
                )
                sent += 1
        counts[f"reminded_{days}_days"] = sent
    return counts
