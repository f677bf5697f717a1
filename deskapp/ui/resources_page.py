"""Resources: the structural resources of the desks, and the people's skills searched
across the registry ("who knows welding in Sestri?"), each linkable to a project."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.models.enums import Availability, MemberRole, ResourceKind
from deskapp.models.schemas import ResourceInput
from deskapp.models.sectors import describe_sector
from deskapp.services import projects, resources
from deskapp.services.actor import Actor
from deskapp.services.organisation import list_desks
from deskapp.ui.accessibility import search_box
from deskapp.ui.catalogue_panel import CataloguePanel
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.filters import enum_filter, filter_combo
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.panels import TablePanel
from deskapp.ui.pickers import ProjectPicker
from deskapp.ui.record_dialog import RecordDialog
from deskapp.ui.screen_fit import scrolling_layout
from deskapp.ui.sector_picker import ui_language

LIMIT = 500


class ResourcesPage(QWidget):
    person_activated = Signal(int)
    project_activated = Signal(int)

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        desks = [(d.name, d.id) for d in list_desks(db)]

        # Structural resources
        self.resource_search = search_box(
            self.tr("Name, owner, municipality..."), self.tr("Search resources")
        )
        self.resource_desk = filter_combo(self.tr("All desks"), desks, self.tr("Desk"))
        self.resource_kind = enum_filter(self.tr("Any kind"), ResourceKind, self.tr("Kind"))
        self.resource_availability = enum_filter(
            self.tr("Any availability"), Availability, self.tr("Availability")
        )
        self.resource_table = TablePanel(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Municipality"),
                self.tr("Size (m²)"),
                self.tr("Availability"),
                self.tr("Owner"),
                self.tr("Desk"),
                self.tr("Projects"),
            ],
            numeric_columns=(3, 7),
            name=self.tr("Premises, land and machinery"),
        )
        self.resource_table.add_button(self.tr("New resource..."), self.new_resource, False)
        self.resource_table.add_button(self.tr("Edit..."), self.edit_resource)
        self.resource_table.add_button(self.tr("Link to a project..."), self.link_resource)
        self.resource_table.activated.connect(lambda _id: self.edit_resource())
        self._resource_rows: dict[int, Any] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.resource_search, 2)
        for combo in (self.resource_desk, self.resource_kind, self.resource_availability):
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh_resources())
        resource_tab = QWidget()
        rl = QVBoxLayout(resource_tab)
        rl.addLayout(bar)
        rl.addWidget(self.resource_table, 1)

        # Skills
        self.skill_search = search_box(
            self.tr("Skill and place, e.g. \u201cwelding Sestri\u201d"),
            self.tr("Search skills"),
        )
        self.skill_desk = filter_combo(self.tr("All desks"), desks, self.tr("Desk"))
        self.skill_table = TablePanel(
            [
                self.tr("Person"),
                self.tr("Skill"),
                self.tr("Level"),
                self.tr("Years"),
                self.tr("Sector"),
                self.tr("Municipality"),
                self.tr("Desk"),
            ],
            numeric_columns=(3,),
            name=self.tr("People with the skill"),
        )
        self.skill_table.add_button(self.tr("Open person"), self.open_skill_person)
        self.skill_table.add_button(self.tr("Add to a project..."), self.add_skill_person)
        self.skill_table.activated.connect(lambda _id: self.open_skill_person())
        self._skill_rows: dict[int, Any] = {}
        skill_bar = QHBoxLayout()
        skill_bar.addWidget(self.skill_search, 2)
        skill_bar.addWidget(self.skill_desk)
        self.skill_desk.currentIndexChanged.connect(lambda _i: self.refresh_skills())
        skill_tab = QWidget()
        sl = QVBoxLayout(skill_tab)
        sl.addLayout(skill_bar)
        sl.addWidget(self.skill_table, 1)

        self.views = QTabWidget()
        self.views.addTab(resource_tab, self.tr("Premises, land and machinery"))
        self.views.addTab(skill_tab, self.tr("Skills of the people"))
        self.catalogue = CataloguePanel(db, actor)
        self.views.addTab(self.catalogue, self.tr("Funding instruments"))
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addWidget(self.views)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.resource_search.textChanged.connect(lambda _t: self._timer.start())
        self.skill_search.textChanged.connect(lambda _t: self._timer.start())
        self._loaded = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded = True
        self.refresh_resources()
        self.refresh_skills()
        self.catalogue.refresh()

    def refresh_resources(self) -> None:
        kind, availability = (
            self.resource_kind.currentData(),
            self.resource_availability.currentData(),
        )
        total, rows = resources.list_resources(
            self._db,
            text=self.resource_search.text(),
            desk_id=self.resource_desk.currentData(),
            kind=ResourceKind(kind) if kind else None,
            availability=Availability(availability) if availability else None,
            limit=LIMIT,
        )
        self._resource_rows = {r.id: r for r in rows}
        self.resource_table.set_rows(
            [
                (
                    r.id,
                    [
                        r.name,
                        enum_label(r.kind),
                        r.municipality,
                        "" if r.size_m2 is None else self.locale().toString(r.size_m2, "f", 0),
                        enum_label(r.availability),
                        r.owner,
                        r.desk,
                        str(r.projects),
                    ],
                )
                for r in rows
            ],
            self.tr("No resource matches. Record one with \u201cNew resource\u201d."),
        )
        self.resource_table.footer.setText(self.tr("%Ln resources", "", total))

    def refresh_skills(self) -> None:
        text = self.skill_search.text().strip()
        if not text:
            self._skill_rows = {}
            self.skill_table.set_rows([], self.tr("Type a skill (and a place) to find who has it."))
            self.skill_table.footer.clear()
            return
        more, hits = resources.search_skills(
            self._db, text, desk_id=self.skill_desk.currentData(), limit=LIMIT
        )
        self._skill_rows = {h.skill_id: h for h in hits}
        self.skill_table.set_rows(
            [
                (
                    h.skill_id,
                    [
                        h.person_name,
                        h.description,
                        enum_label(h.level),
                        "" if h.years_experience is None else str(h.years_experience),
                        describe_sector(h.sector, "", ui_language()),
                        h.municipality,
                        h.desk,
                    ],
                )
                for h in hits
            ],
            self.tr("Nobody with this skill here. Try fewer words."),
        )
        shown = self.tr("%Ln people found", "", len(hits))
        if more:
            shown = self.tr(
                "More than %1 found: the first %1 are shown; add a word or a place."
            ).replace("%1", str(len(hits)))
        self.skill_table.footer.setText(shown)

    # --- resources -----------------------------------------------------------------

    def _resource_form(self) -> FieldForm:
        return FieldForm(
            ResourceInput,
            [
                Spec("kind", "enum", ResourceKind),
                Spec("name"),
                Spec("owner"),
                Spec("municipality"),
                Spec("size_m2", "number"),
                Spec("size_note"),
                Spec("availability", "enum", Availability),
                Spec("notes", "notes"),
            ],
        )

    def new_resource(self) -> RecordDialog | None:
        if self._actor is None:
            return None
        actor = self._actor
        dialog = RecordDialog(
            self.tr("New resource"),
            self._resource_form(),
            lambda values: resources.create_resource(self._db, actor, values),
            self,
        )
        dialog.saved.connect(lambda _id: self.refresh_resources())
        dialog.open()
        return dialog

    def edit_resource(self) -> RecordDialog | None:
        row = self._resource_rows.get(self.resource_table.current_id() or 0)
        if row is None or self._actor is None:
            return None
        actor = self._actor
        form = self._resource_form()
        form.set_values(resources.resource_as_input(resources.get_resource(self._db, row.id)))
        dialog = RecordDialog(
            row.name,
            form,
            lambda values: resources.update_resource(self._db, actor, row.id, row.version, values),
            self,
        )
        dialog.saved.connect(lambda _v: self.refresh_resources())
        dialog.open()
        return dialog

    def link_resource(self) -> ProjectPicker | None:
        row = self._resource_rows.get(self.resource_table.current_id() or 0)
        if row is None or self._actor is None:
            return None
        actor = self._actor
        picker = ProjectPicker(self._db, self)

        def link(ids: list[int]) -> None:
            resources.link_resource(self._db, actor, ids[0], row.id)
            self.refresh_resources()

        picker.chosen.connect(link)
        picker.open()
        return picker

    # --- skills --------------------------------------------------------------------

    def open_skill_person(self) -> None:
        hit = self._skill_rows.get(self.skill_table.current_id() or 0)
        if hit is not None:
            self.person_activated.emit(hit.person_id)

    def add_skill_person(self) -> ProjectPicker | None:
        hit = self._skill_rows.get(self.skill_table.current_id() or 0)
        if hit is None or self._actor is None:
            return None
        actor = self._actor
        picker = ProjectPicker(self._db, self)

        def add(ids: list[int]) -> None:
            try:
                projects.add_member(
                    self._db,
                    actor,
                    ids[0],
                    {"person_id": hit.person_id, "role": MemberRole.WORKER_MEMBER.value},
                )
            except DeskappError as error:
                QMessageBox.warning(self, self.tr("Not added"), error_text(error))
                return
            self.project_activated.emit(ids[0])

        picker.chosen.connect(add)
        picker.open()
        return picker
