"""A test-only app: a job every second that can be told to block, so a scheduler process can be killed
in the middle of a run and another seen to take that run over (tests/program/test_scheduler_crash.py).

The job's id lives here, not in jobs.py, so the test can name it without registering the job in the
test process itself."""

CRASH_JOB = "crash_probe_every_second"
