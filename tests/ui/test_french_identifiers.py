"""A French desk's screens: the NIR in the person form, the registry's identifier column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from deskapp.models.enums import Country
from deskapp.services import persons
from deskapp.services.search import PersonHit
from deskapp.ui.main_window import MainWindow, prefill_from_search
from deskapp.ui.registry_model import RegistryModel
from tests.conftest import MARIO_CF, person_data

NIR = "184127645108946"  # a man born in December 1984


def _window(qtbot, db, db_path, actor, desk="Antenne Ajaccio"):
    window = MainWindow(db, actor, db_path, desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def _type(qtbot, form, name, text):
    widget = form.inputs[name]
    widget.clear()
    qtbot.keyClicks(widget, text)


def _choose(form, name, value):
    box = form.inputs[name]
    box.setCurrentIndex(box.findData(value))


def _fill(qtbot, form):
    _type(qtbot, form, "family_name", "Casanova")
    _type(qtbot, form, "given_name", "Paul")
    _type(qtbot, form, "birth_date", "03/12/1984")
    _choose(form, "employment_status", "unemployed")
    _type(qtbot, form, "phone", "06 12 34 56 78")
    _type(qtbot, form, "postal_code", "20000")
    _choose(form, "consent.legal_basis", "public_task")
    _type(qtbot, form, "consent.notice_version", "2026-01")


def _french_person(**overrides):
    return person_data(
        **{
            "codice_fiscale": "",
            "nir": NIR,
            "sex": "M",
            "birth_date": "1984-12-03",
            "given_name": "Paul",
            "family_name": "Casanova",
            "phone": "06 12 34 56 78",
            **overrides,
        }
    )


def test_a_french_desk_form_asks_for_the_nir_and_saves_it_compact(
    qtbot, db, db_path, french_operator
):
    window = _window(qtbot, db, db_path, french_operator)
    form = window.new_person().form
    # The NIR where an Italian desk has the codice fiscale; the codice fiscale behind
    # a button.
    assert form.labels["nir"] == "Social security no. (NIR)"
    assert form.inputs["nir"].isVisibleTo(form)
    assert not form.inputs["codice_fiscale"].isVisibleTo(form)
    assert form.add_other_id.isVisibleTo(form)
    assert form.add_other_id.text() == "Add a codice fiscale"
    _fill(qtbot, form)
    _type(qtbot, form, "nir", "1 84 12 76 451 089 46")
    assert form.inputs["sex"].currentData() == "M"  # filled from the NIR's first digit
    assert not form.errors["nir"].text()
    assert form.save()
    saved = persons.get_person(db, form.person_id)
    assert (saved.nir, saved.phone, saved.postal_code) == (NIR, "+33612345678", "20000")


def test_a_nir_that_disagrees_is_flagged_as_typed_and_not_saved(
    qtbot, db, db_path, french_operator
):
    window = _window(qtbot, db, db_path, french_operator)
    form = window.new_person().form
    _fill(qtbot, form)
    _choose(form, "sex", "F")
    _type(qtbot, form, "nir", NIR)
    assert "first digit, 1, is for a man" in form.errors["nir"].text()  # while typing
    assert not form.save()
    assert "first digit, 1, is for a man" in form.errors["nir"].text()
    _choose(form, "sex", "M")
    _type(qtbot, form, "birth_date", "03/11/1984")
    _type(qtbot, form, "nir", NIR)
    assert "give 12 as the month of birth" in form.errors["nir"].text()
    assert not form.save()
    assert persons.count_persons(db) == 0


def test_the_other_countrys_identifier_is_one_click_away_and_shown_when_filled(
    qtbot, db, db_path, operator
):
    window = _window(qtbot, db, db_path, operator, "Antenna Genova")
    form = window.new_person().form
    assert not form.inputs["nir"].isVisibleTo(form)
    form.add_other_id.setFocus()
    qtbot.keyClick(form.add_other_id, Qt.Key.Key_Space)  # the keyboard, as the mouse
    assert form.inputs["nir"].isVisibleTo(form)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.inputs["nir"])
    assert not form.add_other_id.isVisibleTo(form)
    # A person of an Italian desk who has both: the NIR shown when the record opens.
    both = persons.create_person(
        db, operator, person_data(nir="1 80 04 99 127 045 " + _key("1800499127045"))
    ).id
    record = window.open_person(both).form
    assert record.inputs["codice_fiscale"].text() == MARIO_CF
    assert record.inputs["nir"].isVisibleTo(record)
    assert record.inputs["nir"].text() == "1800499127045" + _key("1800499127045")


def _key(body):
    from stdnum.fr import nir

    return nir.calc_check_digits(body)


def test_a_nir_typed_in_the_search_box_prefills_the_new_person():
    assert prefill_from_search("1 84 12 76 451 089 46") == {"nir": NIR}
    assert prefill_from_search("rssmra80d03d969m") == {"codice_fiscale": MARIO_CF}


def _hit(**values):
    import datetime as dt

    from deskapp.models.enums import EmploymentStatus

    base = {
        "id": 1,
        "family_name": "Casanova",
        "given_name": "Paul",
        "birth_date": dt.date(1984, 12, 3),
        "codice_fiscale": None,
        "municipality": "Ajaccio",
        "employment_status": EmploymentStatus.UNEMPLOYED,
        "first_contact_date": dt.date(2026, 11, 10),
        "phone": "",
        "nir": NIR,
    }
    return PersonHit(**{**base, **values})


def test_the_registry_identifier_column_follows_the_desks_country(qtbot):
    rows = {1: _hit(codice_fiscale=MARIO_CF)}
    french = RegistryModel(lambda ids: rows, None, Country.FR)
    italian = RegistryModel(lambda ids: rows, None, Country.IT)
    for model in (french, italian):
        model.set_ids([1])
    column = RegistryModel.COL_CF
    assert french.headerData(column, Qt.Orientation.Horizontal) == "Social security no."
    assert italian.headerData(column, Qt.Orientation.Horizontal) == "Codice fiscale"
    assert french.data(french.index(0, column)) == "1 84 12 76 451 089 46"  # as on the card
    assert italian.data(italian.index(0, column)) == MARIO_CF
    # Sorting the column sorts by the identifier it shows.
    asked = []
    french.sort_requested.connect(lambda key, desc: asked.append(key))
    french.sort(column)
    assert asked == ["nir"]


def test_the_people_page_of_a_french_desk_finds_a_nir(qtbot, db, db_path, french_operator):
    paul = persons.create_person(db, french_operator, _french_person()).id
    window = _window(qtbot, db, db_path, french_operator)
    page = window.people
    assert page.model.headerData(RegistryModel.COL_CF, Qt.Orientation.Horizontal) == (
        "Social security no."
    )
    page.search_box.setText("1 84 12 76 451 089 46")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.person_id(0) == paul
    assert page.model.data(page.model.index(0, RegistryModel.COL_CF)) == "1 84 12 76 451 089 46"


def test_a_french_project_takes_the_new_enterprises_siret(qtbot, db, db_path, french_operator):
    from deskapp.services import projects

    window = _window(qtbot, db, db_path, french_operator)
    page = window.new_project()
    number = page.form.inputs["enterprise_company_number"]
    assert number.placeholderText() == "SIREN (9 digits) or SIRET (14 digits)"
    page.form.inputs["title"].setText("Scop des Chantiers")
    box = page.form.inputs["kind"]
    box.setCurrentIndex(box.findData("new_cooperative"))
    qtbot.keyClicks(number, "00743110157")  # a partita IVA: not a French enterprise's
    assert not page.save()
    assert "not a SIREN or SIRET" in page.form.error_of("enterprise_company_number")
    number.clear()
    qtbot.keyClicks(number, "732 829 320 00074")
    assert page.save()
    stored = projects.get_project(db, page.project_id)
    assert stored.enterprise_company_number == "73282932000074"
