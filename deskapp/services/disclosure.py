"""Small counts of people hidden so that none can be worked out again.

A breakdown hides its counts from 1 to ``threshold - 1`` (primary suppression). That
alone is not enough: when the total is shown, a breakdown with a single hidden cell
gives it away by subtraction (94 - 18 - 7 - 65 = 4 people with a disability). So some
other cells are hidden too (secondary, or complementary, suppression).

The test a hidden cell must pass: from what is shown (the other cells, the total, and
that no count is negative) an outsider can only say it lies between some lowest and
highest value; that range must be at least ``threshold`` wide. For breakdowns that
each add up to one shared total (participants by gender, by age, by status, each
disadvantage question), with no cross-tabulation between them:

- when the total is shown, a breakdown's hidden cells are known to add up to
  R = total - shown cells; and since zeros are shown, each hidden cell is known to be
  at least 1. With k cells hidden, each lies anywhere from 1 to R - (k - 1), a range
  R - k wide. So: at least two hidden cells, and R >= threshold + k. Cells are added
  smallest first among the shown non-zero ones (each is at least ``threshold``, so
  each added cell widens the range); when even every cell hidden is not enough, the
  breakdown cannot be protected with the total shown, and the report is published as
  for a small total (below);
- a total from 1 to ``threshold - 1`` is itself hidden, and so is every cell of every
  breakdown, zeros too: no breakdown is shown whole, so the total cannot be read off
  one, and no hidden cell has an upper bound. The zeros go with them because beside a
  lone hidden cell they would say what every one of those few people is ("disability:
  yes hidden, no 0, declined 0, not asked 0").

Breakdowns sharing the total do not tell more about each other than the total does,
as long as none crosses two of them (gender by age would need its own rule).

Otherwise zeros are shown: they are not small counts of anybody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Published:
    """What may be shown: the total and each breakdown, ``None`` where hidden."""

    total: int | None
    breakdowns: list[list[int | None]]


def _small(value: int, threshold: int) -> bool:
    return 0 < value < threshold


def protect(total: int, breakdowns: Sequence[Sequence[int]], threshold: int) -> Published:
    """Hide the small counts of ``breakdowns`` (each adding up to ``total``) and enough
    other cells that none of them can be narrowed down below ``threshold``."""
    for cells in breakdowns:
        if sum(cells) != total or any(c < 0 for c in cells):
            raise ValueError("a breakdown must be non-negative and add up to its total")
    if threshold <= 1:
        return Published(total, [list(cells) for cells in breakdowns])
    if _small(total, threshold):
        return Published(None, [[None] * len(cells) for cells in breakdowns])
    published: list[list[int | None]] = []
    for cells in breakdowns:
        hidden = {i for i, value in enumerate(cells) if _small(value, threshold)}
        if hidden:
            # Zeros are shown, so a hidden cell is known to be at least 1: the hidden
            # cells' sum must leave each a range of ``threshold`` (see above).
            while len(hidden) < 2 or sum(cells[i] for i in hidden) < threshold + len(hidden):
                candidates = [i for i, value in enumerate(cells) if i not in hidden and value]
                if not candidates:
                    # Even hidden whole, this breakdown would give its cells away
                    # beside the total: the total and every breakdown are hidden.
                    return Published(None, [[None] * len(c) for c in breakdowns])
                # The smallest shown non-zero cell: it hides the least.
                hidden.add(min(candidates, key=lambda i: (cells[i], i)))
        published.append([None if i in hidden else value for i, value in enumerate(cells)])
    return Published(total, published)
