"""The intake form, driven as an operator would: typing, Ctrl+S, the tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from deskapp.models import AuditEvent, Consent, Person
from deskapp.services import persons
from deskapp.ui.main_window import MainWindow, prefill_from_search
from tests.conftest import MARIO_CF, person_data


def _window(qtbot, db, db_path, operator):
    window = MainWindow(db, operator, db_path, "Antenna Genova")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts go to the active window only
    qtbot.waitActive(window)
    return window


def _press_save(qtbot, form):
    field = form.inputs["family_name"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)  # shortcuts follow focus
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _type(qtbot, form, name, text):
    widget = form.inputs[name]
    widget.clear()
    qtbot.keyClicks(widget, text)


def _choose(form, name, value):
    box = form.inputs[name]
    box.setCurrentIndex(box.findData(value))


def _fill_valid(qtbot, form):
    _type(qtbot, form, "family_name", "Rossi")
    _type(qtbot, form, "given_name", "Mario")
    _type(qtbot, form, "codice_fiscale", MARIO_CF.lower())
    _choose(form, "employment_status", "laid_off")
    _type(qtbot, form, "phone", "320 724 9175")
    _choose(form, "consent.legal_basis", "public_task")
    _type(qtbot, form, "consent.notice_version", "2026-01")


def _count(db, model):
    with db.read() as s:
        return len(s.scalars(select(model)).all())


def test_typing_a_valid_codice_fiscale_fills_sex_birth_date_and_birthplace(
    qtbot, db, db_path, operator
):
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _type(qtbot, form, "codice_fiscale", MARIO_CF)
    assert form.inputs["sex"].currentData() == "M"
    assert form.inputs["birth_date"].text() == "03/04/1980"
    assert form.inputs["birthplace"].text() == "Genova"


def test_bad_codice_fiscale_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot, db, db_path, operator
):
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _fill_valid(qtbot, form)
    _type(qtbot, form, "codice_fiscale", "RSSMRA80D03D969X")
    assert "check character" in form.errors["codice_fiscale"].text()  # while typing
    _press_save(qtbot, form)
    assert form.errors["codice_fiscale"].isVisible()
    assert "check character" in form.errors["codice_fiscale"].text()
    assert _count(db, Person) == 0


def test_privacy_must_be_recorded_before_the_first_save(qtbot, db, db_path, operator):
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _fill_valid(qtbot, form)
    _choose(form, "consent.legal_basis", None)
    assert not form.save()
    assert "legal basis" in form.errors["consent.legal_basis"].text().lower()
    assert _count(db, Person) == 0


def test_valid_intake_saves_person_consent_and_audit_then_lists_it(qtbot, db, db_path, operator):
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _fill_valid(qtbot, form)
    assert window.tabs.tabText(window.tabs.currentIndex()).endswith("*")
    _press_save(qtbot, form)
    assert form.person_id is not None and not form.is_modified()
    with db.read() as s:
        person = s.get(Person, form.person_id)
        assert (person.family_name, person.phone, person.birthplace) == (
            "Rossi",
            "+393207249175",
            "Genova",
        )
        assert s.scalars(select(Consent)).one().notice_version == "2026-01"
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person")).one()
        assert event.operator_id == operator.operator_id
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Rossi Mario"
    assert window.people.model.rowCount() == 1


def test_existing_codice_fiscale_offers_to_open_that_person(qtbot, db, db_path, operator):
    existing = persons.create_person(db, operator, person_data()).id
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _fill_valid(qtbot, form)
    assert not form.save()
    assert form.open_existing.isVisible()
    qtbot.mouseClick(form.open_existing, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget().person_id == existing


def test_closing_a_tab_with_unsaved_changes_asks_first(qtbot, db, db_path, operator, monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = _window(qtbot, db, db_path, operator)
    record = window.new_person()
    _type(qtbot, record.form, "family_name", "Bianchi")
    window.close_tab(window.tabs.indexOf(record))
    assert asked and window.tabs.indexOf(record) >= 0  # kept: the operator said Cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close_tab(window.tabs.indexOf(record))
    assert window.tabs.indexOf(record) < 0
    assert window.tabs.count() == len(window.page_titles)


def test_edit_an_existing_person_from_the_list(qtbot, db, db_path, operator):
    mario = persons.create_person(db, operator, person_data()).id
    window = _window(qtbot, db, db_path, operator)
    form = window.open_person(mario).form
    assert form.inputs["family_name"].text() == "Rossi" and not form.is_modified()
    _type(qtbot, form, "municipality", "Genova Sestri")
    assert form.save()
    assert persons.get_person(db, mario).municipality == "Genova Sestri"
    assert window.open_person(mario).form is form  # one tab per person


def test_new_person_is_prefilled_with_what_was_searched():
    assert prefill_from_search("rossi mario") == {"family_name": "Rossi", "given_name": "Mario"}
    assert prefill_from_search("rssmra80d03d969m") == {"codice_fiscale": MARIO_CF}
    assert prefill_from_search("  ") == {}


def test_first_run_records_the_desk_and_the_first_operator(qtbot, db):
    from deskapp.services.organisation import is_initialised, list_desks
    from deskapp.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.operator_name, "Anna Bianchi")
    dialog.accept()  # no desk name yet
    assert "Desk name" in dialog.error.text() and not is_initialised(db)
    qtbot.keyClicks(dialog.desk_name, "Antenna Imperia")
    dialog.region.setCurrentIndex(dialog.region.findData("liguria"))
    qtbot.keyClicks(dialog.password, "password")  # one of the most common
    qtbot.keyClicks(dialog.password_again, "password")
    dialog.accept()
    assert "most common passwords" in dialog.error.text() and not is_initialised(db)
    dialog.password.setText("mare di Sestri 1987")
    dialog.password_again.setText("mare di Sestri 1988")
    dialog.accept()
    assert "differ" in dialog.error.text() and not is_initialised(db)
    dialog.password_again.setText("mare di Sestri 1987")
    dialog.accept()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.name == "Anna Bianchi"
    assert [d.name for d in list_desks(db)] == ["Antenna Imperia"]
    from deskapp.services.accounts import log_in

    assert log_in(db, "anna bianchi", "mare di Sestri 1987").actor.name == "Anna Bianchi"


def test_codice_fiscale_warning_is_shown_in_the_operators_language(qtbot, db, db_path, operator):
    import datetime as dt

    from PySide6.QtCore import QCoreApplication, QTranslator

    from deskapp.models.identifiers import encode_codice_fiscale
    from deskapp.paths import resources_dir

    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "deskapp_it.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        window = _window(qtbot, db, db_path, operator)
        form = window.new_person().form
        # A036 (Acqualunga) was merged away in 1927: a warning for a 1980 birth.
        code = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "A036")
        _type(qtbot, form, "codice_fiscale", code)
        assert "non era in uso alla data di nascita" in form.errors["codice_fiscale"].text()
        assert "A036" in form.errors["codice_fiscale"].text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_busy_database_keeps_what_was_typed_to_save_again(
    qtbot, db, db_path, operator, monkeypatch
):
    from deskapp.models import database as database_module

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    window = _window(qtbot, db, db_path, operator)
    form = window.new_person().form
    _fill_valid(qtbot, form)
    db.dispose()  # the next connection takes the short timeout
    import sqlite3

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    _press_save(qtbot, form)
    assert "The database is busy" in form.message.text()
    assert form.person_id is None and form.is_modified()
    assert form.inputs["family_name"].text() == "Rossi"
    other.execute("ROLLBACK")
    other.close()
    _press_save(qtbot, form)  # the lock gone, the same form saves
    assert form.person_id is not None and persons.count_persons(db) == 1
