"""Table model of search results: a thin wrapper over the rows the search returns."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from deskapp.services.search import PersonHit
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label

Index = QModelIndex | QPersistentModelIndex


class PersonHitsModel(QAbstractTableModel):
    COL_NAME, COL_BIRTH, COL_CF, COL_MUNICIPALITY, COL_STATUS = range(5)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._rows: list[PersonHit] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Codice fiscale"),
            self.tr("Municipality"),
            self.tr("Employment status"),
        ]

    def set_rows(self, rows: list[PersonHit]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def hit(self, row: int) -> PersonHit:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if column == self.COL_NAME:
            return f"{hit.family_name} {hit.given_name}"
        if column == self.COL_BIRTH:
            return format_date(hit.birth_date)
        if column == self.COL_CF:
            return hit.codice_fiscale or ""
        if column == self.COL_MUNICIPALITY:
            return hit.municipality
        if column == self.COL_STATUS:
            return enum_label(hit.employment_status)
        return None
