"""What a screen reader finds on a screen, read through Qt's own accessibility
interface (the one Narrator, NVDA and Orca talk to), for the accessibility tests."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)
# Inputs whose name must come from a label tied to them or a name given them: what they
# show (the text typed, the current choice) is their value, not their name.
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _part_of_another(widget: QWidget) -> bool:
    """Qt's own pieces of a bigger control (a combo's list, a spin box's line edit, a
    table's scroll bars and headers): the bigger control is what is named."""
    if isinstance(widget, QScrollBar | QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    # A tab bar's scroll arrows and close buttons, a line edit's clear button.
    return isinstance(widget, QAbstractButton) and isinstance(
        widget.parentWidget(), QTabBar | QLineEdit
    )


def interactive_controls(root: QWidget) -> list[QWidget]:
    """The controls of ``root`` a person can reach now (shown, not Qt's internals)."""
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not _part_of_another(w) and w.isVisibleTo(root.window())
    ]
    return found


def labelled_by(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    names = [
        other.text(QAccessible.Text.Name)
        for other, _flag in face.relations(QAccessible.RelationFlag.Label)
        if other is not None
    ]
    return " ".join(n for n in names if n).strip()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: for an input, its own accessible
    name or the label tied to it (never its value alone, as Qt gives a combo box's
    current entry as its name on Linux); for a button or a tab bar, Qt's name."""
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return ""
    if isinstance(widget, INPUTS):
        own = widget.accessibleName().strip()
        if own:
            return own
        label = labelled_by(widget)
        if label:
            return label
        if sys.platform.startswith("win") and not isinstance(widget, QComboBox):
            return face.text(QAccessible.Text.Name).strip()
        return ""
    return face.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    extra = ""
    if isinstance(widget, QLineEdit):
        extra = widget.placeholderText()
    elif isinstance(widget, QComboBox):
        extra = widget.currentText()
    elif isinstance(widget, QAbstractButton):
        extra = widget.text() or widget.toolTip()
    path = []
    parent = widget.parentWidget()
    while parent is not None and len(path) < 3:
        path.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({extra!r}) in {'/'.join(path)}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_controls(root) if not spoken_name(w)]
