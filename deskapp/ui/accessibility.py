"""What a screen reader says and what the keyboard reaches, in one place.

Italian public bodies may only adopt software meeting the accessibility requirements
(Legge Stanca, AgID guidelines after EN 301 549 chapter 11): every control has a name
a screen reader can say, messages beside fields are announced, everything the mouse
does the keyboard does too, and colour is never the only signal. The screens build
their controls through these helpers rather than naming each widget by hand:

- ``labelled(text, widget)``: the label of a field, tied to it (its buddy), so the
  screen reader says the label as the field's name and Alt+letter reaches it;
- ``name(widget, text, description)``: a name for a control that has no label on
  screen (a search box, a filter, a table, a list of cards);
- ``search_box(...)`` and ``name_view(...)``: the search boxes and the tables;
- ``show_field_message(...)``: a message beside a field, also given to the field as
  its accessible description and announced;
- ``announce(widget, text)``: a short message the screen reader says at once (saved,
  not saved, moved);
- ``label_fields(root)``: the safety net run on every page the window builds: a form
  row whose label is not yet tied to its field (a row of several inputs, say) gets
  its label tied, or a name made of the row's label and the word before the input.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

# Inputs: what they show is their value; their name must come from a label or be given.
INPUT_TYPES = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
)


def clean(text: str) -> str:
    """A label's words as a name: no mnemonic ampersand, no trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def name(widget: QWidget, text: str, description: str | None = None) -> QWidget:
    """Give ``widget`` the name a screen reader says (and a description, if any)."""
    widget.setAccessibleName(clean(text))
    if description is not None:
        widget.setAccessibleDescription(description)
    return widget


def labelled(text: str, widget: QWidget) -> QLabel:
    """The label of ``widget``, tied to it: read as its name, Alt+letter reaches it."""
    label = QLabel(text)
    tie(label, widget)
    return label


def tie(label: QLabel, widget: QWidget) -> None:
    """``label`` names ``widget``. A combo box gets the words as its own name too: on
    Linux, Qt gives a combo's current entry as its name and leaves the label to the
    relation, which not every screen reader follows."""
    label.setBuddy(widget)
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        widget.setAccessibleName(clean(label.text()))
    # A composite field (a PickField: its text box and buttons) is met through the input
    # it hands the focus to, which the label names only through the field: name it too.
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not widget and not proxy.accessibleName():
        proxy.setAccessibleName(clean(label.text()))


def has_name(widget: QWidget) -> bool:
    if widget.accessibleName().strip():
        return True
    parent = widget.parentWidget()
    if parent is None:
        return False
    return any(
        isinstance(child, QLabel) and child.buddy() is widget and child.text().strip()
        for child in parent.children()
    )


def search_box(placeholder: str, accessible_name: str) -> QLineEdit:
    """A search field: a name of its own (the hint inside it disappears as one types,
    and is no name), and a named clear button."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    name(box, accessible_name, placeholder)
    name_clear_button(box)
    return box


def name_clear_button(box: QLineEdit) -> None:
    for action in box.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            text = QCoreApplication.translate("Accessibility", "Clear")
            action.setText(text)
            action.setToolTip(text)


def name_view(view: QAbstractItemView, text: str, description: str = "") -> QAbstractItemView:
    """A table or list: its name, and a name for the table's select-all corner."""
    name(view, text, description)
    if isinstance(view, QTableView):
        for button in view.findChildren(QAbstractButton):
            if button.parentWidget() is view and not button.accessibleName():
                name(button, QCoreApplication.translate("Accessibility", "Select all"))
    return view


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have the screen reader say ``text`` now (a message that appeared somewhere the
    focus is not: "Saved.", "Not saved: ...")."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def show_message(label: QLabel, text: str, assertive: bool = False) -> None:
    """Show ``text`` in ``label`` (hidden when empty) and announce it."""
    label.setText(text)
    label.setVisible(bool(text))
    announce(label, text, assertive)


def show_field_message(field: QWidget, label: QLabel, text: str) -> None:
    """A message beside ``field`` (an error, a warning): shown in ``label``, given to
    the field as its description (read when it gets the focus) and announced."""
    label.setText(text)
    label.setVisible(bool(text))
    field.setAccessibleDescription(text)
    QAccessible.updateAccessibility(_event(field, QAccessible.Event.DescriptionChanged))
    announce(field, text, assertive=True)


def _event(widget: QWidget, kind: QAccessible.Event):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessibleEvent

    return QAccessibleEvent(widget, kind)


def chain_tab_order(widgets: Iterable[QWidget | None]) -> None:
    """Tab goes through ``widgets`` in this order (top to bottom of the form)."""
    shown = [w for w in widgets if w is not None]
    for first, second in zip(shown, shown[1:], strict=False):
        QWidget.setTabOrder(first, second)


# --- the safety net ------------------------------------------------------------------


def _inputs_of(layout: QLayout) -> list[QWidget | QLabel]:
    """The labels and inputs of a row's layout, in order (nested layouts included)."""
    found: list[QWidget | QLabel] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _inputs_of(item.layout())
    return found


def _tie(row_label: str, parts: list[QWidget]) -> None:
    """Name the inputs of one row that have no name yet: after the word just before
    them, with the row's label ("Period, from"), or after the row's label alone."""
    word = ""
    for part in parts:
        if isinstance(part, QLabel):
            word = clean(part.text())
            continue
        if isinstance(part, INPUT_TYPES) and not has_name(part):
            if not (isinstance(part, QCheckBox) and part.text()):
                text = f"{row_label}, {word}" if word and row_label else word or row_label
                if text:
                    name(part, text)
        word = ""


def label_fields(root: QWidget) -> None:
    """Tie every form row's label to its inputs where the screen did not: rows holding
    a layout (an input and its message, a period "from ... to ..."), and words set
    before an input in a row of widgets."""
    for layout in root.findChildren(QLayout):
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label_item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field_item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label_item is None or field_item is None:
                    continue
                label = label_item.widget()
                if not isinstance(label, QLabel):
                    continue
                if field_item.widget() is not None:
                    parts: list[QWidget] = [field_item.widget()]
                elif field_item.layout() is not None:
                    parts = _inputs_of(field_item.layout())
                else:
                    continue
                first = parts[0] if parts else None
                if isinstance(first, QComboBox) and label.buddy() is first:
                    tie(label, first)
                if isinstance(first, INPUT_TYPES) and label.buddy() is None and not has_name(first):
                    tie(label, first)
                _tie(clean(label.text()), parts)
        elif isinstance(layout, QBoxLayout):
            parts = [
                item.widget()
                for index in range(layout.count())
                if (item := layout.itemAt(index)) is not None and item.widget() is not None
            ]
            for before, after in zip(parts, parts[1:], strict=False):
                if (
                    isinstance(before, QLabel)
                    and before.buddy() is None
                    and before.text().strip()
                    and isinstance(after, INPUT_TYPES)
                    and not has_name(after)
                ):
                    tie(before, after)


def owner(obj: QObject) -> QWidget | None:
    """The widget a layout or an action belongs to."""
    parent = obj.parent()
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent
