"""Sectors as NACE codes read in each language's list; legal forms by country."""

from __future__ import annotations

import pytest

from deskapp.errors import ValidationFailed
from deskapp.models import sectors
from deskapp.models.enums import Country, LegalForm
from deskapp.models.fields import validate_input
from deskapp.models.schemas import ProjectInput, SkillInput


@pytest.mark.parametrize(
    ("typed", "code", "nace", "system"),
    [
        ("25.62.00", "25.62.00", "25.62", "ATECO"),  # an ATECO subcategory
        ("256200", "25.62.00", "25.62", "ATECO"),  # typed without the dots
        ("25.62.0", "25.62.0", "25.62", "ATECO"),  # an ATECO category
        ("25.62A", "25.62A", "25.62", "NAF"),  # a NAF subclass
        ("2562b", "25.62B", "25.62", "NAF"),
        ("25.62", "25.62", "25.62", "NACE"),  # a class, the same in the three lists
        ("25.6", "25.6", "25.6", "NACE"),  # a group
        ("25", "25", "25", "NACE"),  # a division
        ("c", "C", "C", "NACE"),  # a section
    ],
)
def test_a_code_of_any_list_is_read_with_its_nace_code(typed, code, nace, system):
    assert sectors.parse_sector(typed) == sectors.Sector(code, nace, system)


def test_labels_are_the_national_lists_in_each_language():
    # An Italian reads ATECO's words, a French one NAF's, an English one NACE's.
    assert sectors.describe_sector("25.62.00", "25.62", "it") == (
        "25.62.00 Lavori di meccanica generale"
    )
    assert sectors.describe_sector("25.62", "25.62", "fr") == "25.62 Usinage"
    assert sectors.describe_sector("25.62", "25.62", "en") == "25.62 Machining"
    assert sectors.describe_sector("88.10", "88.10", "fr") == (
        "88.10 Action sociale sans hébergement pour personnes âgées et pour personnes handicapées"
    )
    # A NAF subclass read in French says what it is; read in Italian or English, its
    # NACE class with that list's words.
    assert sectors.describe_sector("25.62A", "25.62", "fr") == "25.62A Décolletage"
    assert sectors.describe_sector("25.62A", "25.62", "it") == (
        "25.62 Lavori di meccanica generale"
    )
    assert sectors.describe_sector("25.62.00", "25.62", "fr") == "25.62 Usinage"
    # Sections are written in sentence case, not in the lists' capitals.
    assert sectors.describe_sector("C", "C", "it") == "C Attività manifatturiere"
    # Words where no code was (a skill's free-text sector) stay as typed.
    assert sectors.describe_sector("Servizi sociali", "", "fr") == "Servizi sociali"


def test_every_level_down_to_the_class_is_in_the_three_lists():
    for language in ("it", "fr", "en"):
        levels = {e.level for e in sectors.table(language).values()}
        assert {"section", "division", "group", "class"} <= levels
        classes = {e.code for e in sectors.table(language).values() if e.level == "class"}
        assert len(classes) == 615  # NACE Rev. 2 has 615 classes
    assert {e.level for e in sectors.table("fr").values()} >= {"subclass"}
    assert {e.level for e in sectors.table("it").values()} >= {"category", "subcategory"}


def test_an_unknown_code_is_refused_naming_it():
    with pytest.raises(sectors.SectorError) as error:
        sectors.parse_sector("25.63A")
    assert "25.63A" in str(error.value)
    with pytest.raises(ValidationFailed) as failed:
        validate_input(ProjectInput, {"title": "Officina", "kind": "wbo", "sector_code": "99.99"})
    [problem] = failed.value.errors
    assert problem.field == "sector_code"
    assert "99.99" in problem.reason and "ATECO" in problem.reason


def test_project_input_keeps_the_code_as_typed_and_its_nace_code():
    project = validate_input(
        ProjectInput, {"title": "Atelier", "kind": "wbo", "sector_code": "2562b"}
    )
    assert (project.sector_code, project.nace_code) == ("25.62B", "25.62")
    # The files and scripts written before NAF codes: "ateco_code" is still read.
    old = validate_input(ProjectInput, {"title": "Officina", "kind": "wbo", "ateco_code": "25.62"})
    assert (old.sector_code, old.nace_code) == ("25.62", "25.62")
    blank = validate_input(ProjectInput, {"title": "Officina", "kind": "wbo"})
    assert (blank.sector_code, blank.nace_code) == ("", "")


def test_a_skill_sector_is_a_code_or_words():
    coded = validate_input(SkillInput, {"description": "Soudeur", "sector": "25.11Z"})
    assert (coded.sector, coded.nace_code) == ("25.11Z", "25.11")
    words = validate_input(SkillInput, {"description": "Educatore", "sector": "Servizi sociali"})
    assert (words.sector, words.nace_code) == ("Servizi sociali", "")
    with pytest.raises(ValidationFailed) as failed:
        validate_input(SkillInput, {"description": "Soudeur", "sector": "12.34.56"})
    assert "12.34.56" in failed.value.errors[0].reason


def test_search_finds_by_words_without_accents_and_by_code():
    assert "25.62.00" in [e.code for e in sectors.search_sectors("meccanica generale", "it")]
    assert "86.10" in [e.code for e in sectors.search_sectors("activites hospitalieres", "fr")]
    assert [e.code for e in sectors.search_sectors("25.62", "fr")] == ["25.62", "25.62A", "25.62B"]
    assert sectors.search_sectors("   ", "fr") == []


def test_legal_forms_belong_to_a_country():
    french = LegalForm.offered(Country.FR)
    italian = LegalForm.offered(Country.IT)
    assert {LegalForm.SCOP_SARL, LegalForm.SCIC_SAS, LegalForm.CAE, LegalForm.SASU} <= set(french)
    assert LegalForm.SRL not in french and LegalForm.SOCIAL_COOPERATIVE_B not in french
    assert {LegalForm.SRL, LegalForm.SRLS, LegalForm.SOCIAL_COOPERATIVE_A} <= set(italian)
    assert LegalForm.SARL not in italian
    assert LegalForm.OTHER in french and LegalForm.OTHER in italian
    # The first release's vaguer forms are kept for their records, offered to no one
    # except the record that has one.
    assert LegalForm.SCOP not in french
    assert LegalForm.SCOP in LegalForm.offered(Country.FR, keep=LegalForm.SCOP)
    assert LegalForm.SRL in LegalForm.offered(Country.FR, keep=LegalForm.SRL)


def test_which_forms_are_cooperatives():
    cooperatives = {f for f in LegalForm if f.is_cooperative}
    assert {
        LegalForm.WORKER_COOPERATIVE,
        LegalForm.SOCIAL_COOPERATIVE_B,
        LegalForm.SCOP_SA,
        LegalForm.SCIC_SARL,
        LegalForm.CAE,
    } <= cooperatives
    assert not cooperatives & {LegalForm.SRL, LegalForm.SARL, LegalForm.SAS, LegalForm.OTHER}
    assert {f for f in LegalForm if f.is_scop} == {
        LegalForm.SCOP,
        LegalForm.SCOP_SA,
        LegalForm.SCOP_SARL,
        LegalForm.SCOP_SAS,
    }
    assert LegalForm.SOCIAL_COOPERATIVE_A.is_social_cooperative
    assert not LegalForm.SCIC_SAS.is_social_cooperative
    # Stored values fit the column (VARCHAR(32)) and stay readable.
    assert max(len(f.value) for f in LegalForm) <= 32
    assert LegalForm.parse("srl") is LegalForm.SRL


def test_the_project_list_finds_a_sector_whichever_list_it_was_typed_in(
    db, operator, french_operator
):
    from deskapp.services import projects
    from deskapp.services.project_lists import ProjectFilter, project_list

    officina = projects.create_project(
        db, operator, {"title": "Officina", "kind": "wbo", "sector_code": "25.62.00"}
    )
    atelier = projects.create_project(
        db, french_operator, {"title": "Atelier", "kind": "wbo", "sector_code": "25.62A"}
    )
    projects.create_project(db, operator, {"title": "Forno", "kind": "wbo", "sector_code": "10.71"})

    def found(sector: str) -> set[int]:
        return {card.id for card in project_list(db, ProjectFilter(sector=sector))[1]}

    assert found("25") == found("2562") == {officina, atelier}
    assert found("25.62A") == {atelier}
    assert found("25.62.00") == {officina}
