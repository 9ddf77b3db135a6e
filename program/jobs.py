"""Scheduler jobs of the program module."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from program.models import (
    CURRENT_STATUSES,
    DeliveryStatus,
    JobOutcome,
    JobRun,
    OutboundMessage,
    SignInSession,
    TrainingRecord,
)
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


@scheduled_job("housekeeping_purge", hour=4, minute=10)
def housekeeping_purge(now: datetime) -> JobCounts:
    """Delete finished job runs older than JOB_RUN_RETENTION_DAYS (the latest run of each job stays: a
    scheduler's catch-up reads it) and sent or failed deliveries older than DELIVERY_RETENTION_DAYS.
    Queued deliveries and running runs are never touched; signed-in session rows go once their session
    has expired. Single DELETEs, safe to repeat."""
    newer = JobRun.objects.filter(job=OuterRef("job"), scheduled_for__gt=OuterRef("scheduled_for"))
    runs, _ = (
        JobRun.objects.exclude(outcome=JobOutcome.RUNNING)
        .filter(Exists(newer), scheduled_for__lt=now - timedelta(days=settings.JOB_RUN_RETENTION_DAYS))
        .delete()
    )
    deliveries, _ = OutboundMessage.objects.filter(
        status__in=[DeliveryStatus.SENT, DeliveryStatus.FAILED],
        created_at__lt=now - timedelta(days=settings.DELIVERY_RETENTION_DAYS),
    ).delete()
    # A session unseen for longer than a session lasts has expired: its row only says where someone once was.
    sessions, _ = SignInSession.objects.filter(
        last_seen_at__lt=now - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    ).delete()
    return {"job_runs_deleted": runs, "deliveries_deleted": deliveries, "sign_in_sessions_deleted": sessions}
