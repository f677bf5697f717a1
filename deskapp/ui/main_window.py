"""The main window: assembles the pages; holds no data logic of its own.

It receives the database, the acting operator and the file path from outside;
nothing here is global. The People page is the first tab; each person opened gets
a tab of its own, and a tab (or the window) with unsaved changes asks before closing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from deskapp import __version__
from deskapp.models.database import Database
from deskapp.models.identifiers import normalise_codice_fiscale
from deskapp.services.actor import Actor
from deskapp.ui.people_page import PeoplePage
from deskapp.ui.person_form import PersonForm


def prefill_from_search(text: str) -> dict[str, str]:
    """What the operator typed before pressing "New person": a codice fiscale, or
    "surname name"."""
    text = text.strip()
    if not text:
        return {}
    compact = normalise_codice_fiscale(text)
    if len(compact) == 16 and compact[:6].isalpha() and compact[6:8].isdigit():
        return {"codice_fiscale": compact}
    family, _, given = text.partition(" ")
    prefill = {"family_name": family.capitalize()}
    if given:
        prefill["given_name"] = given.strip().capitalize()
    return prefill


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, actor: Actor | None, db_path: Path, desk_name: str = ""
    ) -> None:
        super().__init__()
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("deskapp - help desk registry"))
        self.resize(1200, 720)

        self.people = PeoplePage(db, self)
        self.people.person_activated.connect(self.open_person)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.setCentralWidget(self.tabs)

        for text, shortcut, slot in (
            (self.tr("Find a person"), QKeySequence.StandardKey.Find, self.find_person),
            (self.tr("New person"), QKeySequence.StandardKey.New, self.new_person),
            (
                self.tr("Close tab"),
                QKeySequence.StandardKey.Close,
                lambda: self.close_tab(self.tabs.currentIndex()),
            ),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        operator = actor.name if actor else self.tr("no operator")
        status = self.statusBar()
        status.addPermanentWidget(QLabel(self.tr("Desk: %1").replace("%1", desk_name or "-")))
        status.addPermanentWidget(QLabel(self.tr("Operator: %1").replace("%1", operator)))
        status.addPermanentWidget(QLabel(str(db_path)))
        status.showMessage(self.tr("deskapp %1").replace("%1", __version__), 5000)

    def find_person(self) -> None:
        self.tabs.setCurrentWidget(self.people)
        self.people.focus_search()

    def _forms(self) -> list[PersonForm]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), PersonForm)
        ]

    def _add_form(self, form: PersonForm, title: str) -> None:
        form.saved.connect(lambda person_id, f=form: self._saved(f))
        form.open_person.connect(self.open_person)
        form.modified_changed.connect(lambda modified, f=form: self._mark_tab(f, modified))
        index = self.tabs.addTab(form, title)
        self.tabs.setCurrentIndex(index)
        self._mark_tab(form, form.is_modified())

    def new_person(self) -> PersonForm | None:
        if self._actor is None:
            self.statusBar().showMessage(self.tr("Choose an operator first."), 5000)
            return None
        form = PersonForm(
            self._db, self._actor, prefill=prefill_from_search(self.people.search_box.text())
        )
        self._add_form(form, self.tr("New person"))
        return form

    def open_person(self, person_id: int) -> PersonForm | None:
        for form in self._forms():
            if form.person_id == person_id:
                self.tabs.setCurrentWidget(form)
                return form
        if self._actor is None:
            return None
        form = PersonForm(self._db, self._actor, person_id=person_id)
        self._add_form(form, self._title(form))
        return form

    def _title(self, form: PersonForm) -> str:
        return form.display_name() or self.tr("New person")

    def _mark_tab(self, form: PersonForm, modified: bool) -> None:
        index = self.tabs.indexOf(form)
        if index >= 0:
            self.tabs.setTabText(index, self._title(form) + (" *" if modified else ""))

    def _saved(self, form: PersonForm) -> None:
        self._mark_tab(form, False)
        self.people.refresh()
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", self._title(form)), 5000)

    def _may_discard(self, forms: list[PersonForm]) -> bool:
        unsaved = [f for f in forms if f.is_modified()]
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
        form = self.tabs.widget(index)
        if isinstance(form, PersonForm) and self._may_discard([form]):
            self.tabs.removeTab(index)
            form.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_discard(self._forms()):
            event.accept()
        else:
            event.ignore()
