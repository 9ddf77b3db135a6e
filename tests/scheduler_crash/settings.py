"""The project's settings plus the crash probe app; used only by the crash test's scheduler processes."""

from config.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.scheduler_crash"]  # noqa: F405
