from __future__ import annotations

from django.apps import AppConfig


class SchedulerProbeConfig(AppConfig):
    name = "tests.scheduler_probe"
    label = "scheduler_probe"

    def ready(self) -> None:
        from tests.scheduler_probe import jobs  # noqa: F401  (registers the probe job)
