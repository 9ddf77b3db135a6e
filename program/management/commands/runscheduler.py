"""The scheduler process: `python manage.py runscheduler`. Thin: the jobs live in each module's jobs.py."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from django.core.management.base import BaseCommand
from django.db import connection

from program import scheduler


class Command(BaseCommand):
    help = "Run the scheduled jobs (pause rules, reminders, alerts, retention) until stopped."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--once", action="store_true", help="Catch up, run every job once now, and exit.")

    def handle(self, *args: Any, **options: Any) -> None:
        caught_up = scheduler.catch_up()
        for run in caught_up:
            self.stdout.write(
                f"Caught up {run.job} for {run.scheduled_for:%Y-%m-%d %H:%M} UTC: {run.outcome}"
            )
        if options["once"]:
            for job_id in scheduler.REGISTRY:
                claimed = scheduler.run_now(job_id)
                self.stdout.write(f"{job_id}: {claimed.outcome if claimed else 'already run elsewhere'}")
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

        def stop(signum: int, frame: FrameType | None) -> None:
            self.stdout.write("Scheduler stopping; letting running jobs finish.")
            blocking.shutdown(wait=True)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(
            f"Scheduler started with {len(scheduler.REGISTRY)} job(s): {', '.join(scheduler.REGISTRY)}"
        )
        self.stdout.flush()
        blocking.start()
        self.stdout.write("Scheduler stopped.")
