"""The person form: intake of a new person, or the record of an existing one.

Every field shows its own error beside it, from the same validation the core uses;
a valid codice fiscale fills sex, birth date and birthplace as it is typed, a NIR the
sex, and says at once when it disagrees with the sex or birth date entered. The
identifier of the desk's country comes first (codice fiscale in Italy, NIR in France);
the other country's, which few people have, is one click away, shown whenever
filled. A new
person cannot be saved before the legal basis and the privacy-notice version are
recorded. Saving goes through deskapp.services.persons in one transaction.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ConflictError, DeskappError, DuplicatePersonError, ValidationFailed
from deskapp.models import enums as en
from deskapp.models.database import Database
from deskapp.models.fields import parse_date
from deskapp.models.identifiers import (
    IdentifierError,
    check_codice_fiscale,
    check_nir,
    nir_mismatch,
    normalise_nir,
)
from deskapp.services import persons
from deskapp.services.actor import Actor
from deskapp.ui.accessibility import chain_tab_order, labelled, show_field_message, show_message
from deskapp.ui.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ask_which_version
from deskapp.ui.field_form import (
    add_field_row,
    date_edit,
    enum_box,
    get_value,
    message_label,
    set_value,
)
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import error_text, field_error_text, place_warning_text

# The inputs of the form's left column (identity, contacts, notes); the rest is right.
LEFT_COLUMN = frozenset(
    {
        "family_name",
        "given_name",
        "codice_fiscale",
        "nir",
        "sex",
        "birth_date",
        "birthplace",
        "citizenship",
        "address",
        "municipality",
        "postal_code",
        "phone",
        "email",
        "notes",
    }
)


class PersonForm(QWidget):
    saved = Signal(int)  # person id
    open_person = Signal(int)  # the existing person a duplicate points to
    modified_changed = Signal(bool)
    title_changed = Signal()  # the name changed: the tab shows it as typed

    def __init__(
        self,
        db: Database,
        actor: Actor,
        person_id: int | None = None,
        prefill: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.person_id = person_id
        self.anonymised_on: dt.date | None = None
        self._version: int | None = None
        self._modified = False
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        # The desk's country's identifier, and the other one (shown when filled).
        self.main_identifier, self.other_identifier = (
            ("nir", "codice_fiscale")
            if actor.desk_country is en.Country.FR
            else ("codice_fiscale", "nir")
        )

        identity = self._section(
            self.tr("Identity"),
            [
                ("family_name", self.tr("Family name"), QLineEdit()),
                ("given_name", self.tr("Given name"), QLineEdit()),
                self._identifier_row(self.main_identifier),
                ("sex", self.tr("Sex"), enum_box(en.Sex, optional=True)),
                ("birth_date", self.tr("Birth date"), date_edit()),
                ("birthplace", self.tr("Birthplace"), QLineEdit()),
                ("citizenship", self.tr("Citizenship (e.g. IT)"), QLineEdit()),
                self._identifier_row(self.other_identifier),
            ],
        )
        self._add_other_identifier_button(identity)
        contacts = self._section(
            self.tr("Contacts"),
            [
                ("address", self.tr("Address"), QLineEdit()),
                ("municipality", self.tr("Municipality"), QLineEdit()),
                ("postal_code", self.tr("Postal code"), QLineEdit()),
                ("phone", self.tr("Phone"), QLineEdit()),
                ("email", self.tr("E-mail"), QLineEdit()),
            ],
        )
        work = self._section(
            self.tr("Work situation"),
            [
                (
                    "employment_status",
                    self.tr("Employment status"),
                    enum_box(en.EmploymentStatus),
                ),
                ("unemployed_since", self.tr("Unemployed since"), date_edit()),
                *self._france_travail_rows(),
                ("previous_employer", self.tr("Previous employer"), QLineEdit()),
                (
                    "previous_employer_in_crisis",
                    self.tr("Previous employer in crisis"),
                    QCheckBox(),
                ),
                (
                    "education",
                    self.tr("Education (ISCED)"),
                    enum_box(en.Isced, optional=True),
                ),
                (
                    "contact_channel",
                    self.tr("How they reached the desk"),
                    enum_box(en.ContactChannel, optional=True),
                ),
                ("first_contact_date", self.tr("First contact date"), date_edit()),
            ],
        )
        special = self._section(
            self.tr("Special categories (optional)"),
            [
                (
                    name,
                    QCoreApplication.translate("Field", label),
                    enum_box(en.Disclosure, optional=True, blank=self.tr("Not asked")),
                )
                for name, label in en.DISADVANTAGE_FIELDS
            ],
        )
        special.layout().insertRow(
            0,
            QLabel(
                self.tr(
                    "Sensitive data: ask only if the person agrees. \u201cDeclined to answer\u201d "
                    "is recorded as such; \u201cNot asked\u201d leaves it blank."
                )
            ),
        )
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.notes.setMaximumHeight(90)
        self.notes.textChanged.connect(self._mark_modified)
        self.inputs["notes"] = self.notes

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(contacts)
        right.addWidget(work)
        right.addWidget(special)
        if person_id is None:
            right.addWidget(self._privacy_section())
        left.addWidget(labelled(self.tr("Notes"), self.notes))
        left.addWidget(self.notes)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.open_existing = QPushButton()
        self.open_existing.hide()
        self.open_existing.clicked.connect(lambda: self.open_person.emit(self._existing_id))
        self._existing_id = 0
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
        bottom.addWidget(self.open_existing)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        # Tab goes down the left column (identity, contacts, notes), then down the
        # right one, then to Save: the order the eye reads the form in.
        chain_tab_order([*self.tab_order(), self.open_existing, self.save_button])

        self.inputs["codice_fiscale"].textEdited.connect(self._codice_fiscale_typed)
        self.inputs["nir"].textEdited.connect(self._nir_typed)
        for name in ("family_name", "given_name"):
            self.inputs[name].textChanged.connect(self.title_changed)
        if person_id is not None:
            self._load(person_id)
        else:
            self._set("first_contact_date", format_date(dt.date.today()))
            for name, value in (prefill or {}).items():
                self._set(name, value)
            self._show_other_identifier_if_filled()
        self._set_modified(bool(prefill))

    # --- building -------------------------------------------------------------------

    def focus_first(self) -> None:
        """The cursor in the first field still empty (the first one if none is)."""
        order = [w for w in self.tab_order() if w.isEnabled() and not w.isHidden()]
        empty = [w for w in order if isinstance(w, QLineEdit) and not w.text()]
        target = (empty or order or [self.save_button])[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_order(self) -> list[QWidget]:
        """The inputs top to bottom, the left column first."""
        left = [n for n in self.inputs if n in LEFT_COLUMN]
        right = [n for n in self.inputs if n not in LEFT_COLUMN]
        order = [self.inputs[n] for n in (*left, *right)]
        # The button that shows the other identifier, where that field would be.
        order.insert(order.index(self.inputs[self.other_identifier]) + 1, self.add_other_id)
        return order

    def _section(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for name, label, widget in rows:
            error = message_label()
            add_field_row(form, label, widget, error)
            self.labels[name] = label
            self.inputs[name] = widget
            self.errors[name] = error
            self._watch(widget)
        return box

    def _france_travail_rows(self) -> list[tuple[str, str, QWidget]]:
        """The jobseeker's registration at France Travail, on a French desk's form."""
        if self._actor.desk_country is not en.Country.FR:
            return []
        return [
            (
                "france_travail_registered_on",
                self.tr("Registered at France Travail on"),
                date_edit(),
            ),
            (
                "france_travail_category",
                self.tr("France Travail category"),
                enum_box(en.FranceTravailCategory, optional=True),
            ),
        ]

    def _identifier_row(self, name: str) -> tuple[str, str, QWidget]:
        if name == "nir":
            return ("nir", self.tr("Social security no. (NIR)"), QLineEdit())
        return ("codice_fiscale", self.tr("Codice fiscale"), QLineEdit())

    def _add_other_identifier_button(self, identity: QGroupBox) -> None:
        """The other country's identifier (the last row of Identity) stays hidden behind
        a button until asked for or filled: most people have only their desk's one."""
        form = identity.layout()
        assert isinstance(form, QFormLayout)
        self._identity_form = form
        self._other_row = form.rowCount() - 1
        if self.other_identifier == "nir":
            self.add_other_id = QPushButton(self.tr("Add a NIR"))
            self.add_other_id.setToolTip(
                self.tr("The French social security number, for a person who has one")
            )
        else:
            self.add_other_id = QPushButton(self.tr("Add a codice fiscale"))
            self.add_other_id.setToolTip(self.tr("The Italian tax code, for a person who has one"))
        self.add_other_id.clicked.connect(lambda: self._show_other_identifier(focus=True))
        form.addRow("", self.add_other_id)
        form.setRowVisible(self._other_row, False)

    def _show_other_identifier(self, focus: bool = False) -> None:
        self._identity_form.setRowVisible(self._other_row, True)
        self._identity_form.setRowVisible(self.add_other_id, False)
        if focus:
            self.inputs[self.other_identifier].setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_other_identifier_if_filled(self) -> None:
        if self._get(self.other_identifier):
            self._show_other_identifier()

    def _privacy_section(self) -> QGroupBox:
        box = self._section(
            self.tr("Privacy (required before the first save)"),
            [
                (
                    "consent.legal_basis",
                    self.tr("Legal basis"),
                    enum_box(en.LegalBasis, optional=True),
                ),
                ("consent.notice_version", self.tr("Privacy notice version"), QLineEdit()),
                ("consent.given_on", self.tr("Date"), date_edit()),
            ],
        )
        self._set("consent.given_on", format_date(dt.date.today()))
        return box

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._mark_modified)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._mark_modified)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._mark_modified)

    # --- values ---------------------------------------------------------------------

    def _set(self, name: str, value: Any) -> None:
        set_value(self.inputs[name], value)

    def _get(self, name: str) -> Any:
        return get_value(self.inputs[name])

    def display_name(self) -> str:
        """Surname and name as typed, for the tab title; "" while both are empty."""
        if self.anonymised_on is not None:
            return self.tr("Anonymised person no. %1").replace("%1", str(self.person_id))
        return f"{self._get('family_name')} {self._get('given_name')}".strip()

    def reload(self) -> None:
        """Show the record as saved now (after an anonymisation, say)."""
        if self.person_id is not None:
            self._load(self.person_id)
            self._set_modified(False)

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        consent: dict[str, Any] = {}
        for name in self.inputs:
            value = self._get(name)
            if name.startswith("consent."):
                if value not in (None, ""):
                    consent[name.split(".", 1)[1]] = value
            elif value not in (None, "") or name in ("previous_employer_in_crisis", "notes"):
                data[name] = value
        if self.person_id is None:
            data["consent"] = consent or None
        return data

    def _load(self, person_id: int) -> None:
        person = persons.get_person(self._db, person_id)
        self._version = person.version
        for name, value in persons.person_as_input(person).items():
            if name in self.inputs:
                self._set(name, value)
        self._show_other_identifier_if_filled()
        warning = ""
        if person.codice_fiscale_warning and person.codice_fiscale:
            try:
                params = check_codice_fiscale(person.codice_fiscale).warning_params
            except IdentifierError:  # pragma: no cover - stored codes were checked
                params = None
            warning = place_warning_text(params) if params else person.codice_fiscale_warning
        self.message.setText(warning)
        self.anonymised_on = person.anonymised_on
        if person.anonymised_on is not None:
            # The record is closed: what is left are anonymous facts, read-only.
            for widget in self.inputs.values():
                widget.setEnabled(False)
            self.add_other_id.setEnabled(False)
            self.save_button.setEnabled(False)
            self.message.setText(
                self.tr(
                    "Anonymised on %1 (right to erasure): only anonymous facts are kept "
                    "and the record can no longer be changed."
                ).replace("%1", person.anonymised_on.strftime("%d/%m/%Y"))
            )

    # --- behaviour ------------------------------------------------------------------

    def _mark_modified(self, *_args: object) -> None:
        self._set_modified(True)

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def is_modified(self) -> bool:
        return self._modified

    def _codice_fiscale_typed(self, text: str) -> None:
        code = "".join(text.split())
        self._show_error("codice_fiscale", "")
        if len(code) < 16:
            return
        try:
            info = check_codice_fiscale(code)
        except IdentifierError as exc:
            self._show_error(
                "codice_fiscale",
                self.tr("Codice fiscale")
                + ": "
                + error_text(DeskappError(exc.template, **exc.params)),
            )
            return
        self._set("sex", info.sex)
        self._set("birth_date", info.birth_date)
        if not self._get("birthplace"):
            self._set("birthplace", info.birthplace_name.title())
        if info.warning_params:
            self._show_error("codice_fiscale", place_warning_text(info.warning_params))

    def _nir_typed(self, text: str) -> None:
        """A whole NIR is checked as typed: its key, then against the sex and birth date
        entered (an empty sex is filled from it)."""
        self._show_error("nir", "")
        if len(normalise_nir(text)) < 15:
            return
        try:
            info = check_nir(text)
            if self._get("sex") is None:
                self._set("sex", info.sex)
            mismatch = nir_mismatch(info, self._get("sex"), self._typed_birth_date())
            if mismatch is not None:
                raise mismatch
        except IdentifierError as exc:
            self._show_error(
                "nir",
                self.labels["nir"] + ": " + error_text(DeskappError(exc.template, **exc.params)),
            )

    def _typed_birth_date(self) -> dt.date | None:
        try:
            birth = parse_date(self._get("birth_date"))
        except ValueError:  # not a date yet: Save will say so beside its field
            return None
        return birth if isinstance(birth, dt.date) else None

    def _resolve_conflict(self) -> bool:
        """Someone else saved the person first: show both versions and let the
        operator choose; nothing is overwritten without that choice."""
        assert self.person_id is not None
        current = persons.get_person(self._db, self.person_id)
        saved = persons.person_as_input(current)
        choice = ask_which_version(self, self.labels, self.inputs, saved)
        if choice == KEEP_MINE:
            self._version = current.version
            return self.save()
        if choice == TAKE_THEIRS:
            self._load(self.person_id)
            self._set_modified(False)
            show_message(
                self.message, self.tr("The saved version is shown; your changes were dropped.")
            )
            return False
        show_message(self.message, self.tr("Not saved: someone else saved this person first."))
        return False

    def _show_error(self, name: str, text: str) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        if text or label.text():
            show_field_message(self.inputs[name], label, text)

    def _clear_errors(self) -> None:
        for name in self.errors:
            self._show_error(name, "")
        self.open_existing.hide()

    def save(self) -> bool:
        """Save through the service; show every error beside its field. True when saved."""
        self._clear_errors()
        try:
            if self.person_id is None:
                result = persons.create_person(self._db, self._actor, self.values())
            else:
                assert self._version is not None
                result = persons.update_person(
                    self._db, self._actor, self.person_id, self._version, self.values()
                )
        except ValidationFailed as failed:
            for error in failed.errors:
                name = error.field if error.field in self.errors else error.field.split(".")[0]
                if name not in self.errors and name == "consent":
                    name = "consent.legal_basis"
                self._show_error(name, field_error_text(error))
            if isinstance(failed, DuplicatePersonError):
                self._existing_id = failed.existing_person_id
                self.open_existing.setText(
                    self.tr("Open person no. %1").replace("%1", str(failed.existing_person_id))
                )
                self.open_existing.show()
            show_message(
                self.message, self.tr("Not saved: correct the fields with a message under them.")
            )
            for widget in self.tab_order():  # the cursor to the first field to correct
                if widget.accessibleDescription():
                    widget.setFocus()
                    break
            return False
        except ConflictError:
            return self._resolve_conflict()
        except DeskappError as error:
            # A busy database, a full disk, a refusal: said here, and what was typed
            # stays in the form to be saved again.
            show_message(self.message, error_text(error), assertive=True)
            return False
        self.person_id = result.id
        self._version = result.version
        notes = [error_text(DeskappError(n.template, **n.params)) for n in result.notices]
        show_message(self.message, "\n".join([self.tr("Saved."), *notes]))
        self._set_modified(False)
        self.saved.emit(result.id)
        return True
