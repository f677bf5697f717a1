"""Who is at the keyboard: the operator's name and password (deskapp.services.accounts
counts the failures and locks the account after too many). An account without a
password yet is asked to choose one at once.

The dialog is the first thing deskapp shows: it imports only Qt. The accounts service
(SQLAlchemy, the models, Argon2) is imported when OK is pressed, by then loaded behind
the dialog (deskapp.ui.app)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from deskapp.errors import DeskappError, ValidationFailed
from deskapp.ui.dialog_layout import error_label, lay_out
from deskapp.ui.i18n import error_text, field_error_text

if TYPE_CHECKING:
    from deskapp.models.database import Database
    from deskapp.services.actor import Actor


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    return box


class LoginDialog(QDialog):
    def __init__(
        self,
        db: Database | Callable[[], Database],
        names: list[str],
        chosen: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``db``, or what gives it once opened (deskapp.ui.app opens the file while the
        operator types); if that fails, ``failure`` says why and the dialog is closed."""
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.failure: DeskappError | None = None
        self.setWindowTitle(self.tr("deskapp: who are you?"))
        self.name = QComboBox()
        self.name.addItems(names)
        if chosen in names:
            self.name.setCurrentIndex(names.index(chosen))
        self.password = _password_box()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Operator"), self.name)
        form.addRow(self.tr("Password"), self.password)
        lay_out(self, None, form, self.error)
        self.password.setFocus()

    def database(self) -> Database:
        return self._db() if callable(self._db) else self._db

    def accept(self) -> None:
        from deskapp.services.accounts import log_in

        try:
            db = self.database()
        except DeskappError as failure:  # the file itself: said by deskapp.ui.app
            self.failure = failure
            self.reject()
            return
        try:
            login = log_in(db, self.name.currentText(), self.password.text())
        except DeskappError as error:
            self.error.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        if login.needs_password and not self.choose_password(login.actor):
            return
        self.actor = login.actor
        super().accept()

    def choose_password(self, actor: Actor) -> bool:
        """Ask an account without a password to choose one now."""
        chooser = ChoosePasswordDialog(self.database(), actor, self)
        return chooser.exec() == QDialog.DialogCode.Accepted


class ChoosePasswordDialog(QDialog):
    """An operator's own new password, typed twice, checked by the same policy."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        for_operator: tuple[int, str] | None = None,
    ) -> None:
        """``for_operator`` (id, name): an administrator sets someone else's password."""
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._target = for_operator[0] if for_operator else actor.operator_id
        self.setWindowTitle(
            self.tr("Password for the account %1").replace("%1", for_operator[1])
            if for_operator
            else self.tr("Choose your password")
        )
        self.password = _password_box()
        self.again = _password_box()
        self.error = error_label()
        intro = QLabel(
            self.tr(
                "A new password for %1: at least 8 characters, not a common password. Tell "
                "it to them in person; they can change it afterwards. A locked account is "
                "unlocked too."
            ).replace("%1", for_operator[1])
            if for_operator
            else self.tr(
                "%1, your account has no password yet. Choose one: at least 8 characters, "
                "not a common password; a short sentence is easy to remember."
            ).replace("%1", actor.name)
        )
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("The same again"), self.again)
        lay_out(self, intro, form, self.error)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            return
        from deskapp.services.accounts import set_password

        try:
            set_password(self._db, self._actor, self._target, self.password.text())
        except ValidationFailed as failed:
            self.error.setText("\n".join(field_error_text(e) for e in failed.errors))
            return
        except DeskappError as error:
            self.error.setText(error_text(error))
            return
        super().accept()
