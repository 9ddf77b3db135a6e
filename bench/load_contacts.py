"""Contact write throughput: many supporters POST contacts at once to gunicorn on PostgreSQL (issue 15, 6).

Usage: bench/run load [--supporters 40] [--seconds 20] [--workers 4] [--threads 16] [--fresh]
       bench/run load --profile [--posts 20]   (cProfile of contact POSTs in-process, no server)

Against BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/peersupport_bench), migrated and
seeded with `seed_scale` first if it is not (as bench/run does). Then:

1. starts gunicorn (`config.wsgi`, --workers N, sync workers, DEBUG off as in a deployment) on a free
   localhost port;
2. signs N active supporters of the scale seed in through the API token endpoint;
3. from --threads client threads (plain http.client, one keep-alive connection each), POSTs complete,
   low-risk contacts (with a short narrative, so the de-identifier runs) as those supporters for
   --seconds, round robin;
4. reports acknowledged contacts per second and the latency p50/p95 of the POSTs;
5. checks that every contact acknowledged with 201 is in the database, as submitted by the supporter
   who sent it (a 201 for a row that is not there is a lost write, and fails the run).

Exit status: 0 when every acknowledged contact is in the database and the rate meets --target
(default 40/s), 1 otherwise, 2 when the server or the database could not be prepared.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import http.client
import json
import math
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench import SetupError, prepare_postgres  # noqa: E402

PASSWORD = os.environ.get("DEMO_PASSWORD", "peer-support-demo")
SECRET_KEY = "bench-load-contacts-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
NARRATIVE = (
    "Met a second-year student worried about her placement who felt cut off from her cohort. "
    "We talked through who she could ask for help and I shared the counselling service details."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "false",
        "SECRET_KEY": SECRET_KEY,
        "NARRATIVE_KEYS": base64.urlsafe_b64encode(
            hashlib.sha256(b"bench-load-narratives").digest()
        ).decode(),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "ERROR",
        # Sign-in lockout counts failures only; the load signs each supporter in once.
        "AXES_FAILURE_LIMIT": "1000",
    }


def prepare(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url}
    for command in (["migrate", "--noinput", "-v", "0"], ["seed_scale"]):
        print(f"manage.py {' '.join(command)}", file=sys.stderr)
        result = subprocess.run(
            [sys.executable, "manage.py", *command], cwd=ROOT, env=env, stdout=sys.stderr, check=False
        )
        if result.returncode != 0:
            raise SetupError(f"manage.py {command[0]} failed with status {result.returncode}")


def request(
    connection: http.client.HTTPConnection, method: str, path: str, body: object, token: str | None = None
) -> tuple[int, dict[str, object]]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    connection.request(method, path, body=json.dumps(body), headers=headers)
    response = connection.getresponse()
    payload = response.read()
    try:
        data = json.loads(payload) if payload else {}
    except ValueError:
        data = {"raw": payload[:200].decode(errors="replace")}
    return response.status, data if isinstance(data, dict) else {"data": data}


@dataclass
class Supporter:
    username: str
    program_id: int
    token: str = ""


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    acknowledged: list[tuple[int, str]] = field(default_factory=list)  # (contact id, username)
    failures: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)


def pick_supporters(url: str, count: int) -> list[Supporter]:
    """Active, unpaused supporters of the scale seed, spread over its programs."""
    parts = urlsplit(url)
    # A number and constants only.
    query = (
        "SELECT u.username, m.program_id FROM program_membership m JOIN auth_user u ON u.id = m.user_id"  # noqa: S608
        " WHERE m.role = 'supporter' AND m.status = 'active' AND u.username LIKE 'scale-%' AND NOT EXISTS"
        " (SELECT 1 FROM supervision_pause p WHERE p.membership_id = m.id AND p.ended_at IS NULL)"
        " ORDER BY (m.id * 7919) % 1000, m.id LIMIT " + str(int(count))
    )
    psql = [
        "psql",
        *(
            "-h",
            parts.hostname or "127.0.0.1",
            "-p",
            str(parts.port or 5432),
            "-U",
            parts.username or "postgres",
        ),
        *("-d", parts.path.lstrip("/"), "-tA", "-F", "\t", "-c", query),
    ]
    output = subprocess.run(psql, text=True, capture_output=True, check=True).stdout
    return [
        Supporter(name, int(program))
        for name, program in (line.split("\t") for line in output.splitlines() if line)
    ]


def contact_body(supporter: Supporter, day: str) -> dict[str, object]:
    return {
        "program": supporter.program_id,
        "status": "submitted",
        "contact_date": day,
        "time_band": "day",
        "duration_minutes": 20,
        "channel": "in_person",
        "initiated_by": "peer",
        "concerns": ["academic", "isolation"],
        "risk_level": "low",
        "actions": ["listened"],
        "supporter_distress": 2,
        "narrative": NARRATIVE,
    }


def client_thread(
    port: int, supporters: list[Supporter], deadline: float, day: str, results: Results
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    index = 0
    while time.perf_counter() < deadline:
        supporter = supporters[index % len(supporters)]
        index += 1
        start = time.perf_counter()
        try:
            status, data = request(
                connection, "POST", "/api/v1/contacts/", contact_body(supporter, day), supporter.token
            )
        except (OSError, http.client.HTTPException) as error:
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            with results.lock:
                results.failures[type(error).__name__] = results.failures.get(type(error).__name__, 0) + 1
            continue
        elapsed = time.perf_counter() - start
        with results.lock:
            results.latencies.append(elapsed)
            if status == 201:
                results.acknowledged.append((int(data["id"]), supporter.username))  # type: ignore[call-overload]
            else:
                key = f"{status} {json.dumps(data)[:160]}"
                results.failures[key] = results.failures.get(key, 0) + 1
    connection.close()


def wait_for(port: int, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SetupError(f"gunicorn exited with status {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/api/v1/")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SetupError("gunicorn did not answer within a minute")


def verify(url: str, acknowledged: list[tuple[int, str]]) -> list[int]:
    """The acknowledged contact ids that are not in the database as submitted by their sender."""
    if not acknowledged:
        return []
    parts = urlsplit(url)
    ids = ",".join(str(pk) for pk, _ in acknowledged)
    # Ids this script parsed as integers.
    query = (
        "SELECT c.id, u.username FROM supervision_contact c"  # noqa: S608
        " JOIN program_membership m ON m.id = c.supporter_id JOIN auth_user u ON u.id = m.user_id"
        " WHERE c.status = 'submitted' AND c.id IN (" + ids + ")"
    )
    psql = [
        "psql",
        *(
            "-h",
            parts.hostname or "127.0.0.1",
            "-p",
            str(parts.port or 5432),
            "-U",
            parts.username or "postgres",
        ),
        *("-d", parts.path.lstrip("/"), "-tA", "-F", "\t", "-f", "-"),
    ]
    output = subprocess.run(psql, input=query, text=True, capture_output=True, check=True).stdout
    found = {(int(pk), name) for pk, name in (line.split("\t") for line in output.splitlines() if line)}
    return [pk for pk, name in acknowledged if (pk, name) not in found]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def run_load(options: argparse.Namespace, url: str) -> int:
    supporters = pick_supporters(url, options.supporters)
    if len(supporters) < options.supporters:
        raise SetupError(f"only {len(supporters)} active, unpaused supporters in the seed")
    port = free_port()
    command = [
        *(sys.executable, "-m", "gunicorn", "config.wsgi:application"),
        *("--bind", f"127.0.0.1:{port}", "--workers", str(options.workers), "--timeout", "120"),
        *("--log-level", "warning"),
    ]
    print(f"gunicorn with {options.workers} workers on port {port}", file=sys.stderr)
    server = subprocess.Popen(command, cwd=ROOT, env=server_env(url), stdout=subprocess.DEVNULL)
    try:
        wait_for(port, server)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for supporter in supporters:
            status, data = request(
                connection,
                "POST",
                "/api/v1/auth/token/",
                {"username": supporter.username, "password": PASSWORD},
            )
            if status != 200:
                raise SetupError(f"signing {supporter.username} in answered {status}: {data}")
            supporter.token = str(data["token"])
        connection.close()
        # Yesterday in UTC is today or yesterday in every program's zone: never a future date.
        day = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
        # One warm-up contact per worker's worth of requests, so imports and first queries are not timed.
        warm = Results()
        client_thread(port, supporters[:1], time.perf_counter() + 1.0, day, warm)
        results = Results()
        print(
            f"{options.threads} client threads, {len(supporters)} supporters, {options.seconds} s",
            file=sys.stderr,
        )
        started = time.perf_counter()
        deadline = started + options.seconds
        threads = [
            threading.Thread(
                target=client_thread,
                args=(port, supporters[i :: options.threads] or supporters, deadline, day, results),
            )
            for i in range(options.threads)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    missing = verify(url, [*warm.acknowledged, *results.acknowledged])
    rate = len(results.acknowledged) / elapsed
    latencies = results.latencies or [0.0]
    report = {
        "contacts": len(results.acknowledged),
        "seconds": round(elapsed, 1),
        "contacts_per_s": round(rate, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "failures": results.failures,
        "missing_in_db": len(missing),
        "workers": options.workers,
        "threads": options.threads,
        "supporters": len(supporters),
        "target_per_s": options.target,
    }
    print(
        f"{report['contacts']} contacts acknowledged in {report['seconds']} s: "
        f"{report['contacts_per_s']} contacts/s (target >= {options.target}), "
        f"p50 {report['p50_ms']} ms, p95 {report['p95_ms']} ms; "
        f"{sum(results.failures.values())} failed requests; "
        f"{len(missing)} acknowledged contacts missing from the database"
    )
    for reason, count in sorted(results.failures.items(), key=lambda item: -item[1])[:5]:
        print(f"  {count} × {reason}")
    if options.json:
        Path(options.json).write_text(json.dumps(report, indent=2) + "\n")
    if missing:
        print(f"LOST WRITES: {missing[:20]}", file=sys.stderr)
        return 1
    return 0 if rate >= options.target else 1


def run_profile(options: argparse.Namespace, url: str) -> int:
    """cProfile of contact POSTs through the API view in-process (the service path, no HTTP server)."""
    import cProfile
    import pstats

    os.environ.update({key: value for key, value in server_env(url).items() if key not in os.environ})
    os.environ["DATABASE_URL"] = url
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    from program.models import Membership

    supporter = pick_supporters(url, 1)[0]
    membership = Membership.objects.select_related("user").get(
        user__username=supporter.username, program_id=supporter.program_id, role="supporter"
    )
    token, _ = Token.objects.get_or_create(user=membership.user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    day = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    body = contact_body(supporter, day)
    assert client.post("/api/v1/contacts/", body, format="json").status_code == 201
    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        response = client.post("/api/v1/contacts/", body, format="json")
        elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code == 201, response.content
    print(f"one POST: {elapsed:.0f} ms, {len(captured)} queries")
    for query in captured.captured_queries:
        print(f"  {float(query['time']) * 1000:6.1f} ms  {query['sql'][:150]}")
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(options.posts):
        client.post("/api/v1/contacts/", body, format="json")
    profile.disable()
    stats = pstats.Stats(profile, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(20)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--supporters", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=16, help="concurrent client connections")
    parser.add_argument("--target", type=float, default=40, help="contacts per second to meet")
    parser.add_argument("--fresh", action="store_true", help="drop and re-seed the database first")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--no-prepare", action="store_true", help="skip migrate and the seed check")
    parser.add_argument("--profile", action="store_true", help="cProfile contact POSTs in-process instead")
    parser.add_argument("--posts", type=int, default=20, help="POSTs to profile (with --profile)")
    options = parser.parse_args()
    try:
        url = prepare_postgres(options.fresh)
        if not options.no_prepare:
            prepare(url)
        return run_profile(options, url) if options.profile else run_load(options, url)
    except SetupError as error:
        print(f"load: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
