"""When someone else saved the same record first: both versions side by side.

The operator chooses to keep their own version (saved over the other, knowingly) or
to take the saved one (their edits are dropped); nothing is overwritten silently.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.enums import LabelledEnum
from deskapp.ui.accessibility import name_view
from deskapp.ui.field_form import display_text, display_value

KEEP_MINE = "mine"
TAKE_THEIRS = "theirs"


class ConflictDialog(QDialog):
    def __init__(
        self,
        rows: list[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``rows``: field label, the operator's value, the saved value."""
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Someone else saved this record"))
        intro = QLabel(
            self.tr(
                "While you were editing, this record was saved by someone else. "
                "Compare the two versions and choose which one to keep."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Saved version")]
        )
        self.table.verticalHeader().hide()
        name_view(self.table, self.tr("The two versions"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (label, mine, theirs) in enumerate(rows):
            for c, text in enumerate((label, mine, theirs)):
                item = QTableWidgetItem(text)
                if c and mine != theirs:
                    item.setBackground(QColor("#fff3cd"))
                    item.setForeground(QColor("#000000"))
                self.table.setItem(r, c, item)
        if not rows:
            intro.setText(
                intro.text()
                + "\n"
                + self.tr("The fields you see are the same in both; other details changed.")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine = QPushButton(self.tr("Keep my version"))
        self.take_theirs = QPushButton(self.tr("Take the saved version"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def differing_rows(
    labels: dict[str, str], inputs: dict[str, QWidget], saved: dict[str, Any]
) -> list[tuple[str, str, str]]:
    """Label, what the operator's input shows, what the saved record holds: only
    where the two differ."""
    rows = []
    for name, label in labels.items():
        if name not in inputs or name not in saved:
            continue
        widget, value = inputs[name], saved[name]
        mine, theirs = display_text(widget), display_value(value)
        if isinstance(widget, QComboBox):
            # Both as the list writes them ("Not asked", an operator's name for an id).
            raw = value.value if isinstance(value, LabelledEnum) else value
            index = widget.findData(raw)
            mine = widget.currentText()
            theirs = widget.itemText(index) if index >= 0 else theirs
        if mine != theirs:
            rows.append((label, mine, theirs))
    return rows


def ask_which_version(
    parent: QWidget, labels: dict[str, str], inputs: dict[str, QWidget], saved: dict[str, Any]
) -> str | None:
    """Show both versions; KEEP_MINE, TAKE_THEIRS, or None when the operator cancels."""
    dialog = ConflictDialog(differing_rows(labels, inputs, saved), parent)
    dialog.exec()
    return dialog.choice
