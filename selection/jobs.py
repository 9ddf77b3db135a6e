"""Scheduler jobs of the selection module."""

from __future__ import annotations

from datetime import datetime

from program.scheduler import JobCounts, scheduled_job
from selection import services


@scheduled_job("review_reminders", hour=22, minute=0)
def review_reminders(now: datetime) -> JobCounts:
    """Remind reviewers whose reviews are overdue (at most once a day each)."""
    return {"reminded": services.remind_overdue_reviews(now)}
