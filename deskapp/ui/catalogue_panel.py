"""The funding catalogue, on the Resources page: the instruments of the desk's country,
open ones first and by the nearest deadline, with who may apply shown below the
selected one. Coordinators add and edit entries; operators read them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from deskapp.models.database import Database
from deskapp.models.enums import Country, FundingInstrument
from deskapp.models.schemas import CatalogueEntryInput
from deskapp.services import funding_catalogue as catalogue
from deskapp.services.actor import Actor
from deskapp.ui.colours import hint_style
from deskapp.ui.field_form import FieldForm, Spec
from deskapp.ui.formatting import format_amount, format_date
from deskapp.ui.i18n import enum_label
from deskapp.ui.panels import TablePanel
from deskapp.ui.record_dialog import RecordDialog

PAST_COLOUR = "#8a8a8a"


class CataloguePanel(QWidget):
    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._rows: dict[int, catalogue.CatalogueRow] = {}
        self.country: Country | None = actor.desk_country if actor else None
        self.table = TablePanel(
            [
                self.tr("Instrument"),
                self.tr("Category"),
                self.tr("Provided by"),
                self.tr("Up to (EUR)"),
                self.tr("Deadline"),
                self.tr("Open"),
            ],
            numeric_columns=(3,),
            name=self.tr("Funding instruments"),
        )
        self.show_closed = QCheckBox(self.tr("Show closed instruments"))
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.table.buttons.insertWidget(0, self.show_closed)
        if catalogue.may_edit(actor):
            self.table.add_button(self.tr("New instrument..."), self.new_entry, False)
            self.table.add_button(self.tr("Edit..."), self.edit_entry)
            self.table.activated.connect(lambda _id: self.edit_entry())
        else:
            note = QLabel(self.tr("The coordinators keep this catalogue."))
            note.setStyleSheet(hint_style())
            self.table.buttons.addWidget(note)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        # The link is reached with Tab and followed with Enter, not only clicked.
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(90)
        self.table.table.itemSelectionChanged.connect(self._show_details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.details, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        rows = catalogue.list_entries(
            self._db, self.country, include_closed=self.show_closed.isChecked()
        )
        self._rows = {r.id: r for r in rows}
        today = dt.date.today()
        self.table.set_rows(
            [
                (
                    r.id,
                    [
                        r.name,
                        enum_label(r.instrument),
                        r.provider,
                        # An empty cell reads as missing data: say what no figure means.
                        format_amount(r.max_amount)
                        if r.max_amount is not None
                        else self.tr("not set"),
                        format_date(r.deadline) if r.deadline is not None else self.tr("open"),
                        self.tr("Yes") if r.active else self.tr("No"),
                    ],
                )
                for r in rows
            ],
            self.tr("No funding instrument in the catalogue."),
            colours=[
                PAST_COLOUR
                if not r.active or (r.deadline is not None and r.deadline < today)
                else None
                for r in rows
            ],
        )
        self._show_details()

    def _show_details(self) -> None:
        row = self._rows.get(self.table.current_id() or 0)
        if row is None:
            self.details.setText(
                self.tr("Choose an instrument to read who may apply and for what.")
            )
            return
        parts = [f"<b>{_html(row.name)}</b>"]
        if row.eligibility:
            parts.append(_html(row.eligibility).replace("\n", "<br>"))
        if row.web:
            parts.append(f'<a href="{_html(row.web)}">{_html(row.web)}</a>')
        self.details.setText("<br>".join(parts))

    def _form(self, keep: FundingInstrument | None = None) -> FieldForm:
        # The categories of the desk's country (no CFI on a French desk, no ARCE on an
        # Italian one), and the one already recorded.
        offered = FundingInstrument.offered(self.country, keep)
        return FieldForm(
            CatalogueEntryInput,
            [
                Spec("name"),
                Spec(
                    "instrument", "choice", choices=tuple((enum_label(i), i.value) for i in offered)
                ),
                Spec("country", "enum", Country, optional=True),
                Spec("provider"),
                Spec("eligibility", "notes"),
                Spec("max_amount", "money"),
                Spec("deadline", "date"),
                Spec("web"),
                Spec("active", "bool"),
            ],
        )

    def new_entry(self) -> RecordDialog | None:
        if self._actor is None:
            return None
        actor = self._actor
        form = self._form()
        form.set_values({"country": self.country, "active": True})
        dialog = RecordDialog(
            self.tr("New funding instrument"),
            form,
            lambda values: catalogue.create_entry(self._db, actor, values),
            self,
        )
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def edit_entry(self) -> RecordDialog | None:
        row = self._rows.get(self.table.current_id() or 0)
        if row is None or self._actor is None:
            return None
        actor = self._actor
        form = self._form(row.instrument)
        form.set_values(row.as_input())
        dialog = RecordDialog(
            row.name,
            form,
            lambda values: catalogue.update_entry(self._db, actor, row.id, row.version, values),
            self,
        )
        dialog.saved.connect(lambda _v: self.refresh())
        dialog.open()
        return dialog


def _html(text: Any) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
