"""A test-only app: a job every second that appends a line per run, so two real scheduler
processes can be shown to run each scheduled run once (tests/program/test_scheduler_processes.py)."""
