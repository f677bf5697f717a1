"""The main window: for now the registry search, until the desk screens land.

It receives the database, the acting operator and the file path from outside;
nothing here is global.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.services.persons import count_persons
from deskapp.services.search import search_persons
from deskapp.ui.person_hits_model import PersonHitsModel

SEARCH_DELAY_MS = 150  # wait for a pause in typing, not every keystroke


class MainWindow(QMainWindow):
    def __init__(
        self, db: Database, actor: Actor | None, db_path: Path, desk_name: str = ""
    ) -> None:
        super().__init__()
        self._db = db
        self._actor = actor
        self.setWindowTitle(self.tr("deskapp - help desk registry"))
        self.resize(1100, 700)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search by surname, name, codice fiscale, phone, e-mail, municipality...")
        )
        self.search_box.setClearButtonEnabled(True)
        self.results = PersonHitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout()
        layout.addWidget(self.search_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self.run_search)

        find = QAction(self.tr("Find a person"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)

        operator = actor.name if actor else self.tr("no operator")
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Desk: %1").replace("%1", desk_name or "-"))
        )
        self.statusBar().addPermanentWidget(QLabel(self.tr("Operator: %1").replace("%1", operator)))
        self.statusBar().addPermanentWidget(QLabel(str(db_path)))
        self.statusBar().showMessage(self.tr("deskapp %1").replace("%1", __version__), 5000)
        self._people = count_persons(db)
        self._show_empty_state()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.search_box.text().strip()
        self.results.set_rows(search_persons(self._db, text) if text else [])
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        text = self.search_box.text().strip()
        if self._people == 0:
            message = self.tr(
                "The registry is empty. Set up the desk with 'deskapp init', or try the app "
                "with invented people: 'deskapp demo'."
            )
        elif not text:
            message = self.tr(
                "%Ln people in the registry. Type part of a name to find someone.", "", self._people
            )
        elif self.results.rowCount() == 0:
            message = self.tr("No one found for \u201c%1\u201d.").replace("%1", text)
        else:
            message = ""
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))
