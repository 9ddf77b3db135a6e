"""Benchmark data for the supervision module (SPEC 5, Scale); `seed_scale` runs `seed` via SCALE_SEEDERS.

- About 400,000 submitted contacts over the past twelve months (20,000 per program), spread unevenly
  over the 4,000 supporters: 100 each on average, but a supporter's rate is log-normal, so a few log
  several contacts a week and some hardly any; each with its concerns and actions.
- Weekly check-ins over the last twelve weeks for most current supporters.
- Fortnightly group supervision by each supporter's primary supervisor over the last half year (groups of
  at most twelve), skipped by some supporters and recently by paused supervisors, so some are overdue.
- A debrief due for every high or imminent risk contact, closed by a debrief session, except a few
  hundred still open: most from the last three days, some long overdue.

Narratives and session notes are encrypted for a small sample only (encryption would dominate the
seed otherwise); no peer codes. Rows go in with bulk_create, contacts in ascending time across all
programs (ids follow time, as in use), and no per-row queries: bulk_create gives the ids back on
SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from program.extensions import ScaleSeed
from program.models import Membership, MembershipStatus, Program, ReferralService, Role, SupervisorAssignment
from supervision.contacts import crypto
from supervision.demo import NOTES
from supervision.models import (
    HIGH_RISK,
    Action,
    Channel,
    CheckIn,
    Concern,
    Contact,
    ContactAction,
    ContactConcern,
    ContactStatus,
    DebriefDue,
    Initiator,
    RiskLevel,
    SessionKind,
    SessionPurpose,
    SupervisionSession,
    TimeBand,
)
from supervision.wellbeing.burden import last_weeks

CONTACTS_PER_PROGRAM = 20_000
HISTORY_DAYS = 365
CHECKIN_WEEKS = 12
SESSION_FORTNIGHTS = 13
GROUP_SIZE = 12
HIGH_RISK_SHARE = 0.035  # of an average supporter's contacts; scaled by each supporter's risk bias
ENCRYPTED_SAMPLE = 0.01  # share of contacts and sessions given an (encrypted) note
BATCH = 2000
CHUNK = 20_000  # contacts turned into model instances and written at a time

NARRATIVES = [note for note in NOTES if note]
SESSION_ADVICE = "Reviewed recent contacts and the self-care plan; agreed when to call the on-call line."
CONCERNS_USUAL = [c for c in Concern.values if c != Concern.SELF_HARM]
CONCERN_WEIGHTS = [30, 25, 15, 15, 20, 3, 5]  # academic … other, without self-harm
CHANNELS = Channel.values
CHANNEL_WEIGHTS = [40, 15, 10, 30, 5]


@dataclass
class Profile:
    """How one supporter logs: rate, after-hours share, risk, distress, and engagement."""

    member: Membership
    rate: float
    late_share: float
    risk_bias: float
    distress: float
    wellbeing: float  # check-in level on the 0–4 scale
    engaged: bool
    first: date
    last: date
    supervisor_id: int | None = None
    contacts: int = 0


@dataclass
class PlannedContact:
    """A contact as plain values until its chunk is written (model instances for all would cost GBs)."""

    supporter_id: int
    program_id: int
    contact_date: date
    submitted_at: datetime
    time_band: str
    duration: int
    channel: str
    initiated_by: str
    risk: str
    crisis: bool
    follow_up: bool
    distress: int
    narrative: str
    concerns: list[str]
    actions: list[tuple[str, int | None]]
    supervisor_id: int | None
    contact_id: int = 0


@dataclass
class PlannedSession:
    session: SupervisionSession
    supporter_ids: list[int]
    contact: PlannedContact | None = None
    debrief: list[DebriefDue] = field(default_factory=list)


def seed(data: ScaleSeed) -> None:
    rng, today, now = data.rng, data.today, timezone.now()
    programs = {program.pk: program for program in data.programs}
    primary_of = dict(
        SupervisorAssignment.objects.filter(program__in=data.programs, ended_on__isnull=True).values_list(
            "supporter_id", "supervisor_id"
        )
    )
    services: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for program_id, service_id, urgency in ReferralService.objects.filter(
        program__in=data.programs, is_active=True
    ).values_list("program_id", "pk", "urgency"):
        services[program_id][urgency].append(service_id)

    profiles: dict[int, Profile] = {}
    planned: list[PlannedContact] = []
    for program in data.programs:
        supporters = data.members[program.pk].get(Role.SUPPORTER, [])
        program_profiles = [_profile(rng, today, member, primary_of.get(member.pk)) for member in supporters]
        weight = sum(p.rate * ((p.last - p.first).days + 1) for p in program_profiles if p.last >= p.first)
        for profile in program_profiles:
            profiles[profile.member.pk] = profile
            if profile.last < profile.first:
                continue
            days = (profile.last - profile.first).days + 1
            profile.contacts = round(CONTACTS_PER_PROGRAM * profile.rate * days / weight)
            tz = ZoneInfo(program.timezone)
            planned.extend(
                _contact(rng, profile, program, tz, now, services[program.pk])
                for _ in range(profile.contacts)
            )
    planned.sort(key=lambda c: (c.submitted_at, c.supporter_id))
    _write_contacts(data, planned)

    data.counts["check-ins"] = _write_checkins(data, programs, profiles, now)
    _write_sessions_and_debriefs(data, programs, profiles, planned, now)


def _profile(rng: random.Random, today: date, member: Membership, supervisor_id: int | None) -> Profile:
    start = max(member.term_start or today, today - timedelta(days=HISTORY_DAYS))
    if member.status == MembershipStatus.ALUMNUS:
        last = min(today, member.expected_end or today)
    elif member.status == MembershipStatus.PAUSED:
        last = today - timedelta(days=rng.randint(7, 60))
    else:
        last = today
    rate = min(3.5, rng.lognormvariate(0, 0.6))  # a few log several contacts a week, some hardly any
    return Profile(
        member=member,
        rate=rate,
        late_share=rng.uniform(0.05, 0.5),
        risk_bias=rng.lognormvariate(0, 0.6),
        distress=min(7.0, max(0.0, rng.gauss(2.5, 1.2) + 0.5 * math.log(rate))),
        wellbeing=min(3.6, max(0.0, rng.gauss(1.3, 0.7) + 0.4 * math.log(rate))),
        engaged=rng.random() < 0.85,
        first=start,
        last=last,
        supervisor_id=supervisor_id,
    )


def _contact(
    rng: random.Random,
    profile: Profile,
    program: Program,
    tz: ZoneInfo,
    now: datetime,
    services: dict[str, list[int]],
) -> PlannedContact:
    day = profile.first + timedelta(days=rng.randrange((profile.last - profile.first).days + 1))
    roll = rng.random()
    if roll < profile.late_share:
        if rng.random() < 0.65:
            band, hour = TimeBand.EVENING, rng.randint(18, 21)
        else:
            band, hour = TimeBand.NIGHT, rng.choice((22, 23, 0, 1, 2, 6, 7))
    else:
        band, hour = TimeBand.DAY, rng.randint(8, 17)
    at, lag = time(hour, rng.randrange(60)), timedelta(minutes=rng.randint(5, 90))
    submitted = datetime.combine(day, at, tzinfo=tz) + lag
    if submitted > now:  # later today: it happened yesterday instead
        day -= timedelta(days=1)
        submitted = min(datetime.combine(day, at, tzinfo=tz) + lag, now - timedelta(minutes=1))

    roll = rng.random()
    high_share = HIGH_RISK_SHARE * profile.risk_bias
    if roll < high_share * 0.12:
        risk = RiskLevel.IMMINENT
    elif roll < high_share:
        risk = RiskLevel.HIGH
    else:
        risk = rng.choices((RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE), weights=(30, 45, 25))[0]
    high = risk in HIGH_RISK

    concerns: set[str]
    if high:
        concerns = {Concern.SELF_HARM}
        if rng.random() < 0.7:
            concerns.add(Concern.MENTAL_HEALTH)
    else:
        concerns = set(rng.choices(CONCERNS_USUAL, weights=CONCERN_WEIGHTS, k=rng.choice((1, 1, 2, 2, 3))))

    actions: list[tuple[str, int | None]] = []
    if rng.random() < 0.95:
        actions.append((Action.LISTENED, None))
    if rng.random() < 0.35:
        actions.append((Action.SHARED_RESOURCES, None))
    crisis_lines = services.get("crisis", [])
    routine = services.get("routine", []) or crisis_lines
    crisis = False
    if high and crisis_lines and rng.random() < 0.7:
        actions.append((Action.REFERRED, rng.choice(crisis_lines)))
        crisis = True
    elif not high and routine and rng.random() < 0.12:
        actions.append((Action.REFERRED, rng.choice(routine)))
    if rng.random() < (0.8 if high else 0.2 if risk == RiskLevel.MODERATE else 0.03):
        actions.append((Action.CASE_ADVICE, None))
    if risk == RiskLevel.IMMINENT or (high and rng.random() < 0.4):
        actions.append((Action.ESCALATED_ON_CALL, None))
    if risk == RiskLevel.IMMINENT and rng.random() < 0.4:
        actions.append((Action.EMERGENCY_SERVICES, None))
        crisis = True
    if not actions:
        actions.append((Action.LISTENED, None))

    bump = 3 if high else 1 if risk == RiskLevel.MODERATE else 0
    return PlannedContact(
        supporter_id=profile.member.pk,
        program_id=program.pk,
        contact_date=day,
        submitted_at=submitted,
        time_band=band,
        duration=rng.choice((45, 60, 75, 90, 120)) if high else rng.choice((10, 15, 20, 30, 30, 45, 60)),
        channel=rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0],
        initiated_by=Initiator.PEER if rng.random() < 0.7 else Initiator.SUPPORTER,
        risk=risk,
        crisis=crisis,
        follow_up=high or rng.random() < 0.25,
        distress=max(0, min(10, round(profile.distress + rng.gauss(0, 1.2)) + bump)),
        narrative=rng.choice(NARRATIVES) if rng.random() < ENCRYPTED_SAMPLE else "",
        concerns=sorted(concerns),
        actions=actions,
        supervisor_id=profile.supervisor_id,
    )


def _write_contacts(data: ScaleSeed, planned: list[PlannedContact]) -> None:
    concern_count = action_count = 0
    for start in range(0, len(planned), CHUNK):
        chunk = planned[start : start + CHUNK]
        rows = [
            Contact(
                supporter_id=c.supporter_id,
                program_id=c.program_id,
                status=ContactStatus.SUBMITTED,
                contact_date=c.contact_date,
                time_band=c.time_band,
                duration_minutes=c.duration,
                channel=c.channel,
                initiated_by=c.initiated_by,
                risk_level=c.risk,
                linked_to_crisis_service=c.crisis,
                follow_up_planned=c.follow_up,
                supporter_distress=c.distress,
                narrative_encrypted=crypto.encrypt(c.narrative),
                created_at=c.submitted_at,
                updated_at=c.submitted_at,
                submitted_at=c.submitted_at,
            )
            for c in chunk
        ]
        with data.explicit_timestamps(Contact, "created_at", "updated_at"):
            Contact.objects.bulk_create(rows, batch_size=BATCH)
        for plan, row in zip(chunk, rows, strict=True):
            assert row.pk is not None, "bulk_create gave no ids back"
            plan.contact_id = row.pk
        concerns = [
            ContactConcern(contact_id=c.contact_id, category=category)
            for c in chunk
            for category in c.concerns
        ]
        actions = [
            ContactAction(contact_id=c.contact_id, action=action, referral_service_id=service)
            for c in chunk
            for action, service in c.actions
        ]
        ContactConcern.objects.bulk_create(concerns, batch_size=BATCH)
        ContactAction.objects.bulk_create(actions, batch_size=BATCH)
        concern_count += len(concerns)
        action_count += len(actions)
    data.counts["contacts"] = len(planned)
    data.counts["contact concerns"] = concern_count
    data.counts["contact actions"] = action_count


def _write_checkins(
    data: ScaleSeed, programs: dict[int, Program], profiles: dict[int, Profile], now: datetime
) -> int:
    rng, today = data.rng, data.today
    rows = []
    weeks = last_weeks(today, CHECKIN_WEEKS)
    for profile in profiles.values():
        member = profile.member
        if member.status not in (MembershipStatus.ACTIVE, MembershipStatus.PAUSED):
            continue
        tz = ZoneInfo(programs[member.program_id].timezone)
        for index, week in enumerate(weeks):
            if week + timedelta(days=6) < profile.first or rng.random() > (0.9 if profile.engaged else 0.2):
                continue
            day = week + timedelta(days=rng.randrange(7))
            if day > today:
                continue
            # Drift: the heavier loads weigh more in recent weeks.
            level = profile.wellbeing + (index - len(weeks) / 2) * 0.03 * profile.rate
            items = [max(0, min(4, round(level + rng.gauss(0, 0.6)))) for _ in range(4)]
            created = min(datetime.combine(day, time(rng.randint(8, 22), rng.randrange(60)), tzinfo=tz), now)
            rows.append(
                CheckIn(
                    supporter_id=member.pk,
                    week_of=week,
                    tired=items[0],
                    worn_out=items[1],
                    emotionally_exhausted=items[2],
                    cant_take_it=items[3],
                    distress=max(0, min(10, round(level * 2 + rng.gauss(0, 1.2)))),
                    wants_pause=level > 2.8 and rng.random() < 0.1,
                    wants_to_talk=(level > 2.2 and rng.random() < 0.3) or rng.random() < 0.03,
                    created_at=created,
                )
            )
    with data.explicit_timestamps(CheckIn, "created_at"):
        CheckIn.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


def _write_sessions_and_debriefs(
    data: ScaleSeed,
    programs: dict[int, Program],
    profiles: dict[int, Profile],
    planned: list[PlannedContact],
    now: datetime,
) -> None:
    rng, today = data.rng, data.today
    sessions: list[PlannedSession] = []

    # Fortnightly group supervision: each primary supervisor's supervisees in groups of at most twelve.
    for program in data.programs:
        tz = ZoneInfo(program.timezone)
        status = {m.pk: m.status for m in data.members[program.pk].get(Role.SUPERVISOR, [])}
        groups: dict[int, list[Profile]] = defaultdict(list)
        for profile in profiles.values():
            if profile.member.program_id == program.pk and profile.supervisor_id is not None:
                groups[profile.supervisor_id].append(profile)
        for supervisor_id, supervisees in groups.items():
            for start in range(0, len(supervisees), GROUP_SIZE):
                group = supervisees[start : start + GROUP_SIZE]
                offset = rng.randrange(14)
                for fortnight in range(SESSION_FORTNIGHTS):
                    held = today - timedelta(days=offset + 14 * fortnight)
                    if status.get(supervisor_id) == MembershipStatus.PAUSED and (today - held).days < 42:
                        continue
                    attending = [
                        p.member.pk
                        for p in group
                        if held >= p.first
                        and p.member.status != MembershipStatus.ALUMNUS
                        and rng.random() < (0.85 if p.engaged else 0.2)
                    ]
                    if not attending:
                        continue
                    sessions.append(
                        PlannedSession(
                            SupervisionSession(
                                program=program,
                                supervisor_id=supervisor_id,
                                kind=SessionKind.GROUP if len(attending) > 1 else SessionKind.INDIVIDUAL,
                                purpose=SessionPurpose.SCHEDULED,
                                held_on=held,
                                duration_minutes=60 if len(attending) > 1 else 45,
                                advice_encrypted=crypto.encrypt(SESSION_ADVICE)
                                if rng.random() < ENCRYPTED_SAMPLE
                                else "",
                                next_due=held + timedelta(days=program.supervision_interval_days),
                                created_at=datetime.combine(held, time(18, 0), tzinfo=tz),
                            ),
                            attending,
                        )
                    )

    # A debrief due for every high-risk contact; most closed by a debrief session with its supervisor.
    debriefs: list[DebriefDue] = []
    recent = now - timedelta(days=3)
    for contact in planned:
        if contact.risk not in HIGH_RISK:
            continue
        due = contact.submitted_at + timedelta(hours=24)
        debrief = DebriefDue(contact_id=contact.contact_id, supporter_id=contact.supporter_id, due_at=due)
        debriefs.append(debrief)
        closed = contact.submitted_at + timedelta(hours=rng.uniform(2, 30))
        open_if_recent, open_anyway = rng.random() < 0.8, rng.random() < 0.005
        if closed > now or (contact.submitted_at > recent and open_if_recent) or open_anyway:
            if due < now:
                debrief.overdue_alerted_at = due + timedelta(minutes=5)
            continue
        debrief.closed_at = closed
        if contact.supervisor_id is None:
            continue  # an alumnus: the debrief was closed, its session is not in the data set
        program = programs[contact.program_id]
        held = timezone.localtime(closed, ZoneInfo(program.timezone)).date()
        sessions.append(
            PlannedSession(
                SupervisionSession(
                    program=program,
                    supervisor_id=contact.supervisor_id,
                    kind=SessionKind.INDIVIDUAL,
                    purpose=SessionPurpose.DEBRIEF,
                    held_on=held,
                    duration_minutes=30,
                    next_due=None,
                    created_at=closed,
                ),
                [contact.supporter_id],
                contact=contact,
                debrief=[debrief],
            )
        )

    sessions.sort(key=lambda s: (s.session.held_on, s.session.created_at))
    with data.explicit_timestamps(SupervisionSession, "created_at"):
        SupervisionSession.objects.bulk_create([s.session for s in sessions], batch_size=BATCH)
    attendance = SupervisionSession.supporters.through
    discussed = SupervisionSession.contacts_discussed.through
    for entry in sessions:
        assert entry.session.pk is not None, "bulk_create gave no ids back"
        for debrief in entry.debrief:
            debrief.closed_by_id = entry.session.pk
    attendees = [
        attendance(supervisionsession_id=entry.session.pk, membership_id=supporter_id)
        for entry in sessions
        for supporter_id in entry.supporter_ids
    ]
    contacts = [
        discussed(supervisionsession_id=entry.session.pk, contact_id=entry.contact.contact_id)
        for entry in sessions
        if entry.contact is not None
    ]
    attendance.objects.bulk_create(attendees, batch_size=BATCH)
    discussed.objects.bulk_create(contacts, batch_size=BATCH)
    DebriefDue.objects.bulk_create(debriefs, batch_size=BATCH)
    data.counts["supervision sessions"] = len(sessions)
    data.counts["session attendances"] = len(attendees)
    data.counts["debriefs"] = len(debriefs)
    data.counts["open debriefs"] = sum(1 for d in debriefs if d.closed_at is None)
