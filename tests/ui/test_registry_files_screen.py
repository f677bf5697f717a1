"""The reports page says what the command line says: import warnings with their place,
a systematic error summed up, and CSV separated as the desk's spreadsheets expect."""

from __future__ import annotations

import csv
import datetime as dt

from deskapp.models.identifiers import encode_codice_fiscale
from deskapp.services import persons
from tests.conftest import person_data

HEADER = "desk;family_name;given_name;employment_status;codice_fiscale;consent_legal_basis;consent_notice_version"
OLD_PLACE_CF = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "M376")


def _run(qtbot, task):
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass


def test_an_import_shows_its_warnings(qtbot, coordinator_window, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(
        f"{HEADER}\nAntenna Genova;Rossi;Mario;laid_off;{OLD_PLACE_CF};public_task;2026-01\n",
        encoding="utf-8",
    )
    page = coordinator_window.reports
    _run(qtbot, page.import_people(path))
    text = page.result.text()
    assert "1 people imported" in text and "1 warning" in text
    assert "line 2, codice_fiscale: warning: The birthplace code M376" in text


def test_a_systematic_error_is_summed_up_on_the_screen(qtbot, coordinator_window, tmp_path):
    lines = [HEADER] + [
        f"Antenna Livorno;Rossi;Mario{i};laid_off;;public_task;2026-01" for i in range(120)
    ]
    path = tmp_path / "p.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = coordinator_window.reports
    _run(qtbot, page.import_people(path))
    text = page.result.text()
    assert text.count("no desk is called 'Antenna Livorno'") == 51  # 50 listed, 1 summed up
    assert "70 rows, desk: no desk is called 'Antenna Livorno'" in text


def test_csv_is_separated_as_the_desks_spreadsheets_expect(
    qtbot, coordinator_window, db, coordinator, tmp_path
):
    persons.create_person(db, coordinator, person_data())
    page = coordinator_window.reports
    # An Italian desk: a semicolon, unless the coordinator chooses otherwise.
    assert page.export_delimiter.currentData() == ";"
    _run(qtbot, page.export(tmp_path / "semicolon.csv"))
    with (tmp_path / "semicolon.csv").open(encoding="utf-8-sig", newline="") as handle:
        row = next(csv.DictReader(handle, delimiter=";"))
    assert row["family_name"] == "Rossi"
    page.export_delimiter.setCurrentIndex(page.export_delimiter.findData(","))
    _run(qtbot, page.export(tmp_path / "comma.csv"))
    with (tmp_path / "comma.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["family_name"] == "Rossi"
