"""Two real `manage.py runscheduler` processes against one PostgreSQL database run each scheduled run
once, catch a missed run up once after downtime, and stop cleanly on SIGTERM (SPEC 4.7; issue 5).

The processes load the project plus a probe app whose job fires every second and appends a line per run
(tests/scheduler_probe). Each line is one execution; each JobRun row one claim. Exactly once means: as
many executions as distinct scheduled seconds, no second missing between the first and the last, and
runs claimed by both processes (so both were competing, not one idling).

On SQLite a single scheduler process is the supported set-up (README), so this test needs PostgreSQL;
CI runs the suite on both.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from django.db import connection

from program.models import JobRun
from tests.scheduler_probe.jobs import PROBE_JOB, WRITER_JOB

REPO = Path(__file__).resolve().parents[2]
RUN_SECONDS = 8


def _database_url() -> str:
    settings = connection.settings_dict
    user, host, port = (
        settings["USER"] or "postgres",
        settings["HOST"] or "127.0.0.1",
        settings["PORT"] or "5432",
    )
    return f"postgres://{user}@{host}:{port}/{settings['NAME']}"


def _start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "manage.py", "runscheduler"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _stop(processes: list[subprocess.Popen[str]]) -> list[str]:
    for process in processes:
        process.send_signal(signal.SIGTERM)
    outputs = []
    for process in processes:
        output, _ = process.communicate(timeout=30)
        assert process.returncode == 0, output
        assert "Scheduler stopped." in output, output
        outputs.append(output)
    return outputs


def _run_pair(env: dict[str, str], seconds: float) -> list[str]:
    processes = [_start(env), _start(env)]
    try:
        for process in processes:
            assert process.stdout is not None
            # Catch-up lines (and their log lines) may come first; then the start line naming every job.
            line = process.stdout.readline()
            for _ in range(50):
                if "Scheduler started with" in line or not line:
                    break
                line = process.stdout.readline()
            assert "Scheduler started with" in line and PROBE_JOB in line, line
        time.sleep(seconds)
        return _stop(processes)
    finally:
        for process in processes:
            process.kill()


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="several schedulers are supported on PostgreSQL only"
)
@pytest.mark.django_db(transaction=True)
def test_two_schedulers_run_each_scheduled_run_exactly_once(tmp_path: Path) -> None:
    probe_file = tmp_path / "probe.log"
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "DJANGO_SETTINGS_MODULE": "tests.scheduler_probe.settings",
        "SCHEDULER_PROBE_FILE": str(probe_file),
    }

    _run_pair(env, RUN_SECONDS)

    runs = list(JobRun.objects.filter(job=PROBE_JOB).order_by("scheduled_for"))
    executions = probe_file.read_text().splitlines()
    scheduled = [run.scheduled_for for run in runs]
    assert len(runs) >= RUN_SECONDS - 2, runs
    # One execution per claimed run: nothing ran twice, nothing ran without its claim.
    assert len(executions) == len(runs) == len(set(scheduled))
    # Every second between the first and the last run is there: nothing was skipped.
    assert all(b - a == timedelta(seconds=1) for a, b in pairwise(scheduled)), scheduled
    assert all(run.outcome == "succeeded" and run.finished_at is not None for run in runs)
    # Both processes competed: each claimed (and executed) some of the runs.
    claims = Counter(run.host.rsplit(":", 1)[1] for run in runs)
    assert len(claims) == 2, claims
    assert Counter(line.split()[0] for line in executions) == claims

    # Downtime: both stopped for a few seconds. Each restarted scheduler catches up at most the latest run
    # it missed (the two start a moment apart, so the second may catch up a second the first was about to
    # run — still once: the claim decides), so several missed seconds collapse into one or two runs.
    time.sleep(3)
    _run_pair(env, 3)
    later = list(JobRun.objects.filter(job=PROBE_JOB, scheduled_for__gt=runs[-1].scheduled_for))
    caught = [run for run in later if run.caught_up]
    assert 1 <= len(caught) <= 2, caught
    first_regular = min(run.scheduled_for for run in later if not run.caught_up)
    missed = int((first_regular - runs[-1].scheduled_for).total_seconds()) - 1
    in_gap = [run for run in later if run.scheduled_for < first_regular]
    assert missed >= 3 and len(in_gap) < missed, (missed, in_gap)
    # And still: one execution per claimed run, no scheduled second twice.
    after = JobRun.objects.filter(job=PROBE_JOB).values_list("scheduled_for", flat=True)
    assert len(probe_file.read_text().splitlines()) == len(after) == len(set(after))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite set-up: one scheduler, jobs in turn")
@pytest.mark.django_db  # for the migrated test database that `migrated_sqlite_file` copies
def test_jobs_due_together_all_succeed_with_one_scheduler_on_sqlite(
    tmp_path: Path, migrated_sqlite_file: Path
) -> None:
    """Two jobs fire every second and both write: on SQLite neither may fail with "database is locked"."""
    probe_file = tmp_path / "probe.log"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{migrated_sqlite_file}",
        "DJANGO_SETTINGS_MODULE": "tests.scheduler_probe.settings",
        "SCHEDULER_PROBE_FILE": str(probe_file),
    }
    process = _start(env)
    try:
        assert process.stdout is not None
        assert "Scheduler started with" in process.stdout.readline()
        # Five scheduled seconds of both jobs firing together (the file only grows; the database is left
        # alone until the scheduler has stopped, so no reader of ours can take a lock the jobs wait for).
        _wait_for_lines(probe_file, 5, timeout=60)
        [output] = _stop([process])
    finally:
        process.kill()
    assert "database is locked" not in output, output
    with closing(sqlite3.connect(migrated_sqlite_file)) as database:
        ran = sorted(set(database.execute("SELECT job, outcome FROM program_jobrun")))
        [(count,)] = database.execute("SELECT COUNT(*) FROM program_jobrun")
    # The project's own jobs run in this process too, and one due in these seconds (every five minutes,
    # say) adds its row: every run, theirs included, must have succeeded, and both probes must be there.
    assert {PROBE_JOB, WRITER_JOB} <= {job for job, _ in ran}, ran
    assert {outcome for _, outcome in ran} == {"succeeded"}, ran
    assert count >= 6


def _wait_for_lines(path: Path, lines: int, timeout: float) -> None:
    """Until the probe has appended `lines` lines, checking every tenth of a second; fails after `timeout`
    seconds (a ceiling for a loaded machine, not a measure of speed)."""
    deadline = time.monotonic() + timeout
    while not (path.exists() and len(path.read_text().splitlines()) >= lines):
        assert time.monotonic() < deadline, f"fewer than {lines} probe runs in {timeout} s"
        time.sleep(0.1)
