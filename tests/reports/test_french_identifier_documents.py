"""The NIR in a French person's dossier; the new enterprise's number in the project
summary."""

from __future__ import annotations

from pypdf import PdfReader

from deskapp.reports.dossier import person_dossier
from deskapp.reports.project_summary import project_summary
from deskapp.services import persons, projects
from tests.conftest import MARIO_CF, person_data


def _text(path):
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)


def test_a_french_persons_dossier_prints_the_nir(db, admin, french_operator, tmp_path):
    paul = persons.create_person(
        db,
        french_operator,
        person_data(
            codice_fiscale="",
            nir="184127645108946",
            sex="M",
            birth_date="03/12/1984",
            given_name="Paul",
            family_name="Casanova",
            phone="06 12 34 56 78",
        ),
    ).id
    text = _text(person_dossier(db, admin, paul, tmp_path / "d.pdf"))
    assert "1 84 12 76 451 089 46" in text  # as on the carte Vitale
    assert "Codice fiscale" not in text  # he has none: no empty Italian row


def test_an_italian_persons_dossier_prints_the_nir_only_when_there_is_one(
    db, admin, operator, tmp_path
):
    mario = persons.create_person(db, operator, person_data()).id
    text = _text(person_dossier(db, admin, mario, tmp_path / "d.pdf"))
    assert MARIO_CF in text and "NIR" not in text


def test_the_project_summary_gives_the_new_enterprises_number(db, french_operator, tmp_path):
    project = projects.create_project(
        db,
        french_operator,
        {
            "title": "Scop des Chantiers",
            "kind": "new_cooperative",
            "enterprise_company_number": "732 829 320 00074",
        },
    )
    text = _text(project_summary(db, french_operator, project, tmp_path / "p.pdf"))
    assert "732 829 320 00074" in text  # in its groups, as on a Kbis
