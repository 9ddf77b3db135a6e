"""Scheduled jobs: a registry, an exactly-once runner and catch-up after downtime.

Jobs run only in `manage.py runscheduler`, never in web workers. Each module
registers its jobs with @scheduled_job in its own `jobs.py` (imported from its
AppConfig.ready), so `program` never imports the modules built on it.

Exactly once: before running, a process claims (job, scheduled time) by
inserting a JobRun row in its own transaction. On PostgreSQL it first takes a
transaction-level advisory lock on that pair and checks for an existing row, so
of several schedulers (a failover pair) one claims and the others step aside
without an error; the unique constraint on the row is the final word, on SQLite
and PostgreSQL alike. On SQLite a single scheduler process is the supported
set-up. The scheduled time is recovered from the trigger (the latest fire time
not after now), which is why every job is cron-triggered and may start at most
MISFIRE_GRACE seconds late.
"""

from __future__ import annotations

import logging
import os
import socket
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from django.db import IntegrityError, close_old_connections, connection, transaction
from django.utils import timezone

from program.models import JobOutcome, JobRun

logger = logging.getLogger(__name__)

MISFIRE_GRACE = timedelta(seconds=30)
CLAIM_LOCK_SPACE = 7401  # first key of the advisory locks that claim runs (keeps clear of other locks)
# Catch-up looks this far back at most; older misses are not worth replaying.
CATCH_UP_WINDOW = timedelta(days=7)

JobCounts = dict[str, int]


@dataclass(frozen=True)
class Job:
    id: str
    func: Callable[[datetime], JobCounts]
    trigger: CronTrigger
    description: str


REGISTRY: dict[str, Job] = {}


def scheduled_job(job_id: str, **cron: str | int) -> Callable[[Callable[[datetime], JobCounts]], Callable]:
    """Register `func(now) -> counts` to run on a cron schedule (UTC)."""

    def register(func: Callable[[datetime], JobCounts]) -> Callable[[datetime], JobCounts]:
        cron.setdefault("second", 0)
        REGISTRY[job_id] = Job(
            id=job_id,
            func=func,
            trigger=CronTrigger(timezone="UTC", **cron),
            description=(func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else job_id,
        )
        return func

    return register


def scheduled_time(job: Job, now: datetime) -> datetime:
    """The fire time this run belongs to: the latest one no later than now (within the grace)."""
    fire = job.trigger.get_next_fire_time(None, now - MISFIRE_GRACE)
    if fire is None or fire > now:
        # Started by hand between fire times: attribute it to the minute it started.
        return now.replace(second=0, microsecond=0)
    while (later := job.trigger.get_next_fire_time(fire, fire + timedelta(microseconds=1))) and later <= now:
        fire = later
    return fire


def _lock_key(job_id: str, scheduled_for: datetime) -> int:
    """A signed 32-bit key for pg_try_advisory_xact_lock(int, int), the same in every process."""
    key = zlib.crc32(f"{job_id}|{scheduled_for.isoformat()}".encode())
    return key - 2**32 if key >= 2**31 else key


def _claim(job: Job, scheduled_for: datetime, caught_up: bool) -> JobRun | None:
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_try_advisory_xact_lock(%s, %s)",
                    [CLAIM_LOCK_SPACE, _lock_key(job.id, scheduled_for)],
                )
                if not cursor.fetchone()[0]:
                    return None  # another scheduler is claiming this very run right now
        if JobRun.objects.filter(job=job.id, scheduled_for=scheduled_for).exists():
            return None
        return JobRun.objects.create(
            job=job.id,
            scheduled_for=scheduled_for,
            host=f"{socket.gethostname()}:{os.getpid()}",
            caught_up=caught_up,
        )


def run_job(job: Job, scheduled_for: datetime, *, caught_up: bool = False) -> JobRun | None:
    """Claim (job, scheduled_for) and run it; None if another process already has that run."""
    try:
        run = _claim(job, scheduled_for, caught_up)
    except IntegrityError:
        run = None
    if run is None:
        logger.info("Job %s for %s already claimed elsewhere", job.id, scheduled_for.isoformat())
        return None
    try:
        counts = job.func(timezone.now())
    except Exception:
        run.outcome = JobOutcome.FAILED
        run.error = traceback.format_exc(limit=5)[-4000:]
        logger.exception("Job %s failed", job.id)
    else:
        run.outcome = JobOutcome.SUCCEEDED
        run.counts = counts
    run.finished_at = timezone.now()
    run.save(update_fields=["outcome", "error", "counts", "finished_at"])
    return run


def run_now(job_id: str) -> JobRun | None:
    """Run a job for its current scheduled time (the scheduler's entry point, on its worker thread)."""
    # A long-lived process must not reuse a connection the database has dropped meanwhile.
    close_old_connections()
    try:
        job = REGISTRY[job_id]
        return run_job(job, scheduled_time(job, timezone.now()))
    finally:
        close_old_connections()


def missed_run(job: Job, now: datetime) -> datetime | None:
    """The latest fire time missed while no scheduler ran, if any (older misses collapse into it)."""
    last = (
        JobRun.objects.filter(job=job.id)
        .order_by("-scheduled_for")
        .values_list("scheduled_for", flat=True)
        .first()
    )
    if last is None:
        return None
    start = max(last, now - CATCH_UP_WINDOW)
    latest = None
    fire = job.trigger.get_next_fire_time(None, start + timedelta(microseconds=1))
    # Up to now itself: a run due moments before start-up is not run by APScheduler either.
    while fire is not None and fire <= now:
        latest = fire
        fire = job.trigger.get_next_fire_time(fire, fire + timedelta(microseconds=1))
    if latest is not None and latest <= last:
        return None
    return latest


def catch_up(now: datetime | None = None) -> list[JobRun]:
    """Run once each job whose scheduled run was missed during downtime."""
    now = now or timezone.now()
    runs = []
    for job in REGISTRY.values():
        missed = missed_run(job, now)
        if missed is not None:
            run = run_job(job, missed, caught_up=True)
            if run is not None:
                runs.append(run)
    return runs
