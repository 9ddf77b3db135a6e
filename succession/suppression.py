"""Small-cell suppression for the program report (SPEC 3 rule 5): what of a one-dimensional breakdown
may be shown so that no count under the threshold can be recovered.

The attacker we protect against sees everything a report shows — the shown cells, the shown total,
the percentages — and knows the rules: a cell shown as “<5” holds 0 to 4, a cell shown as “—” holds at
least 5. They also know every table's total, because the same grand total (contacts, active
supporters) appears in several tables, so hiding it in one place would not hide it. From that they
try to pin each hidden cell to one value. A breakdown is *protected* when every hidden cell keeps at
least two possible values; otherwise it is withheld whole and only its total is shown.

The rule, for a breakdown with threshold t (5, or 10 by year level or site) and total T:

1. **The total.** Under the total's own threshold (the program's, 5: the total of a breakdown by site
   is a count of people, not a breakdown) it is shown as “<5” and the breakdown is withheld: every cell
   would be small, and showing which ones are zero would say who is there. This covers a table where
   every count is tiny.
2. **Primary suppression.** Every cell under t, zero included, is shown as “<t”. Zero is suppressed too:
   a shown 0 beside a “<5” would tell the “<5” holds at least one, and a table of zeros and one small
   count tells which category every few people fell into.
3. **Complementary suppression.** The hidden cells of an *additive* table (each unit in exactly one
   cell, so the cells add up to the total) add up to a known remainder R = T − (shown cells). Their
   possible values are intervals ([0, t−1] for “<t”, [t, R] for “—”), and the sums of intervals are
   intervals, so each hidden cell's possible values are an interval too (see `attacker_ranges`). Two
   kinds of table pin a cell: one small cell alone (R is its value), and small cells whose remainder
   sits at an end of its range — two “<5” cells adding up to 0 or to 8. One more hidden cell from the
   shown ones unpins them as long as the hidden cells have one unit of slack above their minimums
   (R ≥ t·|—| + 1). We prefer, in order: no extra cell if the small cells alone keep their whole range
   [0, t−1]; the smallest shown cell that gives them their whole range; no extra cell if they alone keep
   two values; the smallest shown cell that keeps two values; otherwise the breakdown is withheld (say,
   two cells of 0 and one cell of exactly 5: no choice helps). Hiding two extra cells never protects a
   table that one cannot: two have slack only if the small cells or one of the two have it.
4. **Multi-response tables** (a contact raises several concerns) do not add up to the total: each unit is
   in at least one cell, so the cells add up to *at least* the total. We never show their sum, and the
   attacker's only relation is Σ ≥ T; that pins a small cell only when the shown cells leave exactly
   |small|·(t−1) to find. Hiding one shown cell (which can be as large as the total) unpins it.
5. **Percentages** are shown only beside shown cells, of the shown total, so they repeat what is
   already shown and reveal nothing about hidden cells.

Safe against this attacker, tested by an independent one in tests/succession/test_suppression.py. This
protects one table. Across tables and reports the counts fed in are already perturbed (program/aggregates.py;
docs/privacy.md, "Aggregates: suppression method"), which is what keeps two reports from being subtracted.
The report keeps label sets fixed (every month, every risk level, every year level; small sites pooled
unnamed) so that which rows appear reveals nothing either. Known limits: an attacker who also knows
*which* shown cell this rule picks (the smallest that works) learns that the “—” cell is no larger than
the shown ones, which with ties can narrow a range further; and relations *between* tables beyond the
shared total are not modelled (a high-risk contact needs a risk-response action, so those action rows
add up to at least the high-risk contacts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

COMPLEMENTARY_MARK = "—"


class CellState(StrEnum):
    SHOWN = "shown"
    SMALL = "small"  # primary suppression: under the threshold
    COMPLEMENTARY = "complementary"  # hidden so that the small cells cannot be worked out


@dataclass(frozen=True)
class Cell:
    label: str
    state: CellState
    text: str  # what the report prints: "12", "<5" or "—"
    count: int | None = None  # only for shown cells
    percent: int | None = None  # only for shown cells, of the shown total

    @property
    def shown(self) -> bool:
        return self.state == CellState.SHOWN


@dataclass(frozen=True)
class Breakdown:
    """A breakdown as it may be shown. `cells` is empty when the breakdown is withheld."""

    cells: list[Cell]
    total_text: str
    total: int | None  # None when the total itself is under its threshold
    threshold: int
    additive: bool
    withheld: bool = False
    note: str = ""
    # The largest shown count, for scaling a chart.
    largest: int = field(default=0)

    @property
    def has_small(self) -> bool:
        return any(cell.state == CellState.SMALL for cell in self.cells)

    @property
    def has_complementary(self) -> bool:
        return any(cell.state == CellState.COMPLEMENTARY for cell in self.cells)


def attacker_ranges(
    hidden: list[CellState], remainder: int, threshold: int, *, additive: bool, total: int
) -> list[tuple[int, int]]:
    """The possible values of each hidden cell given what is shown (min, max; min > max: impossible).

    Additive tables: the hidden cells add up to `remainder`. Multi-response tables: they add up to at
    least `remainder` (which may be negative: nothing to find) and each is at most `total`.
    """
    bounds = [_bounds(state, threshold, total) for state in hidden]
    low_sum = sum(low for low, _ in bounds)
    high_sum = sum(high for _, high in bounds)
    ranges = []
    for low, high in bounds:
        others_low, others_high = low_sum - low, high_sum - high
        if additive:
            ranges.append((max(low, remainder - others_high), min(high, remainder - others_low)))
        else:
            ranges.append((max(low, remainder - others_high), high))
    return ranges


def _bounds(state: CellState, threshold: int, total: int) -> tuple[int, int]:
    """What the marks say: “<t” is 0 to t−1, “—” at least t; no cell exceeds the total."""
    if state == CellState.SMALL:
        return 0, min(threshold - 1, total)
    return threshold, max(total, threshold)


def _protected(
    hidden: list[CellState], remainder: int, threshold: int, *, additive: bool, total: int
) -> bool:
    return all(
        high - low >= 1
        for low, high in attacker_ranges(hidden, remainder, threshold, additive=additive, total=total)
    )


def _full(hidden: list[CellState], remainder: int, threshold: int, *, additive: bool, total: int) -> bool:
    """Every small cell keeps the whole [0, t−1]: the attacker learns nothing beyond “<t”."""
    ranges = attacker_ranges(hidden, remainder, threshold, additive=additive, total=total)
    return _protected(hidden, remainder, threshold, additive=additive, total=total) and all(
        (low, high) == _bounds(state, threshold, total)
        for state, (low, high) in zip(hidden, ranges, strict=True)
        if state == CellState.SMALL
    )


def _choose_complementary(
    counts: list[int], small_cells: set[int], threshold: int, *, additive: bool, total: int
) -> set[int] | None:
    """The extra cells to hide (possibly none), or None when no choice protects the breakdown."""
    small_sum = sum(counts[i] for i in small_cells)
    alone = [CellState.SMALL] * len(small_cells)
    with_one = [*alone, CellState.COMPLEMENTARY]
    # Remainders as the attacker computes them: additive, what the hidden cells add up to; multi-response,
    # what they must at least add up to (the total less the shown cells).
    shown_sum = sum(c for i, c in enumerate(counts) if i not in small_cells)

    def remainder(extra: int) -> int:
        return small_sum + extra if additive else total - (shown_sum - extra)

    # Smallest first (then in label order): hiding the smallest shown cell loses the least.
    candidates = sorted((c, i) for i, c in enumerate(counts) if i not in small_cells)

    def full(hidden: list[CellState], rest: int) -> bool:
        return _full(hidden, rest, threshold, additive=additive, total=total)

    def protected(hidden: list[CellState], rest: int) -> bool:
        return _protected(hidden, rest, threshold, additive=additive, total=total)

    if full(alone, remainder(0)):
        return set()
    for count, index in candidates:
        if full(with_one, remainder(count)):
            return {index}
    if protected(alone, remainder(0)):
        return set()
    for count, index in candidates:
        if protected(with_one, remainder(count)):
            return {index}
    return None


def suppress(
    counts: Mapping[str, int],
    total: int,
    *,
    threshold: int,
    total_threshold: int | None = None,
    additive: bool = True,
) -> Breakdown:
    """What of `counts` (label → count, in display order) may be shown beside `total`.

    Additive: the counts add up to `total`. Otherwise (multi-response) every unit of `total` is counted
    in at least one cell and no cell exceeds `total`. `total_threshold` defaults to `threshold`.
    """
    values = list(counts.values())
    if any(value < 0 for value in values) or total < 0:
        raise ValueError("Counts cannot be negative.")
    if additive and sum(values) != total:
        raise ValueError("An additive breakdown must add up to its total.")
    if not additive and any(value > total for value in values):
        raise ValueError("No cell of a multi-response breakdown can exceed its total.")
    total_threshold = threshold if total_threshold is None else total_threshold
    if total < total_threshold:
        return Breakdown(
            [],
            f"<{total_threshold}",
            None,
            threshold,
            additive,
            withheld=True,
            note=f"Fewer than {total_threshold} in all: not broken down.",
        )
    small_cells = {i for i, value in enumerate(values) if value < threshold}
    extra: set[int] | None = set()
    if small_cells:
        extra = _choose_complementary(values, small_cells, threshold, additive=additive, total=total)
    if extra is None:
        return Breakdown(
            [],
            str(total),
            total,
            threshold,
            additive,
            withheld=True,
            note="Not broken down: the small counts could be worked out from the rest.",
        )
    cells = []
    for index, (label, value) in enumerate(counts.items()):
        if index in small_cells:
            cells.append(Cell(label, CellState.SMALL, f"<{threshold}"))
        elif index in extra:
            cells.append(Cell(label, CellState.COMPLEMENTARY, COMPLEMENTARY_MARK))
        else:
            percent = round(100 * value / total) if total else 0
            cells.append(Cell(label, CellState.SHOWN, str(value), value, percent))
    largest = max((cell.count or 0 for cell in cells), default=0)
    return Breakdown(cells, str(total), total, threshold, additive, largest=largest)
