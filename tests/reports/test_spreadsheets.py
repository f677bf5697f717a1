"""Spreadsheets every client reads right: workbooks with typed cells (text as text with
no apostrophe shown, dates as dates, money as numbers), short whole sheet names, and CSV
separated as Italian and French Excel split it."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from deskapp.cli import main
from deskapp.models import Person
from deskapp.reports.exports import export_table
from deskapp.reports.indicators_report import SHEET_NAMES, coordinator_report
from deskapp.services import activities, persons, projects
from deskapp.services.importing import import_persons
from deskapp.services.indicators import Scope
from deskapp.services.person_columns import PERSON_FILE_COLUMNS
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def rows_of(path):
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_a_person_workbook_holds_typed_cells(db, coordinator, tmp_path):
    persons.create_person(db, coordinator, person_data(postal_code="16154", education="3"))
    path = tmp_path / "persone.xlsx"
    export_table(db, coordinator, "persons", path)
    header, rows = rows_of(path)
    row = rows[0]
    assert header == list(PERSON_FILE_COLUMNS)
    # Codes are text, exactly as stored: no apostrophe, no number.
    for name, value in (
        ("phone", "+393207249175"),
        ("codice_fiscale", "RSSMRA80D03D969M"),
        ("postal_code", "16154"),
        ("education", "3"),
    ):
        assert (row[name].data_type, row[name].value) == ("s", value), name
        assert row[name].number_format == "@"
    # Dates are dates, shown day first.
    for name, day in (("birth_date", dt.date(1980, 4, 3)), ("consent_date", dt.date(2026, 11, 10))):
        assert row[name].is_date and row[name].value.date() == day, name
        assert row[name].number_format == "DD/MM/YYYY"
    assert not any(isinstance(c.value, str) and c.value.startswith("'") for c in row.values())


def test_project_and_activity_workbooks_hold_amounts_and_moments(db, coordinator, tmp_path):
    project = projects.create_project(
        db,
        coordinator,
        {
            "title": "Coop",
            "kind": "new_cooperative",
            "sector_code": "25.62",
            "origin_company_vat": "00743110157",
            "enterprise_company_number": "01114601006",
            "employees": "2",
        },
    )
    pid = persons.create_person(db, coordinator, person_data()).id
    projects.add_member(
        db,
        coordinator,
        project,
        {"person_id": pid, "role": "promoter", "capital_pledged": "4000.50"},
    )
    activities.log_activity(
        db,
        coordinator,
        {
            "kind": "interview",
            "occurred_at": dt.datetime(2026, 11, 10, 9, 30),
            "duration_minutes": 45,
            "person_id": pid,
        },
    )
    export_table(db, coordinator, "projects", tmp_path / "projects.xlsx")
    _, (row,) = rows_of(tmp_path / "projects.xlsx")
    assert row["capital_pledged"].data_type == "n"
    assert Decimal(str(row["capital_pledged"].value)) == Decimal("4000.50")
    assert "€" in row["capital_pledged"].number_format
    assert (row["sector_code"].value, row["sector_code"].data_type) == ("25.62", "s")
    assert row["nace_code"].value == "25.62"
    assert (row["origin_company_vat"].value, row["origin_company_vat"].data_type) == (
        "00743110157",
        "s",
    )
    # The new enterprise's own number beside the origin company's, kept as text.
    assert (row["enterprise_company_number"].value, row["enterprise_company_number"].data_type) == (
        "01114601006",
        "s",
    )
    assert (row["employees"].value, row["employees"].data_type) == (2, "n")
    assert (row["members"].value, row["members"].data_type) == (1, "n")
    export_table(db, coordinator, "activities", tmp_path / "activities.xlsx")
    _, (row,) = rows_of(tmp_path / "activities.xlsx")
    assert row["occurred_at"].is_date and row["occurred_at"].value.minute == 30
    assert row["duration_minutes"].value == 45


def test_todays_workbooks_with_apostrophes_still_import(db, coordinator, tmp_path):
    """Workbooks written before: every formula-looking text carried an apostrophe."""
    book = Workbook()
    book.active.append(list(PERSON_FILE_COLUMNS[:3]) + ["employment_status", "phone"])
    book.active.append(["", "Rossi", "Mario", "laid_off", "'+393207249175"])
    book.active["F1"], book.active["G1"] = "consent_legal_basis", "consent_notice_version"
    book.active["H1"], book.active["I1"] = "sex", "birth_date"
    book.active["F2"], book.active["G2"] = "public_task", "2026-01"
    book.active["H2"], book.active["I2"] = "M", "1980-04-03"
    book.save(tmp_path / "old.xlsx")
    assert import_persons(db, coordinator, tmp_path / "old.xlsx").written == 1
    with db.read() as s:
        assert s.scalar(select(Person.phone)) == "+393207249175"


def test_a_typed_workbook_keeps_a_leading_apostrophe_that_is_data(db, coordinator, tmp_path):
    persons.create_person(db, coordinator, person_data(notes="'+1 as written on the form"))
    first = tmp_path / "first.xlsx"
    export_table(db, coordinator, "persons", first)
    with db.write() as s:
        s.query(Person).delete()
    import_persons(db, coordinator, first)
    with db.read() as s:
        assert s.scalar(select(Person.notes)) == "'+1 as written on the form"


@pytest.mark.parametrize("language", ["it", "fr", "en"])
def test_coordinator_sheets_have_short_whole_names_and_the_title_first(
    db, coordinator, tmp_path, language
):
    from deskapp.i18n import catalogue

    persons.create_person(db, coordinator, person_data(first_contact_date="2026-03-01"))
    path = tmp_path / "figures.xlsx"
    report = coordinator_report(
        db,
        coordinator,
        dt.date(2026, 1, 1),
        dt.date(2026, 11, 30),
        Scope(),
        path,
        language=language,
    )
    book = load_workbook(path)
    cat = catalogue(language)
    expected = {cat.text("Report", SHEET_NAMES[t.key]) for t in report.tables}
    assert expected <= set(book.sheetnames)
    for name in book.sheetnames:
        assert len(name) <= 31 and name == name.strip()
    for table in report.tables:
        sheet = book[cat.text("Report", SHEET_NAMES[table.key])]
        assert sheet["A1"].value == cat.text("Report", table.title)  # the whole title
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f"
                assert not (isinstance(c.value, str) and c.value.startswith("'"))
    cover = book.worksheets[0]
    assert cover["B2"].is_date and cover["B2"].value.date() == dt.date(2026, 1, 1)


def test_csv_for_italian_and_french_excel_is_separated_by_semicolons(db, coordinator, tmp_path):
    persons.create_person(db, coordinator, person_data(previous_employer="Rossi, Verdi & C."))
    path = tmp_path / "persone.csv"
    export_table(db, coordinator, "persons", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads accents right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        # As Excel with an Italian or French locale splits it: on semicolons.
        header, row = list(csv.reader(handle, delimiter=";"))
    assert header == list(PERSON_FILE_COLUMNS)
    assert dict(zip(header, row, strict=True))["previous_employer"] == "Rossi, Verdi & C."
    assert dict(zip(header, row, strict=True))["phone"] == "'+393207249175"  # CSV: guarded
    # The import finds the separator itself.
    with db.write() as s:
        s.query(Person).delete()
    assert import_persons(db, coordinator, path).written == 1


def test_the_command_line_chooses_the_separator(db, coordinator, tmp_path, capsys):
    from sqlalchemy import update

    from deskapp.models import Operator
    from deskapp.services.accounts import hash_password
    from deskapp.services.demo import DEMO_PASSWORD

    with db.write() as s:
        s.execute(update(Operator).values(password_hash=hash_password(DEMO_PASSWORD)))
    persons.create_person(db, coordinator, person_data())
    common = ["--db", db.location, "--operator", "Carla Neri", "export", "persons"]
    assert main([*common, "-o", str(tmp_path / "default.csv")]) == 0
    assert main([*common, "--delimiter", ",", "-o", str(tmp_path / "comma.csv")]) == 0
    default = (tmp_path / "default.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    comma = (tmp_path / "comma.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert default.startswith("desk;family_name;given_name;")
    assert comma.startswith("desk,family_name,given_name,")


@pytest.mark.skipif(
    not shutil.which("soffice"),
    reason="LibreOffice is not installed (setup installs it for the tests on Debian)",
)
def test_libreoffice_reads_the_workbook_as_written(db, coordinator, tmp_path):
    persons.create_person(db, coordinator, person_data())
    export_table(db, coordinator, "persons", tmp_path / "p.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), "p.xlsx"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (tmp_path / "p.csv").open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))[:2]
    values = dict(zip(header, row, strict=False))
    assert values["phone"] == "+393207249175"
    assert values["codice_fiscale"] == "RSSMRA80D03D969M"
