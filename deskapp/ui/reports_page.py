"""Reports and data: exports of the registry, imports of people, all off the GUI
thread with progress and cancel. The coordinators' reports join this page with the
reports module (issue 4)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import Cancelled, DeskappError, ImportFailed, Places, RowIssue
from deskapp.models.database import Database
from deskapp.models.enums import Region
from deskapp.models.fields import parse_date
from deskapp.reports.exports import desk_language, export_table
from deskapp.reports.indicators_report import (
    ReportScope,
    coordinator_report,
    participants_written_beside,
    resolve_scope,
)
from deskapp.reports.tables import delimiter_for
from deskapp.services.actor import Actor
from deskapp.services.importing import ImportResult, import_persons, summarise_issues
from deskapp.services.indicators import Indicators
from deskapp.services.organisation import list_desks
from deskapp.services.permissions import Action, may
from deskapp.ui.field_form import date_edit
from deskapp.ui.folders import documents_dir
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import document_language_combo, enum_label, error_text, reason_text
from deskapp.ui.tasks import BackgroundTask, run_in_background

HIDE_BELOW_KEY = "reports/hide_below"
PAGE_WIDTH = 820  # a column of readable width, not the whole window


class ReportsPage(QWidget):
    data_changed = Signal()

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.task: BackgroundTask | None = None

        coordinator = self._coordinator_box(db)

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
        # Italian and French Excel split a CSV on semicolons (their decimal sign is the
        # comma): the desk's language chooses, the coordinator may choose otherwise.
        self.export_delimiter = QComboBox()
        self.export_delimiter.addItem(self.tr("Semicolon (;): Excel in Italian or French"), ";")
        self.export_delimiter.addItem(self.tr("Comma (,): Excel in English, other programs"), ",")
        if actor is not None:
            default = delimiter_for(desk_language(db, actor))
            self.export_delimiter.setCurrentIndex(self.export_delimiter.findData(default))
        export_form.addRow(self.tr("What"), self.export_what)
        export_form.addRow(self.tr("CSV separator"), self.export_delimiter)
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

        self.result = QLabel()
        self.result.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(PAGE_WIDTH)
        column.setMinimumWidth(PAGE_WIDTH * 3 // 4)
        # The services refuse these to operators; the page says so instead of offering
        # buttons that would only answer "not allowed".
        self.coordinator_box, self.exports_box, self.imports_box = coordinator, exports, imports
        coordinator.setEnabled(may(actor, Action.REPORT))
        exports.setEnabled(may(actor, Action.EXPORT))
        imports.setEnabled(may(actor, Action.IMPORT))
        self.role_note = QLabel(
            self.tr("Reports, exports and imports are for coordinators and administrators.")
        )
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(not may(actor, Action.REPORT))
        layout = QVBoxLayout(column)
        layout.addWidget(self.role_note)
        layout.addWidget(coordinator)
        layout.addWidget(exports)
        layout.addWidget(imports)
        layout.addWidget(self.result)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)

    # --- coordinator report ----------------------------------------------------------

    def _coordinator_box(self, db: Database) -> QGroupBox:
        box = QGroupBox(self.tr("Coordinator report (EU indicators)"))
        form = QFormLayout(box)
        self.period = QComboBox()
        for text, key in (
            (self.tr("Last month"), "last_month"),
            (self.tr("This month"), "this_month"),
            (self.tr("This year"), "this_year"),
            (self.tr("Last year"), "last_year"),
            (self.tr("Other period"), "custom"),
        ):
            self.period.addItem(text, key)
        self.date_from = date_edit()
        self.date_to = date_edit()
        dates = QHBoxLayout()
        dates.addWidget(self.period)
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(
                lambda _t: self.period.setCurrentIndex(self.period.findData("custom"))
            )
        self.scope = QComboBox()
        self.scope.addItem(self.tr("All desks"), ("all", None))
        desks = list_desks(db)
        for region in dict.fromkeys(d.region for d in desks):
            self.scope.addItem(
                self.tr("Region: %1").replace("%1", enum_label(region)), ("region", region.value)
            )
        for desk in desks:
            self.scope.addItem(self.tr("Desk: %1").replace("%1", desk.name), ("desk", desk.id))
        self.hide_below = QSpinBox()
        self.hide_below.setRange(0, 50)
        self.hide_below.setSpecialValueText(self.tr("Show every figure"))
        self.hide_below.setValue(int(QSettings().value(HIDE_BELOW_KEY, 0) or 0))
        self.hide_below.valueChanged.connect(
            lambda value: QSettings().setValue(HIDE_BELOW_KEY, value)
        )
        # The report speaks its desks' language; a coordinator may write to a partner
        # in another one.
        self.report_language = document_language_combo(self)
        preview = QPushButton(self.tr("Preview (PDF)..."))
        preview.clicked.connect(lambda: self.preview_report())
        workbook = QPushButton(self.tr("Export figures (xlsx, CSV)..."))
        workbook.clicked.connect(lambda: self.export_report())
        buttons = QHBoxLayout()
        buttons.addWidget(preview)
        buttons.addWidget(workbook)
        buttons.addStretch(1)
        form.addRow(self.tr("Period"), dates)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Hide breakdown cells below"), self.hide_below)
        form.addRow(self.tr("Document language"), self.report_language)
        form.addRow(buttons)
        self._period_chosen()
        return box

    def _period_chosen(self) -> None:
        key = self.period.currentData()
        today = dt.date.today()
        first_of_month = today.replace(day=1)
        spans = {
            "last_month": (
                (first_of_month - dt.timedelta(days=1)).replace(day=1),
                first_of_month - dt.timedelta(days=1),
            ),
            "this_month": (first_of_month, today),
            "this_year": (dt.date(today.year, 1, 1), today),
            "last_year": (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)),
        }
        if key in spans:
            start, end = spans[key]
            self.date_from.setText(format_date(start))
            self.date_to.setText(format_date(end))

    def _report_request(self) -> tuple[dt.date, dt.date, ReportScope] | None:
        try:
            start = parse_date(self.date_from.text())
            end = parse_date(self.date_to.text())
        except Exception:  # noqa: BLE001 - pydantic's error: said in the screen's words
            start = end = None
        if not isinstance(start, dt.date) or not isinstance(end, dt.date):
            self.result.setText(self.tr("Write both dates of the period as DD/MM/YYYY."))
            return None
        if end < start:
            self.result.setText(self.tr("The period ends before it starts."))
            return None
        kind, value = self.scope.currentData()
        target = resolve_scope(
            self._db,
            desk_id=value if kind == "desk" else None,
            region=Region(value) if kind == "region" else None,
        )
        chosen = str(self.report_language.currentData() or "")
        if chosen:
            target = replace(target, language=chosen)
        return start, end, target

    def preview_report(self, on_ready=None):  # type: ignore[no-untyped-def]
        request = self._report_request()
        if request is None or self._actor is None:
            return None
        start, end, target = request
        actor, hide = self._actor, self.hide_below.value()
        from deskapp.ui.pdf_preview import preview_document  # it uses documents_dir, above

        return preview_document(
            self,
            self.tr("Coordinator report"),
            f"indicators-{start:%Y%m%d}-{end:%Y%m%d}.pdf",
            lambda path: coordinator_report(
                self._db,
                actor,
                start,
                end,
                target.scope,
                path,
                "pdf",
                target.language,
                hide,
                target.letterhead,
            ),
            on_ready,
        )

    def _exported_text(self, report: Indicators, destination: Path, hide: int) -> str:
        text = self.tr(
            "Figures of %Ln participants written to %1.", "", report.participants
        ).replace("%1", str(destination))
        beside = participants_written_beside(destination, None, report, hide)
        if beside is not None:
            text += " " + self.tr(
                "The participants are listed one a line in %1, beside the workbook: too many "
                "rows for a sheet. Keep the two files together."
            ).replace("%1", str(beside))
        return text

    def export_report(self, path: Path | None = None) -> BackgroundTask | None:
        request = self._report_request()
        if request is None or self._actor is None:
            return None
        start, end, target = request
        if path is None:
            suggested = documents_dir() / f"indicators-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to"),
                str(suggested),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        actor, hide, destination = self._actor, self.hide_below.value(), path
        self.task = run_in_background(
            self,
            self.tr("Exporting..."),
            lambda _progress: coordinator_report(
                self._db,
                actor,
                start,
                end,
                target.scope,
                destination,
                None,
                target.language,
                hide,
                target.letterhead,
            ),
            lambda report: self.result.setText(self._exported_text(report, destination, hide)),
            self._failed,
        )
        return self.task

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
        delimiter = self.export_delimiter.currentData()
        self.task = run_in_background(
            self,
            self.tr("Exporting..."),
            lambda progress: export_table(
                self._db,
                actor,
                what,
                target,
                progress=lambda n: progress(n, 0),
                delimiter=delimiter,
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
        text = self.tr("%Ln people imported.", "", result.written)
        if result.warnings:
            text = (
                self.tr("%Ln people imported, with %1.", "", result.written).replace(
                    "%1", self.tr("%Ln warning(s)", "", len(result.warnings))
                )
                + "\n"
                + "\n".join(self._issue_lines(result.warnings, result.places, warning=True))
            )
        self.result.setText(text)
        self.data_changed.emit()

    def _issue_lines(
        self, issues: list[RowIssue], places: Places, warning: bool = False
    ) -> list[str]:
        """The first problems with their place, the rest summed up by column and reason."""
        shown, groups = summarise_issues(issues)
        mark = self.tr("warning: ") if warning else ""
        lines = [
            self.tr("%1, %2: %3")
            .replace("%1", reason_text(places.of(line)))
            .replace("%2", column)
            .replace("%3", mark + reason_text(reason))
            for line, column, reason in shown
        ]
        if groups:
            rows = len({line for line, _, _ in issues[len(shown) :]})
            lines.append(self.tr("... and %Ln more rows:", "", rows))
            lines += [
                self.tr("%Ln rows, %1: %2", "", group.count)
                .replace("%1", group.column)
                .replace("%2", mark + reason_text(group.reason))
                for group in groups
            ]
        return lines

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.result.setText(error_text(error))
            return
        if isinstance(error, ImportFailed):
            lines = self._issue_lines(error.row_errors, error.places)
            lines += self._issue_lines(error.warnings, error.places, warning=True)
            self.result.setText(error_text(error) + "\n" + "\n".join(lines))
            return
        text = error_text(error) if isinstance(error, DeskappError) else str(error)
        self.result.setText(text)
        QMessageBox.warning(self, self.tr("Not done"), text)
