"""EXPLAIN every query behind the dashboards, on the database DATABASE_URL names (PostgreSQL, seeded).

Usage: DATABASE_URL=postgres://…/db bench/run explain [--analyze]

Signs in (force_login, in-process) as the scale seed's coordinator, supervisor, big supervisor, lead
coordinator, a supporter and a sponsor, GETs their dashboard "/" (and the burden endpoint a supervisor's
app reads), captures each query and prints its plan. A line flags a sequential scan over a table of more
than 10,000 rows: for a dashboard that is a missing index or a condition that is not in the WHERE.
Also times the program's year calendar feed (/programs/<id>/roster.ics, median of 7).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from program.management.commands.seed_scale import (  # noqa: E402
    BENCH_BIG_SUPERVISOR,
    BENCH_COORDINATOR,
    BENCH_LEAD_COORDINATOR,
    BENCH_SUPERVISOR,
)
from program.models import Membership, Role  # noqa: E402

BIG_TABLE_ROWS = 10_000


def big_tables() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > %s", [BIG_TABLE_ROWS]
        )
        return {row[0] for row in cursor.fetchall()}


def explain(sql: str, analyze: bool) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {'(ANALYZE, BUFFERS OFF) ' if analyze else ''}{sql}")
        return [row[0] for row in cursor.fetchall()]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--analyze", action="store_true", help="EXPLAIN ANALYZE (runs each query).")
    parser.add_argument("--quiet", action="store_true", help="Print only flagged plans.")
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Point DATABASE_URL at a seeded PostgreSQL database.")
    settings.ALLOWED_HOSTS = ["*"]
    big = big_tables()
    program_id = Membership.objects.get(user__username=BENCH_COORDINATOR, role=Role.COORDINATOR).program_id
    supporter = (
        Membership.objects.filter(program_id=program_id, role=Role.SUPPORTER, status="active")
        .order_by("pk")
        .values_list("user__username", flat=True)
        .first()
    )
    sponsor = (
        Membership.objects.filter(role=Role.SPONSOR, status="active")
        .values_list("user__username", flat=True)
        .first()
    )
    targets = [
        (BENCH_COORDINATOR, "/"),
        (BENCH_LEAD_COORDINATOR, "/"),
        (BENCH_SUPERVISOR, "/"),
        (BENCH_BIG_SUPERVISOR, "/"),
        (supporter, "/"),
        (sponsor, "/"),
        (BENCH_BIG_SUPERVISOR, f"/api/v1/burden/?program={program_id}"),
    ]
    flagged = 0
    for username, url in targets:
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, (url, response.status_code)
        print(f"\n=== {username} GET {url}: {len(captured)} queries, {elapsed:.0f} ms")
        for query in captured.captured_queries:
            sql = query["sql"]
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            plan = explain(sql, options.analyze)
            scans = [
                line.strip()
                for line in plan
                if (found := re.search(r"Seq Scan on (\w+)", line))
                and found.group(1) in big
                and "never executed" not in line
            ]
            if scans:
                flagged += 1
            if scans or not options.quiet:
                print(
                    f"\n-- {'SEQ SCAN ON A BIG TABLE ' if scans else ''}{float(query['time']) * 1000:.1f} ms"
                )
                print(sql[:600] + (" …" if len(sql) > 600 else ""))
                print("\n".join(plan))
    coordinator = Client()
    coordinator.force_login(get_user_model().objects.get(username=BENCH_COORDINATOR))
    url = f"/programs/{program_id}/roster.ics"
    coordinator.get(url)
    samples = []
    for _ in range(7):
        start = time.perf_counter()
        response = coordinator.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    print(f"\n=== GET {url}: median {statistics.median(samples):.0f} ms, {len(response.content)} bytes")
    print(f"\n{flagged} queries with a sequential scan over a table of more than {BIG_TABLE_ROWS:,} rows")


if __name__ == "__main__":
    main()
