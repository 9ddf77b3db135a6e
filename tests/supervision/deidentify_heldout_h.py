"""An eighth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out H.

Written blind for issue 12's eighth round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from one brief (eleven kinds, at least
260 identifying and 240 ordinary notes each, hard ordinary cases, invented identifiers with valid
checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_h1.py`): speech-to-text dictation and voice memos with identifiers
  spoken in words, message exports, bullet handovers, quoted posts, notes by writers whose first
  language is not English, all capitals or all lowercase, notes that open with a name, initials or an
  everyday-word name;
- part 2 (`deidentify_heldout_h2.py`): incident reports, key: value notes, quoted e-mails with
  headers, plain-text tables, number-heavy notes, pair reflections, rural placements and electives,
  staff by title and surname, names that are also places or brands, multi-part surnames, chosen
  names and pronouns.

It is measured once, after the eighth round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_h1 as part_1
from tests.supervision import deidentify_heldout_h2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
