"""Small-cell suppression (SPEC 3 rule 5): examples, and an independent attacker that must fail.

The attacker here does not reuse the implementation's interval formula: for each hidden cell it
enumerates the values the cell could take and keeps those for which the other hidden cells can still
make up the rest, by a subset-sum search over their possible values.
"""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from succession.suppression import Breakdown, Cell, CellState, suppress


def labelled(*counts: int) -> dict[str, int]:
    return {f"cell {index}": count for index, count in enumerate(counts)}


def texts(breakdown: Breakdown) -> list[str]:
    return [cell.text for cell in breakdown.cells]


# --- The attacker ------------------------------------------------------------------------------------


def domain(state: CellState, threshold: int, total: int) -> range:
    """What a mark tells: “<t” is 0 to t−1, “—” is t or more; no cell can exceed the total."""
    if state == CellState.SMALL:
        return range(min(threshold, total + 1))
    return range(threshold, total + 1)


def reachable_sums(domains: list[range], cap: int) -> set[int]:
    """Every sum of one value from each domain, up to `cap` (subset-sum, one domain at a time)."""
    sums = {0}
    for values in domains:
        sums = {s + v for s in sums for v in values if s + v <= cap}
    return sums


def feasible_values(breakdown: Breakdown, threshold: int, states: list[CellState]) -> list[set[int]]:
    """For each hidden cell (given the marks `states`), every value consistent with what is shown."""
    total = breakdown.total
    assert total is not None
    shown = sum(cell.count or 0 for cell in breakdown.cells if cell.shown)
    domains = [domain(state, threshold, total) for state in states]
    result = []
    for index, values in enumerate(domains):
        others = domains[:index] + domains[index + 1 :]
        # Additive: the hidden cells make up the total exactly. Multi-response: at least the total,
        # each cell at most the total (so sums never need to exceed len × total).
        sums = reachable_sums(others, cap=total * (len(domains) + 1))
        if breakdown.additive:
            result.append({v for v in values if total - shown - v in sums})
        else:
            result.append({v for v in values if any(v + s >= total - shown for s in sums)})
    return result


def hidden_states(breakdown: Breakdown) -> list[CellState]:
    return [cell.state for cell in breakdown.cells if not cell.shown]


def attack(breakdown: Breakdown, threshold: int) -> list[set[int]]:
    return feasible_values(breakdown, threshold, hidden_states(breakdown))


def hide(counts: list[int], total: int, threshold: int, extra: tuple[int, ...], additive: bool) -> Breakdown:
    """The table with small cells and `extra` hidden, built by hand for the brute-force check."""
    cells = []
    for index, count in enumerate(counts):
        if count < threshold:
            cells.append(Cell(f"cell {index}", CellState.SMALL, f"<{threshold}"))
        elif index in extra:
            cells.append(Cell(f"cell {index}", CellState.COMPLEMENTARY, "—"))
        else:
            cells.append(Cell(f"cell {index}", CellState.SHOWN, str(count), count, 0))
    return Breakdown(cells, str(total), total, threshold, additive)


# --- Examples ----------------------------------------------------------------------------------------


def test_a_breakdown_with_nothing_small_is_shown_whole_with_percentages() -> None:
    breakdown = suppress(labelled(10, 30), 40, threshold=5)
    assert texts(breakdown) == ["10", "30"]
    assert [cell.percent for cell in breakdown.cells] == [25, 75]
    assert breakdown.total_text == "40" and not breakdown.withheld


def test_one_small_cell_takes_another_with_it() -> None:
    # 3 alone would be the total less the rest; hiding 20 as well leaves 3 anywhere in 0–4.
    breakdown = suppress(labelled(3, 20, 30), 53, threshold=5)
    assert texts(breakdown) == ["<5", "—", "30"]
    assert [cell.percent for cell in breakdown.cells] == [None, None, 57]
    assert all(len(values) > 1 for values in attack(breakdown, 5))


@pytest.mark.parametrize(("pair", "why"), [((0, 0), "sum 0"), ((4, 4), "sum 2 × (t − 1)")])
def test_two_small_cells_whose_sum_is_pinned_at_an_end_take_a_third(pair: tuple[int, int], why: str) -> None:
    counts = labelled(*pair, 12, 30)
    breakdown = suppress(counts, sum(counts.values()), threshold=5)
    assert texts(breakdown) == ["<5", "<5", "—", "30"], why
    assert all(len(values) > 1 for values in attack(breakdown, 5))
    # Without the third, the attacker would pin both.
    bare = hide(list(counts.values()), sum(counts.values()), 5, (), True)
    assert all(len(values) == 1 for values in attack(bare, 5))


def test_the_complementary_cell_is_the_smallest_that_leaves_the_small_cells_their_whole_range() -> None:
    # 0 + 6 − 5 leaves the small cell only 0 or 1; 0 + 9 leaves it all of 0–4.
    breakdown = suppress(labelled(0, 6, 9, 40), 55, threshold=5)
    assert texts(breakdown) == ["<5", "6", "—", "40"]
    assert attack(breakdown, 5)[0] == {0, 1, 2, 3, 4}


def test_a_total_under_the_threshold_withholds_the_breakdown() -> None:
    breakdown = suppress(labelled(1, 2, 0), 3, threshold=5)
    assert breakdown.withheld and breakdown.cells == [] and breakdown.total_text == "<5"
    assert breakdown.total is None


def test_every_cell_small_is_shown_when_no_cell_can_be_worked_out() -> None:
    breakdown = suppress(labelled(1, 2, 3), 6, threshold=5)
    assert texts(breakdown) == ["<5", "<5", "<5"] and breakdown.total_text == "6"
    assert all(len(values) > 1 for values in attack(breakdown, 5))


def test_every_cell_small_and_at_its_largest_is_withheld() -> None:
    # 12 = 3 × 4: every “<5” would have to be 4.
    breakdown = suppress(labelled(4, 4, 4), 12, threshold=5)
    assert breakdown.withheld and breakdown.total_text == "12"


def test_a_table_no_complementary_cell_can_protect_is_withheld() -> None:
    # Two zeros and a cell of exactly 5: hiding the 5 leaves the hidden cells no slack (0 + 0 + 5).
    breakdown = suppress(labelled(0, 0, 5), 5, threshold=5)
    assert breakdown.withheld and breakdown.total_text == "5"


def test_breakdowns_by_year_level_use_their_own_threshold_and_the_total_its_own() -> None:
    # Seven supporters in all (shown: over 5) but every year level under 10.
    breakdown = suppress(labelled(0, 0, 7, 0), 7, threshold=10, total_threshold=5)
    assert texts(breakdown) == ["<10"] * 4 and breakdown.total_text == "7"
    assert all(len(values) > 1 for values in attack(breakdown, 10))


def test_a_multi_response_breakdown_is_not_a_sum_so_small_cells_alone_are_safe() -> None:
    # 20 contacts, every one about academic matters, three also about placement.
    breakdown = suppress(labelled(20, 3, 0), 20, threshold=5, additive=False)
    assert texts(breakdown) == ["20", "<5", "<5"]
    assert breakdown.cells[0].percent == 100


def test_a_multi_response_breakdown_that_leaves_exactly_the_small_cells_maximum_hides_one_more() -> None:
    # 14 contacts, 10 shown in one cell: the other must hold at least 4, so “<5” would mean 4.
    breakdown = suppress(labelled(4, 10), 14, threshold=5, additive=False)
    assert texts(breakdown) == ["<5", "—"]
    assert all(len(values) > 1 for values in attack(breakdown, 5))


def test_inconsistent_input_is_refused() -> None:
    with pytest.raises(ValueError, match="add up"):
        suppress(labelled(1, 2), 4, threshold=5)
    with pytest.raises(ValueError, match="exceed"):
        suppress(labelled(9), 4, threshold=5, additive=False)
    with pytest.raises(ValueError, match="negative"):
        suppress(labelled(-1, 5), 4, threshold=5)


# --- Properties --------------------------------------------------------------------------------------


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[int], int, int, int, bool]:
    """Small tables (so the attacker's search stays quick), rich in small and boundary counts."""
    threshold = draw(st.sampled_from([5, 10]))
    total_threshold = draw(st.sampled_from([5, threshold]))
    cell = st.one_of(
        st.integers(0, threshold - 1),
        st.sampled_from([threshold, threshold + 1, 2 * threshold - 1]),
        st.integers(threshold, 3 * threshold),
    )
    counts = draw(st.lists(cell, min_size=1, max_size=5))
    additive = draw(st.booleans())
    # Multi-response: every contact in at least one cell, so the total lies between the largest cell
    # (everyone in it) and the sum (nobody in two).
    total = sum(counts) if additive else draw(st.integers(max(counts), sum(counts)))
    return counts, total, threshold, total_threshold, additive


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
@example(([0, 0, 12, 30], 42, 5, 5, True))
@example(([4, 4, 30, 40], 78, 5, 5, True))
@example(([4, 4, 4], 12, 5, 5, True))
@example(([3, 9, 9], 21, 10, 5, True))
@example(([4, 10], 14, 5, 5, False))
def test_the_attacker_cannot_recover_any_hidden_cell(table: tuple[list[int], int, int, int, bool]) -> None:
    counts, total, threshold, total_threshold, additive = table
    breakdown = suppress(
        labelled(*counts), total, threshold=threshold, total_threshold=total_threshold, additive=additive
    )
    if breakdown.withheld:
        assert breakdown.cells == []
        assert (breakdown.total is None) == (total < total_threshold)
        return
    assert breakdown.total == total
    for cell, count in zip(breakdown.cells, counts, strict=True):
        # Every small count hidden; shown counts are true, with percentages only beside them.
        assert (cell.state == CellState.SMALL) == (count < threshold)
        assert cell.shown == (cell.count is not None) == (cell.percent is not None)
        if cell.shown:
            assert cell.count == count and cell.text == str(count)
    hidden_counts = [count for cell, count in zip(breakdown.cells, counts, strict=True) if not cell.shown]
    for true_value, values in zip(hidden_counts, attack(breakdown, threshold), strict=True):
        assert true_value in values  # the attacker is sound: the truth is always among its answers
        assert len(values) > 1, f"a hidden cell was pinned to {values}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
@example(([0, 0, 5], 5, 5, 5, True))
@example(([4, 4, 4], 12, 5, 5, True))
def test_a_breakdown_is_withheld_only_when_no_choice_of_hidden_cells_protects_it(
    table: tuple[list[int], int, int, int, bool],
) -> None:
    counts, total, threshold, total_threshold, additive = table
    breakdown = suppress(
        labelled(*counts), total, threshold=threshold, total_threshold=total_threshold, additive=additive
    )
    if not breakdown.withheld or total < total_threshold:
        return
    larger = [index for index, count in enumerate(counts) if count >= threshold]
    for size in range(len(larger) + 1):
        for extra in combinations(larger, size):
            table_with = hide(counts, total, threshold, extra, additive)
            assert any(len(values) <= 1 for values in attack(table_with, threshold)), (
                f"hiding {extra} would have protected {counts}"
            )
