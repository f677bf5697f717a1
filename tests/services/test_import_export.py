"""Registry files in and out: all-or-nothing import, round trip, formula neutralising."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, text

from deskapp.errors import ImportFailed
from deskapp.models import AuditEvent, Consent, Person
from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.reports.exports import export_table
from deskapp.services import persons, projects
from deskapp.services.importing import import_persons
from deskapp.services.organisation import initialise
from deskapp.services.person_columns import PERSON_FILE_COLUMNS
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

HEADER = "family_name;given_name;employment_status;codice_fiscale;phone;consent_legal_basis;consent_notice_version"


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def count(db: Database, model) -> int:  # noqa: ANN001
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_one_bad_row_means_nothing_is_written(db, coordinator, tmp_path):
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADER,
            "Rossi;Mario;laid_off;RSSMRA80D03D969M;320 724 9175;public_task;2026-01",
            "Bianchi;;unemployed;;;public_task;2026-01",
            "Verdi;Anna;nope;RSSMRA80D03D969X;12;public_task;2026-01",
        ],
    )
    with pytest.raises(ImportFailed) as err:
        import_persons(db, coordinator, path)
    assert (3, "given_name", "is required") in err.value.row_errors
    lines = {(line, column) for line, column, _ in err.value.row_errors}
    assert {(4, "employment_status"), (4, "codice_fiscale"), (4, "phone")} <= lines
    assert 2 not in {line for line, _, _ in err.value.row_errors}
    assert count(db, Person) == 0 and count(db, Consent) == 0


def test_semicolons_in_windows_1252_with_accents(db, coordinator, tmp_path):
    path = write_csv(
        tmp_path / "excel.csv",
        [
            HEADER + ";municipality;sex;birth_date",
            "Niccolò;Gianluca;unemployed;;;public_task;2026-01;Forlì;M;05/06/1979",
        ],
        encoding="cp1252",
    )
    result = import_persons(db, coordinator, path)
    assert result.written == 1
    with db.read() as s:
        person = s.scalars(select(Person)).one()
    assert (person.family_name, person.municipality) == ("Niccolò", "Forlì")


def test_utf8_with_bom_and_commas(db, coordinator, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_text(
        HEADER.replace(";", ",") + "\nRossi,Mario,laid_off,RSSMRA80D03D969M,,public_task,2026-01\n",
        encoding="utf-8-sig",
    )
    assert import_persons(db, coordinator, path).written == 1


def test_xlsx_import(db, coordinator, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    sheet.append(
        ["Rossi", "Mario", "laid_off", "RSSMRA80D03D969M", "3207249175", "public_task", "2026-01"]
    )
    workbook.save(tmp_path / "p.xlsx")
    assert import_persons(db, coordinator, tmp_path / "p.xlsx").written == 1


def test_dry_run_writes_nothing(db, coordinator, tmp_path):
    path = write_csv(tmp_path / "p.csv", [HEADER, "Rossi;Mario;laid_off;;;public_task;2026-01"])
    with pytest.raises(ImportFailed):  # sex and birth date missing without a codice fiscale
        import_persons(db, coordinator, path, dry_run=True)
    path = write_csv(
        tmp_path / "p.csv", [HEADER, "Rossi;Mario;laid_off;RSSMRA80D03D969M;;public_task;2026-01"]
    )
    assert import_persons(db, coordinator, path, dry_run=True).written == 0
    assert count(db, Person) == 0


def test_codice_fiscale_twice_in_file_and_already_registered(db, coordinator, tmp_path):
    existing = persons.create_person(db, coordinator, person_data()).id
    omocode = "RSSMRA80D03D96VB"  # same person as MARIO_CF, but a distinct valid code
    path = write_csv(
        tmp_path / "p.csv",
        [
            HEADER,
            f"Rossi;Mario;laid_off;{omocode};;public_task;2026-01",
            f"Rossi;Mario;laid_off;{omocode};;public_task;2026-01",
            "Rossi;Mario;laid_off;RSSMRA80D03D969M;;public_task;2026-01",
        ],
    )
    with pytest.raises(ImportFailed) as err:
        import_persons(db, coordinator, path)
    reasons = {(line, reason) for line, _, reason in err.value.row_errors}
    assert (3, "already used on line 2 of this file") in reasons
    assert (4, f"already in the registry as person no. {existing}") in reasons
    assert count(db, Person) == 1


def test_missing_and_unknown_columns(db, coordinator, tmp_path):
    path = write_csv(tmp_path / "p.csv", ["cognome;given_name", "Rossi;Mario"])
    with pytest.raises(ImportFailed) as err:
        import_persons(db, coordinator, path)
    assert (1, "cognome", "unknown column; rename or remove it") in err.value.row_errors
    assert (1, "family_name", "this column is missing from the file") in err.value.row_errors


def test_import_writes_consent_and_audit_per_person(db, coordinator, tmp_path):
    path = write_csv(
        tmp_path / "p.csv", [HEADER, "Rossi;Mario;laid_off;RSSMRA80D03D969M;;public_task;2026-01"]
    )
    import_persons(db, coordinator, path)
    with db.read() as s:
        person = s.scalars(select(Person)).one()
        assert person.birthplace_code == "D969" and person.version == 1
        consent = s.scalars(select(Consent)).one()
        assert (consent.person_id, consent.notice_version) == (person.id, "2026-01")
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "person")).all()
    assert {(e.entity_id, e.action.value) for e in events} == {
        (person.id, "create"),
        (None, "import"),
    }
    # The trigram index was rebuilt for the bulk-inserted rows.
    from deskapp.services.search import search_persons

    assert [h.id for h in search_persons(db, "ossi")] == [person.id]


def _second_database(tmp_path: Path) -> tuple[Database, object]:
    other = Database.at_path(tmp_path / "other.sqlite")
    upgrade_database(other)
    actor = initialise(
        other,
        {"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"},
        {"name": "Altra operatrice"},
    )
    return other, actor


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_round_trip_is_unchanged(db, coordinator, tmp_path, fmt):
    persons.create_person(
        db, coordinator, person_data(notes='=HYPERLINK("http://x")', disability="declined")
    )
    persons.create_person(
        db,
        coordinator,
        person_data(
            codice_fiscale="",
            given_name="Élodie",
            family_name="Martin",
            sex="F",
            birth_date="1990-02-01",
            phone="+33 6 12 34 56 78",
            email="",
            previous_employer="@Chantiers",
            education="6",
        ),
    )
    first = tmp_path / f"first.{fmt}"
    export_table(db, coordinator, "persons", first)
    other, actor = _second_database(tmp_path)
    try:
        assert import_persons(other, actor, first).written == 2
        second = tmp_path / f"second.{fmt}"
        export_table(other, actor, "persons", second)
    finally:
        other.dispose()
    if fmt == "csv":
        assert first.read_bytes() == second.read_bytes()
    else:
        rows = [list(load_workbook(p).active.values) for p in (first, second)]
        assert rows[0] == rows[1]


def test_export_neutralises_formula_cells(db, coordinator, tmp_path):
    persons.create_person(
        db, coordinator, person_data(notes="=cmd|'/c calc'!A1", previous_employer="+SUM(1)")
    )
    export_table(db, coordinator, "persons", tmp_path / "p.csv")
    with (tmp_path / "p.csv").open(encoding="utf-8-sig") as handle:
        # An Italian desk's CSV is separated by semicolons, as its Excel splits it.
        row = next(r for r in csv.DictReader(handle, delimiter=";"))
    assert row["notes"] == "'=cmd|'/c calc'!A1"
    assert row["previous_employer"] == "'+SUM(1)"
    assert row["phone"] == "'+393207249175"
    assert list(row) == list(PERSON_FILE_COLUMNS)
    # In a workbook the guard is the cell's type: a string, never a formula, and the
    # text as it is, with no apostrophe to show.
    export_table(db, coordinator, "persons", tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx").active
    notes = sheet.cell(row=2, column=PERSON_FILE_COLUMNS.index("notes") + 1)
    assert notes.data_type == "s" and notes.value == "=cmd|'/c calc'!A1"
    phone = sheet.cell(row=2, column=PERSON_FILE_COLUMNS.index("phone") + 1)
    assert phone.data_type == "s" and phone.value == "+393207249175"


def test_project_export_shows_capital_sums(db, coordinator, tmp_path):
    project = projects.create_project(db, coordinator, {"title": "Coop", "kind": "new_cooperative"})
    pid = persons.create_person(db, coordinator, person_data()).id
    projects.add_member(
        db,
        coordinator,
        project,
        {
            "person_id": pid,
            "role": "promoter",
            "capital_pledged": "4000.50",
            "capital_paid": "2000.25",
        },
    )
    export_table(db, coordinator, "projects", tmp_path / "projects.csv", delimiter=",")
    with (tmp_path / "projects.csv").open(encoding="utf-8-sig") as handle:
        row = next(csv.DictReader(handle))
    assert (row["members"], row["capital_pledged"], row["capital_paid"]) == (
        "1",
        "4000.50",
        "2000.25",
    )
    assert Decimal(row["capital_pledged"]) == Decimal("4000.50")


def test_export_is_audited(db, coordinator, tmp_path):
    export_table(db, coordinator, "activities", tmp_path / "a.xlsx")
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert event.entity == "activities" and event.operator_id == coordinator.operator_id


def test_large_import_runs_in_parallel_and_is_complete(db, coordinator, tmp_path):
    """Above the parallel threshold the rows are checked in worker processes."""
    import datetime as dt

    from deskapp.models.identifiers import encode_codice_fiscale

    lines = [HEADER]
    for i in range(6000):
        born = dt.date(1960, 1, 1) + dt.timedelta(days=i)
        code = encode_codice_fiscale("Rossi", "Mario", "M", born, "D969")
        lines.append(f"Rossi;Mario{i};laid_off;{code};;public_task;2026-01")
    lines.append("Rossi;Bad;laid_off;RSSMRA80D03D969X;;public_task;2026-01")
    path = write_csv(tmp_path / "big.csv", lines)
    with pytest.raises(ImportFailed) as err:
        import_persons(db, coordinator, path)
    assert [line for line, _, _ in err.value.row_errors] == [6002]
    assert count(db, Person) == 0
    write_csv(path, lines[:-1])
    assert import_persons(db, coordinator, path).written == 6000
    assert count(db, Person) == 6000


def test_import_completes_when_worker_processes_cannot_run(db, coordinator, tmp_path, monkeypatch):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from deskapp.models.identifiers import encode_codice_fiscale
    from deskapp.services import importing

    class BrokenPool:
        def __init__(self, *args, **kwargs):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, *args, **kwargs):
            future = Future()
            future.set_exception(BrokenProcessPool("workers killed"))
            return future

    monkeypatch.setattr(importing, "ProcessPoolExecutor", BrokenPool)
    import datetime as dt

    lines = [HEADER] + [
        f"Rossi;Mario{i};laid_off;"
        f"{encode_codice_fiscale('Rossi', 'Mario', 'M', dt.date(1960, 1, 1) + dt.timedelta(days=i), 'D969')}"
        ";;public_task;2026-01"
        for i in range(importing.PARALLEL_FROM + 10)
    ]
    path = write_csv(tmp_path / "big.csv", lines)
    assert import_persons(db, coordinator, path).written == importing.PARALLEL_FROM + 10


def _person_indexes(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return sorted(
            s.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                    "AND tbl_name = 'person' AND sql IS NOT NULL"
                )
            ).all()
        )


@pytest.mark.sqlite_only  # its indexes and page cache are SQLite's
def test_a_large_import_leaves_the_indexes_and_the_connection_as_they_were(
    db, coordinator, tmp_path
):
    """Into an empty registry the plain indexes are built once, after the rows, and the
    page cache is enlarged for the import only; a failed import rolls both back."""
    import gc

    indexes = _person_indexes(db)
    with db.engine.connect() as conn:
        cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    bad = write_csv(
        tmp_path / "bad.csv",
        [HEADER, "Rossi;Mario;laid_off;RSSMRA80D03D969M;;public_task;2026-01", "Bianchi;;x;;;;"],
    )
    with pytest.raises(ImportFailed):
        import_persons(db, coordinator, bad)
    assert _person_indexes(db) == indexes and gc.isenabled()
    import datetime as dt

    from deskapp.models.identifiers import encode_codice_fiscale

    born = [dt.date(1960, 1, 1) + dt.timedelta(days=i) for i in range(1500)]
    good = write_csv(
        tmp_path / "good.csv",
        [HEADER]
        + [
            f"Rossi;Mario;laid_off;{encode_codice_fiscale('Rossi', 'Mario', 'M', b, 'D969')};"
            ";public_task;2026-01"
            for b in born
        ],
    )
    assert import_persons(db, coordinator, good).written == 1500
    assert _person_indexes(db) == indexes and gc.isenabled()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == cache
        # The rebuilt indexes hold the imported person: the sorted registry finds them.
        assert (
            conn.exec_driver_sql(
                "SELECT family_name FROM person INDEXED BY ix_person_sort_name "
                "WHERE family_name = 'Rossi' COLLATE NOCASE"
            ).all()
            == [("Rossi",)] * 1500
        )
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
