"""A fourteenth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out N.

Written blind for issue 12's fourteenth round by two authors who never opened the detector, its tests,
its gazetteers or its other corpora and never ran the detector on their notes, from one brief (the
eleven kinds, at least 300 identifying and 310 ordinary notes each, about 15 % of the ordinary ones
about a public figure or a fictional character of the author's own choosing, invented identifiers
with valid checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_n1.py`): rural and remote placements (Aboriginal community-controlled
  services, mining towns, fly-in fly-out), hurried notes with missing words, reported speech, who was
  at a meeting, sexuality and gender, disability and chronic illness, study platforms, podcasts and
  YouTube, supporters who are parents; Aboriginal and Torres Strait Islander, country Australian
  nicknames, British and Irish, Western European, Lusophone, Goan and Anglo-Indian, Malay and
  Indonesian, Filipino, Micronesian and Polynesian names, many of them also words or places (Hope,
  Storm, Darwin, Kimberley);
- part 2 (`deidentify_heldout_n2.py`): supporters' group chats with speaker labels, supervisors' weekly
  summaries, plain-text tables, e-mail threads with signatures, results full of numbers, lowercase
  phone typing, formal academic English, English mixed with Vietnamese, Korean, Japanese, Indonesian,
  Greek, Italian or Arabic words; East and South-East Asian, Burmese peoples, South Asian, Middle
  Eastern Christian and Baha'i, Mediterranean, Slavic, Jewish, African and Latin American names, and
  Anglo-Australians known by a first name and an initial ("Sam T.").

It was measured once, after the fourteenth round's rules were final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_n1 as part_1
from tests.supervision import deidentify_heldout_n2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
