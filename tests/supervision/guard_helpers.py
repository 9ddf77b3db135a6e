"""Shared by the safety-invariant tests (issue 13, part 6): a fixed clock and hand-built published shifts,
so what is "on call now" never depends on the hour the tests happen to run."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from program.models import Membership, Program, Role
from supervision.models import Roster, RosterStatus, Shift, ShiftAssignment
from tests.clock import Clock, fix_clock

# 02:00 on Tuesday 8 December 2026 in Sydney (the world's programs' time zone).
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """Every `timezone.now()` in the code under test answers NOW (advance it explicitly), model field
    defaults and modules that imported `now` included (see tests/clock.py)."""
    return fix_clock(monkeypatch, NOW)


def published_roster(program: Program, by_membership: Membership) -> Roster:
    return Roster.objects.create(
        program=program,
        starts_on=date(2026, 12, 1),
        ends_on=date(2026, 12, 31),
        status=RosterStatus.PUBLISHED,
        generated_by=by_membership.user,
        published_at=NOW - timedelta(days=7),
        published_by=by_membership.user,
    )


def shift(
    roster: Roster, start: datetime, hours: int, people: list[Membership], role: str = Role.SUPERVISOR
) -> Shift:
    made = Shift.objects.create(
        program=roster.program,
        roster=roster,
        name=f"{role} {start:%d %H}",
        role=role,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
    )
    for member in people:
        ShiftAssignment.objects.create(shift=made, membership=member)
    return made
