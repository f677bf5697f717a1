"""The sector field: a code typed, or found by its words or its start in the list of the
operator's language (ATECO in Italian, NAF in French, NACE in English), with the
code's label shown under it.

The lists are read the first time the field shows a code or the operator types in it
(deskapp.models.sectors keeps them), never when the window opens.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QBoxLayout, QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from deskapp.models import sectors

CODE_ROLE = Qt.ItemDataRole.UserRole
SHOWN = 40  # entries in the list at once: enough to choose from, quick to fill


def ui_language() -> str:
    """The language the window speaks (deskapp.ui.i18n sets QLocale's default)."""
    language = QLocale().name().split("_")[0]
    return language if language in sectors.TABLES else "en"


class _CodeCompleter(QCompleter):
    """Shows "25.62 Usinage", puts "25.62" in the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(CODE_ROLE) or "")


class SectorPicker(QObject):
    """Turns ``edit`` into a sector field: a list of matching entries under it as the
    operator types (Down and Enter, or the mouse, to choose) and, in ``label``, what the
    code in it is. Words are searched for, not judged: a skill's sector may stay words,
    a project's is refused at the save if it is not a code."""

    def __init__(self, edit: QLineEdit, language: str | None = None) -> None:
        super().__init__(edit)
        self.edit = edit
        self.language = language or ui_language()
        self._choosing = False
        self.model = QStandardItemModel(self)
        self.completer = _CodeCompleter(self.model, self)
        self.completer.setWidget(edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[str].connect(self._chosen)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Sector of activity"))
        edit.setPlaceholderText(
            self.tr("Code or words, e.g. 25.62 or %1").replace("%1", self._example())
        )
        edit.textEdited.connect(self._search)
        edit.textChanged.connect(self.show_label)

    def _example(self) -> str:
        return {"it": "meccanica", "fr": "usinage"}.get(self.language, "machining")

    def _search(self, text: str) -> None:
        if self._choosing:
            return
        found = sectors.search_sectors(text, self.language, limit=SHOWN)
        self.model.clear()
        for entry in found:
            item = QStandardItem(f"{entry.code}  {entry.label}")
            item.setData(entry.code, CODE_ROLE)
            item.setToolTip(entry.label)
            self.model.appendRow(item)
        if found and not (len(found) == 1 and found[0].code == sectors.normalise(text)):
            # Wider than the field: the labels are long ("Fabrication de produits de
            # boulangerie-pâtisserie et de pâtes alimentaires fraîches").
            rect = self.edit.rect()
            rect.setWidth(max(rect.width(), self.edit.fontMetrics().averageCharWidth() * 70))
            self.completer.complete(rect)
        else:
            self.completer.popup().hide()

    def _chosen(self, code: str) -> None:
        self._choosing = True
        try:
            self.edit.setText(code)
            self.edit.textEdited.emit(code)  # a change of the operator's: the form is modified
        finally:
            self._choosing = False

    def show_label(self, text: str | None = None) -> None:
        text = self.edit.text() if text is None else text
        if not text.strip():
            self.label.clear()
            self.label.hide()
            return
        if not sectors.looks_like_code(text):
            # Words: the list under the field is the answer (and a skill may keep them).
            self.label.clear()
            self.label.hide()
            return
        shown, label = sectors.sector_label(text, "", self.language)
        if shown:
            typed = sectors.normalise(text)
            self.label.setText(label if shown == typed else f"{shown} {label}")
        else:
            self.label.setText(self.tr("No list has this code: pick one from the list."))
        self.label.show()


def place_under(form_layout: QFormLayout, field: QWidget, widget: QWidget) -> None:
    """Put ``widget`` in the form row of ``field``, under it (before its message)."""
    for row in range(form_layout.rowCount()):
        item = form_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        cell = item.layout() if item is not None else None
        if cell is not None and cell.indexOf(field) >= 0:
            assert isinstance(cell, QBoxLayout)
            cell.insertWidget(cell.indexOf(field) + 1, widget)
            return
    raise ValueError("the field is not in this form")
