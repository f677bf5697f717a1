"""The main window: assembles the pages; holds no data logic of its own.

It receives the database, the acting operator and the file path from outside;
nothing here is global. For now it shows the People page; the agenda, projects,
resources and reports pages join it as they are built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from deskapp import __version__
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.ui.people_page import PeoplePage


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
        self.setCentralWidget(self.people)

        find = QAction(self.tr("Find a person"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.people.focus_search)
        self.addAction(find)

        operator = actor.name if actor else self.tr("no operator")
        status = self.statusBar()
        status.addPermanentWidget(QLabel(self.tr("Desk: %1").replace("%1", desk_name or "-")))
        status.addPermanentWidget(QLabel(self.tr("Operator: %1").replace("%1", operator)))
        status.addPermanentWidget(QLabel(str(db_path)))
        status.showMessage(self.tr("deskapp %1").replace("%1", __version__), 5000)
