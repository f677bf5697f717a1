"""Settings: the interface language, and the database (where it is, back up, check).

Settings live in QSettings (per user, per machine); the window and splitter sizes
are remembered there too, by the screens that own them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.errors import Cancelled, DeskappError
from deskapp.models.database import Database
from deskapp.services.maintenance import backup_database, check_database
from deskapp.ui.i18n import error_text
from deskapp.ui.reports_page import PAGE_WIDTH, documents_dir
from deskapp.ui.tasks import BackgroundTask, run_in_background

LANGUAGE_KEY = "ui/language"


class SettingsPage(QWidget):
    def __init__(self, db: Database, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._db_path = db, db_path
        self.task: BackgroundTask | None = None

        look = QGroupBox(self.tr("Language"))
        look_form = QFormLayout(look)
        self.language = QComboBox()
        for text, code in (
            (self.tr("As the system (or the desk)"), ""),
            ("Italiano", "it"),
            ("Français", "fr"),
            ("English", "en"),
        ):
            self.language.addItem(text, code)
        current = str(QSettings().value(LANGUAGE_KEY, "") or "")
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        look_form.addRow(self.tr("Interface language"), self.language)
        look_form.addRow(self.language_note)

        data = QGroupBox(self.tr("Database"))
        data_form = QFormLayout(data)
        path_label = QLabel(str(db_path))
        path_label.setWordWrap(True)
        data_form.addRow(self.tr("File"), path_label)
        backup = QPushButton(self.tr("Back up now..."))
        backup.clicked.connect(lambda: self.back_up())
        check = QPushButton(self.tr("Check the database"))
        check.clicked.connect(self.check)
        data_form.addRow(backup)
        data_form.addRow(check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        data_form.addRow(self.result)

        about = QLabel(self.tr("deskapp %1").replace("%1", __version__))
        column = QWidget()
        column.setMaximumWidth(PAGE_WIDTH)
        column.setMinimumWidth(PAGE_WIDTH * 3 // 4)
        layout = QVBoxLayout(column)
        layout.addWidget(look)
        layout.addWidget(data)
        layout.addWidget(about)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)

    def _language_chosen(self) -> None:
        QSettings().setValue(LANGUAGE_KEY, self.language.currentData())
        self.language_note.setText(self.tr("The new language applies when deskapp restarts."))

    def back_up(self, target: Path | None = None) -> BackgroundTask | None:
        if target is None:
            suggested = documents_dir() / f"deskapp-backup-{dt.datetime.now():%Y%m%d-%H%M}.sqlite"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up to"), str(suggested), self.tr("Database (*.sqlite)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        destination = target
        self.task = run_in_background(
            self,
            self.tr("Backing up..."),
            lambda progress: backup_database(self._db, destination, progress=progress),
            lambda path: self.result.setText(
                self.tr("Backup written and checked: %1").replace("%1", str(path))
            ),
            self._failed,
        )
        return self.task

    def check(self) -> BackgroundTask:
        self.task = run_in_background(
            self,
            self.tr("Checking the database..."),
            lambda _progress: check_database(self._db),
            lambda report: self.result.setText(
                self.tr("The database is sound.")
                if report.ok
                else self.tr("Problems found:") + "\n" + "\n".join(report.problems)
            ),
            self._failed,
        )
        return self.task

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled | DeskappError):
            self.result.setText(error_text(error))
        else:
            self.result.setText(str(error))
