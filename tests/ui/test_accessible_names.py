"""Every control a screen reader meets has a name, in Italian and in French.

The test walks every page of the window, every tab inside them, the records (a person,
a project, a business plan) and the main dialogs, and asks Qt's accessibility
interface what a screen reader would say for each button, field, list, table and tab
bar shown. An input's name must come from a label tied to it or from a name given to
it: a combo box that says only "Tutte le antenne" does not say what it filters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from deskapp.models.enums import Stage
from deskapp.services.actor import resolve_actor
from deskapp.services.demo import generate_demo
from deskapp.services.project_lists import ProjectFilter, project_list
from deskapp.ui.i18n import install_translators
from tests.ui.accessibility_checks import INPUTS, interactive_controls, spoken_name, unnamed
from tests.ui.conftest import _open_window
from tests.ui.window_tour import visit_common_dialogs

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def demo_admin(db):
    generate_demo(db, persons=60, seed=5, today=TODAY)
    return resolve_actor(db, "Amministratore demo")


@pytest.fixture(params=["it", "fr"])
def language(request):
    app = QCoreApplication.instance()
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _reveal(widget: QWidget) -> None:
    """Bring the tab holding ``widget`` (and the tabs holding that one) to the front."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


class Walk:
    """Collects what is unnamed (and inputs sharing one name) screen by screen."""

    def __init__(self) -> None:
        self.unnamed: dict[str, list[str]] = {}
        self.shared: dict[str, list[str]] = {}
        self.controls = 0

    def screen(self, label: str, root: QWidget) -> None:
        _settle()
        self._one(label, root)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.window().isVisible():
                continue
            for index in range(tabs.count()):
                _reveal(tabs.widget(index))
                tabs.setCurrentIndex(index)
                _settle()
                self._one(f"{label} / {tabs.tabText(index)}", root)

    def _one(self, label: str, root: QWidget) -> None:
        controls = interactive_controls(root)
        self.controls += len(controls)
        missing = unnamed(root)
        if missing:
            self.unnamed[label] = missing
        names = Counter(spoken_name(w) for w in controls if isinstance(w, INPUTS))
        twice = [name for name, count in names.items() if name and count > 1]
        if twice:
            self.shared[label] = twice

    def dialog(self, label: str, dialog: QWidget | None) -> None:
        assert dialog is not None, label
        dialog.show()
        self.screen(label, dialog)
        dialog.close()

    def count(self) -> int:
        return sum(len(v) for v in self.unnamed.values())


def _walk_everything(qtbot, db, db_path, actor) -> Walk:
    from deskapp.ui.accounts_panel import AccountsPanel
    from deskapp.ui.conflict_dialog import ConflictDialog
    from deskapp.ui.first_run import FirstRunDialog
    from deskapp.ui.key_dialog import DatabaseKeyDialog
    from deskapp.ui.login_dialog import ChoosePasswordDialog, LoginDialog

    walk = Walk()
    window = _open_window(qtbot, db, db_path, actor)
    window.resize(1366, 740)
    walk.screen("window", window.tabs.tabBar())
    for key in window.page_titles:
        window.show_page(key)
        walk.screen(key, window.tabs.currentWidget())

    _total, cards = project_list(db, ProjectFilter(), sort="title", limit=200)
    planned = next(c for c in cards if c.stage in (Stage.BUSINESS_PLAN, Stage.FUNDING))
    person_id = window.people.model.person_id(0)
    record = window.open_person(person_id)
    walk.screen("person", record)
    walk.screen("new person", window.new_person())
    project = window.open_project(planned.id)
    walk.screen("project", project)
    walk.screen("new project", window.new_project())
    walk.screen("business plan", window.open_plan(planned.id))

    # The dialogs.
    visit_common_dialogs(walk, window, db, record, project)
    accounts = window.page("administration").accounts
    assert isinstance(accounts, AccountsPanel)
    walk.dialog("new account", accounts.new_account())
    walk.dialog("password", ChoosePasswordDialog(db, actor, window, for_operator=(1, "Anna")))
    walk.dialog("log in", LoginDialog(db, ["Anna Bianchi", "Luca Verdi"], parent=window))
    walk.dialog("first run", FirstRunDialog(db, window))
    walk.dialog("database key", DatabaseKeyDialog(Path("desk.sqlite"), window))
    walk.dialog("conflict", ConflictDialog([("Telefono", "320 1", "320 2")], window))
    walk.dialog("help", window.show_help())
    walk.dialog("keyboard shortcuts", window.show_shortcuts())
    return walk


def test_every_control_on_every_screen_has_a_name(qtbot, db, db_path, demo_admin, language):
    walk = _walk_everything(qtbot, db, db_path, demo_admin)
    print(f"\n[{language}] {walk.count()} unnamed of {walk.controls} controls seen")
    assert walk.unnamed == {}, "\n".join(f"{k}: {v}" for k, v in walk.unnamed.items())
    # An input named after its section ("Identità" for every field of the group), not
    # after itself, is as good as unnamed: a screen's inputs each have their own name.
    assert walk.shared == {}, "\n".join(f"{k}: {v}" for k, v in walk.shared.items())
