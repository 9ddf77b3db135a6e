"""The benchmark data set (SPEC 5, Scale): 20 programs, 4,000 supporters and everyone around them.

Rows go in with bulk_create, which skips post_save signals, so the object
permissions the signals would have kept in step are rebuilt per program at the
end (program.permissions.rebuild_program_permissions). Then the modules built
on `program` add theirs through program.extensions.SCALE_SEEDERS (contacts,
check-ins, sessions, …). Deterministic for a given --seed. `bench/run` loads it
into dedicated databases; it is not meant for a database anyone works in.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, models, transaction
from django.utils import timezone

from program.extensions import SCALE_SEEDERS, ScaleSeed
from program.management.commands.seed_demo import DEFAULT_DEMO_PASSWORD
from program.models import (
    AuditAction,
    AuditEvent,
    Institution,
    Membership,
    MembershipStatus,
    Notification,
    Program,
    Role,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
)
from program.notifications import Message, compose
from program.permissions import rebuild_program_permissions

# Every benchmark institution's name ends with this; its presence means "already seeded".
MARKER = "(scale benchmark)"

INSTITUTIONS = (
    ("Northern Coast University", "NCU"),
    ("Western Plains University", "WPU"),
    ("Southern Highlands University", "SHU"),
    ("Eastern Bays University", "EBU"),
    ("Inland Rivers University", "IRU"),
)
PROGRAM_NAMES = (
    "Medical Student Peer Support",
    "Rural Clinical School Peer Support",
    "Graduate-Entry Peer Support",
    "Clinical Years Peer Support",
)

# People per program (SPEC 2). The first coordinator of every program is one
# person per institution who leads all its programs.
SUPPORTERS = 200
SUPERVISORS = 20
COORDINATORS = 3
SPONSORS = 2
REVIEWERS = 5
REVIEWERS_WHO_SUPERVISE = 2  # people holding two roles in one program
APPLICANTS = 30

# Who bench/run signs in as: a coordinator of exactly one program, a supervisor
# there with about twenty supervisees (primary or backup) who also reviews, the
# lead coordinator of all four programs of the first institution, and a
# supervisor of all 200 supporters of the first program.
BENCH_COORDINATOR = "scale-01-coordinator-2"
BENCH_SUPERVISOR = "scale-01-supervisor-01"
BENCH_LEAD_COORDINATOR = "scale-inst1-lead-coordinator"
# A supervisor of every supporter of program 1 (primary of half, backup of the rest): the worst case
# for pages that list or rank a supervisor's supporters.
BENCH_BIG_SUPERVISOR = "scale-01-supervisor-big"

# name, validity in months, roles that must hold it
MODULES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Mental health first aid", 36, (Role.SUPPORTER,)),
    ("Role boundaries and referral", 12, (Role.SUPPORTER,)),
    ("Confidentiality and privacy", 24, (Role.SUPPORTER, Role.SUPERVISOR)),
    ("Supervising peer supporters", 36, (Role.SUPERVISOR,)),
    ("Reaching isolated students", 24, ()),
)

FIRST_NAMES = [
    "Aisha",
    "Alex",
    "Amir",
    "Anika",
    "Ben",
    "Bella",
    "Chen",
    "Chloe",
    "Daniel",
    "Deepa",
    "Eli",
    "Emily",
    "Farah",
    "Finn",
    "Grace",
    "Hamish",
    "Hana",
    "Isaac",
    "Ivy",
    "Jack",
    "Jasmine",
    "Kai",
    "Kiran",
    "Leila",
    "Liam",
    "Lucy",
    "Mai",
    "Marco",
    "Maya",
    "Mohammed",
    "Nadia",
    "Noah",
    "Olivia",
    "Omar",
    "Priya",
    "Quinn",
    "Rafael",
    "Rosa",
    "Sam",
    "Sana",
    "Tariq",
    "Tess",
    "Uma",
    "Victor",
    "Wei",
    "Willow",
    "Xavier",
    "Yusuf",
    "Zara",
    "Zoe",
]
LAST_NAMES = [
    "Abbott",
    "Ahmed",
    "Anderson",
    "Bui",
    "Campbell",
    "Chan",
    "Clarke",
    "Das",
    "Edwards",
    "Evans",
    "Fernando",
    "Fraser",
    "Garcia",
    "Gupta",
    "Haddad",
    "Hughes",
    "Ibrahim",
    "Jackson",
    "Jones",
    "Kaur",
    "Kelly",
    "Khan",
    "Kim",
    "Lee",
    "Lim",
    "MacDonald",
    "Martin",
    "Mehta",
    "Morris",
    "Nguyen",
    "Nair",
    "O'Brien",
    "Patel",
    "Pham",
    "Quinlan",
    "Rao",
    "Reid",
    "Ryan",
    "Sharma",
    "Singh",
    "Smith",
    "Taylor",
    "Tran",
    "Walker",
    "Wang",
    "Watson",
    "White",
    "Williams",
    "Wilson",
    "Wong",
    "Young",
    "Zhang",
]
SITES = (
    "Westmead Hospital",
    "Blacktown Hospital",
    "Campbelltown Hospital",
    "Liverpool Hospital",
    "Bathurst Rural Clinical School",
    "Dubbo Rural Clinical School",
    "Broken Hill University Department of Rural Health",
    "Royal North Shore Hospital",
)
NOTIFICATION_KINDS = ("training_expiry", "assignment", "membership", "checkin_reminder")


@dataclass
class Person:
    """A user to be created, with the memberships they will hold."""

    username: str
    first_name: str
    last_name: str
    user_id: int = 0


@dataclass
class ProgramPlan:
    program: Program
    lead: Person
    members: list[tuple[Person, Membership]] = field(default_factory=list)
    # The supervisor of every supporter (program 1 only), kept out of the usual rotation.
    big_supervisor: Membership | None = None

    def of_role(self, role: str, *statuses: str) -> list[Membership]:
        return [m for _, m in self.members if m.role == role and (not statuses or m.status in statuses)]


@contextmanager
def explicit_timestamps(model: type[models.Model], *names: str) -> Iterator[None]:
    """Let bulk_create keep the past datetimes we give auto_now(_add) fields (history needs them)."""
    fields = []
    for name in names:
        found = model._meta.get_field(name)
        assert isinstance(found, models.DateTimeField)
        fields.append(found)
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


class Seeder:
    """Plans every row in memory, then writes each table with one bulk_create."""

    def __init__(self, rng: random.Random, today: date, password_hash: str) -> None:
        self.rng = rng
        self.today = today
        self.password_hash = password_hash
        self.people: list[Person] = []
        self.counts: dict[str, int] = {}
        self.timings: dict[str, float] = {}

    # People -------------------------------------------------------------

    def person(self, username: str, *, title: str = "") -> Person:
        first = self.rng.choice(FIRST_NAMES)
        person = Person(username, f"{title}{first}", self.rng.choice(LAST_NAMES))
        self.people.append(person)
        return person

    def create_users(self) -> None:
        user_model = get_user_model()
        users = [
            user_model(
                username=p.username,
                first_name=p.first_name,
                last_name=p.last_name,
                email=f"{p.username}@example.edu",
                password=self.password_hash,
            )
            for p in self.people
        ]
        user_model.objects.bulk_create(users, batch_size=1000)
        ids = dict(user_model.objects.filter(username__startswith="scale-").values_list("username", "pk"))
        for p in self.people:
            p.user_id = ids[p.username]
        self.counts["users"] = len(users)

    # Programs and memberships ------------------------------------------

    def create_programs(self) -> list[ProgramPlan]:
        plans = []
        number = 0
        for index, (name, short) in enumerate(INSTITUTIONS, start=1):
            institution = Institution.objects.create(name=f"{name} {MARKER}", short_name=short)
            lead = self.person(f"scale-inst{index}-lead-coordinator")
            for program_name in PROGRAM_NAMES:
                number += 1
                # .create, not bulk_create: the post_save signal makes the role groups and the directory.
                program = Program.objects.create(
                    institution=institution,
                    name=f"{short} {program_name}",
                    min_active_supporters=self.rng.choice((8, 12, 20)),
                    supervision_interval_days=self.rng.choice((14, 21, 28)),
                    retention_days=self.rng.choice((90, 180, 365)),
                )
                plans.append(self.plan_members(number, program, lead))
        self.counts["institutions"] = len(INSTITUTIONS)
        self.counts["programs"] = len(plans)
        return plans

    def membership(
        self,
        plan: ProgramPlan,
        person: Person,
        role: str,
        *,
        status: str = MembershipStatus.ACTIVE,
        **extra: Any,
    ) -> Membership:
        membership = Membership(program=plan.program, role=role, status=status, **extra)
        plan.members.append((person, membership))
        return membership

    def plan_members(self, number: int, program: Program, lead: Person) -> ProgramPlan:
        rng, today = self.rng, self.today
        plan = ProgramPlan(program=program, lead=lead)
        prefix = f"scale-{number:02d}"
        staff_start = today - relativedelta(years=rng.randint(1, 4))

        self.membership(plan, lead, Role.COORDINATOR, term_start=staff_start)
        for n in range(2, COORDINATORS + 1):
            self.membership(
                plan, self.person(f"{prefix}-coordinator-{n}"), Role.COORDINATOR, term_start=staff_start
            )

        supervisors = []
        for n in range(1, SUPERVISORS + 1):
            # One supervisor paused, one who has left: their old assignments stay as history.
            status = {SUPERVISORS - 1: MembershipStatus.PAUSED, SUPERVISORS: MembershipStatus.ENDED}.get(
                n, MembershipStatus.ACTIVE
            )
            person = self.person(f"{prefix}-supervisor-{n:02d}", title="Dr ")
            supervisors.append(person)
            self.membership(
                plan,
                person,
                Role.SUPERVISOR,
                status=status,
                term_start=today - relativedelta(months=rng.randint(6, 60)),
            )
        if number == 1:
            plan.big_supervisor = self.membership(
                plan,
                self.person(BENCH_BIG_SUPERVISOR, title="Dr "),
                Role.SUPERVISOR,
                term_start=today - relativedelta(years=5),
            )

        for n in range(1, SUPPORTERS + 1):
            # Roughly 90 % active, 6 % paused, 4 % graduated (10 % paused in program 1, which has no
            # alumni: its big supervisor supervises all 200).
            roll = rng.random()
            year = rng.randint(3, 6)
            if roll < 0.04 and number != 1:
                start = today - relativedelta(months=rng.randint(30, 40))
                self.membership(
                    plan,
                    self.person(f"{prefix}-supporter-{n:03d}"),
                    Role.SUPPORTER,
                    status=MembershipStatus.ALUMNUS,
                    term_start=start,
                    expected_end=date(today.year - 1, 11, 30),
                    year_level=6,
                    clinical_site=rng.choice(SITES),
                )
                continue
            self.membership(
                plan,
                self.person(f"{prefix}-supporter-{n:03d}"),
                Role.SUPPORTER,
                status=MembershipStatus.PAUSED if roll < 0.10 else MembershipStatus.ACTIVE,
                term_start=today - relativedelta(months=rng.randint(1, 24)),
                expected_end=date(today.year + 7 - year, 11, 30),
                year_level=year,
                clinical_site=rng.choice(SITES),
            )

        for n in range(1, SPONSORS + 1):
            self.membership(plan, self.person(f"{prefix}-sponsor-{n}"), Role.SPONSOR, term_start=staff_start)
        for n in range(1, REVIEWERS + 1):
            person = (
                supervisors[n - 1] if n <= REVIEWERS_WHO_SUPERVISE else self.person(f"{prefix}-reviewer-{n}")
            )
            self.membership(plan, person, Role.REVIEWER, term_start=today - relativedelta(months=2))
        for n in range(1, APPLICANTS + 1):
            year = rng.randint(1, 3)
            self.membership(
                plan,
                self.person(f"{prefix}-applicant-{n:02d}"),
                Role.APPLICANT,
                term_start=today - timedelta(days=rng.randint(0, 20)),
                expected_end=date(today.year + 7 - year, 11, 30),
                year_level=year,
            )
        return plan

    def create_memberships(self, plans: list[ProgramPlan]) -> None:
        rows = []
        for plan in plans:
            for person, membership in plan.members:
                membership.user_id = person.user_id
                rows.append(membership)
        Membership.objects.bulk_create(rows, batch_size=1000)
        self.counts["memberships"] = len(rows)

    # Supervision ----------------------------------------------------------

    def create_assignments(self, plans: list[ProgramPlan]) -> None:
        rows = []
        for plan in plans:
            big = plan.big_supervisor
            current = [
                m
                for m in plan.of_role(Role.SUPERVISOR, MembershipStatus.ACTIVE, MembershipStatus.PAUSED)
                if m is not big
            ]
            everyone = [m for m in plan.of_role(Role.SUPERVISOR) if m is not big]
            # With the big supervisor in every assignment the others share half the places: the first
            # takes two turns in the rotation to keep about twenty supervisees (BENCH_SUPERVISOR).
            rotation = [current[0], *current]
            for index, supporter in enumerate(plan.of_role(Role.SUPPORTER)):
                if big is not None:
                    other = rotation[index % len(rotation)]
                    primary, backup = (big, other) if index % 2 else (other, big)
                else:
                    primary = current[index % len(current)]
                    # Any other current supervisor, never the primary (a check constraint insists).
                    backup = current[(index + 1 + self.rng.randrange(len(current) - 1)) % len(current)]
                started = supporter.term_start
                if self.rng.random() < 0.25 or supporter.status == MembershipStatus.ALUMNUS:
                    # An earlier assignment, ended when the supporter moved to the current one.
                    handover = started + (self.today - started) / 2
                    former = self.rng.choice([s for s in everyone if s is not primary])
                    rows.append(
                        SupervisorAssignment(
                            program=plan.program,
                            supporter=supporter,
                            supervisor=former,
                            backup=None,
                            started_on=started,
                            ended_on=handover,
                        )
                    )
                    started = handover
                if supporter.status == MembershipStatus.ALUMNUS:
                    continue
                rows.append(
                    SupervisorAssignment(
                        program=plan.program,
                        supporter=supporter,
                        supervisor=primary,
                        backup=backup,
                        started_on=started,
                    )
                )
        SupervisorAssignment.objects.bulk_create(rows, batch_size=2000)
        self.counts["supervisor assignments"] = len(rows)

    # Training -------------------------------------------------------------

    def create_training(self, plans: list[ProgramPlan]) -> None:
        modules: list[TrainingModule] = []
        requirements: list[TrainingRequirement] = []
        for plan in plans:
            for name, months, roles in MODULES:
                module = TrainingModule(
                    program=plan.program,
                    name=name,
                    description=f"{name} for peer supporters.",
                    validity_months=months,
                )
                modules.append(module)
                requirements.extend(TrainingRequirement(module=module, role=role) for role in roles)
        TrainingModule.objects.bulk_create(modules)
        TrainingRequirement.objects.bulk_create(requirements)

        by_program: dict[int, list[TrainingModule]] = {}
        for module in modules:
            by_program.setdefault(module.program_id, []).append(module)
        records = []
        for plan in plans:
            recorder = plan.lead.user_id
            for _, membership in plan.members:
                if membership.role not in (Role.SUPPORTER, Role.SUPERVISOR):
                    continue
                for module, (_, _, roles) in zip(by_program[plan.program.pk], MODULES, strict=True):
                    records.extend(
                        self.records_for(membership, module, required=membership.role in roles, by=recorder)
                    )
        TrainingRecord.objects.bulk_create(records, batch_size=2000)
        self.counts["training modules"] = len(modules)
        self.counts["training records"] = len(records)

    def records_for(
        self, membership: Membership, module: TrainingModule, *, required: bool, by: int
    ) -> list[TrainingRecord]:
        """A realistic mix: mostly valid, some expiring within 30 days, some expired, a few never done."""
        rng, today = self.rng, self.today
        roll = rng.random()
        if (required and roll < 0.04) or (not required and roll < 0.7):
            return []
        validity = relativedelta(months=module.validity_months)
        if roll < 0.10:
            expires = today - timedelta(days=rng.randint(1, 200))
        elif roll < 0.16:
            expires = today + timedelta(days=rng.randint(1, 30))
        else:
            expires = today + timedelta(days=rng.randint(31, 28 * module.validity_months))
        completed = expires - validity
        rows = [self.record(membership, module, completed, by)]
        if module.validity_months <= 12 and rng.random() < 0.5:
            # Renewed once: the superseded completion stays on file.
            earlier = completed - validity
            rows.append(self.record(membership, module, earlier, by))
        return rows

    @staticmethod
    def record(membership: Membership, module: TrainingModule, completed: date, by: int) -> TrainingRecord:
        return TrainingRecord(
            membership=membership,
            module=module,
            completed_on=completed,
            expires_on=module.expiry_for(completed),
            recorded_by_id=by,
        )

    # Inbox and audit trail -------------------------------------------------

    def moment(self, days_back: int) -> datetime:
        """A working-hours moment in the last `days_back` days, never later today (nothing in the future)."""
        day = self.today - timedelta(days=self.rng.randint(1, days_back))
        at = datetime.combine(day, clock_time(self.rng.randint(7, 21), self.rng.randint(0, 59)))
        return timezone.make_aware(at)

    def create_notifications(self, plans: list[ProgramPlan]) -> None:
        per_role: dict[str, int] = {Role.COORDINATOR: 12, Role.SUPERVISOR: 6, Role.SUPPORTER: 2}
        rows = []
        for plan in plans:
            for person, membership in plan.members:
                for _ in range(per_role.get(membership.role, 0)):
                    kind = self.rng.choice(NOTIFICATION_KINDS)
                    created = self.moment(120)
                    read = (
                        created + timedelta(hours=self.rng.randint(1, 72))
                        if self.rng.random() < 0.8
                        else None
                    )
                    # Text from the catalogue like every notification; back-dated, so built, not sent.
                    note = compose(
                        Message(
                            person.user_id,
                            kind,
                            f"/programs/{plan.program.pk}/members/{membership.pk}/",
                            plan.program,
                        )
                    )
                    note.created_at, note.read_at, note.emailed_at = created, read, created
                    rows.append(note)
        with explicit_timestamps(Notification, "created_at"):
            Notification.objects.bulk_create(rows, batch_size=2000)
        self.counts["notifications"] = len(rows)

    def create_audit_trail(self, plans: list[ProgramPlan]) -> None:
        rows = []
        for plan in plans:
            actors = [plan.lead.user_id] + [p.user_id for p, m in plan.members if m.role == Role.COORDINATOR]
            for _, membership in plan.members:
                rows.append(
                    self.event(plan, self.rng.choice(actors), AuditAction.CREATE, membership, "role, status")
                )
                if membership.status != MembershipStatus.ACTIVE:
                    rows.append(
                        self.event(plan, self.rng.choice(actors), AuditAction.UPDATE, membership, "status")
                    )
        rows.sort(key=lambda event: event.at)
        with explicit_timestamps(AuditEvent, "at"):
            AuditEvent.objects.bulk_create(rows, batch_size=2000)
        self.counts["audit events"] = len(rows)

    def event(
        self, plan: ProgramPlan, actor: int, action: str, membership: Membership, summary: str
    ) -> AuditEvent:
        return AuditEvent(
            at=self.moment(365),
            actor_id=actor,
            program=plan.program,
            action=action,
            object_type="program.membership",
            object_id=str(membership.pk),
            summary=summary,
            source_ip="10.0.0.1",
        )

    # -----------------------------------------------------------------------

    def run(self) -> None:
        plans = self.create_programs()
        self.create_users()
        self.create_memberships(plans)
        self.create_assignments(plans)
        self.create_training(plans)
        self.create_notifications(plans)
        self.create_audit_trail(plans)
        for plan in plans:
            rebuild_program_permissions(plan.program)
        # The modules built on `program` (supervision, …) add their benchmark rows.
        members: dict[int, dict[str, list[Membership]]] = {}
        for plan in plans:
            by_role = members.setdefault(plan.program.pk, {})
            for _, membership in plan.members:
                by_role.setdefault(membership.role, []).append(membership)
        seed = ScaleSeed(
            programs=[plan.program for plan in plans],
            members=members,
            rng=self.rng,
            today=self.today,
            explicit_timestamps=explicit_timestamps,
            counts=self.counts,
        )
        for seeder in SCALE_SEEDERS:
            started = time.monotonic()
            seeder(seed)
            self.timings[f"{seeder.__module__}.{seeder.__name__}"] = time.monotonic() - started


class Command(BaseCommand):
    help = (
        "Load the benchmark data set (20 programs, 4,000 supporters). Refuses unless DEBUG is on or --force; "
        "does nothing if it is already loaded, unless --reset."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--force", action="store_true", help="Seed even with DEBUG off.")
        parser.add_argument(
            "--seed", type=int, default=2026, help="Random seed (the data set is deterministic)."
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Empty the whole database (manage.py flush) and seed again. The audit trail is append-only "
                "and protects the users and programs it names, so the benchmark rows cannot be removed one "
                "by one; refused if the database holds any institution that is not the benchmark's."
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "Refusing to load the benchmark data with DEBUG off; pass --force if you mean it."
            )
        seeded = Institution.objects.filter(name__endswith=MARKER).exists()
        if seeded and not options["reset"]:
            self.stdout.write("The benchmark data is already loaded; pass --reset to load it again.")
            return
        if options["reset"]:
            others = Institution.objects.exclude(name__endswith=MARKER).values_list("name", flat=True)
            if others:
                raise CommandError(
                    "Refusing to empty a database that holds other institutions: " + ", ".join(others) + "."
                )
            call_command("flush", interactive=False, verbosity=0)

        started = time.monotonic()
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        seeder = Seeder(random.Random(options["seed"]), timezone.localdate(), make_password(password))
        with transaction.atomic():
            seeder.run()
        # Fresh statistics, as after a restore: without them PostgreSQL plans the first minutes after a bulk
        # load (until autovacuum analyses) as if the tables were empty, and the benchmark would measure that.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        elapsed = time.monotonic() - started
        summary = ", ".join(f"{count:,} {name}" for name, count in seeder.counts.items())
        self.stdout.write(self.style.SUCCESS(f"Benchmark data loaded in {elapsed:.1f} s: {summary}."))
        for name, seconds in seeder.timings.items():
            self.stdout.write(f"  of which {name}: {seconds:.1f} s")
        self.stdout.write(f"Sign in as {BENCH_COORDINATOR} or {BENCH_SUPERVISOR} (password: {password}).")
