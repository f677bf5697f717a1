"""The operators' accounts, for administrators: who may log in, with which role and on
which desk; new accounts with a first password, passwords set anew, lockouts lifted,
accounts switched off (never deleted: the audit trail names them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.enums import OperatorRole
from deskapp.models.schemas import OperatorInput
from deskapp.services import operator_accounts
from deskapp.services.actor import Actor
from deskapp.services.organisation import create_operator, list_desks
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.formatting import format_datetime
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.login_dialog import ChoosePasswordDialog
from deskapp.ui.panels import TablePanel
from deskapp.ui.record_dialog import RecordDialog

SWITCHED_OFF_COLOUR = "#8a8a8a"
LOCKED_COLOUR = "#c62828"


class AccountsPanel(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._rows: dict[int, operator_accounts.AccountRow] = {}
        self.table = TablePanel(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Desk"),
                self.tr("E-mail"),
                self.tr("State"),
                self.tr("Last login"),
            ],
            name=self.tr("Accounts"),
        )
        self.table.add_button(self.tr("New account..."), self.new_account, False)
        self.table.add_button(self.tr("Edit..."), self.edit_account)
        self.table.add_button(self.tr("Set password..."), self.set_password)
        self.unlock_button = self.table.add_button(self.tr("Unlock"), self.unlock)
        self.table.activated.connect(lambda _id: self.edit_account())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        rows = operator_accounts.account_rows(self._db, self._actor)
        self._rows = {r.id: r for r in rows}
        self.table.set_rows(
            [
                (
                    r.id,
                    [
                        r.name,
                        enum_label(r.role),
                        r.desk,
                        r.email,
                        self._state(r),
                        format_datetime(r.last_login),
                    ],
                )
                for r in rows
            ],
            colours=[
                LOCKED_COLOUR if r.locked else None if r.active else SWITCHED_OFF_COLOUR
                for r in rows
            ],
        )

    def _state(self, row: operator_accounts.AccountRow) -> str:
        if not row.active:
            return self.tr("Switched off")
        if row.locked:
            return self.tr("Locked: too many wrong passwords")
        if not row.has_password:
            return self.tr("Chooses a password at the first login")
        return self.tr("Active")

    def _current(self) -> operator_accounts.AccountRow | None:
        return self._rows.get(self.table.current_id() or 0)

    def _form(self, new: bool) -> FieldForm:
        desks = tuple((desk.name, desk.id) for desk in list_desks(self._db))
        specs = [
            Spec("name"),
            Spec("role", "enum", OperatorRole),
            Spec("desk_id", "choice", choices=desks),
            Spec("email"),
        ]
        if new:
            specs.append(Spec("password", label=QT_TRANSLATE_NOOP("Field", "First password")))
        else:
            specs.append(Spec("active", "bool", label=QT_TRANSLATE_NOOP("Field", "Can log in")))
        form = FieldForm(OperatorInput, specs)
        if new:
            box = form.inputs["password"]
            assert isinstance(box, QLineEdit)
            box.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
            box.setPlaceholderText(self.tr("Give it to the colleague in person"))
        return form

    def new_account(self) -> RecordDialog:
        form = self._form(new=True)
        form.set_values({"role": OperatorRole.OPERATOR, "desk_id": self._actor.desk_id})

        def save(values: dict[str, Any]) -> int:
            password = values.pop("password") or ""
            return create_operator(self._db, self._actor, values, password)

        dialog = RecordDialog(self.tr("New account"), form, save, self)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, new_id: int) -> None:
        self.refresh()
        self.table.select_id(new_id)

    def edit_account(self) -> RecordDialog | None:
        row = self._current()
        if row is None:
            return None
        form = self._form(new=False)
        form.set_values(
            {
                "name": row.name,
                "role": row.role,
                "desk_id": row.desk_id,
                "email": row.email,
                "active": row.active,
            }
        )
        dialog = RecordDialog(
            row.name,
            form,
            lambda values: operator_accounts.update_operator(
                self._db, self._actor, row.id, row.version, values
            ),
            self,
        )
        dialog.saved.connect(lambda _changed: self.refresh())
        dialog.open()
        return dialog

    def set_password(self) -> ChoosePasswordDialog | None:
        row = self._current()
        if row is None:
            return None
        dialog = ChoosePasswordDialog(self._db, self._actor, self, for_operator=(row.id, row.name))
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def unlock(self) -> None:
        row = self._current()
        if row is None:
            return
        try:
            operator_accounts.unlock_operator(self._db, self._actor, row.id)
        except DeskappError as error:
            QMessageBox.warning(self, self.tr("Not unlocked"), error_text(error))
            return
        self.refresh()
        self.table.select_id(row.id)
