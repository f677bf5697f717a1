"""A small dialog around a FieldForm: Save goes through a service, errors stay beside
their fields and the dialog stays open; Esc closes it, asking first when something
was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError, ValidationFailed
from deskapp.ui.accessibility import label_fields, show_message
from deskapp.ui.colours import error_style
from deskapp.ui.field_form import FieldForm
from deskapp.ui.i18n import error_text, field_error_text


class RecordDialog(QDialog):
    saved = Signal(object)  # what the save function returned

    def __init__(
        self,
        title: str,
        form: FieldForm,
        save: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        self._save = save
        self._typed = False
        form.changed.connect(self._mark_typed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        # Ctrl+S saves here too, as on the record pages; Enter saves from a line field.
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        label_fields(self)

    def _mark_typed(self) -> None:
        self._typed = True

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: typed work is not dropped unasked."""
        if self._typed:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def save(self) -> bool:
        self.message.clear()
        try:
            result = self._save(self.form.values())
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
        self.saved.emit(result)
        self.accept()
        return True
