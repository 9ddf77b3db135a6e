"""A staffed program with on-call shift templates, shared by the roster tests (pages, API, swaps, feeds)."""

from __future__ import annotations

from datetime import date, time, timedelta

from program.models import Membership, Role
from supervision.models import Roster
from supervision.rosters import services as rosters
from tests.conftest import World
from tests.factories import MembershipFactory, UserFactory

SUPERVISOR_DAY_AND_NIGHT = (
    ("Day", "supervisor", time(8), time(20)),
    ("Night", "supervisor", time(20), time(8)),
)
SUPPORTER_EVENING = (("Evening", "supporter", time(18), time(22)),)


def staff(world: World, *, supervisors: int = 5, supporters: int = 0, with_evening: bool = False) -> None:
    """Everyone in the program started a month ago; extra supervisors (sv0…) and supporters (sp0…), and
    a supervisor on call day and night (plus an evening supporter shift if asked)."""
    today = world.program.today()
    started = today - timedelta(days=30)
    Membership.objects.filter(program=world.program).update(term_start=started)
    for role, count, prefix in ((Role.SUPERVISOR, supervisors, "sv"), (Role.SUPPORTER, supporters, "sp")):
        for n in range(count):
            MembershipFactory(
                program=world.program,
                role=role,
                user=UserFactory(username=f"{prefix}{n}"),
                term_start=started,
            )
    coordinator = world.user(Role.COORDINATOR)
    for name, role, start, end in SUPERVISOR_DAY_AND_NIGHT + (SUPPORTER_EVENING if with_evening else ()):
        rosters.save_template(
            world.program,
            by=coordinator,
            name=name,
            role=role,
            rrule="FREQ=DAILY",
            starts_at=start,
            ends_at=end,
            min_people=1,
        )


def publish(world: World, first: date, last: date) -> Roster:
    coordinator = world.user(Role.COORDINATOR)
    return rosters.publish(
        rosters.generate(world.program, by=coordinator, starts_on=first, ends_on=last), by=coordinator
    )
