"""Scheduled jobs: a registry, an exactly-once runner and catch-up after downtime.

Jobs run only in `manage.py runscheduler`, never in web workers. Each module
registers its jobs with @scheduled_job in its own `jobs.py` (imported from its
AppConfig.ready), so `program` never imports the modules built on it.

Exactly once: before running, a process inserts a JobRun row for
(job, scheduled time); the unique constraint lets only one process win, on
SQLite and PostgreSQL alike. The scheduled time is recovered from the trigger,
which is why every job is cron-triggered and may start at most MISFIRE_GRACE
seconds late.
"""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from django.db import IntegrityError, close_old_connections, transaction
from django.utils import timezone

from program.models import JobOutcome, JobRun

logger = logging.getLogger(__name__)

MISFIRE_GRACE = timedelta(seconds=30)
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
    return fire


def run_job(job: Job, scheduled_for: datetime, *, caught_up: bool = False) -> JobRun | None:
    """Claim (job, scheduled_for) and run it; None if another process already has that run."""
    try:
        with transaction.atomic():
            run = JobRun.objects.create(
                job=job.id, scheduled_for=scheduled_for, host=f"{socket.gethostname()}", caught_up=caught_up
            )
    except IntegrityError:
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
