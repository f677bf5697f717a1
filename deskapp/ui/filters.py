"""The filter lists above the registry, the board and the resources: "any" first.

Each says what it filters ("Desk", "Employment status"), to a screen reader as its
name and to the mouse as its tooltip: the entry shown ("All desks") is its value."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from deskapp.models.enums import LabelledEnum
from deskapp.ui.accessibility import name as accessible_name
from deskapp.ui.i18n import enum_label


def filter_combo(everything: str, items: list[tuple[str, object]], name: str = "") -> QComboBox:
    """A list whose first entry (data None) means no filter; ``name`` says what it
    filters."""
    combo = QComboBox()
    if name:
        accessible_name(combo, name)
        combo.setToolTip(name)
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    # As wide as its longest entry: a cut filter label hides what is being filtered.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def enum_filter(everything: str, enum_cls: type[LabelledEnum], name: str = "") -> QComboBox:
    return filter_combo(everything, [(enum_label(m), m.value) for m in enum_cls], name)
