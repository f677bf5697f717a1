"""The audit trail, for administrators: who did what and when, filtered by person,
operator, period and kind of event, newest first. The table holds 200 events and asks
the database for the next 200 when scrolled to the end (``AuditModel.fetchMore``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import schemas
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import parse_date
from deskapp.services.actor import Actor
from deskapp.services.audit_details import Marked, explain_detail
from deskapp.services.audit_trail import AuditFilter, AuditRow, count_events, event_rows
from deskapp.services.organisation import list_operators
from deskapp.services.persons import get_person
from deskapp.ui.accessibility import name_view, show_message
from deskapp.ui.colours import error_style, hint_style
from deskapp.ui.field_form import date_edit
from deskapp.ui.formatting import format_datetime
from deskapp.ui.i18n import enum_label
from deskapp.ui.pickers import PersonPicker

PAGE = 200

# The records the trail names, in the operator's words (unknown ones shown as stored).
RECORD_NAMES = {
    "person": QT_TRANSLATE_NOOP("AuditModel", "Person"),
    "consent": QT_TRANSLATE_NOOP("AuditModel", "Privacy consent"),
    "skill": QT_TRANSLATE_NOOP("AuditModel", "Skill"),
    "needs_assessment": QT_TRANSLATE_NOOP("AuditModel", "Needs assessment"),
    "activity": QT_TRANSLATE_NOOP("AuditModel", "Activity"),
    "operator": QT_TRANSLATE_NOOP("AuditModel", "Account"),
    "desk": QT_TRANSLATE_NOOP("AuditModel", "Desk"),
    "enterprise_project": QT_TRANSLATE_NOOP("AuditModel", "Project"),
    "project_membership": QT_TRANSLATE_NOOP("AuditModel", "Project member"),
    "funding_application": QT_TRANSLATE_NOOP("AuditModel", "Funding application"),
    "structural_resource": QT_TRANSLATE_NOOP("AuditModel", "Structural resource"),
    "business_plan": QT_TRANSLATE_NOOP("AuditModel", "Business plan"),
    "business_plan_version": QT_TRANSLATE_NOOP("AuditModel", "Business plan version"),
    "funding_catalogue": QT_TRANSLATE_NOOP("AuditModel", "Funding catalogue"),
    "person_dossier": QT_TRANSLATE_NOOP("AuditModel", "Person dossier (PDF)"),
    "subject_access": QT_TRANSLATE_NOOP("AuditModel", "Right of access"),
    "project_summary": QT_TRANSLATE_NOOP("AuditModel", "Project summary"),
    "coordinator_report": QT_TRANSLATE_NOOP("AuditModel", "Coordinator report"),
    "persons": QT_TRANSLATE_NOOP("AuditModel", "People (table)"),
    "projects": QT_TRANSLATE_NOOP("AuditModel", "Projects (table)"),
    "activities": QT_TRANSLATE_NOOP("AuditModel", "Activities (table)"),
}
Index = QModelIndex | QPersistentModelIndex


# The form each record is typed in: its fields are named by their labels there.
SCHEMAS: dict[str, type[BaseModel]] = {
    "person": schemas.PersonInput,
    "consent": schemas.ConsentInput,
    "skill": schemas.SkillInput,
    "needs_assessment": schemas.NeedsAssessmentInput,
    "activity": schemas.ActivityInput,
    "operator": schemas.OperatorInput,
    "desk": schemas.DeskInput,
    "enterprise_project": schemas.ProjectInput,
    "project_membership": schemas.MembershipInput,
    "funding_application": schemas.FundingInput,
    "structural_resource": schemas.ResourceInput,
    "funding_catalogue": schemas.CatalogueEntryInput,
}


def field_labels(entity: str, fields: tuple[str, ...]) -> str:
    """("family_name", "phone") as the form's labels ("Cognome, Telefono"); a field no
    form names stays as stored."""
    schema = SCHEMAS.get(entity)
    shown = []
    for name in fields:
        info = schema.model_fields.get(name) if schema else None
        title = info.title if info is not None else None
        shown.append(QCoreApplication.translate("Field", title) if title else name)
    return ", ".join(shown)


class AuditModel(QAbstractTableModel):
    WHEN, OPERATOR, ACTION, RECORD, FIELDS, DETAIL = range(6)

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self._db, self._actor = db, actor
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._more = False
        self.headers = [
            self.tr("When"),
            self.tr("Operator"),
            self.tr("Event"),
            self.tr("Record"),
            self.tr("Fields"),
            self.tr("Detail"),
        ]

    def set_filter(self, f: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._rows = event_rows(self._db, self._actor, f, limit=PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or not self._rows:
            return
        more = event_rows(self._db, self._actor, self._filter, self._rows[-1].id, PAGE)
        self._more = len(more) == PAGE
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.FIELDS, self.DETAIL):
            # The whole list, when the column is too narrow for it.
            return self.data(index, Qt.ItemDataRole.DisplayRole) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.WHEN:
            return format_datetime(row.at)
        if column == self.OPERATOR:
            return row.operator or self.tr("(set-up)")
        if column == self.ACTION:
            return enum_label(row.action)
        if column == self.RECORD:
            name = RECORD_NAMES.get(row.entity)
            shown = (
                QCoreApplication.translate("AuditModel", name)
                if name
                else row.entity.replace("_", " ")
            )
            return shown + (f" {row.entity_id}" if row.entity_id else "")
        if column == self.FIELDS:
            return field_labels(row.entity, row.fields)
        return detail_text(row.detail)

    def row(self, number: int) -> AuditRow:
        return self._rows[number]


def detail_text(detail: str) -> str:
    """An event's stored detail in the operator's language, where its shape is known."""
    marked = explain_detail(detail)
    return detail if marked is None else _marked_text(marked)


def _marked_text(marked: Marked) -> str:
    text = QCoreApplication.translate(marked.context, marked.text)
    params = {k: v if isinstance(v, str) else _marked_text(v) for k, v in marked.params.items()}
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError):  # a translation with a broken placeholder
        return marked.text.format(**params) if params else marked.text


class AuditPanel(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.person_id: int | None = None

        self.person_label = QLabel(self.tr("Everyone"))
        choose = QPushButton(self.tr("Choose a person..."))
        choose.clicked.connect(lambda: self.choose_person())
        self.clear_person = QPushButton(self.tr("Everyone"))
        self.clear_person.clicked.connect(lambda: self.set_person(None))
        self.clear_person.setEnabled(False)
        person_row = QHBoxLayout()
        person_row.addWidget(self.person_label)
        person_row.addWidget(choose)
        person_row.addWidget(self.clear_person)
        person_row.addStretch(1)

        self.operator = QComboBox()
        self.operator.addItem(self.tr("Anyone"), None)
        for op in list_operators(db, include_inactive=True):
            self.operator.addItem(op.name, op.id)
        self.action = QComboBox()
        self.action.addItem(self.tr("Every kind"), None)
        for member in AuditAction:
            self.action.addItem(enum_label(member), member)
        self.date_from, self.date_to = date_edit(), date_edit()
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("from")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        for box in (self.operator, self.action):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self.refresh)

        filters = QFormLayout()
        # Each filter as wide as what it holds, not as the window.
        filters.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        filters.addRow(self.tr("Person"), person_row)
        filters.addRow(self.tr("Operator"), self.operator)
        filters.addRow(self.tr("Event"), self.action)
        filters.addRow(self.tr("Period"), dates)

        self.model = AuditModel(db, actor)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 130), (1, 150), (2, 110), (3, 220), (4, 380)):
            self.table.setColumnWidth(column, width)
        name_view(self.table, self.tr("Events"))
        self.count = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet(error_style())
        note = QLabel(
            self.tr(
                "The trail names the fields written, never their values. It cannot be "
                "changed; 'Check the database' (Settings) verifies its chain."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(hint_style())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        found: list[dt.date | None] = []
        for edit in (self.date_from, self.date_to):
            text = edit.text().strip()
            value = None
            if text:
                try:
                    value = parse_date(text)
                except Exception:  # noqa: BLE001 - said below in the screen's words
                    value = None
                if not isinstance(value, dt.date):
                    show_message(self.message, self.tr("Write the dates as DD/MM/YYYY."))
                    edit.setStyleSheet(error_style())
                    return None
            edit.setStyleSheet("")
            found.append(value)
        start, end = found
        if start and end and end < start:
            show_message(self.message, self.tr("The period ends before it starts."))
            return None
        return start, end

    def current_filter(self) -> AuditFilter | None:
        dates = self._dates()
        if dates is None:
            return None
        action = self.action.currentData()
        return AuditFilter(
            person_id=self.person_id,
            operator_id=self.operator.currentData(),
            date_from=dates[0],
            date_to=dates[1],
            action=action,
        )

    def refresh(self) -> None:
        self.message.clear()
        f = self.current_filter()
        if f is None:
            return
        self.model.set_filter(f)
        total = count_events(self._db, self._actor, f)
        self.count.setText(
            self.tr("No event matches.") if not total else self.tr("%n event(s)", "", total)
        )

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        if person_id is None:
            self.person_label.setText(self.tr("Everyone"))
        else:
            person = get_person(self._db, person_id)
            self.person_label.setText(
                self.tr("%1 %2 (no. %3)")
                .replace("%1", person.family_name)
                .replace("%2", person.given_name)
                .replace("%3", str(person_id))
            )
        self.clear_person.setEnabled(person_id is not None)
        self.refresh()

    def choose_person(self) -> PersonPicker:
        picker = PersonPicker(self._db, parent=self)
        picker.chosen.connect(lambda ids: self.set_person(ids[0]) if ids else None)
        picker.open()
        return picker
