"""Organisations: the network the desks place people in (firms, cooperatives, consortia,
networks, associations, public bodies), searched by the database; each opened in a
dialog with its details, contact people, relations and openings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError, ValidationFailed
from deskapp.models.database import Database
from deskapp.models.enums import OrganisationKind, OrganisationSize, RelationKind, SkillLevel
from deskapp.models.network_schemas import (
    ContactInput,
    OpeningInput,
    OrganisationInput,
    RelationInput,
)
from deskapp.services import openings, organisations
from deskapp.services.actor import Actor
from deskapp.services.projects import get_project
from deskapp.ui.accessibility import label_fields, search_box, show_message
from deskapp.ui.colours import error_style
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.filters import enum_filter, filter_combo
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label, error_text, field_error_text
from deskapp.ui.panels import TablePanel
from deskapp.ui.pickers import OrganisationPicker, PickField, ProjectPicker
from deskapp.ui.record_dialog import RecordDialog
from deskapp.ui.screen_fit import scrolling_layout
from deskapp.ui.sector_picker import ui_language

LIMIT = 500


def _chain_choices(db: Database) -> tuple[tuple[str, Any], ...]:
    language = ui_language()
    return tuple((c.name(language), c.id) for c in organisations.list_chains(db) if c.active)


def organisation_form(db: Database) -> FieldForm:
    return FieldForm(
        OrganisationInput,
        [
            Spec("name"),
            Spec("kind", "enum", OrganisationKind),
            Spec("sector_code"),
            Spec("supply_chain_id", "choice", optional=True, choices=_chain_choices(db)),
            Spec("country"),
            Spec("municipality"),
            Spec("size", "enum", OrganisationSize, optional=True),
            Spec("company_number"),
            Spec("activities", "notes"),
            Spec("seeks", "notes"),
            Spec("email"),
            Spec("phone"),
            Spec("website"),
            Spec("notes", "notes"),
            Spec("active", "bool"),
        ],
    )


def opening_form() -> FieldForm:
    return FieldForm(
        OpeningInput,
        [
            Spec("title"),
            Spec("skills"),
            Spec("level", "enum", SkillLevel, optional=True),
            Spec("municipality"),
            Spec("starts_on", "date"),
            Spec("until", "date"),
            Spec("posts", "int"),
            Spec("filled", "int"),
            Spec("closed", "bool"),
            Spec("notes", "notes"),
        ],
    )


class OrganisationsPage(QWidget):
    """The registry of organisations, searched and filtered by the database."""

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.search = search_box(
            self.tr("Name, place, what they do or seek, company number..."),
            self.tr("Search organisations"),
        )
        self.kind = enum_filter(self.tr("Any kind"), OrganisationKind, self.tr("Kind"))
        self.chain = filter_combo(
            self.tr("Any supply chain"), list(_chain_choices(db)), self.tr("Supply chain")
        )
        self.table = TablePanel(
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Supply chain"),
                self.tr("Municipality"),
                self.tr("Country"),
                self.tr("Size"),
                self.tr("Open openings"),
                self.tr("Desk"),
            ],
            numeric_columns=(6,),
            name=self.tr("Organisations"),
        )
        self.table.add_button(self.tr("New organisation..."), self.new_organisation, False)
        self.table.add_button(self.tr("Open..."), self.open_organisation)
        self.table.activated.connect(lambda _id: self.open_organisation())
        self._rows: dict[int, Any] = {}
        self._chains = dict((v, k) for k, v in _chain_choices(db))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for combo in (self.kind, self.chain):
            bar.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        layout = scrolling_layout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.refresh)
        self._loaded = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._loaded = True
        self._timer.stop()
        kind = self.kind.currentData()
        total, rows = organisations.list_organisations(
            self._db,
            text=self.search.text(),
            kind=OrganisationKind(kind) if kind else None,
            chain_id=self.chain.currentData(),
            limit=LIMIT,
        )
        self._rows = {r.id: r for r in rows}
        self.table.set_rows(
            [
                (
                    r.id,
                    [
                        r.name,
                        enum_label(r.kind),
                        self._chains.get(r.supply_chain_id, ""),
                        r.municipality,
                        r.country,
                        enum_label(r.size) if r.size else "",
                        str(r.open_openings),
                        r.desk,
                    ],
                )
                for r in rows
            ],
            self.tr("No organisation matches. Record one with \u201cNew organisation\u201d."),
        )
        shown = self.tr("%Ln organisations", "", total)
        if total > len(rows):
            shown = self.tr("%1 organisations: the first %2 are shown; add a word.")
            shown = shown.replace("%1", str(total)).replace("%2", str(len(rows)))
        self.table.footer.setText(shown)

    def new_organisation(self) -> RecordDialog | None:
        if self._actor is None:
            return None
        actor = self._actor
        form = organisation_form(self._db)
        form.set_values({"country": actor.desk_country.value.upper(), "active": True})
        dialog = RecordDialog(
            self.tr("New organisation"),
            form,
            lambda values: organisations.create_organisation(self._db, actor, values),
            self,
        )
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, organisation_id: int) -> None:
        self.refresh()
        self.table.select_id(organisation_id)

    def open_organisation(self) -> OrganisationDialog | None:
        row_id = self.table.current_id()
        if row_id is None:
            return None
        dialog = OrganisationDialog(self._db, self._actor, row_id, self)
        dialog.finished.connect(lambda _r: self._reopened(row_id))
        dialog.open()
        return dialog

    def _reopened(self, organisation_id: int) -> None:
        self.refresh()
        self.table.select_id(organisation_id)


class OrganisationDialog(QDialog):
    """One organisation: its details (saved with Ctrl+S or the Save button, errors
    beside the fields), its contact people, its relations and its openings."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor | None, organisation_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self.organisation_id = db, actor, organisation_id
        detail = organisations.organisation_detail(db, organisation_id)
        self._version = detail.row.version
        self.setWindowTitle(detail.row.name)
        self.tabs = QTabWidget()

        details = QWidget()
        dl = QVBoxLayout(details)
        self.form = organisation_form(db)
        self.form.set_values(detail.data)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        dl.addWidget(self.form)
        dl.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        dl.addLayout(row)

        self.contacts = TablePanel(
            [self.tr("Name"), self.tr("Role"), self.tr("E-mail"), self.tr("Phone")],
            name=self.tr("Contact people"),
        )
        self.contacts.add_button(self.tr("Add contact..."), self.add_contact, False)
        self.contacts.add_button(self.tr("Remove"), self.remove_contact)

        self.relations = TablePanel(
            [self.tr("Relation"), self.tr("With")], name=self.tr("Relations")
        )
        self.relations.add_button(self.tr("Add relation..."), self.add_relation, False)
        self.relations.add_button(self.tr("Remove"), self.remove_relation)

        self.openings = TablePanel(
            [
                self.tr("Role"),
                self.tr("Skills wanted"),
                self.tr("Level"),
                self.tr("Place of work"),
                self.tr("Open until"),
                self.tr("Posts"),
                self.tr("Filled"),
                self.tr("State"),
            ],
            numeric_columns=(5, 6),
            name=self.tr("Openings"),
        )
        self.openings.add_button(self.tr("New opening..."), self.new_opening, False)
        self.openings.add_button(self.tr("Edit..."), self.edit_opening)
        self.openings.activated.connect(lambda _id: self.edit_opening())

        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.contacts, self.tr("Contact people"))
        self.tabs.addTab(self.relations, self.tr("Relations"))
        self.tabs.addTab(self.openings, self.tr("Openings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self._fill(detail)
        label_fields(self)

    def _fill(self, detail: organisations.OrganisationDetail) -> None:
        self.contacts.set_rows(
            [(c.id, [c.name, c.role, c.email, c.phone]) for c in detail.contacts],
            self.tr("No contact person yet: add the one to call."),
        )
        rows = []
        for r in detail.relations:
            other = r.project_title or r.other_name
            if r.outgoing:
                rows.append((r.id, [enum_label(r.kind), other]))
            else:
                # Seen from the other side: "Acme is a member of us".
                rows.append(
                    (
                        r.id,
                        [
                            self.tr("%1 this organisation").replace("%1", enum_label(r.kind)),
                            other,
                        ],
                    )
                )
        self.relations.set_rows(rows, self.tr("No relation yet."))
        today = dt.date.today()
        found = openings.list_openings(self._db, organisation_id=self.organisation_id)
        self.openings.set_rows(
            [
                (
                    o.id,
                    [
                        o.title,
                        o.skills,
                        enum_label(o.level) if o.level else "",
                        o.municipality,
                        format_date(o.until) if o.until else "",
                        str(o.posts),
                        str(o.filled),
                        self.tr("Open") if o.open_on(today) else self.tr("Closed"),
                    ],
                )
                for o in found
            ],
            self.tr("No opening: record the roles this organisation wants filled."),
        )

    def reload(self) -> None:
        detail = organisations.organisation_detail(self._db, self.organisation_id)
        self._version = detail.row.version
        self._fill(detail)
        self.changed.emit()

    def save(self) -> bool:
        if self._actor is None:
            return False
        self.message.clear()
        self.form.clear_errors()
        try:
            self._version = organisations.update_organisation(
                self._db, self._actor, self.organisation_id, self._version, self.form.values()
            )
        except ValidationFailed as failed:
            elsewhere = self.form.show_errors(failed.errors)
            show_message(
                self.message,
                "\n".join(
                    [self.tr("Not saved: correct the fields with a message under them.")]
                    + [field_error_text(e) for e in elsewhere]
                ),
            )
            return False
        except DeskappError as error:
            show_message(self.message, error_text(error), assertive=True)
            return False
        show_message(self.message, self.tr("Saved."))
        self.message.setStyleSheet("")
        self.reload()
        return True

    # --- contacts, relations, openings -----------------------------------------------

    def _sub_dialog(self, title: str, form: FieldForm, save: Any) -> RecordDialog | None:
        if self._actor is None:
            return None
        dialog = RecordDialog(title, form, save, self)
        dialog.saved.connect(lambda _r: self.reload())
        dialog.open()
        return dialog

    def add_contact(self) -> RecordDialog | None:
        form = FieldForm(ContactInput, [Spec("name"), Spec("role"), Spec("email"), Spec("phone")])
        actor = self._actor
        return self._sub_dialog(
            self.tr("New contact person"),
            form,
            lambda v: organisations.add_contact(self._db, actor, self.organisation_id, v),
        )

    def _confirm_removal(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove"),
            self.tr("Remove %1?").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_contact(self) -> None:
        contact_id = self.contacts.current_id()
        if contact_id is None or self._actor is None:
            return
        name = self.contacts.table.item(self.contacts.table.currentRow(), 0).text()
        if self._confirm_removal(name):
            organisations.remove_contact(self._db, self._actor, contact_id)
            self.reload()

    def add_relation(self) -> RecordDialog | None:
        """The other organisation and the project are found by typing a few letters in
        a picker, not chosen from lists of the whole registry."""
        db = self._db

        def project_title(project_id: int) -> str:
            try:
                return str(get_project(db, project_id).title)
            except DeskappError:
                return ""

        form = FieldForm(
            RelationInput,
            [
                Spec("kind", "enum", RelationKind),
                Spec(
                    "other_id",
                    "pick",
                    make=lambda: PickField(
                        lambda parent: OrganisationPicker(db, self.organisation_id, parent),
                        lambda oid: organisations.organisation_name(db, oid),
                    ),
                ),
                Spec(
                    "project_id",
                    "pick",
                    make=lambda: PickField(lambda parent: ProjectPicker(db, parent), project_title),
                ),
                Spec("since", "date"),
            ],
        )
        actor = self._actor
        return self._sub_dialog(
            self.tr("New relation"),
            form,
            lambda v: organisations.add_relation(self._db, actor, self.organisation_id, v),
        )

    def remove_relation(self) -> None:
        relation_id = self.relations.current_id()
        if relation_id is None or self._actor is None:
            return
        row = self.relations.table.currentRow()
        what = " ".join(self.relations.table.item(row, c).text() for c in (0, 1))
        if self._confirm_removal(what):
            organisations.remove_relation(self._db, self._actor, relation_id)
            self.reload()

    def new_opening(self) -> RecordDialog | None:
        actor = self._actor
        form = opening_form()
        form.set_values({"posts": 1, "filled": 0})
        return self._sub_dialog(
            self.tr("New opening"),
            form,
            lambda v: openings.create_opening(self._db, actor, self.organisation_id, v),
        )

    def edit_opening(self) -> RecordDialog | None:
        opening_id = self.openings.current_id()
        if opening_id is None:
            return None
        version, data = openings.opening_as_input(self._db, opening_id)
        form = opening_form()
        form.set_values(data)
        actor = self._actor
        return self._sub_dialog(
            str(data["title"]),
            form,
            lambda v: openings.update_opening(self._db, actor, opening_id, version, v),
        )
