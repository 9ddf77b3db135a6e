"""The demo starts in the same state whatever the hour it is seeded: two supporters paused (Sasha by
herself, Mariam by the rules), Tho flagged, Nikhil's debrief open and not yet overdue.

Seeding between 21:30 and midnight in Sydney once paused Nikhil as well: his open debrief was for a
contact "yesterday at 21:30", due 24 hours later, so by 21:30 today it was overdue and the seed's own
run of the pause rules paused him. The hours below include that window and the other edges of a day
(just after midnight, the 13:30 contact time, Sunday night into Monday's week)."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from program.models import Membership, MembershipStatus, Program, Role
from supervision.models import DebriefDue, Pause
from tests.clock import fix_clock

pytestmark = pytest.mark.django_db

SYDNEY = ZoneInfo("Australia/Sydney")
HOURS = [
    datetime(2026, 12, 5, 0, 30, tzinfo=SYDNEY),
    datetime(2026, 12, 5, 13, 45, tzinfo=SYDNEY),
    datetime(2026, 12, 5, 21, 45, tzinfo=SYDNEY),
    datetime(2026, 12, 5, 23, 30, tzinfo=SYDNEY),
    datetime(2026, 12, 6, 23, 59, tzinfo=SYDNEY),
    datetime(2026, 12, 7, 4, 0, tzinfo=SYDNEY),
]


@pytest.mark.parametrize("at", HOURS, ids=[h.strftime("%a-%H%M") for h in HOURS])
def test_the_demo_pauses_the_same_supporters_at_any_hour(
    at: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    fix_clock(monkeypatch, at)

    call_command("seed_demo", "--force", stdout=io.StringIO())

    program = Program.objects.get(name="WPU Medical Student Peer Support")
    paused = Membership.objects.filter(program=program, role=Role.SUPPORTER, status=MembershipStatus.PAUSED)
    assert sorted(paused.values_list("user__username", flat=True)) == ["supporter3", "supporter5"]
    assert (
        Membership.objects.filter(
            program=program, role=Role.SUPPORTER, status=MembershipStatus.ACTIVE
        ).count()
        == 8
    )
    flagged = Pause.objects.filter(program=program, action="flag").values_list(
        "membership__user__username", flat=True
    )
    assert list(flagged) == ["supporter4"]
    [open_debrief] = DebriefDue.objects.filter(supporter__user__username="supporter2", closed_at__isnull=True)
    assert open_debrief.due_at > timezone.now()
