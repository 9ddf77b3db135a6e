"""Dates and times as people read them, for Python-built text (messages, service refusals, PDFs).

The shapes are the named formats of config/formats/en_AU/formats.py — "4 Dec 2026", "20:00" — plus the
one Django has no name for, a date with its weekday ("Fri 4 Dec 2026"). Templates use the same through
the `date`/`time` filters and program/templatetags/dates.py. An aware datetime is shown in the
program's time zone when one is given, else the current one (the site's, or a page's `{% timezone %}`).
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from django.utils import formats, timezone

# Not a Django format name, so it is spelt here once; DATE_FORMAT with the day of the week in front.
WEEKDAY_DATE_FORMAT = "D j M Y"


def _local(value: date | datetime, tz: tzinfo | None) -> date | datetime:
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value, tz)
    return value


def day(value: date | datetime, tz: tzinfo | None = None) -> str:
    """4 Dec 2026"""
    return formats.date_format(_local(value, tz), "DATE_FORMAT")


def day_month(value: date | datetime, tz: tzinfo | None = None) -> str:
    """4 Dec (where the year is plain from the context, such as a range's first day)."""
    return formats.date_format(_local(value, tz), "MONTH_DAY_FORMAT")


def month(value: date | datetime) -> str:
    """Dec 2026"""
    return formats.date_format(value, "YEAR_MONTH_FORMAT")


def weekday(value: date | datetime, tz: tzinfo | None = None) -> str:
    """Fri 4 Dec 2026"""
    return formats.date_format(_local(value, tz), WEEKDAY_DATE_FORMAT)


def clock(value: time | datetime, tz: tzinfo | None = None) -> str:
    """20:00 (one 24-hour clock everywhere)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value, tz)
    return formats.time_format(value, "TIME_FORMAT")


def moment(value: datetime, tz: tzinfo | None = None) -> str:
    """4 Dec 2026, 20:00"""
    return formats.date_format(_local(value, tz), "DATETIME_FORMAT")


def weekday_moment(value: datetime, tz: tzinfo | None = None) -> str:
    """Fri 4 Dec 2026, 20:00 (appointments: shifts, away periods, when something is due)."""
    return f"{weekday(value, tz)}, {clock(value, tz)}"
