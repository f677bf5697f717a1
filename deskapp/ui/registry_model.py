"""Table model of the person registry: a count, then blocks of ids and pages of rows.

The row count comes from the database's count (or, until it arrives, the first
block's size: ``set_total``); the ids of a row are read with their block (``ID_BLOCK``
ids of the display order) when the view first shows it, and the rows a page at a time.
A block next to one already read is read from that one's first or last row (a keyset,
from the index however deep); any other from the nearer end of the list (the last rows
are read backwards), so the bottom of a million rows costs what the top does. At
1,000,000 people opening the registry reads one block, not a million ids. Sorting asks
the database for a new order (``sort_requested``). Nothing here keeps the whole
registry in memory, and there is no proxy model in front of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from deskapp.models.enums import Country
from deskapp.models.identifier_shapes import format_nir
from deskapp.services.registry import Block, Key, RegistryRow
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label

Index = QModelIndex | QPersistentModelIndex


class FetchRows(Protocol):
    def __call__(self, ids: Sequence[int], /) -> dict[int, RegistryRow]: ...


class ReadBlock(Protocol):
    """``limit`` ids of the display order (as ``deskapp.services.registry.read_block``):
    right after the row at ``after``, right before the one at ``before``, else from
    ``offset`` (``from_end``: ending ``offset`` rows before the last)."""

    def __call__(
        self,
        limit: int,
        *,
        offset: int = 0,
        after: Key | None = None,
        before: Key | None = None,
        from_end: bool = False,
    ) -> Block: ...


def _list_reader(ids: list[int]) -> ReadBlock:
    """Blocks of ``ids`` (already in display order); a row's key is its position."""

    def read(
        limit: int,
        *,
        offset: int = 0,
        after: Key | None = None,
        before: Key | None = None,
        from_end: bool = False,
    ) -> Block:
        if after is not None:
            start = after[0] + 1
        elif before is not None:
            start = max(before[0] - limit, 0)
            limit = before[0] - start
        elif from_end:
            end = max(len(ids) - offset, 0)
            start = max(end - limit, 0)
            limit = end - start
        else:
            start = offset
        chunk = ids[start : start + max(limit, 0)]
        return Block(chunk, (start,), (start + len(chunk) - 1,)) if chunk else Block([])

    return read


def _nothing(limit: int, **_where: Any) -> Block:
    return Block([])


PAGE_SIZE = 200
MAX_CACHED_ROWS = 20_000  # beyond this the cache starts again: memory stays bounded
ID_BLOCK = 1_000  # ids read at once around a row shown; a multiple of PAGE_SIZE
MAX_ID_BLOCKS = 100  # beyond this the blocks read start again


class RegistryModel(QAbstractTableModel):
    COL_NAME, COL_BIRTH, COL_CF, COL_MUNICIPALITY, COL_STATUS, COL_FIRST_CONTACT = range(6)
    # The service's sort key behind each column.
    SORT_KEYS = (
        "name",
        "birth_date",
        "codice_fiscale",
        "municipality",
        "employment_status",
        "first_contact",
    )

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(  # type: ignore[no-untyped-def]
        self, fetch_rows: FetchRows, parent=None, country: Country = Country.IT
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        # The identifier column shows what the desk's country uses: the codice fiscale
        # in Italy, the social security number (NIR) in France.
        self._nir = country is Country.FR
        self.SORT_KEYS = tuple(
            "nir" if self._nir and key == "codice_fiscale" else key for key in self.SORT_KEYS
        )
        self._total = 0
        self._read: ReadBlock = _nothing
        self._blocks: dict[int, Block] = {}  # block number -> its ids and their keys
        self._cache: dict[int, RegistryRow] = {}
        self._headers = [
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Social security no.") if self._nir else self.tr("Codice fiscale"),
            self.tr("Municipality"),
            self.tr("Employment status"),
            self.tr("First contact"),
        ]

    def set_ids(self, ids: list[int]) -> None:
        """Every id, already in display order."""
        self.set_source(len(ids), _list_reader(ids))

    def set_source(self, total: int, read: ReadBlock, first: Block | None = None) -> None:
        """``total`` rows whose ids ``read`` gives by blocks; ``first``: the first block
        of the order, already read (a shorter one when there are fewer rows)."""
        self.beginResetModel()
        self._total = max(total, 0)
        self._read = read
        self._blocks.clear()
        if first is not None and len(first.ids) >= min(ID_BLOCK, self._total):
            self._blocks[0] = first
        self._cache.clear()
        self.endResetModel()

    def set_total(self, total: int) -> None:
        """How many rows there are, now that they are counted: the rows past the ones
        shown so far appear (or, if people went meanwhile, the last ones go)."""
        total = max(total, 0)
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()

    def _block(self, number: int) -> list[int]:
        block = self._blocks.get(number)
        if block is None:
            block = self._blocks[number] = self._read_block(number)
            if len(self._blocks) > MAX_ID_BLOCKS:  # memory bounded; keep the neighbours
                self._blocks = {
                    n: b for n, b in self._blocks.items() if number - 1 <= n <= number + 1
                }
        return block.ids

    def _read_block(self, number: int) -> Block:
        previous, following = self._blocks.get(number - 1), self._blocks.get(number + 1)
        if previous is not None and previous.last is not None and len(previous.ids) == ID_BLOCK:
            return self._read(ID_BLOCK, after=previous.last)
        if following is not None and following.first is not None:
            return self._read(ID_BLOCK, before=following.first)
        # Not next to a block read: from whichever end of the list is nearer.
        start = number * ID_BLOCK
        size = min(ID_BLOCK, self._total - start)
        rows_after = self._total - start - size
        if rows_after < start:
            return self._read(size, offset=rows_after, from_end=True)
        return self._read(ID_BLOCK, offset=start)

    def person_id(self, row: int) -> int | None:
        """The id shown on ``row``; None if that person went since the count."""
        if not 0 <= row < self._total:
            return None
        ids = self._block(row // ID_BLOCK)
        offset = row % ID_BLOCK
        return ids[offset] if offset < len(ids) else None

    def cached_rows(self) -> int:
        return len(self._cache)

    def loaded_ids(self) -> int:
        return sum(len(block.ids) for block in self._blocks.values())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def _row(self, row: int) -> RegistryRow | None:
        person_id = self.person_id(row)
        if person_id is None:
            return None
        found = self._cache.get(person_id)
        if found is None:
            if len(self._cache) > MAX_CACHED_ROWS:
                self._cache.clear()
            ids = self._block(row // ID_BLOCK)
            start = row % ID_BLOCK // PAGE_SIZE * PAGE_SIZE
            self._cache.update(self._fetch_rows(ids[start : start + PAGE_SIZE]))
            found = self._cache.get(person_id)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self._row(index.row())
        if person is None:  # deleted since the count was made
            return None
        column = index.column()
        if column == self.COL_NAME:
            name = f"{person.family_name} {person.given_name}".strip()
            # Only an anonymised person has no name (the right to erasure).
            return name or self.tr("(anonymised person no. %1)").replace("%1", str(person.id))
        if column == self.COL_BIRTH:
            return format_date(person.birth_date)
        if column == self.COL_CF:
            if self._nir:  # as the carte Vitale writes it: 1 84 12 76 451 089 46
                return format_nir(person.nir) if person.nir else ""
            return person.codice_fiscale or ""
        if column == self.COL_MUNICIPALITY:
            return person.municipality
        if column == self.COL_STATUS:
            return enum_label(person.employment_status)
        if column == self.COL_FIRST_CONTACT:
            return format_date(person.first_contact_date)
        return None
