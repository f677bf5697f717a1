"""`deskapp match`, `deskapp import organisations`, `deskapp export organisations|openings`
as a coordinator types them (issue 18)."""

from __future__ import annotations

import csv

import pytest

from deskapp.cli import main
from deskapp.models.database import Database
from deskapp.services import openings, persons
from deskapp.services.actor import resolve_actor
from tests.conftest import person_data
from tests.services.test_network import placement_consent

HEADER = (
    "name;kind;sector_code;supply_chain;country;municipality;company_number;seeks;"
    "contact_name;contact_phone\n"
)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    path = str(tmp_path / "cli.sqlite")
    assert (
        main(
            [
                "--db",
                path,
                "init",
                "--desk",
                "Antenna Genova",
                "--region",
                "liguria",
                "--admin",
                "Anna Bianchi",
            ]
        )
        == 0
    )
    return path


def run(desk, *words):
    return main(["--db", desk, "--operator", "Anna Bianchi", *words])


def test_import_is_all_or_nothing_with_line_and_column(desk, tmp_path, capsys):
    bad = tmp_path / "orgs.csv"
    bad.write_text(
        HEADER
        + "Cantiere Tigullio;firm;30.11;nautical;IT;Chiavari;00743110157;saldatori;Giulia Parodi;0185 123456\n"
        + "Cantiere Bis;firm;30.11;nautical;IT;Lavagna;00743110157;;;\n"
        + "Hôtel des Îles;firm;55.10;tourism;FR;Ajaccio;732829321;;;\n"
        + "Rete;network;;marine;IT;Genova;;;;\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(desk, "import", "organisations", str(bad)) == 1
    err = capsys.readouterr().err
    assert "line 3, company_number: already used on line 2 of this file" in err
    assert "line 4, company_number: is not a valid SIREN" in err
    assert "line 5, supply_chain: no supply chain has the code 'marine'" in err
    db = Database.at_path(tmp_path / "cli.sqlite")
    try:
        from deskapp.services.organisations import list_organisations

        assert list_organisations(db)[0] == 0  # nothing written
    finally:
        db.dispose()


def test_import_export_round_trip_and_duplicates_in_the_registry(desk, tmp_path, capsys):
    good = tmp_path / "orgs.csv"
    good.write_text(
        HEADER
        + "Cantiere Tigullio;firm;30.11;nautical;IT;Chiavari;IT 00743110157;saldatori;Giulia Parodi;0185 123456\n"
        + "Hôtel des Îles;firm;55.10;tourism;FR;Ajaccio;732 829 320;;;\n",
        encoding="utf-8",
    )
    assert run(desk, "import", "organisations", str(good), "--dry-run") == 0
    assert "nothing written" in capsys.readouterr().out
    assert run(desk, "import", "organisations", str(good)) == 0
    assert "2 organisations imported" in capsys.readouterr().out
    # The same file again: each number is in the registry already.
    assert run(desk, "import", "organisations", str(good)) == 1
    assert "line 2, company_number: already in the registry as organisation no. 1" in (
        capsys.readouterr().err
    )
    out = tmp_path / "out.csv"
    assert run(desk, "export", "organisations", "--format", "csv", "-o", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert [(r["name"], r["company_number"], r["supply_chain"]) for r in rows] == [
        ("Cantiere Tigullio", "00743110157", "nautical"),
        ("Hôtel des Îles", "732829320", "tourism"),
    ]
    # A "+" first would be a formula to a spreadsheet: the apostrophe import takes off.
    assert rows[0]["contact_phone"] == "'+390185123456"
    assert run(desk, "export", "openings", "--format", "xlsx", "-o", str(tmp_path / "o.xlsx")) == 0


def test_match_person_and_project_print_ranked_reasons(desk, tmp_path, capsys):
    db = Database.at_path(tmp_path / "cli.sqlite")
    try:
        admin = resolve_actor(db, "Anna Bianchi")
        from deskapp.services.organisations import create_organisation
        from deskapp.services.projects import create_project
        from tests.services.test_network import firm

        org = create_organisation(db, admin, firm())
        openings.create_opening(db, admin, org, {"title": "Saldatore", "level": "advanced"})
        person = persons.create_person(db, admin, person_data(municipality="Chiavari")).id
        persons.add_skill(db, admin, person, {"description": "Saldatore", "level": "expert"})
        project = create_project(db, admin, {"title": "Coop", "kind": "new_cooperative"})
        openings.add_project_role(db, admin, project, {"title": "Saldatore"})
    finally:
        db.dispose()
    capsys.readouterr()
    assert run(desk, "match", "person", str(person)) == 0
    assert "no consent in force" in capsys.readouterr().out
    db = Database.at_path(tmp_path / "cli.sqlite")
    try:
        placement_consent(db, resolve_actor(db, "Anna Bianchi"), person)
    finally:
        db.dispose()
    assert run(desk, "match", "person", str(person)) == 0
    out = capsys.readouterr().out
    assert "1. [" in out and "Saldatore (Cantiere Navale Tigullio S.r.l.)" in out
    assert "Saldatore, expert; same municipality; Nautical and shipbuilding" in out
    assert run(desk, "match", "project", str(project)) == 0
    out = capsys.readouterr().out
    assert "Role: Saldatore (1 still needed)" in out and "Rossi Mario" in out
    assert run(desk, "match", "project", "999") == 1
    assert "No project with number 999" in capsys.readouterr().err
    assert run(desk, "match", "person", str(person), "--limit", "0") == 1


def test_match_project_says_a_role_of_generic_words_names_no_trade(desk, tmp_path, capsys):
    db = Database.at_path(tmp_path / "cli.sqlite")
    try:
        admin = resolve_actor(db, "Anna Bianchi")
        from deskapp.services.projects import create_project

        project = create_project(db, admin, {"title": "Coop", "kind": "new_cooperative"})
        openings.add_project_role(db, admin, project, {"title": "Operatore"})
        openings.add_project_role(db, admin, project, {"title": "Addetto", "skills": "cucina"})
    finally:
        db.dispose()
    capsys.readouterr()
    assert run(desk, "match", "project", str(project)) == 0
    out = capsys.readouterr().out
    assert "Role: Operatore (1 still needed)" in out
    assert "The role \u201cOperatore\u201d names no trade, so it matches no one" in out
    # "cucina" is a trade: that role is matched, with no such warning.
    assert out.count("names no trade") == 1
    assert "Role: Addetto (1 still needed)\n  No one who may be proposed fits." in out
