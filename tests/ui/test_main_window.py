from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from deskapp.services import persons
from deskapp.ui.main_window import MainWindow
from tests.conftest import person_data


def test_fonts_exist_so_text_is_drawn(qapp):
    # Offscreen Qt without fonts draws empty boxes and reports nothing.
    assert QFontDatabase.families()


def test_search_finds_a_person_by_surname_fragment(qtbot, db, db_path, operator):
    persons.create_person(db, operator, person_data())
    window = MainWindow(db, operator, db_path, "Antenna Genova")
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.search_box, "oss")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.results.rowCount() == 1
    assert window.results.index(0, 0).data() == "Rossi Mario"
    assert window.results.index(0, 2).data() == "RSSMRA80D03D969M"


def test_empty_registry_says_what_to_do(qtbot, db, db_path, operator):
    window = MainWindow(db, operator, db_path, "Antenna Genova")
    qtbot.addWidget(window)
    assert "deskapp demo" in window.empty_label.text()


def test_no_match_is_said_in_words(qtbot, db, db_path, operator):
    persons.create_person(db, operator, person_data())
    window = MainWindow(db, operator, db_path, "Antenna Genova")
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search_box, "zzzzz")
    window.run_search()
    assert window.results.rowCount() == 0
    assert "zzzzz" in window.empty_label.text()


def test_language_setting_then_system_then_desk(qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    from deskapp.ui.i18n import choose_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert choose_language("fr", "it") == "fr"
    assert choose_language(None, "it") == "it"  # English Windows at an Italian desk
    assert choose_language(None, None) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert choose_language(None, "it") == "fr"
