"""Workbook sheets whose rows deskapp writes as XML itself (the coordinator report's
participant sheet, a million cells) read back cell for cell as openpyxl's own would."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from deskapp.reports import tables
from deskapp.reports.tables import StreamedSheet, save_workbook, typed_cell

# What the documents put in cells, and what could go wrong with each.
AWKWARD_ROWS = [
    ["P0a1b2c3d4", "F", "<25", "unemployed", "3-4", "2026-03", "Antenna Genova", "", "yes"],
    ["=SUM(A1:A9)", "+39 320 724 9175", "-", "@home", "\tindented", "\rreturn", "'quoted"],
    [" leading", "trailing ", "  ", "", "a & b <c> d", "Rossi, Verdi & C.", "#N/A"],
    ["note\x0bwith\x0cbreaks\x01", "line\nbreak", "Ştefănescu Łukasz", "محمد", "北京", "\ufffe"],
    ["x" * 40_000, None, "after a gap", None],
    [0, 7, -3, 2.5, 10**12, True, False],
    [Decimal("1234.50"), Decimal("-0.01"), Decimal("0")],
    [dt.date(2026, 1, 1), dt.datetime(2026, 11, 30, 17, 45), dt.date(1999, 12, 31)],
    [],
    ["the same text again", "the same text again", dt.date(2026, 1, 1), 7, "F"],
]


def _cells(path):
    """Every cell of every sheet as a reader gets it: where, value, type and format."""
    book = load_workbook(path)
    return {
        sheet.title: [
            (c.coordinate, c.value, c.data_type, c.number_format, c.quotePrefix)
            for row in sheet.iter_rows()
            for c in row
            if c.value is not None or c.has_style
        ]
        for sheet in book.worksheets
    }


def _cell_by_cell(path, rows, money):
    """The same sheets through openpyxl, a typed cell at a time (how they were made)."""
    book = Workbook(write_only=True)
    tables.mark_typed(book)
    before = book.create_sheet("before")
    before.append([typed_cell(before, "small sheet")])
    sheet = book.create_sheet("rows")
    for row in rows:
        sheet.append([typed_cell(sheet, v, money) for v in row])
    after = book.create_sheet("after")
    after.append([typed_cell(after, dt.date(2026, 5, 1))])
    book.save(path)


def _streamed(path, rows, money):
    book = Workbook(write_only=True)
    tables.mark_typed(book)
    before = book.create_sheet("before")
    before.append([typed_cell(before, "small sheet")])
    sheet = StreamedSheet(book, "rows")
    for row in rows:
        sheet.append(row, money)
    after = book.create_sheet("after")
    after.append([typed_cell(after, dt.date(2026, 5, 1))])
    save_workbook(book, path, [sheet])


def test_streamed_rows_read_back_as_openpyxl_writes_them(tmp_path):
    for money in (True, False):
        expected, actual = tmp_path / f"cells-{money}.xlsx", tmp_path / f"streamed-{money}.xlsx"
        _cell_by_cell(expected, AWKWARD_ROWS, money)
        _streamed(actual, AWKWARD_ROWS, money)
        assert _cells(actual) == _cells(expected)
    rows = _cells(actual)["rows"]
    assert ("A2", "=SUM(A1:A9)", "s", "@", True) in rows  # text, never a formula
    assert ("A5", "x" * 32_767, "s", "@", False) in rows  # cut where Excel cuts
    assert ("B8", dt.datetime(2026, 11, 30, 17, 45), "d", "DD/MM/YYYY HH:MM", False) in rows
    assert ("A7", 1234.5, "n", "#,##0.00", False) in rows  # money=False: hours


def test_a_streamed_sheet_is_the_same_xml_openpyxl_writes(tmp_path):
    """Byte for byte, where openpyxl writes with its own serialiser (not lxml): the
    same styles, the same inline strings, the same row and cell references."""
    from openpyxl import LXML

    expected, actual = tmp_path / "cells.xlsx", tmp_path / "streamed.xlsx"
    _cell_by_cell(expected, AWKWARD_ROWS, True)
    _streamed(actual, AWKWARD_ROWS, True)
    with zipfile.ZipFile(expected) as old, zipfile.ZipFile(actual) as new:
        assert new.namelist() == old.namelist()
        names = ["xl/worksheets/sheet2.xml", "xl/styles.xml"] if not LXML else []
        for name in names:
            assert new.read(name) == old.read(name), name
        assert new.testzip() is None


def test_an_empty_streamed_sheet_is_still_a_sheet(tmp_path):
    book = Workbook(write_only=True)
    sheet = StreamedSheet(book, "empty")
    save_workbook(book, tmp_path / "empty.xlsx", [sheet])
    assert load_workbook(tmp_path / "empty.xlsx")["empty"].max_row == 1
    assert [p.name for p in tmp_path.iterdir()] == ["empty.xlsx"]  # no partial file left


class _CellByCellSheet(StreamedSheet):
    """The coordinator workbook's sheets as they were made before: openpyxl cells."""

    def append(self, values, money=True):
        self.sheet.append([typed_cell(self.sheet, v, money) for v in values])

    def _splice(self, xml, out):
        out.write(xml)


@pytest.fixture
def demo_db(db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=300, seed=5, today=dt.date(2026, 11, 22))
    return db


@pytest.mark.parametrize("language", ["it", "fr"])
def test_the_coordinator_workbook_is_the_one_openpyxl_cells_made(
    demo_db, tmp_path, monkeypatch, language
):
    """Every sheet, participants included, cell for cell: the figures, the labels, the
    types and the formats are those of the workbook made a cell at a time."""
    from deskapp.reports.indicators_report import coordinator_report
    from deskapp.services import indicators
    from deskapp.services.actor import resolve_actor
    from deskapp.services.indicators import Scope

    # The same pseudonyms in both files (each file draws its own key otherwise).
    monkeypatch.setattr(indicators.secrets, "token_bytes", lambda n: b"k" * n)
    actor = resolve_actor(demo_db, "Amministratore demo")
    period = (dt.date(2026, 1, 1), dt.date(2026, 10, 31))

    def workbook(name):
        path = tmp_path / name
        coordinator_report(demo_db, actor, *period, Scope(), path, language=language)
        return _cells(path)

    streamed = workbook("streamed.xlsx")
    with monkeypatch.context() as patch:
        patch.setattr(tables, "StreamedSheet", _CellByCellSheet)
        expected = workbook("cells.xlsx")

    def made_on(cells):
        # The cover's "made on" (B5) is the minute each file was made.
        first = next(iter(cells))
        moment = next(c for c in cells[first] if c[0] == "B5")
        cells[first].remove(moment)
        return moment[1]

    assert abs(made_on(streamed) - made_on(expected)) <= dt.timedelta(minutes=1)
    assert streamed == expected
    participants = list(streamed.values())[-1]
    assert len({c[0][1:] for c in participants}) > 100  # the rows are there
