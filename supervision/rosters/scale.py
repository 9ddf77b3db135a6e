"""Benchmark rosters (SPEC 5: "two years of shifts"); `seed_scale` runs `seed` via SCALE_SEEDERS.

Every program gets four shift templates (a supervisor on call by day and by night, an evening and a
weekend supporter shift) and two published rosters: the past year and the coming year, about 2,400
shifts a program, each with one person taken in turn from the program's active members of its role. The
coming year's supporter shifts go, as the roster generator would give them, only to supporters who could
take them: not paused, within their term and with their required training still valid on the day (one in
turn, so nobody comes near the rest or weekly limits); a shift nobody could take stays open, a gap. So
the pause-rule benchmark, which pauses about 1,600 supporters at once, also hands on their future
shifts — the most expensive thing a pause does.
Rows go in with bulk_create; times come from the same wall-clock rule as real rosters.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from itertools import cycle

from program.extensions import ScaleSeed
from program.models import Membership, MembershipStatus, Role
from program.training import training_lapses
from supervision.models import Roster, RosterStatus, Shift, ShiftAssignment, ShiftTemplate
from supervision.rosters import services as rosters

TEMPLATES = (
    ("Supervisor on call (day)", "supervisor", "FREQ=DAILY", time(8), time(20)),
    ("Supervisor on call (night)", "supervisor", "FREQ=DAILY", time(20), time(8)),
    ("Evening supporter", "supporter", "FREQ=DAILY", time(18), time(22)),
    ("Weekend supporter", "supporter", "FREQ=WEEKLY;BYDAY=SA,SU", time(10), time(16)),
)
DAYS = 365
BATCH = 2000


class Eligible:
    """The program's unpaused supporters in turn, skipping whoever could not take a shift on those days."""

    def __init__(self, supporters: list[Membership], lapses: dict[int, date]) -> None:
        self.supporters = supporters
        self.lapses = lapses
        self.next = 0

    def take(self, first: date, last: date) -> Membership | None:
        for step in range(len(self.supporters)):
            member = self.supporters[(self.next + step) % len(self.supporters)]
            lapses = self.lapses.get(member.pk)
            if (
                member.term_start <= first
                and (member.expected_end is None or member.expected_end >= last)
                and (lapses is None or lapses > last)
            ):
                self.next = (self.next + step + 1) % len(self.supporters)
                return member
        return None


def seed(scale: ScaleSeed) -> None:
    today = scale.today
    shifts: list[Shift] = []
    people: list[Membership | None] = []
    active = {
        program.pk: [
            m
            for m in scale.members[program.pk].get(Role.SUPPORTER, [])
            if m.status == MembershipStatus.ACTIVE
        ]
        for program in scale.programs
    }
    # Whose required training lapses when, for all programs in one query.
    lapses = training_lapses(Membership.objects.filter(pk__in=[m.pk for ms in active.values() for m in ms]))
    for program in scale.programs:
        members = scale.members[program.pk]
        eligible = Eligible(active[program.pk], lapses)
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
                    if template.role == "supporter" and first >= today:
                        # The last moment of the shift decides its last day, as in Calendar.reasons.
                        last_day = (end - timedelta(microseconds=1)).astimezone(tz).date()
                        people.append(eligible.take(start.astimezone(tz).date(), last_day))
                    else:
                        people.append(next(by_role[template.role]))
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
    scale.counts["open future supporter shifts"] = people.count(None)
