"""deskapp.log holds what went wrong and where, never the people in the registry: an
error raised by data (openpyxl quoting a cell, a ValueError naming a value) is logged
as its type and its place in the code, without its message."""

from __future__ import annotations

import logging
import sys

import pytest
from openpyxl.utils.exceptions import IllegalCharacterError
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from deskapp.models import Person
from deskapp.reports import exports
from deskapp.services import persons
from deskapp.ui.crash import install_excepthook
from tests.conftest import person_data

NAME = "Zappalà Kevin\x01"


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    """The application's log, as run_gui sets it up; undone after the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    path = tmp_path / "logs" / "deskapp.log"
    install_excepthook(path)
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    sys.excepthook = hook


def _person_named_with_a_control_character(db, operator) -> int:
    pid = persons.create_person(db, operator, person_data(given_name="Kevin")).id
    with db.write() as s:
        s.execute(
            update(Person)
            .where(Person.id == pid)
            .values(family_name="Zappalà", given_name="Kevin\x01", notes=NAME)
        )
    return pid


def test_export_of_a_stored_control_character_works_and_logs_no_name(
    qtbot, coordinator_window, db, operator, tmp_path, log_file
):
    _person_named_with_a_control_character(db, operator)
    target = tmp_path / "persone.xlsx"
    task = coordinator_window.reports.export(target)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert target.exists()
    assert "1 rows exported" in coordinator_window.reports.result.text()
    text = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
    assert "Zappal" not in text and "Kevin" not in text


def test_a_failing_export_logs_where_and_what_but_not_the_data(
    qtbot, coordinator_window, db, operator, tmp_path, log_file, monkeypatch
):
    _person_named_with_a_control_character(db, operator)

    def rows_that_fail(db):  # noqa: ANN001, ANN202 - as openpyxl fails on a cell
        def rows():  # noqa: ANN202
            try:
                raise ValueError(f"cannot convert {NAME!r}")
            except ValueError as inner:
                raise IllegalCharacterError(f"{NAME} cannot be used in worksheets.") from inner
            yield []

        return ("family_name",), rows()

    monkeypatch.setitem(exports.SOURCES, "persons", rows_that_fail)
    task = coordinator_window.reports.export(tmp_path / "persone.xlsx")
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    text = log_file.read_text(encoding="utf-8")
    assert "IllegalCharacterError" in text and "ValueError" in text
    assert "test_log_privacy.py" in text  # where it was raised
    assert "Zappal" not in text and "Kevin" not in text


def test_the_crash_handler_logs_no_data_either(log_file):
    try:
        raise KeyError(f"no person called {NAME}")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    text = log_file.read_text(encoding="utf-8")
    assert "KeyError" in text and "Traceback" in text
    assert "Zappal" not in text and "Kevin" not in text
