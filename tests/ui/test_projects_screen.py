"""The Projects board and list, and the project page, driven as an operator would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from deskapp.models.enums import Stage
from deskapp.services import checklists, persons, projects
from deskapp.services.project_record import members_of, project_record, stage_history
from tests.conftest import person_data


def _project(db, operator, **extra):
    data = {"title": "Officine Riunite", "kind": "wbo"}
    data.update(extra)
    return projects.create_project(db, operator, data)


def _card_ids(column):
    return [
        column.cards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(column.cards.count())
    ]


def test_board_refuses_a_move_through_a_gate_that_does_not_hold(qtbot, window, db, operator):
    pid = _project(db, operator)
    window.tabs.setCurrentWidget(window.projects)
    board = window.projects
    assert _card_ids(board.columns[Stage.INTAKE]) == [pid]
    # What dropping the card on the Idea column does.
    board.columns[Stage.IDEA].dropped.emit(pid, Stage.IDEA)
    dialog = board.findChild(type(board.request_move(pid, Stage.IDEA)))
    assert dialog is not None
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: the dialog stays and says why
    assert "Add at least one person to the project (the promoter)." in dialog.reasons.text()
    assert dialog.open_button.isVisible()
    assert project_record(db, pid).stage is Stage.INTAKE
    assert _card_ids(board.columns[Stage.INTAKE]) == [pid]


def test_board_moves_a_card_when_the_gate_holds(qtbot, window, db, operator):
    pid = _project(db, operator)
    mario = persons.create_person(db, operator, person_data()).id
    projects.add_member(db, operator, pid, {"person_id": mario, "role": "promoter"})
    window.tabs.setCurrentWidget(window.projects)
    board = window.projects
    board.refresh()
    dialog = board.request_move(pid, Stage.IDEA)
    qtbot.keyClicks(dialog.note, "Gruppo formato")
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert project_record(db, pid).stage is Stage.IDEA
    assert _card_ids(board.columns[Stage.IDEA]) == [pid]
    assert _card_ids(board.columns[Stage.INTAKE]) == []
    assert stage_history(db, pid)[-1].note == "Gruppo formato"
    # Going back needs a reason.
    back = board.request_move(pid, Stage.INTAKE)
    qtbot.mouseClick(back.move_button, Qt.MouseButton.LeftButton)
    assert "Say why the project goes back" in back.reasons.text()


def test_list_view_filters_by_kind(qtbot, window, db, operator):
    _project(db, operator)
    _project(db, operator, title="Coop del mare", kind="new_cooperative")
    page = window.projects
    window.tabs.setCurrentWidget(page)
    page.views.setCurrentIndex(1)
    assert page.list.table.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("new_cooperative"))
    assert page.list.table.rowCount() == 1
    assert page.list.table.item(0, 0).text() == "Coop del mare"
    assert page.count_label.text().startswith("1 ")


def test_new_project_then_members_capital_and_checklist(qtbot, window, db, operator, italian):
    mario = persons.create_person(db, operator, person_data()).id
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.tabs.currentWidget()
    assert page.__class__.__name__ == "ProjectPage"
    qtbot.keyClicks(page.form.inputs["title"], "Fonderia Nuova")
    page.form.inputs["kind"].setCurrentIndex(page.form.inputs["kind"].findData("wbo"))
    qtbot.keyClicks(page.form.inputs["sector_code"], "24.5")
    assert page.is_modified()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.project_id is not None and not page.is_modified()
    values = project_record(db, page.project_id).values
    assert (values["sector_code"], values["nace_code"]) == ("24.5", "24.5")

    members = page.panels["members"]
    picker = members.add_members()
    qtbot.keyClicks(picker.search_box, "Ross")
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    picker.results.item(0).setSelected(True)
    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert picker.isVisible()  # stays open for the next search
    picker.close()
    [member] = members_of(db, page.project_id)
    assert member.person_id == mario and member.role.value == "worker_member"

    members.table.selectRow(0)
    dialog = members.edit_member()
    dialog.form.inputs["capital_pledged"].setText("")
    qtbot.keyClicks(dialog.form.inputs["capital_pledged"], "4.000,00")
    dialog.form.inputs["capital_paid"].setText("")
    qtbot.keyClicks(dialog.form.inputs["capital_paid"], "5000")
    dialog.save()
    assert "cannot be more than the capital pledged" in dialog.form.error_of("capital_paid")
    dialog.form.inputs["capital_paid"].setText("2000")
    assert dialog.save()
    assert "EUR 4.000,00" in members.footer.text()  # money as an Italian writes it

    checklist = page.panels["checklist"]
    step = checklist.tree.topLevelItem(0).child(0)
    step.setCheckState(0, Qt.CheckState.Checked)
    done = {e.step.key: e.done_on for e in checklists.checklist(db, page.project_id)}
    assert done["intake_interview"] == dt.date.today()


def test_project_form_shows_errors_beside_fields(qtbot, window, db, operator):
    page = window.new_project()
    qtbot.keyClicks(page.form.inputs["sector_code"], "99.99.99")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.project_id is None
    assert "99.99.99" in page.form.error_of("sector_code")
    assert page.form.error_of("title")  # required


def test_project_page_stage_pill_moves_and_plan_button_says_where_the_plan_is(
    qtbot, window, db, operator
):
    from deskapp.services import business_plans as bp

    pid = _project(db, operator)
    page = window.open_project(pid)
    # The pill that looks like a button is one: it opens the move menu.
    assert page.stage_badge.menu() is page.move_menu and page.stage_badge.isEnabled()
    assert page.plan_button.text() == "Business plan: not started"
    draft = bp.load_plan(db, pid)
    bp.save_plan(db, operator, pid, draft.version, draft.plan.model_dump(mode="json"))
    bp.freeze_plan(db, operator, pid, "submitted to CFI")
    window.show_page("people")
    window.open_project(pid)  # shown again: the button follows the plan
    assert page.plan_button.text() == "Business plan: draft, 1 version(s) frozen"
