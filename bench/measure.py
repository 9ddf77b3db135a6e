"""Measure latency and query counts of pages and endpoints on the database DATABASE_URL names.

Run by bench/run once per database, after `seed_scale`; prints a JSON list of
results on stdout. Requests go through django.test.Client in-process (no HTTP
server), signed in with force_login as users seed_scale creates: a coordinator
of one program, a supervisor (who also reviews) there, the lead coordinator of
four programs, and a supervisor of all 200 supporters of that first program.
Two targets are Python calls rather than requests: this week's burden index of
all 4,000 supporters (one supervision.wellbeing.burden.current_burden call per program),
and the evaluation of every pause rule for them, twice in a row — the second
must create nothing — inside a transaction rolled back afterwards, so each run
measures a first evaluation.

A target fails when its median is over its time budget, when its query count is
over its query budget, or when its query count differs between the pages or
users it is compared with (list endpoints must not run more queries as the data
or the scope grows).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from program.management.commands.seed_scale import (  # noqa: E402
    BENCH_BIG_SUPERVISOR,
    BENCH_COORDINATOR,
    BENCH_LEAD_COORDINATOR,
    BENCH_SUPERVISOR,
)
from program.models import Membership, Program, Role  # noqa: E402
from selection.models import Intake  # noqa: E402
from selection.scale import BIG_INTAKE_NAME  # noqa: E402
from supervision import selectors  # noqa: E402
from supervision.models import Roster  # noqa: E402
from supervision.pauses import services as pauses  # noqa: E402
from supervision.rosters import feeds as calendars  # noqa: E402
from supervision.rosters import services as rosters  # noqa: E402
from supervision.wellbeing.burden import current_burden  # noqa: E402

# Median budgets in milliseconds; targets without one are reported, not judged.
LIST_ENDPOINT_BUDGET_MS = 100
BIG_DASHBOARD_BUDGET_MS = 250
BIG_DASHBOARD_MAX_QUERIES = 12
ALL_BURDEN_BUDGET_MS = 3000
RANKING_BUDGET_MS = 300  # an intake of 500 applications × 3 reviews (issue 3)
PAUSE_EVALUATION_BUDGET_MS = 5000  # every rule for 4,000 supporters (issue 5)
# Issue 6: generating 12 weeks (200 supporters, 4 templates), on call now, a year's ICS, a year's gap scan.
GENERATE_BUDGET_MS, GENERATE_MAX_QUERIES = 2000, 40
ON_CALL_BUDGET_MS, ON_CALL_MAX_QUERIES = 50, 9
ICS_BUDGET_MS, ICS_MAX_QUERIES = 300, 6
PROGRAM_ICS_BUDGET_MS = 150  # issue 15: the program's year (~1,300 shifts) under 150 ms
GAP_SCAN_BUDGET_MS, GAP_SCAN_MAX_QUERIES = 200, 2
# Issue 7: a program's runway, the program report PDF for a year, the continuity dashboard.
RUNWAY_BUDGET_MS = 100
REPORT_BUDGET_MS = 5000
# Targets slower than a request (the all-programs burden) are timed this many times at most.
SLOW_TARGET_RUNS = 5


@dataclass
class Target:
    name: str
    call: Callable[[], None]
    budget_ms: int | None = None
    max_queries: int | None = None
    # Other requests (label, call) that must run exactly as many queries as this one.
    same_queries_as: list[tuple[str, Callable[[], None]]] = field(default_factory=list)
    slow: bool = False


def page(client: Client, url: str) -> Callable[[], None]:
    return lambda: get(client, url)


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


def last_contacts_page(username: str, url: str, size: int = 50) -> str:
    """The contact list's last page, by a cursor at the row just newer than it: walking there by `next`
    would take hundreds of requests. The rows are the user's scope, read through the same selector."""
    user = get_user_model().objects.get(username=username)
    keyset = selectors.CONTACTS_NEWEST_FIRST
    oldest_first = keyset.ordered(selectors.contacts_visible_to(user)).reverse()
    just_newer = oldest_first[size : size + 1].first()
    if just_newer is None:
        return url
    return f"{url}?cursor={keyset.encode(keyset.position_of(just_newer, newer=False))}"


def all_burden() -> Callable[[], None]:
    """This week's burden of every supporter (4,000), one current_burden call per program (20)."""
    programs = list(Program.objects.order_by("pk"))
    supporters: dict[int, list[Membership]] = {program.pk: [] for program in programs}
    for member in Membership.objects.filter(role=Role.SUPPORTER).order_by("pk"):
        supporters[member.program_id].append(member)
    count = sum(len(members) for members in supporters.values())
    if len(programs) != 20 or count != 4000:
        raise SystemExit(f"Expected 4,000 supporters in 20 programs, found {count:,} in {len(programs)}.")

    def run() -> None:
        today = timezone.localdate()
        for program in programs:
            current_burden(supporters[program.pk], program, today)

    return run


def targets() -> list[Target]:
    coordinator = signed_in(BENCH_COORDINATOR)
    supervisor = signed_in(BENCH_SUPERVISOR)
    lead = signed_in(BENCH_LEAD_COORDINATOR)
    big = signed_in(BENCH_BIG_SUPERVISOR)
    program_id = Membership.objects.get(user__username=BENCH_COORDINATOR, role=Role.COORDINATOR).program_id
    big_program_id = Membership.objects.get(
        user__username=BENCH_BIG_SUPERVISOR, role=Role.SUPERVISOR
    ).program_id
    memberships = "/api/v1/memberships/"
    last, lead_last = last_page(coordinator, memberships), last_page(lead, memberships)
    contacts = "/api/v1/contacts/"
    contacts_last = {
        "coordinator": last_contacts_page(BENCH_COORDINATOR, contacts),
        "big": last_contacts_page(BENCH_BIG_SUPERVISOR, contacts),
    }
    budget = LIST_ENDPOINT_BUDGET_MS
    big_intake = Intake.objects.get(program_id=program_id, name=BIG_INTAKE_NAME)
    small_intake = Intake.objects.filter(program_id=program_id).exclude(pk=big_intake.pk).get()
    intake_page = f"/programs/{program_id}/intakes/{{}}/"
    return [
        Target("GET /api/v1/programs/", page(coordinator, "/api/v1/programs/"), budget),
        Target(f"GET {memberships} (page 1)", page(coordinator, memberships), budget),
        Target(
            f"GET {memberships}?page={last} (last)", page(coordinator, f"{memberships}?page={last}"), budget
        ),
        Target(
            f"GET {memberships}?program=…&role=supporter",
            page(coordinator, f"{memberships}?program={program_id}&role=supporter"),
            budget,
        ),
        # The lead coordinator of four programs: four times the rows in scope, a deeper last page.
        Target(
            f"GET {memberships}?page={lead_last} (lead, last)",
            page(lead, f"{memberships}?page={lead_last}"),
            budget,
        ),
        Target("GET / (coordinator)", page(coordinator, "/")),
        Target("GET / (supervisor + reviewer)", page(supervisor, "/")),
        Target("GET / (lead coordinator, 4 programs)", page(lead, "/")),
        Target(
            "GET /programs/…/members/ (coordinator)", page(coordinator, f"/programs/{program_id}/members/")
        ),
        # Supervision: a supervisor of 200 supporters, and contacts lists over 20,000 contacts a program.
        Target(
            "GET / (supervisor of 200)",
            page(big, "/"),
            BIG_DASHBOARD_BUDGET_MS,
            max_queries=BIG_DASHBOARD_MAX_QUERIES,
        ),
        Target(
            f"GET {contacts} (supervisor of 200)",
            page(big, contacts),
            budget,
            same_queries_as=[
                ("last page", page(big, contacts_last["big"])),
                ("supervisor of 20", page(supervisor, contacts)),
            ],
        ),
        Target(
            f"GET {contacts} (coordinator)",
            page(coordinator, contacts),
            budget,
            same_queries_as=[
                ("last page", page(coordinator, contacts_last["coordinator"])),
                ("lead of 4 programs", page(lead, contacts)),
            ],
        ),
        # Keyset pages: the last page is timed against the same budget as the first.
        Target(f"GET {contacts}?cursor=… (supervisor of 200, last)", page(big, contacts_last["big"]), budget),
        Target(
            f"GET {contacts}?cursor=… (coordinator, last)",
            page(coordinator, contacts_last["coordinator"]),
            budget,
        ),
        Target(
            "burden of 4,000 supporters (20 × current_burden)", all_burden(), ALL_BURDEN_BUDGET_MS, slow=True
        ),
        Target(
            "GET /programs/…/burden/ (supervisor of 200)", page(big, f"/programs/{big_program_id}/burden/")
        ),
        # Selection: the ranking of 500 applications × 3 reviews, as data and as the coordinator's page.
        Target(
            "GET /api/v1/intakes/…/ranking/ (500 × 3)",
            page(coordinator, f"/api/v1/intakes/{big_intake.pk}/ranking/"),
            RANKING_BUDGET_MS,
            same_queries_as=[
                ("30 applications", page(coordinator, f"/api/v1/intakes/{small_intake.pk}/ranking/"))
            ],
        ),
        *roster_targets(coordinator, big, program_id),
        *succession_targets(coordinator, lead, program_id),
        Target(
            "GET /programs/…/intakes/…/ (500 × 3)",
            page(coordinator, intake_page.format(big_intake.pk)),
            RANKING_BUDGET_MS,
            same_queries_as=[("30 applications", page(coordinator, intake_page.format(small_intake.pk)))],
        ),
    ]


def count_queries(call: Callable[[], None]) -> int:
    with CaptureQueriesContext(connection) as queries:
        call()
    return len(queries)


def measure(target: Target, requests: int, warmup: int) -> dict[str, object]:
    if target.slow:
        requests, warmup = min(requests, SLOW_TARGET_RUNS), min(warmup, 1)
    for _ in range(warmup):
        target.call()
    samples = []
    for _ in range(requests):
        started = time.perf_counter()
        target.call()
        samples.append((time.perf_counter() - started) * 1000)
    queries = count_queries(target.call)
    median = statistics.median(samples)
    problems = []
    if target.budget_ms is not None and median >= target.budget_ms:
        problems.append(f"median {median:.0f} ms ≥ {target.budget_ms} ms")
    if target.max_queries is not None and queries > target.max_queries:
        problems.append(f"{queries} queries > {target.max_queries}")
    for label, other in target.same_queries_as:
        if (count := count_queries(other)) != queries:
            problems.append(f"{count} queries for {label}, not {queries}")
    return {
        "target": target.name,
        "median_ms": median,
        "p95_ms": percentile(samples, 0.95),
        "queries": queries,
        "budget_ms": target.budget_ms,
        "max_queries": target.max_queries,
        "constant_queries": bool(target.same_queries_as),
        "problems": problems,
        "passed": not problems,
    }


def roster_targets(coordinator: Client, supervisor: Client, program_id: int) -> list[Target]:
    program = Program.objects.get(pk=program_id)
    coordinator_user = get_user_model().objects.get(username=BENCH_COORDINATOR)
    coming = Roster.objects.filter(program=program).select_related("program").order_by("-starts_on").first()
    if coming is None:
        raise SystemExit("The scale seed has no rosters; run seed_scale --reset.")
    start = coming.ends_on + timedelta(days=1)

    def generate() -> None:
        # In a transaction rolled back at the end, so every run generates the same twelve weeks afresh.
        try:
            with transaction.atomic():
                rosters.generate(
                    program, by=coordinator_user, starts_on=start, ends_on=start + timedelta(days=83)
                )
                raise Rollback
        except Rollback:
            pass

    on_call_person = (
        Membership.objects.filter(program=program, role=Role.SUPERVISOR, shift_assignments__isnull=False)
        .order_by("pk")
        .first()
    )
    feed = calendars.live_feed(on_call_person.user) if on_call_person else None
    other_program = Program.objects.exclude(pk=program_id).order_by("pk").first()
    other_coming = (
        Roster.objects.filter(program=other_program).select_related("program").order_by("-starts_on").first()
    )
    return [
        Target(
            "generate 12 weeks (≈220 members, 4 templates)",
            generate,
            GENERATE_BUDGET_MS,
            max_queries=GENERATE_MAX_QUERIES,
            slow=True,
        ),
        Target(
            "GET /api/v1/programs/…/on-call-now/",
            page(coordinator, f"/api/v1/programs/{program_id}/on-call-now/"),
            ON_CALL_BUDGET_MS,
            max_queries=ON_CALL_MAX_QUERIES,
        ),
        Target(
            "GET /calendar/….ics (a supervisor's year)",
            page(Client(), f"/calendar/{feed.token}.ics") if feed else (lambda: None),
            ICS_BUDGET_MS,
            max_queries=ICS_MAX_QUERIES,
        ),
        Target(
            "GET /programs/…/roster.ics (the program's year)",
            page(coordinator, f"/programs/{program_id}/roster.ics"),
            PROGRAM_ICS_BUDGET_MS,
        ),
        Target(
            "gap scan over a year (coverage_gaps)",
            lambda: rosters.coverage_gaps(coming),
            GAP_SCAN_BUDGET_MS,
            max_queries=GAP_SCAN_MAX_QUERIES,
            same_queries_as=[("another program's year", lambda: rosters.coverage_gaps(other_coming))]
            if other_coming
            else [],
        ),
    ]


def succession_targets(coordinator: Client, lead: Client, program_id: int) -> list[Target]:
    """The runway and the continuity dashboard of the bench coordinator's program, each compared with
    another program of the lead coordinator's (a different number of key roles and documents), and
    the program report PDF over the past year (20,000 contacts, a year of shifts)."""
    lead_user = get_user_model().objects.get(username=BENCH_LEAD_COORDINATOR)
    other_id = (
        Membership.objects.filter(user=lead_user, role=Role.COORDINATOR)
        .exclude(program_id=program_id)
        .order_by("program_id")
        .values_list("program_id", flat=True)
        .first()
    )
    if other_id is None:
        raise SystemExit("The scale seed's lead coordinator has only one program; run seed_scale --reset.")
    # The last 12 whole months: reports cover only months that have ended (docs/privacy.md).
    this_month = timezone.localdate().replace(day=1)
    year = f"from={this_month.replace(year=this_month.year - 1)}&to={this_month - timedelta(days=1)}"
    return [
        Target(
            "GET /api/v1/programs/…/runway/",
            page(coordinator, f"/api/v1/programs/{program_id}/runway/"),
            RUNWAY_BUDGET_MS,
            same_queries_as=[("another program", page(lead, f"/api/v1/programs/{other_id}/runway/"))],
        ),
        Target(
            "GET /programs/…/continuity/ (coordinator)",
            page(coordinator, f"/programs/{program_id}/continuity/"),
            same_queries_as=[("another program", page(lead, f"/programs/{other_id}/continuity/"))],
        ),
        Target(
            "GET /programs/…/report.pdf (a year)",
            page(coordinator, f"/programs/{program_id}/report.pdf?{year}"),
            REPORT_BUDGET_MS,
            slow=True,
        ),
    ]


class Rollback(Exception):
    """Leaves the benchmark data as seeded, so every run measures a first evaluation."""


def pause_evaluation(runs: int) -> list[dict[str, object]]:
    """Evaluate every pause rule of all 20 programs (4,000 supporters), then again right after; the
    second must create nothing. Each run happens in a transaction rolled back at the end."""
    first_ms, second_ms, created, again, queries = [], [], 0, 0, 0
    for _ in range(runs):
        try:
            with transaction.atomic():
                started = time.perf_counter()
                counts = pauses.evaluate_all()
                middle = time.perf_counter()
                with CaptureQueriesContext(connection) as captured:
                    repeat = pauses.evaluate_all()
                ended = time.perf_counter()
                raise Rollback
        except Rollback:
            pass
        first_ms.append((middle - started) * 1000)
        second_ms.append((ended - middle) * 1000)
        created = counts["pauses"] + counts["flags"]
        again = repeat["pauses"] + repeat["flags"]
        queries = len(captured)
    rows = []
    for name, samples, problems in (
        (f"evaluate all pause rules, 4,000 supporters (created {created})", first_ms, []),
        (
            "… again right after (must create nothing)",
            second_ms,
            [f"the second evaluation created {again}"] if again else [],
        ),
    ):
        median = statistics.median(samples)
        if median >= PAUSE_EVALUATION_BUDGET_MS:
            problems = [*problems, f"median {median:.0f} ms ≥ {PAUSE_EVALUATION_BUDGET_MS} ms"]
        rows.append(
            {
                "target": name,
                "median_ms": median,
                "p95_ms": percentile(samples, 0.95),
                "queries": queries,
                "budget_ms": PAUSE_EVALUATION_BUDGET_MS,
                "max_queries": None,
                "constant_queries": False,
                "problems": problems,
                "passed": not problems,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    args = parser.parse_args()
    # Time requests as production serves them: DEBUG's query log formats every statement (on SQLite with
    # an extra query each), which would inflate the figures. Query counts are captured separately.
    settings.DEBUG = False
    results = [measure(target, args.requests, args.warmup) for target in targets()]
    results.extend(pause_evaluation(SLOW_TARGET_RUNS))
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
