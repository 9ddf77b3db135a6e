"""Benchmark rosters (SPEC 5: "two years of shifts"); `seed_scale` runs `seed` via SCALE_SEEDERS.

Every program gets four shift templates (a supervisor on call by day and by night, an evening and a
weekend supporter shift) and two published rosters: the past year and the coming year, about 2,400
shifts a program, each with one person taken in turn from the program's active members of its role —
except the coming year's supporter shifts, which are left open: the pause-rule benchmark pauses about
1,600 supporters at once, and measures rule evaluation, not the handing on of their shifts.
Rows go in with bulk_create; times come from the same wall-clock rule as real rosters.
"""

from __future__ import annotations

from datetime import time, timedelta
from itertools import cycle

from program.extensions import ScaleSeed
from program.models import Membership, MembershipStatus, Role
from supervision import rosters
from supervision.models import Roster, RosterStatus, Shift, ShiftAssignment, ShiftTemplate

TEMPLATES = (
    ("Supervisor on call (day)", "supervisor", "FREQ=DAILY", time(8), time(20)),
    ("Supervisor on call (night)", "supervisor", "FREQ=DAILY", time(20), time(8)),
    ("Evening supporter", "supporter", "FREQ=DAILY", time(18), time(22)),
    ("Weekend supporter", "supporter", "FREQ=WEEKLY;BYDAY=SA,SU", time(10), time(16)),
)
DAYS = 365
BATCH = 2000


def seed(scale: ScaleSeed) -> None:
    today = scale.today
    shifts: list[Shift] = []
    people: list[Membership | None] = []
    for program in scale.programs:
        members = scale.members[program.pk]
        by_role: dict[str, cycle[Membership]] = {
            role: cycle(
                [m for m in members.get(role, []) if m.status == MembershipStatus.ACTIVE]
                or members.get(role, [])
            )
            for role in (Role.SUPERVISOR, Role.SUPPORTER)
        }
        coordinator = members[Role.COORDINATOR][0].user
        templates = ShiftTemplate.objects.bulk_create(
            [
                ShiftTemplate(program=program, name=n, role=r, rrule=rule, starts_at=a, ends_at=b)
                for n, r, rule, a, b in TEMPLATES
            ]
        )
        for first, last in (
            (today - timedelta(days=DAYS), today - timedelta(days=1)),
            (today, today + timedelta(days=DAYS - 1)),
        ):
            roster = Roster.objects.create(
                program=program,
                starts_on=first,
                ends_on=last,
                status=RosterStatus.PUBLISHED,
                generated_by=coordinator,
                published_by=coordinator,
            )
            Roster.objects.filter(pk=roster.pk).update(published_at=roster.generated_at)
            tz = program.tzinfo
            for template in templates:
                for start, end in rosters.occurrences(template, tz, first, last):
                    shifts.append(
                        Shift(
                            program=program,
                            roster=roster,
                            template=template,
                            name=template.name,
                            role=template.role,
                            starts_at=start,
                            ends_at=end,
                            is_night=template.role == "supervisor" and template.starts_at == time(20),
                            is_weekend=start.astimezone(tz).weekday() >= 5,
                        )
                    )
                    future_supporter = template.role == "supporter" and first >= today
                    people.append(None if future_supporter else next(by_role[template.role]))
    created = Shift.objects.bulk_create(shifts, batch_size=BATCH)
    ShiftAssignment.objects.bulk_create(
        [
            ShiftAssignment(shift=shift, membership=member)
            for shift, member in zip(created, people, strict=True)
            if member is not None
        ],
        batch_size=BATCH,
    )
    scale.counts["shifts"] = len(created)
