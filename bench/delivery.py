"""End-to-end delivery against issue 13's speed budgets: the real scheduler process, a real SMTP server.

Against a throwaway database (SQLite in a temporary directory, or with `--db postgres` a database created
on the local cluster and dropped afterwards), this script migrates, seeds a program whose supervisors are
on call day and night (the roster helpers of tests/), starts an aiosmtpd server on 127.0.0.1 and
`manage.py runscheduler` pointed at it (the outbox worker is a thread of that process, as in production),
then measures:

1. page: N times, a high-risk contact submitted through the service the page and the API call
   (supervision.services.submit_contact); the time from its commit until the on-call supervisor's
   advice page e-mail (the one with the request's own link) is handed to the SMTP server. p50 and p95;
   budget p95 < 5 s. Samples are spaced by a random fraction of the outbox poll interval, so they do
   not lock onto the worker's phase. There is no push channel in the app yet: e-mail only.
2. escalation: K requests left unacknowledged with the chain's first step shortened to 1 minute (the
   shortest a chain allows; the default is 10 minutes for an urgent request, which a benchmark cannot
   wait for); the time from each request's step deadline to the next step's page being recorded
   (AdvicePage.paged_at) with the scheduler running. The requests are opened so their deadlines fall
   at spread seconds of the minute, the first just after a whole minute (the worst case for a job that
   runs on whole minutes, and for the every-15-seconds job it now is). Budget: the slowest < 60 s.
   Takes about three minutes.
3. drain: 1,000 OutboundMessage rows queued in one transaction; the time until the worker has handed
   the last one to the SMTP server (budget 30 s), beside a baseline: the same 1,000 messages (already
   rendered) sent by a bare smtplib loop over one connection to the same server. The ratio is ours
   over the baseline.

Prints one row per measure — name, ours_ms, baseline_ms, ratio, budget, met — and writes them as JSON
with `--json FILE`. Exit 1 when a budget fails, 2 when the set-up failed.

Usage: bench/run delivery [--db sqlite|postgres] [--samples 30] [--escalations 4]
       [--messages 1000] [--only page,drain,escalation] [--json FILE]
"""

from __future__ import annotations

import argparse
import email
import json
import math
import os
import random
import shutil
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")

PAGE_BUDGET_MS = 5_000.0
ESCALATION_BUDGET_MS = 60_000.0
DRAIN_BUDGET_MS = 30_000.0


class SetupError(Exception):
    """The database, the mail server or the scheduler could not be made ready."""


# --- The mail server ------------------------------------------------------------------------------------


@dataclass
class Arrival:
    at: float  # time.monotonic() when the server accepted the message
    to: str
    subject: str
    body: str


@dataclass
class Recorder:
    """An aiosmtpd handler that accepts everything and notes when each message arrived."""

    arrivals: list[Arrival] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    arrived: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.arrived = threading.Condition(self.lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        at = time.monotonic()
        message = email.message_from_bytes(envelope.content)
        payload = message.get_payload(decode=True)
        body = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
        with self.arrived:
            self.arrivals.append(Arrival(at, str(message["To"]), str(message["Subject"]), body))
            self.arrived.notify_all()
        return "250 Message accepted for delivery"

    def wait_for(self, match: Callable[[Arrival], bool], timeout: float) -> Arrival | None:
        """The first arrival that matches, waiting up to `timeout` seconds for it."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for arrival in self.arrivals:
                    if match(arrival):
                        return arrival
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.arrived.wait(left)

    def wait_count(self, match: Callable[[Arrival], bool], count: int, timeout: float) -> list[Arrival]:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                found = [a for a in self.arrivals if match(a)]
                left = deadline - time.monotonic()
                if len(found) >= count or left <= 0:
                    return found
                self.arrived.wait(left)


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- The database ---------------------------------------------------------------------------------------


def throwaway_database(kind: str, workdir: Path) -> tuple[str, Callable[[], None]]:
    """A DATABASE_URL for an empty database, and how to get rid of it afterwards."""
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'delivery.sqlite3'}", lambda: None
    for tool in ("psql", "createdb", "dropdb"):
        if shutil.which(tool) is None:
            raise SetupError(
                f"{tool} is not installed; PostgreSQL client tools are needed for --db postgres."
            )
    from urllib.parse import urlsplit

    server = urlsplit(POSTGRES_SERVER)
    connection = ["-h", server.hostname or "127.0.0.1", "-p", str(server.port or 5432)]
    connection += ["-U", server.username or "postgres"]
    name = f"peersupport_delivery_{os.getpid()}"
    created = subprocess.run(["createdb", *connection, name], capture_output=True, text=True, check=False)
    if created.returncode != 0:
        raise SetupError(f"createdb {name} failed: {created.stderr.strip()}")

    def drop() -> None:
        subprocess.run(
            ["dropdb", *connection, "--if-exists", "--force", name], capture_output=True, check=False
        )

    return f"{POSTGRES_SERVER}/{name}", drop


# --- The measures ---------------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def row(name: str, ours: float, baseline: float | None, budget: float, met: bool, **extra: Any) -> dict:
    return {
        "name": name,
        "ours_ms": round(ours, 1),
        "baseline_ms": None if baseline is None else round(baseline, 1),
        "ratio": None if not baseline else round(ours / baseline, 2),
        "budget": f"< {budget / 1000:g} s",
        "met": met,
        **extra,
    }


class Bench:
    """Runs inside the driver process once Django is set up on the throwaway database."""

    def __init__(self, recorder: Recorder, smtp_port: int) -> None:
        from django.conf import settings
        from django.contrib.auth.models import User

        from program.models import Role
        from supervision.models import RosterRole
        from supervision.rosters import services as rosters
        from tests.conftest import build_world
        from tests.roster_helpers import publish, staff

        self.recorder = recorder
        self.smtp_port = smtp_port
        self.site = settings.SITE_URL
        world = build_world()
        staff(world, supervisors=2)
        today = world.program.today()
        publish(world, today - timedelta_days(1), today + timedelta_days(2))
        [shift] = rosters.on_call(world.program).now[RosterRole.SUPERVISOR]
        self.on_call: User = shift.people[0].membership.user
        self.world = world
        self.supporter = world.members[Role.SUPPORTER]

    def _advice_link(self, request_pk: int) -> str:
        from django.urls import reverse

        return f"{self.site}{reverse('advice-detail', args=[self.world.program.pk, request_pk])}"

    def _high_risk_contact(self) -> Any:
        from django.utils import timezone

        from supervision import services
        from supervision.models import AdviceRequest

        contact = services.submit_contact(
            self.supporter,
            by=self.supporter.user,
            contact_date=timezone.localdate(),
            time_band="evening",
            duration_minutes=30,
            channel="phone",
            initiated_by="peer",
            concerns=["placement"],
            risk_level="high",
            actions=["listened", "escalated_on_call"],
            supporter_distress=5,
            narrative="Benchmark contact.",
        )
        return AdviceRequest.objects.get(contact=contact)

    def page(self, samples: int, poll_seconds: float) -> dict:
        """High-risk contact committed → the on-call supervisor's page e-mail at the SMTP server."""
        from program.notifications import TEMPLATES
        from supervision.advice.services import REQUEST_KINDS
        from supervision.models import AdviceUrgency

        subject = TEMPLATES[REQUEST_KINDS[AdviceUrgency.URGENT]].title
        latencies = []
        for n in range(samples):
            time.sleep(random.uniform(0, poll_seconds))
            request = self._high_risk_contact()  # returns after the service's transaction committed
            committed = time.monotonic()
            link = self._advice_link(request.pk)
            arrival = self.recorder.wait_for(
                lambda a, link=link: a.to == self.on_call.email and a.subject == subject and link in a.body,
                timeout=60,
            )
            if arrival is None:
                raise SetupError(f"Page {n + 1} never reached the SMTP server (is the scheduler running?)")
            latencies.append((arrival.at - committed) * 1000)
        p50, p95 = statistics.median(latencies), percentile(latencies, 0.95)
        print(f"page: p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {max(latencies):.0f} ms", file=sys.stderr)
        return row(
            f"page e-mail p95 (n={samples})",
            p95,
            None,
            PAGE_BUDGET_MS,
            p95 < PAGE_BUDGET_MS,
            p50_ms=round(p50, 1),
            max_ms=round(max(latencies), 1),
        )

    def escalation(self, samples: int) -> dict:
        """Unacknowledged request's step deadline → the next step's page recorded."""
        from supervision.advice import services as advice
        from supervision.models import AdvicePage, AdviceRequest, AdviceStatus, EscalationStep

        # Earlier requests must not escalate into this measure; the first step waits one minute.
        for earlier in AdviceRequest.objects.filter(status=AdviceStatus.PAGED):
            advice.resolve(earlier, by=self.supporter.user)  # the requester closes it, as in the app
        EscalationStep.objects.filter(chain__program=self.world.program).update(
            urgent_minutes=1, emergency_minutes=1
        )
        deadlines = {}
        for n in range(samples):
            # The first just after a whole minute (the worst case for a job on whole minutes), the rest at
            # seconds spread over the minute and, for a job every 15 s, over its 15-second cycle too.
            second = (1 + n * 60 / samples + n * 15 / samples) % 60
            wait = (second - time.time() % 60) % 60
            time.sleep(wait)
            request = self._high_risk_contact()
            deadlines[request.pk] = request.next_escalation_at
        print(f"escalation: {samples} request(s) open; waiting for their next steps", file=sys.stderr)
        latest = max(deadlines.values())
        latencies = []
        give_up = time.monotonic() + 240
        pending = set(deadlines)
        while pending and time.monotonic() < give_up:
            paged = dict(
                AdvicePage.objects.filter(request_id__in=pending, step__gte=1)
                .order_by("paged_at")
                .values_list("request_id", "paged_at")
            )
            for pk, at in paged.items():
                latencies.append((at - deadlines[pk]).total_seconds() * 1000)
                pending.discard(pk)
            time.sleep(0.5)
        if pending:
            raise SetupError(f"{len(pending)} request(s) never escalated (last deadline {latest:%H:%M:%S}).")
        worst = max(latencies)
        print(
            "escalation: "
            + ", ".join(f"{ms / 1000:.1f} s" for ms in sorted(latencies))
            + " after the deadline",
            file=sys.stderr,
        )
        return row(
            f"escalation step after deadline, max (n={samples})",
            worst,
            None,
            ESCALATION_BUDGET_MS,
            worst < ESCALATION_BUDGET_MS,
            median_ms=round(statistics.median(latencies), 1),
        )

    def drain(self, count: int) -> dict:
        """`count` queued messages → the last one at the SMTP server; beside a bare smtplib loop."""
        from django.conf import settings
        from django.core.mail import EmailMessage
        from django.urls import reverse

        from program.models import DeliveryStatus, OutboundMessage
        from program.notifications import render_email
        from tests.factories import UserFactory

        kind = "checkin_reminder"
        link = reverse("checkin", args=[self.world.program.pk])
        users = [UserFactory(username=f"drain{n}") for n in range(50)]
        recipients = [users[n % len(users)] for n in range(count)]

        # The baseline: the same messages, rendered beforehand, over one plain SMTP connection.
        subject, body = render_email(kind, link)
        rendered = [
            (u.email, EmailMessage(subject=subject, body=body, to=[u.email]).message().as_bytes())
            for u in recipients
        ]

        def drained(a: Arrival) -> bool:
            return a.to.startswith("drain")

        started = time.monotonic()
        with smtplib.SMTP("127.0.0.1", self.smtp_port) as server:
            for to, message in rendered:
                server.sendmail(settings.DEFAULT_FROM_EMAIL, [to], message)
        got = self.recorder.wait_count(drained, count, timeout=60)
        baseline = (got[-1].at - started) * 1000
        OutboundMessage.objects.bulk_create(
            [
                OutboundMessage(kind=kind, recipient=u, program=self.world.program, link=link)
                for u in recipients
            ]
        )
        queued = time.monotonic()
        arrivals = self.recorder.wait_count(drained, 2 * count, timeout=300)[count:]
        if len(arrivals) < count:
            raise SetupError(f"Only {len(arrivals)} of {count} queued messages arrived within 300 s.")
        ours = (max(a.at for a in arrivals) - queued) * 1000
        # The worker records each outcome after sending its batch: wait for the last batch's rows too.
        ours_rows = OutboundMessage.objects.filter(recipient__in=users)
        while ours_rows.exclude(status=DeliveryStatus.SENT).exists() and time.monotonic() - queued < 300:
            time.sleep(0.05)
        recorded = (time.monotonic() - queued) * 1000
        print(
            f"drain: {count} messages at the server in {ours / 1000:.1f} s, all recorded as sent in "
            f"{recorded / 1000:.1f} s (bare smtplib {baseline / 1000:.2f} s)",
            file=sys.stderr,
        )
        return row(
            f"outbox drain of {count}",
            ours,
            baseline,
            DRAIN_BUDGET_MS,
            ours < DRAIN_BUDGET_MS,
            recorded_ms=round(recorded, 1),
        )


def timedelta_days(days: int) -> Any:
    from datetime import timedelta

    return timedelta(days=days)


# --- The scheduler process ------------------------------------------------------------------------------


def start_scheduler(env: dict[str, str], log: Path) -> subprocess.Popen:
    handle = log.open("w")
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runscheduler"],
        cwd=ROOT,
        env=env,
        stdout=handle,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if "Outbox worker started." in log.read_text():
            return process
        if process.poll() is not None:
            raise SetupError(f"runscheduler exited with status {process.returncode}:\n{log.read_text()}")
        time.sleep(0.2)
    process.terminate()
    raise SetupError("runscheduler did not start within 60 s.")


def stop_scheduler(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def print_table(rows: list[dict]) -> None:
    headers = ("name", "ours_ms", "baseline_ms", "ratio", "budget", "met")
    cells = [
        (
            str(r["name"]),
            f"{r['ours_ms']:.1f}",
            "—" if r["baseline_ms"] is None else f"{r['baseline_ms']:.1f}",
            "—" if r["ratio"] is None else f"{r['ratio']:.2f}",
            str(r["budget"]),
            "yes" if r["met"] else "NO",
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    numeric = {1, 2, 3}

    def line(values: tuple[str, ...]) -> str:
        return "  ".join(
            v.rjust(w) if i in numeric else v.ljust(w)
            for i, (v, w) in enumerate(zip(values, widths, strict=True))
        ).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for c in cells:
        print(line(c))


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run delivery", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--samples", type=int, default=30, help="High-risk contacts timed (default 30).")
    parser.add_argument("--escalations", type=int, default=4, help="Escalations timed (default 4).")
    parser.add_argument("--messages", type=int, default=1000, help="Messages drained (default 1000).")
    parser.add_argument(
        "--only",
        default="page,drain,escalation",
        help="Comma-separated measures to run (default all: page,drain,escalation; escalation takes ~3 min).",
    )
    parser.add_argument("--json", metavar="FILE", help="Also write the rows as JSON to FILE.")
    args = parser.parse_args()
    if min(args.samples, args.escalations, args.messages) < 1:
        parser.error("--samples, --escalations and --messages must be at least 1")
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if not only or only - {"page", "drain", "escalation"}:
        parser.error("--only takes page, drain and escalation, separated by commas")

    from aiosmtpd.controller import Controller

    workdir = Path(tempfile.mkdtemp(prefix="delivery-bench-"))
    drop = None
    controller = None
    scheduler = None
    rows: list[dict] = []
    try:
        url, drop = throwaway_database(args.db, workdir)
        smtp_port = free_port()
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(smtp_port),
            "EMAIL_USE_TLS": "false",
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }
        os.environ.update(env)
        print(f"[{args.db}] migrate", file=sys.stderr)
        migrated = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if migrated.returncode != 0:
            raise SetupError(f"migrate failed:\n{migrated.stderr}")

        import logging

        import django

        django.setup()
        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd logs every SMTP command
        from django.conf import settings

        recorder = Recorder()
        controller = Controller(recorder, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        print(f"[{args.db}] seeding; SMTP on 127.0.0.1:{smtp_port}", file=sys.stderr)
        bench = Bench(recorder, smtp_port)
        scheduler = start_scheduler(env, workdir / "scheduler.log")
        print(f"[{args.db}] scheduler running (pid {scheduler.pid})", file=sys.stderr)

        if "page" in only:
            rows.append(bench.page(args.samples, settings.OUTBOX_POLL_SECONDS))
        if "drain" in only:
            rows.append(bench.drain(args.messages))
        if "escalation" in only:
            rows.append(bench.escalation(args.escalations))
    except SetupError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    finally:
        if scheduler is not None:
            stop_scheduler(scheduler)
        if controller is not None:
            controller.stop()
        if drop is not None:
            from django.db import connections

            connections.close_all()
            drop()
        shutil.rmtree(workdir, ignore_errors=True)

    for r in rows:
        r["db"] = args.db
    print_table(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    failed = [r for r in rows if not r["met"]]
    if failed:
        print(f"\n{len(failed)} budget(s) failed.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
