"""A thirteenth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out M.

Written blind for issue 12's thirteenth round by two authors who never opened the detector, its tests,
its gazetteers or its other corpora and never ran the detector on their notes, from one brief (the
eleven kinds, at least 300 identifying and 310 ordinary notes each, about 15 % of the ordinary ones
about a public figure or a fictional character of the author's own choosing, invented identifiers
with valid checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_m1.py`): over-explaining first-year supporters, exhausted final-years on
  surgery and emergency, timelines ("0930 -"), quoted voice messages and DMs, medications, scores and
  lab values, clubs, choirs and church groups, housing, money, visas and jobs; South-East Asian,
  Pacific, Aboriginal, Central Asian, Balkan, Nordic, African, Caribbean and Latin American names,
  many of them also English words, places or brands (Porsche, Memory, Gift, Chelsea);
- part 2 (`deidentify_heldout_m2.py`): forms and spreadsheets ("Name of concern: …"), supervisors
  correcting supporters, Australian slang, second-person notes, song lyrics, books, films, memes,
  gaming, anime, K-pop and sport, English mixed with Arabic, Hindi, Tagalog, Mandarin or Spanish, long
  reflective notes with one identifier deep inside; Anglo-Australian (surnames that are words: Baker,
  Fox, Hope), European, Caucasian, East Asian, Filipino, South Asian, Middle Eastern, North and East
  African, South African and First Nations names.

It was measured once, after the thirteenth round's rules were final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_m1 as part_1
from tests.supervision import deidentify_heldout_m2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
