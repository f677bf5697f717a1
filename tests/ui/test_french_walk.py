"""A Marseille operator meets no English and no Italian: the window walked in French.

With the demo registry and an administrator of a French desk (Antenne Bastia), the
French translators installed, the test opens every page of the window, every tab of a
person, a project and a business plan, the dialogs they reach and the menus, and
collects every text a person reads there: labels, buttons, group titles, tabs, table
headers, combo box entries, menu entries, window titles, placeholders and tooltips.

A text fails when it is, whole, an English source of the catalogue whose French
translation differs (it did not go through Qt's translation), or an Italian
translation that French says otherwise (an Italian label shown on a French desk).
Words the languages share ("Total", "Ok", codes, proper nouns) are never a failure.
People's own data (names, notes, desks' names) is in neither list.

Texts that other work in progress adds before its translations are merged may be
listed in ``french_walk_allowed.txt`` (patterns, '*' for a figure), each group with its
reason; the list should be empty once the translations are merged.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from collections.abc import Iterator
from fnmatch import fnmatchcase
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import func, select

from deskapp.models import BusinessPlan, Desk, EnterpriseProject, ProjectMembership
from deskapp.models.enums import Stage
from deskapp.services.actor import resolve_actor
from deskapp.services.demo import generate_demo
from deskapp.services.organisation import create_operator
from deskapp.ui.i18n import install_translators
from tests.ui.test_translation_catalogue import CATALOGUES
from tests.ui.window_tour import visit_common_dialogs

TODAY = dt.date(2026, 11, 30)
DESK = "Antenne Bastia"
ALLOWED_FILE = Path(__file__).with_name("french_walk_allowed.txt")
# A language is offered by its own name, whatever the screen's ("Italiano" for the
# Italian partner reading the document).
ENDONYMS = frozenset({"Italiano", "Français", "English"})


# --- what must not be read on a French desk -----------------------------------------


def _normal(text: str) -> str:
    """A text as compared: without the mnemonic '&', the trailing '...' or ':' and the
    spaces around."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return text.strip().rstrip(":.…").strip()


def _is_word(text: str) -> bool:
    """Something a translator translates: letters in lower case, not a code (CFI,
    NASpI, 2A), more than a couple of characters."""
    return len(text) > 2 and any(c.islower() for c in text)


def _foreign() -> dict[str, str]:
    """Each English source and each Italian label a French screen must not show, with
    what it is ("English" or "Italian")."""
    french = {(m.context, m.source): m.forms for m in CATALOGUES["fr"] if m.forms}
    italian = {(m.context, m.source): m.forms for m in CATALOGUES["it"] if m.forms}
    said_in_french = {_normal(form) for forms in french.values() for form in forms}
    foreign: dict[str, str] = {}
    for (_context, source), forms in italian.items():
        for form in forms:
            word = _normal(form)
            if word not in said_in_french and word != _normal(source) and _is_word(word):
                foreign[word] = "Italian"
    for (_context, source), forms in french.items():
        if "%n" in source or "%Ln" in source:
            continue  # plural templates are never shown as they stand
        word = _normal(source)
        if word not in said_in_french and _is_word(word) and word != _normal(forms[0]):
            foreign[word] = "English"
    return foreign


# Words of English that French never writes: a text holding two of them is English even
# if it was never marked for translation (and so is in no catalogue).
ENGLISH_WORDS = frozenset(
    "the of and to with for by is are this that from which your you my be not it its "
    "has have was will can cannot there their who what when where in people".split()
)


def _sounds_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text.lower())
    return len({w for w in words if w in ENGLISH_WORDS}) >= 2


def _allowed() -> list[str]:
    """Patterns (fnmatch: '*' for a figure) of texts let through for now."""
    allowed = list(ENDONYMS)
    if ALLOWED_FILE.exists():
        lines = ALLOWED_FILE.read_text(encoding="utf-8").splitlines()
        allowed += [_normal(line) for line in lines if line.strip() and not line.startswith("#")]
    return allowed


# --- what a person reads -----------------------------------------------------------


def _plain(text: str) -> list[str]:
    """The lines of a label's text, rich text made plain."""
    if re.search(r"<(/?[A-Za-z][A-Za-z0-9]*)(\s[^<>]*)?/?>", text):
        text = re.sub(r"<br\s*/?>|</p>|</li>|</tr>|</h\d>", "\n", text, flags=re.I)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return [line for line in (part.strip() for part in text.split("\n")) if line]


def _where(widget: QWidget, root: QWidget) -> str:
    """The widget's path from the screen: class names, with the group or object name
    that says which."""
    parts = []
    node: QWidget | None = widget
    while node is not None and node is not root:
        part = type(node).__name__
        if isinstance(node, QGroupBox) and node.title():
            part += f"[{node.title()}]"
        elif node.objectName() and not node.objectName().startswith("qt_"):
            part += f"#{node.objectName()}"
        parts.append(part)
        node = node.parentWidget()
    return " > ".join(reversed(parts[:4]))


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    top = QModelIndex()
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount(top)),
        (Qt.Orientation.Vertical, min(model.rowCount(top), 200)),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield value
            tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip


def _texts(widget: QWidget) -> Iterator[str]:
    if widget.isWindow():
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
        if widget.lineEdit() is not None:
            yield widget.lineEdit().placeholderText()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QMenu):
        yield widget.title()
        for action in widget.actions():
            yield action.text()
            yield action.toolTip()
    if isinstance(widget, QTableView | QTreeView):
        yield from _header_texts(widget)


class Walk:
    def __init__(self) -> None:
        self.foreign = _foreign()
        self.allowed = _allowed()
        self.found: dict[tuple[str, str], str] = {}  # (where, text) -> English / Italian
        self.texts_seen = 0
        # Texts in no catalogue at all (data, or a string never marked): written to
        # DESKAPP_WALK_UNKNOWN when set, for a person to read through.
        self.unknown: dict[str, str] = {}
        self._french = {_normal(f) for m in CATALOGUES["fr"] for f in m.forms}

    def screen(self, label: str, root: QWidget) -> None:
        self._settle()
        self._collect(label, root)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.window().isVisible():
                continue
            for index in range(tabs.count()):
                self._reveal(tabs.widget(index))
                tabs.setCurrentIndex(index)
                self._settle()
                self._collect(f"{label} / {tabs.tabText(index)}", root)

    def dialog(self, label: str, dialog: QWidget | None) -> None:
        assert dialog is not None, label
        dialog.show()
        self.screen(label, dialog)
        dialog.close()

    def _collect(self, label: str, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            for text in _texts(widget):
                for line in _plain(text or ""):
                    self.texts_seen += 1
                    word = _normal(line)
                    kind = self.foreign.get(word)
                    if kind is None and word not in self._french and _sounds_english(word):
                        kind = "English (not marked?)"
                    if kind and not any(fnmatchcase(word, p) for p in self.allowed):
                        self.found[(f"{label}: {_where(widget, root)}", line)] = kind
                    elif not kind and word not in self._french:
                        self.unknown.setdefault(line, f"{label}: {_where(widget, root)}")

    @staticmethod
    def _settle() -> None:
        for _ in range(3):
            QApplication.processEvents()

    @staticmethod
    def _reveal(widget: QWidget) -> None:
        child, parent = widget, widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QStackedWidget):
                parent.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()

    def report(self) -> str:
        """One line per text: what it is, and the first place it was read (of how many)."""
        places: dict[str, list[str]] = {}
        kinds: dict[str, str] = {}
        for (where, text), kind in sorted(self.found.items()):
            places.setdefault(text, []).append(where)
            kinds[text] = kind
        return "\n".join(
            f"{kinds[text]}: {text!r} at {where[0]}"
            + (f" (and {len(where) - 1} more places)" if len(where) > 1 else "")
            for text, where in sorted(places.items(), key=lambda i: i[1][0])
        )

    def texts(self) -> set[str]:
        return {text for (_where, text) in self.found}


# --- the French desk ---------------------------------------------------------------


@pytest.fixture
def french():
    """The French translators, Qt's own included, and French dates and numbers."""
    app = QCoreApplication.instance()
    locale = QLocale()
    translators = install_translators(app, "fr")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def bastia(db):
    """The demo registry; an administrator of Antenne Bastia, the desk's project with
    a business plan (a frozen version too) and one of its members."""
    generate_demo(db, persons=80, seed=5, today=TODAY)
    demo_admin = resolve_actor(db, "Amministratore demo")
    with db.read() as s:
        desk_id = s.scalar(select(Desk.id).where(Desk.name == DESK))
        french_desks = select(Desk.id).where(Desk.language == "fr")
        project_id = s.scalar(
            select(EnterpriseProject.id)
            .join(BusinessPlan, BusinessPlan.project_id == EnterpriseProject.id)
            .join(ProjectMembership, ProjectMembership.project_id == EnterpriseProject.id)
            .where(
                EnterpriseProject.desk_id.in_(french_desks),
                EnterpriseProject.stage.in_([Stage.BUSINESS_PLAN, Stage.FUNDING]),
            )
            .group_by(EnterpriseProject.id)
            .order_by(func.count().desc())
            .limit(1)
        )
        assert project_id is not None, "the demo has a French project with a plan"
        person_id = s.scalar(
            select(ProjectMembership.person_id).where(ProjectMembership.project_id == project_id)
        )
    create_operator(
        db,
        demo_admin,
        {"name": "Claire Santoni", "role": "administrator", "desk_id": desk_id},
        "Calanques-de-Piana",
    )
    actor = resolve_actor(db, "Claire Santoni")
    from deskapp.services.business_plans import freeze_plan

    freeze_plan(db, actor, project_id, "Dossier France Active")
    return actor, project_id, person_id


def _walk_in_french(qtbot, db, db_path, actor, project_id: int, person_id: int) -> Walk:
    from deskapp.services.retention import Due
    from deskapp.ui.conflict_dialog import ConflictDialog
    from deskapp.ui.first_run import FirstRunDialog
    from deskapp.ui.key_dialog import DatabaseKeyDialog
    from deskapp.ui.login_dialog import ChoosePasswordDialog, LoginDialog
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.retention_dialog import RetentionDialog

    walk = Walk()
    window = MainWindow(db, actor, db_path, DESK)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    walk.screen("window", window)
    for key in window.page_titles:
        window.show_page(key)
        walk.screen(key, window.tabs.currentWidget())
    for menu in window.menuBar().findChildren(QMenu):
        walk.screen(f"menu {menu.title()}", menu)

    record = window.open_person(person_id)
    walk.screen("person", record)
    walk.screen("new person", window.new_person())
    project = window.open_project(project_id)
    walk.screen("project", project)
    walk.screen("new project", window.new_project())
    editor = window.open_plan(project_id)
    walk.screen("business plan", editor)
    for menu in editor.findChildren(QMenu):
        menu.aboutToShow.emit()  # the menus filled when opened (versions, funding)
        walk.screen(f"business plan menu {menu.title()}", menu)

    visit_common_dialogs(walk, window, db, record, project)
    walk.dialog("new account", window.page("administration").accounts.new_account())
    walk.dialog("password", ChoosePasswordDialog(db, actor, window, for_operator=(1, "Anna")))
    walk.dialog("log in", LoginDialog(db, ["Claire Santoni"], parent=window))
    walk.dialog("first run", FirstRunDialog(db, window))
    walk.dialog("database key", DatabaseKeyDialog(Path("antenne.sqlite"), window))
    walk.dialog("conflict", ConflictDialog([("Téléphone", "06 1", "06 2")], window))
    due = [Due(person_id, dt.date(2015, 3, 1), False, dt.date(2020, 12, 31))]
    walk.dialog("retention", RetentionDialog(db, due, True, window))
    versions = editor.compare_menu.actions()
    assert versions and versions[0].isEnabled()
    versions[0].trigger()
    from deskapp.ui.plan_compare import CompareDialog

    compare = editor.findChildren(CompareDialog)
    walk.dialog("compare versions", compare[-1] if compare else None)
    walk.dialog("help", window.show_help())
    walk.dialog("keyboard shortcuts", window.show_shortcuts())
    return walk


def test_a_french_desk_reads_french_everywhere(qtbot, db, db_path, bastia, french):
    actor, project_id, person_id = bastia
    walk = _walk_in_french(qtbot, db, db_path, actor, project_id, person_id)
    unknown = os.environ.get("DESKAPP_WALK_UNKNOWN")
    if unknown:
        Path(unknown).write_text(
            "\n".join(f"{text!r}\t{where}" for text, where in sorted(walk.unknown.items())),
            encoding="utf-8",
        )
    assert walk.texts_seen > 2000  # the walk saw the screens, not an empty window
    assert not walk.found, f"{len(walk.texts())} foreign texts:\n{walk.report()}"


def test_the_walk_would_see_an_english_or_italian_text(qtbot, french):
    """The lists hold what they must: a label left in English, or in Italian, fails."""
    walk = Walk()
    assert walk.foreign.get("Log activity") == "English"  # French: "Noter une activité"
    italian = QCoreApplication.translate("MainWindow", "People")
    assert italian != "People"
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Log activity...", box)
    QLabel("Persone", box)
    QLabel("Capital paid in by the people of the project", box)  # in no catalogue
    QLabel(italian, box)  # French: fine
    QLabel("Italiano", box)  # a language by its own name: fine
    walk.screen("box", box)
    assert walk.texts() == {
        "Log activity...",
        "Persone",
        "Capital paid in by the people of the project",
    }
