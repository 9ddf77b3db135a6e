"""Nightly housekeeping: finished job runs and finished deliveries are deleted after their retention
period; the latest run of each job, running runs and queued deliveries are never touched."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.test import override_settings

from program.jobs import housekeeping_purge
from program.models import DeliveryStatus, JobOutcome, JobRun, OutboundMessage, SignInSession
from program.scheduler import REGISTRY, missed_run
from tests.factories import JobRunFactory, OutboundMessageFactory, UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 4, 10, tzinfo=UTC)


@override_settings(JOB_RUN_RETENTION_DAYS=30)
def test_old_finished_runs_go_but_each_jobs_latest_and_running_ones_stay() -> None:
    old = NOW - timedelta(days=31)
    gone = [JobRunFactory(job="swap_expiry", scheduled_for=old - timedelta(hours=h)) for h in range(3)]
    failed_old = JobRunFactory(
        job="swap_expiry", scheduled_for=old - timedelta(days=1), outcome=JobOutcome.FAILED
    )
    recent = JobRunFactory(job="swap_expiry", scheduled_for=NOW - timedelta(days=29))
    # A monthly job's only run is older than the period: the latest of its job, so it stays.
    only = JobRunFactory(job="succession_checks", scheduled_for=old - timedelta(days=10))
    running = JobRunFactory(
        job="advice_escalation", scheduled_for=old, outcome=JobOutcome.RUNNING, finished_at=None
    )
    JobRunFactory(job="advice_escalation", scheduled_for=NOW - timedelta(minutes=1))

    counts = housekeeping_purge(NOW)

    assert counts["job_runs_deleted"] == len(gone) + 1
    left = set(JobRun.objects.values_list("pk", flat=True))
    assert {recent.pk, only.pk, running.pk} <= left
    assert not left & {run.pk for run in [*gone, failed_old]}
    assert housekeeping_purge(NOW)["job_runs_deleted"] == 0  # safe to repeat


@override_settings(JOB_RUN_RETENTION_DAYS=30)
def test_catch_up_still_sees_each_jobs_latest_run_after_the_purge() -> None:
    job = REGISTRY["succession_checks"]
    last = NOW - timedelta(days=40)
    JobRunFactory(job=job.id, scheduled_for=last - timedelta(days=1))
    JobRunFactory(job=job.id, scheduled_for=last)
    before = missed_run(job, NOW)
    housekeeping_purge(NOW)
    assert JobRun.objects.filter(job=job.id).get().scheduled_for == last
    assert missed_run(job, NOW) == before


@override_settings(DELIVERY_RETENTION_DAYS=90)
def test_old_sent_and_failed_deliveries_go_queued_ones_never() -> None:
    old = NOW - timedelta(days=91)
    sent = OutboundMessageFactory(status=DeliveryStatus.SENT, created_at=old, sent_at=old)
    failed = OutboundMessageFactory(status=DeliveryStatus.FAILED, created_at=old)
    queued = OutboundMessageFactory(status=DeliveryStatus.QUEUED, created_at=old)
    sending = OutboundMessageFactory(status=DeliveryStatus.SENDING, created_at=old)
    fresh = OutboundMessageFactory(status=DeliveryStatus.SENT, created_at=NOW - timedelta(days=89))

    assert housekeeping_purge(NOW)["deliveries_deleted"] == 2

    left = set(OutboundMessage.objects.values_list("pk", flat=True))
    assert left == {queued.pk, sending.pk, fresh.pk}
    assert not left & {sent.pk, failed.pk}


def test_housekeeping_removes_the_rows_of_expired_sessions(settings) -> None:
    user = UserFactory()
    age = timedelta(seconds=settings.SESSION_COOKIE_AGE)
    expired = SignInSession.objects.create(
        user=user, session_key="a" * 32, last_seen_at=NOW - age - timedelta(minutes=1)
    )
    live = SignInSession.objects.create(
        user=user, session_key="b" * 32, last_seen_at=NOW - age + timedelta(minutes=1)
    )
    assert housekeeping_purge(NOW)["sign_in_sessions_deleted"] == 1
    assert list(SignInSession.objects.all()) == [live]
    assert not SignInSession.objects.filter(pk=expired.pk).exists()
