"""A shift template's recurrence rule in words ("Every weekday, 09:00–17:00"), for pages and the API.

The rule is checked with dateutil's parser first; only the parts a roster uses (FREQ, INTERVAL, BYDAY,
BYMONTHDAY, WKST) are put into words. Anything else — or a rule dateutil refuses — is shown as written:
a page must never fail because a stored rule is unusual, and a half-translated rule would mislead.
"""

from __future__ import annotations

from datetime import datetime, time

from dateutil.rrule import rrulestr

DAY_NAMES = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
WEEK = list(DAY_NAMES)
WEEKDAYS = WEEK[:5]
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month"}
KNOWN_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST"}


class _Unsupported(Exception):
    """The rule is valid but says something these words do not cover."""


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _day_of_month(day: int) -> str:
    if day == -1:
        return "the last day"
    if day < 1:
        raise _Unsupported
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"the {day}{suffix}"


def _plain_days(codes: list[str], overnight: bool) -> str:
    """Weekly days without a position: "weekday", "Monday and Thursday" (in week order)."""
    if any(code not in DAY_NAMES for code in codes):
        raise _Unsupported
    ordered = [code for code in WEEK if code in codes]
    if ordered == WEEK:
        return "night" if overnight else "day"
    names = "weekday" if ordered == WEEKDAYS else _and([DAY_NAMES[code] for code in ordered])
    return f"{names} night" if overnight else names


def _monthly_day(code: str) -> str:
    """A BYDAY entry in a monthly rule: "1MO" → "the first Monday"."""
    position, day = code[:-2], code[-2:]
    if day not in DAY_NAMES or not position:
        raise _Unsupported
    ordinal = ORDINALS.get(int(position))
    if ordinal is None:
        raise _Unsupported
    return f"the {ordinal} {DAY_NAMES[day]}"


def _words(parts: dict[str, str], overnight: bool) -> str:
    if set(parts) - KNOWN_PARTS:
        raise _Unsupported
    freq = parts.get("FREQ", "")
    if freq not in UNITS:
        raise _Unsupported
    interval = int(parts.get("INTERVAL", "1"))
    days = [code for code in parts.get("BYDAY", "").split(",") if code]
    month_days = [int(day) for day in parts.get("BYMONTHDAY", "").split(",") if day]
    unit = UNITS[freq]
    if freq == "MONTHLY":
        on = [_monthly_day(code) for code in days] + [_day_of_month(day) for day in month_days]
        every = "Every month" if interval == 1 else f"Every {interval} months"
        return f"{every} on {_and(on)}" if on else every
    if month_days:
        raise _Unsupported
    if interval == 1:
        if days:
            return f"Every {_plain_days(days, overnight)}"
        return "Every night" if overnight and freq == "DAILY" else f"Every {unit}"
    every = f"Every {interval} {unit}s"
    if days:
        if any(code not in DAY_NAMES for code in days):
            raise _Unsupported
        return f"{every} on {_and([DAY_NAMES[code] for code in WEEK if code in days])}"
    return every


def describe(rule: str, starts_at: time | None = None, ends_at: time | None = None) -> str:
    """The rule in words, with the hours when given ("Every night, 20:00–08:00"); the rule as written
    (still with the hours) if it cannot be read or says more than the words cover."""
    text = (rule or "").strip()
    normalised = text.upper().removeprefix("RRULE:")
    try:
        rrulestr(normalised, dtstart=datetime(2026, 1, 1))
        parts = dict(part.split("=", 1) for part in normalised.split(";") if part)
        overnight = starts_at is not None and ends_at is not None and ends_at <= starts_at
        words = _words(parts, overnight)
    except (ValueError, TypeError, _Unsupported):
        words = text
    if starts_at is not None and ends_at is not None:
        hours = f"{starts_at:%H:%M}–{ends_at:%H:%M}"
        return f"{words}, {hours}" if words else hours
    return words
