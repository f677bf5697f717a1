"""Asks for the key of an encrypted database before anything else opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from deskapp.errors import DeskappError
from deskapp.models.sqlite_files import check_key
from deskapp.ui.dialog_layout import error_label, lay_out
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
        self.key_box = QLineEdit()
        self.key_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.key_box)
        lay_out(self, intro, form, self.error, QDialogButtonBox.StandardButton.Open)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        key = self.key_box.text()
        try:
            check_key(self._path, key)
        except DeskappError as error:
            self.error.setText(error_text(error))
            self.adjustSize()  # the message wraps over lines the dialog did not have
            self.key_box.selectAll()
            self.key_box.setFocus()
            return
        self.key = key
        super().accept()
