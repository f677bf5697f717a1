"""The project page: the project's fields on the left, its members, checklist, stage
history, funding, activities and resources in tabs on the right.

A new project shows only its fields; the tabs appear once it is saved. Saving goes
through deskapp.services.projects; a save based on a stale copy shows both versions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ConflictError, DeskappError, ValidationFailed
from deskapp.models.database import Database
from deskapp.models.enums import Country, CrisisSituation, LegalForm, ProjectKind, Stage
from deskapp.models.schemas import ProjectInput
from deskapp.services import projects
from deskapp.services.actor import Actor
from deskapp.services.organisation import list_operators
from deskapp.services.project_lists import STAGE_COLOURS
from deskapp.services.project_record import project_country, project_record
from deskapp.ui.accessibility import name as accessible_name
from deskapp.ui.accessibility import show_message
from deskapp.ui.colours import error_style, stage_label_style
from deskapp.ui.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ask_which_version
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.flow_layout import flow_row
from deskapp.ui.i18n import enum_label, error_text, field_error_text
from deskapp.ui.matches_panels import ProjectMatchesPanel
from deskapp.ui.move_dialog import MoveStageDialog
from deskapp.ui.panels import ActivitiesPanel
from deskapp.ui.project_panels import (
    ChecklistPanel,
    FundingPanel,
    HistoryPanel,
    MembersPanel,
    ResourcesPanel,
)
from deskapp.ui.screen_fit import scrolling_layout
from deskapp.ui.sector_picker import SectorPicker, place_under

SPLITTER_KEY = "project_page/splitter"


def stage_badge_style(stage: Stage) -> str:
    """The stage pill: the stage's colour and the text colour that reads on it, and a
    frame when it has the keyboard focus (a style sheet hides the usual focus mark)."""
    return (
        f"QToolButton {{ {stage_label_style(stage)} border-radius: 4px; padding: 2px 8px; "
        f"border: 2px solid {STAGE_COLOURS[stage]}; }} "
        "QToolButton:focus { border: 2px solid palette(window-text); }"
    )


def wrap_labels(form: QFormLayout, characters: int = 30) -> None:
    """A label longer than about ``characters`` ("SIREN ou SIRET de la nouvelle
    entreprise") goes on two lines rather than widening the form past its pane; the
    shorter ones stay on one line and set the labels' width."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel):
            continue
        limit = label.fontMetrics().averageCharWidth() * characters
        if label.fontMetrics().horizontalAdvance(label.text()) > limit:
            label.setWordWrap(True)
            label.setFixedWidth(limit)


class ProjectPage(QWidget):
    saved = Signal(int)
    modified_changed = Signal(bool)
    open_person = Signal(int)
    stage_changed = Signal(int)
    open_plan = Signal(int)  # the project's business plan, in a tab of its own
    title_changed = Signal()  # the title changed: the tab shows it as typed

    def __init__(
        self,
        db: Database,
        actor: Actor,
        project_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.project_id = project_id
        self._version: int | None = None
        self._stage = Stage.INTAKE
        self._modified = False
        self.panels: dict[str, Any] = {}

        operators = [(o.name, o.id) for o in list_operators(db) if o.active]
        self.form = FieldForm(
            ProjectInput,
            [
                Spec("title"),
                Spec("kind", "enum", ProjectKind),
                Spec("sector_code"),
                Spec("lead_operator_id", "choice", choices=tuple(operators)),
                Spec("origin_company_name"),
                Spec("origin_company_vat"),
                Spec("origin_company_situation", "enum", CrisisSituation, optional=True),
                Spec("planned_legal_form", "enum", LegalForm, optional=True),
                Spec("enterprise_company_number"),
                Spec("expected_jobs", "int"),
                Spec("employees", "int"),
                Spec("planned_start_date", "date"),
                Spec("actual_start_date", "date"),
                Spec("next_action"),
                Spec("next_action_due", "date"),
                Spec("notes", "notes"),
            ],
        )
        self.form.changed.connect(lambda: self._set_modified(True))
        self.form.inputs["title"].textChanged.connect(self.title_changed)
        # The sector: found by its words in the operator's list, its label under it.
        sector_edit = self.form.inputs["sector_code"]
        assert isinstance(sector_edit, QLineEdit)
        self.sector_picker = SectorPicker(sector_edit)
        place_under(self.form.form, sector_edit, self.sector_picker.label)
        # The legal forms of the project's country (the desk's), and the one it has.
        self._country = (
            project_country(db, project_id) if project_id is not None else actor.desk_country
        )
        self._offer_legal_forms(None)
        # The new enterprise is registered in its desk's country: the number says which.
        number = self.form.inputs["enterprise_company_number"]
        assert isinstance(number, QLineEdit)
        number.setPlaceholderText(
            self.tr("SIREN (9 digits) or SIRET (14 digits)")
            if self._country is Country.FR
            else self.tr("Partita IVA (11 digits)")
        )
        self.form.inputs["kind"].currentIndexChanged.connect(self._show_origin_fields)

        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long title wraps, never widens the page
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        # The stage pill looks like a button: it is one, and opens the same menu as
        # "Move to stage".
        self.stage_caption = QLabel(self.tr("Stage:"))
        self.stage_badge = QToolButton()
        self.stage_badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.stage_badge.setToolTip(self.tr("The project's stage: click to move it to another"))
        self.stage_caption.setBuddy(self.stage_badge)
        self.move_button = QPushButton(self.tr("Move to stage"))
        self.move_menu = QMenu(self)
        for stage in Stage:
            action = self.move_menu.addAction(enum_label(stage))
            action.triggered.connect(lambda _c=False, st=stage: self.move_to(st))
        self.move_button.setMenu(self.move_menu)
        self.stage_badge.setMenu(self.move_menu)
        self.log_button = QPushButton(self.tr("Log activity..."))
        self.log_button.clicked.connect(self.log_activity)
        # The plan is a large part of the work: its button says where the plan stands
        # and carries an icon, so it is not one grey button among five.
        self.plan_button = QPushButton(self.tr("Business plan"))
        self.plan_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.plan_button.setToolTip(
            self.tr("The business plan: sections, financial model, versions, document")
        )
        self.plan_button.clicked.connect(
            lambda _c=False: (
                self.open_plan.emit(self.project_id) if self.project_id is not None else None
            )
        )
        self.summary_button = QPushButton(self.tr("Summary (PDF)..."))
        self.summary_button.setToolTip(self.tr("Ctrl+P: preview, print or save the summary"))
        self.summary_button.clicked.connect(lambda: self.print_document())
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.stage_caption)
        header.addWidget(self.stage_badge)
        header.addWidget(
            flow_row(self.move_button, self.log_button, self.plan_button, self.summary_button)
        )

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.form)
        left_layout.addStretch(1)
        wrap_labels(self.form.form)
        for widget in self.form.inputs.values():
            if isinstance(widget, QComboBox):
                # A long choice ("Société coopérative d'intérêt collectif...") must not
                # set the form's width either: the list opens as wide as it needs.
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Narrower than the form (the splitter moved, a large font): scroll, never cut.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(left)

        self.tabs = QTabWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = QSettings().value(SPLITTER_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([520, 760])
        self.splitter.splitterMoved.connect(
            lambda *_a: QSettings().setValue(SPLITTER_KEY, self.splitter.saveState())
        )

        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        if project_id is not None:
            self._load()
            self._build_tabs()
        else:
            self.form.set_values({"lead_operator_id": actor.operator_id})
            self.tabs.addTab(
                QLabel(self.tr("Save the project to add members, checklist and funding.")),
                self.tr("Members"),
            )
        self._show_header()
        self._show_origin_fields()
        self._set_modified(False)

    # --- loading -------------------------------------------------------------------

    def _load(self) -> None:
        assert self.project_id is not None
        record = project_record(self._db, self.project_id)
        self._version, self._stage = record.version, record.stage
        self._offer_legal_forms(record.values.get("planned_legal_form"))
        self.form.set_values(record.values)

    def _build_tabs(self) -> None:
        assert self.project_id is not None
        self.tabs.clear()
        kind = ProjectKind(self.form.values()["kind"])
        members = MembersPanel(self._db, self._actor, self.project_id, kind)
        members.open_person.connect(self.open_person)
        members.changed.connect(self._reload_version)
        funding = FundingPanel(self._db, self._actor, self.project_id)
        activities = ActivitiesPanel(self._db, self._actor, project=(self.project_id, self.title()))
        matches = ProjectMatchesPanel(self._db, self._actor, self.project_id)
        matches.open_person.connect(self.open_person)
        self.panels = {
            "members": members,
            "checklist": ChecklistPanel(self._db, self._actor, self.project_id),
            "history": HistoryPanel(self._db, self.project_id),
            "funding": funding,
            "activities": activities,
            "resources": ResourcesPanel(self._db, self._actor, self.project_id),
            "matches": matches,
        }
        titles = {
            "members": self.tr("Members and capital"),
            "checklist": self.tr("Checklist"),
            "history": self.tr("Stage history"),
            "funding": self.tr("Funding"),
            "activities": self.tr("Activities"),
            "resources": self.tr("Resources"),
            "matches": self.tr("Matches"),
        }
        for key, panel in self.panels.items():
            panel.refresh()
            self.tabs.addTab(panel, titles[key])

    def _reload_version(self) -> None:
        # Adding members does not change the project row, but keep the copy fresh.
        if self.project_id is not None and not self._modified:
            self._load()
            self._set_modified(False)

    def _show_header(self) -> None:
        self.heading.setText(self.title() or self.tr("New project"))
        self.stage_badge.setText(enum_label(self._stage))
        self.stage_badge.setStyleSheet(stage_badge_style(self._stage))
        accessible_name(
            self.stage_badge,
            self.tr("Stage: %1").replace("%1", enum_label(self._stage)),
            self.tr("Opens the list of stages to move the project to."),
        )
        saved = self.project_id is not None
        self.move_button.setEnabled(saved)
        self.stage_badge.setEnabled(saved)
        self.log_button.setEnabled(saved)
        self.plan_button.setEnabled(saved)
        self.plan_button.setText(self._plan_state() if saved else self.tr("Business plan"))
        self.summary_button.setEnabled(saved)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.project_id is not None:  # the plan may have been saved in its own tab
            self.plan_button.setText(self._plan_state())

    def _plan_state(self) -> str:
        """'Business plan: not started', '...: draft', '...: draft, 2 versions frozen'."""
        from deskapp.services.business_plans import list_versions, load_plan

        assert self.project_id is not None
        if not load_plan(self._db, self.project_id).saved:
            return self.tr("Business plan: not started")
        frozen = len(list_versions(self._db, self.project_id))
        if not frozen:
            return self.tr("Business plan: draft")
        return self.tr("Business plan: draft, %n version(s) frozen", "", frozen)

    def _offer_legal_forms(self, keep: LegalForm | None) -> None:
        """The forms of the project's country and "other", plus ``keep`` (the stored
        one, even of the other country or of the first release)."""
        box = self.form.inputs["planned_legal_form"]
        assert isinstance(box, QComboBox)
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem("", None)
        for form in LegalForm.offered(self._country, keep):
            box.addItem(enum_label(form), form.value)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def _show_origin_fields(self) -> None:
        kind = self.form.values().get("kind")
        has_origin = bool(kind) and ProjectKind(kind).has_origin_company
        for name in ("origin_company_name", "origin_company_vat", "origin_company_situation"):
            widget = self.form.inputs[name]
            widget.setEnabled(has_origin)
            widget.setToolTip(
                "" if has_origin else self.tr("Only for a workers buyout or a spin-off.")
            )

    # --- state ---------------------------------------------------------------------

    def title(self) -> str:
        return str(self.form.values().get("title") or "").strip()

    def display_name(self) -> str:
        return self.title()

    def focus_first(self) -> None:
        self.form.inputs["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def is_modified(self) -> bool:
        return self._modified

    # --- actions -------------------------------------------------------------------

    def save(self, _checked: bool = False, *, force_version: int | None = None) -> bool:
        self.message.clear()
        self.form.clear_errors()
        values = self.form.values()
        try:
            if self.project_id is None:
                self.project_id = projects.create_project(self._db, self._actor, values)
                self._load()
                self._build_tabs()
            else:
                version = force_version if force_version is not None else self._version
                assert version is not None
                self._version = projects.update_project(
                    self._db, self._actor, self.project_id, version, values
                )
        except ValidationFailed as failed:
            elsewhere = self.form.show_errors(failed.errors)
            self.message.setStyleSheet(error_style())
            show_message(
                self.message,
                "\n".join(
                    [self.tr("Not saved: correct the fields with a message under them.")]
                    + [field_error_text(e) for e in elsewhere]
                ),
            )
            return False
        except ConflictError:
            return self._resolve_conflict()
        except DeskappError as error:
            self.message.setStyleSheet(error_style())
            show_message(self.message, error_text(error), assertive=True)
            return False
        self.message.setStyleSheet("")
        show_message(self.message, self.tr("Saved."))
        self._set_modified(False)
        self._show_header()
        self.saved.emit(self.project_id)
        return True

    def _resolve_conflict(self) -> bool:
        assert self.project_id is not None
        record = project_record(self._db, self.project_id)
        choice = ask_which_version(self, self.form.labels, self.form.inputs, record.values)
        if choice == KEEP_MINE:
            return self.save(force_version=record.version)
        if choice == TAKE_THEIRS:
            self._load()
            self._set_modified(False)
            self._show_header()
            self.message.setText(self.tr("The saved version is shown; your changes were dropped."))
            return False
        self.message.setStyleSheet(error_style())
        show_message(self.message, self.tr("Not saved: someone else saved this project first."))
        return False

    def move_to(self, target: Stage) -> MoveStageDialog | None:
        if self.project_id is None or self._version is None:
            return None
        if self._modified and not self.save():
            return None
        dialog = MoveStageDialog(
            self._db,
            self._actor,
            self.project_id,
            self._version,
            self.title(),
            self._stage,
            target,
            self,
        )
        dialog.moved.connect(self._moved)
        dialog.open()
        return dialog

    def _moved(self, version: int) -> None:
        self._load()
        self._set_modified(False)
        self._show_header()
        for key in ("history", "checklist"):
            self.panels[key].refresh()
        assert self.project_id is not None
        self.stage_changed.emit(self.project_id)

    def print_document(self, on_ready=None):  # type: ignore[no-untyped-def]
        """The project summary, previewed before printing or saving."""
        project_id = self.project_id
        if project_id is None:
            return None
        from deskapp.reports.project_summary import project_summary
        from deskapp.ui.pdf_preview import preview_document

        return preview_document(
            self,
            self.tr("Project summary"),
            f"project-{project_id}.pdf",
            lambda path: project_summary(self._db, self._actor, project_id, path),
            on_ready,
            lambda path, language: project_summary(
                self._db, self._actor, project_id, path, language or None
            ),
        )

    def log_activity(self) -> QWidget | None:
        panel = self.panels.get("activities")
        if panel is None:
            return None
        self.tabs.setCurrentWidget(panel)
        return panel.log_activity()

    def current_stage(self) -> Stage:
        return self._stage
