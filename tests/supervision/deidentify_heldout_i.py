"""A ninth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out I.

Written blind for issue 12's ninth round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from the same brief as H, each with their
own styles and cohorts:

- part 1 (`deidentify_heldout_i1.py`): phone notes typed at 2 a.m., notes referring back to earlier
  contacts, direct and reported speech, several people in one sentence, everyday-word names in odd
  places, nicknames and shortened names, English names of Chinese students, clinical shorthand,
  supervision e-mails quoting a note;
- part 2 (`deidentify_heldout_i2.py`): SBAR and ISBAR debriefs, supervisors' replies, mature-age,
  international and rural voices, dates in many formats, money and bank shorthand, workplaces and
  sport clubs, online harm with usernames and group chats, long notes with one buried identifier,
  very short notes.

It is measured once, after the ninth round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_i1 as part_1
from tests.supervision import deidentify_heldout_i2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
