"""Scheduler leases: a run whose holder died is taken over once its lease lapses, by exactly one
claimer, and completes once; a live lease is left alone; a holder that comes back after a takeover
cannot record a second outcome (issue 13, part 5). The real crash — kill -9 of a scheduler process on
PostgreSQL — is in test_scheduler_crash.py."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from apscheduler.triggers.cron import CronTrigger
from django.db import connection
from django.utils import timezone

from program import scheduler
from program.models import JobOutcome, JobRun

REPO = Path(__file__).resolve().parents[2]
JOB_ID = "lease_test_job"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Registers JOB_ID, a job that appends to the returned list each time it runs."""
    ran: list[str] = []

    def job(now: datetime) -> scheduler.JobCounts:
        ran.append(now.isoformat())
        return {"ran": len(ran)}

    register(monkeypatch, job)
    return ran


# These tests are about leases, not fire times: the test job's trigger never fires near "now", so
# catch_up() finds no missed run whatever the wall clock reads (an hourly trigger made two tests fail
# whenever the suite ran within five minutes after a quarter past the hour).
NEVER_NEAR_NOW = CronTrigger(year=2099, month=1, day=1, hour=0, minute=0, timezone=UTC)


def register(monkeypatch: pytest.MonkeyPatch, func: Callable[[datetime], scheduler.JobCounts]) -> None:
    job = scheduler.Job(JOB_ID, func, NEVER_NEAR_NOW, "a test job")
    monkeypatch.setitem(scheduler.REGISTRY, JOB_ID, job)


def running_run(*, lease_from_now: timedelta | None, attempt: int = 1, ago: timedelta = timedelta(minutes=5)):
    """A run left "running" by holder dead-host:1, its lease ending lease_from_now from now (None: no
    lease, as rows written before leases existed)."""
    now = timezone.now()
    return JobRun.objects.create(
        job=JOB_ID,
        scheduled_for=(now - ago).replace(second=0, microsecond=0),
        host="dead-host:1",
        attempt=attempt,
        heartbeat_at=None if lease_from_now is None else now - timedelta(minutes=1),
        lease_expires_at=None if lease_from_now is None else now + lease_from_now,
    )


@pytest.mark.django_db
class TestClaimAndTakeover:
    def test_a_claimed_run_holds_a_lease_as_it_runs(self, monkeypatch: pytest.MonkeyPatch) -> None:
        seen: list[JobRun] = []

        def look(now: datetime) -> scheduler.JobCounts:
            seen.append(JobRun.objects.get(job=JOB_ID))
            return {}

        register(monkeypatch, look)
        before = timezone.now()
        run = scheduler.run_job(
            scheduler.REGISTRY[JOB_ID], before.replace(second=0, microsecond=0), holder="a:1"
        )
        [during] = seen
        assert during.outcome == JobOutcome.RUNNING and during.host == "a:1" and during.attempt == 1
        assert during.lease_expires_at is not None
        assert (
            before + scheduler.lease_length()
            <= during.lease_expires_at
            <= timezone.now() + scheduler.lease_length()
        )
        assert run is not None and run.outcome == JobOutcome.SUCCEEDED
        assert JobRun.objects.get(pk=run.pk).outcome == JobOutcome.SUCCEEDED

    def test_a_live_lease_is_not_taken_over(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=timedelta(seconds=30))
        assert scheduler.take_over(run.pk, holder="a:1") is None
        assert scheduler.take_over_lapsed(holder="b:2") == []
        assert scheduler.catch_up() == []
        assert calls == []
        run.refresh_from_db()
        assert (run.outcome, run.host, run.attempt) == (JobOutcome.RUNNING, "dead-host:1", 1)

    def test_of_two_claimers_of_a_lapsed_run_exactly_one_takes_it_over(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=-timedelta(seconds=1))
        first = scheduler.take_over(run.pk, holder="a:1")
        second = scheduler.take_over(run.pk, holder="b:2")
        assert first is not None and second is None
        assert (first.host, first.attempt, first.taken_over_from) == ("a:1", 2, "dead-host:1")
        assert first.lease_expires_at is not None and first.lease_expires_at > timezone.now()
        assert first.outcome == JobOutcome.RUNNING  # taken, not yet run: take_over only claims

    def test_a_lapsed_run_is_run_again_and_completes_once(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=-timedelta(seconds=1))
        [taken] = scheduler.take_over_lapsed(holder="a:1")
        assert scheduler.take_over_lapsed(holder="b:2") == []
        assert len(calls) == 1
        run.refresh_from_db()
        assert (run.outcome, run.attempt, run.host, run.taken_over_from) == (
            JobOutcome.SUCCEEDED,
            2,
            "a:1",
            "dead-host:1",
        )
        assert run.counts == {"ran": 1} and run.finished_at is not None
        assert taken.pk == run.pk and taken.outcome == JobOutcome.SUCCEEDED

    def test_catch_up_at_start_up_takes_over_lapsed_runs(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=-timedelta(seconds=1))
        assert [(r.pk, r.attempt, r.outcome) for r in scheduler.catch_up()] == [
            (run.pk, 2, JobOutcome.SUCCEEDED)
        ]
        assert len(calls) == 1

    def test_a_run_from_before_leases_counts_as_lapsed(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=None)
        [taken] = scheduler.take_over_lapsed(holder="a:1")
        assert (taken.pk, taken.attempt, taken.outcome) == (run.pk, 2, JobOutcome.SUCCEEDED)

    def test_finished_runs_are_never_taken_over(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=-timedelta(minutes=1))
        JobRun.objects.filter(pk=run.pk).update(outcome=JobOutcome.FAILED, finished_at=timezone.now())
        assert scheduler.take_over(run.pk, holder="a:1") is None
        assert scheduler.take_over_lapsed(holder="a:1") == [] and calls == []

    def test_a_run_that_used_every_attempt_is_abandoned_not_run(self, calls: list[str], settings) -> None:
        settings.SCHEDULER_MAX_ATTEMPTS = 3
        run = running_run(lease_from_now=-timedelta(seconds=1), attempt=3)
        assert scheduler.take_over(run.pk, holder="a:1") is None
        assert scheduler.take_over_lapsed(holder="a:1") == []
        assert calls == []
        run.refresh_from_db()
        assert run.outcome == JobOutcome.FAILED and run.finished_at is not None
        assert "lapsed on each of 3 attempt(s)" in run.error

    def test_a_lapsed_run_older_than_the_catch_up_window_is_abandoned(self, calls: list[str]) -> None:
        run = running_run(lease_from_now=None, ago=scheduler.CATCH_UP_WINDOW + timedelta(hours=1))
        assert scheduler.take_over_lapsed(holder="a:1") == [] and calls == []
        run.refresh_from_db()
        assert run.outcome == JobOutcome.FAILED and "older than the catch-up window" in run.error

    def test_a_lapsed_run_of_a_job_this_version_lacks_is_left_alone(self) -> None:
        run = running_run(lease_from_now=-timedelta(seconds=1))  # JOB_ID is not registered here
        assert scheduler.take_over_lapsed(holder="a:1") == []
        run.refresh_from_db()
        assert (run.outcome, run.attempt) == (JobOutcome.RUNNING, 1)

    def test_a_holder_that_returns_after_a_takeover_does_not_record_its_outcome(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Holder a stalls past its lease; b takes the run over and finishes it; then a finishes too."""
        outcomes: list[str] = []

        def job(now: datetime) -> scheduler.JobCounts:
            if not outcomes:
                outcomes.append("a")
                JobRun.objects.filter(job=JOB_ID).update(
                    lease_expires_at=timezone.now() - timedelta(seconds=1)
                )
                assert len(scheduler.take_over_lapsed(holder="b:2")) == 1
                return {"by": 1}
            outcomes.append("b")
            return {"by": 2}

        register(monkeypatch, job)
        run = scheduler.run_job(
            scheduler.REGISTRY[JOB_ID], timezone.now().replace(second=0, microsecond=0), holder="a:1"
        )
        assert outcomes == ["a", "b"]
        assert run is not None
        stored = JobRun.objects.get(pk=run.pk)
        assert (stored.counts, stored.host, stored.attempt) == ({"by": 2}, "b:2", 2)
        # What run_job hands back is the stored row, not the stalled holder's discarded outcome.
        assert run.counts == {"by": 2}


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_renews_the_lease_while_the_job_runs(monkeypatch: pytest.MonkeyPatch, settings) -> None:
    settings.SCHEDULER_LEASE_SECONDS = 2
    settings.SCHEDULER_HEARTBEAT_SECONDS = 1
    leases: list[JobRun] = []

    def slow(now: datetime) -> scheduler.JobCounts:
        leases.append(JobRun.objects.get(job=JOB_ID))
        time.sleep(3.5)  # longer than the lease: only heartbeats keep it
        leases.append(JobRun.objects.get(job=JOB_ID))
        # Meanwhile another scheduler looks for lapsed runs and must find none.
        assert scheduler.take_over_lapsed(holder="b:2") == []
        return {}

    register(monkeypatch, slow)
    run = scheduler.run_job(
        scheduler.REGISTRY[JOB_ID], timezone.now().replace(second=0, microsecond=0), holder="a:1"
    )
    first, later = leases
    assert first.lease_expires_at is not None and later.lease_expires_at is not None
    assert later.heartbeat_at is not None and first.heartbeat_at is not None
    assert later.heartbeat_at - first.heartbeat_at >= timedelta(seconds=2)
    assert later.lease_expires_at > first.lease_expires_at + timedelta(seconds=2)
    assert later.lease_expires_at > timezone.now()  # still live when the job ended
    assert run is not None and run.outcome == JobOutcome.SUCCEEDED and run.attempt == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent takers need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_of_many_concurrent_takers_exactly_one_wins_on_postgresql() -> None:
    run = running_run(lease_from_now=-timedelta(seconds=1))
    takers = 8
    barrier = threading.Barrier(takers)
    won: list[str] = []

    def take(name: str) -> None:
        try:
            barrier.wait()
            if scheduler.take_over(run.pk, holder=name) is not None:
                won.append(name)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(f"taker:{i}",)) for i in range(takers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(won) == 1, won
    run.refresh_from_db()
    assert (run.host, run.attempt) == (won[0], 2)


def test_a_heartbeat_longer_than_half_the_lease_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env={
            **os.environ,
            "SCHEDULER_LEASE_SECONDS": "60",
            "SCHEDULER_HEARTBEAT_SECONDS": "31",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SCHEDULER_HEARTBEAT_SECONDS must be at most half of SCHEDULER_LEASE_SECONDS" in result.stderr
