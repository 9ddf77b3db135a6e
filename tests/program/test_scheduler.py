"""The scheduler: exactly-once claims, recorded runs, catch-up, and the training-expiry reminders."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from program import scheduler
from program.jobs import training_expiry_reminders
from program.models import JobOutcome, JobRun, MembershipStatus, Notification, Role
from tests.conftest import World
from tests.factories import TrainingModuleFactory, TrainingRecordFactory

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parents[2]


def _record_expiring_in(world: World, days: int, membership=None):
    membership = membership or world.members[Role.SUPPORTER]
    module = TrainingModuleFactory(program=world.program, validity_months=12, required_for=["supporter"])
    today = timezone.localdate()
    return TrainingRecordFactory(
        membership=membership,
        module=module,
        completed_on=today - timedelta(days=300),
        expires_on=today + timedelta(days=days),
    )


def test_a_record_expiring_within_30_days_gets_one_reminder(world: World) -> None:
    record = _record_expiring_in(world, 20)
    first = training_expiry_reminders(timezone.now())
    second = training_expiry_reminders(timezone.now())
    assert first == {"reminded_7_days": 0, "reminded_30_days": 1}
    assert second == {"reminded_7_days": 0, "reminded_30_days": 0}
    note = Notification.objects.get(recipient=record.membership.user, kind="training_expiry")
    assert note.link == f"/programs/{record.membership.program_id}/training/"
    assert note.link == f"/programs/{world.program.pk}/training/"


def test_the_7_day_reminder_follows_the_30_day_one_once(world: World) -> None:
    record = _record_expiring_in(world, 20)
    training_expiry_reminders(timezone.now())
    record.expires_on = timezone.localdate() + timedelta(days=5)
    record.save(update_fields=["expires_on"])
    assert training_expiry_reminders(timezone.now()) == {"reminded_7_days": 1, "reminded_30_days": 0}
    assert training_expiry_reminders(timezone.now()) == {"reminded_7_days": 0, "reminded_30_days": 0}
    assert Notification.objects.filter(kind="training_expiry").count() == 2


def test_no_reminder_for_renewed_far_off_or_departed_members(world: World) -> None:
    renewed = _record_expiring_in(world, 10)
    TrainingRecordFactory(
        membership=renewed.membership, module=renewed.module, completed_on=timezone.localdate()
    )
    _record_expiring_in(world, 90)
    departed = world.unsupervised
    departed.status = MembershipStatus.ENDED
    departed.save()
    _record_expiring_in(world, 10, membership=departed)
    assert training_expiry_reminders(timezone.now()) == {"reminded_7_days": 0, "reminded_30_days": 0}


def test_a_run_is_claimed_once_and_recorded(world: World) -> None:
    job = scheduler.REGISTRY["training_expiry_reminders"]
    at = datetime(2026, 11, 24, 10, 15, tzinfo=UTC)
    run = scheduler.run_job(job, at)
    assert run is not None and run.outcome == JobOutcome.SUCCEEDED and run.finished_at is not None
    assert run.counts == {"reminded_7_days": 0, "reminded_30_days": 0}
    assert scheduler.run_job(job, at) is None
    assert JobRun.objects.filter(job=job.id, scheduled_for=at).count() == 1


def test_a_failing_job_is_recorded_as_failed(world: World) -> None:
    def broken(now):
        raise RuntimeError("database is on fire")

    job = scheduler.Job("broken", broken, scheduler.REGISTRY["training_expiry_reminders"].trigger, "broken")
    run = scheduler.run_job(job, datetime(2026, 11, 24, 10, 15, tzinfo=UTC))
    assert run.outcome == JobOutcome.FAILED and "database is on fire" in run.error


def test_the_scheduled_time_comes_from_the_trigger_within_the_grace() -> None:
    job = scheduler.REGISTRY["training_expiry_reminders"]  # minute 15 of every hour
    assert scheduler.scheduled_time(job, datetime(2026, 11, 24, 10, 15, 12, tzinfo=UTC)) == datetime(
        2026, 11, 24, 10, 15, tzinfo=UTC
    )


def test_missed_runs_are_caught_up_once(world: World) -> None:
    job = scheduler.REGISTRY["training_expiry_reminders"]
    JobRun.objects.create(
        job=job.id, scheduled_for=datetime(2026, 11, 24, 6, 15, tzinfo=UTC), outcome=JobOutcome.SUCCEEDED
    )
    now = datetime(2026, 11, 24, 10, 20, tzinfo=UTC)
    assert scheduler.missed_run(job, now) == datetime(2026, 11, 24, 10, 15, tzinfo=UTC)
    runs = scheduler.catch_up(now)
    assert [(r.job, r.scheduled_for, r.caught_up) for r in runs] == [
        (job.id, datetime(2026, 11, 24, 10, 15, tzinfo=UTC), True)
    ]
    assert scheduler.catch_up(now) == []


def test_no_catch_up_without_history_or_when_up_to_date(world: World) -> None:
    job = scheduler.REGISTRY["training_expiry_reminders"]
    now = datetime(2026, 11, 24, 10, 20, tzinfo=UTC)
    assert scheduler.missed_run(job, now) is None
    JobRun.objects.create(job=job.id, scheduled_for=datetime(2026, 11, 24, 10, 15, tzinfo=UTC))
    assert scheduler.missed_run(job, now) is None


def test_runscheduler_starts_and_stops_cleanly_on_sigterm(migrated_sqlite_file: Path) -> None:
    # The process only needs a migrated database of its own; the test checks its lifecycle.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{migrated_sqlite_file}"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runscheduler"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        started = process.stdout.readline()
        assert "Scheduler started with" in started and "training_expiry_reminders" in started
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0, output
    assert "Scheduler stopped." in output
