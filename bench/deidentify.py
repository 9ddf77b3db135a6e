"""Time the de-identifier on a typical narrative and a 2,000-character note (it runs on every contact POST).

Processor time, best of three rounds: the machine is shared, and wall-clock time there measures the
neighbours as much as the detector. Beside each figure stands a floor measured in the same run on the
same text — Unicode normalisation and splitting into words, which any detector must do — so the ratio
shows what the detection itself costs. Budgets are absolute (2 ms and 5 ms of processor time).

Usage: .venv/bin/python bench/deidentify.py [--pathological]   (exit 1 when a budget fails)

Pathological inputs (shaped to make a careless pattern backtrack) are held to a ratio: no more
processor time per character than ten times an ordinary note's, measured in the same run. CI runs
that part (`--pathological`); the unit tests never time anything.
"""

from __future__ import annotations

import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from supervision.contacts.deidentify import IdentifierDetector  # noqa: E402
from tests.supervision.deidentify_corpus import DIRECTORY_NUMBERS, ORDINARY, STUDENT_ID_PATTERN  # noqa: E402

NARRATIVE = (
    "Met the peer at the library on Tuesday, week 3 of the surgery rotation. She scored 65% on the OSCE "
    "and has been sleeping 3 hours a night, waking at 2am. PHQ-9 of 18 at the GP, started 10 mg "
    "escitalopram. Passive suicidal thoughts, no plan. I gave her Lifeline's number 13 11 14 and the "
    "local line 02 9685 9800. Will check in again on 5 May; her partner will drive her to the GP."
)
WORDS = re.compile(r"\w+")


def best_cpu_ms(call: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(runs):
            call()
        best = min(best, (time.process_time() - started) / runs)
    return best * 1000


def floor(text: str) -> Callable[[], object]:
    return lambda: WORDS.findall(unicodedata.normalize("NFKC", text))


def main() -> int:
    detector = IdentifierDetector(student_id_pattern=STUDENT_ID_PATTERN, allowed_numbers=DIRECTORY_NUMBERS)
    note = " ".join(ORDINARY[:60])[:2000]
    if "--pathological" in sys.argv:  # CI: the ratios alone, which a busy machine does not skew
        return 1 if pathological(detector, note) else 0
    failed = False
    print(f"{'text':<34}{'ours ms':>9}{'floor ms':>10}{'ratio':>8}{'budget ms':>11}  met")
    for name, text, budget in (
        (f"narrative, {len(NARRATIVE)} characters", NARRATIVE, 2.0),
        (f"note, {len(note)} characters", note, 5.0),
    ):
        assert detector.find(text) == [], f"the benchmark text must pass: {name}"
        ours = best_cpu_ms(partial(detector.flag, text), runs=100)
        base = best_cpu_ms(floor(text), runs=100)
        met = ours <= budget
        failed |= not met
        verdict = "yes" if met else "NO"
        print(f"{name:<34}{ours:>9.2f}{base:>10.3f}{ours / base:>8.1f}{budget:>11.1f}  {verdict}")
    failed |= pathological(detector, note)
    return 1 if failed else 0


# Inputs shaped to make a careless pattern backtrack: each must cost no more per character than
# PATHOLOGICAL_RATIO times an ordinary note's, measured in the same run (linear, not quadratic).
PATHOLOGICAL = [
    "1" * 10_000,
    "1 " * 5_000,
    "1-" * 5_000,
    "a." * 5_000,
    "x@" * 5_000,
    "a dot " * 2_000,
    "www." * 2_500,
    "Aaaa " * 2_000,
    "12 Smith " * 1_100,
    "lives at 5 " * 1_000,
    "0412 345 678 " * 770,
    "abc_def " * 1_250,
    "u/abc " * 1_600,
    ("Priyanka 0412 345 678 x@y.com 12 Smith St 3/4/2002 " * 200)[:10_000],
]
PATHOLOGICAL_RATIO = 10.0


def pathological(detector: IdentifierDetector, note: str) -> bool:
    """Print the per-character cost of each pathological input against an ordinary note's; True if
    any is over its budget."""
    per_char = best_cpu_ms(partial(detector.flag, note), runs=20) / len(note)
    failed = False
    print(f"\n{'pathological input':<34}{'ours ms':>9}{'note-rate ms':>14}{'ratio':>8}{'budget':>8}  met")
    for text in PATHOLOGICAL:
        ours = best_cpu_ms(partial(detector.flag, text), runs=1)
        expected = per_char * len(text)
        met = ours <= PATHOLOGICAL_RATIO * expected
        failed |= not met
        name = f"{text[:12]!r} x{len(text)}"
        verdict = "yes" if met else "NO"
        ratio = ours / expected
        print(f"{name:<34}{ours:>9.1f}{expected:>14.1f}{ratio:>8.1f}{PATHOLOGICAL_RATIO:>8.1f}  {verdict}")
    return failed


if __name__ == "__main__":
    sys.exit(main())
