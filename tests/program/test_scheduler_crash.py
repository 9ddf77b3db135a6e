"""A scheduler killed with SIGKILL in the middle of a job: another scheduler process takes the run over
once its lease lapses and finishes it, once (issue 13, part 5). Real `manage.py runscheduler` processes
against one PostgreSQL database — several schedulers are supported on PostgreSQL only (README), so this
needs it; CI runs the suite there too.

The processes load the project plus a probe app whose job fires every second and logs "start <pid>" and
"done <pid>" per execution (tests/scheduler_crash); in scheduler A it blocks after "start", so A holds its
first run while B, started next, runs its own. Leases are short here (3 s, heartbeat 1 s) to keep it fast.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from django.db import connection
from django.utils import timezone

from program.models import JobOutcome, JobRun
from tests.program.test_scheduler_processes import _database_url, _start, _stop
from tests.scheduler_crash import CRASH_JOB

LEASE_SECONDS = 3
HEARTBEAT_SECONDS = 1
T = TypeVar("T")


def _wait_for(what: str, probe: Callable[[], T | None], seconds: float = 20) -> T:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"Timed out after {seconds} s waiting for {what}")


def _await_start(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    for _ in range(50):
        line = process.stdout.readline()
        if "Scheduler started with" in line or not line:
            break
    assert "Scheduler started with" in line and CRASH_JOB in line, line


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="several schedulers are supported on PostgreSQL only"
)
@pytest.mark.django_db(transaction=True)
def test_a_run_whose_scheduler_is_killed_is_taken_over_and_finished_once(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "DJANGO_SETTINGS_MODULE": "tests.scheduler_crash.settings",
        "SCHEDULER_CRASH_LOG": str(log),
        "SCHEDULER_LEASE_SECONDS": str(LEASE_SECONDS),
        "SCHEDULER_HEARTBEAT_SECONDS": str(HEARTBEAT_SECONDS),
    }
    never = tmp_path / "never-created"
    a = _start({**env, "SCHEDULER_CRASH_HOLD_UNTIL": str(never)})
    b = None
    try:
        _await_start(a)
        held = _wait_for(
            "A to claim a run and block in it",
            lambda: JobRun.objects.filter(job=CRASH_JOB, host__endswith=f":{a.pid}").first(),
        )
        _wait_for("A's job to start", lambda: log.exists() and f"start {a.pid}" in log.read_text())

        b = _start(env)
        _await_start(b)
        # Both alive for twice the lease: A's heartbeat keeps its run, so B's sweeps leave it alone.
        time.sleep(2 * LEASE_SECONDS)
        held.refresh_from_db()
        assert (held.outcome, held.attempt, held.host.rsplit(":", 1)[1]) == (
            JobOutcome.RUNNING,
            1,
            str(a.pid),
        )
        assert held.heartbeat_at is not None and held.lease_expires_at is not None
        # Renewed for longer than one lease since the claim, and live now.
        assert held.heartbeat_at - held.started_at >= timedelta(seconds=LEASE_SECONDS)
        assert held.lease_expires_at > timezone.now()

        a.send_signal(signal.SIGKILL)
        a.wait(timeout=10)
        assert a.returncode == -signal.SIGKILL

        def finished() -> JobRun | None:
            held.refresh_from_db()
            return held if held.outcome != JobOutcome.RUNNING else None

        _wait_for("B to take the run over and finish it", finished, seconds=LEASE_SECONDS + 20)
        _stop([b])
    finally:
        for process in (a, b):
            if process is not None:
                process.kill()

    assert b is not None
    assert held.outcome == JobOutcome.SUCCEEDED and held.finished_at is not None
    assert held.attempt == 2
    assert held.host.rsplit(":", 1)[1] == str(b.pid)
    assert held.taken_over_from.rsplit(":", 1)[1] == str(a.pid)

    lines = Counter(log.read_text().splitlines())
    # A started once and never finished: the kill came mid-job.
    assert lines[f"start {a.pid}"] == 1 and lines[f"done {a.pid}"] == 0, lines
    # B finished every run it executed, once each: one execution per run it holds, the taken-over one
    # among them, and nothing else left running.
    b_runs = JobRun.objects.filter(job=CRASH_JOB, host__endswith=f":{b.pid}")
    assert lines[f"start {b.pid}"] == lines[f"done {b.pid}"] == b_runs.count(), (lines, list(b_runs))
    assert set(JobRun.objects.filter(job=CRASH_JOB).values_list("outcome", flat=True)) == {
        JobOutcome.SUCCEEDED
    }
    assert JobRun.objects.filter(job=CRASH_JOB).count() == b_runs.count()
