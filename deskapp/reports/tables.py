"""Writing a table to CSV or .xlsx, safely and in a stream.

CSV is text for spreadsheets: UTF-8 with a BOM (so Excel on Windows reads accented
names right), separated by semicolons or commas: Italian and French Excel split a CSV
on semicolons, and open a comma file as one column. Text that a spreadsheet would run
as a formula is neutralised with an apostrophe (see deskapp.cells).

An .xlsx is typed instead: text is a string cell (never a formula, whatever it starts
with, and with no apostrophe to show), dates are dates with a date format, amounts are
numbers with a currency format, codes (codice fiscale, postal code, phone) text.
``import persons`` reads both, and the workbook says it is typed (a custom document
property), so the reader knows an apostrophe there is the data's own.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from deskapp.cells import FORMULA_STARTS, TYPED_CELLS, neutralise, xml_text
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.services.registry_rows import cell as cell_text

FORMATS = ("csv", "xlsx")
DELIMITERS = (";", ",")
DATE_FORMAT = "DD/MM/YYYY"
MOMENT_FORMAT = "DD/MM/YYYY HH:MM"
# Grouped, two decimals, the euro sign after: Excel shows the separators of its locale.
MONEY_FORMAT = '#,##0.00 "€"'
DECIMAL_FORMAT = "#,##0.00"  # hours
TEXT_FORMAT = "@"

PROGRESS_EVERY = 2000  # rows between two progress reports


def format_for(path: Path, requested: str | None) -> str:
    fmt = (requested or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "Unknown export format '{format}': use csv or xlsx."),
            format=fmt,
        )
    return fmt


def delimiter_for(language: str, requested: str | None = None) -> str:
    """The CSV separator: the one asked for, or the one the desk's spreadsheets expect
    (a semicolon where the decimal sign is a comma: Italian and French)."""
    if requested:
        if requested not in DELIMITERS:
            raise DeskappError(
                QT_TRANSLATE_NOOP("Error", "Unknown CSV separator '{delimiter}': use ; or ,"),
                delimiter=requested,
            )
        return requested
    return "," if language == "en" else ";"


def csv_writer(handle: Any, delimiter: str) -> Any:
    return csv.writer(handle, delimiter=delimiter)


def typed_cell(sheet: Any, value: Any, money: bool = True) -> Any:
    """A write-only cell holding ``value`` with its type and number format; a Decimal
    is an amount of euros (``money``) or of something else (hours)."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        text = xml_text(value)
        c = WriteOnlyCell(sheet, value=text)
        c.data_type = "s"  # never a formula, whatever the text
        c.number_format = TEXT_FORMAT  # and still text when edited in the spreadsheet
        if text.startswith(FORMULA_STARTS):
            c.quotePrefix = True  # what Excel sets when a person types '=...
        return c
    c = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.datetime):
        c.number_format = MOMENT_FORMAT
    elif isinstance(value, dt.date):
        c.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        c.number_format = MONEY_FORMAT if money else DECIMAL_FORMAT
    return c


_NOT_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def sheet_name(label: str, used: set[str]) -> str:
    """A worksheet's name from a short label: without the characters Excel refuses,
    within its 31 characters (cut between words, should a translation be long), and
    unlike the names already ``used`` (which it joins)."""
    name = " ".join(label.translate(_NOT_IN_SHEET_NAMES).split()).strip("'") or "-"
    if len(name) > 31:
        cut = name[:32].rsplit(" ", 1)[0] if " " in name[:32] else name[:31]
        name = cut.rstrip(" ,;-")
    base, number = name, 2
    while name.casefold() in {u.casefold() for u in used}:
        suffix = f" {number}"
        name, number = base[: 31 - len(suffix)] + suffix, number + 1
    used.add(name)
    return name


def mark_typed(workbook: Any) -> None:
    """Say in the workbook that its text cells carry no formula guard."""
    from openpyxl.packaging.custom import StringProperty

    workbook.custom_doc_props.append(StringProperty(name=TYPED_CELLS, value="1"))


def write_table(
    path: Path,
    fmt: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    sheet_title: str = "data",
    progress: Callable[[int], None] | None = None,
    delimiter: str = ",",
) -> int:
    """Write ``rows`` under ``headers``; return the number of data rows written.

    Writes to a temporary file beside the target and renames it at the end, so an
    interrupted (or cancelled: ``progress`` may raise) export never leaves a
    half-written file under the real name.
    """
    tick = progress or (lambda written: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        if fmt == "csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv_writer(handle, delimiter)
                writer.writerow(headers)
                for row in rows:
                    writer.writerow([neutralise(cell_text(v)) for v in row])
                    count += 1
                    if count % PROGRESS_EVERY == 0:
                        tick(count)
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            mark_typed(workbook)
            sheet = workbook.create_sheet(sheet_title[:31])
            sheet.append([typed_cell(sheet, h) for h in headers])
            for row in rows:
                sheet.append([typed_cell(sheet, v) for v in row])
                count += 1
                if count % PROGRESS_EVERY == 0:
                    tick(count)
            workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count
