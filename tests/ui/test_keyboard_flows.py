"""The desk's everyday flows (UX.md) done with the keyboard alone: every key goes to
whatever has the focus, as it would for an operator who cannot use a mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from deskapp.models.enums import Stage
from deskapp.services import persons, projects
from deskapp.services.agenda import timeline
from deskapp.services.project_record import project_record
from deskapp.services.registry import RegistryFilter, registry_ids
from deskapp.ui.person_record import PersonRecord
from tests.conftest import MARIO_CF, person_data
from tests.ui.conftest import _open_window

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target: QWidget, limit: int = 60) -> list[QWidget]:
    """Press Tab until ``target`` has the focus; the widgets met on the way."""
    met = []
    for _ in range(limit):
        if focused() is target:
            return met
        press(qtbot, Qt.Key.Key_Tab)
        met.append(focused())
    raise AssertionError(f"Tab never reached {target!r}; met {met[-8:]!r}")


def dialog_in_front(qtbot, window):
    """The dialog that took the keyboard from ``window``."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: focused().window() is not window)
    return focused().window()


def back_to(qtbot, window) -> None:
    """The window is active again once its dialog has closed (the window manager's
    part, which the offscreen platform leaves undone)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def keyboard_window(qtbot, db, db_path, actor):
    window = _open_window(qtbot, db, db_path, actor)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_walk_in_intake_then_log_the_interview(qtbot, db, db_path, operator):
    window = keyboard_window(qtbot, db, db_path, operator)
    # 1. Ctrl+F, part of the name: nobody.
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.people.search_box
    type_text(qtbot, "rossi mario")
    press(qtbot, Qt.Key.Key_Return)
    assert window.people.model.rowCount() == 0
    # 2. Ctrl+N: the new person, prefilled, the cursor in the first empty field.
    press(qtbot, Qt.Key.Key_N, CTRL)
    record = window.tabs.currentWidget()
    assert isinstance(record, PersonRecord)
    form = record.form
    qtbot.waitUntil(lambda: focused() is form.inputs["codice_fiscale"])
    # 3. A valid codice fiscale fills birth date and sex.
    type_text(qtbot, MARIO_CF)
    assert form.inputs["birth_date"].text() == "03/04/1980"
    # Tab follows the form top to bottom: the left column (identity, contacts, notes),
    # then the right one (work, special categories, privacy).
    met = tab_to(qtbot, form.inputs["consent.legal_basis"])
    names = {widget: name for name, widget in form.inputs.items()}
    names[form.add_other_id] = "add a NIR"  # the French identifier, behind a button
    assert [names.get(w) for w in met] == [
        "sex",
        "birth_date",
        "birthplace",
        "citizenship",
        "add a NIR",
        "address",
        "municipality",
        "postal_code",
        "phone",
        "email",
        "notes",
        "employment_status",
        "unemployed_since",
        "previous_employer",
        "previous_employer_in_crisis",
        "education",
        "contact_channel",
        "first_contact_date",
        *[n for n in form.inputs if n.startswith("disadvantage") or n in _special(form)],
        "consent.legal_basis",
    ]
    # 4. The privacy notice: the legal basis from the list, the notice's version.
    press(qtbot, Qt.Key.Key_Down)
    assert form.inputs["consent.legal_basis"].currentData() is not None
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.inputs["consent.notice_version"]
    type_text(qtbot, "v3-2026")
    # 5. Ctrl+S saves.
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.person_id is not None, form.message.text()
    assert persons.get_person(db, form.person_id).family_name == "Rossi"
    # ... then Ctrl+L: interview, 45 minutes, a note, a follow-up in two weeks.
    press(qtbot, Qt.Key.Key_L, CTRL)
    dialog = dialog_in_front(qtbot, window)
    assert focused() is dialog.form.inputs["kind"]
    press(qtbot, Qt.Key.Key_Tab)  # when: now
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.form.inputs["duration_minutes"]
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "45")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.form.inputs["notes"]
    type_text(qtbot, "Primo colloquio")
    press(qtbot, Qt.Key.Key_Tab)  # the follow-up date
    press(qtbot, Qt.Key.Key_Tab)  # "in 1 week"
    press(qtbot, Qt.Key.Key_Tab)  # "in 2 weeks"
    assert "2" in focused().text()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not dialog.isVisible()
    [logged] = timeline(db, person_id=form.person_id)
    assert logged.duration_minutes == 45
    assert logged.notes == "Primo colloquio"
    assert logged.follow_up_due == dt.date.today() + dt.timedelta(days=14)


def _special(form) -> set[str]:
    from deskapp.models.enums import DISADVANTAGE_FIELDS

    return {name for name, _label in DISADVANTAGE_FIELDS}


def test_a_failed_save_puts_the_cursor_on_the_field_and_says_why(qtbot, db, db_path, operator):
    window = keyboard_window(qtbot, db, db_path, operator)
    press(qtbot, Qt.Key.Key_N, CTRL)
    form = window.tabs.currentWidget().form
    qtbot.waitUntil(lambda: focused() is form.inputs["family_name"])
    type_text(qtbot, "Rossi")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert form.person_id is None
    # The first field to correct has the cursor, and its message is its description.
    first = focused()
    assert first in form.inputs.values()
    assert first.accessibleDescription()
    assert form.errors[next(n for n, w in form.inputs.items() if w is first)].isVisible()


def test_search_and_open_a_person(qtbot, db, db_path, operator):
    persons.create_person(db, operator, person_data())
    anna = persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Anna",
            family_name="Bruni",
            sex="F",
            birth_date="12/05/1975",
            phone="",
            email="",
        ),
    ).id
    window = keyboard_window(qtbot, db, db_path, operator)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "brun")
    press(qtbot, Qt.Key.Key_Return)
    assert window.people.model.rowCount() == 1
    # Down goes to the results; Enter opens the person.
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is window.people.table
    press(qtbot, Qt.Key.Key_Return)
    record = window.tabs.currentWidget()
    assert isinstance(record, PersonRecord) and record.person_id == anna
    assert registry_ids(db, RegistryFilter(), "name", False)


def test_move_a_project_on_the_board_with_the_keyboard(qtbot, db, db_path, operator):
    pid = projects.create_project(db, operator, {"title": "Officine Riunite", "kind": "wbo"})
    mario = persons.create_person(db, operator, person_data()).id
    projects.add_member(db, operator, pid, {"person_id": mario, "role": "promoter"})
    window = keyboard_window(qtbot, db, db_path, operator)
    press(qtbot, Qt.Key.Key_2, CTRL)
    board = window.projects
    intake = board.columns[Stage.INTAKE].cards
    # Tab reaches the Intake column; its first card is chosen at once.
    tab_to(qtbot, intake)
    assert card_chosen(board, Stage.INTAKE) == pid
    # The Menu key opens the card's menu: Move to, Idea.
    press(qtbot, Qt.Key.Key_Menu)
    menu = QApplication.activePopupWidget()
    assert menu is not None
    assert [a.text() for a in menu.actions()] == ["Open", "Move to"]
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)  # the stages; the first one it can move to is chosen
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not menu)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    # The same dialog a drop opens, the cursor in its note.
    dialog = dialog_in_front(qtbot, window)
    assert focused() is dialog.note
    assert dialog.target is Stage.IDEA
    type_text(qtbot, "Gruppo formato")
    tab_to(qtbot, dialog.move_button)
    press(qtbot, Qt.Key.Key_Space)
    assert project_record(db, pid).stage is Stage.IDEA
    # The card keeps the keyboard in its new column.
    back_to(qtbot, window)
    assert focused() is board.columns[Stage.IDEA].cards
    assert card_chosen(board, Stage.IDEA) == pid
    # Ctrl+Right: the next stage, through the same dialog (the gate asks in words).
    press(qtbot, Qt.Key.Key_Right, CTRL)
    dialog = dialog_in_front(qtbot, window)
    assert dialog.target is Stage.FEASIBILITY
    tab_to(qtbot, dialog.move_button)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.isVisible() and dialog.reasons.text()
    assert dialog.reasons.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert project_record(db, pid).stage is Stage.IDEA
    # Left and Right go from column to column.
    back_to(qtbot, window)
    assert focused() is board.columns[Stage.IDEA].cards
    press(qtbot, Qt.Key.Key_Right)
    assert focused() is board.columns[Stage.FEASIBILITY].cards


def card_chosen(board, stage: Stage) -> int | None:
    item = board.columns[stage].cards.currentItem()
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def test_help_lists_the_keyboard_shortcuts(qtbot, db, db_path, operator):
    window = keyboard_window(qtbot, db, db_path, operator)
    help_menu = window.menuBar().actions()[-1].menu()
    assert "Keyboard shortcuts" in [a.text() for a in help_menu.actions()]
    dialog = window.show_shortcuts()
    rows = {
        dialog.table.item(r, 1).text(): dialog.table.item(r, 0).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["New person"] == "Ctrl+N"
    assert rows["Log activity"] == "Ctrl+L"
    assert rows["Find a person"] == "Ctrl+F"
    assert any("Move to" in what for what in rows)
    assert any(keys.startswith("Ctrl+Right") for keys in rows.values())
