from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from deskapp.models.enums import NeedKind
from deskapp.services import persons
from deskapp.ui.main_window import MainWindow
from tests.conftest import person_data


def test_fonts_exist_so_text_is_drawn(qapp):
    # Offscreen Qt without fonts draws empty boxes and reports nothing.
    assert QFontDatabase.families()


def _window(qtbot, db, db_path, operator):
    window = MainWindow(db, operator, db_path, "Antenna Genova")
    qtbot.addWidget(window)
    window.show()
    return window


def _anna(**overrides):
    return person_data(
        codice_fiscale="",
        given_name="Anna",
        family_name="De Santis",
        sex="F",
        birth_date="12/05/1975",
        phone="",
        email="",
        municipality="Chiavari",
        **overrides,
    )


def test_search_finds_a_person_by_surname_fragment(qtbot, db, db_path, operator):
    persons.create_person(db, operator, person_data())
    persons.create_person(db, operator, _anna())
    window = _window(qtbot, db, db_path, operator)
    people = window.people
    assert people.model.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(people.search_box, "oss")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert people.model.index(0, 0).data() == "Rossi Mario"
    assert people.model.index(0, 1).data() == "03/04/1980"
    assert people.model.index(0, 2).data() == "RSSMRA80D03D969M"
    assert people.count_label.text().startswith("1 ")


def test_filters_and_sorting_are_done_by_the_database(qtbot, db, db_path, operator):
    persons.create_person(db, operator, person_data())
    anna = persons.create_person(db, operator, _anna(employment_status="unemployed")).id
    persons.add_needs_assessment(db, operator, anna, {"needs": [{"kind": "training"}]})
    window = _window(qtbot, db, db_path, operator)
    people = window.people
    assert [people.model.index(r, 0).data() for r in range(2)] == ["De Santis Anna", "Rossi Mario"]
    people.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # birth date, youngest first
    assert [people.model.index(r, 0).data() for r in range(2)] == ["Rossi Mario", "De Santis Anna"]
    people.need_filter.setCurrentIndex(people.need_filter.findData(NeedKind.TRAINING.value))
    assert people.model.rowCount() == 1 and people.model.person_id(0) == anna
    people.status_filter.setCurrentIndex(people.status_filter.findData("laid_off"))
    assert people.model.rowCount() == 0
    assert "No one matches" in people.empty_label.text()


def test_double_click_opens_the_person(qtbot, db, db_path, operator):
    mario = persons.create_person(db, operator, person_data()).id
    window = _window(qtbot, db, db_path, operator)
    people = window.people
    with qtbot.waitSignal(people.person_activated) as signal:
        rect = people.table.visualRect(people.model.index(0, 0))
        qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [mario]


def test_empty_registry_says_what_to_do(qtbot, db, db_path, operator):
    window = _window(qtbot, db, db_path, operator)
    people = window.people
    assert "deskapp demo" in people.empty_label.text()


def test_rows_are_fetched_by_pages(qtbot, db, db_path):
    from deskapp.services.actor import resolve_actor
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=700, seed=3, today=dt.date(2026, 11, 22))
    window = _window(qtbot, db, db_path, resolve_actor(db, "Amministratore demo"))
    people = window.people
    assert people.model.rowCount() == 700
    assert people.model.cached_rows() <= 200  # only what the view has shown
    assert people.model.index(650, 0).data()
    assert people.model.cached_rows() <= 400


def test_language_operator_then_desk_then_system(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from deskapp.ui.i18n import choose_language

    monkeypatch.delenv("DESKAPP_LANGUAGE", raising=False)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert choose_language("fr", "it") == "fr"  # the operator's own setting
    assert choose_language("en", "it") == "en"
    assert choose_language(None, "it") == "it"  # English Windows at an Italian desk
    assert choose_language(None, None) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("it_IT")))
    assert choose_language(None, "fr") == "fr"  # a French desk on an Italian Windows
    assert choose_language(None, None) == "it"
    monkeypatch.setenv("DESKAPP_LANGUAGE", "fr")  # tests, an administrator: above all
    assert choose_language("it", "it") == "fr"


def test_new_person_tab_title_follows_the_name_as_typed(window, qtbot):
    record = window.new_person()
    qtbot.keyClicks(record.form.inputs["family_name"], "Ros")
    index = window.tabs.indexOf(record)
    assert window.tabs.tabText(index) == "Ros *"
    qtbot.keyClicks(record.form.inputs["family_name"], "si")
    qtbot.keyClicks(record.form.inputs["given_name"], "Mario")
    assert window.tabs.tabText(index) == "Rossi Mario *"


def test_qt_own_dialogs_speak_the_desk_language(qapp, monkeypatch):
    """'Look in:' and 'Files of type:' of the file dialogs come from Qt's translations,
    found even where Qt's built-in path does not lead to them (the installer's bundle)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    from deskapp.ui.i18n import install_translators

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: "/nowhere")
    translators = install_translators(qapp, "it")
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") == "Cerca in:"
        assert QCoreApplication.translate("QFileDialog", "Files of type:") == "File di tipo:"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
