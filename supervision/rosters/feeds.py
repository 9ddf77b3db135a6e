"""Calendar (ICS) feeds of on-call shifts: one per person at a private, revocable address, and one per
program for its rostered members (signed in) — also at a private, revocable address per coordinator or
supervisor, for calendar apps. Stable UIDs (a shift keeps its UID for life), SEQUENCE bumped on every
change, LAST-MODIFIED, times with the program's TZID (and its VTIMEZONE), and a shift someone was taken
off — or that was cancelled — sent as CANCELLED so their calendar drops it."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from icalendar import Calendar, Event

from program.models import CURRENT_STATUSES, Program
from supervision import selectors
from supervision.models import CalendarFeed, ProgramCalendarFeed, RosterStatus, Shift, ShiftAssignment

PAST = timedelta(days=30)
FUTURE = timedelta(days=400)
PRODID = "-//Peer support//On-call roster//EN"


def live_feed(user: User) -> CalendarFeed:
    """The user's current private feed, made on first use."""
    feed = CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()
    if feed is not None:
        return feed
    try:
        with transaction.atomic():
            return CalendarFeed.objects.create(user=user)
    except IntegrityError:  # a double click made one first
        return CalendarFeed.objects.get(user=user, revoked_at__isnull=True)


@transaction.atomic
def renew_feed(user: User) -> CalendarFeed:
    """Revoke the user's feed address and make a new one (the old address answers 404 from now on)."""
    CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(revoked_at=timezone.now())
    return CalendarFeed.objects.create(user=user)


def live_program_feed(user: User, program: Program) -> ProgramCalendarFeed:
    """The user's current private address for the program's roster, made on first use; for its
    coordinators and supervisors only (anyone else: DoesNotExist, which pages and API answer 404)."""
    if not selectors.may_hold_program_feed(user, program.pk):
        raise ProgramCalendarFeed.DoesNotExist
    feed = ProgramCalendarFeed.objects.filter(user=user, program=program, revoked_at__isnull=True).first()
    if feed is not None:
        return feed
    try:
        with transaction.atomic():
            return ProgramCalendarFeed.objects.create(user=user, program=program)
    except IntegrityError:  # a double click made one first
        return ProgramCalendarFeed.objects.get(user=user, program=program, revoked_at__isnull=True)


@transaction.atomic
def renew_program_feed(user: User, program: Program) -> ProgramCalendarFeed:
    """Revoke the user's address for the program's roster and make a new one (the old answers 404)."""
    if not selectors.may_hold_program_feed(user, program.pk):
        raise ProgramCalendarFeed.DoesNotExist
    ProgramCalendarFeed.objects.filter(user=user, program=program, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return ProgramCalendarFeed.objects.create(user=user, program=program)


# The feeds are written line by line rather than through icalendar's component objects: a program's year
# is ~1,300 events, and building and serialising them as objects took ~0.9 s of the feed's 1 s on the
# scale seed (docs/performance.md). icalendar still makes each time zone's VTIMEZONE, once per process.
UTC_KEYS = frozenset({"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Zulu", "Etc/Zulu"})
FOLD_AT = 75  # octets per line, RFC 5545 3.1
_ESCAPED = re.compile(r"[\\;,\r\n]")


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11)."""
    if not _ESCAPED.search(value):
        return value
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """The line folded into pieces under 75 octets, never splitting a backslash escape or a character."""
    if len(line) < FOLD_AT and line.isascii():
        return line
    pieces: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode())
        if current and size + width >= FOLD_AT:
            if len(current) > 1 and current[-1] == "\\":
                pieces.append(current[:-1])
                current, size = "\\", 1
            else:
                pieces.append(current)
                current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _local(name: str, moment: datetime, tz: ZoneInfo) -> str:
    if tz.key in UTC_KEYS:
        return f"{name}:{_utc(moment)}"
    return f"{name};TZID={tz.key}:{moment.astimezone(tz).strftime('%Y%m%dT%H%M%S')}"


@functools.lru_cache(maxsize=64)
def _vtimezone(key: str) -> str:
    """The zone's VTIMEZONE as icalendar writes it for a calendar with an event in that zone."""
    if key in UTC_KEYS:
        return ""
    calendar = Calendar()
    event = Event()
    event.add("dtstart", datetime(2000, 1, 1, tzinfo=ZoneInfo(key)))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return "".join(zone.to_ical().decode() for zone in calendar.timezones)


def _event(shift: Mapping[str, Any], tz: ZoneInfo, *, cancelled: bool, description: str, stamp: str) -> str:
    """One VEVENT from a shift's fields (a values() row, or a Shift's __dict__)."""
    # Taking someone off a shift bumps its sequence, so their calendar accepts the cancellation.
    lines = (
        "BEGIN:VEVENT",
        f"SUMMARY:{_text('On call: ' + shift['name'])}",
        _local("DTSTART", shift["starts_at"], tz),
        _local("DTEND", shift["ends_at"], tz),
        f"DTSTAMP:{stamp}",
        f"UID:{_text(str(shift['uid']) + '@peer-support')}",
        f"SEQUENCE:{shift['sequence']}",
        f"DESCRIPTION:{_text(description)}",
        f"LAST-MODIFIED:{_utc(shift['updated_at'])}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        "END:VEVENT",
    )
    return "".join(_fold(line) + "\r\n" for line in lines)


def _calendar(name: str, events: list[str], zones: set[str]) -> bytes:
    head = (
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_text(PRODID)}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_text(name)}",
    )
    return "".join(
        (
            *(_fold(line) + "\r\n" for line in head),
            *(_vtimezone(key) for key in sorted(zones)),
            *events,
            "END:VCALENDAR\r\n",
        )
    ).encode()


def _people(names: list[str]) -> str:
    return "On call: " + (", ".join(names) if names else "nobody yet")


def _published(now: datetime) -> Q:
    return Q(roster__status=RosterStatus.PUBLISHED, starts_at__gte=now - PAST, starts_at__lt=now + FUTURE)


def person_feed(feed: CalendarFeed) -> bytes:
    """The shifts of every current membership of the feed's owner (three queries); a membership that has
    ended drops out of the feed at once, like every other read (SPEC 3.8)."""
    now = timezone.now()
    theirs = ShiftAssignment.objects.filter(
        membership__user_id=feed.user_id, membership__status__in=CURRENT_STATUSES
    )
    mine = theirs.values("shift_id")
    shifts = (
        Shift.objects.filter(_published(now), pk__in=mine)
        .select_related("program")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=theirs.order_by("pk"),
                to_attr="theirs",
            )
        )
        .order_by("starts_at")
    )
    stamp = _utc(now)
    events, zones = [], set()
    for shift in shifts:
        still_on = any(a.ended_at is None for a in shift.theirs)
        cancelled = shift.cancelled_at is not None or not still_on
        events.append(
            _event(
                vars(shift),
                shift.program.tzinfo,
                cancelled=cancelled,
                description=shift.program.name,
                stamp=stamp,
            )
        )
        zones.add(shift.program.timezone)
    return _calendar("My on-call shifts", events, zones)


def program_feed(program: Program) -> bytes:
    """Every published shift of the program with who is on it (two queries, of plain rows: a year is
    ~1,300 shifts, and making model instances of them and their people was most of the feed's time)."""
    now = timezone.now()
    shifts = Shift.objects.filter(_published(now), program=program)
    names: dict[int, list[str]] = defaultdict(list)
    on_call = (
        ShiftAssignment.objects.filter(ended_at__isnull=True, shift__in=shifts.values("pk"))
        .order_by("pk")
        .values_list(
            "shift_id",
            "membership__user__first_name",
            "membership__user__last_name",
            "membership__user__username",
        )
    )
    for shift_id, first_name, last_name, username in on_call:
        # Membership.display_name: the full name, or the username without one.
        names[shift_id].append(f"{first_name} {last_name}".strip() or username)
    rows = shifts.order_by("starts_at").values(
        "pk", "uid", "name", "starts_at", "ends_at", "sequence", "updated_at", "cancelled_at"
    )
    tz, stamp = program.tzinfo, _utc(now)
    events = [
        _event(
            row,
            tz,
            cancelled=row["cancelled_at"] is not None,
            description=_people(names[row["pk"]]),
            stamp=stamp,
        )
        for row in rows
    ]
    return _calendar(f"{program.name} on-call roster", events, {program.timezone} if events else set())
