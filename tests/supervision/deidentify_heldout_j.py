"""A tenth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out J.

Written blind for issue 12's tenth round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from one brief (the eleven kinds, at
least 280 identifying and 290 ordinary notes each, hard ordinary cases, invented identifiers with
valid checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_j1.py`): structured app-form notes, handovers between supporters,
  supporters' group chats, notes describing posts, screenshots and DMs, several people in one
  sentence, dictation artefacts, notes crowded with numbers that identify no one;
- part 2 (`deidentify_heldout_j2.py`): reflective journal entries, supervisors' summaries of several
  contacts, English as a second language, rural and remote clinical schools, typos and autocorrect,
  public things named for people beside private people, very short notes.

It is measured once, after the tenth round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_j1 as part_1
from tests.supervision import deidentify_heldout_j2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
