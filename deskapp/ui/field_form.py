"""Forms built from a schema: one input per field, its label from the schema's title,
its error shown beside it.

The services validate with the pydantic schemas in deskapp.models.schemas; the same
schemas give the labels here, so the word on the screen and the word in an error
message are always the same. Values go to the services as text (dates as typed, money
as typed): the schemas parse them, so there is one parser, not one per screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import FieldError
from deskapp.models.enums import LabelledEnum
from deskapp.ui.accessibility import labelled, show_field_message
from deskapp.ui.colours import error_style
from deskapp.ui.formatting import format_amount, format_date
from deskapp.ui.i18n import enum_label, field_error_text

# The light palette's red; the screens use error_style(), which reads on a dark one too.
ERROR_STYLE = "color: #c62828;"


def message_label() -> QLabel:
    """The place under a field where what is wrong with it is said (hidden while empty)."""
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def add_field_row(form: QFormLayout, title: str, widget: QWidget, message: QLabel) -> QLabel:
    """A form row: the label tied to the field (its name for a screen reader), the
    field, and under it the place for its message."""
    cell = QVBoxLayout()
    cell.setSpacing(0)
    cell.addWidget(widget)
    cell.addWidget(message)
    label = labelled(title, widget)
    form.addRow(label, cell)
    return label


@dataclass(frozen=True)
class Spec:
    """One input: ``kind`` is text, notes, date, datetime, int, number, money, bool,
    enum (with ``enum``), choice (with ``choices``: text and value pairs) or pick (with
    ``make``)."""

    name: str
    kind: str = "text"
    enum: type[LabelledEnum] | None = None
    optional: bool = False
    choices: tuple[tuple[str, Any], ...] = ()
    label: str = ""  # only where the schema's title is not what the screen says
    # kind "pick": makes the field's widget (deskapp.ui.pickers.PickField), one record
    # chosen with a search picker instead of a list of them all
    make: Any = None


def enum_box(enum_cls: type[LabelledEnum], optional: bool = False, blank: str = "") -> QComboBox:
    box = QComboBox()
    if optional:
        box.addItem(blank, None)
    for member in enum_cls:
        box.addItem(enum_label(member), member.value)
    return box


def date_edit(with_time: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(
        QCoreApplication.translate("FieldForm", "DD/MM/YYYY HH:MM")
        if with_time
        else QCoreApplication.translate("FieldForm", "DD/MM/YYYY")
    )
    return edit


def set_value(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "picked_value"):  # a PickField
        widget.set_value(value)  # type: ignore[attr-defined]
    elif isinstance(widget, QLineEdit):
        if isinstance(value, dt.datetime):
            value = f"{format_date(value.date())} {value:%H:%M}"
        elif isinstance(value, dt.date):
            value = format_date(value)
        elif isinstance(value, Decimal):
            value = format_amount(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        raw = value.value if isinstance(value, LabelledEnum) else value
        widget.setCurrentIndex(max(widget.findData(raw), 0))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")


def get_value(widget: QWidget) -> Any:
    if hasattr(widget, "picked_value"):  # a PickField
        return widget.picked_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return None


def parse_datetime_text(text: str) -> Any:
    """ "22/11/2026 14:30" (or the date alone, meaning 09:00) as a datetime; anything
    else is passed on as typed, for the schema to refuse with its message."""
    text = text.strip()
    date_part, _, time_part = text.partition(" ")
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            day = dt.datetime.strptime(date_part, fmt)
        except ValueError:
            continue
        if not time_part:
            return day.replace(hour=9)
        try:
            moment = dt.datetime.strptime(time_part.strip(), "%H:%M")
        except ValueError:
            return text
        return day.replace(hour=moment.hour, minute=moment.minute)
    return text


class FieldForm(QWidget):
    """A QFormLayout of inputs for some fields of ``schema``."""

    changed = Signal()

    def __init__(
        self, schema: type[BaseModel], specs: list[Spec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._specs = {spec.name: spec for spec in specs}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        for spec in specs:
            title = spec.label or (schema.model_fields[spec.name].title or spec.name)
            widget = self._make(spec)
            error = message_label()
            self.labels[spec.name] = QCoreApplication.translate("Field", title)
            add_field_row(self.form, self.labels[spec.name], widget, error)
            self.inputs[spec.name] = widget
            self.errors[spec.name] = error

    def _make(self, spec: Spec) -> QWidget:
        widget: QWidget
        if spec.kind == "enum" and spec.enum is not None:
            widget = enum_box(spec.enum, optional=spec.optional)
            widget.currentIndexChanged.connect(self.changed)
        elif spec.kind == "choice":
            widget = QComboBox()
            if spec.optional:
                widget.addItem("", None)
            for text, value in spec.choices:
                widget.addItem(text, value)
            widget.currentIndexChanged.connect(self.changed)
        elif spec.kind == "pick":
            widget = spec.make()
            widget.changed.connect(self.changed)
        elif spec.kind == "bool":
            widget = QCheckBox()
            widget.toggled.connect(self.changed)
        elif spec.kind == "notes":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
            widget.setMaximumHeight(80)
            widget.textChanged.connect(self.changed)
        else:
            widget = date_edit(spec.kind == "datetime") if "date" in spec.kind else QLineEdit()
            if spec.kind == "money":
                widget.setPlaceholderText("0,00")
            widget.textEdited.connect(self.changed)
        return widget

    def set_values(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            if name in self.inputs:
                set_value(self.inputs[name], value)

    def values(self) -> dict[str, Any]:
        """The inputs' values for the schema: empty text as "", empty numbers as None."""
        data: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            value = get_value(widget)
            kind = self._specs[name].kind
            if kind in ("int", "number", "date", "money") and value == "":
                value = None
            elif kind == "datetime":
                value = parse_datetime_text(value) if value.strip() else None
            elif kind in ("int", "number") and isinstance(value, str):
                value = value.strip().replace(",", ".") if kind == "number" else value.strip()
            data[name] = value
        return data

    def show_errors(self, errors: list[FieldError], focus: bool = True) -> list[FieldError]:
        """Show each error beside its field (and give it to the field as its description,
        for a screen reader); put the cursor in the first field in error. Return the
        errors no field here can show."""
        self.clear_errors()
        elsewhere = []
        for error in errors:
            name = error.field.split(".")[0]
            label = self.errors.get(name)
            if label is None:
                elsewhere.append(error)
                continue
            show_field_message(self.inputs[name], label, field_error_text(error))
        if focus:
            # The first field in error, top to bottom.
            for name, widget in self.inputs.items():
                if self.errors[name].text():
                    widget.setFocus()
                    break
        return elsewhere

    def clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.clear()
            label.hide()
            self.inputs[name].setAccessibleDescription("")

    def error_of(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisibleTo(self) else ""


def display_value(value: Any) -> str:
    """A stored value as the screen writes it."""
    if value is None:
        return ""
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("FieldForm", "Yes")
            if value
            else QCoreApplication.translate("FieldForm", "No")
        )
    if isinstance(value, dt.datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def display_text(widget: QWidget) -> str:
    """What an input shows, written as display_value writes a stored value."""
    if hasattr(widget, "picked_value"):  # a PickField: the name chosen
        return str(widget.text.text()).strip()  # type: ignore[attr-defined]
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.currentData() is not None else ""
    if isinstance(widget, QCheckBox):
        return display_value(widget.isChecked())
    value = get_value(widget)
    return "" if value is None else str(value).strip()
