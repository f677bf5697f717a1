"""First start: where the registry is (a file on this PC, or a shared server), then,
on a new database, the desk and its first operator.

Nothing else works until this is done, and it never appears again for that database.
The first operator becomes the administrator (accounts with passwords come later).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError, ValidationFailed
from deskapp.models import enums as en
from deskapp.models.database import Database
from deskapp.paths import DatabaseUrlError, PasswordInUrlError, server_address
from deskapp.services.actor import Actor
from deskapp.services.organisation import initialise
from deskapp.ui.accessibility import show_message
from deskapp.ui.colours import error_style, hint_style
from deskapp.ui.i18n import enum_label, error_text, field_error_text
from deskapp.ui.server_start import SERVER_KEY


class RegistryPlaceDialog(QDialog):
    """Where the registry is, asked once on a PC that has none: a new file here, or a
    shared server's database, checked (reached, and found to be deskapp's or empty)
    before the dialog closes. ``location`` is then the file's path, or ``db`` the
    server's database, open."""

    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default_path = default_path
        self.location: Path | None = None
        self.db: Database | None = None
        self._checked = ""
        self.setWindowTitle(self.tr("Where is the registry?"))
        self.here = QRadioButton(self.tr("On this computer, in a new file (one desk, one PC)"))
        self.server = QRadioButton(
            self.tr("On a shared server (several PCs, or a whole region, on one registry)")
        )
        self.here.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.server)
        where = QLabel(self.tr("The file: %1").replace("%1", str(default_path)))
        where.setWordWrap(True)
        where.setStyleSheet(hint_style())
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://user@host:5432/database")
        self.address.textEdited.connect(lambda _text: self.server.setChecked(True))
        hint = QLabel(
            self.tr(
                "The address the server's administrator gave you, without the password: "
                "deskapp asks for it when the server wants one (or finds it in PGPASSWORD "
                "or ~/.pgpass). Add ?sslmode=verify-full for a connection encrypted and "
                "checked."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(hint_style())
        self.check_button = QPushButton(self.tr("Check the connection"))
        self.check_button.clicked.connect(lambda: self.check())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.hide()
        address_row = QHBoxLayout()
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.check_button)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), address_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("There is no registry on this computer yet. Where should deskapp keep it?")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.here)
        layout.addWidget(where)
        layout.addWidget(self.server)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _refused(self, text: str) -> bool:
        self.result.setStyleSheet(error_style())
        show_message(self.result, text, assertive=True)
        self.address.setFocus()
        return False

    def check(self) -> bool:
        """Reach the server and look at its database, writing nothing; True when it
        can be used (a deskapp registry, or an empty database to set up)."""
        from deskapp.models.migrate import current_revision
        from deskapp.ui.server_start import open_server, server_parts

        text = self.address.text().strip()
        if not text:
            return self._refused(self.tr("Type the server's address, postgresql://..."))
        try:
            url = server_address(text)
        except PasswordInUrlError:
            return self._refused(
                self.tr(
                    "The address holds a password: leave it out. deskapp asks for it when the "
                    "server wants one, and never writes it down."
                )
            )
        except DatabaseUrlError:
            return self._refused(
                self.tr(
                    "This is not the address of a PostgreSQL server: it starts with "
                    "postgresql://, as in postgresql://user@host:5432/database."
                )
            )
        if self.db is not None and self._checked == url:
            return True
        self._forget()
        try:
            db = open_server(url, create=True, migrate=False, parent=self)
        except DeskappError as error:
            return self._refused(error_text(error))
        if db is None:
            return False  # the password was not given
        self.db, self._checked = db, url
        host, database, _user = server_parts(url)
        found = (
            self.tr("a deskapp registry")
            if current_revision(db) is not None
            else self.tr("an empty database, to be set up now")
        )
        self.result.setStyleSheet("")
        show_message(
            self.result,
            self.tr("Connected to %1, database %2: %3.")
            .replace("%1", host)
            .replace("%2", database)
            .replace("%3", found),
        )
        return True

    def _forget(self) -> None:
        if self.db is not None:
            self.db.dispose()
            self.db = None

    def accept(self) -> None:
        if self.here.isChecked():
            self._forget()
            self.location = self._default_path
            super().accept()
            return
        if not self.check():
            return
        from deskapp.models.migrate import bring_up_to_date

        assert self.db is not None
        try:
            # The schema of an empty one; an older one brought up by its owner only.
            bring_up_to_date(self.db)
        except DeskappError as error:
            self._refused(error_text(error))
            return
        QSettings().setValue(SERVER_KEY, self._checked)
        super().accept()

    def reject(self) -> None:
        self._forget()
        super().reject()


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
