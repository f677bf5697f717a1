"""Building blocks shared by the record pages' tabs: a read-only table with a row of
buttons under it, and the activity timeline of a person or a project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.services.agenda import timeline
from deskapp.ui.accessibility import name_view
from deskapp.ui.activity_dialog import activity_dialog
from deskapp.ui.colours import list_text
from deskapp.ui.formatting import format_date, format_datetime
from deskapp.ui.i18n import enum_label

OVERDUE_COLOUR = "#c62828"


def tint(colour: str, strength: float = 0.3) -> QColor:
    """A colour mixed into white: pale, so black text stays readable on it."""
    base = QColor(colour)
    mix = [round(255 - (255 - c) * strength) for c in (base.red(), base.green(), base.blue())]
    return QColor(*mix)


class TablePanel(QWidget):
    """A table of rows (each with an id kept in the first cell) and action buttons."""

    activated = Signal(int)  # the id of the row double-clicked or Enter-ed

    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None = None,
        numeric_columns: Sequence[int] = (),
        name: str = "",
    ) -> None:
        """``name``: what the table holds, as a screen reader says it ("Skills")."""
        super().__init__(parent)
        # Amounts and counts line up on the right, as in any ledger.
        self._numeric = set(numeric_columns)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths measured on the first rows only: measuring 500 rows is slow.
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.itemActivated.connect(lambda _item: self._activated())
        if name:
            name_view(self.table, name)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.footer)
        layout.addLayout(self.buttons)

    def add_button(
        self, text: str, slot: Callable[[], object], needs_row: bool = True
    ) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        if needs_row:
            button.setEnabled(False)
            self.table.itemSelectionChanged.connect(
                lambda b=button: b.setEnabled(self.current_id() is not None)
            )
        self.buttons.addWidget(button)
        return button

    def set_rows(
        self,
        rows: Sequence[tuple[int, Sequence[str]]],
        empty_text: str = "",
        colours: Sequence[str | None] | None = None,
        colour_column: int | None = None,
    ) -> None:
        """Fill the table. ``colours`` gives each row a colour: the text of the whole
        row (overdue items; darkened or lightened to read on the palette's rows), or,
        with ``colour_column``, the background of that one cell (a stage), pale enough
        for black text on a light or a dark palette. A colour only repeats what the
        row's words say (the state, the stage): it is never the only sign."""
        self.table.setRowCount(len(rows))
        readable_colours = {c: list_text(c, self.table.palette()) for c in set(colours or []) if c}
        for r, (row_id, cells) in enumerate(rows):
            colour = colours[r] if colours else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row_id)
                if c in self._numeric:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if colour and colour_column is None:
                    item.setForeground(readable_colours[colour])
                elif colour and c == colour_column:
                    item.setBackground(tint(colour))
                    item.setForeground(QColor("#000000"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setText(empty_text)
        self.empty.setVisible(not rows and bool(empty_text))
        self.table.clearSelection()

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        if row < 0 or not self.table.selectionModel().hasSelection():
            return None
        item = self.table.item(row, 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_id(self, row_id: int) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.table.selectRow(r)
                return

    def _activated(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.activated.emit(row_id)


class ActivitiesPanel(TablePanel):
    """The activity timeline of one person or one project, latest first."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        person: tuple[int, str] | None = None,
        project: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            [
                self.tr("When"),
                self.tr("Activity"),
                self.tr("Minutes"),
                self.tr("About"),
                self.tr("Follow-up"),
                self.tr("Notes"),
            ],
            parent,
            numeric_columns=(2,),
            name=self.tr("Activities"),
        )
        self._db, self._actor = db, actor
        self.person, self.project = person, project
        self.add_button(self.tr("Log activity..."), self.log_activity, needs_row=False)

    def log_activity(self) -> QWidget:
        dialog = activity_dialog(
            self._db, self._actor, self, person=self.person, project=self.project
        )
        dialog.saved.connect(lambda _id: (self.refresh(), self.changed.emit()))
        dialog.open()
        return dialog

    def refresh(self) -> None:
        items = timeline(
            self._db,
            person_id=self.person[0] if self.person else None,
            project_id=self.project[0] if self.project else None,
        )
        rows: list[tuple[dt.datetime, int, Sequence[str]]] = []
        for item in items:
            about = item.project_title if self.person else item.person_name
            if item.follow_up_due is None:
                follow = ""
            elif item.done:
                follow = self.tr("%1 (done)").replace("%1", format_date(item.follow_up_due))
            else:
                follow = format_date(item.follow_up_due)
            rows.append(
                (
                    item.occurred_at,
                    item.activity_id,
                    [
                        format_datetime(item.occurred_at),
                        enum_label(item.kind),
                        str(item.duration_minutes),
                        about,
                        follow,
                        item.notes.replace("\n", " "),
                    ],
                )
            )
        if self.person:
            rows.extend(self._outcome_rows(self.person[0]))
            rows.sort(key=lambda r: r[0], reverse=True)
        self.set_rows(
            [(row_id, cells) for _, row_id, cells in rows],
            self.tr("No activity yet. Log the first one with the button below."),
        )

    def _outcome_rows(self, person_id: int) -> list[tuple[dt.datetime, int, Sequence[str]]]:
        """The steps of the person's proposals (issue 18), among the activities: ids
        below zero, so that no step is taken for an activity."""
        from deskapp.services.matches import person_outcomes

        return [
            (
                # A step has a day, not a time: after that day's activities.
                dt.datetime.combine(o.happened_on, dt.time.max),
                -o.id,
                [
                    format_date(o.happened_on),
                    self.tr("Proposal: %1").replace("%1", enum_label(o.status)),
                    "",
                    f"{o.role} - {o.where}",
                    "",
                    "",
                ],
            )
            for o in person_outcomes(self._db, person_id)
        ]
