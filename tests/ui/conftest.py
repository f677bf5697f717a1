from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QMessageBox

from deskapp.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A modal question with nobody to answer it would hang the run (windows with
    unsaved forms are closed at teardown). Tests about a prompt install their own answer."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )


@pytest.fixture(autouse=True)
def own_settings(qapp, tmp_path):
    """Window sizes and the language chosen in a test stay in the test's own folder."""
    QCoreApplication.setOrganizationName("deskapp-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()


def _open_window(qtbot, db, db_path, actor):
    main = MainWindow(db, actor, db_path, "Antenna Genova")
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def window(qtbot, db, db_path, operator):
    return _open_window(qtbot, db, db_path, operator)


@pytest.fixture
def admin_window(qtbot, db, db_path, admin):
    """The window of an administrator: accounts, the audit trail, copies by hand."""
    return _open_window(qtbot, db, db_path, admin)


@pytest.fixture
def coordinator_window(qtbot, db, db_path, coordinator):
    """The window of a coordinator: the reports, exports and imports are theirs."""
    return _open_window(qtbot, db, db_path, coordinator)


@pytest.fixture
def italian():
    """Dates, numbers and money formatted as in Italy, for the length of one test."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    yield
    QLocale.setDefault(previous)
