"""Sane bounds for dates and times that people type or send: a clear "out of range" instead of a
database error or an overflow. Python accepts years 1 to 9999 and UTC offsets up to ±23:59, but
converting such a value between time zones can overflow, and PostgreSQL refuses offsets beyond
±15:59. Nothing a program records happened before 1900 or is planned past 2199, and real offsets
run from -12:00 to +14:00."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.core.exceptions import ValidationError

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
LARGEST_UTC_OFFSET = timedelta(hours=14)


def date_out_of_range(value: date) -> str | None:
    """Why a date is outside the sane range, or None when it is fine."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return f"Enter a date from {EARLIEST_DATE:%Y} to {LATEST_DATE:%Y}."
    return None


def datetime_out_of_range(value: datetime) -> str | None:
    """Why a date and time is outside the sane range (its date or its UTC offset), or None."""
    offset = value.utcoffset()
    if offset is not None and abs(offset) > LARGEST_UTC_OFFSET:
        return "Enter a UTC offset from -14:00 to +14:00."
    return date_out_of_range(value)


def validate_sane_date(value: date) -> None:
    message = date_out_of_range(value)
    if message:
        raise ValidationError(message, code="out_of_range")


def validate_sane_datetime(value: datetime) -> None:
    message = datetime_out_of_range(value)
    if message:
        raise ValidationError(message, code="out_of_range")
