"""Our code against a baseline, in the same process on the same rows, at two sizes (issue 15, items 1–2).

For each row of bench/pairs.py (burden of every supporter this week and over 12 weeks, the year's gap
scan, on call now, the contact list as a coordinator and as the supervisor of 200): run ours and the
baseline alternately, N times each after a warm-up, check they give the same answer (a row whose answers
differ fails), and
report ratio = ours_ms / baseline_ms, medians of wall-clock time measured the same way for both (wall
clock, not processor time: on PostgreSQL the work is in the server process). Each row runs against two
databases — a small seed and the full scale seed — each in its own process, and records the query
count of ours (django.test.utils.CaptureQueriesContext) at both.

Budgets, as ratios of ours to the baseline's time: aggregates and the roster (gap scan, on call now)
≤ 1.5×; list endpoints ≥ 0.8× a bare view's throughput, which is the same as ≤ 1 / 0.8 = 1.25× its time.
Beside them the absolute budgets of bench/measure.py, and query counts equal at both sizes. A row is met
only when all hold.

Sizes: the full seed is `seed_scale` (20 programs × 200 supporters, 20,000 contacts a program, a year of
rosters past and to come). The small seed is the same command with 20 supporters and 2,000 contacts a
program (`--seed-small`, which patches those two numbers).

Quick (CI): `bench/run baselines --quick` seeds two small SQLite databases afresh (10 and 20 supporters a
program, 500 and 1,000 contacts, 90 days of rosters each way), runs every pair once on each and fails when a
row's query count differs between the two, exceeds its maximum, or ours and the baseline answer
differently. Nothing is timed against a budget: a shared CI runner's times say little; query growth is
what it catches.

Usage: bench/run baselines [--db sqlite|postgres] [--runs N] [--json FILE]
       bench/run baselines --quick
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, this directory comes first on the path, where bench.py would shadow the package.
sys.path[0] = str(ROOT)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

from bench.bench import POSTGRES_URL, SetupError, prepare_postgres, prepare_sqlite, run  # noqa: E402

SMALL_SQLITE = ROOT / "bench" / "bench-small.sqlite3"
SMALL_POSTGRES_URL = POSTGRES_URL + "_small"  # BENCH_POSTGRES_URL's database name, with "_small"
SMALL_SUPPORTERS, SMALL_CONTACTS = 20, 2_000
RATIO_BUDGET = {"aggregate": 1.5, "roster": 1.5, "list": 1 / 0.8}
# --quick: (supporters a program, contacts a program) of its two databases, and their rosters' days each way.
QUICK_SIZES = ((10, 500), (20, 1_000))
QUICK_ROSTER_DAYS = 90


def seed_small(
    supporters: int = SMALL_SUPPORTERS, contacts: int = SMALL_CONTACTS, days: int | None = None
) -> None:
    import django

    django.setup()
    from django.core.management import call_command

    from program.management.commands import seed_scale
    from supervision import scale
    from supervision.rosters import scale as roster_scale

    seed_scale.SUPPORTERS = supporters
    scale.CONTACTS_PER_PROGRAM = contacts
    if days is not None:
        roster_scale.DAYS = days
    call_command("seed_scale", force=True)


def measure(runs: int) -> list[dict[str, Any]]:
    """In the process whose DATABASE_URL names one seeded database: every pair, timed and checked."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.utils import timezone

    from bench import pairs
    from program.management.commands.seed_scale import (
        BENCH_BIG_SUPERVISOR,
        BENCH_COORDINATOR,
    )
    from program.models import Membership, Program, Role
    from supervision.models import Roster

    settings.DEBUG = False  # as production serves; query counts are captured separately
    program_id = Membership.objects.get(user__username=BENCH_COORDINATOR, role=Role.COORDINATOR).program_id
    program = Program.objects.get(pk=program_id)
    roster = Roster.objects.filter(program=program).select_related("program").order_by("-starts_on").first()
    if roster is None:
        raise SystemExit("The seed has no rosters; run seed_scale --reset.")
    rows = []
    with override_settings(ROOT_URLCONF="bench.pairs"):
        clients = {
            "coordinator": pairs.signed_in(BENCH_COORDINATOR),
            "supervisor of every supporter": pairs.signed_in(BENCH_BIG_SUPERVISOR),
        }
        for pair in pairs.pairs(
            today=timezone.localdate(),
            roster=roster,
            program=program,
            at=timezone.now(),
            list_clients=clients,
        ):
            ours_answer, baseline_answer = pair.ours(), pair.baseline()  # also the warm-up
            ours_ms: list[float] = []
            baseline_ms: list[float] = []
            for _ in range(runs):
                for call, samples in ((pair.ours, ours_ms), (pair.baseline, baseline_ms)):
                    started = time.perf_counter()
                    call()
                    samples.append((time.perf_counter() - started) * 1000)
            with CaptureQueriesContext(connection) as ours_queries:
                pair.ours()
            with CaptureQueriesContext(connection) as baseline_queries:
                pair.baseline()
            rows.append(
                {
                    "name": pair.name,
                    "kind": pair.kind,
                    "ours_ms": statistics.median(ours_ms),
                    "baseline_ms": statistics.median(baseline_ms),
                    "queries": len(ours_queries),
                    "baseline_queries": len(baseline_queries),
                    "same_answer": ours_answer == baseline_answer,
                }
            )
    return rows


def absolute_budgets() -> dict[str, tuple[float | None, int | None]]:
    """bench/measure.py's absolute budgets (ms, max queries) for the rows they cover, and the query maxima
    of the rest."""
    return {
        # supporters, programs and weights, contacts, check-ins, sessions, debriefs, on-call hours (one
        # time zone)
        "burden, every supporter this week": (3000, 7),
        # the same, and the sessions within the weeks (the latest one before them is then a query of its own)
        "burden, every supporter over 12 weeks": (None, 8),
        "gap scan over a year": (200, 2),
        "on call now": (50, 9),
        "pause detection, one program (3 rules)": (None, 4),  # the rules, then one statement a rule
        # session, user, the caller's own and supervised memberships, the memberships and programs they
        # coordinate, the page, its concerns, its actions, whose private fields the caller sees
        "GET /api/v1/contacts/ (coordinator)": (100, 9),
        "GET /api/v1/contacts/ (supervisor of every supporter)": (100, 9),
    }


def measured(database: str, url: str, runs: int, small: bool) -> list[dict[str, Any]]:
    env = {**os.environ, "DATABASE_URL": url}
    manage = [sys.executable, "manage.py"]
    label = f"{database}, {'small' if small else 'full'} seed"
    print(f"[{label}] migrate and seed", file=sys.stderr)
    run([*manage, "migrate", "--noinput", "-v", "0"], env=env)
    if small:
        run([sys.executable, __file__, "--seed-small"], env=env)
    else:
        run([*manage, "seed_scale", "--force"], env=env)
    print(f"[{label}] measuring ({runs} runs of each)", file=sys.stderr)
    output = run([sys.executable, __file__, "--measure", "--runs", str(runs)], env=env, capture=True)
    result: list[dict[str, Any]] = json.loads(output)
    return result


def combine(full: list[dict[str, Any]], small: list[dict[str, Any]], database: str) -> list[dict[str, Any]]:
    small_by_name = {row["name"]: row for row in small}
    budgets = absolute_budgets()
    rows = []
    for row in full:
        other = small_by_name.get(row["name"], {})
        ratio = row["ours_ms"] / row["baseline_ms"] if row["baseline_ms"] else None
        limit = RATIO_BUDGET[row["kind"]]
        budget_ms, max_queries = budgets.get(row["name"], (None, None))
        problems = []
        if not row["same_answer"] or not other.get("same_answer", False):
            problems.append("ours and the baseline answer differently")
        if ratio is None or ratio > limit:
            problems.append(f"ratio {ratio:.2f} > {limit:.2f}" if ratio else "no baseline time")
        if budget_ms is not None and row["ours_ms"] >= budget_ms:
            problems.append(f"{row['ours_ms']:.0f} ms ≥ {budget_ms} ms")
        if max_queries is not None and row["queries"] > max_queries:
            problems.append(f"{row['queries']} queries > {max_queries}")
        if other.get("queries") != row["queries"]:
            problems.append(f"queries {other.get('queries')} small vs {row['queries']} full")
        budget = f"ratio ≤ {limit:.2f}"
        if budget_ms is not None:
            budget += f", < {budget_ms} ms"
        if max_queries is not None:
            budget += f", ≤ {max_queries} q"
        budget += ", same queries"
        rows.append(
            {
                "name": row["name"],
                "db": database,
                "ours_ms": round(row["ours_ms"], 2),
                "baseline_ms": round(row["baseline_ms"], 2),
                "ratio": None if ratio is None else round(ratio, 2),
                "budget": budget,
                "queries_small": other.get("queries"),
                "queries_full": row["queries"],
                "baseline_queries": row["baseline_queries"],
                "ours_ms_small": None if not other else round(other["ours_ms"], 2),
                "baseline_ms_small": None if not other else round(other["baseline_ms"], 2),
                "met": not problems,
                "problems": problems,
            }
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> None:
    headers = (
        "name",
        "db",
        "ours_ms",
        "baseline_ms",
        "ratio",
        "budget",
        "queries_small",
        "queries_full",
        "met",
    )
    table = [
        (
            r["name"],
            r["db"],
            f"{r['ours_ms']:.1f}",
            f"{r['baseline_ms']:.1f}",
            "—" if r["ratio"] is None else f"{r['ratio']:.2f}",
            r["budget"],
            str(r["queries_small"]),
            str(r["queries_full"]),
            "yes" if r["met"] else "NO",
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip())
    print(
        "\nratio = ours_ms / baseline_ms (medians, wall clock, full seed). Aggregates and the roster: ≤ 1.5×"
        " the baseline. Lists: ≥ 0.8× a bare view's throughput, i.e. ratio ≤ 1.25."
    )
    for r in rows:
        if r["problems"]:
            print(f"NOT MET {r['name']} [{r['db']}]: {'; '.join(r['problems'])}")


def quick() -> int:
    """Two small SQLite databases seeded afresh in parallel, each pair once on each; query counts compared."""
    paths = [ROOT / "bench" / f"quick-{supporters}.sqlite3" for supporters, _ in QUICK_SIZES]
    for path in paths:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    urls = [f"sqlite:///{path}" for path in paths]
    print("[quick] migrate", file=sys.stderr)
    run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        env={**os.environ, "DATABASE_URL": urls[0]},
    )
    shutil.copyfile(paths[0], paths[1])
    print(
        f"[quick] seed {' and '.join(f'{s} supporters' for s, _ in QUICK_SIZES)} a program", file=sys.stderr
    )
    seeds = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--seed-small",
                "--supporters",
                str(supporters),
                "--contacts",
                str(contacts),
            ],
            env={**os.environ, "DATABASE_URL": url, "BENCH_ROSTER_DAYS": str(QUICK_ROSTER_DAYS)},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        for url, (supporters, contacts) in zip(urls, QUICK_SIZES, strict=True)
    ]
    if any(seed.wait() != 0 for seed in seeds):
        print("bench: seeding failed", file=sys.stderr)
        return 2
    print("[quick] every pair once on each", file=sys.stderr)
    measured_rows = [
        json.loads(
            run(
                [sys.executable, __file__, "--measure", "--runs", "1"],
                env={**os.environ, "DATABASE_URL": url},
                capture=True,
            )
        )
        for url in urls
    ]
    small, larger = ({row["name"]: row for row in rows} for rows in measured_rows)
    budgets = absolute_budgets()
    failures = []
    sizes = " / ".join(str(supporters) for supporters, _ in QUICK_SIZES)
    print(f"{'name':<55} {'queries (' + sizes + ' supporters)':<30} max")
    for name, row in larger.items():
        _, max_queries = budgets.get(name, (None, None))
        other = small.get(name, {})
        counts = f"{other.get('queries')} / {row['queries']}"
        print(f"{name:<55} {counts:<30} {max_queries or '—'}")
        if other.get("queries") != row["queries"]:
            failures.append(f"{name}: {other.get('queries')} queries vs {row['queries']}")
        if max_queries is not None and row["queries"] > max_queries:
            failures.append(f"{name}: {row['queries']} queries > {max_queries}")
        if not row["same_answer"] or not other.get("same_answer", False):
            failures.append(f"{name}: ours and the baseline answer differently")
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run baselines", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--runs", type=int, default=7, help="Timed runs of each (default 7).")
    parser.add_argument("--json", type=Path, help="Write the rows to this file.")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--quick", action="store_true", help="CI: query counts at two small sizes on SQLite, nothing timed."
    )
    parser.add_argument("--seed-small", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--supporters", type=int, default=SMALL_SUPPORTERS, help=argparse.SUPPRESS)
    parser.add_argument("--contacts", type=int, default=SMALL_CONTACTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed_small:
        days = os.environ.get("BENCH_ROSTER_DAYS")
        seed_small(args.supporters, args.contacts, int(days) if days else None)
        return 0
    if args.quick:
        return quick()
    if args.measure:
        json.dump(measure(max(1, args.runs)), sys.stdout)
        return 0
    try:
        if args.db == "sqlite":
            small_url = f"sqlite:///{SMALL_SQLITE}"
            full_url = prepare_sqlite(fresh=False)
        else:
            full_url = prepare_postgres(fresh=False)
            small_url = SMALL_POSTGRES_URL
            small = urlsplit(small_url)
            connect = ["-h", small.hostname or "127.0.0.1", "-p", str(small.port or 5432)]
            connect += ["-U", small.username or "postgres"]
            sql = "SELECT datname FROM pg_database"
            names = run(["psql", *connect, "-d", "postgres", "-tAc", sql], capture=True)
            if small.path.lstrip("/") not in names.split():
                run(["createdb", *connect, small.path.lstrip("/")], capture=True)
        small_rows = measured(args.db, small_url, args.runs, small=True)
        full_rows = measured(args.db, full_url, args.runs, small=False)
    except SetupError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    rows = combine(full_rows, small_rows, args.db)
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
