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

Surviving a crash: the claimer holds a lease on its run (`lease_expires_at`) and a heartbeat thread
renews it every SCHEDULER_HEARTBEAT_SECONDS while the job runs. A run whose lease lapsed — its process
was killed, its machine lost — is taken over by a conditional UPDATE (still running, lease still
lapsed), so of several takers exactly one wins on SQLite and PostgreSQL alike; it runs the job again
with `attempt` one higher. Start-up catch-up and a sweep every heartbeat interval both take over lapsed
runs. Completion is conditional on the attempt too, so a holder that only stalled and comes back after
a takeover cannot record a second outcome. Jobs must therefore be safe to run again after a partial
run (each announces once, by conditional updates; README lists them). Lease times use the application
clock, so schedulers' hosts keep their clocks synchronised (NTP); seconds of skew are harmless.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.db import DatabaseError, IntegrityError, close_old_connections, connection, transaction
from django.db.models import F, Q, QuerySet
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


def holder_id() -> str:
    """Who holds a run: this host and process (what an operator needs to find it)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def lease_length() -> timedelta:
    return timedelta(seconds=settings.SCHEDULER_LEASE_SECONDS)


def _claim(job: Job, scheduled_for: datetime, caught_up: bool, holder: str) -> JobRun | None:
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
        now = timezone.now()
        return JobRun.objects.create(
            job=job.id,
            scheduled_for=scheduled_for,
            host=holder,
            caught_up=caught_up,
            heartbeat_at=now,
            lease_expires_at=now + lease_length(),
        )


def _lapsed(now: datetime) -> QuerySet[JobRun]:
    """Runs still marked running whose holder stopped renewing the lease (or never had one: rows written
    before leases existed would otherwise stay running for ever)."""
    return JobRun.objects.filter(outcome=JobOutcome.RUNNING).filter(
        Q(lease_expires_at__lt=now) | Q(lease_expires_at__isnull=True)
    )


def take_over(run_id: int, *, now: datetime | None = None, holder: str | None = None) -> JobRun | None:
    """Claim a run whose lease lapsed; None if its holder is alive or another process took it first.

    One conditional UPDATE: on PostgreSQL a second taker waits on the row lock and then re-checks the
    condition against the row the first one wrote (lease now live), so it updates nothing; on SQLite
    writes are serialised. Either way exactly one taker sees a row count of 1."""
    now = now or timezone.now()
    taken = (
        _lapsed(now)
        .filter(pk=run_id, attempt__lt=settings.SCHEDULER_MAX_ATTEMPTS)
        .update(
            attempt=F("attempt") + 1,
            taken_over_from=F("host"),  # SET reads the row as it was, so this is the previous holder
            host=holder or holder_id(),
            heartbeat_at=now,
            lease_expires_at=now + lease_length(),
        )
    )
    if not taken:
        return None
    run = JobRun.objects.get(pk=run_id)
    logger.warning(
        "Took over job %s for %s from %s (attempt %s): its lease had lapsed",
        run.job,
        run.scheduled_for.isoformat(),
        run.taken_over_from or "an unknown holder",
        run.attempt,
    )
    return run


def _abandon_hopeless(now: datetime) -> int:
    """Close lapsed runs that are not worth taking over, as failed with the reason: ones that already used
    every attempt (the job may be what kills its process) and ones older than catch-up would replay."""
    abandoned = (
        _lapsed(now)
        .filter(attempt__gte=settings.SCHEDULER_MAX_ATTEMPTS)
        .update(
            outcome=JobOutcome.FAILED,
            finished_at=now,
            error=f"Abandoned: its lease lapsed on each of {settings.SCHEDULER_MAX_ATTEMPTS} attempt(s).",
        )
    )
    abandoned += (
        _lapsed(now)
        .filter(scheduled_for__lt=now - CATCH_UP_WINDOW)
        .update(
            outcome=JobOutcome.FAILED,
            finished_at=now,
            error="Abandoned: its lease lapsed and the run is older than the catch-up window.",
        )
    )
    if abandoned:
        logger.error("Abandoned %s job run(s) whose lease lapsed", abandoned)
    return abandoned


def take_over_lapsed(now: datetime | None = None, *, holder: str | None = None) -> list[JobRun]:
    """Take over, run and finish every run of a known job whose lease lapsed (oldest first)."""
    _abandon_hopeless(now or timezone.now())
    candidates = list(
        _lapsed(now or timezone.now())
        .filter(job__in=list(REGISTRY))  # a job this version no longer has is left for one that does
        .order_by("scheduled_for")
        .values_list("pk", "job")
    )
    runs = []
    for run_id, job_id in candidates:
        # A fresh clock per run unless told otherwise: the runs before this one may have taken a while.
        run = take_over(run_id, now=now, holder=holder)
        if run is not None:
            runs.append(_execute(REGISTRY[job_id], run))
    return runs


def _beat(run: JobRun, stopped: threading.Event) -> None:
    """Renew the run's lease every heartbeat interval until stopped or the run is no longer ours."""
    try:
        while not stopped.wait(settings.SCHEDULER_HEARTBEAT_SECONDS):
            now = timezone.now()
            try:
                renewed = JobRun.objects.filter(
                    pk=run.pk, attempt=run.attempt, outcome=JobOutcome.RUNNING
                ).update(heartbeat_at=now, lease_expires_at=now + lease_length())
            except DatabaseError:
                # The database may be back by the next beat; the lease has room for a missed one.
                logger.exception("Heartbeat of job %s could not renew its lease", run.job)
                connection.close()
                continue
            if not renewed:
                logger.error(
                    "Job %s for %s lost its lease to another scheduler; its outcome here will not count",
                    run.job,
                    run.scheduled_for.isoformat(),
                )
                return
    finally:
        # This thread's own connection (Django connections are per thread).
        connection.close()


def _execute(job: Job, run: JobRun) -> JobRun:
    """Run the job under the run's lease and record the outcome if the run is still ours."""
    stopped = threading.Event()
    heartbeat = threading.Thread(target=_beat, args=(run, stopped), name=f"heartbeat-{job.id}", daemon=True)
    heartbeat.start()
    try:
        counts = job.func(timezone.now())
    except Exception:
        run.outcome = JobOutcome.FAILED
        run.error = traceback.format_exc(limit=5)[-4000:]
        logger.exception("Job %s failed", job.id)
    else:
        run.outcome = JobOutcome.SUCCEEDED
        run.counts = counts
    finally:
        stopped.set()
        heartbeat.join(timeout=settings.SCHEDULER_HEARTBEAT_SECONDS)
    run.finished_at = timezone.now()
    # Conditional on the attempt: if the run was taken over meanwhile, the taker's outcome is the one.
    recorded = JobRun.objects.filter(pk=run.pk, attempt=run.attempt, outcome=JobOutcome.RUNNING).update(
        outcome=run.outcome, error=run.error, counts=run.counts, finished_at=run.finished_at
    )
    if not recorded:
        logger.error(
            "Job %s for %s finished after another scheduler took it over; outcome not recorded",
            job.id,
            run.scheduled_for.isoformat(),
        )
        run.refresh_from_db()
    return run


def run_job(
    job: Job, scheduled_for: datetime, *, caught_up: bool = False, holder: str | None = None
) -> JobRun | None:
    """Claim (job, scheduled_for) and run it; None if another process already has that run."""
    try:
        run = _claim(job, scheduled_for, caught_up, holder or holder_id())
    except IntegrityError:
        run = None
    if run is None:
        logger.info("Job %s for %s already claimed elsewhere", job.id, scheduled_for.isoformat())
        return None
    return _execute(job, run)


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


def sweep() -> list[JobRun]:
    """The running scheduler's regular lease tick: take over runs whose holder died."""
    close_old_connections()
    try:
        return take_over_lapsed()
    finally:
        close_old_connections()


def catch_up(now: datetime | None = None) -> list[JobRun]:
    """At start-up: finish runs whose holder died, then run once each job whose run was missed while down."""
    runs = take_over_lapsed(now)
    now = now or timezone.now()
    for job in REGISTRY.values():
        missed = missed_run(job, now)
        if missed is not None:
            run = run_job(job, missed, caught_up=True)
            if run is not None:
                runs.append(run)
    return runs
