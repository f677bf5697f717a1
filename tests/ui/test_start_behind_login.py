"""The usual start: the login dialog shown from a first look at the file, the file
opened behind it while the operator types (deskapp.ui.app). What it loads is checked by
tests/test_startup_imports.py; here, that it lets the operator in and refuses what it
refused before, in the same words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from deskapp.errors import DatabaseBusyError
from deskapp.ui import app as app_module
from deskapp.ui.login_dialog import LoginDialog


def _stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


class _WindowBuilt(Exception):
    pass


def _login_in_the_dialog(monkeypatch, password: str) -> list:
    """Answer the login dialog as Luca Verdi; the window is not built, its arguments
    are returned in the list."""
    monkeypatch.delenv("DESKAPP_PASSWORD", raising=False)
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)

    def answer(dialog):
        dialog.name.setCurrentText("Luca Verdi")
        dialog.password.setText(password)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", answer)
    built: list = []

    def window(*args):
        built.append(args)
        raise _WindowBuilt

    monkeypatch.setattr(app_module, "MainWindow", window)
    return built


def test_the_file_opened_behind_the_dialog_lets_the_operator_in(
    qapp, db, db_path, operator, monkeypatch
):
    built = _login_in_the_dialog(monkeypatch, "Tramonto-sul-molo")
    with pytest.raises(_WindowBuilt):
        app_module.run_gui(db_path)
    opened, actor, path, desk = built[0]
    try:
        assert (actor.name, path, desk) == ("Luca Verdi", db_path, "Antenna Genova")
        assert opened is not db and opened.path == db_path
    finally:
        opened.dispose()


def test_a_file_that_cannot_be_opened_behind_the_dialog_is_said_so(
    qapp, db, db_path, operator, monkeypatch
):
    from deskapp.models import migrate

    def busy(path, **kwargs):
        raise DatabaseBusyError("The database is busy.")

    monkeypatch.setattr(migrate, "open_database", busy)
    built = _login_in_the_dialog(monkeypatch, "Tramonto-sul-molo")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: said.append(title))
    assert app_module.run_gui(db_path) == 2
    assert said == ["Cannot open the database"] and not built


def test_a_newer_file_is_still_refused_in_words_before_any_dialog(
    qapp, db, db_path, operator, monkeypatch
):
    _stamp(db_path, "f00dfeed9999")
    before = db_path.read_bytes()
    built = _login_in_the_dialog(monkeypatch, "Tramonto-sul-molo")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: said.append(text))
    assert app_module.run_gui(db_path) == 2
    assert len(said) == 1 and "written by a newer version of deskapp" in said[0]
    assert not built and db_path.read_bytes() == before
