"""Measure latency and query counts of pages and endpoints on the database DATABASE_URL names.

Run by bench/run once per database, after `seed_scale`; prints a JSON list of
results on stdout. Requests go through django.test.Client in-process (no HTTP
server), signed in with force_login as users seed_scale creates: a coordinator
of one program, a supervisor (who also reviews) there, and the lead coordinator
of four programs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from dataclasses import dataclass
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
    BENCH_COORDINATOR,
    BENCH_LEAD_COORDINATOR,
    BENCH_SUPERVISOR,
)
from program.models import Membership, Role  # noqa: E402

# Median budgets in milliseconds; targets without one are reported, not judged.
LIST_ENDPOINT_BUDGET_MS = 100


@dataclass
class Target:
    name: str
    client: Client
    url: str
    budget_ms: int | None = None


def signed_in(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def get(client: Client, url: str) -> None:
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url} answered {response.status_code}, not 200.")


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def last_page(client: Client, url: str) -> int:
    first = client.get(url).json()
    return max(1, math.ceil(first["count"] / max(1, len(first["results"]))))


def targets() -> list[Target]:
    coordinator = signed_in(BENCH_COORDINATOR)
    supervisor = signed_in(BENCH_SUPERVISOR)
    lead = signed_in(BENCH_LEAD_COORDINATOR)
    program_id = Membership.objects.get(user__username=BENCH_COORDINATOR, role=Role.COORDINATOR).program_id
    memberships = "/api/v1/memberships/"
    last, lead_last = last_page(coordinator, memberships), last_page(lead, memberships)
    budget = LIST_ENDPOINT_BUDGET_MS
    return [
        Target("GET /api/v1/programs/", coordinator, "/api/v1/programs/", budget),
        Target(f"GET {memberships} (page 1)", coordinator, memberships, budget),
        Target(f"GET {memberships}?page={last} (last)", coordinator, f"{memberships}?page={last}", budget),
        Target(
            f"GET {memberships}?program=…&role=supporter",
            coordinator,
            f"{memberships}?program={program_id}&role=supporter",
            budget,
        ),
        # The lead coordinator of four programs: four times the rows in scope, a deeper last page.
        Target(
            f"GET {memberships}?page={lead_last} (lead, last)",
            lead,
            f"{memberships}?page={lead_last}",
            budget,
        ),
        Target("GET / (coordinator)", coordinator, "/"),
        Target("GET / (supervisor + reviewer)", supervisor, "/"),
        Target("GET / (lead coordinator, 4 programs)", lead, "/"),
        Target("GET /programs/…/members/ (coordinator)", coordinator, f"/programs/{program_id}/members/"),
    ]


def measure(target: Target, requests: int, warmup: int) -> dict[str, object]:
    for _ in range(warmup):
        get(target.client, target.url)
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        get(target.client, target.url)
        samples.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        get(target.client, target.url)
    median = statistics.median(samples)
    return {
        "target": target.name,
        "median_ms": median,
        "p95_ms": percentile(samples, 0.95),
        "queries": len(queries),
        "budget_ms": target.budget_ms,
        "passed": target.budget_ms is None or median < target.budget_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    # Time requests as production serves them: DEBUG's query log formats every statement (on SQLite with
    # an extra query each), which would inflate the figures. Query counts are captured separately.
    settings.DEBUG = False
    results = [measure(target, args.requests, args.warmup) for target in targets()]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
