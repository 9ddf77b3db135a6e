"""An eleventh held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out K.

Written blind for issue 12's eleventh round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from one brief (the eleven kinds, at
least 280 identifying and 290 ordinary notes each, hard ordinary cases, invented identifiers with
valid checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_k1.py`): notes by tired or upset supporters (fragments, self-
  corrections), pasted text conversations with timestamps and emoji, after-hours on-call escalations,
  university systems (portals, logins, usernames, links), money and rosters crowded with numbers,
  British, Irish, South African, NZ and American spellings and slang;
- part 2 (`deidentify_heldout_k2.py`): checklists, supervisors reviewing a supporter's note in the
  third person, placements crowded with wards, titles, drugs and scores, sport, music, gaming and
  faith events, characters and public figures, English mixed with other languages, one- or
  two-sentence notes.

It is measured once, after the eleventh round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_k1 as part_1
from tests.supervision import deidentify_heldout_k2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
