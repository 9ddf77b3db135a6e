"""Demo data for the supervision module: three months of contacts, check-ins and sessions.

Anika (`supporter`) is steady; Mariam (`supporter3`) carries a heavy, after-hours, high-risk load
and a worrying check-in; Nikhil (`supporter2`) logged a high-risk contact five hours ago whose debrief
is open. Deterministic, and skipped for anyone who already has contacts.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.utils import timezone

from program.models import Membership, Program, ReferralService
from supervision.contacts import crypto
from supervision.models import (
    CheckIn,
    Contact,
    ContactAction,
    ContactConcern,
    ContactStatus,
    DebriefDue,
    Pause,
    Roster,
    ShiftAssignment,
    SupervisionSession,
    SwapRequest,
)
from supervision.pauses import services as pauses
from supervision.rosters import services as rosters
from supervision.rosters import swaps

NOTES = [
    "Talked through exam nerves before the OSCE; we made a revision plan together.",
    "Feeling isolated on the rural placement and missing friends; suggested the weekly video catch-up.",
    "Struggling to sleep after night shifts; shared the sleep resources and agreed to check in next week.",
    "Relationship ended last month and it is affecting study; listened mostly.",
    "Worried about failing the surgery rotation; encouraged a meeting with the year coordinator.",
    "",
]
LOADS = {  # username: (contacts per week, high-risk share, after-hours share, distress, check-in level)
    "supporter": (2, 0.0, 0.2, 3, 1),
    "supporter2": (2, 0.1, 0.3, 4, 1),
    "supporter3": (5, 0.3, 0.6, 7, 3),
    "supporter4": (1, 0.0, 0.1, 2, 0),
    "supporter5": (2, 0.05, 0.2, 3, 1),
}


def seed(program: Program, members: dict[str, Membership], today: date) -> None:
    rng = random.Random(20261124)
    tz = ZoneInfo(program.timezone)
    services = list(ReferralService.objects.filter(program=program, is_active=True))
    supervisors = {"supervisor": members["supervisor"], "supervisor2": members["supervisor2"]}
    for index, (username, (per_week, high_share, late_share, distress, level)) in enumerate(LOADS.items()):
        supporter = members[username]
        if Contact.objects.filter(supporter=supporter).exists():
            continue
        for week in range(13, -1, -1):
            monday = today - timedelta(days=today.weekday()) - timedelta(weeks=week)
            for _ in range(per_week):
                day = monday + timedelta(days=rng.randrange(7))
                if day > today:
                    continue
                high = rng.random() < high_share
                _contact(
                    supporter,
                    day,
                    tz,
                    rng,
                    high=high,
                    late=rng.random() < late_share,
                    distress=distress,
                    services=services,
                    debriefed=True,
                )
            if monday <= today:
                bump = 2 if username == "supporter3" and week < 2 else 0
                CheckIn.objects.get_or_create(
                    supporter=supporter,
                    week_of=monday,
                    defaults={
                        "tired": min(4, level + bump + rng.randrange(2)),
                        "worn_out": min(4, level + bump),
                        "emotionally_exhausted": min(4, level + bump + rng.randrange(2)),
                        "cant_take_it": min(4, max(0, level - 1 + bump)),
                        "distress": min(10, distress + bump + rng.randrange(2)),
                        "wants_to_talk": bump > 0,
                    },
                )
        supervisor = supervisors["supervisor" if index % 2 == 0 else "supervisor2"]
        # Fortnightly sessions, except Mariam's last one was five weeks ago.
        last_gap = 35 if username == "supporter3" else 6
        for held in range(last_gap, 90, 14):
            session = SupervisionSession.objects.create(
                program=program,
                supervisor=supervisor,
                held_on=today - timedelta(days=held),
                advice_encrypted=crypto.encrypt("Reviewed recent contacts and self-care plan."),
                next_due=today - timedelta(days=held) + timedelta(days=program.supervision_interval_days),
            )
            session.supporters.set([supporter])
    # The open debrief: a high-risk contact five hours ago, not yet debriefed. Relative to now, not to a
    # clock time "yesterday evening": the debrief falls overdue 24 hours after the contact, and a demo
    # seeded late in the evening would otherwise start with it overdue and Nikhil paused by the rules.
    nikhil = members["supporter2"]
    if not DebriefDue.objects.filter(supporter=nikhil, closed_at__isnull=True).exists():
        at = timezone.now() - timedelta(hours=5)
        _contact(
            nikhil,
            at.astimezone(tz).date(),
            tz,
            rng,
            high=True,
            late=True,
            distress=7,
            services=services,
            debriefed=False,
            submitted_at=at,
        )
    coordinator = members["coordinator"].user
    if not Roster.objects.filter(program=program).exists():
        _roster(program, coordinator, today)
    _pauses(program, members, today, rng, tz, services)
    _open_swap(members["supporter"])


def _roster(program: Program, coordinator: User, today: date) -> None:
    """Four published weeks from today with a supervisor on call round the clock and an evening
    supporter shift; Sasha's and Mariam's shifts are then handed on when they are paused (below).
    The roster starts yesterday: last night's shift runs to 08:00 today, and without it nobody would
    be on call between midnight and then on the morning the demo is seeded."""
    for name, role, start, end in (
        ("Supervisor on call (day)", "supervisor", time(8), time(20)),
        ("Supervisor on call (night)", "supervisor", time(20), time(8)),
        ("Evening supporter", "supporter", time(18), time(22)),
    ):
        rosters.save_template(
            program,
            by=coordinator,
            name=name,
            role=role,
            rrule="FREQ=DAILY",
            starts_at=start,
            ends_at=end,
            min_people=1,
        )
    draft = rosters.generate(
        program, by=coordinator, starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=27)
    )
    rosters.publish(draft, by=coordinator)


def _open_swap(anika: Membership) -> None:
    """Anika offers her last evening shift of the four weeks; nobody has taken it yet."""
    if SwapRequest.objects.filter(offered_by=anika).exists():
        return
    place = (
        ShiftAssignment.objects.filter(
            membership=anika, ended_at__isnull=True, shift__starts_at__gt=timezone.now()
        )
        .order_by("-shift__starts_at")
        .first()
    )
    if place is not None:
        swaps.offer(place, by=anika.user)


def _pauses(
    program: Program,
    members: dict[str, Membership],
    today: date,
    rng: random.Random,
    tz: ZoneInfo,
    services: list[ReferralService],
) -> None:
    """Sasha paused herself; Tho, alone on a rural placement, carried over six hours of contacts in each
    of the last two weeks (a flag for review); then the rules run once, as the scheduler would, and
    pause Mariam (burnout in her check-ins, supervision five weeks ago) pending her supervisor's review."""
    if Pause.objects.filter(program=program).exists():
        return
    sasha = members["supporter5"]
    pauses.self_pause(sasha, by=sasha.user, reason="Exams and a family matter; I need a few weeks.")
    tho = members["supporter4"]
    monday = today - timedelta(days=today.weekday())
    for weeks_back in (1, 2):
        for day in (0, 2, 4, 5):
            contact = _contact(
                tho,
                monday - timedelta(days=7 * weeks_back - day),
                tz,
                rng,
                high=False,
                late=True,
                distress=4,
                services=services,
                debriefed=True,
            )
            Contact.objects.filter(pk=contact.pk).update(duration_minutes=100)
    pauses.evaluate(program)


def _contact(
    supporter: Membership,
    day: date,
    tz: ZoneInfo,
    rng: random.Random,
    *,
    high: bool,
    late: bool,
    distress: int,
    services: list[ReferralService],
    debriefed: bool,
    submitted_at: datetime | None = None,
) -> Contact:
    band = rng.choice(["evening", "night"]) if late else "day"
    # Never in the future: a contact "tonight" seeded this morning is stamped now.
    submitted = submitted_at or min(
        datetime.combine(day, time(21 if late else 13, 30), tzinfo=tz), timezone.now()
    )
    contact = Contact.objects.create(
        supporter=supporter,
        program=supporter.program,
        status=ContactStatus.SUBMITTED,
        contact_date=day,
        time_band=band,
        duration_minutes=rng.choice([20, 30, 45, 60, 90]) if not high else 75,
        channel=rng.choice(["in_person", "phone", "message", "video"]),
        initiated_by=rng.choice(["peer", "supporter"]),
        risk_level="high" if high else rng.choice(["none", "low", "low", "moderate"]),
        linked_to_crisis_service=high,
        follow_up_planned=high or rng.random() < 0.3,
        supporter_distress=min(10, distress + (2 if high else rng.randrange(-1, 2))),
        narrative_encrypted=crypto.encrypt(rng.choice(NOTES)),
        submitted_at=submitted,
    )
    Contact.objects.filter(pk=contact.pk).update(created_at=submitted)
    concerns = (
        ["self_harm", "mental_health"]
        if high
        else rng.sample(["academic", "placement", "isolation", "relationships", "mental_health"], 2)
    )
    ContactConcern.objects.bulk_create([ContactConcern(contact=contact, category=c) for c in concerns])
    lifeline = next((s for s in services if s.name == "Lifeline"), None)
    actions = (
        [("listened", None), ("referred", lifeline), ("case_advice", None)] if high else [("listened", None)]
    )
    ContactAction.objects.bulk_create(
        [ContactAction(contact=contact, action=a, referral_service=s) for a, s in actions]
    )
    if high:
        due = submitted + timedelta(hours=24)
        DebriefDue.objects.create(
            contact=contact,
            supporter=supporter,
            due_at=due,
            closed_at=due - timedelta(hours=6) if debriefed else None,
        )
    return contact
