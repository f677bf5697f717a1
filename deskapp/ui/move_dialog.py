"""Moving a project to another stage: the note the move needs, and the gate's answer.

The service decides (deskapp.services.stages): when the gate does not hold, the
dialog stays open and lists, in words, what the project still needs; the operator
can open the project to fill it in.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError, StageRefusedError
from deskapp.models.database import Database
from deskapp.models.enums import Stage
from deskapp.services import projects
from deskapp.services.actor import Actor
from deskapp.services.stages import note_required
from deskapp.ui.accessibility import labelled, show_message
from deskapp.ui.colours import error_style
from deskapp.ui.i18n import enum_label, error_text


class MoveStageDialog(QDialog):
    moved = Signal(int)  # the project's new version
    open_project = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        project_id: int,
        version: int,
        title: str,
        current: Stage,
        target: Stage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.project_id, self._version, self.target = project_id, version, target
        self.setWindowTitle(self.tr("Move the project"))
        heading = QLabel(
            self.tr("Move \u201c%1\u201d from %2 to %3.")
            .replace("%1", title)
            .replace("%2", enum_label(current))
            .replace("%3", enum_label(target))
        )
        heading.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        # Said above the box, not only inside it: a hint inside disappears as one types
        # and a screen reader does not take it for the box's name.
        self.note_label = labelled(
            self.tr("Why? (required)")
            if target != current and note_required(current, target)
            else self.tr("Note (optional)"),
            self.note,
        )
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet(error_style())
        self.reasons.hide()
        self.open_button = QPushButton(self.tr("Open the project"))
        self.open_button.hide()
        self.open_button.clicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.setDefault(True)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.move_button.clicked.connect(self.move)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.reasons)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _open(self) -> None:
        self.open_project.emit(self.project_id)
        self.reject()

    def move(self) -> bool:
        try:
            version = projects.move_project(
                self._db,
                self._actor,
                self.project_id,
                self._version,
                self.target,
                self.note.toPlainText(),
            )
        except StageRefusedError as refused:
            show_message(
                self.reasons, error_text(refused).replace("\n", "\n\u2022 "), assertive=True
            )
            self.open_button.setVisible(bool(refused.reasons))
            return False
        except DeskappError as error:
            show_message(self.reasons, error_text(error), assertive=True)
            return False
        self.moved.emit(version)
        self.accept()
        return True
