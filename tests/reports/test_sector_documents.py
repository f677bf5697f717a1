"""Sectors and legal forms on paper: the code with its label in the document's language
(ATECO in Italian, NAF in French), read back from the PDF."""

from __future__ import annotations

from pypdf import PdfReader

from deskapp.reports.dossier import person_dossier
from deskapp.reports.project_summary import project_summary
from deskapp.services import persons, projects
from tests.conftest import person_data


def _text(path):
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_a_french_desk_project_summary_shows_the_naf_label(db, french_operator, tmp_path):
    project = projects.create_project(
        db,
        french_operator,
        {
            "title": "Atelier de mécanique",
            "kind": "new_cooperative",
            "sector_code": "25.62B",
            "planned_legal_form": "scop_sarl",
        },
    )
    text = _text(project_summary(db, french_operator, project, tmp_path / "fr.pdf"))
    assert "25.62B Mécanique industrielle" in text
    assert "SCOP SARL" in text
    assert "meccanica" not in text and "Machining" not in text
    # Printed in Italian for an Italian partner: the NACE class with ATECO's words.
    text = _text(project_summary(db, french_operator, project, tmp_path / "it.pdf", "it"))
    assert "25.62 Lavori di meccanica generale" in text
    assert "Mécanique" not in text


def test_an_italian_project_summary_shows_the_ateco_label(db, operator, tmp_path):
    project = projects.create_project(
        db, operator, {"title": "Officina", "kind": "wbo", "sector_code": "25.62.00"}
    )
    text = _text(project_summary(db, operator, project, tmp_path / "it.pdf"))
    assert "25.62.00 Lavori di meccanica generale" in text


def test_a_dossier_shows_skill_sectors_in_its_language(db, french_operator, tmp_path):
    paul = persons.create_person(
        db,
        french_operator,
        person_data(
            given_name="Paul",
            family_name="Santoni",
            codice_fiscale="",
            sex="M",
            birth_date="1980-04-03",
            phone="",
            email="",
            municipality="Ajaccio",
            previous_employer="",
        ),
    ).id
    persons.add_skill(db, french_operator, paul, {"description": "Tourneur", "sector": "25.62"})
    persons.add_skill(
        db, french_operator, paul, {"description": "Éducateur", "sector": "Servizi sociali"}
    )
    text = _text(person_dossier(db, french_operator, paul, tmp_path / "dossier.pdf"))
    assert "25.62 Usinage" in text
    assert "Servizi sociali" in text  # words typed stay as typed
