"""The main window: assembles the pages; holds no data logic of its own.

It receives the database, the acting operator and the file path from outside;
nothing here is global. The pages (People, Projects, Agenda, Resources, Organisations, Reports,
Settings) are the first tabs and cannot be closed; each person or project opened gets
a tab of its own, and a tab (or the window) with unsaved changes asks before closing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from deskapp import __version__
from deskapp.models.database import Database
from deskapp.models.enums import Country
from deskapp.models.identifier_shapes import looks_like_nir, normalise_codice_fiscale
from deskapp.services.actor import Actor
from deskapp.services.permissions import Action, may
from deskapp.ui.accessibility import announce, label_fields, name
from deskapp.ui.people_page import PeoplePage
from deskapp.ui.screen_fit import restore_if_it_fits

if TYPE_CHECKING:
    from deskapp.ui.agenda_page import AgendaPage
    from deskapp.ui.help_window import HelpWindow
    from deskapp.ui.organisations_page import OrganisationsPage
    from deskapp.ui.person_record import PersonRecord
    from deskapp.ui.plan_editor import PlanEditor
    from deskapp.ui.project_page import ProjectPage
    from deskapp.ui.projects_page import ProjectsPage
    from deskapp.ui.reports_page import ReportsPage
    from deskapp.ui.resources_page import ResourcesPage
    from deskapp.ui.settings_page import SettingsPage
    from deskapp.ui.shortcuts_dialog import ShortcutsDialog

    Record = PersonRecord | ProjectPage | PlanEditor

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
# The records' modules are imported when the first such record opens (the plan editor
# brings the charts and ReportLab): the window opens without them.
RECORD_MODULES = {
    "PersonRecord": "deskapp.ui.person_record",
    "ProjectPage": "deskapp.ui.project_page",
    "PlanEditor": "deskapp.ui.plan_editor",
}
RECORDS = tuple(RECORD_MODULES)


def loaded(*classes: str) -> tuple[type, ...]:
    """The record classes among ``classes`` whose module is imported: for isinstance,
    without importing the others (no record of a class never imported can be open)."""
    found = []
    for cls in classes:
        module = sys.modules.get(RECORD_MODULES[cls])
        if module is not None and hasattr(module, cls):
            found.append(getattr(module, cls))
    return tuple(found)


def prefill_from_search(text: str) -> dict[str, str]:
    """What the operator typed before pressing "New person": a codice fiscale, a NIR,
    or "surname name"."""
    text = text.strip()
    if not text:
        return {}
    nir = looks_like_nir(text)
    if nir is not None:
        return {"nir": nir}
    compact = normalise_codice_fiscale(text)
    if len(compact) == 16 and compact[:6].isalpha() and compact[6:8].isdigit():
        return {"codice_fiscale": compact}
    family, _, given = text.partition(" ")
    prefill = {"family_name": family.capitalize()}
    if given:
        prefill["given_name"] = given.strip().capitalize()
    return prefill


# The keys of the pages only some operators have (Ctrl+1 to Ctrl+6: the six for all).
PAGE_KEYS = {"administration": 8, "consolidation": 9}

# Pages of forms taller than a 768-pixel screen leaves them: they scroll.
SCROLLED_PAGES = frozenset({"settings", "reports"})


def scrolled(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, actor: Actor | None, db_path: Path | None, desk_name: str = ""
    ) -> None:
        """``db_path``: the database file; None for a database on a server."""
        super().__init__()
        self._db = db
        self._actor = actor
        self.help_window: HelpWindow | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.setWindowTitle(self.tr("deskapp - help desk registry"))

        self._db_path = db_path
        self.people = PeoplePage(db, self, actor.desk_country if actor else Country.IT)
        self.people.person_activated.connect(self.open_person)
        self.people.new_person_requested.connect(self.new_person)
        # The other pages are built when first shown (or first asked for): the window
        # opens without importing and building what the operator may not use today.
        self._factories: dict[str, Callable[[], QWidget]] = {
            "projects": self._make_projects,
            "agenda": self._make_agenda,
            "resources": self._make_resources,
            "organisations": self._make_organisations,
            "reports": self._make_reports,
            "settings": self._make_settings,
        }
        if may(actor, Action.ACCOUNTS):
            self._factories["administration"] = self._make_administration
        if may(actor, Action.IMPORT):
            self._factories["consolidation"] = self._make_consolidation
        self._built: dict[str, QWidget] = {"people": self.people}
        self._slots: dict[str, QWidget] = {"people": self.people}
        self.page_titles: dict[str, str] = {
            "people": self.tr("People"),
            "projects": self.tr("Projects"),
            "agenda": self.tr("Agenda"),
            "resources": self.tr("Resources"),
            "organisations": self.tr("Organisations"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }
        if "administration" in self._factories:
            self.page_titles["administration"] = self.tr("Administration")
        if "consolidation" in self._factories:
            self.page_titles["consolidation"] = self.tr("Consolidation")
        self.tabs = QTabWidget()
        name(self.tabs.tabBar(), self.tr("Pages and open records"))
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(False)
        for index, (key, title) in enumerate(self.page_titles.items()):
            slot = self.people if key == "people" else QWidget()
            self._slots[key] = slot
            self.tabs.addTab(slot, title)
            self.tabs.tabBar().setTabButton(
                index, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self._building = False
        self.tabs.currentChanged.connect(self._build_current)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)
        self._build_menus()

        operator = actor.name if actor else self.tr("no operator")
        status = self.statusBar()
        status.addPermanentWidget(QLabel(self.tr("Desk: %1").replace("%1", desk_name or "-")))
        status.addPermanentWidget(QLabel(self.tr("Operator: %1").replace("%1", operator)))
        self.connection = None
        if db.is_postgresql:
            # The server named, so an operator knows they are on the shared registry;
            # a lost connection said in a banner, with Reconnect.
            from deskapp.ui.server_start import ConnectionWatch

            self.connection = ConnectionWatch(self, db)
            status.addPermanentWidget(self.connection.server_label)
            file_menu = self.findChild(QMenu, "file_menu")
            file_menu.insertAction(file_menu.actions()[-1], self.connection.action)  # ...Quit
        elif db_path is not None:
            # The file's name only, its whole path on hover: a long path pushed the desk
            # and the operator out of sight, and ran into the messages on the left.
            where = QLabel(db_path.name)
            where.setToolTip(str(db_path))
            status.addPermanentWidget(where)
        status.showMessage(self.tr("deskapp %1").replace("%1", __version__), 5000)
        restore_if_it_fits(self, QSettings().value(GEOMETRY_KEY), 1280, 760)

    # --- pages ---------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        if key not in self._built:
            self._building = True
            try:
                widget = self._factories[key]()
                # Labels not yet tied to their fields are tied now: every page, the
                # ones built elsewhere too, reads the same to a screen reader.
                label_fields(widget)
                # A page taller than a laptop screen scrolls instead of clipping.
                host = scrolled(widget) if key in SCROLLED_PAGES else widget
                index = self.tabs.indexOf(self._slots[key])
                current = self.tabs.currentIndex() == index
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, host, self.page_titles[key])
                self.tabs.tabBar().setTabButton(
                    index, self.tabs.tabBar().ButtonPosition.RightSide, None
                )
                self._slots[key].deleteLater()
                self._slots[key] = host
                self._built[key] = widget
                if current:
                    self.tabs.setCurrentIndex(index)
            finally:
                self._building = False
        return self._built[key]

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.tabs.setCurrentWidget(self._slots[key])
        return page

    def _build_current(self, index: int) -> None:
        if self._building:
            return
        for key, slot in self._slots.items():
            if self.tabs.widget(index) is slot and key not in self._built:
                self.page(key)
                return

    def _make_projects(self) -> QWidget:
        from deskapp.ui.projects_page import ProjectsPage

        page = ProjectsPage(self._db, self._actor, self)
        page.project_activated.connect(self.open_project)
        page.new_project_requested.connect(self.new_project)
        return page

    def _make_agenda(self) -> QWidget:
        from deskapp.ui.agenda_page import AgendaPage

        page = AgendaPage(self._db, self._actor, parent=self)
        page.person_activated.connect(self.open_person)
        page.project_activated.connect(self.open_project)
        return page

    def _make_resources(self) -> QWidget:
        from deskapp.ui.resources_page import ResourcesPage

        page = ResourcesPage(self._db, self._actor, self)
        page.person_activated.connect(self.open_person)
        page.project_activated.connect(self.open_project)
        return page

    def _make_organisations(self) -> QWidget:
        from deskapp.ui.organisations_page import OrganisationsPage

        return OrganisationsPage(self._db, self._actor, self)

    def _make_reports(self) -> QWidget:
        from deskapp.ui.reports_page import ReportsPage

        page = ReportsPage(self._db, self._actor, self)
        page.data_changed.connect(self.people.refresh)
        return page

    def _make_settings(self) -> QWidget:
        from deskapp.ui.settings_page import SettingsPage

        page = SettingsPage(self._db, self._db_path, self._actor, self)
        page.restored.connect(self._restored)
        return page

    def _make_administration(self) -> QWidget:
        from deskapp.ui.administration_page import AdministrationPage

        assert self._actor is not None  # only an administrator has this page
        return AdministrationPage(self._db, self._actor, self)

    def _make_consolidation(self) -> QWidget:
        from deskapp.ui.consolidation_page import ConsolidationPage

        assert self._actor is not None  # only a coordinator or an administrator has it
        page = ConsolidationPage(self._db, self._actor, self)
        page.data_changed.connect(self._consolidated)
        return page

    def _consolidated(self) -> None:
        """Bundles taken in, conflicts or merges decided: the lists read again."""
        self.people.refresh()
        if "projects" in self._built:
            self.projects.refresh()

    def send_to_coordinator(self) -> QWidget | None:
        """File > Send to the coordinator: this desk's bundle, written to a file."""
        if not may(self._actor, Action.EXPORT):
            self.say(self.tr("Only a coordinator or an administrator sends bundles."))
            return None
        assert self._actor is not None
        from deskapp.ui.sync_dialogs import SendBundleDialog

        dialog = SendBundleDialog(self._db, self._actor, self)
        dialog.accepted.connect(lambda: self.say(dialog.result_text))
        dialog.open()
        return dialog

    def _restored(self, aside: str) -> None:
        """The database file was replaced by a backup: every open record refers to the
        old one, so deskapp stops here and is started again on the restored file."""
        QMessageBox.information(
            self,
            self.tr("Restored"),
            self.tr(
                "The backup is in place (the previous file was kept as %1). deskapp closes "
                "now: start it again."
            ).replace("%1", aside),
        )
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        QCoreApplication.exit(0)

    @property
    def projects(self) -> ProjectsPage:
        return self.page("projects")  # type: ignore[return-value]

    @property
    def agenda(self) -> AgendaPage:
        return self.page("agenda")  # type: ignore[return-value]

    @property
    def resources(self) -> ResourcesPage:
        return self.page("resources")  # type: ignore[return-value]

    @property
    def organisations(self) -> OrganisationsPage:
        return self.page("organisations")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportsPage:
        return self.page("reports")  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsPage:
        return self.page("settings")  # type: ignore[return-value]

    # --- menus and shortcuts -------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("file_menu")
        for action in (
            self._action(self.tr("New person"), QKeySequence.StandardKey.New, self.new_person),
            self._action(self.tr("New project"), "Ctrl+Shift+N", self.new_project),
            self._action(self.tr("Log activity..."), "Ctrl+L", self.log_activity),
            self._action(self.tr("Print..."), QKeySequence.StandardKey.Print, self.print_current),
            *(
                [
                    self._action(
                        self.tr("Send to the coordinator..."), None, self.send_to_coordinator
                    )
                ]
                if may(self._actor, Action.EXPORT)
                else []
            ),
            self._action(
                self.tr("Close tab"),
                QKeySequence.StandardKey.Close,
                lambda: self.close_tab(self.tabs.currentIndex()),
            ),
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(
            self._action(self.tr("Find a person"), QKeySequence.StandardKey.Find, self.find_person)
        )
        for number, (key, title) in enumerate(self.page_titles.items(), start=1):
            # The pages not every operator has keep their own keys: Consolidation is
            # Ctrl+9 for a coordinator too, who has no Administration.
            number = PAGE_KEYS.get(key, number)
            go_menu.addAction(
                self._action(title, f"Ctrl+{number}", lambda k=key: self.show_page(k))
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("User guide"), QKeySequence.StandardKey.HelpContents, self.show_help
            )
        )
        help_menu.addAction(
            self._action(self.tr("Keyboard shortcuts"), "Ctrl+F1", self.show_shortcuts)
        )
        help_menu.addAction(self._action(self.tr("About deskapp"), None, self.about))
        # Shortcuts work from every tab, menus shown or not.
        for menu in (file_menu, go_menu, help_menu):
            self.addActions(menu.actions())

    # --- records -------------------------------------------------------------------

    def find_person(self) -> None:
        self.tabs.setCurrentWidget(self.people)
        self.people.focus_search()

    def records(self) -> list[Record]:
        return [
            w
            for i in range(self.tabs.count())
            if isinstance(w := self.tabs.widget(i), loaded(*RECORDS))
        ]

    def _add_record(self, record: Record) -> None:
        record.saved.connect(lambda _id, r=record: self._saved(r))
        record.open_person.connect(self.open_person)
        record.modified_changed.connect(lambda modified, r=record: self._mark_tab(r, modified))
        title_changed = getattr(record, "title_changed", None)
        if title_changed is not None:  # the tab follows the name as it is typed
            title_changed.connect(lambda r=record: self._mark_tab(r, r.is_modified()))
        if isinstance(record, loaded("PersonRecord")):
            record.open_project.connect(self.open_project)
        elif isinstance(record, loaded("ProjectPage")):
            record.open_plan.connect(self.open_plan)
            record.stage_changed.connect(
                lambda _id: self.projects.refresh() if "projects" in self._built else None
            )
        index = self.tabs.addTab(record, self._title(record))
        self.tabs.setCurrentIndex(index)
        self._mark_tab(record, record.is_modified())
        # The keyboard starts in the record, not on the page left behind.
        focus_first = getattr(record, "focus_first", None)
        if focus_first is not None:
            focus_first()

    def say(self, text: str) -> None:
        """A short message in the status bar, said by the screen reader too."""
        self.statusBar().showMessage(text, 5000)
        announce(self, text)

    def _need_operator(self) -> bool:
        if self._actor is None:
            self.say(self.tr("Choose an operator first."))
            return False
        return True

    def new_person(self) -> PersonRecord | None:
        if not self._need_operator():
            return None
        assert self._actor is not None
        from deskapp.ui.person_record import PersonRecord

        record = PersonRecord(
            self._db, self._actor, prefill=prefill_from_search(self.people.search_box.text())
        )
        self._add_record(record)
        return record

    def open_person(self, person_id: int) -> PersonRecord | None:
        from deskapp.ui.person_record import PersonRecord

        for record in self.records():
            if isinstance(record, PersonRecord) and record.person_id == person_id:
                self.tabs.setCurrentWidget(record)
                return record
        if self._actor is None:
            return None
        record = PersonRecord(self._db, self._actor, person_id=person_id)
        self._add_record(record)
        return record

    def new_project(self) -> ProjectPage | None:
        if not self._need_operator():
            return None
        assert self._actor is not None
        from deskapp.ui.project_page import ProjectPage

        page = ProjectPage(self._db, self._actor)
        self._add_record(page)
        return page

    def open_project(self, project_id: int) -> ProjectPage | None:
        from deskapp.ui.project_page import ProjectPage

        for record in self.records():
            if isinstance(record, ProjectPage) and record.project_id == project_id:
                self.tabs.setCurrentWidget(record)
                return record
        if self._actor is None:
            return None
        page = ProjectPage(self._db, self._actor, project_id)
        self._add_record(page)
        return page

    def open_plan(self, project_id: int) -> PlanEditor | None:
        from deskapp.ui.plan_editor import PlanEditor

        for record in self.records():
            if isinstance(record, PlanEditor) and record.project_id == project_id:
                self.tabs.setCurrentWidget(record)
                return record
        if self._actor is None:
            return None
        editor = PlanEditor(self._db, self._actor, project_id)
        self._add_record(editor)
        return editor

    def log_activity(self) -> QWidget | None:
        """Log an activity about the record on screen, or about a person chosen now."""
        if not self._need_operator():
            return None
        assert self._actor is not None
        current = self.tabs.currentWidget()
        if isinstance(current, loaded("PersonRecord", "ProjectPage")):
            dialog = current.log_activity()
            if dialog is not None:
                return dialog
        from deskapp.ui.activity_dialog import activity_dialog
        from deskapp.ui.pickers import PersonPicker

        picker = PersonPicker(self._db, parent=self)
        actor = self._actor

        def chosen(ids: list[int]) -> None:
            record = self.open_person(ids[0])
            name = record.display_name() if record else ""
            dialog = activity_dialog(self._db, actor, self, person=(ids[0], name))
            dialog.saved.connect(lambda _id: self._refresh_after_activity())
            dialog.open()

        picker.chosen.connect(chosen)
        picker.open()
        return picker

    def _refresh_after_activity(self) -> None:
        for record in self.records():
            panel = record.panels.get("activities")
            if panel is not None:
                panel.refresh()

    def _title(self, record: Record) -> str:
        name = record.display_name()
        if name:
            return name
        if isinstance(record, loaded("PersonRecord")):
            return self.tr("New person")
        return self.tr("New project")

    def _mark_tab(self, record: Record, modified: bool) -> None:
        index = self.tabs.indexOf(record)
        if index >= 0:
            self.tabs.setTabText(index, self._title(record) + (" *" if modified else ""))

    def _saved(self, record: Record) -> None:
        self._mark_tab(record, False)
        if isinstance(record, loaded("PersonRecord")):
            self.people.refresh()
        elif "projects" in self._built:
            self.projects.refresh()
        self.say(self.tr("Saved: %1").replace("%1", self._title(record)))

    def _may_discard(self, records: list[Record]) -> bool:
        unsaved = [r for r in records if r.is_modified()]
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "%n record(s) have changes that are not saved. Close without saving?",
                "",
                len(unsaved),
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def close_tab(self, index: int) -> None:
        record = self.tabs.widget(index)
        if isinstance(record, loaded(*RECORDS)) and self._may_discard([record]):
            self.tabs.removeTab(index)
            record.deleteLater()

    # --- print, help ---------------------------------------------------------------

    def print_current(self) -> None:
        """A person or a project: its document (dossier, summary), previewed first.
        Any other page: what it shows, scaled to the paper."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        widget = self.tabs.currentWidget()
        if isinstance(widget, loaded(*RECORDS)):
            widget.print_document()
            return
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            widget = widget.widget()  # the whole page, not the part scrolled into view
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = min(page.width() / widget.width(), page.height() / widget.height())
        painter.scale(scale, scale)
        widget.render(painter)
        painter.end()

    def show_help(self) -> HelpWindow:
        if self.help_window is None:
            from deskapp.ui.help_window import HelpWindow

            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts: the menu's keys and each screen's."""
        if self.shortcuts_dialog is None:
            from deskapp.ui.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self.actions(), self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About deskapp"),
            self.tr(
                "deskapp %1\nThe registry of the help desks that turn job loss into new "
                "enterprises."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_discard(self.records()):
            QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
            event.accept()
        else:
            event.ignore()
