"""The project's settings plus the probe app; used only by the scheduler-process test's subprocesses."""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.scheduler_probe"]  # noqa: F405
