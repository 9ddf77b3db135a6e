"""The migration that adds on-call hours to the burden index keeps every program's weights summing to 100."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.scratch_database import scratch_default_database

pytestmark = pytest.mark.django_db

BEFORE = [("supervision", "0008_shift_alert_and_reminder_state")]
AFTER = [("supervision", "0009_on_call_hours_join_the_burden_index")]
OLD_DEFAULTS = dict(
    contact_hours=15,
    contacts=5,
    high_risk=20,
    after_hours=5,
    distress=15,
    checkin=20,
    supervision_gap=10,
    open_debriefs=10,
)
CUSTOM = {**OLD_DEFAULTS, "contact_hours": 30, "distress": 0}


def migrate(targets: list[tuple[str, str]]):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_old_defaults_move_to_the_new_ones_and_custom_weights_keep_theirs(tmp_path: Path) -> None:
    with scratch_default_database(tmp_path):
        old = migrate(BEFORE)
        Institution = old.get_model("program", "Institution")
        Program = old.get_model("program", "Program")
        Weights = old.get_model("supervision", "BurdenWeights")
        institution = Institution.objects.create(name="Migration U")
        defaults = Program.objects.create(institution=institution, name="Kept defaults", timezone="UTC")
        custom = Program.objects.create(institution=institution, name="Own weights", timezone="UTC")
        Weights.objects.create(program=defaults, **OLD_DEFAULTS)
        Weights.objects.create(program=custom, **CUSTOM)
        new = migrate(AFTER)
        Weights = new.get_model("supervision", "BurdenWeights")
        moved = Weights.objects.get(program_id=defaults.pk)
        kept = Weights.objects.get(program_id=custom.pk)
    assert (moved.contact_hours, moved.on_call_hours) == (10, 5)
    assert (kept.contact_hours, kept.on_call_hours) == (30, 0)
    names = [*OLD_DEFAULTS, "on_call_hours"]
    assert sum(getattr(moved, n) for n in names) == sum(getattr(kept, n) for n in names) == 100
