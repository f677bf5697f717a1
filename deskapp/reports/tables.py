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

import contextlib
import csv
import datetime as dt
import shutil
import tempfile
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


MAX_CELL_TEXT = 32_767  # characters in a cell: openpyxl cuts there, and so does Excel
STREAM_COMPRESSION = 1  # zlib level of a streamed sheet: level 6 took 4x as long, 20% smaller
_STREAM_FLUSH = 20_000  # pieces of XML rendered between two writes to the spool file


class StreamedSheet:
    """A sheet of a write-only workbook whose rows deskapp writes as XML itself.

    openpyxl builds a cell object, a style lookup and an element tree for every cell
    (about 60,000 cells a second here): the coordinator report's participant sheet, a
    million cells, took 15-50 s. The cells here are the same ones ``typed_cell`` makes
    (text as text in the "@" format, the formula guard's quote prefix, dates and amounts
    with their formats), rendered once per distinct value and spooled to a temporary
    file; ``save_workbook`` puts them in the sheet's part of the saved file. Text is
    written as openpyxl writes it (an inline string, ``xml:space`` kept for edge
    spaces); any other value is rendered by openpyxl itself, once.

    Every row of the sheet goes through ``append`` (none through ``sheet.append``).
    """

    def __init__(self, workbook: Any, title: str) -> None:
        self.sheet = workbook.create_sheet(title)
        self.rows = 0
        self._spool = tempfile.TemporaryFile()
        self._pending: list[str] = []
        self._starts: list[str] = []  # '<c r="A' for each column
        self._text_styles: tuple[str, str] | None = None  # plain, quote-prefixed
        self._texts: dict[str, str] = {}  # text -> its cell after the row number
        self._others: dict[tuple[type, Any, bool], str | None] = {}

    def append(self, values: Sequence[Any], money: bool = True) -> None:
        """One row of typed values (see ``typed_cell``; ``money`` for its Decimals)."""
        self.rows += 1
        row = str(self.rows)
        starts = self._starts
        if len(values) > len(starts):
            from openpyxl.utils import get_column_letter

            starts += [
                f'<c r="{get_column_letter(n)}' for n in range(len(starts) + 1, len(values) + 1)
            ]
        texts = self._texts
        add = self._pending.append
        add(f'<row r="{row}">')
        for start, value in zip(starts, values, strict=False):
            if value.__class__ is str:
                try:
                    tail = texts[value]
                except KeyError:
                    tail = texts[value] = self._text_tail(value)
            else:
                tail = self._other_tail(value, money)
                if tail is None:  # nothing to write: no value, no style
                    continue
            add(start)
            add(row)
            add(tail)
        add("</row>")
        if len(self._pending) >= _STREAM_FLUSH:
            self._flush()

    def _flush(self) -> None:
        self._spool.write("".join(self._pending).encode("utf-8"))
        self._pending.clear()

    def _text_tail(self, value: str) -> str:
        if self._text_styles is None:
            plain, quoted = typed_cell(self.sheet, "a"), typed_cell(self.sheet, "=a")
            self._text_styles = (str(plain.style_id), str(quoted.style_id))
        text = xml_text(value)[:MAX_CELL_TEXT]
        style = self._text_styles[1 if text.startswith(FORMULA_STARTS) else 0]
        if not text:
            return f'" s="{style}" t="inlineStr" />'
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        stripped = text.strip()
        space = ' xml:space="preserve"' if stripped and stripped != text else ""
        return f'" s="{style}" t="inlineStr"><is><t{space}>{escaped}</t></is></c>'

    def _other_tail(self, value: Any, money: bool) -> str | None:
        key = (value.__class__, value, money)
        try:
            return self._others[key]
        except KeyError:
            pass
        except TypeError:  # not hashable: rendered each time
            return self._render(value, money)
        tail = self._others[key] = self._render(value, money)
        return tail

    def _render(self, value: Any, money: bool) -> str | None:
        """The cell openpyxl writes for ``value``, from the quote closing its reference."""
        from io import BytesIO

        from openpyxl.cell._writer import write_cell
        from openpyxl.xml.functions import xmlfile

        cell = typed_cell(self.sheet, value, money)
        if cell.value is None and not cell.has_style:
            return None
        out = BytesIO()
        with xmlfile(out) as xf:
            write_cell(xf, self.sheet, cell, cell.has_style)
        xml = out.getvalue().decode("utf-8")
        start = f'<c r="{cell.coordinate}'
        if not xml.startswith(start + '"'):
            raise RuntimeError(f"unexpected cell from openpyxl: {xml[:40]!r}")
        return xml[len(start) :]

    def _splice(self, xml: bytes, out: Any) -> None:
        """Write the sheet's part ``xml`` (as openpyxl saved it, with no rows) to
        ``out`` with the spooled rows in its sheetData."""
        self._flush()
        for empty in (b"<sheetData></sheetData>", b"<sheetData />", b"<sheetData/>"):
            head, found, tail = xml.partition(empty)
            if found:
                break
        else:
            raise RuntimeError("the sheet's rows were written by openpyxl too")
        out.write(head + b"<sheetData>")
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, out, 1 << 20)
        out.write(b"</sheetData>" + tail)

    def close(self) -> None:
        self._spool.close()


def save_workbook(workbook: Any, path: Path, streamed: Sequence[StreamedSheet] = ()) -> None:
    """Save a write-only ``workbook`` to ``path`` with the rows of its ``streamed``
    sheets, through a temporary name beside it (renamed when complete)."""
    import zipfile
    from io import BytesIO

    partial = path.with_name(path.name + ".partial")
    try:
        if not streamed:
            workbook.save(partial)
        else:
            saved = BytesIO()
            workbook.save(saved)  # every part, the streamed sheets without their rows
            parts = {sheet.sheet.path.lstrip("/"): sheet for sheet in streamed}
            with (
                zipfile.ZipFile(saved) as source,
                zipfile.ZipFile(
                    partial, "w", zipfile.ZIP_DEFLATED, compresslevel=STREAM_COMPRESSION
                ) as target,
            ):
                for info in source.infolist():
                    sheet = parts.get(info.filename)
                    if sheet is None:
                        target.writestr(info.filename, source.read(info))
                        continue
                    with target.open(info.filename, "w") as handle:
                        sheet._splice(source.read(info), handle)
        partial.replace(path)
    finally:
        for sheet in streamed:
            sheet.close()
        partial.unlink(missing_ok=True)


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
            try:
                sheet.append([typed_cell(sheet, h) for h in headers])
                for row in rows:
                    sheet.append([typed_cell(sheet, v) for v in row])
                    count += 1
                    if count % PROGRESS_EVERY == 0:
                        tick(count)
            except BaseException:
                # A failing row (or a cancel) leaves the sheet's row writer open on its
                # temporary file: closed now, not by the garbage collector after the
                # file, which it would report as an error of its own.
                with contextlib.suppress(Exception):
                    sheet.close()
                raise
            workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count
