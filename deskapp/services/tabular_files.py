"""Reading the rows of a CSV or .xlsx file, whatever office program wrote it.

CSV: comma or semicolon (Italian and French Excel write semicolons), UTF-8 with
or without BOM, or Windows-1252 (older Excel "CSV"). .xlsx: typed cells, or the text
cells with an apostrophe before a formula sign that deskapp wrote before.

Whatever the file really holds (nothing, a PDF under another name, a zip of photos,
binary data), the reader answers with one sentence naming the file, never a traceback.

Rows are numbered as the person will look for them: a CSV row by the line it starts on
(and its record number, once a quoted cell has spanned lines), a workbook row by its
row number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from deskapp.cells import TYPED_CELLS, unneutralise
from deskapp.errors import DeskappError, Places
from deskapp.i18n import QT_TRANSLATE_NOOP


class UnreadableFileError(DeskappError):
    pass


# One row of a file: (the line it starts on in a text file, or its row in a workbook;
# its cells in the order of the headers, as text, the CSV formula guard taken off).
Row = tuple[int, list[str]]


@dataclass(frozen=True)
class CsvRows:
    """A run of consecutive records of a CSV file, kept as their text: split into cells
    where they are checked (an import's worker process), so the process that reads the
    file only finds where each record starts. Iterating gives the rows with something
    in them, numbered by the line each starts on."""

    text: str
    first_line: int
    delimiter: str

    def __iter__(self) -> Iterator[Row]:
        _allow_cells_of(self.text)
        reader = csv.reader(io.StringIO(self.text, newline=""), delimiter=self.delimiter)
        first = starts = self.first_line
        for values in reader:
            line, starts = starts, first + reader.line_num
            if "".join(values).strip():  # a row of blank cells is no row
                yield line, [unneutralise(v) if v[:1] == "'" else v for v in values]


@dataclass(frozen=True)
class CellRows:
    """Rows already split into cells (a workbook's)."""

    rows: list[Row]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)


@dataclass
class Table:
    headers: list[str]
    # The rows, in file order, in batches of about BATCH rows (picklable: each batch can
    # be checked in another process).
    batches: list[CsvRows | CellRows]
    count: int  # rows with something in them
    places: Places = field(default_factory=Places)

    def rows(self) -> Iterator[Row]:
        for batch in self.batches:
            yield from batch


# A registry of 100,000 people is about 40 MB as CSV; far beyond that the file is
# not a registry, and reading it whole would only fill the memory.
MAX_FILE_MB = 200
BATCH = 5_000  # rows a batch (Table.batches)

# Control characters other than tab, CR and LF have no business in the column names:
# a first line holding them is binary data, not text.
_BINARY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

EMPTY = QT_TRANSLATE_NOOP("Error", "The file {name} is empty.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Error", "The file {name} is larger than {limit} MB: split it into smaller files."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Error",
    "The file {name} is not a text file in UTF-8 or Windows-1252: save the table as "
    "CSV UTF-8 or as an Excel workbook (.xlsx).",
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Error",
    "The file {name} is not an Excel workbook (.xlsx), or it is damaged: open it in its "
    "program and save it again as .xlsx or CSV UTF-8.",
)
# What a file is, told by its first bytes: the words for a file that is not what
# its name says.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"%PDF",
        QT_TRANSLATE_NOOP(
            "Error",
            "The file {name} is a PDF document, not a spreadsheet: export the table as "
            ".xlsx or CSV from the program that made it.",
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP(
            "Error",
            "The file {name} is an old Excel (.xls) or other Office file: save it as "
            ".xlsx or CSV UTF-8.",
        ),
    ),
    *(
        (
            bom,
            QT_TRANSLATE_NOOP(
                "Error",
                "The file {name} is UTF-16 text (Excel's 'Unicode text'): save it as "
                "CSV UTF-8 instead.",
            ),
        )
        for bom in (b"\xff\xfe", b"\xfe\xff")
    ),
)
_ZIP = b"PK\x03\x04"
ZIP_NOT_CSV = QT_TRANSLATE_NOOP(
    "Error",
    "The file {name} is a zip archive (perhaps an Excel workbook), not CSV text: "
    "a workbook must end in .xlsx.",
)


def _refuse(template: str, path: Path, **params: object) -> UnreadableFileError:
    return UnreadableFileError(template, name=path.name, **params)


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(NOT_TEXT, path)


def _allow_cells_of(text: str) -> None:
    """The csv module refuses a cell over 128 KiB with csv.Error; let it read any cell
    of ``text``, so an overlong one is refused as "too long" against its field. Only
    ever raised (the limit is process-wide): never lowered under another reader."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))


class _Lines:
    """The lines of a text for a csv.reader that reads one record when asked: from the
    line handed to it (``first``) on, through the lines that record spans."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.first: str | None = None
        self.more: list[str] = []  # the lines read after ``first``

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.first is not None:
            line, self.first = self.first, None
            return line
        line = next(self.lines)
        self.more.append(line)
        return line


def _read_csv(path: Path, raw: bytes, batch: int) -> Table:
    text = _decode(raw, path)
    del raw
    if not text.strip():
        raise _refuse(EMPTY, path)
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]
    if _BINARY.search(first_line):
        raise _refuse(NOT_TEXT, path)
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    _allow_cells_of(text)
    # The lines as the csv module reads them (ends: \n, \r\n or \r). A line without a
    # quote is one whole record; a record that has a quote is read by csv.reader itself,
    # since a quoted cell may hold line breaks (the record then spans lines, and the
    # records that follow no longer start on the line of their number).
    lines = iter(io.StringIO(text, newline=""))
    feed = _Lines(lines)
    reader = csv.reader(feed, delimiter=delimiter)

    def whole_record(line: str) -> tuple[list[str], list[str]]:
        """(the record's cells, its lines) of the record that starts with ``line``."""
        feed.first, feed.more = line, []
        try:
            return next(reader), [line, *feed.more]
        except StopIteration:  # pragma: no cover - a record has at least its own line
            return [], [line]

    try:
        headers = [h.strip() for h in whole_record(next(lines))[0]]
    except StopIteration:  # pragma: no cover - blank text was refused above
        return Table([], [], 0)
    number = 2 + len(feed.more)  # the line the next record starts on
    records: dict[int, int] = {}
    batches: list[CsvRows | CellRows] = []
    parts: list[str] = []
    first = number
    count = in_batch = 0
    for record, line in enumerate(lines, start=2):
        if record != number:
            records[number] = record
        if '"' in line:
            values, spanned = whole_record(line)
            blank = not "".join(values).strip()
            parts.extend(spanned)
            number += len(spanned)
        else:
            blank = not line.replace(delimiter, "").strip()
            parts.append(line)
            number += 1
        if not blank:
            count += 1
            in_batch += 1
            if in_batch == batch:
                batches.append(CsvRows("".join(parts), first, delimiter))
                parts, first, in_batch = [], number, 0
    if in_batch:
        batches.append(CsvRows("".join(parts), first, delimiter))
    return Table(headers, batches, count, Places("line", records))


def _cell_text(value: object, guarded: bool = True) -> str:
    """A workbook cell as the text a CSV would hold. ``guarded``: the workbook may carry
    the CSV formula guard (an apostrophe) in its text, as deskapp wrote it before."""
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unneutralise(str(value)) if guarded else str(value)


def _read_xlsx(path: Path, batch: int) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises whatever its zip and XML parsers raise
        raise _refuse(NOT_A_WORKBOOK, path) from None
    try:
        guarded = not any(p.name == TYPED_CELLS for p in workbook.custom_doc_props.props)
        sheet = workbook.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        try:
            headers = [_cell_text(h, guarded).strip() for h in next(values)]
        except StopIteration:
            raise _refuse(EMPTY, path) from None
        rows: list[Row] = []
        width = len(headers)
        for line, row in enumerate(values, start=2):
            cells = [_cell_text(v, guarded) for v in row[:width]]
            if "".join(cells).strip():
                rows.append((line, cells))
        if not any(headers) and not rows:
            raise _refuse(EMPTY, path)
        batches: list[CsvRows | CellRows] = [
            CellRows(rows[i : i + batch]) for i in range(0, len(rows), batch)
        ]
        return Table(headers, batches, len(rows), Places("row"))
    except UnreadableFileError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet fails only when it is read
        raise _refuse(NOT_A_WORKBOOK, path) from None
    finally:
        workbook.close()


def read_table(path: Path, batch: int = BATCH) -> Table:
    if not path.exists():
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Error", "The file {path} does not exist."), path=str(path)
        )
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv", ".txt"):
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Error", "Only .csv and .xlsx files can be imported, not {suffix}."),
            suffix=suffix or path.name,
        )
    try:
        size = path.stat().st_size
        if size == 0:
            raise _refuse(EMPTY, path)
        if size > MAX_FILE_MB * 1024 * 1024:
            raise _refuse(TOO_LARGE, path, limit=MAX_FILE_MB)
        with path.open("rb") as handle:
            head = handle.read(8)
        for signature, template in _SIGNATURES:
            if head.startswith(signature):
                raise _refuse(template, path)
        if suffix == ".xlsx":
            if not head.startswith(_ZIP):
                raise _refuse(NOT_A_WORKBOOK, path)
            return _read_xlsx(path, batch)
        if head.startswith(_ZIP):
            raise _refuse(ZIP_NOT_CSV, path)
        return _read_csv(path, path.read_bytes(), batch)
    except OSError as exc:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Error", "The file {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from None
