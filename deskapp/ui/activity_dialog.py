"""Logging an activity quickly, from anywhere, with the person or project preselected."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from deskapp.models.database import Database
from deskapp.models.enums import ActivityKind
from deskapp.models.schemas import ActivityInput
from deskapp.services import activities
from deskapp.services.actor import Actor
from deskapp.ui.accessibility import name
from deskapp.ui.field_form import FieldForm, Spec, set_value
from deskapp.ui.formatting import format_date
from deskapp.ui.record_dialog import RecordDialog


def activity_dialog(
    db: Database,
    actor: Actor,
    parent: QWidget | None,
    person: tuple[int, str] | None = None,
    project: tuple[int, str] | None = None,
) -> RecordDialog:
    """A dialog to log an activity about ``person`` and/or ``project`` (id, name)."""
    form = FieldForm(
        ActivityInput,
        [
            Spec("kind", "enum", ActivityKind),
            Spec("occurred_at", "datetime"),
            Spec("duration_minutes", "int"),
            Spec("notes", "notes"),
            Spec("follow_up_due", "date"),
        ],
    )
    now = dt.datetime.now().replace(second=0, microsecond=0)
    form.set_values({"occurred_at": now, "duration_minutes": 30})
    # One click for the usual follow-up delays.
    quick = QHBoxLayout()
    for label, days in (
        (QCoreApplication.translate("ActivityDialog", "in 1 week"), 7),
        (QCoreApplication.translate("ActivityDialog", "in 2 weeks"), 14),
        (QCoreApplication.translate("ActivityDialog", "in 1 month"), 30),
    ):
        button = QPushButton(label)
        button.setAutoDefault(False)
        name(
            button,
            QCoreApplication.translate("ActivityDialog", "Follow-up %1").replace("%1", label),
        )
        button.clicked.connect(
            lambda _c=False, d=days: set_value(
                form.inputs["follow_up_due"], format_date(dt.date.today() + dt.timedelta(days=d))
            )
        )
        quick.addWidget(button)
    quick.addStretch(1)
    form.form.addRow("", quick)
    about = [text for text in (person and person[1], project and project[1]) if text]
    form.form.insertRow(
        0, QCoreApplication.translate("ActivityDialog", "About"), QLabel(" · ".join(about))
    )

    def save(values: dict[str, Any]) -> int:
        values["person_id"] = person[0] if person else None
        values["project_id"] = project[0] if project else None
        return activities.log_activity(db, actor, values)

    dialog = RecordDialog(
        QCoreApplication.translate("ActivityDialog", "Log activity"), form, save, parent
    )
    form.inputs["kind"].setFocus()
    return dialog
