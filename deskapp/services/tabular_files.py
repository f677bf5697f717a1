"""Reading the rows of a CSV or .xlsx file, whatever office program wrote it.

CSV: comma or semicolon (Italian and French Excel write semicolons), UTF-8 with
or without BOM, or Windows-1252 (older Excel "CSV"). Each row comes with its line
number in the file, so errors can say where to look.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from deskapp.cells import unneutralise
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP


class UnreadableFileError(DeskappError):
    pass


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, cells by header)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFileError(  # pragma: no cover - cp1252 decodes nearly anything
        QT_TRANSLATE_NOOP("Error", "The file is neither UTF-8 nor Windows-1252 text.")
    )


def _read_csv(path: Path) -> Table:
    text = _decode(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        return Table([], [])
    rows = []
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        cells = {h: unneutralise(v) for h, v in zip(headers, values, strict=False)}
        rows.append((reader.line_num, cells))
    return Table(headers, rows)


def _cell_text(value: object) -> str:
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
    return unneutralise(str(value))


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        try:
            headers = [_cell_text(h).strip() for h in next(values)]
        except StopIteration:
            return Table([], [])
        rows = []
        for line, row in enumerate(values, start=2):
            cells = {h: _cell_text(v) for h, v in zip(headers, row, strict=False)}
            if any(c.strip() for c in cells.values()):
                rows.append((line, cells))
        return Table(headers, rows)
    finally:
        workbook.close()


def read_table(path: Path) -> Table:
    if not path.exists():
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Error", "The file {path} does not exist."), path=str(path)
        )
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            return _read_xlsx(path)
        if suffix in (".csv", ".txt"):
            return _read_csv(path)
    except (OSError, ValueError, KeyError) as exc:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Error", "The file {path} cannot be read: {reason}"),
            path=str(path),
            reason=str(exc),
        ) from None
    raise UnreadableFileError(
        QT_TRANSLATE_NOOP("Error", "Only .csv and .xlsx files can be imported, not {suffix}."),
        suffix=suffix or path.name,
    )
