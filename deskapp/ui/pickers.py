"""Choosing people, projects and organisations from the registry without leaving the
current screen.

The person picker searches as you type through the core search service, lets the
operator select several people and add them, and stays open for the next search
("search-and-add"), so twelve worker-members are added without closing it twelve times.

``PickField`` is a form's field whose value is one record chosen that way (the other
organisation of a relation, its project): the name chosen, a button that opens the
picker (the letters typed in the field already searched), one that clears it; never a
list of every record of the registry.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.database import Database
from deskapp.services.organisations import list_organisations
from deskapp.services.project_lists import ProjectFilter, project_list
from deskapp.services.search import search_persons
from deskapp.ui.accessibility import name_view, search_box, show_message
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label

SEARCH_DELAY_MS = 200


class _Picker(QDialog):
    chosen = Signal(list)  # ids

    def __init__(self, title: str, hint: str, many: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._many = many
        self.search_box = search_box(hint, self.tr("Search"))
        self.results = QListWidget()
        name_view(
            self.results,
            self.tr("Results"),
            self.tr("Ctrl or Shift with the arrows and Space choose several; Enter adds them.")
            if many
            else self.tr("Enter chooses."),
        )
        self.results.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if many
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.results.itemActivated.connect(lambda _item: self.choose())
        self.status = QLabel()
        self.choose_button = QPushButton(self.tr("Add selected") if many else self.tr("Choose"))
        self.choose_button.clicked.connect(self.choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 460)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self.search_box.returnPressed.connect(self._enter)
        self.search_box.setFocus()

    def _enter(self) -> None:
        self.refresh()
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _rows(self, text: str) -> list[tuple[int, str]]:
        raise NotImplementedError

    def refresh(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search_box.text().strip()
        if not text:
            return
        rows = self._rows(text)
        for item_id, label in rows:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            self.results.addItem(item)
        show_message(self.status, "" if rows else self.tr("No one matches."))

    def choose(self) -> None:
        ids = [i.data(Qt.ItemDataRole.UserRole) for i in self.results.selectedItems()]
        if not ids:
            return
        self.chosen.emit(ids)
        if self._many:
            show_message(self.status, self.tr("Added: %Ln. Search for the next one.", "", len(ids)))
            self.search_box.selectAll()
            self.search_box.setFocus()
        else:
            self.accept()


class PersonPicker(_Picker):
    def __init__(self, db: Database, many: bool = False, parent: QWidget | None = None) -> None:
        self._db = db
        super().__init__(
            self.tr("Choose people") if many else self.tr("Choose a person"),
            self.tr("Surname, name or codice fiscale..."),
            many,
            parent,
        )

    def _rows(self, text: str) -> list[tuple[int, str]]:
        return [
            (
                hit.id,
                f"{hit.family_name} {hit.given_name}  ·  {format_date(hit.birth_date)}"
                f"  ·  {hit.municipality}",
            )
            for hit in search_persons(self._db, text, limit=50)
        ]


class ProjectPicker(_Picker):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        self._db = db
        super().__init__(
            self.tr("Choose a project"),
            self.tr("Words of the title or origin company..."),
            False,
            parent,
        )

    def _rows(self, text: str) -> list[tuple[int, str]]:
        _, cards = project_list(self._db, ProjectFilter(text=text), sort="title", limit=50)
        return [(c.id, f"{c.title}  ·  {enum_label(c.stage)}  ·  {c.desk}") for c in cards]


class OrganisationPicker(_Picker):
    """One organisation of the network, found by words of its name, place, what it does
    or seeks, or its company number; ``leave_out`` (the organisation being edited) is
    not offered."""

    def __init__(
        self, db: Database, leave_out: int | None = None, parent: QWidget | None = None
    ) -> None:
        self._db = db
        self._leave_out = leave_out
        super().__init__(
            self.tr("Choose an organisation"),
            self.tr("Words of the name, the place, or the company number..."),
            False,
            parent,
        )

    def _rows(self, text: str) -> list[tuple[int, str]]:
        _, rows = list_organisations(self._db, text, limit=50)
        return [
            (o.id, "  ·  ".join(p for p in (o.name, enum_label(o.kind), o.municipality) if p))
            for o in rows
            if o.id != self._leave_out
        ]


class PickField(QWidget):
    """A form field holding one record chosen with a picker: the chosen name, read
    only; "Choose..." opens ``make_picker`` with what was typed; "Clear" empties it.
    ``label_of`` names a record set from outside (``set_value``)."""

    changed = Signal()

    def __init__(
        self,
        make_picker: Callable[[QWidget], _Picker],
        label_of: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_picker = make_picker
        self._label_of = label_of
        self._value: int | None = None
        self.picker: _Picker | None = None
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("A few letters, then Enter"))
        self.text.returnPressed.connect(self.open_picker)
        self.choose_button = QPushButton(self.tr("Choose..."))
        self.choose_button.clicked.connect(self.open_picker)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.set_value(None, True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.text)
        self._show()

    def picked_value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, by_user: bool = False) -> None:
        self._value = value
        self._show()
        if by_user:
            self.changed.emit()

    def _show(self) -> None:
        self.text.setText(self._label_of(self._value) if self._value is not None else "")
        self.clear_button.setEnabled(self._value is not None)

    def open_picker(self) -> _Picker:
        """The picker, searching at once what was typed (unless it is the name
        already chosen)."""
        picker = self._make_picker(self)
        typed = self.text.text().strip()
        chosen = self._label_of(self._value) if self._value is not None else ""
        picker.chosen.connect(lambda ids: self.set_value(int(ids[0]), True))
        picker.finished.connect(lambda _r: self._show())
        if typed and typed != chosen:
            picker.search_box.setText(typed)
            picker.refresh()
        self.picker = picker
        picker.open()
        return picker
