"""The layout of the small dialogs that ask for a name, a password or a key: words
first (if any), the fields, the error in red, then the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from deskapp.ui.colours import error_style


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    return label


def lay_out(
    dialog: QDialog,
    intro: QLabel | None,
    form: QFormLayout,
    error: QLabel,
    ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """Put the parts in ``dialog``; the buttons accept and reject it."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if intro is not None:
        intro.setWordWrap(True)
        layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return buttons
