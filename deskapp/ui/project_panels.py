"""The tabs of the project page: members and capital, checklist, stage history,
funding applications and linked resources. Every change goes through the services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.models.enums import (
    Country,
    FundingInstrument,
    FundingStatus,
    MemberRole,
    ProjectKind,
    UnemploymentRightsUse,
)
from deskapp.models.fields import parse_date
from deskapp.models.schemas import FundingInput, MembershipInput
from deskapp.services import checklists, projects, resources
from deskapp.services.actor import Actor
from deskapp.services.project_lists import STAGE_COLOURS
from deskapp.services.project_record import (
    funding_of,
    members_of,
    project_country,
    resources_of,
    stage_history,
)
from deskapp.ui.accessibility import labelled, name_view, show_message
from deskapp.ui.colours import list_text
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.formatting import format_date, format_datetime, format_money
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.panels import TablePanel
from deskapp.ui.pickers import PersonPicker
from deskapp.ui.record_dialog import RecordDialog

MONEY_FIELDS = ("capital_pledged", "capital_paid", "tfr_part", "naspi_part")
# A French project's members: the unemployment rights (ARE) as capital (ARCE) or kept
# monthly, where an Italian project's have the TFR and the NASpI advance.
FRENCH_MONEY_FIELDS = ("capital_pledged", "capital_paid", "arce_part")


class MembersPanel(TablePanel):
    changed = Signal()
    open_person = Signal(int)

    def __init__(self, db: Database, actor: Actor, project_id: int, kind: ProjectKind) -> None:
        self.french = project_country(db, project_id) is Country.FR
        super().__init__(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Capital pledged"),
                self.tr("Paid in"),
                *(
                    (self.tr("from ARCE"), self.tr("ARE kept monthly"))
                    if self.french
                    else (self.tr("from TFR"), self.tr("from NASpI advance"))
                ),
            ],
            numeric_columns=(2, 3, 4) if self.french else (2, 3, 4, 5),
            name=self.tr("Members and capital"),
        )
        self._db, self._actor, self.project_id = db, actor, project_id
        self._rows: dict[int, Any] = {}
        self.new_role = QComboBox()
        for role in MemberRole:
            self.new_role.addItem(enum_label(role), role.value)
        default = MemberRole.WORKER_MEMBER if kind.has_origin_company else MemberRole.PROMOTER
        self.new_role.setCurrentIndex(self.new_role.findData(default.value))
        self.buttons.addWidget(labelled(self.tr("Role for new members:"), self.new_role))
        self.buttons.addWidget(self.new_role)
        self.add_button(self.tr("Add members..."), self.add_members, needs_row=False)
        self.add_button(self.tr("Edit role and capital..."), self.edit_member)
        self.add_button(self.tr("Open person"), self._open_person)
        self.add_button(self.tr("Remove"), self.remove_member)
        self.activated.connect(lambda _id: self.edit_member())

    def refresh(self) -> None:
        members = members_of(self._db, self.project_id)
        self._rows = {m.id: m for m in members}
        self.set_rows(
            [
                (
                    m.id,
                    [
                        m.person_name,
                        enum_label(m.role),
                        *[format_money(getattr(m, f)) for f in self._money_fields()],
                        *([self._are_kept(m)] if self.french else []),
                    ],
                )
                for m in members
            ],
            self.tr("No members yet: add the promoters or the worker-members."),
        )
        totals = projects.capital_totals(self._db, self.project_id)
        people = len({m.person_id for m in members})
        if self.french:
            self.footer.setText(
                self.tr("%Ln people. Capital pledged %1, paid in %2 (ARCE %3).", "", people)
                .replace("%1", format_money(totals["capital_pledged"]))
                .replace("%2", format_money(totals["capital_paid"]))
                .replace("%3", format_money(totals["arce_part"]))
            )
            return
        self.footer.setText(
            self.tr("%Ln people. Capital pledged %1, paid in %2 (TFR %3, NASpI %4).", "", people)
            .replace("%1", format_money(totals["capital_pledged"]))
            .replace("%2", format_money(totals["capital_paid"]))
            .replace("%3", format_money(totals["tfr_part"]))
            .replace("%4", format_money(totals["naspi_part"]))
        )

    def _money_fields(self) -> tuple[str, ...]:
        return FRENCH_MONEY_FIELDS if self.french else MONEY_FIELDS

    def _are_kept(self, member: Any) -> str:
        """What a member keeping ARE monthly receives: income beside the new job, not
        capital; blank for the others."""
        if member.unemployment_rights_use is not UnemploymentRightsUse.ARE_MONTHLY:
            return ""
        if member.are_monthly_amount is None:
            return enum_label(member.unemployment_rights_use)
        text = self.tr("%1 a month").replace("%1", format_money(member.are_monthly_amount))
        if member.are_months_left is not None:
            text += ", " + self.tr("%n month(s) left", "", member.are_months_left)
        return text

    def add_members(self) -> PersonPicker:
        picker = PersonPicker(self._db, many=True, parent=self)
        picker.chosen.connect(self._add)
        picker.finished.connect(lambda _r: picker.deleteLater())
        picker.open()
        return picker

    def _add(self, person_ids: list[int]) -> None:
        problems = []
        for person_id in person_ids:
            try:
                projects.add_member(
                    self._db,
                    self._actor,
                    self.project_id,
                    {"person_id": person_id, "role": self.new_role.currentData()},
                )
            except DeskappError as error:
                problems.append(error_text(error))
        self.refresh()
        self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Not added"), "\n".join(problems))

    def edit_member(self) -> RecordDialog | None:
        member = self._rows.get(self.current_id() or 0)
        if member is None:
            return None
        specs = [Spec("role", "enum", MemberRole)] + [
            Spec(f, "money") for f in self._money_fields()
        ]
        if self.french:
            specs[3:3] = [Spec("unemployment_rights_use", "enum", UnemploymentRightsUse, True)]
            specs += [Spec("are_monthly_amount", "money"), Spec("are_months_left", "int")]
        form = FieldForm(MembershipInput, specs)
        form.set_values(member.as_input())
        if self.french:
            form.inputs["unemployment_rights_use"].setToolTip(
                self.tr(
                    "ARCE: 60% of the remaining ARE rights, paid as capital in two halves. "
                    "Or the member keeps ARE monthly beside the new job. One or the other."
                )
            )

        def save(values: dict[str, Any]) -> int:
            # The fields of the other country's parts are not shown: they keep their value.
            values = {**member.as_input(), **values, "person_id": member.person_id}
            return projects.update_member(self._db, self._actor, member.id, member.version, values)

        dialog = RecordDialog(member.person_name, form, save, self)
        dialog.saved.connect(lambda _v: (self.refresh(), self.changed.emit()))
        dialog.open()
        return dialog

    def _open_person(self) -> None:
        member = self._rows.get(self.current_id() or 0)
        if member is not None:
            self.open_person.emit(member.person_id)

    def remove_member(self) -> None:
        member = self._rows.get(self.current_id() or 0)
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove member"),
            self.tr("Remove %1 from the project?").replace("%1", member.person_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            projects.remove_member(self._db, self._actor, member.id)
            self.refresh()
            self.changed.emit()


class ChecklistPanel(QWidget):
    """The steps of every stage, ticked with the date they were done."""

    def __init__(self, db: Database, actor: Actor, project_id: int) -> None:
        super().__init__()
        self._db, self._actor, self.project_id = db, actor, project_id
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Step"), self.tr("Done on")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(self._changed)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self.set_date(item))
        # The keyboard's double-click: Space ticks, Enter (or F2) changes the date.
        for key in ("Return", "Enter", "F2"):
            QShortcut(
                QKeySequence(key),
                self.tree,
                lambda: self.set_date(self.tree.currentItem()),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        name_view(self.tree, self.tr("Checklist"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Tick a step when it is done (Space); double-click it or press Enter to "
                "change the date."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        self._loading = False

    def refresh(self) -> None:
        self._loading = True
        self.tree.clear()
        parents: dict[Any, QTreeWidgetItem] = {}
        for entry in checklists.checklist(self._db, self.project_id):
            stage = entry.step.stage
            if stage not in parents:
                parent = QTreeWidgetItem([enum_label(stage), ""])
                # The stage's colour, darkened on a light palette (idea's yellow must
                # read on white) or lightened on a dark one, to 4.5:1.
                parent.setForeground(0, list_text(STAGE_COLOURS[stage], self.tree.palette()))
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.tree.addTopLevelItem(parent)
                parents[stage] = parent
            item = QTreeWidgetItem(
                [
                    QCoreApplication.translate("Checklist", entry.step.text),
                    format_date(entry.done_on),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.step.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if entry.done_on else Qt.CheckState.Unchecked
            )
            parents[stage].addChild(item)
        self.tree.expandAll()
        self._loading = False

    def _changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if self._loading or column != 0 or not key:
            return
        try:
            if item.checkState(0) == Qt.CheckState.Checked:
                checklists.tick_step(self._db, self._actor, self.project_id, key)
            else:
                checklists.untick_step(self._db, self._actor, self.project_id, key)
        except DeskappError as error:
            show_message(self.message, error_text(error), assertive=True)
        self.refresh()
        self.select_step(key)

    def select_step(self, key: str) -> None:
        """Keep the keyboard on the step just ticked or dated (the tree is refilled)."""
        for parent in range(self.tree.topLevelItemCount()):
            stage = self.tree.topLevelItem(parent)
            for row in range(stage.childCount()):
                if stage.child(row).data(0, Qt.ItemDataRole.UserRole) == key:
                    self.tree.setCurrentItem(stage.child(row))
                    return

    def set_date(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not key:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Done on"),
            self.tr("Date the step was done (DD/MM/YYYY):"),
            text=item.text(1) or format_date(dt.date.today()),
        )
        if not ok:
            return
        try:
            day = parse_date(text)
            checklists.tick_step(self._db, self._actor, self.project_id, key, day)
            self.message.clear()
        except (DeskappError, ValueError):
            show_message(self.message, self.tr("Not a date: write it as DD/MM/YYYY."), True)
        self.refresh()
        self.select_step(key)


class HistoryPanel(TablePanel):
    def __init__(self, db: Database, project_id: int) -> None:
        super().__init__(
            [self.tr("When"), self.tr("Stage"), self.tr("By"), self.tr("Note")],
            name=self.tr("Stage history"),
        )
        self._db, self.project_id = db, project_id

    def refresh(self) -> None:
        rows = []
        colours = []
        for n, t in enumerate(stage_history(self._db, self.project_id)):
            move = (
                enum_label(t.to_stage)
                if t.from_stage is None
                else f"{enum_label(t.from_stage)} \u2192 {enum_label(t.to_stage)}"
            )
            rows.append((n, [format_datetime(t.at), move, t.operator, t.note]))
            colours.append(STAGE_COLOURS[t.to_stage])
        self.set_rows(rows, colours=colours, colour_column=1)


class FundingPanel(TablePanel):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, project_id: int) -> None:
        super().__init__(
            [
                self.tr("Instrument"),
                self.tr("Status"),
                self.tr("Requested"),
                self.tr("Granted"),
                self.tr("Disbursed"),
                self.tr("Submitted on"),
                self.tr("Decided on"),
            ],
            numeric_columns=(2, 3, 4),
            name=self.tr("Funding applications"),
        )
        self._db, self._actor, self.project_id = db, actor, project_id
        self._rows: dict[int, Any] = {}
        self.add_button(self.tr("New application..."), self.new_application, needs_row=False)
        self.add_button(self.tr("Edit..."), self.edit_application)
        self.activated.connect(lambda _id: self.edit_application())

    def refresh(self) -> None:
        rows = funding_of(self._db, self.project_id)
        self._rows = {r.id: r for r in rows}
        self.set_rows(
            [
                (
                    r.id,
                    [
                        enum_label(r.instrument),
                        enum_label(r.status),
                        format_money(r.amount_requested),
                        format_money(r.amount_granted),
                        format_money(r.amount_disbursed),
                        format_date(r.submitted_on),
                        format_date(r.decided_on),
                    ],
                )
                for r in rows
            ],
            self.tr("No funding application yet."),
        )

    def _form(self, keep: FundingInstrument | None = None) -> FieldForm:
        # The instruments of the project's country (no CFI on a French desk, no ARCE on
        # an Italian one), and the one already recorded.
        offered = FundingInstrument.offered(project_country(self._db, self.project_id), keep)
        return FieldForm(
            FundingInput,
            [
                Spec(
                    "instrument", "choice", choices=tuple((enum_label(i), i.value) for i in offered)
                ),
                Spec("status", "enum", FundingStatus),
                Spec("amount_requested", "money"),
                Spec("amount_granted", "money"),
                Spec("amount_disbursed", "money"),
                Spec("submitted_on", "date"),
                Spec("decided_on", "date"),
                Spec("disbursed_on", "date"),
                Spec("notes", "notes"),
            ],
        )

    def new_application(self) -> RecordDialog:
        dialog = RecordDialog(
            self.tr("New funding application"),
            self._form(),
            lambda values: projects.add_funding_application(
                self._db, self._actor, self.project_id, values
            ),
            self,
        )
        dialog.saved.connect(lambda _v: (self.refresh(), self.changed.emit()))
        dialog.open()
        return dialog

    def edit_application(self) -> RecordDialog | None:
        row = self._rows.get(self.current_id() or 0)
        if row is None:
            return None
        form = self._form(row.instrument)
        form.set_values(row.as_input())
        dialog = RecordDialog(
            enum_label(row.instrument),
            form,
            lambda values: projects.update_funding_application(
                self._db, self._actor, row.id, row.version, values
            ),
            self,
        )
        dialog.saved.connect(lambda _v: (self.refresh(), self.changed.emit()))
        dialog.open()
        return dialog


class ResourcesPanel(TablePanel):
    def __init__(self, db: Database, actor: Actor, project_id: int) -> None:
        super().__init__(
            [self.tr("Resource"), self.tr("Municipality")], name=self.tr("Linked resources")
        )
        self._db, self._actor, self.project_id = db, actor, project_id
        self.add_button(self.tr("Link a resource..."), self.link, needs_row=False)
        self.add_button(self.tr("Unlink"), self.unlink)

    def refresh(self) -> None:
        self.set_rows(
            [(rid, [name, place]) for rid, name, place in resources_of(self._db, self.project_id)],
            self.tr("No premises, land or machinery linked to this project."),
        )

    def link(self) -> None:
        _, rows = resources.list_resources(self._db, limit=500)
        labels = [
            f"{r.name} \u00b7 {r.municipality} \u00b7 {enum_label(r.availability)}" for r in rows
        ]
        if not labels:
            QMessageBox.information(
                self, self.tr("No resources"), self.tr("Record a resource in Resources first.")
            )
            return
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Link a resource"), self.tr("Resource:"), labels, 0, False
        )
        if ok:
            resource = rows[labels.index(chosen)]
            resources.link_resource(self._db, self._actor, self.project_id, resource.id)
            self.refresh()

    def unlink(self) -> None:
        resource_id = self.current_id()
        if resource_id is not None:
            resources.unlink_resource(self._db, self._actor, self.project_id, resource_id)
            self.refresh()
