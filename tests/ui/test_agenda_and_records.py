"""The Agenda, the person's record tabs, quick activity logging, the skills search."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from deskapp.models.enums import Stage
from deskapp.services import activities, persons, projects
from deskapp.services.agenda import my_follow_ups, timeline
from deskapp.services.person_record import assessments_of, skills_of
from deskapp.ui.agenda_page import AgendaPage
from deskapp.ui.panels import OVERDUE_COLOUR
from deskapp.ui.record_dialog import RecordDialog
from tests.conftest import person_data

TODAY = dt.date(2026, 11, 22)


def _follow_up(db, operator, person_id, due, kind="phone_call"):
    return activities.log_activity(
        db,
        operator,
        {
            "kind": kind,
            "occurred_at": dt.datetime(2026, 10, 1, 10),
            "person_id": person_id,
            "follow_up_due": due,
        },
    )


def test_overdue_follow_up_is_listed_first_and_marked(qtbot, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    _follow_up(db, operator, mario, "25/11/2026")
    _follow_up(db, operator, mario, "02/11/2026", kind="interview")
    page = AgendaPage(db, operator, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    table = page.list.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "02/11/2026"
    assert table.item(0, 1).text().startswith("Overdue")
    assert table.item(0, 1).foreground().color().name() == OVERDUE_COLOUR
    assert not table.item(1, 1).text().startswith("Overdue")
    assert "1 overdue" in page.summary.text()

    table.selectRow(0)
    qtbot.mouseClick(page.list.buttons.itemAt(2).widget(), Qt.MouseButton.LeftButton)  # Mark done
    assert table.rowCount() == 1
    assert [i.follow_up_due for i in my_follow_ups(db, operator.operator_id, TODAY)] == []
    assert table.selectionModel().hasSelection()  # the place in the list is kept


def test_week_view_shows_the_follow_ups_by_day(qtbot, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    _follow_up(db, operator, mario, "18/11/2026")
    page = AgendaPage(db, operator, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.views.setCurrentIndex(1)
    wednesday = page.days[2][1]
    assert wednesday.count() == 1 and "Rossi Mario" in wednesday.item(0).text()
    assert all(page.days[d][1].count() == 0 for d in (0, 1, 3, 4, 5, 6))
    assert "16/11/2026" in page.week_title.text()


def test_empty_agenda_says_so(qtbot, db, operator):
    page = AgendaPage(db, operator, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.list.empty.isVisible() and "No follow-ups" in page.list.empty.text()


def test_log_activity_from_the_person_with_ctrl_l(qtbot, window, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    record = window.open_person(mario)
    record.tabs.setCurrentIndex(0)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    [dialog] = [d for d in window.findChildren(RecordDialog) if d.isVisible()]
    form = dialog.form
    form.inputs["kind"].setCurrentIndex(form.inputs["kind"].findData("interview"))
    form.inputs["occurred_at"].setText("31/02/2026 10:00")
    dialog.save()
    assert dialog.isVisible() and form.error_of("occurred_at")  # a bad date is named
    form.inputs["occurred_at"].setText("20/11/2026 10:30")
    form.inputs["duration_minutes"].setText("45")
    qtbot.keyClicks(form.inputs["notes"], "Primo colloquio")
    form.inputs["follow_up_due"].setText("04/12/2026")
    assert dialog.save()
    items = timeline(db, person_id=mario)
    assert len(items) == 1
    assert items[0].duration_minutes == 45 and items[0].notes == "Primo colloquio"
    assert items[0].follow_up_due == dt.date(2026, 12, 4)
    panel = record.panels["activities"]
    assert panel.table.rowCount() == 1


def test_person_record_skills_needs_and_projects(qtbot, window, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    pid = projects.create_project(db, operator, {"title": "Officine", "kind": "wbo"})
    projects.add_member(db, operator, pid, {"person_id": mario, "role": "promoter"})
    record = window.open_person(mario)
    skills = record.panels["skills"]
    dialog = skills.add_skill()
    dialog.save()
    assert dialog.isVisible() and dialog.form.error_of("description")
    qtbot.keyClicks(dialog.form.inputs["description"], "Saldatore TIG")
    qtbot.keyClicks(dialog.form.inputs["years_experience"], "12")
    assert dialog.save()
    assert [s.description for s in skills_of(db, mario)] == ["Saldatore TIG"]
    assert skills.table.item(0, 0).text() == "Saldatore TIG"

    needs = record.panels["needs"]
    dialog = needs.new_assessment()
    dialog.save()  # no need ticked: refused
    assert dialog.isVisible() and dialog.message.text()
    dialog.findChildren(QCheckBox)[0].setChecked(True)
    assert dialog.save()
    assert len(assessments_of(db, mario)) == 1

    projects_panel = record.panels["projects"]
    assert projects_panel.table.item(0, 0).text() == "Officine"
    assert projects_panel.table.item(0, 2).text() == "Intake"
    projects_panel.table.selectRow(0)
    projects_panel.activated.emit(pid)
    assert window.tabs.currentWidget().project_id == pid
    assert window.tabs.currentWidget().current_stage() is Stage.INTAKE


def test_who_knows_welding_in_sestri(qtbot, window, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    persons.add_skill(db, operator, mario, {"description": "Saldatore a filo"})
    page = window.resources
    window.tabs.setCurrentWidget(page)
    page.views.setCurrentIndex(1)
    qtbot.keyClicks(page.skill_search, "saldat sestri")
    qtbot.waitUntil(lambda: page.skill_table.table.rowCount() == 1)
    assert page.skill_table.table.item(0, 0).text() == "Rossi Mario"
    page.skill_search.setText("saldat chiavari")
    qtbot.waitUntil(lambda: page.skill_table.table.rowCount() == 0)
    assert page.skill_table.empty.isVisible()


def test_new_resource_is_saved_and_listed(qtbot, window, db, operator):
    page = window.resources
    window.tabs.setCurrentWidget(page)
    dialog = page.new_resource()
    qtbot.keyClicks(dialog.form.inputs["name"], "Capannone ex Ilva")
    qtbot.keyClicks(dialog.form.inputs["size_m2"], "-5")
    dialog.save()
    assert dialog.form.error_of("size_m2")
    dialog.form.inputs["size_m2"].setText("1200")
    assert dialog.save()
    assert page.resource_table.table.item(0, 0).text() == "Capannone ex Ilva"


def test_a_dialog_with_typed_text_asks_before_closing(qtbot, window, db, operator, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    mario = persons.create_person(db, operator, person_data()).id
    record = window.open_person(mario)
    dialog = record.panels["skills"].add_skill()
    qtbot.keyClicks(dialog.form.inputs["description"], "Saldatore")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # kept open with what was typed
    assert dialog.form.inputs["description"].text() == "Saldatore"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert skills_of(db, mario) == []
