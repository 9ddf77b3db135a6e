"""The scheduler process: `python manage.py runscheduler`. Thin: the jobs live in each module's jobs.py,
the outbox worker in program/outbox.py (a thread of this process, polling every OUTBOX_POLL_SECONDS:
a cron job's once-a-minute granularity and a JobRun row per round would not suit a queue)."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from program import outbox, scheduler


class Command(BaseCommand):
    help = (
        "Run the scheduled jobs (pause rules, reminders, alerts, retention) and deliver the outbox "
        "until stopped."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--once", action="store_true", help="Catch up, run every job once now, and exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        caught_up = scheduler.catch_up()
        for run in caught_up:
            how = f"Took over (attempt {run.attempt})" if run.attempt > 1 else "Caught up"
            self.stdout.write(f"{how} {run.job} for {run.scheduled_for:%Y-%m-%d %H:%M} UTC: {run.outcome}")
        if options["once"]:
            for job_id in scheduler.REGISTRY:
                claimed = scheduler.run_now(job_id)
                self.stdout.write(f"{job_id}: {claimed.outcome if claimed else 'already run elsewhere'}")
            counts = outbox.deliver_due()
            self.stdout.write(
                f"outbox: {counts['sent']} sent, {counts['queued']} to retry, {counts['failed']} failed"
            )
            return

        # On SQLite one writer at a time: jobs due together run one after another. PostgreSQL takes them
        # in parallel (each claims its own run).
        workers = 1 if connection.vendor == "sqlite" else 10
        blocking = BlockingScheduler(timezone="UTC", executors={"default": ThreadPoolExecutor(workers)})
        for job in scheduler.REGISTRY.values():
            blocking.add_job(
                scheduler.run_now,
                trigger=job.trigger,
                args=[job.id],
                id=job.id,
                name=job.description,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=int(scheduler.MISFIRE_GRACE.total_seconds()),
            )

        # Runs whose holder died are taken over once their lease lapses: looked for as often as a live
        # holder renews its lease, so a run waits at most a lease and a heartbeat for its new holder.
        blocking.add_job(
            scheduler.sweep,
            trigger=IntervalTrigger(seconds=settings.SCHEDULER_HEARTBEAT_SECONDS, timezone="UTC"),
            id="take_over_lapsed_runs",
            name="Take over runs whose scheduler died",
            coalesce=True,
            max_instances=1,
        )

        stopping = threading.Event()
        worker = threading.Thread(target=outbox.run_worker, args=(stopping,), name="outbox", daemon=True)

        def stop(signum: int, frame: FrameType | None) -> None:
            self.stdout.write("Scheduler stopping; letting running jobs and the outbox round finish.")
            stopping.set()
            blocking.shutdown(wait=True)
            worker.join()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(
            f"Scheduler started with {len(scheduler.REGISTRY)} job(s): {', '.join(scheduler.REGISTRY)}"
        )
        self.stdout.write("Outbox worker started.")
        self.stdout.flush()
        worker.start()
        blocking.start()
        self.stdout.write("Scheduler stopped.")
