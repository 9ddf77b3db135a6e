"""Cell-key perturbation (program/aggregates.py): the same records always give the same published count,
within BOUND of the truth, zero stays zero and nothing goes below it; "<5" is decided on what is
published."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from program.aggregates import BOUND, perturbed, record_key, suppressed


def test_a_published_count_under_the_threshold_shows_as_less_than_it_zero_included() -> None:
    assert [suppressed(n, 5) for n in (0, 1, 4, 5, 17)] == ["<5", "<5", "<5", "5", "17"]
    assert suppressed(9, 10) == "<10"


def test_a_record_keeps_its_key_and_records_of_other_tables_get_others() -> None:
    assert record_key("contact", 7) == record_key("contact", 7)
    assert record_key("contact", 7) != record_key("pause", 7)
    assert record_key("contact", 7) != record_key("contact", 8)


def test_no_records_publish_zero() -> None:
    assert perturbed([]) == 0


@given(st.lists(st.integers(1, 10_000), min_size=1, max_size=40, unique=True))
def test_a_count_moves_by_at_most_the_bound_never_below_zero_whatever_order(pks: list[int]) -> None:
    keys = [record_key("contact", pk) for pk in pks]
    published = perturbed(keys)
    assert published >= 0 and abs(published - len(keys)) <= BOUND
    assert perturbed(reversed(keys)) == published


def test_the_noise_takes_every_value_in_the_bound() -> None:
    # Over many cells of three records each, every offset from -BOUND to BOUND turns up: the attacker
    # cannot rule any of them out, so a published count stands for 2·BOUND + 1 true ones.
    offsets = {perturbed(record_key("contact", pk) for pk in range(n, n + 3)) - 3 for n in range(0, 300, 3)}
    assert offsets == set(range(-BOUND, BOUND + 1))
