"""The dialogs an operator can open from a person's record, a project and the Resources
page, opened in turn: one list for every test that walks the window (accessible
names, the French walk), so a new dialog is added once and checked by all of them."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from deskapp.models.enums import Stage


class Walk(Protocol):
    def dialog(self, name: str, dialog: QWidget) -> Any: ...


def visit_common_dialogs(walk: Walk, window: Any, db: Any, record: Any, project: Any) -> None:
    """Hand ``walk`` each dialog of ``record`` (a person), ``project`` (one with
    members) and the Resources page, with its name."""
    from deskapp.ui.pickers import PersonPicker, ProjectPicker

    walk.dialog("log activity", record.panels["activities"].log_activity())
    walk.dialog("add skill", record.panels["skills"].add_skill())
    walk.dialog("needs assessment", record.panels["needs"].new_assessment())
    walk.dialog("funding application", project.panels["funding"].new_application())
    members = project.panels["members"]
    members.table.selectRow(0)
    walk.dialog("member", members.edit_member())
    walk.dialog("move stage", project.move_to(Stage.ABANDONED))
    walk.dialog("choose people", PersonPicker(db, many=True, parent=window))
    walk.dialog("choose a project", ProjectPicker(db, parent=window))
    walk.dialog("new resource", window.resources.new_resource())
    walk.dialog("new funding instrument", window.resources.catalogue.new_entry())
    if "consolidation" in window.page_titles:  # a coordinator's, an administrator's
        walk.dialog("trust a desk's key", window.page("consolidation").trust_key())
        walk.dialog("send to the coordinator", window.send_to_coordinator())
