"""The installer's smoke test of the window (DESKAPP_SMOKE_PAGES): every screen opened
once in the real window, 0 when all open, 1 and a traceback without data otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from deskapp.services import persons, projects
from deskapp.ui.main_window import MainWindow
from deskapp.ui.smoke import visit_every_screen
from tests.conftest import person_data


@pytest.fixture
def window(qapp, db, db_path, operator):  # type: ignore[no-untyped-def]
    persons.create_person(db, operator, person_data())
    projects.create_project(db, operator, {"title": "Officine", "kind": "wbo"})
    shown = MainWindow(db, operator, db_path, "Antenna Genova")
    shown.show()
    yield shown
    shown.deleteLater()


@pytest.fixture
def exits(monkeypatch):  # type: ignore[no-untyped-def]
    codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(codes.append))
    return codes


def test_every_screen_opens_once(window, db, operator, exits, capsys):
    visit_every_screen(window, db, operator)
    assert exits == [0], capsys.readouterr().err
    # Each page built, and a person's record, the project and its business plan open.
    assert set(window.page_titles) <= set(window._built)
    kinds = sorted(type(record).__name__ for record in window.records())
    assert kinds == ["PersonRecord", "PlanEditor", "ProjectPage"]
    assert window.help_window is not None and window.help_window.isVisible()


def test_a_screen_that_fails_makes_the_smoke_test_fail_without_data(
    window, db, operator, exits, capsys, monkeypatch
):
    quoted = "Rossi Mario, RSSMRA80A01D969P"

    def broken(_project_id: int) -> None:
        raise ValueError(quoted)  # a message that quotes a person

    monkeypatch.setattr(window, "open_plan", broken)
    visit_every_screen(window, db, operator)
    assert exits == [1]
    err = capsys.readouterr().err
    assert "ValueError" in err and "open_plan" in err
    assert "Rossi" not in err and "RSSMRA" not in err
