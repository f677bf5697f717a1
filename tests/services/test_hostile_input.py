"""Hostile or broken input gets words, never a traceback: registry files that are not
what they claim, invisible characters, huge cells, rows for another desk, and stored
text that a spreadsheet cannot hold."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, update

from deskapp.cli import main
from deskapp.errors import ImportFailed, ValidationFailed
from deskapp.models import Desk, Person
from deskapp.models.database import Database
from deskapp.reports.exports import export_table
from deskapp.services import persons
from deskapp.services.actor import Actor, resolve_actor
from deskapp.services.importing import import_persons
from deskapp.services.organisation import create_desk, create_operator
from deskapp.services.person_columns import PERSON_FILE_COLUMNS
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

HEADER = (
    "family_name;given_name;sex;birth_date;employment_status;notes;"
    "consent_legal_basis;consent_notice_version"
)
GOOD = "Rossi;Mario;M;1980-04-03;unemployed;;public_task;2026-01"
INVISIBLE = "contains an invisible control character"


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    return path


def row(family: str = "Rossi", given: str = "Mario", notes: str = "") -> str:
    return f"{family};{given};M;1980-04-03;unemployed;{notes};public_task;2026-01"


def persons_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Person)) or 0)


def import_errors(db: Database, actor: Actor, path: Path) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportFailed) as failed:
        import_persons(db, actor, path)
    assert persons_count(db) == 0
    return failed.value.row_errors


# --- the header ------------------------------------------------------------------


def test_a_column_named_twice_is_refused_by_name(db, coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [HEADER + ";given_name", GOOD + ";Luigi"],
    )
    errors = import_errors(db, coordinator, path)
    assert errors == [(1, "given_name", "this column appears more than once in the first line")]


# --- invisible characters, in every text field -------------------------------------


@pytest.mark.parametrize(
    "char",
    ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\u202e", "\u202a", "\u2066", "\u2069"],
    ids=repr,
)
def test_invisible_control_characters_are_refused_with_line_and_field(
    db, coordinator, tmp_path, char
):
    path = write_lines(
        tmp_path / "p.csv",
        [HEADER, *[row(given=f"Mario{i}") for i in range(5)], row(family=f"Ros{char}si")],
    )
    assert import_errors(db, coordinator, path) == [(7, "family_name", INVISIBLE)]


def test_tab_and_line_break_only_in_the_notes(db, coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [
            HEADER,
            row(notes='"first line\nsecond line\twith a tab"'),
            row(given='"Ma\nrio"'),
            row(given="Ma\trio"),
            row(notes='"a bell \x07 in the notes"'),
        ],
    )
    errors = import_errors(db, coordinator, path)
    # A row is named by the line it starts on (the first row spans lines 2 and 3).
    assert [(line, column) for line, column, _ in errors] == [
        (4, "given_name"),
        (6, "given_name"),
        (7, "notes"),
    ]
    assert errors[2][2] == INVISIBLE
    assert "one line" in errors[0][2] and "one line" in errors[1][2]
    # Without the bad rows the notes keep their line break and tab.
    write_lines(path, [HEADER, row(notes='"first line\r\nsecond line\twith a tab"')])
    assert import_persons(db, coordinator, path).written == 1
    with db.read() as s:
        assert s.scalar(select(Person.notes)) == "first line\nsecond line\twith a tab"


def test_the_person_form_refuses_the_same_characters(db, operator):
    """The schema is shared: the desk's form gets the same words as the import."""
    with pytest.raises(ValidationFailed) as refused:
        persons.create_person(
            db, operator, person_data(given_name="Ma\u202erio", address="Via Roma\x0b 1")
        )
    assert {(e.field, e.reason) for e in refused.value.errors} == {
        ("given_name", INVISIBLE),
        ("address", INVISIBLE),
    }
    assert persons_count(db) == 0


def test_names_are_stored_composed_nfc(db, coordinator, tmp_path):
    decomposed = unicodedata.normalize("NFD", "Zappalà")
    assert decomposed != "Zappalà"
    path = write_lines(
        tmp_path / "p.csv",
        [
            HEADER + ";municipality",
            row(family=decomposed) + ";" + unicodedata.normalize("NFD", "Forlì"),
        ],
    )
    assert import_persons(db, coordinator, path).written == 1
    with db.read() as s:
        family, municipality = s.execute(select(Person.family_name, Person.municipality)).one()
    assert (family, municipality) == ("Zappalà", "Forlì")


def test_the_form_stores_names_composed_too(db, operator):
    created = persons.create_person(
        db,
        operator,
        person_data(
            given_name=unicodedata.normalize("NFD", "Noèmi"),
            family_name=unicodedata.normalize("NFD", "Rossi Zappalà"),
            codice_fiscale="",
            sex="F",
            birth_date="1990-02-01",
        ),
    )
    with db.read() as s:
        stored = s.get(Person, created.id)
        assert stored is not None
        assert (stored.given_name, stored.family_name) == ("Noèmi", "Rossi Zappalà")


# --- huge cells ----------------------------------------------------------------------


def test_a_ten_megabyte_cell_is_too_long_in_words(db, coordinator, tmp_path):
    huge = "x" * (10 * 1024 * 1024)
    path = write_lines(
        tmp_path / "p.csv",
        [HEADER, row(notes=huge), row(family=huge), row(given="Luigi")],
    )
    errors = import_errors(db, coordinator, path)
    assert errors == [
        (2, "notes", "is too long (at most 10000 characters)"),
        (3, "family_name", "is too long (at most 120 characters)"),
    ]


def test_a_huge_cell_in_a_column_with_choices_is_not_echoed_whole(db, coordinator, tmp_path):
    huge = "\x1b[31m" + "y" * 200_000
    path = write_lines(
        tmp_path / "p.csv",
        [HEADER, f"Rossi;Mario;M;1980-04-03;{huge};;public_task;2026-01"],
    )
    ((line, column, reason),) = import_errors(db, coordinator, path)
    assert (line, column) == (2, "employment_status")
    assert len(reason) < 600 and "\x1b" not in reason


# --- files that are not registry files -------------------------------------------------


def _cli_database(tmp_path: Path) -> str:
    dbfile = str(tmp_path / "cli.sqlite")
    init = ["--db", dbfile, "init", "--desk", "Antenna Imperia", "--region", "liguria"]
    assert main([*init, "--admin", "Anna Bianchi"]) == 0
    return dbfile


def _cli_import(dbfile: str, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", dbfile, "--operator", "Anna Bianchi", "import", "persons", str(path)])
    return code, capsys.readouterr().err


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    return _cli_database(tmp_path)


def _renamed_pdf(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        + bytes(range(256)) * 4
        + b"\n%%EOF\n"
    )


def _zip_of_something_else(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday/photo.txt", "not a workbook")


def _bad_workbook_part(path: Path) -> None:
    Workbook().save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row><c r='A1' t='s'><v>7"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _header_only_workbook(path: Path) -> None:
    book = Workbook()
    book.active.append(HEADER.split(";"))
    book.save(path)


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("empty.csv", lambda p: p.write_bytes(b""), "is empty"),
        ("blank.csv", lambda p: p.write_bytes(b"\r\n \n\n"), "is empty"),
        ("header.csv", lambda p: p.write_text(HEADER + "\n"), "no rows"),
        ("header.xlsx", _header_only_workbook, "no rows"),
        ("binary.csv", lambda p: p.write_bytes(bytes(range(256)) * 64), "not a text file"),
        ("nul.csv", lambda p: p.write_bytes(b"\x00\x01\x02\x03" * 500), "not a text file"),
        ("utf16.csv", lambda p: p.write_bytes(HEADER.encode("utf-16")), "UTF-16"),
        ("pdf.csv", _renamed_pdf, "PDF"),
        ("pdf.xlsx", _renamed_pdf, "PDF"),
        ("zip.xlsx", _zip_of_something_else, "not an Excel workbook"),
        ("broken.xlsx", _bad_workbook_part, "not an Excel workbook"),
        ("text.xlsx", lambda p: p.write_text(HEADER + "\n" + GOOD + "\n"), "not an Excel"),
    ],
)
def test_a_file_that_is_not_a_registry_file_gets_one_line(
    cli_db, tmp_path, capsys, name, make, words
):
    path = tmp_path / name
    make(path)
    code, err = _cli_import(cli_db, path, capsys)
    assert code == 1
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.startswith("deskapp: "), err
    assert words in err
    assert name in err  # says which file


# --- desks -------------------------------------------------------------------------------


@pytest.fixture
def imperia_coordinator(db: Database, admin: Actor) -> Actor:
    desk = create_desk(
        db,
        admin,
        {"name": "Antenna Imperia", "region": "liguria", "country": "IT", "language": "it"},
    )
    create_operator(
        db, admin, {"name": "Ida Moro", "role": "coordinator", "desk_id": desk}, "Tramonto-sul-molo"
    )
    return resolve_actor(db, "Ida Moro")


def test_a_coordinator_imports_only_into_their_own_desk(db, admin, imperia_coordinator, tmp_path):
    path = write_lines(
        tmp_path / "p.csv",
        [
            "desk;" + HEADER,
            "Antenna Imperia;" + row(given="Ada"),
            "Antenna Genova;" + row(given="Bruno"),
            ";" + row(given="Carla"),  # blank: the coordinator's own desk
        ],
    )
    errors = import_errors(db, imperia_coordinator, path)
    assert errors == [(3, "desk", "you may not add people to Antenna Genova")]
    # An administrator writes to every desk.
    assert import_persons(db, admin, path).written == 3
    with db.read() as s:
        desks = dict(s.execute(select(Person.given_name, Desk.name).join(Desk)).all())
    assert desks == {"Ada": "Antenna Imperia", "Bruno": "Antenna Genova", "Carla": "Antenna Genova"}


# --- workers do not outlive the import -----------------------------------------------------


def _children(pid: int) -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\x00", b" ").decode()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            found[int(entry.name)] = cmdline
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the import uses no workers")
def test_killing_an_import_leaves_no_worker_behind(cli_db, tmp_path):
    lines = [
        "family_name,given_name,sex,birth_date,employment_status,consent_legal_basis,"
        "consent_notice_version"
    ]
    start = dt.date(1950, 1, 1)
    lines += [
        f"Rossi,Nome{i},M,{start + dt.timedelta(days=i % 20000)},unemployed,public_task,2026-01"
        for i in range(60_000)
    ]
    big = write_lines(tmp_path / "big.csv", lines)
    env = {**os.environ, "DESKAPP_PASSWORD": os.environ["DESKAPP_PASSWORD"]}
    command = [sys.executable, "-m", "deskapp", "--db", cli_db, "--operator", "Anna Bianchi"]
    importer = subprocess.Popen(
        [*command, "import", "persons", str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        workers: dict[int, str] = {}
        while time.monotonic() < deadline and importer.poll() is None:
            workers = {p: c for p, c in _children(importer.pid).items() if "spawn_main" in c}
            if workers:
                break
            time.sleep(0.05)
        assert workers, "the import finished or failed before starting worker processes"
        time.sleep(1.0)  # let them start checking rows
        children = _children(importer.pid)  # the workers and multiprocessing's helper
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait(10)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(p) for p in children):
            time.sleep(0.1)
        left = {p: c for p, c in children.items() if _alive(p)}
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
    for pid in left:  # do not leave them running for the next tests either
        os.kill(pid, signal.SIGKILL)
    assert left == {}


# --- stored text a spreadsheet cannot hold --------------------------------------------------


def test_xlsx_export_survives_control_characters_stored_in_the_database(db, coordinator, tmp_path):
    created = persons.create_person(db, coordinator, person_data())
    with db.write() as s:
        s.execute(
            update(Person)
            .where(Person.id == created.id)
            .values(
                notes="riga uno\x0briga\x01 due\x1f",
                family_name="Zappalà\x01",
                previous_employer="=\x02SUM(1)",
            )
        )
    path = tmp_path / "persone.xlsx"
    assert export_table(db, coordinator, "persons", path) == 1
    values = dict(
        zip(
            PERSON_FILE_COLUMNS,
            next(load_workbook(path).active.iter_rows(min_row=2, values_only=True)),
            strict=True,
        )
    )
    assert values["notes"] == "riga uno\nriga due"
    assert values["family_name"] == "Zappalà"
    assert values["previous_employer"] == "=SUM(1)"  # a string cell: still no formula


def test_coordinator_workbook_survives_control_characters(db, coordinator, tmp_path):
    from deskapp.reports.indicators_report import coordinator_report
    from deskapp.services.indicators import Scope

    persons.create_person(db, coordinator, person_data(first_contact_date="2026-03-01"))
    with db.write() as s:
        s.execute(update(Desk).values(name="Antenna\x01 Genova\x0c"))
    path = tmp_path / "figures.xlsx"
    coordinator_report(db, coordinator, dt.date(2026, 1, 1), dt.date(2026, 11, 30), Scope(), path)
    book = load_workbook(path, read_only=True)
    texts = [
        str(value)
        for sheet in book.worksheets
        for line in sheet.iter_rows(values_only=True)
        for value in line
        if value is not None
    ]
    assert any("Antenna Genova" in t for t in texts)
    assert not any(ch in t for t in texts for ch in "\x01\x0c")
