"""A person's record in its tab: the intake form, then skills, needs assessments,
the activity timeline and their projects, each in a tab of its own.

The extra tabs appear once the person is saved (they hang off the saved record).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.models.enums import Evidence, MemberRole, NeedKind, OperatorRole, SkillLevel
from deskapp.models.schemas import NeedsAssessmentInput, SkillInput
from deskapp.models.sectors import describe_sector
from deskapp.services import persons
from deskapp.services.actor import Actor
from deskapp.services.person_record import assessments_of, skills_of
from deskapp.services.project_lists import STAGE_COLOURS, projects_of_person
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.folders import documents_dir
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.matches_panels import PersonMatchesPanel
from deskapp.ui.panels import ActivitiesPanel, TablePanel
from deskapp.ui.person_form import PersonForm
from deskapp.ui.record_dialog import RecordDialog
from deskapp.ui.screen_fit import scrolling_layout
from deskapp.ui.sector_picker import SectorPicker, place_under, ui_language


class SkillsPanel(TablePanel):
    def __init__(self, db: Database, actor: Actor, person_id: int) -> None:
        super().__init__(
            [
                self.tr("Occupation or skill"),
                self.tr("Level"),
                self.tr("Years"),
                self.tr("Sector"),
                self.tr("Code"),
                self.tr("Evidence"),
            ],
            numeric_columns=(2,),
            name=self.tr("Skills"),
        )
        self._db, self._actor, self.person_id = db, actor, person_id
        self._rows: dict[int, Any] = {}
        self.add_button(self.tr("Add skill..."), self.add_skill, needs_row=False)
        self.add_button(self.tr("Edit..."), self.edit_skill)
        self.add_button(self.tr("Remove"), self.remove_skill)
        self.activated.connect(lambda _id: self.edit_skill())

    def refresh(self) -> None:
        rows = skills_of(self._db, self.person_id)
        self._rows = {r.id: r for r in rows}
        self.set_rows(
            [
                (
                    r.id,
                    [
                        r.description,
                        enum_label(r.level),
                        "" if r.years_experience is None else str(r.years_experience),
                        describe_sector(r.sector, r.nace_code, ui_language()),
                        r.occupation_code,
                        enum_label(r.evidence),
                    ],
                )
                for r in rows
            ],
            self.tr("No skills recorded. Add the trades and competences the person has."),
        )

    def _form(self) -> FieldForm:
        form = FieldForm(
            SkillInput,
            [
                Spec("description"),
                Spec("level", "enum", SkillLevel, optional=True),
                Spec("years_experience", "int"),
                Spec("sector"),
                Spec("occupation_code"),
                Spec("evidence", "enum", Evidence),
            ],
        )
        # A sector code found by its words, its label under it; words stay allowed.
        sector = form.inputs["sector"]
        assert isinstance(sector, QLineEdit)
        form.sector_picker = SectorPicker(sector)  # type: ignore[attr-defined]
        place_under(form.form, sector, form.sector_picker.label)  # type: ignore[attr-defined]
        return form

    def add_skill(self) -> RecordDialog:
        dialog = RecordDialog(
            self.tr("Add skill"),
            self._form(),
            lambda values: persons.add_skill(self._db, self._actor, self.person_id, values),
            self,
        )
        dialog.saved.connect(lambda _v: self.refresh())
        dialog.open()
        return dialog

    def edit_skill(self) -> RecordDialog | None:
        row = self._rows.get(self.current_id() or 0)
        if row is None:
            return None
        form = self._form()
        form.set_values(row.as_input())
        dialog = RecordDialog(
            row.description,
            form,
            lambda values: persons.update_skill(self._db, self._actor, row.id, row.version, values),
            self,
        )
        dialog.saved.connect(lambda _v: self.refresh())
        dialog.open()
        return dialog

    def remove_skill(self) -> None:
        skill_id = self.current_id()
        if skill_id is not None:
            persons.remove_skill(self._db, self._actor, skill_id)
            self.refresh()


class NeedsPanel(TablePanel):
    def __init__(self, db: Database, actor: Actor, person_id: int) -> None:
        super().__init__(
            [self.tr("Date"), self.tr("Operator"), self.tr("Needs"), self.tr("Note")],
            name=self.tr("Needs assessments"),
        )
        self._db, self._actor, self.person_id = db, actor, person_id
        self.add_button(self.tr("New needs assessment..."), self.new_assessment, False)

    def refresh(self) -> None:
        rows = assessments_of(self._db, self.person_id)
        self.set_rows(
            [
                (
                    r.id,
                    [
                        format_date(r.assessed_on),
                        r.operator,
                        ", ".join(
                            f"{enum_label(kind)} ({enum_label(outcome)})"
                            for kind, outcome, _note in r.needs
                        ),
                        r.note.replace("\n", " "),
                    ],
                )
                for r in rows
            ],
            self.tr("No needs assessment yet: record what the person needs from the desk."),
        )

    def new_assessment(self) -> RecordDialog:
        form = FieldForm(NeedsAssessmentInput, [Spec("assessed_on", "date"), Spec("note", "notes")])
        form.set_values({"assessed_on": dt.date.today()})
        box = QGroupBox(self.tr("Needs identified"))
        grid = QGridLayout(box)
        checks: dict[NeedKind, QCheckBox] = {}
        for n, kind in enumerate(NeedKind):
            check = QCheckBox(enum_label(kind))
            checks[kind] = check
            grid.addWidget(check, n // 2, n % 2)
        form.form.addRow(box)

        def save(values: dict[str, Any]) -> int:
            values["needs"] = [{"kind": k.value} for k, c in checks.items() if c.isChecked()]
            return persons.add_needs_assessment(self._db, self._actor, self.person_id, values)

        dialog = RecordDialog(self.tr("Needs assessment"), form, save, self)
        dialog.saved.connect(lambda _v: self.refresh())
        dialog.open()
        return dialog


class PersonProjectsPanel(TablePanel):
    def __init__(self, db: Database, person_id: int) -> None:
        super().__init__(
            [
                self.tr("Project"),
                self.tr("Kind"),
                self.tr("Stage"),
                self.tr("Role"),
                self.tr("Desk"),
            ],
            name=self.tr("Projects of the person"),
        )
        self._db, self.person_id = db, person_id

    def refresh(self) -> None:
        rows = projects_of_person(self._db, self.person_id)
        self.set_rows(
            [
                (
                    card.id,
                    [
                        card.title,
                        enum_label(card.kind),
                        enum_label(card.stage),
                        ", ".join(enum_label(MemberRole(r)) for r in roles.split(",")),
                        card.desk,
                    ],
                )
                for card, roles in rows
            ],
            self.tr("Not in any project yet."),
            colours=[STAGE_COLOURS[card.stage] for card, _ in rows],
            colour_column=2,
        )


class PersonRecord(QWidget):
    """The person's tab. Forwards the form's signals so the window treats every
    record tab alike."""

    saved = Signal(int)
    open_person = Signal(int)
    open_project = Signal(int)
    modified_changed = Signal(bool)
    title_changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        person_id: int | None = None,
        prefill: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.form = PersonForm(db, actor, person_id=person_id, prefill=prefill)
        self.form.open_person.connect(self.open_person)
        self.form.modified_changed.connect(self.modified_changed)
        self.form.title_changed.connect(self.title_changed)
        self.form.saved.connect(self._saved)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Details"))
        self.panels: dict[str, Any] = {}
        # Right after saving, the interview is logged from the same page (UX.md, flow 1).
        self.log_button = QPushButton(self.tr("Log activity..."))
        self.log_button.setToolTip(self.tr("Ctrl+L"))
        self.log_button.clicked.connect(self.log_activity)
        self.log_button.setEnabled(person_id is not None)
        self.dossier_button = QPushButton(self.tr("Dossier (PDF)..."))
        self.dossier_button.setToolTip(self.tr("Ctrl+P: preview, print or save the dossier"))
        self.dossier_button.clicked.connect(lambda: self.print_document())
        self.dossier_button.setEnabled(person_id is not None)
        self.privacy_button = QPushButton(self.tr("Data protection"))
        self.privacy_menu = QMenu(self)
        self.access_action = self.privacy_menu.addAction(
            self.tr("Right of access: save the dossier and the data (JSON)...")
        )
        self.access_action.triggered.connect(lambda _c=False: self.subject_access())
        self.erase_action = self.privacy_menu.addAction(
            self.tr("Right to erasure: anonymise this person...")
        )
        self.erase_action.triggered.connect(lambda _c=False: self.anonymise())
        self.erase_action.setEnabled(actor.role is OperatorRole.ADMINISTRATOR)
        if actor.role is not OperatorRole.ADMINISTRATOR:
            self.erase_action.setText(
                self.tr("Right to erasure: anonymise this person (administrators)")
            )
        self.privacy_button.setMenu(self.privacy_menu)
        self.privacy_button.setEnabled(person_id is not None)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.addWidget(self.privacy_button)
        corner_layout.addWidget(self.dossier_button)
        corner_layout.addWidget(self.log_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        if person_id is not None:
            self._build_panels(person_id)

    @property
    def person_id(self) -> int | None:
        return self.form.person_id

    def _build_panels(self, person_id: int) -> None:
        projects = PersonProjectsPanel(self._db, person_id)
        projects.activated.connect(self.open_project)
        self.panels = {
            "skills": SkillsPanel(self._db, self._actor, person_id),
            "needs": NeedsPanel(self._db, self._actor, person_id),
            "activities": ActivitiesPanel(
                self._db, self._actor, person=(person_id, self.display_name())
            ),
            "projects": projects,
            "matches": PersonMatchesPanel(self._db, self._actor, person_id),
        }
        titles = {
            "skills": self.tr("Skills"),
            "needs": self.tr("Needs"),
            "activities": self.tr("Activities"),
            "projects": self.tr("Projects"),
            "matches": self.tr("Matches"),
        }
        for key, panel in self.panels.items():
            panel.refresh()
            self.tabs.addTab(panel, titles[key])

    def _saved(self, person_id: int) -> None:
        if not self.panels:
            self._build_panels(person_id)
            self.log_button.setEnabled(True)
            self.dossier_button.setEnabled(True)
            self.privacy_button.setEnabled(True)
        self.saved.emit(person_id)

    def display_name(self) -> str:
        return self.form.display_name()

    def focus_first(self) -> None:
        self.form.focus_first()

    def is_modified(self) -> bool:
        return self.form.is_modified()

    def print_document(self, on_ready=None):  # type: ignore[no-untyped-def]
        """The person dossier, previewed before printing or saving."""
        person_id = self.person_id
        if person_id is None:
            return None
        from deskapp.reports.dossier import person_dossier
        from deskapp.ui.pdf_preview import preview_document

        return preview_document(
            self,
            self.tr("Person dossier"),
            f"dossier-{person_id}.pdf",
            lambda path: person_dossier(self._db, self._actor, person_id, path),
            on_ready,
            lambda path, language: person_dossier(
                self._db, self._actor, person_id, path, language or None
            ),
        )

    def subject_access(self, folder: Path | None = None) -> QWidget | None:
        """Everything held about the person (GDPR art. 15): the dossier and a JSON file
        in a folder the operator chooses, written off the window's thread."""
        person_id = self.person_id
        if person_id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the right-of-access files"), str(documents_dir())
            )
            if not chosen:
                return None
            folder = Path(chosen)
        from deskapp.reports.dossier import person_dossier
        from deskapp.services.gdpr import subject_access
        from deskapp.ui.tasks import run_in_background

        target = folder
        actor, db = self._actor, self._db

        def work(_progress: Any) -> tuple[Path, Path]:
            pdf = person_dossier(db, actor, person_id, target / f"access-{person_id}.pdf")
            data = subject_access(db, actor, person_id, target / f"access-{person_id}.json")
            return pdf, data

        def tell(icon: QMessageBox.Icon, text: str) -> None:
            # Not modal: the operator reads it when they like, nothing waits on it.
            box = QMessageBox(icon, self.tr("Right of access"), text, parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.access_message = box

        def done(paths: Any) -> None:
            tell(
                QMessageBox.Icon.Information,
                self.tr("Written:\n%1\n%2")
                .replace("%1", str(paths[0]))
                .replace("%2", str(paths[1])),
            )

        def failed(error: BaseException) -> None:
            text = error_text(error) if isinstance(error, DeskappError) else str(error)
            tell(QMessageBox.Icon.Warning, text)

        return run_in_background(self, self.tr("Right of access"), work, done, failed)

    def anonymise(self, confirm: bool = True) -> bool:
        """Right to erasure: after a clear warning, anonymise the person."""
        person_id = self.person_id
        if person_id is None:
            return False
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Anonymise %1").replace("%1", self.display_name()))
            box.setText(
                self.tr(
                    "Names, codice fiscale, birthplace, contacts, address, previous employer "
                    "and every free-text note of this person are erased for good. Sex, year "
                    "of birth, education, work situation, the services received and the "
                    "projects stay, anonymous, for the reports the funders need.\n\n"
                    "Copies made before (backups, printed or exported files) are not "
                    "touched. This cannot be undone."
                )
            )
            erase = box.addButton(self.tr("Anonymise"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not erase:
                return False
        from deskapp.services.gdpr import erase_person

        try:
            erase_person(self._db, self._actor, person_id)
        except DeskappError as error:
            QMessageBox.warning(self, self.tr("Not anonymised"), error_text(error))
            return False
        self.form.reload()
        for panel in self.panels.values():
            panel.refresh()
        self.erase_action.setEnabled(False)
        self.saved.emit(person_id)
        return True

    def log_activity(self) -> QWidget | None:
        panel = self.panels.get("activities")
        if panel is None:
            return None
        self.tabs.setCurrentWidget(panel)
        return panel.log_activity()
