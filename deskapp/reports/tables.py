"""Writing a table to CSV or .xlsx, safely and in a stream.

Text that a spreadsheet would run as a formula is neutralised (see deskapp.cells).
CSV is UTF-8 with a BOM, so Excel on Windows opens accented names correctly, and
comma-separated, which every spreadsheet and ``import persons`` reads.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from deskapp.cells import neutralise, xlsx_text
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

FORMATS = ("csv", "xlsx")


PROGRESS_EVERY = 2000  # rows between two progress reports


def format_for(path: Path, requested: str | None) -> str:
    fmt = (requested or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "Unknown export format '{format}': use csv or xlsx."),
            format=fmt,
        )
    return fmt


def write_table(
    path: Path,
    fmt: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    sheet_title: str = "data",
    progress: Callable[[int], None] | None = None,
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
                writer = csv.writer(handle)
                writer.writerow(headers)
                for row in rows:
                    writer.writerow([neutralise(v) for v in row])
                    count += 1
                    if count % PROGRESS_EVERY == 0:
                        tick(count)
        else:
            from openpyxl import Workbook
            from openpyxl.cell import WriteOnlyCell

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet(sheet_title[:31])
            sheet.append(list(headers))
            for row in rows:
                cells = []
                for value in row:
                    c = WriteOnlyCell(sheet, value=xlsx_text(value))
                    c.data_type = "s"  # never a formula, whatever the text
                    cells.append(c)
                sheet.append(cells)
                count += 1
                if count % PROGRESS_EVERY == 0:
                    tick(count)
            workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count
