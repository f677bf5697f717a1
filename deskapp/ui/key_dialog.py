"""Asks for the key of an encrypted database before anything else opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.sqlite_files import check_key
from deskapp.ui.field_form import ERROR_STYLE
from deskapp.ui.i18n import error_text


class DatabaseKeyDialog(QDialog):
    """The key is checked against the file before the dialog closes: a wrong one is said
    at once and can be typed again."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.key: str | None = None
        self.setWindowTitle(self.tr("Encrypted database"))
        intro = QLabel(
            self.tr(
                "The database %1 is encrypted. Type its key: the one chosen when it was "
                "encrypted (ask your administrator)."
            ).replace("%1", path.name)
        )
        intro.setWordWrap(True)
        self.key_box = QLineEdit()
        self.key_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        key = self.key_box.text()
        try:
            check_key(self._path, key)
        except DeskappError as error:
            self.error.setText(error_text(error))
            self.key_box.selectAll()
            self.key_box.setFocus()
            return
        self.key = key
        super().accept()
