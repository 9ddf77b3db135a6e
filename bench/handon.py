"""Time one evaluation of a program's pause rules that pauses 80 supporters holding 500 future shifts, which
are handed on to the 120 colleagues still free (issue 15, part 3), on SQLite.

The program is built here, in an in-memory SQLite database: 200 supporters whose term began a week ago, a
published roster of 500 four-hour evening shifts over the coming year held by 80 of them in turn, and a
check-in from each of those 80 high enough for the burnout rule to pause them. Each run evaluates the
rules inside a transaction rolled back afterwards, so every run measures a first evaluation. The figure
judged is processor time, median of the runs (the machine is shared, and wall-clock time there measures
the neighbours as much as the code; bench/deidentify.py does the same); wall-clock time is printed
beside it. Budget: under 1 s. The query count is printed beside it (it must not
grow with the number of pauses or shifts; tests/supervision/test_hand_on_queries.py holds that at two
sizes).

Usage: .venv/bin/python bench/handon.py [--runs N]   (or bench/run handon; exit 1 when the budget fails)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DATABASE_URL"] = "sqlite://:memory:"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from program.models import Membership, Program, Role  # noqa: E402
from supervision.models import (  # noqa: E402
    AssignmentSource,
    PauseAction,
    Roster,
    RosterStatus,
    Shift,
    ShiftAssignment,
)
from supervision.pauses import services as pauses  # noqa: E402
from tests.factories import (  # noqa: E402
    CheckInFactory,
    MembershipFactory,
    ProgramFactory,
    SupervisorAssignmentFactory,
    UserFactory,
)

SUPPORTERS, PAUSED, SHIFTS = 200, 80, 500
BUDGET_MS = 1000


class Rollback(Exception):
    """Leaves the evaluation's transaction so the next run starts from the same data."""


def build() -> Program:
    program = ProgramFactory(name="Hand-on benchmark")
    today = program.today()
    coordinator = MembershipFactory(program=program, role=Role.COORDINATOR, term_start=today)
    supervisor = MembershipFactory(program=program, role=Role.SUPERVISOR, term_start=today)
    supporters = [
        MembershipFactory(
            program=program,
            role=Role.SUPPORTER,
            user=UserFactory(username=f"supporter-{n:03d}"),
            term_start=today - timedelta(days=7),
            expected_end=today + timedelta(days=3 * 365),
        )
        for n in range(SUPPORTERS)
    ]
    for supporter in supporters:
        SupervisorAssignmentFactory(supporter=supporter, supervisor=supervisor)
    burnt_out = supporters[:PAUSED]
    for supporter in burnt_out:
        CheckInFactory(supporter=supporter, tired=4, worn_out=4, emotionally_exhausted=4, cant_take_it=4)
    roster = Roster.objects.create(
        program=program,
        starts_on=today,
        ends_on=today + timedelta(days=365),
        status=RosterStatus.PUBLISHED,
        generated_by=coordinator.user,
        published_at=timezone.now(),
    )
    # Seventeen hours apart: 500 shifts reach a year ahead, at every hour of the day in turn.
    first = timezone.now() + timedelta(days=1)
    shifts = Shift.objects.bulk_create(
        Shift(
            program=program,
            roster=roster,
            name="Evening",
            role="supporter",
            starts_at=first + timedelta(hours=17 * n),
            ends_at=first + timedelta(hours=17 * n + 4),
        )
        for n in range(SHIFTS)
    )
    ShiftAssignment.objects.bulk_create(
        ShiftAssignment(shift=shift, membership=burnt_out[n % PAUSED]) for n, shift in enumerate(shifts)
    )
    return program


def evaluate_once(program: Program) -> tuple[float, float, int, dict[str, int]]:
    """One evaluation, rolled back; its processor and wall-clock time in ms, its query count and what
    it did."""
    outcome: dict[str, int] = {}
    try:
        with transaction.atomic():
            with CaptureQueriesContext(connection) as queries:
                cpu, wall = time.process_time(), time.perf_counter()
                created = pauses.evaluate(program)
                cpu, wall = (time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000
            outcome["paused"] = sum(1 for p in created if p.action == PauseAction.PAUSE)
            outcome["handed on"] = ShiftAssignment.objects.filter(
                shift__program=program, source=AssignmentSource.REASSIGNED, ended_at__isnull=True
            ).count()
            outcome["gaps"] = Shift.objects.filter(program=program).exclude(unfilled={}).count()
            outcome["still held by the paused"] = ShiftAssignment.objects.filter(
                membership__in=Membership.objects.filter(pk__in=[p.membership_id for p in created]),
                ended_at__isnull=True,
            ).count()
            raise Rollback
    except Rollback:
        pass
    return cpu, wall, len(queries), outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    call_command("migrate", verbosity=0)
    program = build()
    # A first run loads what any request would have loaded already (the URL configuration, for links).
    evaluate_once(program)
    results = [evaluate_once(program) for _ in range(max(1, runs))]
    median = statistics.median(cpu for cpu, _, _, _ in results)
    wall = statistics.median(wall for _, wall, _, _ in results)
    counts = {n for _, _, n, _ in results}
    _, _, queries, outcome = results[0]
    passed = median < BUDGET_MS and len(counts) == 1
    print(
        f"evaluate: pause {outcome['paused']} supporters holding {SHIFTS} future shifts (sqlite): "
        f"median {median:.0f} ms processor time ({wall:.0f} ms wall clock) over {len(results)} runs, "
        f"{queries} queries "
        f"(budget < {BUDGET_MS} ms) — {'PASS' if passed else 'FAIL'}"
    )
    print("  " + ", ".join(f"{name}: {n}" for name, n in outcome.items()))
    if len(counts) != 1:
        print(f"  the query count differed between runs: {sorted(counts)}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
