"""How dates and times read in an Australian program (FORMAT_MODULE_PATH; Django's own en_AU module
underneath). One day-first style and one 24-hour clock everywhere a person reads them — pages, PDFs,
messages — so "4/12" can never be read as the 12th of April. Machine formats (the API, <input
type="date"> values, <time datetime>) stay ISO 8601 and do not come from here.

Named formats for the `date`/`time` filters; the few shapes Django has no name for (a date with its
weekday) live beside them in program/dates.py.
"""

DATE_FORMAT = "j M Y"  # 4 Dec 2026
SHORT_DATE_FORMAT = "j M Y"  # never 04/12/2026: day-first digits are misread by visitors
MONTH_DAY_FORMAT = "j M"  # 4 Dec
YEAR_MONTH_FORMAT = "M Y"  # Dec 2026
TIME_FORMAT = "H:i"  # 20:00
DATETIME_FORMAT = "j M Y, H:i"  # 4 Dec 2026, 20:00
SHORT_DATETIME_FORMAT = "j M Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Typed input: ISO first (it is also how a DateInput renders its value), then day-first forms people
# type ("4/12/2026", "4-12-2026", "4 Dec 2026"). Never month-first.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # 2026-12-04
    "%d/%m/%Y",  # 4/12/2026
    "%d/%m/%y",  # 4/12/26
    "%d-%m-%Y",  # 4-12-2026
    "%d.%m.%Y",  # 4.12.2026
    "%d %b %Y",  # 4 Dec 2026
    "%d %B %Y",  # 4 December 2026
]
TIME_INPUT_FORMATS = ["%H:%M", "%H:%M:%S", "%H:%M:%S.%f"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M",
]
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
