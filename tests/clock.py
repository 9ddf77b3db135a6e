"""A fixed clock for tests, reaching every reader of `django.utils.timezone.now` in the process.

Patching `django.utils.timezone.now` alone misses two kinds of reader that captured the function before
the test started: modules that imported it (`from django.utils.timezone import now`: django-axes,
django-filter) and model fields declared `default=timezone.now` (the outbox's `next_attempt_at`, an
advice request's `created_at`), whose default Django also caches per field as `_get_default`. Missed,
a message queued "now" would carry the real time: with the fixed clock in the past it would never be
due at the fixed now, and a test delivering it would start failing once the real date passed the
fixed one. `fix_clock` gives all of them the fixed clock; monkeypatch restores the originals.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import pytest
from django.apps import apps
from django.utils import timezone


class Clock:
    """A clock that stands still until advanced."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, by: timedelta) -> datetime:
        self.at += by
        return self.at


def fix_clock(monkeypatch: pytest.MonkeyPatch, at: datetime) -> Clock:
    """Every `timezone.now` in this process (a live server's thread included) answers `at` until the
    test ends; advance it with `.advance()`."""
    fixed = Clock(at)
    real = timezone.now
    for module in list(sys.modules.values()):
        if module is not None and vars(module).get("now") is real:
            monkeypatch.setattr(module, "now", fixed)
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.default is real:
                monkeypatch.setattr(field, "default", fixed)
                monkeypatch.setitem(field.__dict__, "_get_default", fixed)
    return fixed
