"""The data migration replaces stored notification text that named people with their kind's safe text."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.scratch_database import scratch_default_database

pytestmark = pytest.mark.django_db

BEFORE = [("program", "0004_membership_academic_standing")]
AFTER = [("program", "0005_notification_text_without_identifying_content")]


def migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_old_rows_lose_names_and_reasons_and_get_a_specific_kind(tmp_path: Path) -> None:
    with scratch_default_database(tmp_path):
        old = migrate(BEFORE)
        User = old.get_model("auth", "User")
        Notification = old.get_model("program", "Notification")
        reader = User.objects.create(username="reader", email="reader@example.edu")
        rows = {
            "paused": ("pause", "Mariam Haddad is paused: High burnout in the latest check-in", "Check in"),
            "flagged": ("pause", "Mariam Haddad is flagged for review: Distress above 7", "Review"),
            "own": ("pause", "You're paused from supporting peers for now", "Your supervisor will talk"),
            "swap": ("swap", "Swap done: Mariam Haddad is on Night, Mon 3 Mar instead of Li Wei", ""),
            "odd": ("something_else", "Mariam Haddad: burnout 88", "Distress 9"),
        }
        ids = {
            name: Notification.objects.create(recipient=reader, kind=kind, title=title, body=body).pk
            for name, (kind, title, body) in rows.items()
        }
        new = migrate(AFTER)
        Notification = new.get_model("program", "Notification")
        after = {name: Notification.objects.get(pk=pk) for name, pk in ids.items()}
    assert {name: note.kind for name, note in after.items()} == {
        "paused": "pause_review",
        "flagged": "flag_review",
        "own": "status_changed",
        "swap": "swap_done",
        "odd": "something_else",
    }
    assert after["paused"].title == "A supporter's pause needs your review"
    assert after["odd"].title == "Something in a peer-support program needs your attention"
    for note in after.values():
        text = f"{note.title} {note.body}"
        assert "Mariam" not in text and "burnout" not in text.lower() and "Distress" not in text
