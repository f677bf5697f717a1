"""A national registry's participants do not fit a sheet (issue 15): above
PARTICIPANT_SHEET_ROWS the workbook's rows go to a CSV file beside it, which the
workbook names in words; no row is dropped, and the file holds what the sheet would."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from deskapp.reports import indicators_report
from deskapp.reports.indicators_report import coordinator_report, participants_file
from deskapp.services import indicators
from deskapp.services.actor import resolve_actor
from deskapp.services.indicators import Scope

pytestmark = pytest.mark.both_engines

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 10, 31))


@pytest.fixture
def demo(db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=300, seed=5, today=dt.date(2026, 11, 22))
    return db


def _sheet(path, name):
    book = load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book[name].iter_rows(values_only=True)]
    finally:
        book.close()


def test_many_participants_go_to_a_csv_beside_the_workbook(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(indicators.secrets, "token_bytes", lambda n: b"k" * n)
    actor = resolve_actor(demo, "Amministratore demo")
    out = tmp_path / "out"
    on_sheet = out / "sheet.xlsx"
    report = coordinator_report(demo, actor, *PERIOD, Scope(), on_sheet, language="en")
    sheet = _sheet(on_sheet, "Participants")
    columns, rows = sheet[1], sheet[2:]
    assert len(rows) == report.participants > 20
    assert not participants_file(on_sheet).exists()  # few enough: on the sheet

    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 20)
    book = out / "national.xlsx"
    coordinator_report(demo, actor, *PERIOD, Scope(), book, language="en")
    beside = out / "national-participants.csv"
    assert participants_file(book) == beside
    with beside.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=","))
    assert lines[0] == columns
    # Every participant, the same fields as the sheet's (the same pseudonym key here).
    assert lines[1:] == [["" if v is None else str(v) for v in row] for row in rows]

    said = (
        f"The {report.participants:,} participants are listed in the file "
        "national-participants.csv, beside this workbook, one a line, with the columns "
        "below: more than 20 rows are too many for a sheet."
    )
    assert _sheet(book, "Participants") == [sheet[0], [said], columns]
    assert [said] in [row[:1] for row in _sheet(book, "About this report")]
    assert sorted(p.name for p in out.iterdir()) == [
        "national-participants.csv",
        "national.xlsx",
        "sheet.xlsx",
    ]  # nothing partial left


def test_a_workbook_that_fails_leaves_no_participant_file(demo, tmp_path, monkeypatch):
    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 20)
    from deskapp.reports import tables

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(tables, "save_workbook", broken)
    actor = resolve_actor(demo, "Amministratore demo")
    out = tmp_path / "out"
    with pytest.raises(OSError):
        coordinator_report(demo, actor, *PERIOD, Scope(), out / "r.xlsx", language="en")
    assert list(out.iterdir()) == []


def test_the_command_line_says_where_the_participants_went(demo, tmp_path, monkeypatch, capsys):
    """The workbook names the CSV beside it; the command that wrote them says it too, so
    a coordinator who only reads the terminal knows there are two files to send."""
    from deskapp.cli import main

    monkeypatch.setenv("DESKAPP_LANGUAGE", "en")
    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 20)
    book = tmp_path / "national.xlsx"
    args = ["--db", demo.location, "--operator", "Amministratore demo", "report", "indicators"]
    period = ["--from", "2026-01-01", "--to", "2026-10-31", "-o", str(book)]
    capsys.readouterr()
    assert main([*args, *period]) == 0
    said = capsys.readouterr().out
    assert str(participants_file(book)) in said and "beside the workbook" in said
    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 100_000)
    participants_file(book).unlink()
    assert main([*args, *period]) == 0
    assert "beside the workbook" not in capsys.readouterr().out


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_a_desk_name_a_spreadsheet_could_run_or_split_is_written_safe(
    demo, tmp_path, monkeypatch, delimiter
):
    # The rows are written a combination of fields at a time: the desk's name must
    # still be quoted where it holds the separator or quotes, and never start a formula.
    from sqlalchemy import update

    from deskapp.models import Desk

    with demo.write() as s:
        first = s.scalars(select_desk_ids()).first()
        s.execute(update(Desk).where(Desk.id == first).values(name='=SUM(1;2), "Est"'))
    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 20)
    book = tmp_path / "national.xlsx"
    actor = resolve_actor(demo, "Amministratore demo")
    language = "it" if delimiter == ";" else "en"  # the reader's separator
    report = coordinator_report(demo, actor, *PERIOD, Scope(), book, language=language)
    with participants_file(book).open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=delimiter))
    assert len(lines) == report.participants + 1
    assert {len(line) for line in lines} == {len(lines[0])}
    desks = {line[6] for line in lines[1:]}
    assert '\'=SUM(1;2), "Est"' in desks, desks


def select_desk_ids():
    from sqlalchemy import select

    from deskapp.models import Desk

    return select(Desk.id).order_by(Desk.id)
