"""First start on a new database: record the desk and its first operator.

Nothing else works until this is done, and it never appears again for that database.
The first operator becomes the administrator (accounts with passwords come later).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ValidationFailed
from deskapp.models import enums as en
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.services.organisation import initialise
from deskapp.ui.colours import error_style
from deskapp.ui.i18n import enum_label, field_error_text


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to deskapp"))
        self.desk_name = QLineEdit()
        self.organisation = QLineEdit()
        self.region = self._combo(en.Region)
        self.country = self._combo(en.Country)
        self.language = self._combo(en.Language)
        self.address = QLineEdit()
        self.operator_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Desk name"), self.desk_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Your name (first operator)"), self.operator_name)
        form.addRow(self.tr("Your password (at least 8 characters)"), self.password)
        form.addRow(self.tr("The password again"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "This database is new. Record your desk and yourself as its first operator; "
                    "you will be its administrator."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _combo(self, enum_cls: type[en.LabelledEnum]) -> QComboBox:
        box = QComboBox()
        for member in enum_cls:
            box.addItem(enum_label(member), member.value)
        return box

    def accept(self) -> None:
        if self.password.text() != self.password_again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        try:
            self.actor = initialise(
                self._db,
                desk={
                    "name": self.desk_name.text(),
                    "organisation": self.organisation.text(),
                    "region": self.region.currentData(),
                    "country": self.country.currentData(),
                    "language": self.language.currentData(),
                    "address": self.address.text(),
                },
                administrator={"name": self.operator_name.text()},
                password=self.password.text(),
            )
        except ValidationFailed as failed:
            self.error.setText("\n".join(field_error_text(e) for e in failed.errors))
            return  # stays open; nothing was written
        super().accept()
