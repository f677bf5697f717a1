"""Help > Keyboard shortcuts: every key the window answers to, in one table.

The menu's shortcuts are read from the window's own actions (so the list cannot fall
behind them); the keys that work inside one screen (the board, the plan's grids, the
checklist) are listed after them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.accessibility import name_view
from deskapp.ui.screen_fit import fit_to_screen


def screen_keys() -> list[tuple[str, str]]:
    """The keys that act inside one screen, with what they do."""
    return [
        (
            QCoreApplication.translate("ShortcutsDialog", "Tab, Shift+Tab"),
            QCoreApplication.translate("ShortcutsDialog", "Next or previous field, button or list"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+Tab, Ctrl+Shift+Tab"),
            QCoreApplication.translate("ShortcutsDialog", "Next or previous tab"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Enter"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Search now (in a search box); open the selected row or card"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Down arrow"),
            QCoreApplication.translate(
                "ShortcutsDialog", "From the people search box to the results"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+S"),
            QCoreApplication.translate("ShortcutsDialog", "Save the record or the dialog"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Esc"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Close the dialog (it asks first if something was typed)"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Menu key, Shift+F10"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Board: the menu of the selected card (Open, Move to)"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+Right, Ctrl+Left"),
            QCoreApplication.translate(
                "ShortcutsDialog", "Board: move the card to the next or previous stage"
            ),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Left, Right"),
            QCoreApplication.translate("ShortcutsDialog", "Board: the next or previous column"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Space"),
            QCoreApplication.translate("ShortcutsDialog", "Checklist: tick or untick the step"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Enter, F2"),
            QCoreApplication.translate("ShortcutsDialog", "Checklist: change the date of the step"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "F2, or start typing"),
            QCoreApplication.translate("ShortcutsDialog", "Business plan tables: change the cell"),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "Ctrl+Del"),
            QCoreApplication.translate("ShortcutsDialog", "Business plan tables: remove the row"),
        ),
    ]


def menu_keys(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """Each action with a shortcut: its keys as the system writes them, its words."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip(".")))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_keys(actions) + screen_keys()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        name_view(self.table, self.tr("Keyboard shortcuts"))
        note = QLabel(
            self.tr(
                "Every action of the mouse has its key: a dragged card moves with the Menu "
                "key or Ctrl+Right, a double-click is Enter."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 520)
