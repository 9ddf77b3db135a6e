"""Calendar (ICS) feeds of on-call shifts: one per person at a private, revocable address, and one per
program for its rostered members. Stable UIDs (a shift keeps its UID for life), SEQUENCE bumped on every
change, LAST-MODIFIED, times with the program's TZID (and its VTIMEZONE), and a shift someone was taken
off — or that was cancelled — sent as CANCELLED so their calendar drops it."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Q
from django.utils import timezone
from icalendar import Calendar, Event

from program.models import CURRENT_STATUSES, Program
from supervision.models import CalendarFeed, RosterStatus, Shift, ShiftAssignment

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


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(shift: Shift, *, cancelled: bool, description: str, stamp: datetime) -> Event:
    tz = shift.program.tzinfo
    event = Event()
    event.add("uid", f"{shift.uid}@peer-support")
    event.add("dtstamp", stamp)
    event.add("dtstart", shift.starts_at.astimezone(tz))
    event.add("dtend", shift.ends_at.astimezone(tz))
    event.add("summary", f"On call: {shift.name}")
    event.add("description", description)
    # Taking someone off a shift bumps its sequence, so their calendar accepts the cancellation.
    event.add("sequence", shift.sequence)
    event.add("last-modified", shift.updated_at)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def _people(shift: Shift) -> str:
    names = [a.membership.display_name for a in getattr(shift, "current", [])]
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
    calendar = _calendar("My on-call shifts")
    for shift in shifts:
        still_on = any(a.ended_at is None for a in shift.theirs)
        cancelled = shift.cancelled_at is not None or not still_on
        calendar.add_component(_event(shift, cancelled=cancelled, description=shift.program.name, stamp=now))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def program_feed(program: Program) -> bytes:
    """Every published shift of the program with who is on it (two queries)."""
    now = timezone.now()
    shifts = (
        Shift.objects.filter(_published(now), program=program)
        .select_related("program")
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=ShiftAssignment.objects.filter(ended_at__isnull=True)
                .select_related("membership__user")
                .order_by("pk"),
                to_attr="current",
            )
        )
        .order_by("starts_at")
    )
    calendar = _calendar(f"{program.name} on-call roster")
    for shift in shifts:
        calendar.add_component(
            _event(shift, cancelled=shift.cancelled_at is not None, description=_people(shift), stamp=now)
        )
    calendar.add_missing_timezones()
    return calendar.to_ical()
