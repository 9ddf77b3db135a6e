"""A seventh held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out G.

Written blind for issue 12's seventh round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from one brief (the eleven kinds, at
least 260 identifying and 240 ordinary notes each, hard ordinary cases, invented identifiers with
valid checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_g1.py`): long reflective supervision journal entries, transcribed
  voicemails, pasted chat logs with timestamps, notes by writers whose first language is not English,
  group debriefs, markdown handovers, autocorrect errors;
- part 2 (`deidentify_heldout_g2.py`): SOAP notes, e-mail-style notes, questions to the supervisor,
  second-person notes, rural and remote placements, chosen names and pronouns, mature-age students
  and parents, very long notes dense with numbers, lowercase unpunctuated notes, dictation errors.

It is measured once, after the seventh round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_g1 as part_1
from tests.supervision import deidentify_heldout_g2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
