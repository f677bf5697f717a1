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
    visit_network_dialogs(walk, window, db, record, project)


def visit_network_dialogs(walk: Walk, window: Any, db: Any, record: Any, project: Any) -> None:
    """The dialogs of the network (issue 18): an organisation with its contact, relation
    and opening forms, a new organisation, a project's role and a proposal's step."""
    from deskapp.ui.matches_panels import outcome_dialog

    page = window.organisations
    page.refresh()
    page.table.table.selectRow(0)
    organisation = page.open_organisation()
    walk.dialog("new contact person", organisation.add_contact())
    walk.dialog("new relation", organisation.add_relation())
    walk.dialog("new opening", organisation.new_opening())
    walk.dialog("organisation", organisation)
    walk.dialog("new organisation", page.new_organisation())
    matches = project.panels["matches"]
    matches.load()
    walk.dialog("project role", matches.add_role())
    person_id = record.person_id
    walk.dialog(
        "proposal",
        outcome_dialog(window, db, window._actor, {"person_id": person_id}, record.display_name()),
    )
