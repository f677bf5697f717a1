"""The login dialog: a wrong password says so and clears the box; an account without a
password chooses one before it gets in."""

from __future__ import annotations

from deskapp.services import accounts
from deskapp.ui.login_dialog import LoginDialog
from tests.conftest import without_password


def test_wrong_then_right_password(qtbot, db, admin):
    accounts.set_password(db, admin, admin.operator_id, "mare di Sestri 1987")
    dialog = LoginDialog(db, ["Anna Bianchi"], "Anna Bianchi")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "sbagliata")
    dialog.accept()
    assert "Unknown operator or wrong password" in dialog.error.text()
    assert dialog.password.text() == "" and dialog.actor is None
    qtbot.keyClicks(dialog.password, "mare di Sestri 1987")
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.name == "Anna Bianchi"


def test_an_account_without_password_is_asked_for_one(qtbot, db, operator, monkeypatch):
    without_password(db, "Luca Verdi")  # from before passwords
    dialog = LoginDialog(db, ["Luca Verdi"], "Luca Verdi")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_password", lambda actor: False)
    dialog.accept()
    assert dialog.actor is None  # no password chosen: not in
    monkeypatch.setattr(dialog, "choose_password", lambda actor: True)
    dialog.accept()
    assert dialog.actor is not None
