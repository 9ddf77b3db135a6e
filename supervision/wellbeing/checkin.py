"""The weekly check-in instrument.

The four burnout items are adapted from the personal-burnout scale of the Copenhagen
Burnout Inventory (Kristensen, Borritz, Villadsen & Christensen, Work & Stress 19(3),
2005), which its authors at the Danish National Research Centre for the Working
Environment made freely available for use without permission or fee. We ask about the
past week instead of in general, keep the CBI's five frequency answers (scored 0–4, so
the mean × 25 gives the CBI's 0–100 score) and drop two items to keep a phone check-in
under a minute. The distress item is an unbranded 0–10 rating, not a licensed instrument.
"""

from __future__ import annotations

FREQUENCY = [(0, "Never or almost never"), (1, "Seldom"), (2, "Sometimes"), (3, "Often"), (4, "Always")]

ITEMS: list[tuple[str, str]] = [
    ("tired", "In the past week, how often did you feel tired?"),
    ("worn_out", "How often were you physically worn out?"),
    ("emotionally_exhausted", "How often were you emotionally exhausted?"),
    ("cant_take_it", "How often did you think: “I can't take it any more”?"),
]


# A check-in at or above this CBI score is shown to supervisors as high (the CBI's own
# convention treats 50+ as burnout-range).
HIGH_BURNOUT = 50

# A refusal names its question, so a list of problems at the top of the page (or an API client's error
# body) says which answer is missing without the reader matching field names to questions.
DISTRESS_ASKED = "Overall, how distressed have you felt this week?"


def item_error(name: str) -> str:
    """The refusal for a missing or out-of-range burnout answer, naming the question."""
    return f"{dict(ITEMS)[name]} Choose an answer from 0 (never) to 4 (always)."


DISTRESS_QUESTION = f"{DISTRESS_ASKED} (0 = not at all, 10 = extremely)"
DISTRESS_ERROR = f"{DISTRESS_ASKED} Choose a number from 0 (not at all) to 10 (extremely)."
