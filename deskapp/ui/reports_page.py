"""Reports and data: exports of the registry, imports of people, all off the GUI
thread with progress and cancel. The coordinators' reports join this page with the
reports module (issue 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import Cancelled, DeskappError, ImportFailed
from deskapp.models.database import Database
from deskapp.reports.exports import export_table
from deskapp.services.actor import Actor
from deskapp.services.importing import ImportResult, import_persons
from deskapp.ui.i18n import error_text
from deskapp.ui.tasks import BackgroundTask, run_in_background

PAGE_WIDTH = 820  # a column of readable width, not the whole window


def documents_dir() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


class ReportsPage(QWidget):
    data_changed = Signal()

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.task: BackgroundTask | None = None

        exports = QGroupBox(self.tr("Export the registry"))
        export_form = QFormLayout(exports)
        self.export_what = QComboBox()
        for label, key in (
            (self.tr("People"), "persons"),
            (self.tr("Projects"), "projects"),
            (self.tr("Activities"), "activities"),
        ):
            self.export_what.addItem(label, key)
        export_button = QPushButton(self.tr("Export to a file..."))
        export_button.clicked.connect(lambda: self.export())
        export_form.addRow(self.tr("What"), self.export_what)
        export_hint = QLabel(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file. Exports contain personal data: "
                "keep the file safe. Every export is recorded in the audit trail."
            )
        )
        export_hint.setWordWrap(True)
        export_form.addRow(export_hint)
        export_form.addRow(export_button)

        imports = QGroupBox(self.tr("Import people"))
        import_layout = QVBoxLayout(imports)
        hint = QLabel(
            self.tr(
                "From an .xlsx or .csv file with one row per person (same columns as the "
                "export). Every row is checked first: if any row has an error, nothing is "
                "imported and the errors are listed by line."
            )
        )
        hint.setWordWrap(True)
        import_button = QPushButton(self.tr("Import from a file..."))
        import_button.clicked.connect(lambda: self.import_people())
        import_layout.addWidget(hint)
        import_layout.addWidget(import_button)

        coming = QLabel(
            self.tr(
                "Coordinator reports (EU indicators, person dossier, project summary) "
                "will be produced here."
            )
        )
        coming.setWordWrap(True)
        coming.setEnabled(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(PAGE_WIDTH)
        column.setMinimumWidth(PAGE_WIDTH * 3 // 4)
        layout = QVBoxLayout(column)
        layout.addWidget(exports)
        layout.addWidget(imports)
        layout.addWidget(self.result)
        layout.addWidget(coming)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        if self._actor is None:
            return None
        what = self.export_what.currentData()
        if path is None:
            suggested = documents_dir() / f"deskapp-{what}-{dt.date.today():%Y%m%d}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to"),
                str(suggested),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        actor = self._actor
        target = path
        self.task = run_in_background(
            self,
            self.tr("Exporting..."),
            lambda progress: export_table(
                self._db, actor, what, target, progress=lambda n: progress(n, 0)
            ),
            lambda count: self.result.setText(
                self.tr("%Ln rows exported to %1.", "", int(count)).replace("%1", str(target))
            ),
            self._failed,
        )
        return self.task

    def import_people(self, path: Path | None = None) -> BackgroundTask | None:
        if self._actor is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import people from"),
                str(documents_dir()),
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        actor = self._actor
        source = path
        self.task = run_in_background(
            self,
            self.tr("Importing..."),
            lambda progress: import_persons(
                self._db, actor, source, progress=lambda _step, done, total: progress(done, total)
            ),
            self._imported,
            self._failed,
        )
        return self.task

    def _imported(self, result: ImportResult) -> None:
        self.result.setText(self.tr("%Ln people imported.", "", result.written))
        self.data_changed.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.result.setText(error_text(error))
            return
        if isinstance(error, ImportFailed):
            lines = [
                self.tr("Line %1, %2: %3")
                .replace("%1", str(line))
                .replace("%2", column)
                .replace("%3", QCoreApplication.translate("Error", reason))
                for line, column, reason in error.row_errors[:30]
            ]
            more = len(error.row_errors) - len(lines)
            if more > 0:
                lines.append(self.tr("... and %Ln more.", "", more))
            self.result.setText(error_text(error) + "\n" + "\n".join(lines))
            return
        text = error_text(error) if isinstance(error, DeskappError) else str(error)
        self.result.setText(text)
        QMessageBox.warning(self, self.tr("Not done"), text)
