from __future__ import annotations

import os
from datetime import datetime

from program.scheduler import JobCounts, scheduled_job

PROBE_JOB = "probe_every_second"
WRITER_JOB = "probe_writer_every_second"


@scheduled_job(PROBE_JOB, second="*")
def probe(now: datetime) -> JobCounts:
    """Append one line per run (the process id), with O_APPEND so lines from two processes never mix."""
    line = f"{os.getpid()} {now.isoformat()}\n".encode()
    descriptor = os.open(os.environ["SCHEDULER_PROBE_FILE"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, line)
    finally:
        os.close(descriptor)
    return {"lines": 1}


@scheduled_job(WRITER_JOB, second="*")
def writer(now: datetime) -> JobCounts:
    """A second job due at the same moments that writes to the database (a notification-sized write)."""
    from program.models import JobRun

    JobRun.objects.filter(job=PROBE_JOB, scheduled_for__lt=now).update(counts={"lines": 1})
    return {"written": 1}
