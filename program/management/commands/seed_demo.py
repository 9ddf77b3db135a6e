"""Demo data for `make run`: one program with a person for every role. Idempotent."""

from __future__ import annotations

import os
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from program.extensions import DEMO_SEEDERS
from program.models import (
    Institution,
    Membership,
    Program,
    Role,
    StaffPhone,
    SupervisorAssignment,
    TrainingModule,
    TrainingRecord,
    TrainingRequirement,
)
from program.phones import parse_phone

DEFAULT_DEMO_PASSWORD = "peer-support-demo"  # noqa: S105  (demo only; printed on start)

# username, first, last, role, year level, clinical site
PEOPLE: tuple[tuple[str, str, str, str, int | None, str], ...] = (
    ("coordinator", "Colin", "Marsh", Role.COORDINATOR, None, ""),
    ("supervisor", "Dr Wendy", "Hale", Role.SUPERVISOR, None, ""),
    ("supervisor2", "Dr Eleanor", "Frost", Role.SUPERVISOR, None, ""),
    # Three more clinicians who take on-call advice shifts, so 24/7 cover keeps to three shifts a week.
    ("supervisor3", "Dr Samuel", "Okafor", Role.SUPERVISOR, None, ""),
    ("supervisor4", "Dr Helen", "Park", Role.SUPERVISOR, None, ""),
    ("supervisor5", "Dr Lachlan", "Reid", Role.SUPERVISOR, None, ""),
    ("supporter", "Anika", "Rao", Role.SUPPORTER, 4, "Westmead Hospital"),
    ("supporter2", "Nikhil", "Sharma", Role.SUPPORTER, 3, "Blacktown Hospital"),
    ("supporter3", "Mariam", "Haddad", Role.SUPPORTER, 5, "Campbelltown Hospital"),
    ("supporter4", "Tho", "Nguyen", Role.SUPPORTER, 4, "Bathurst Rural Clinical School"),
    ("supporter5", "Sasha", "Ivanova", Role.SUPPORTER, 3, "Liverpool Hospital"),
    ("applicant", "Abdul", "Karimi", Role.APPLICANT, 2, ""),
    ("sponsor", "Emily", "Watts", Role.SPONSOR, None, ""),
)

# Accounts the other modules' demo data adds (same password).
EXTRA_LOGINS = (
    ("reviewer", "reviewer", "scores applications in the open intake"),
    ("grace.williams", "applicant", "has an offer to accept or decline"),
    ("priya.das", "supporter", "final-year student lead, graduating in four months"),
)

# Numbers from the ACMA ranges reserved for fiction (0491 570 xxx mobiles, (02) 5550 xxxx landlines):
# plausible on screen, and ringing nobody if someone taps one.
STAFF_PHONES = {
    "coordinator": "(02) 5550 1234",
    "supervisor": "0491 570 156",
    "supervisor2": "0491 570 157",
    "supervisor3": "0491 570 158",
    "supervisor4": "0491 570 159",
    "supervisor5": "0491 570 110",
}

MODULES: tuple[tuple[str, str, int, list[str]], ...] = (
    ("Mental health first aid", "Recognising and responding to distress and crisis.", 36, [Role.SUPPORTER]),
    (
        "Role boundaries and referral",
        "When to pause, seek case advice and refer, locally.",
        12,
        [Role.SUPPORTER],
    ),
    ("Reaching isolated students", "Outreach to peers on rural and remote placements.", 24, []),
    ("Supervising peer supporters", "Debriefing, burden and pausing support.", 36, [Role.SUPERVISOR]),
)


class Command(BaseCommand):
    help = "Load demo data (idempotent). Refuses unless DEBUG is on or --force is given."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--force", action="store_true", help="Seed even with DEBUG off.")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("Refusing to load demo data with DEBUG off; pass --force if you mean it.")
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        with transaction.atomic():
            program = self.seed(password)
        self.stdout.write(self.style.SUCCESS(f"Demo data ready in “{program.name}”."))
        self.stdout.write(f"Demo logins (password: {password}):")
        for username, first, last, role, _, _ in PEOPLE:
            self.stdout.write(f"  {username:<14} {role:<12} {first} {last}")
        for username, role, note in EXTRA_LOGINS:
            self.stdout.write(f"  {username:<14} {role:<12} {note}")
        self.stdout.write(
            "To try the second factor, sign in as coordinator and open My details → Second factor: "
            "an authenticator app (or `python -c \"import pyotp; print(pyotp.TOTP('<key>').now())\"`), "
            "or a passkey (open the app at http://localhost:<port>, not 127.0.0.1: browsers tie passkeys "
            "to a host name; Chromium's DevTools → WebAuthn adds a virtual authenticator)."
        )

    def seed(self, password: str) -> Program:
        today = timezone.localdate()
        institution, _ = Institution.objects.get_or_create(
            name="Western Plains University", defaults={"short_name": "WPU"}
        )
        program, _ = Program.objects.get_or_create(
            institution=institution,
            name="WPU Medical Student Peer Support",
            defaults={
                "timezone": "Australia/Sydney",
                "min_active_supporters": 6,
                "supervision_interval_days": 14,
            },
        )
        user_model = get_user_model()
        hashed = None
        members: dict[str, Membership] = {}
        for username, first, last, role, year, site in PEOPLE:
            user = user_model.objects.filter(username=username).first()
            if user is None:
                user = user_model(
                    username=username, first_name=first, last_name=last, email=f"{username}@example.edu"
                )
                if hashed is None:
                    user.set_password(password)
                    hashed = user.password
                else:
                    user.password = hashed
                user.save()
            elif not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
            expected_end = (
                date(today.year + (7 - year if year else 1), 11, 30)
                if role in (Role.SUPPORTER, Role.APPLICANT)
                else None
            )
            membership, _ = Membership.objects.get_or_create(
                user=user,
                program=program,
                role=role,
                defaults={
                    "term_start": today - relativedelta(months=8) if role != Role.APPLICANT else today,
                    "expected_end": expected_end,
                    "year_level": year,
                    "clinical_site": site,
                },
            )
            members[username] = membership

        for index, name in enumerate(("supporter", "supporter2", "supporter3", "supporter4", "supporter5")):
            primary, backup = (
                ("supervisor", "supervisor2") if index % 2 == 0 else ("supervisor2", "supervisor")
            )
            if not SupervisorAssignment.objects.filter(
                supporter=members[name], ended_on__isnull=True
            ).exists():
                SupervisorAssignment.objects.create(
                    program=program,
                    supporter=members[name],
                    supervisor=members[primary],
                    backup=members[backup],
                    started_on=today - relativedelta(months=8),
                )

        modules = {}
        for name, description, months, roles in MODULES:
            module, _ = TrainingModule.objects.get_or_create(
                program=program, name=name, defaults={"description": description, "validity_months": months}
            )
            for role in roles:
                TrainingRequirement.objects.get_or_create(module=module, role=role)
            modules[name] = module

        def complete(username: str, module_name: str, completed_on: date) -> None:
            module = modules[module_name]
            TrainingRecord.objects.get_or_create(
                membership=members[username],
                module=module,
                completed_on=completed_on,
                defaults={"expires_on": module.expiry_for(completed_on)},
            )

        for name in ("supporter", "supporter2", "supporter3", "supporter4", "supporter5"):
            complete(name, "Mental health first aid", today - relativedelta(months=8))
        # One supporter's boundaries refresher expires in three weeks, so reminders and warnings show.
        complete(
            "supporter", "Role boundaries and referral", today - relativedelta(months=12) + timedelta(days=21)
        )
        for name in ("supporter2", "supporter3", "supporter4", "supporter5"):
            complete(name, "Role boundaries and referral", today - relativedelta(months=3))
        complete("supporter4", "Reaching isolated students", today - relativedelta(months=5))
        for name in ("supervisor", "supervisor2", "supervisor3", "supervisor4", "supervisor5"):
            complete(name, "Supervising peer supporters", today - relativedelta(months=14))
        for username, written in STAFF_PHONES.items():
            StaffPhone.objects.update_or_create(
                user=members[username].user, defaults={"phone": parse_phone(written)}
            )
        # The modules built on `program` add their own demo data (contacts, intakes, rosters, …).
        for seeder in DEMO_SEEDERS:
            seeder(program, members, today)
        return program
