"""Date filters Django lacks, loaded everywhere (TEMPLATES builtins): `weekday` ("Fri 4 Dec 2026") and
`weekday_time` ("Fri 4 Dec 2026, 20:00"). Plain dates and times use Django's own filters with the
project's named formats: `|date` (4 Dec 2026), `|date:"DATETIME_FORMAT"` (4 Dec 2026, 20:00),
`|time` (20:00), `|date:"MONTH_DAY_FORMAT"` (4 Dec), `|date:"YEAR_MONTH_FORMAT"` (Dec 2026).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template

from program import dates

register = template.Library()


# expects_localtime: an aware datetime arrives already in the page's time zone, as for `date`.
@register.filter(expects_localtime=True, is_safe=False)
def weekday(value: Any) -> str:
    if not isinstance(value, date):
        return ""
    return dates.weekday(value)


@register.filter(expects_localtime=True, is_safe=False)
def weekday_time(value: Any) -> str:
    if not isinstance(value, datetime):
        return ""
    return dates.weekday_moment(value)
