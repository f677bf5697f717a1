"""The business plan editor, opened from the project page in a tab of its own.

Left, what the operator writes: the sections as text and the tables (investments,
sources and loans, sales, personnel and costs, scenarios) as editable grids. Right,
what deskapp works out, read-only: profit and loss, cash flow, sources and uses, loan
schedules, scenarios, the chart and the CFI check. Every change is validated and
recomputed at once (the model takes a few milliseconds); cells the validation refuses
get a warning sign and turn red, with the reason, and the warnings a funder would raise
sit above both sides.

Saving goes through deskapp.services.business_plans; a save based on a stale copy asks
whose plan to keep. Freezing a version, comparing with one, drawing sources from
approved funding applications and printing the document are on the toolbar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ConflictError, DeskappError, FieldError, ValidationFailed
from deskapp.models.database import Database
from deskapp.models.enums import Country, FundingStatus, PlanSourceKind
from deskapp.models.fields import validate_input
from deskapp.models.plan_schemas import (
    FixedCostLine,
    InvestmentLine,
    LoanLine,
    PlanInput,
    PlanSections,
    SalesLine,
    Scenario,
    SourceLine,
    StaffLine,
    VariableCostLine,
)
from deskapp.services import business_plans as plans
from deskapp.services.actor import Actor
from deskapp.services.plan_model import PlanResult
from deskapp.services.project_record import funding_of
from deskapp.ui.accessibility import show_message
from deskapp.ui.colours import error_style
from deskapp.ui.flow_layout import flow_row
from deskapp.ui.formatting import format_amount
from deskapp.ui.i18n import enum_label, error_text, field_error_text
from deskapp.ui.plan_grid import Column, LineGrid, format_number
from deskapp.ui.plan_statements import StatementsView
from deskapp.ui.plan_warnings import WarningsBar, warning_texts
from deskapp.ui.screen_fit import scrolling_layout

SPLITTER_KEY = "plan_editor/splitter"
RECOMPUTE_MS = 80  # after the last keystroke: instant to the eye, one pass per burst
SECTION_NAMES = ("team", "idea", "market", "marketing", "organisation", "swot")


def field_title(schema: type[Any], name: str) -> str:
    return QCoreApplication.translate("Field", schema.model_fields[name].title or name)


def ask_unsaved_document(parent: QWidget) -> str:
    """'save', 'draft' or 'cancel': what to do with changes not saved before printing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PlanEditor", "Changes not saved"))
    box.setText(
        QCoreApplication.translate(
            "PlanEditor",
            "The plan on screen has changes that are not saved. Save them and print the "
            "plan, or print what is on screen as an unsaved draft (the document says so)?",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("PlanEditor", "Save and print"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    draft = box.addButton(
        QCoreApplication.translate("PlanEditor", "Print the unsaved draft"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "draft" if clicked is draft else "cancel"


class PlanEditor(QWidget):
    saved = Signal(int)
    modified_changed = Signal(bool)
    open_person = Signal(int)  # the record protocol of the main window's tabs

    def __init__(
        self, db: Database, actor: Actor, project_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self.project_id = db, actor, project_id
        self._modified = False
        self._loading = False
        self.panels: dict[str, Any] = {}
        self.result: PlanResult | None = None
        self.context = plans.plan_context(db, project_id)
        draft = plans.load_plan(db, project_id)
        self._version = draft.version

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_MS)
        self._timer.timeout.connect(self.recompute)

        self._build_header()
        self._build_inputs()
        self.statements = StatementsView()
        self.warnings = WarningsBar(self.go_to)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._message_is_error = False

        self.splitter = QSplitter()
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(self.statements)
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([640, 640])
        self.splitter.splitterMoved.connect(
            lambda *_a: QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())
        )
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addLayout(self.header)
        layout.addLayout(self.settings_row)
        layout.addWidget(self.warnings)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.load(draft.plan)
        self._show_status()

    # --- building --------------------------------------------------------------------

    def _build_header(self) -> None:
        self.heading = QLabel(self.display_name())
        self.heading.setWordWrap(True)  # a long title wraps, never widens the page
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(lambda _c=False: self.save())
        self.addAction(save)
        self.freeze_button = QPushButton(self.tr("Freeze a version..."))
        self.freeze_button.setToolTip(
            self.tr("Keep the plan as it is now under a name, e.g. 'submitted to CFI'")
        )
        self.freeze_button.clicked.connect(lambda _c=False: self.freeze())
        self.compare_button = QPushButton(self.tr("Compare with"))
        self.compare_menu = QMenu(self)
        self.compare_menu.aboutToShow.connect(self._fill_compare_menu)
        self.compare_button.setMenu(self.compare_menu)
        self.draw_button = QPushButton(self.tr("Add approved funding"))
        self.draw_menu = QMenu(self)
        self.draw_menu.aboutToShow.connect(self._fill_draw_menu)
        self.draw_button.setMenu(self.draw_menu)
        self.document_button = QPushButton(self.tr("Document (PDF)..."))
        self.document_button.setToolTip(self.tr("Ctrl+P: preview, print or save the plan"))
        self.document_button.clicked.connect(lambda _c=False: self.print_document())
        # The title and state on one line, the actions beside or below them: in Italian
        # and French the buttons alone are wider than a 1366-pixel screen's half.
        self.header = QHBoxLayout()
        self.header.addWidget(self.heading, 1)
        self.header.addWidget(self.status)
        self.header.addWidget(
            flow_row(
                self.draw_button,
                self.compare_button,
                self.freeze_button,
                self.document_button,
                self.save_button,
            ),
            2,
        )

        self.first_year = QSpinBox()
        self.first_year.setRange(2000, 2100)
        self.years = QComboBox()
        self.years.addItem(self.tr("3 years"), 3)
        self.years.addItem(self.tr("5 years"), 5)
        self.tax_rate = QLineEdit()
        self.tax_rate.setMaximumWidth(70)
        self.working_capital = QLineEdit()
        self.working_capital.setMaximumWidth(120)
        self.top_inputs: dict[str, QWidget] = {
            "first_year": self.first_year,
            "years": self.years,
            "tax_rate": self.tax_rate,
            "working_capital": self.working_capital,
        }
        self.settings_row = QHBoxLayout()
        for name, widget in self.top_inputs.items():
            label = QLabel(field_title(PlanInput, name))
            label.setBuddy(widget)
            self.settings_row.addWidget(label)
            self.settings_row.addWidget(widget)
            self.settings_row.addSpacing(12)
        self.settings_row.addStretch(1)
        self.first_year.valueChanged.connect(self._changed)
        self.years.currentIndexChanged.connect(self._changed)
        self.tax_rate.textEdited.connect(self._changed)
        self.working_capital.textEdited.connect(self._changed)

    def _build_inputs(self) -> None:
        self.inputs = QTabWidget()
        # The sections, one text box each, in a scrolling column.
        self.section_edits: dict[str, QPlainTextEdit] = {}
        column = QWidget()
        form = QFormLayout(column)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name in SECTION_NAMES:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(90)
            edit.textChanged.connect(self._changed)
            self.section_edits[name] = edit
            form.addRow(field_title(PlanSections, name), edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        self.inputs.addTab(scroll, self.tr("Sections"))

        self.grids: dict[str, LineGrid] = {
            "investments": LineGrid(
                InvestmentLine,
                [
                    Column("item"),
                    Column("amount", "money", width=110),
                    Column("useful_life", "int", width=90),
                    Column("year", "int", width=80),
                ],
                self.tr("Add investment"),
                self.tr("Useful life 0: not depreciated (land, deposits)."),
                title=field_title(PlanInput, "investments"),
            ),
            "sources": LineGrid(
                SourceLine,
                [
                    Column("kind", "enum", PlanSourceKind, width=150),
                    Column("name"),
                    Column("amount", "money", width=110),
                ],
                self.tr("Add source"),
                title=field_title(PlanInput, "sources"),
            ),
            "loans": LineGrid(
                LoanLine,
                [
                    Column("lender"),
                    Column("amount", "money", width=110),
                    Column("rate", "number", width=80),
                    Column("years", "int", width=80),
                    Column("grace_years", "int", width=100),
                ],
                self.tr("Add loan"),
                title=field_title(PlanInput, "loans"),
            ),
            "sales": LineGrid(
                SalesLine,
                [
                    Column("product"),
                    Column("price", "money", width=100),
                    Column("quantity", "number", width=100),
                    Column("growth", "number", width=100),
                ],
                self.tr("Add product or service"),
                title=field_title(PlanInput, "sales"),
            ),
            "staff": LineGrid(
                StaffLine,
                [
                    Column("role"),
                    Column("headcount", "number", width=80),
                    Column("annual_cost", "money", width=130),
                ],
                self.tr("Add role"),
                title=field_title(PlanInput, "staff"),
            ),
            "fixed_costs": LineGrid(
                FixedCostLine,
                [Column("item"), Column("annual_amount", "money", width=120)],
                self.tr("Add fixed cost"),
                title=field_title(PlanInput, "fixed_costs"),
            ),
            "variable_costs": LineGrid(
                VariableCostLine,
                [Column("item"), Column("share", "number", width=120)],
                self.tr("Add variable cost"),
                title=field_title(PlanInput, "variable_costs"),
            ),
        }
        for grid in self.grids.values():
            grid.changed.connect(self._changed)
        self.members_note = QLabel()
        self.members_note.setWordWrap(True)
        self.tab_of: dict[str, QWidget] = {
            "investments": self._stack([("", self.grids["investments"])]),
            "sources": self._stack(
                [
                    ("", self.members_note),
                    (field_title(PlanInput, "sources"), self.grids["sources"]),
                    (field_title(PlanInput, "loans"), self.grids["loans"]),
                ]
            ),
            "sales": self._stack([("", self.grids["sales"])]),
            "costs": self._stack(
                [
                    (field_title(PlanInput, "staff"), self.grids["staff"]),
                    (field_title(PlanInput, "fixed_costs"), self.grids["fixed_costs"]),
                    (field_title(PlanInput, "variable_costs"), self.grids["variable_costs"]),
                ]
            ),
        }
        self.inputs.addTab(self.tab_of["investments"], field_title(PlanInput, "investments"))
        self.inputs.addTab(self.tab_of["sources"], self.tr("Sources of funds"))
        self.inputs.addTab(self.tab_of["sales"], field_title(PlanInput, "sales"))
        self.inputs.addTab(self.tab_of["costs"], self.tr("Costs"))

        self.scenario_edits: dict[tuple[str, str], QLineEdit] = {}
        scenarios = QWidget()
        grid = QFormLayout(scenarios)
        for which in ("pessimistic", "optimistic"):
            for change in ("sales_change", "costs_change"):
                edit = QLineEdit()
                edit.setMaximumWidth(90)
                edit.textEdited.connect(self._changed)
                self.scenario_edits[(which, change)] = edit
                grid.addRow(
                    f"{field_title(PlanInput, which)} - {field_title(Scenario, change)}", edit
                )
        self.tab_of["scenarios"] = scenarios
        self.inputs.addTab(scenarios, self.tr("Scenarios"))

    @staticmethod
    def _stack(parts: list[tuple[str, QWidget]]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for title, widget in parts:
            if title:
                label = QLabel(f"<b>{title}</b>")
                layout.addWidget(label)
            layout.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        return page

    # --- the plan in and out of the widgets -------------------------------------------

    def load(self, plan: PlanInput) -> None:
        self._loading = True
        try:
            self.first_year.setValue(plan.first_year)
            self.years.setCurrentIndex(self.years.findData(plan.years))
            self.tax_rate.setText(format_number(plan.tax_rate))
            self.working_capital.setText(format_amount(plan.working_capital))
            for name, edit in self.section_edits.items():
                edit.setPlainText(getattr(plan.sections, name))
            data = plan.model_dump()
            for name, grid in self.grids.items():
                grid.set_rows(data[name])
            for (which, change), edit in self.scenario_edits.items():
                edit.setText(format_number(getattr(getattr(plan, which), change)))
        finally:
            self._loading = False
        self.recompute()

    def values(self) -> dict[str, Any]:
        """The plan as typed, for the schema to read."""
        data: dict[str, Any] = {
            "first_year": self.first_year.value(),
            "years": self.years.currentData(),
            "tax_rate": self.tax_rate.text(),
            "working_capital": self.working_capital.text(),
            "sections": {n: e.toPlainText() for n, e in self.section_edits.items()},
            "pessimistic": {},
            "optimistic": {},
        }
        for name, grid in self.grids.items():
            data[name] = grid.rows()
        for (which, change), edit in self.scenario_edits.items():
            data[which][change] = edit.text()
        return data

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._set_modified(True)
        self._timer.start()

    def recompute(self) -> PlanResult | None:
        """Validate what is on screen; show the refused cells, or the new statements."""
        self._timer.stop()
        try:
            plan = validate_input(PlanInput, self.values())
        except ValidationFailed as failed:
            self._show_errors(failed.errors)
            return None
        self._show_errors([])
        self.result = self.context.compute(plan)
        self.statements.show_result(self.result)
        self.warnings.show_warnings(warning_texts(self.result))
        self._show_members_note()
        return self.result

    def _show_errors(self, errors: list[FieldError]) -> None:
        by_grid: dict[str, dict[tuple[int, str], str]] = {name: {} for name in self.grids}
        for widget in self.top_inputs.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setAccessibleDescription("")
        for error in errors:
            parts = error.field.split(".")
            if parts[0] in self.grids and len(parts) == 3 and parts[1].isdigit():
                by_grid[parts[0]][(int(parts[1]), parts[2])] = field_error_text(error)
            elif parts[0] in self.top_inputs:
                widget = self.top_inputs[parts[0]]
                widget.setStyleSheet("background: #f8d7da; color: #000000;")
                widget.setToolTip(field_error_text(error))
                widget.setAccessibleDescription(field_error_text(error))
        for name, grid in self.grids.items():
            grid.show_errors(by_grid[name])
        if errors:
            self.message.setStyleSheet(error_style())
            self.message.setText(
                "\n".join(
                    [
                        self.tr(
                            "The figures wait for these corrections (cells marked with a "
                            "warning sign):"
                        )
                    ]
                    + [field_error_text(e) for e in errors[:6]]
                )
            )
            self._message_is_error = True
        elif self._message_is_error:
            self.message.clear()
            self.message.setStyleSheet("")
            self._message_is_error = False

    def _show_members_note(self) -> None:
        assert self.result is not None
        if self.result.country is Country.FR:
            self.members_note.setText(
                self.tr(
                    "Members' capital %1 (of which ARCE %2) comes from the project's "
                    "members: change it on the project's Members tab."
                )
                .replace("%1", "EUR " + format_amount(self.result.members_capital))
                .replace("%2", "EUR " + format_amount(self.result.members_arce))
            )
            return
        self.members_note.setText(
            self.tr(
                "Members' capital %1 (of which TFR %2, NASpI advance %3) comes from the "
                "project's members: change it on the project's Members tab."
            )
            .replace("%1", "EUR " + format_amount(self.result.members_capital))
            .replace("%2", "EUR " + format_amount(self.result.members_tfr))
            .replace("%3", "EUR " + format_amount(self.result.members_naspi))
        )

    def go_to(self, topic: str) -> None:
        """Show where a warning arises: the inputs it concerns and the statement."""
        tab, statement = {
            "sources": ("sources", self.statements.sources),
            "cash": ("sources", self.statements.cash),
            "dscr": ("sources", self.statements.cash),
            "cfi": ("sources", self.statements.cfi.parentWidget()),
            "scop": ("sources", self.statements.cfi.parentWidget()),
        }.get(topic, ("sources", self.statements.pnl))
        self.inputs.setCurrentWidget(self.tab_of[tab])
        if statement is not None:
            self.statements.setCurrentWidget(statement)

    # --- state -----------------------------------------------------------------------

    def display_name(self) -> str:
        return self.tr("Plan: %1").replace("%1", self.context.title)

    def is_modified(self) -> bool:
        return self._modified

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)
            self._show_status()

    def _show_status(self) -> None:
        if self._version == 0:
            text = self.tr("New plan, not saved yet")
        elif self._modified:
            text = self.tr("Changes not saved")
        else:
            text = self.tr("Saved")
        self.status.setText(text)
        self.freeze_button.setEnabled(self._version > 0)

    def log_activity(self) -> None:
        return None

    # --- actions ---------------------------------------------------------------------

    def save(self, *, force_version: int | None = None) -> bool:
        version = self._version if force_version is None else force_version
        try:
            self._version = plans.save_plan(
                self._db, self._actor, self.project_id, version, self.values()
            )
        except ValidationFailed as failed:
            self._show_errors(failed.errors)
            show_message(
                self.message,
                self.tr("Not saved: correct the cells marked with a warning sign.")
                + "\n"
                + "\n".join(field_error_text(e) for e in failed.errors[:6]),
            )
            return False
        except ConflictError:
            return self._resolve_conflict()
        except DeskappError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(error_text(error))
            return False
        self.message.setStyleSheet("")
        show_message(self.message, self.tr("Saved."))
        self._set_modified(False)
        self._show_status()
        self.saved.emit(self.project_id)
        return True

    def _resolve_conflict(self) -> bool:
        theirs = plans.load_plan(self._db, self.project_id)
        choice = self.ask_whose_plan()
        if choice == "mine":
            return self.save(force_version=theirs.version)
        if choice == "theirs":
            self._version = theirs.version
            self.load(theirs.plan)
            self._set_modified(False)
            self.message.setText(self.tr("The saved plan is shown; your changes were dropped."))
            return False
        self.message.setStyleSheet(error_style())
        self.message.setText(self.tr("Not saved: someone else saved this plan first."))
        return False

    def ask_whose_plan(self) -> str | None:
        """ "mine", "theirs" or None (cancel). Nothing is overwritten without asking."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Saved by someone else"))
        box.setText(
            self.tr(
                "Someone else saved this plan after you opened it. Keep your plan (theirs "
                "is replaced) or show theirs (your changes are dropped)?"
            )
        )
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("Show theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "mine" if clicked is mine else "theirs" if clicked is theirs else None

    def _saved_first(self) -> bool:
        """Freezing and printing work on the saved plan: save what is on screen first."""
        return not self._modified or self.save()

    def freeze(self, name: str | None = None) -> int | None:
        if not self._saved_first():
            return None
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Freeze a version"),
                self.tr("Name of the version (e.g. 'submitted to CFI, %1'):").replace(
                    "%1", dt.date.today().strftime("%d/%m/%Y")
                ),
            )
            if not ok:
                return None
        try:
            version_id = plans.freeze_plan(self._db, self._actor, self.project_id, name)
        except DeskappError as error:
            self.message.setStyleSheet(error_style())
            self.message.setText(error_text(error))
            return None
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Version '%1' frozen.").replace("%1", name.strip()))
        return version_id

    def _fill_compare_menu(self) -> None:
        self.compare_menu.clear()
        versions = plans.list_versions(self._db, self.project_id)
        if not versions:
            action = self.compare_menu.addAction(self.tr("No frozen versions yet"))
            action.setEnabled(False)
        for version in versions:
            label = f"{version.name} ({version.frozen_at:%d/%m/%Y})"
            self.compare_menu.addAction(label).triggered.connect(
                lambda _c=False, v=version.id: self.compare(v)
            )

    def compare(self, version_id: int) -> QWidget | None:
        if self.result is None:
            self.message.setText(self.tr("Correct the plan before comparing it."))
            return None
        from deskapp.ui.plan_compare import CompareDialog

        info, frozen = plans.version_result(self._db, version_id)
        dialog = CompareDialog(self.result, frozen, info.name, self)
        dialog.open()
        return dialog

    def _fill_draw_menu(self) -> None:
        self.draw_menu.clear()
        drawn = {
            row.get("funding_application_id")
            for name in ("sources", "loans")
            for row in self.grids[name].rows()
        }
        usable = [
            row
            for row in funding_of(self._db, self.project_id)
            if row.status in (FundingStatus.APPROVED, FundingStatus.DISBURSED)
            and row.id not in drawn
            and row.instrument not in plans.NOT_FUNDS
        ]
        if not usable:
            action = self.draw_menu.addAction(
                self.tr("No approved application left to add (see the project's Funding tab)")
            )
            action.setEnabled(False)
        for row in usable:
            amount = row.amount_disbursed or row.amount_granted or Decimal(0)
            label = f"{enum_label(row.instrument)}: EUR {format_amount(amount)}"
            self.draw_menu.addAction(label).triggered.connect(lambda _c=False, r=row: self.draw(r))

    def draw(self, application: Any, terms: tuple[Decimal, int, int] | None = None) -> bool:
        """Add an approved application to the sources (a loan asks for its terms)."""
        try:
            plan = validate_input(PlanInput, self.values())
        except ValidationFailed:
            self.message.setText(self.tr("Correct the plan before adding funding to it."))
            return False
        if application.instrument in plans.LOAN_INSTRUMENTS and terms is None:
            from deskapp.ui.plan_compare import ask_loan_terms

            terms = ask_loan_terms(self, enum_label(application.instrument))
            if terms is None:
                return False
        rate, years, grace = terms or (Decimal(0), 5, 0)
        try:
            plan = plans.draw_application(
                plan, application, rate, years, grace, enum_label(application.instrument)
            )
        except DeskappError as error:
            self.message.setText(error_text(error))
            return False
        self.load(plan)
        self._set_modified(True)
        return True

    def print_document(self, on_ready: Callable[[Any], None] | None = None) -> Any:
        """The plan's document. With changes not saved, the operator chooses: save them
        first, or print what is on screen marked as an unsaved draft. Never a silent
        save."""
        unsaved: PlanInput | None = None
        if self._modified:
            choice = ask_unsaved_document(self)
            if choice == "cancel":
                return None
            if choice == "save":
                if not self.save():
                    return None
            else:
                try:
                    unsaved = validate_input(PlanInput, self.values())
                except ValidationFailed as failed:
                    self._show_errors(failed.errors)
                    return None
        from deskapp.reports.business_plan_report import business_plan_report
        from deskapp.ui.pdf_preview import preview_document

        project_id = self.project_id
        return preview_document(
            self,
            self.tr("Business plan"),
            f"business-plan-{project_id}.pdf",
            lambda path: business_plan_report(
                self._db, self._actor, project_id, path, unsaved=unsaved
            ),
            on_ready,
            lambda path, language: business_plan_report(
                self._db, self._actor, project_id, path, language=language or None, unsaved=unsaved
            ),
        )
