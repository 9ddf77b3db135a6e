"""A twelfth held-out corpus for the identifier detector (supervision/contacts/deidentify.py): held-out L.

Written blind for issue 12's twelfth round by two authors who never opened the detector, its tests or
its other corpora and never ran the detector on their notes, from one brief (the eleven kinds, at
least 300 identifying and 310 ordinary notes each, about 15 % of the ordinary ones about a public
figure or a fictional character of the author's own choosing, invented identifiers with valid
checksums), each with their own styles and cohorts:

- part 1 (`deidentify_heldout_l1.py`): long rambling notes by night-shift and rural-placement
  supporters, bullet points with arrows and abbreviations, quoted e-mails and group chats, English
  as a second language, wards, rosters and exam timetables; Filipino, Indonesian, Korean, Japanese,
  Hmong, Lao, Khmer, Nepali, Sinhalese, Punjabi, Gujarati, Bengali, Persian, Kurdish, Turkish,
  Lebanese, Egyptian, Somali, Amharic, Tigrinya, Yoruba, Igbo, Pacific, Māori, Torres Strait
  Islander and European names;
- part 2 (`deidentify_heldout_l2.py`): one-line lowercase notes, phone typing with autocorrect slips
  and emoji, formal third-person handovers, SOAP and SBAR, sport, faith, music, films, games and
  internet culture, English mixed with other languages; Chinese, Taiwanese, Hong Kong, Malaysian,
  Singaporean, South Indian, Pakistani, Afghan, Middle Eastern, Sudanese and South Sudanese,
  Congolese, Ghanaian, Kenyan, Ethiopian, Latin American, European, Jewish, Anglo-Australian and
  Aboriginal names.

It was measured once, after the twelfth round's rules are final and committed, and only then read
(docs/privacy.md). Both parts share the brief's directory numbers and student-number pattern.
"""

from __future__ import annotations

from tests.supervision import deidentify_heldout_l1 as part_1
from tests.supervision import deidentify_heldout_l2 as part_2

assert part_1.DIRECTORY_NUMBERS == part_2.DIRECTORY_NUMBERS
assert part_1.STUDENT_ID_PATTERN == part_2.STUDENT_ID_PATTERN
DIRECTORY_NUMBERS = part_1.DIRECTORY_NUMBERS
STUDENT_ID_PATTERN = part_1.STUDENT_ID_PATTERN
IDENTIFYING: list[tuple[str, str]] = part_1.IDENTIFYING + part_2.IDENTIFYING
ORDINARY: list[str] = part_1.ORDINARY + part_2.ORDINARY
