"""An editable table for one of the business plan's lists (investments, loans, sales...).

Columns come from the line's pydantic schema, so the headers are the same words the
validation errors use. Cells hold text as the operator typed it; the editor validates
the whole plan on every change and marks the cells it refuses (a warning sign on a
red ground, the reason as tooltip and as what a screen reader says of the cell)
without ever throwing away what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.enums import LabelledEnum
from deskapp.ui.accessibility import name, name_view
from deskapp.ui.colours import hint_style
from deskapp.ui.formatting import format_amount
from deskapp.ui.i18n import enum_label

ERROR_BRUSH = QBrush(QColor("#f8d7da"))
ERROR_TEXT = QBrush(QColor("#000000"))  # black on the pale red, in a dark palette too


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text | money | number | int | enum
    enum: type[LabelledEnum] | None = None
    width: int = 0  # pixels; 0: share what is left
    # The enum's members offered (e.g. the desk country's); None: all. A row keeps the
    # member it already holds, offered or not.
    offered: tuple[LabelledEnum, ...] | None = None


def format_number(value: Any) -> str:
    """A quantity or a percentage as the operator would type it: 12,5 in Italian. Never
    grouped: "2.000" would read back as two."""
    if value is None:
        return ""
    text = format(Decimal(value).normalize(), "f")
    locale = QLocale()
    point = "." if locale.language() == QLocale.Language.C else locale.decimalPoint()
    return text.replace(".", point)


class LineGrid(QWidget):
    """Rows of one line schema, with Add and Remove buttons."""

    changed = Signal()

    def __init__(
        self,
        schema: type[BaseModel],
        columns: Sequence[Column],
        add_text: str,
        hint: str = "",
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        """``title``: what the rows are ("Investments"), the table's name."""
        super().__init__(parent)
        self.schema = schema
        self.columns = list(columns)
        self._loading = False
        self.headers: list[str] = []
        headers = [
            QCoreApplication.translate("Field", schema.model_fields[c.name].title or c.name)
            for c in self.columns
        ]
        self.headers = headers
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(headers)
        if title:
            name_view(
                self.table,
                title,
                self.tr("Type in a cell to change it; Ctrl+Del removes the row."),
            )
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.verticalHeader().defaultSectionSize()
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for index, column in enumerate(self.columns):
            if column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                # Wide enough for its header in any language ("Anni di rimborso").
                # (up to a point: the text column must keep its room; the tooltip
                # of the header has the whole title).
                needed = min(metrics.horizontalAdvance(headers[index]) + 20, 160)
                self.table.setColumnWidth(index, max(column.width, needed))
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            header_item = self.table.horizontalHeaderItem(index)
            if header_item is not None:
                header_item.setToolTip(headers[index])
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setToolTip(self.tr("Ctrl+Del"))
        self.remove_button.clicked.connect(lambda _c=False: self.remove_current())
        self.remove_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self.table.currentRow() >= 0)
        )
        # Delete on a selected row removes it only with Ctrl: plain Delete clears a cell.
        QShortcut(QKeySequence("Ctrl+Del"), self.table, self.remove_current)
        buttons = QHBoxLayout()
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet(hint_style())
            buttons.addWidget(note, 1)
        else:
            buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- rows ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._loading = False

    def rows(self) -> list[dict[str, Any]]:
        """Each row as the schema reads it; blank cells are left out, so the schema's
        default applies (or its "required" error names the cell)."""
        found: list[dict[str, Any]] = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, column in enumerate(self.columns):
                if column.kind == "enum":
                    combo = self.table.cellWidget(r, c)
                    assert isinstance(combo, QComboBox)
                    row[column.name] = combo.currentData()
                    continue
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                if text:
                    row[column.name] = text
            # Fields the grid does not show (the funding application it came from).
            hidden = self.table.item(r, 0)
            extra = hidden.data(Qt.ItemDataRole.UserRole) if hidden else None
            if isinstance(extra, dict):
                row.update(extra)
            found.append(row)
        return found

    def add_row(self) -> None:
        defaults = {
            name: info.default
            for name, info in self.schema.model_fields.items()
            if info.default is not None and not info.is_required()
        }
        self._append(defaults)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._name_cell_lists()
            self.changed.emit()

    def _name_cell_lists(self) -> None:
        """The lists inside cells, named by their column and row ("Kind, row 2")."""
        for r in range(self.table.rowCount()):
            for c in range(len(self.columns)):
                combo = self.table.cellWidget(r, c)
                if combo is not None:
                    name(
                        combo,
                        self.tr("%1, row %2")
                        .replace("%1", self.headers[c])
                        .replace("%2", str(r + 1)),
                    )

    def _append(self, values: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        shown = {c.name for c in self.columns}
        extra = {k: v for k, v in values.items() if k not in shown and v is not None}
        for c, column in enumerate(self.columns):
            value = values.get(column.name)
            if column.kind == "enum":
                assert column.enum is not None
                combo = QComboBox()
                current = value.value if isinstance(value, LabelledEnum) else value
                offered = column.offered
                for member in column.enum:
                    if offered is None or member in offered or member.value == current:
                        combo.addItem(enum_label(member), member.value)
                index = combo.findData(current)
                combo.setCurrentIndex(max(index, 0))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(r, c, combo)
                item = QTableWidgetItem()
            else:
                item = QTableWidgetItem(self._display(column, value))
                if column.kind != "text":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            if c == 0 and extra:
                item.setData(Qt.ItemDataRole.UserRole, extra)
            self.table.setItem(r, c, item)
        self._name_cell_lists()

    @staticmethod
    def _display(column: Column, value: Any) -> str:
        if value is None or value == "":
            return ""
        if column.kind == "money":
            return format_amount(Decimal(value))
        if column.kind == "number":
            return format_number(value)
        return str(value)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    # --- errors ----------------------------------------------------------------------

    def show_errors(self, errors: dict[tuple[int, str], str]) -> None:
        """Mark the cells refused, ``(row, field) -> reason``; clear the others."""
        self.table.blockSignals(True)
        try:
            for r in range(self.table.rowCount()):
                for c, column in enumerate(self.columns):
                    item = self.table.item(r, c)
                    if item is None:
                        continue
                    reason = errors.get((r, column.name))
                    # Refused is said three ways: the sign, the words (tooltip, and
                    # what a screen reader says of the cell), and the colour.
                    item.setBackground(ERROR_BRUSH if reason else QBrush())
                    item.setForeground(ERROR_TEXT if reason else QBrush())
                    item.setIcon(_warning_icon() if reason else QIcon())
                    item.setToolTip(reason or "")
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, reason or None)
        finally:
            self.table.blockSignals(False)


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
