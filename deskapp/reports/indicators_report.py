"""The coordinator report, as a PDF with charts, an .xlsx workbook or a CSV file.

The figures come from deskapp.services.indicators; this module only lays them out,
in the language asked for (the desk's, for a one-desk report). Each file says what it
counts: the period, the scope, the threshold below which counts are hidden, when it
was made, and under each table what the table counts. All three read the same figures,
hidden cells included (``None``, one mark for every hidden cell, so that the cells
hidden to protect others look like the small ones). No names and no codici fiscali:
the workbook's participant sheet carries a pseudonym valid in that file only, and is
left out when small counts are hidden (a row per person would undo it).
"""

from __future__ import annotations

import csv
import datetime as dt
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy import select

from deskapp.cells import neutralise
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Desk
from deskapp.models.database import Database
from deskapp.models.enums import (
    DISADVANTAGE_FIELDS,
    LabelledEnum,
    Region,
)
from deskapp.paths import desk_logo_path
from deskapp.reports.documents_text import Words
from deskapp.reports.fonts import REGULAR
from deskapp.reports.pdf import (
    Letterhead,
    Paragraph,
    escape,
    fields_table,
    grid,
    spacer,
    styles,
    write_pdf,
)
from deskapp.services.actor import Actor
from deskapp.services.audit_log import record_export
from deskapp.services.indicators import (
    PARTICIPANTS_NOTE,
    Indicators,
    ParticipantRow,
    Scope,
    Table,
    coordinator_indicators,
    indicators_and_participants,
)
from deskapp.services.permissions import Action, require

FORMATS = ("pdf", "xlsx", "csv")
# Tables drawn as a chart beside their figures (first figure column).
CHARTED = ("gender", "age", "employment", "education", "new_by_month", "services")
BAR_COLOUR = colors.HexColor("#4d9de0")
HIDDEN = QT_TRANSLATE_NOOP("Report", "hidden")
CSV_HEADER = ("table", "row", "column", "value", "table_label", "row_label", "column_label")


def _label(w: Words, value: Any) -> str:
    """A row label: an enum value, a marked string (the report's own, or a field's
    name for the disadvantage rows), or a month."""
    if isinstance(value, LabelledEnum):
        return w.enum(value)
    text = str(value)
    translated = w.tr(text)
    return translated if translated != text else w.cat.text("Field", text)


def _figure(w: Words, value: Any, suppress_below: int) -> str:
    if value is None:
        return w.tr(HIDDEN)
    if isinstance(value, Decimal):
        return w.amount(value)
    return w.number(int(value))


def _say(w: Words, text: str, report: Indicators) -> str:
    """A marked sentence or heading, translated, %1 and %2 the period's days."""
    return w.tr(text).replace("%1", w.date(report.start)).replace("%2", w.date(report.end))


def _header(w: Words, header: Any, report: Indicators) -> str:
    return w.enum(header) if isinstance(header, LabelledEnum) else _say(w, header, report)


def _scope_text(w: Words, scope: Scope) -> str:
    if scope.desk_id is not None:
        return w.tr(QT_TRANSLATE_NOOP("Report", "Desk: %1")).replace("%1", scope.label)
    if scope.region is not None:
        return w.tr(QT_TRANSLATE_NOOP("Report", "Region: %1")).replace("%1", w.enum(scope.region))
    return w.tr(QT_TRANSLATE_NOOP("Report", "All desks"))


def _hiding_note(w: Words, report: Indicators) -> str:
    if not report.hidden_below:
        return w.tr(QT_TRANSLATE_NOOP("Report", "Every figure is shown: no count is hidden."))
    return (
        w.tr(
            QT_TRANSLATE_NOOP(
                "Report",
                "Counts of people below %1 are hidden, and so are as many other cells as "
                "it takes that none of them can be worked out from the totals; every "
                "hidden cell reads '%2'.",
            )
        )
        .replace("%1", str(report.hidden_below))
        .replace("%2", w.tr(HIDDEN))
    )


# The labels of what a file counts (the PDF's heading, the workbook's cover).
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
SCOPE = QT_TRANSLATE_NOOP("Report", "Scope")
HIDDEN_BELOW = QT_TRANSLATE_NOOP("Report", "Counts hidden below")
MADE_ON = QT_TRANSLATE_NOOP("Report", "Made on")
PARTICIPANTS = QT_TRANSLATE_NOOP("Report", "Participants (each counted once)")
NONE_HIDDEN = QT_TRANSLATE_NOOP("Report", "none (every figure shown)")


def _chartable(table: Table) -> bool:
    # A hidden cell drawn as a bar of nought would say nought.
    return table.key in CHARTED and bool(table.rows) and all(r[1] is not None for r in table.rows)


def wrapped_label(label: str, width: int = 16, lines: int = 3) -> str:
    """A category label on up to ``lines`` lines of about ``width`` characters, broken
    between words, never inside one ("A rischio di / disoccupazione", not "A rischio di
    disoc"); a label longer still ends with an ellipsis after its last whole word."""
    parts = textwrap.wrap(label, width, break_long_words=False) or [""]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] += "\u2026"
    return "\n".join(parts)


def _chart(w: Words, table: Table) -> Drawing:
    labels = [_label(w, row[0]) for row in table.rows]
    values = [float(row[1] or 0) for row in table.rows]
    width, height = 170 * mm, 62 * mm
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not Helvetica, unembedded
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 21 * mm  # room below for labels of three lines
    chart.width, chart.height = width - 16 * mm, height - 27 * mm
    chart.data = [values]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.valueAxis.valueMin = 0  # from zero: a bar's length is its value
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    # Wrapped between words in the width a bar has (6.5-point text: about 7 characters
    # a centimetre, less a margin).
    per_bar = max(8, int(chart.width / max(len(labels), 1) / mm * 0.7))
    chart.categoryAxis.categoryNames = [wrapped_label(label, per_bar) for label in labels]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    drawing.add(chart)
    drawing.add(
        String(12 * mm, height - 4 * mm, w.tr(table.headers[0]), fontName=REGULAR, fontSize=7)
    )
    return drawing


def _pdf(
    db: Database,
    path: Path,
    report: Indicators,
    w: Words,
    suppress_below: int,
    desk: tuple[str, str],
) -> None:
    st = styles()
    title = w.tr(QT_TRANSLATE_NOOP("Report", "Coordinator report"))
    period = f"{w.date(report.start)} - {w.date(report.end)}"
    scope = _scope_text(w, report.scope)
    total = None if report.participants_hidden else report.participants
    story: list[Flowable] = [
        Paragraph(escape(title), st["title"]),
        fields_table(
            [
                (w.tr(PERIOD), period),
                (w.tr(SCOPE), scope),
                (
                    w.tr(HIDDEN_BELOW),
                    str(report.hidden_below) if report.hidden_below else w.tr(NONE_HIDDEN),
                ),
                (w.tr(MADE_ON), w.moment(report.made_at)),
            ],
            st,
        ),
        spacer(),
        Paragraph(
            escape(
                w.tr(QT_TRANSLATE_NOOP("Report", "Participants (each counted once): %1")).replace(
                    "%1", _figure(w, total, suppress_below)
                )
            ),
            st["h2"],
        ),
        Paragraph(escape(w.tr(PARTICIPANTS_NOTE)), st["small"]),
        Paragraph(escape(_hiding_note(w, report)), st["small"]),
    ]
    for table in report.tables:
        headers = [_say(w, table.row_header, report) if table.row_header else ""] + [
            _header(w, h, report) for h in table.headers
        ]
        rows = [
            [_label(w, row[0]), *[_figure(w, v, suppress_below) for v in row[1:]]]
            for row in table.rows
        ]
        block: list[Flowable] = [
            Paragraph(escape(w.tr(table.title)), st["h2"]),
            grid(headers, rows, st, numeric=tuple(range(1, len(headers)))),
            *[Paragraph(escape(_say(w, note, report)), st["small"]) for note in table.notes],
        ]
        if _chartable(table):
            block += [spacer(2), _chart(w, table)]
        story.append(KeepTogether(block) if len(rows) < 20 else block[0])
        if len(rows) >= 20:
            story += block[1:]
    letterhead = Letterhead(
        desk=desk[0],
        organisation=desk[1],
        title=title,
        scope=f"{scope} \u00b7 {period}",
        generated=report.made_at,
        logo=desk_logo_path(report.scope.desk_id) if report.scope.desk_id else None,
    )
    write_pdf(path, letterhead, story, w.cat)


# Each table's sheet, named by a short label of its own (Excel allows 31 characters;
# a title cut there would stop mid-word); the full title is the sheet's first row.
SHEET_NAMES = {
    "gender": QT_TRANSLATE_NOOP("Report", "Gender"),
    "age": QT_TRANSLATE_NOOP("Report", "Age"),
    "employment": QT_TRANSLATE_NOOP("Report", "Employment"),
    "education": QT_TRANSLATE_NOOP("Report", "Education"),
    "disadvantage": QT_TRANSLATE_NOOP("Report", "Disadvantage"),
    "new_by_month": QT_TRANSLATE_NOOP("Report", "New by month"),
    "services": QT_TRANSLATE_NOOP("Report", "Services"),
    "projects": QT_TRANSLATE_NOOP("Report", "Projects"),
    "movements": QT_TRANSLATE_NOOP("Report", "Stage movements"),
    "enterprises": QT_TRANSLATE_NOOP("Report", "Enterprises"),
    "follow_up": QT_TRANSLATE_NOOP("Report", "Follow-up"),
    "funding": QT_TRANSLATE_NOOP("Report", "Funding"),
    "placements": QT_TRANSLATE_NOOP("Report", "In employment"),
}
ABOUT = QT_TRANSLATE_NOOP("Report", "About this report")
PARTICIPANTS_SHEET = QT_TRANSLATE_NOOP("Report", "Participants")
PARTICIPANTS_TITLE = QT_TRANSLATE_NOOP(
    "Report", "Participants, each under a pseudonym drawn for this file only"
)
# Above this many participants their rows go to a CSV file beside the workbook, and the
# sheet says where: a national registry's 765,000 rows took 20 s of processor time as
# cells (the whole report has 5 s), a sheet holds at most 1,048,576 rows, and a
# spreadsheet opens a sheet of a hundred thousand rows slowly already.
PARTICIPANT_SHEET_ROWS = 100_000
PARTICIPANTS_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Report",
    "The %1 participants are listed in the file %2, beside this workbook, one a line, "
    "with the columns below: more than %3 rows are too many for a sheet.",
)


def participants_file(path: Path) -> Path:
    """Where the participant rows of the workbook ``path`` go when they are too many for
    a sheet: beside it, named after it."""
    return path.with_name(f"{path.stem}-participants.csv")


def participants_written_beside(
    path: Path, fmt: str | None, report: Indicators, suppress_below: int = 0
) -> Path | None:
    """The file ``coordinator_report`` wrote the participant rows to, beside the
    workbook ``path``, when they were too many for its sheet; None when they are on
    the sheet (or there is no participant sheet): for the command and the window to
    say there are two files."""
    from deskapp.reports.tables import format_for

    if format_for(path, fmt) != "xlsx" or suppress_below:
        return None
    return participants_file(path) if report.participants > PARTICIPANT_SHEET_ROWS else None


def _cell(value: Any) -> Any:
    """A figure or label as a typed workbook value: enums as their code, text as text."""
    if isinstance(value, LabelledEnum):
        return value.value
    return value


def _workbook(
    path: Path,
    report: Indicators,
    w: Words,
    participants: list[ParticipantRow] | None,
    delimiter: str = ";",
) -> None:
    """The workbook: a cover, a sheet per table and, unless small counts are hidden
    (``participants`` is None then), a row per participant: on a sheet, or when they
    are more than PARTICIPANT_SHEET_ROWS in a CSV file beside the workbook
    (``participants_file``, separated by ``delimiter``), which the sheet and the cover
    name."""
    from openpyxl import Workbook

    from deskapp.reports.tables import StreamedSheet, mark_typed, save_workbook, sheet_name

    workbook = Workbook(write_only=True)
    mark_typed(workbook)
    used: set[str] = set()
    # Every sheet's cells are typed (deskapp.reports.tables.typed_cell: text as text,
    # a desk's name without the control characters a worksheet refuses, dates as
    # dates), written by StreamedSheet: openpyxl's cell objects made the participant
    # sheet, a million cells, take 15-50 s.
    sheets: list[StreamedSheet] = []

    def new_sheet(label: str) -> StreamedSheet:
        sheets.append(StreamedSheet(workbook, sheet_name(label, used)))
        return sheets[-1]

    def row_of(values: list[Any]) -> list[Any]:
        return [_cell(v) for v in values]

    hidden = w.tr(HIDDEN)
    cover = new_sheet(w.tr(ABOUT))
    # Wide enough for the labels and a date with its time: a column left at the default
    # width shows a date as "###" in Excel and LibreOffice.
    for column, width in (("A", 34), ("B", 20), ("C", 14)):
        cover.sheet.column_dimensions[column].width = width
    cover.append(row_of([w.tr(QT_TRANSLATE_NOOP("Report", "Coordinator report"))]))
    cover.append(row_of([w.tr(PERIOD), report.start, report.end]))
    cover.append(row_of([w.tr(SCOPE), _scope_text(w, report.scope)]))
    cover.append(row_of([w.tr(HIDDEN_BELOW), report.hidden_below or w.tr(NONE_HIDDEN)]))
    cover.append(row_of([w.tr(MADE_ON), report.made_at.replace(second=0, microsecond=0)]))
    cover.append(
        row_of([w.tr(PARTICIPANTS), hidden if report.participants_hidden else report.participants])
    )
    cover.append([])
    cover.append(row_of([w.tr(PARTICIPANTS_NOTE)]))
    cover.append(row_of([_hiding_note(w, report)]))
    elsewhere = participants is not None and len(participants) > PARTICIPANT_SHEET_ROWS
    if elsewhere:
        where = (
            w.tr(PARTICIPANTS_ELSEWHERE)
            .replace("%1", w.number(len(participants or ())))
            .replace("%2", participants_file(path).name)
            .replace("%3", w.number(PARTICIPANT_SHEET_ROWS))
        )
        cover.append(row_of([where]))
    for table in report.tables:
        label = SHEET_NAMES.get(table.key, table.title)
        sheet = new_sheet(w.tr(label))
        money = table.key == "funding"
        sheet.append(row_of([w.tr(table.title)]))
        sheet.append(
            row_of(
                [_say(w, table.row_header, report) if table.row_header else ""]
                + [_header(w, h, report) for h in table.headers]
            )
        )
        for row in table.rows:
            sheet.append(
                row_of([_label(w, row[0]), *[hidden if v is None else v for v in row[1:]]]),
                money,
            )
        if table.notes:
            sheet.append([])
            for note in table.notes:
                sheet.append(row_of([_say(w, note, report)]))
    if participants is not None:
        sheet = new_sheet(w.tr(PARTICIPANTS_SHEET))
        sheet.append(row_of([w.tr(PARTICIPANTS_TITLE)]))
        columns = [
            w.tr(QT_TRANSLATE_NOOP("Report", "Pseudonym")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Gender")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Age band")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Employment status")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Education (ISCED group)")),
            w.tr(QT_TRANSLATE_NOOP("Report", "First contact (month)")),
            w.tr(QT_TRANSLATE_NOOP("Report", "Desk")),
            *[w.cat.text("Field", label) for _name, label in DISADVANTAGE_FIELDS],
        ]
        if elsewhere:
            sheet.append(row_of([where]))
            sheet.append(row_of(columns))
            _participants_csv(participants_file(path), columns, participants, delimiter)
        else:
            sheet.append(row_of(columns))
            for row in participants:  # codes already, as the sheet shows them
                sheet.append(row)
    try:
        save_workbook(workbook, path, sheets)
    except BaseException:
        if elsewhere:  # the rows of a workbook that is not there would be a stray file
            participants_file(path).unlink(missing_ok=True)
        raise


def _participants_csv(
    path: Path, columns: list[str], rows: list[ParticipantRow], delimiter: str
) -> None:
    """The participant rows as a CSV file (UTF-8 with a BOM, as deskapp's other CSVs),
    the sheet's column titles first, written whole under a temporary name and then
    renamed. Every field is a code but the desk's name, neutralised as any text a
    spreadsheet could run."""
    desks: dict[str, str] = {}
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow([neutralise(c) for c in columns])
            for row in rows:
                desk = row[6]
                safe = desks.get(desk)
                if safe is None:
                    safe = desks[desk] = neutralise(desk)
                writer.writerow(row if safe is desk else (*row[:6], safe, *row[7:]))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _csv(path: Path, report: Indicators, w: Words, delimiter: str) -> None:
    """Long format, one figure a line: table, row and column as stable codes, the
    value (empty when hidden), then the same three as labels in the report's language.
    The first lines (table ``report``) say what the file counts; then the participant
    total (table ``participants``, no row or column)."""
    about = w.tr(ABOUT)
    meta = [
        ("period_start", report.start.isoformat(), QT_TRANSLATE_NOOP("Report", "Period start")),
        ("period_end", report.end.isoformat(), QT_TRANSLATE_NOOP("Report", "Period end")),
        ("scope", _scope_ids(report.scope), SCOPE),
        ("scope_name", neutralise(_scope_text(w, report.scope)), SCOPE),
        ("hide_below", str(report.hidden_below), HIDDEN_BELOW),
        ("made_at", report.made_at.astimezone().isoformat(), MADE_ON),
    ]
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(CSV_HEADER)
            for code, value, label in meta:
                writer.writerow(["report", code, "", value, about, w.tr(label), ""])
            writer.writerow(
                [
                    "participants",
                    "",
                    "",
                    "" if report.participants_hidden else report.participants,
                    w.tr(PARTICIPANTS),
                    "",
                    "",
                ]
            )
            for table in report.tables:
                title = w.tr(table.title)
                labels = [_header(w, h, report) for h in table.headers]
                for code, row in zip(table.codes, table.rows, strict=True):
                    label = _label(w, row[0])
                    for column, heading, value in zip(table.columns, labels, row[1:], strict=True):
                        writer.writerow(
                            [
                                table.key,
                                neutralise(code),
                                column,
                                "" if value is None else value,
                                neutralise(title),
                                neutralise(label),
                                neutralise(heading),
                            ]
                        )
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def coordinator_report(
    db: Database,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    scope: Scope,
    path: Path,
    fmt: str | None = None,
    language: str = "it",
    suppress_below: int = 0,
    desk: tuple[str, str] = ("deskapp", ""),
    delimiter: str | None = None,
) -> Indicators:
    """Compute the indicators and write them to ``path`` as pdf, xlsx or csv (separated
    by ``delimiter``, by default as the language's spreadsheets expect)."""
    require(actor, Action.REPORT)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "Unknown report format '{format}': use pdf, xlsx or csv."),
            format=fmt,
        )
    participants = None
    if fmt == "xlsx" and not suppress_below:
        # The participant sheet's rows, and the breakdowns counted from them: the
        # participants are read once, with the other figures.
        report, participants = indicators_and_participants(db, start, end, scope)
    else:
        report = coordinator_indicators(db, start, end, scope, suppress_below)
    w = Words(catalogue(language))
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        _pdf(db, path, report, w, suppress_below, desk)
    elif fmt == "xlsx":
        from deskapp.reports.tables import delimiter_for

        _workbook(path, report, w, participants, delimiter_for(language, delimiter))
    else:
        from deskapp.reports.tables import delimiter_for

        _csv(path, report, w, delimiter_for(language, delimiter))
    record_export(
        db,
        actor,
        "coordinator_report",
        report.participants,
        note=f"{fmt}, {start}..{end}, {_scope_ids(scope)}",
    )
    return report


def _scope_ids(scope: Scope) -> str:
    """The scope as the trail keeps it: ids and codes, not names."""
    if scope.desk_id is not None:
        return f"desk {scope.desk_id}"
    return f"region {scope.region.value}" if scope.region is not None else "all desks"


@dataclass(frozen=True)
class ReportScope:
    """Whom a coordinator report covers, and how it is written: the language and the
    letterhead of the desk (one desk), or of the first desk of the region or database."""

    scope: Scope
    language: str
    letterhead: tuple[str, str]  # desk name, organisation
    desk_id: int | None = None  # for the logo of a one-desk report


def resolve_scope(
    db: Database, desk_id: int | None = None, region: Region | None = None
) -> ReportScope:
    with db.read() as s:
        desks = list(s.scalars(select(Desk).order_by(Desk.id)))
    if desk_id is not None:
        desk = next((d for d in desks if d.id == desk_id), None)
        if desk is None:
            raise DeskappError(
                QT_TRANSLATE_NOOP("Error", "No desk is called '{name}'."), name=desk_id
            )
        return ReportScope(
            Scope(desk_id=desk.id, label=desk.name),
            desk.language.value,
            (desk.name, desk.organisation),
            desk.id,
        )
    chosen = [d for d in desks if region is None or d.region is region]
    language = chosen[0].language.value if chosen else "it"
    if region is not None:
        return ReportScope(Scope(region=region, label=region.label), language, ("deskapp", ""))
    return ReportScope(Scope(), language, ("deskapp", ""))
