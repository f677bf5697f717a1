"""The project form's sector (found by its words, its label under it) and legal forms
(the desk's country's); the skill form's sector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from deskapp.models.enums import LegalForm
from deskapp.services import persons, projects
from deskapp.services.project_record import project_record
from deskapp.ui.person_record import SkillsPanel
from deskapp.ui.project_page import ProjectPage
from tests.conftest import person_data


@pytest.fixture
def french_screens():
    before = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    yield
    QLocale.setDefault(before)


def _forms(page: ProjectPage) -> list[str]:
    box = page.form.inputs["planned_legal_form"]
    return [box.itemData(i) for i in range(box.count()) if box.itemData(i)]


def test_a_french_desk_picks_a_naf_sector_by_its_words_and_a_french_form(
    qtbot, db, french_operator, french_screens
):
    page = ProjectPage(db, french_operator)
    qtbot.addWidget(page)
    page.show()
    forms = _forms(page)
    assert "scop_sarl" in forms and "scic_sas" in forms and "sasu" in forms
    assert "srl" not in forms and "worker_cooperative" not in forms
    assert "scop" not in forms  # the first release's vague form is offered to no one

    page.form.inputs["title"].setText("Atelier de mécanique")  # QTest types ASCII only
    sector = page.form.inputs["sector_code"]
    qtbot.keyClicks(sector, "mecanique industrielle")  # no accents needed
    picker = page.sector_picker
    shown = [picker.model.item(i).text() for i in range(picker.model.rowCount())]
    assert "25.62B  Mécanique industrielle" in shown
    assert picker.completer.popup().isVisible()
    row = shown.index("25.62B  Mécanique industrielle")
    picker.completer.popup().setCurrentIndex(picker.completer.completionModel().index(row, 0))
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert sector.text() == "25.62B"
    assert picker.label.text() == "Mécanique industrielle"
    box = page.form.inputs["planned_legal_form"]
    box.setCurrentIndex(box.findData("scop_sarl"))
    assert page.is_modified()
    assert page.save()
    values = project_record(db, page.project_id).values
    assert (values["sector_code"], values["nace_code"]) == ("25.62B", "25.62")
    assert values["planned_legal_form"] is LegalForm.SCOP_SARL

    # A code typed by hand shows its label; one no list has says so before saving.
    sector.clear()
    qtbot.keyClicks(sector, "88.10")
    assert picker.label.text().startswith("Action sociale sans hébergement")
    sector.clear()
    qtbot.keyClicks(sector, "25.63A")
    assert picker.label.text() and "25.63A" not in picker.label.text()
    assert not page.save()
    assert "25.63A" in page.form.error_of("sector_code")


def test_an_italian_desk_is_offered_italian_forms_and_keeps_the_one_stored(qtbot, db, operator):
    project = projects.create_project(
        db,
        operator,
        {"title": "Officina", "kind": "wbo", "sector_code": "25.62", "planned_legal_form": "scop"},
    )
    page = ProjectPage(db, operator, project)
    qtbot.addWidget(page)
    forms = _forms(page)
    assert {"worker_cooperative", "social_cooperative_b", "srl", "srls"} <= set(forms)
    assert "sarl" not in forms
    assert "scop" in forms  # the stored form is kept, whatever it is
    box = page.form.inputs["planned_legal_form"]
    assert box.currentData() == "scop"
    assert not page.is_modified()


def test_the_skill_form_takes_a_code_or_words(qtbot, db, operator, french_screens):
    pid = persons.create_person(db, operator, person_data()).id
    panel = SkillsPanel(db, operator, pid)
    qtbot.addWidget(panel)
    form = panel._form()
    sector = form.inputs["sector"]
    qtbot.keyClicks(sector, "Servizi sociali")
    assert not form.sector_picker.label.isVisibleTo(form)  # words: nothing to say
    sector.clear()
    qtbot.keyClicks(sector, "25.62")
    assert form.sector_picker.label.text() == "Usinage"
    persons.add_skill(db, operator, pid, {"description": "Tourneur", "sector": "25.62"})
    panel.refresh()
    assert panel.table.model().index(0, 3).data() == "25.62 Usinage"
