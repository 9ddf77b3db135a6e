"""Prepare each benchmark database, measure it in its own process, print one table.

For every database asked for: make sure it exists (starting the local
PostgreSQL cluster if it is down), migrate, load `seed_scale` if it is not
loaded yet, then run bench/measure.py with DATABASE_URL pointing at it. A
separate process per database keeps Django's settings honest: they are read
once, from the environment, exactly as in a deployment.

Databases: SQLite in bench/bench.sqlite3 (git-ignored) and PostgreSQL at
BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/peersupport_bench).

Exit status: 0 when every budget holds, 1 when one fails, 2 when a database
could not be prepared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SQLITE_PATH = ROOT / "bench" / "bench.sqlite3"
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/peersupport_bench")
POSTGRES_CLUSTER = ("15", "main")


class SetupError(Exception):
    """A database could not be made ready for measuring."""


def run(command: list[str], *, env: dict[str, str] | None = None, capture: bool = False) -> str:
    """Run a command from the repository root; uncaptured output goes to stderr (stdout is the table's)."""
    if capture:
        result = subprocess.run(command, env=env, cwd=ROOT, text=True, capture_output=True, check=False)
    else:
        result = subprocess.run(command, env=env, cwd=ROOT, text=True, stdout=sys.stderr, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip() if capture else ""
        raise SetupError(f"`{' '.join(command)}` failed with status {result.returncode}. {detail}".strip())
    return result.stdout if capture else ""


def prepare_sqlite(fresh: bool) -> str:
    if fresh:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{SQLITE_PATH}"


def prepare_postgres(fresh: bool) -> str:
    url = urlsplit(POSTGRES_URL)
    host, port = url.hostname or "127.0.0.1", str(url.port or 5432)
    user, name = url.username or "postgres", url.path.lstrip("/")
    for tool in ("pg_isready", "psql", "createdb", "dropdb"):
        if shutil.which(tool) is None:
            raise SetupError(
                f"{tool} is not installed; PostgreSQL client tools are needed for the benchmark."
            )
    connection = ["-h", host, "-p", port, "-U", user]
    if subprocess.run(["pg_isready", "-q", "-h", host, "-p", port], check=False).returncode != 0:
        if shutil.which("pg_ctlcluster") is None:
            raise SetupError(
                f"PostgreSQL is not answering on {host}:{port} and pg_ctlcluster is not available."
            )
        print(f"Starting PostgreSQL cluster {'/'.join(POSTGRES_CLUSTER)} …", file=sys.stderr)
        run(["pg_ctlcluster", "--skip-systemctl-redirect", *POSTGRES_CLUSTER, "start"], capture=True)
        for _ in range(30):
            if subprocess.run(["pg_isready", "-q", "-h", host, "-p", port], check=False).returncode == 0:
                break
            time.sleep(0.5)
        else:
            raise SetupError(f"PostgreSQL did not start answering on {host}:{port}.")
    if fresh:
        run(["dropdb", *connection, "--if-exists", name], capture=True)
    databases = run(
        ["psql", *connection, "-d", "postgres", "-tAc", "SELECT datname FROM pg_database"], capture=True
    )
    if name not in databases.split():
        run(["createdb", *connection, name], capture=True)
    return POSTGRES_URL


def measure(database: str, url: str, requests: int, warmup: int) -> list[dict[str, object]]:
    env = {**os.environ, "DATABASE_URL": url}
    manage = [sys.executable, "manage.py"]
    print(f"[{database}] migrate", file=sys.stderr)
    run([*manage, "migrate", "--noinput", "-v", "0"], env=env)
    print(f"[{database}] seed_scale", file=sys.stderr)
    run([*manage, "seed_scale"], env=env)
    print(
        f"[{database}] measuring ({warmup} warm-up + {requests} timed requests per target)", file=sys.stderr
    )
    output = run(
        [sys.executable, "bench/measure.py", "--requests", str(requests), "--warmup", str(warmup)],
        env=env,
        capture=True,
    )
    results: list[dict[str, object]] = json.loads(output)
    for row in results:
        row["db"] = database
    return results


def budget(row: dict[str, object]) -> str:
    parts = []
    if row["budget_ms"] is not None:
        parts.append(f"< {row['budget_ms']} ms")
    if row.get("max_queries") is not None:
        parts.append(f"≤ {row['max_queries']} queries")
    if row.get("constant_queries"):
        parts.append("constant queries")
    return ", ".join(parts)


def print_table(rows: list[dict[str, object]]) -> None:
    headers = ("target", "db", "median ms", "p95 ms", "queries", "budget", "result")
    table = [
        (
            str(row["target"]),
            str(row["db"]),
            f"{row['median_ms']:.1f}",
            f"{row['p95_ms']:.1f}",
            str(row["queries"]),
            budget(row) or "—",
            ("PASS" if row["passed"] else "FAIL") if budget(row) else "—",
        )
        for row in rows
    ]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    numeric = {2, 3, 4}

    def line(cells: tuple[str, ...]) -> str:
        padded = (
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        return "  ".join(padded).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print(line(cells))
    failures = [row for row in rows if not row["passed"]]
    if failures:
        print()
    for row in failures:
        problems = row.get("problems") or []
        print(f"FAIL {row['target']} [{row['db']}]: {'; '.join(str(p) for p in problems)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--requests", type=int, default=30, help="Timed requests per target (default 30).")
    parser.add_argument("--warmup", type=int, default=3, help="Untimed requests first (default 3).")
    parser.add_argument(
        "--fresh", action="store_true", help="Drop and recreate the benchmark database(s) before seeding."
    )
    args = parser.parse_args()
    if args.requests < 1:
        parser.error("--requests must be at least 1")

    databases = ("sqlite", "postgres") if args.db == "both" else (args.db,)
    prepare = {"sqlite": prepare_sqlite, "postgres": prepare_postgres}
    rows: list[dict[str, object]] = []
    try:
        for database in databases:
            url = prepare[database](args.fresh)
            rows.extend(measure(database, url, args.requests, args.warmup))
    except SetupError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    print_table(rows)
    failed = [row for row in rows if not row["passed"]]
    if failed:
        print(f"\n{len(failed)} budget(s) failed.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
