from __future__ import annotations

import os
import time
from datetime import datetime

from program.scheduler import JobCounts, scheduled_job
from tests.scheduler_crash import CRASH_JOB


def _append(word: str) -> None:
    # O_APPEND: lines from several processes never mix.
    line = f"{word} {os.getpid()}\n".encode()
    descriptor = os.open(os.environ["SCHEDULER_CRASH_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line)
    finally:
        os.close(descriptor)


@scheduled_job(CRASH_JOB, second="*")
def crash_probe(now: datetime) -> JobCounts:
    """Log "start <pid>"; in a process told to hold (SCHEDULER_CRASH_HOLD_UNTIL, a file path), wait until
    that file exists; then log "done <pid>". A run killed while holding leaves a start without a done."""
    _append("start")
    release = os.environ.get("SCHEDULER_CRASH_HOLD_UNTIL")
    while release and not os.path.exists(release):
        time.sleep(0.05)
    _append("done")
    return {"done": 1}
