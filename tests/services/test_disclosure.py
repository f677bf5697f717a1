"""Hidden cells stay hidden: whatever the report shows (the other cells, the totals, the
fact that counts are not negative), nobody can pin a hidden count down to a range
narrower than the threshold.

The ranges are worked out here by trying every value, not with the module's own rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.services.disclosure import Published, protect

pytestmark = pytest.mark.both_engines


def _known_total(published: Published) -> int | None:
    """The total as an outsider knows it: shown, or the sum of a breakdown shown whole."""
    if published.total is not None:
        return published.total
    for cells in published.breakdowns:
        if all(c is not None for c in cells):
            return sum(c for c in cells if c is not None)
    return None


def _ranges(published: Published) -> list[tuple[int, int, int, float]]:
    """(breakdown, cell, lowest, highest) of every hidden cell: each value a hidden cell
    could take while the cells hidden beside it stay non-negative and the breakdown
    adds up to the total. Unbounded (inf) when the total is not known."""
    total = _known_total(published)
    found = []
    for b, cells in enumerate(published.breakdowns):
        hidden = [i for i, c in enumerate(cells) if c is None]
        if total is None:
            found += [(b, i, 0, float("inf")) for i in hidden]
            continue
        rest = total - sum(c for c in cells if c is not None)
        # Zeros are shown: an outsider knows a hidden cell is at least 1 (unless the
        # whole report is hidden, handled above).
        low = 1
        for i in hidden:
            others = len(hidden) - 1
            possible = [
                v
                for v in range(low, rest + 1)
                # the other hidden cells must take up exactly rest - v, each >= low
                if (others == 0 and rest - v == 0) or (others > 0 and rest - v >= others * low)
            ]
            found.append((b, i, min(possible), max(possible)))
    return found


def _assert_safe(published: Published, threshold: int) -> None:
    for b, i, low, high in _ranges(published):
        assert high - low >= threshold, (b, i, low, high, published)


def test_the_desk_whose_disability_count_was_a_subtraction():
    # 94 participants at one desk; disability: yes 4, no 18, declined 7, not asked 65.
    # Hiding the 4 alone gives it away: 94 - 18 - 7 - 65 = 4.
    published = protect(94, [[4, 18, 7, 65]], threshold=5)
    assert published.total == 94
    cells = published.breakdowns[0]
    assert cells[0] is None
    assert sum(c is None for c in cells) >= 2  # a second cell hides the first
    assert cells[3] == 65  # the largest stays: the smallest shown cell is the one hidden
    assert cells == [None, 18, None, 65]
    _assert_safe(published, 5)


def test_two_small_cells_known_to_be_at_least_one_need_a_wider_sum():
    # Hidden 2 and 3 add up to 5 and each is at least 1: each is 1..4, narrower than 5.
    # The 45 goes too; the breakdown shows nothing but the total, each cell 1..49.
    published = protect(50, [[2, 3, 45]], threshold=5)
    assert published.breakdowns == [[None, None, None]]
    _assert_safe(published, 5)


def test_ones_that_add_up_to_the_threshold_are_not_hidden_enough():
    # The reviewer's case: 1 + 1 = 2 at threshold 2 pins both to exactly 1.
    published = protect(100, [[1, 80, 1, 18]], threshold=2)
    assert published.breakdowns == [[None, 80, None, None]]
    _assert_safe(published, 2)


def test_a_breakdown_that_cannot_be_protected_hides_the_whole_report():
    # 5 people, 1 + 1 + 1 + 2: hidden whole, each cell would still be 1..2.
    published = protect(5, [[1, 1, 1, 2], [5, 0]], threshold=5)
    assert published.total is None
    assert published.breakdowns == [[None] * 4, [None, None]]


def test_two_small_cells_below_the_threshold_together_take_a_third():
    # 1 + 2 = 3: hidden together, each is still known to be 0..3.
    published = protect(60, [[1, 2, 20, 37]], threshold=5)
    assert published.breakdowns == [[None, None, None, 37]]
    _assert_safe(published, 5)


def test_a_two_cell_breakdown_with_one_small_cell_is_hidden_whole():
    published = protect(94, [[3, 91]], threshold=5)
    assert published.breakdowns == [[None, None]]
    _assert_safe(published, 5)


def test_zeros_and_large_cells_are_shown_and_nothing_is_hidden_without_need():
    published = protect(40, [[0, 40], [10, 30], [5, 35]], threshold=5)
    assert published == Published(40, [[0, 40], [10, 30], [5, 35]])
    assert protect(7, [[3, 4]], threshold=0) == Published(7, [[3, 4]])


def test_a_total_below_the_threshold_is_hidden_with_every_count_of_its_people():
    # Three people: every breakdown of them would be read against the total, and
    # [0, hidden, 0] would say that all three are in the middle cell.
    published = protect(3, [[2, 1], [0, 3, 0], [3, 0]], threshold=5)
    assert published.total is None
    assert published.breakdowns == [[None, None], [None, None, None], [None, None]]
    _assert_safe(published, 5)


def test_breakdowns_must_add_up_to_their_total():
    with pytest.raises(ValueError):
        protect(10, [[3, 4]], threshold=5)


@st.composite
def _partitions(draw: st.DrawFn) -> tuple[int, list[list[int]], int]:
    total = draw(st.integers(min_value=0, max_value=60))
    breakdowns = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        size = draw(st.integers(min_value=2, max_value=6))
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=size - 1, max_size=size - 1)))
        edges = [0, *cuts, total]
        breakdowns.append([edges[k + 1] - edges[k] for k in range(size)])
    return total, breakdowns, draw(st.integers(min_value=1, max_value=10))


@settings(max_examples=400, deadline=None)
@given(_partitions())
def test_no_hidden_cell_of_any_breakdown_can_be_narrowed_below_the_threshold(case):
    total, breakdowns, threshold = case
    published = protect(total, breakdowns, threshold)
    _assert_safe(published, threshold)
    # Every small count is hidden; what is shown is the true figure.
    for cells, shown in zip(breakdowns, published.breakdowns, strict=True):
        for value, out in zip(cells, shown, strict=True):
            assert out is None if 0 < value < threshold else out in (None, value)
    assert published.total in (None, total)
    if 0 < total < threshold:
        assert published.total is None  # else hidden only when no breakdown could be protected
    if published.total is None:  # nothing said about those few people
        assert all(c is None for cells in published.breakdowns for c in cells)
