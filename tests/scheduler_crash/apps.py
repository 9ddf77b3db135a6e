from __future__ import annotations

from django.apps import AppConfig


class SchedulerCrashConfig(AppConfig):
    name = "tests.scheduler_crash"
    label = "scheduler_crash"

    def ready(self) -> None:
        from tests.scheduler_crash import jobs  # noqa: F401  (registers the crash probe job)
