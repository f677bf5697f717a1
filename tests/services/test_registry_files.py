"""Registry files to the unit: every consent travels, warnings are said, places are
named as the file shows them, a systematic error is summed up, and company numbers
cross the border."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from deskapp.cli import main
from deskapp.errors import ImportFailed
from deskapp.models import Consent, Person
from deskapp.models.identifiers import encode_codice_fiscale
from deskapp.reports.exports import export_table
from deskapp.services import persons
from deskapp.services.importing import import_persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

HEADER = "family_name;given_name;employment_status;codice_fiscale;consent_legal_basis;consent_notice_version"
# Abetone Cutigliano (M376) exists since 2017: a code for someone born in 1980 there
# is well formed, but its birthplace was not in use on the birth date.
OLD_PLACE_CF = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "M376")


@pytest.fixture
def cli_accounts(db, coordinator):
    """The accounts may act from the command line: they have the demo password, the
    one DESKAPP_PASSWORD holds in the tests."""
    from sqlalchemy import update

    from deskapp.models import Operator
    from deskapp.services.accounts import hash_password
    from deskapp.services.demo import DEMO_PASSWORD

    with db.write() as s:
        s.execute(update(Operator).values(password_hash=hash_password(DEMO_PASSWORD)))
    return coordinator


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    return path


# --- every consent goes out and comes back ------------------------------------------


def test_every_consent_round_trips_with_its_withdrawal(db, coordinator, tmp_path):
    person = persons.create_person(
        db, coordinator, person_data(disability="yes", migrant="declined")
    )
    persons.record_consent(
        db,
        coordinator,
        person.id,
        {
            "purpose": "special_category",
            "legal_basis": "explicit_consent",
            "notice_version": "2026-02",
            "given_on": "12/11/2026",
        },
    )
    persons.record_consent(
        db,
        coordinator,
        person.id,
        {
            "purpose": "communications",
            "legal_basis": "consent",
            "notice_version": "2026-02",
            "given_on": "12/11/2026",
            "withdrawn_on": "20/11/2026",
        },
    )
    exported = tmp_path / "p.csv"
    export_table(db, coordinator, "persons", exported, delimiter=",")
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert (row["consent2_purpose"], row["consent2_legal_basis"]) == (
        "special_category",
        "explicit_consent",
    )
    assert row["consent3_withdrawn"] == "2026-11-20" and row["consent_withdrawn"] == ""

    with db.write() as s:  # a fresh registry: the same database, emptied
        for model in (Consent, Person):
            for obj in s.scalars(select(model)):
                s.delete(obj)
    assert import_persons(db, coordinator, exported).written == 1
    with db.read() as s:
        consents = sorted(
            (c.purpose.value, c.legal_basis.value, c.notice_version, c.given_on, c.withdrawn_on)
            for c in s.scalars(select(Consent))
        )
        imported = s.scalars(select(Person)).one()
        assert imported.disability.value == "yes"
    assert consents == [
        ("communications", "consent", "2026-02", dt.date(2026, 11, 12), dt.date(2026, 11, 20)),
        ("service", "public_task", "2026-01", dt.date(2026, 11, 10), None),
        ("special_category", "explicit_consent", "2026-02", dt.date(2026, 11, 12), None),
    ]
    again = tmp_path / "again.csv"
    export_table(db, coordinator, "persons", again, delimiter=",")
    assert again.read_bytes() == exported.read_bytes()


def test_a_later_consent_is_checked_and_named_by_its_column(db, coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [
            HEADER + ";consent2_purpose;consent2_legal_basis;consent2_notice_version;consent2_date",
            "Rossi;Mario;laid_off;RSSMRA80D03D969M;public_task;2026-01;special_category;;2026-02;2026-11-12",
        ],
    )
    with pytest.raises(ImportFailed) as failed:
        import_persons(db, coordinator, path)
    assert (2, "consent2_legal_basis", "is required") in failed.value.row_errors


def test_todays_files_with_one_consent_still_import(db, coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [
            HEADER + ";consent_purpose;consent_date",
            "Rossi;Mario;laid_off;RSSMRA80D03D969M;public_task;2026-01;reporting;2026-11-10",
        ],
    )
    assert import_persons(db, coordinator, path).written == 1
    with db.read() as s:
        consent = s.scalars(select(Consent)).one()
    assert (consent.purpose.value, consent.withdrawn_on) == ("reporting", None)


# --- warnings ------------------------------------------------------------------------


def test_a_birthplace_not_in_use_is_a_warning_with_its_line(db, coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [
            HEADER + ";sex;birth_date",
            "Bianchi;Luca;laid_off;;public_task;2026-01;M;1970-01-01",
            f"Rossi;Mario;laid_off;{OLD_PLACE_CF};public_task;2026-01;;",
        ],
    )
    checked = import_persons(db, coordinator, path, dry_run=True)
    assert [(w[0], w[1]) for w in checked.warnings] == [(3, "codice_fiscale")]
    assert "M376" in checked.warnings[0][2] and "not in use" in checked.warnings[0][2]
    done = import_persons(db, coordinator, path)
    assert done.written == 2 and len(done.warnings) == 1


def test_the_command_line_prints_and_counts_warnings(db, cli_accounts, tmp_path, capsys):
    path = write_lines(
        tmp_path / "p.csv",
        [HEADER, f"Rossi;Mario;laid_off;{OLD_PLACE_CF};public_task;2026-01"],
    )
    common = ["--db", db.location, "--operator", "Carla Neri", "import", "persons", str(path)]
    assert main([*common, "--dry-run"]) == 0
    out = capsys.readouterr()
    said = out.out + out.err
    assert "line 2, codice_fiscale: warning: The birthplace code M376" in said
    assert "1 rows checked, no errors, 1 warning; nothing written (--dry-run)." in out.out
    assert main(common) == 0
    out = capsys.readouterr()
    assert "1 persons imported, 1 warning." in out.out


# --- places: physical lines, records, rows -------------------------------------------


def test_a_row_after_a_multi_line_cell_is_named_by_record_and_line(
    db, cli_accounts, tmp_path, capsys
):
    header = "family_name;given_name;sex;birth_date;employment_status;notes;consent_legal_basis;consent_notice_version"
    path = write_lines(
        tmp_path / "p.csv",
        [
            header,
            'Rossi;Mario;M;1980-04-03;unemployed;"one\ntwo\nthree";public_task;2026-01',
            "Verdi;;M;1980-04-03;unemployed;;public_task;2026-01",
        ],
    )
    common = ["--db", db.location, "--operator", "Carla Neri", "import", "persons", str(path)]
    assert main(common) == 1
    err = capsys.readouterr().err
    # The third record starts on line 5 of the file: a text editor shows line 5, a
    # spreadsheet row 3.
    assert "record 3 (line 5), given_name: is required" in err


def test_an_xlsx_names_rows(db, cli_accounts, tmp_path, capsys):
    book = Workbook()
    book.active.append(HEADER.split(";"))
    book.active.append(["Rossi", "", "laid_off", "", "public_task", "2026-01"])
    book.save(tmp_path / "p.xlsx")
    common = ["--db", db.location, "--operator", "Carla Neri", "import", "persons"]
    assert main([*common, str(tmp_path / "p.xlsx")]) == 1
    err = capsys.readouterr().err
    assert "row 2, given_name: is required" in err and "line 2" not in err


# --- a systematic error is summed up ---------------------------------------------------


def test_a_systematic_error_prints_fifty_lines_and_a_summary(db, cli_accounts, tmp_path, capsys):
    lines = [f"desk;{HEADER}"]
    lines += [f"Antenna Livorno;Rossi;Mario{i};laid_off;;public_task;2026-01" for i in range(300)]
    lines += ["Antenna Genova;Rossi;Bad;laid_off;RSSMRA80D03D969X;public_task;2026-01"]
    path = write_lines(tmp_path / "p.csv", lines)
    common = ["--db", db.location, "--operator", "Anna Bianchi", "import", "persons", str(path)]
    assert main(common) == 1
    err = capsys.readouterr().err.splitlines()
    places = [line for line in err if line.startswith("line ")]
    assert len(places) == 50
    assert "and 251 more rows:" in "\n".join(err)
    assert any("250 rows, desk: no desk is called 'Antenna Livorno'" in line for line in err)
    assert any("1 row, codice_fiscale: has a wrong check character" in line for line in err)
    assert "nothing was imported" in err[-1]


def test_the_summary_groups_by_column_and_reason():
    from deskapp.services.importing import summarise_issues

    issues = [(i, "desk", "no desk is called 'X'") for i in range(2, 100_002)]
    shown, groups = summarise_issues(issues, limit=50)
    assert len(shown) == 50
    assert [(g.count, g.column, g.reason) for g in groups] == [
        (99_950, "desk", "no desk is called 'X'")
    ]


# --- company numbers across the border --------------------------------------------------


@pytest.fixture
def french_desk(db, admin):
    from deskapp.services.actor import resolve_actor
    from deskapp.services.organisation import create_desk, create_operator

    desk = create_desk(
        db,
        admin,
        {"name": "Antenne Nice", "region": "sud", "country": "FR", "language": "fr"},
    )
    create_operator(
        db,
        admin,
        {"name": "Claire Martin", "role": "coordinator", "desk_id": desk},
        "Tramonto-sul-molo",
    )
    return resolve_actor(db, "Claire Martin")


@pytest.mark.parametrize(
    ("number", "stored"),
    [
        ("732 829 320", "732829320"),  # SIREN
        ("732 829 320 00074", "73282932000074"),  # SIRET
        ("FR 44 732829320", "FR44732829320"),  # French VAT number
        ("00743110157", "00743110157"),
    ],
)
def test_an_italian_desk_accepts_french_company_numbers(db, coordinator, number, stored):
    from deskapp.services import projects

    project = projects.create_project(
        db,
        coordinator,
        {"title": "Coop", "kind": "new_cooperative", "origin_company_vat": number},
    )
    assert projects.get_project(db, project).origin_company_vat == stored


@pytest.mark.parametrize(
    ("number", "stored"),
    [
        ("00743110157", "00743110157"),
        ("IT00743110157", "00743110157"),
        ("IT 007 431 101 57", "00743110157"),
        ("73282932000074", "73282932000074"),
    ],
)
def test_a_french_desk_accepts_a_partita_iva(db, french_desk, number, stored):
    from deskapp.services import projects

    project = projects.create_project(
        db,
        french_desk,
        {"title": "Scop", "kind": "new_cooperative", "origin_company_vat": number},
    )
    assert projects.get_project(db, project).origin_company_vat == stored


@pytest.mark.parametrize(
    ("number", "says"),
    [
        ("00743110158", "partita IVA"),
        ("IT00743110158", "partita IVA"),
        ("732829321", "SIREN"),
        ("73282932000075", "SIRET"),
        ("FR45732829320", "French VAT number"),
        ("1234", "11 digits"),
    ],
)
def test_the_message_names_the_identifier_that_failed(db, french_desk, number, says):
    from deskapp.errors import ValidationFailed
    from deskapp.services import projects

    with pytest.raises(ValidationFailed) as failed:
        projects.create_project(
            db,
            french_desk,
            {"title": "Scop", "kind": "new_cooperative", "origin_company_vat": number},
        )
    reason = failed.value.for_field("origin_company_vat").reason
    assert says in reason, reason
