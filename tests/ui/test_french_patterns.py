"""Texts built from a translated word and punctuation are one translatable pattern, so
that French writes its own spacing ("Attendu : Chiffre d'affaires") and avoids an
elision it cannot make ("Mot de passe de Anna"); the board's column titles have one
space before the count."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from deskapp.models.enums import Stage
from tests.ui.fake_translations import translated

FRENCH = {
    ("Report", "{scenario}: {line}"): "{scenario}\u00a0: {line}",
    ("Report", "Expected"): "Attendu",
    ("Report", "Revenue"): "Chiffre d'affaires",
    ("ChoosePasswordDialog", "Password for the account %1"): "Mot de passe du compte %1",
}


@pytest.fixture
def french(qapp) -> Iterator[None]:
    with translated(FRENCH):
        yield


def test_a_scenario_line_is_one_pattern_french_spaces(french):
    from deskapp.ui.plan_statements import _scenario_line

    assert _scenario_line("Attendu", "Revenue") == "Attendu\u00a0: Chiffre d'affaires"


def test_the_password_dialog_names_the_account_without_elision(qtbot, db, admin, french):
    from deskapp.ui.login_dialog import ChoosePasswordDialog

    dialog = ChoosePasswordDialog(db, admin, for_operator=(99, "Anna Verdi"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mot de passe du compte Anna Verdi"


def test_a_board_column_title_has_one_space_before_its_count(qtbot):
    from deskapp.ui.projects_page import StageColumn

    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        column = StageColumn(Stage.INTAKE)
        qtbot.addWidget(column)
        column.show_cards([], 1234)
        label = column.header.text()
    finally:
        QLocale.setDefault(locale)
    assert label.endswith(" (1\u202f234)"), label
    assert "  " not in label
