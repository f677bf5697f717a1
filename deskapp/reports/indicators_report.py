"""The coordinator report, as a PDF with charts, an .xlsx workbook or a CSV file.

The figures come from deskapp.services.indicators; this module only lays them out,
in the language asked for (the desk's, for a one-desk report). No names and no codici
fiscali: the workbook's participant sheet carries a pseudonym valid in that file only,
and is left out when small counts are hidden (a row per person would undo it).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph
from sqlalchemy import select

from deskapp.cells import neutralise
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import Desk
from deskapp.models.database import Database
from deskapp.models.enums import DISADVANTAGE_FIELDS, LabelledEnum, Region
from deskapp.paths import desk_logo_path
from deskapp.reports.documents_text import Words
from deskapp.reports.pdf import Letterhead, escape, grid, spacer, styles, write_pdf
from deskapp.services.actor import Actor
from deskapp.services.audit_log import record_export
from deskapp.services.indicators import (
    Indicators,
    Scope,
    Table,
    anonymous_participants,
    coordinator_indicators,
)
from deskapp.services.permissions import Action, require

FORMATS = ("pdf", "xlsx", "csv")
# Tables drawn as a chart beside their figures (first figure column).
CHARTED = ("gender", "age", "employment", "education", "new_by_month", "services")
BAR_COLOUR = colors.HexColor("#4d9de0")


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
        return f"<{suppress_below}"
    if isinstance(value, Decimal):
        return w.amount(value)
    return w.number(int(value))


def _chart(w: Words, table: Table) -> Drawing:
    labels = [_label(w, row[0]) for row in table.rows]
    values = [float(row[1] or 0) for row in table.rows]
    width, height = 170 * mm, 55 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 14 * mm
    chart.width, chart.height = width - 16 * mm, height - 20 * mm
    chart.data = [values]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.valueAxis.valueMin = 0  # from zero: a bar's length is its value
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [label[:18] for label in labels]
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30 if len(labels) > 4 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 4 else "n"
    drawing.add(chart)
    drawing.add(String(12 * mm, height - 4 * mm, w.tr(table.headers[0]), fontSize=7))
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
    scope = report.scope.label or w.tr(QT_TRANSLATE_NOOP("Report", "All desks"))
    story: list[Flowable] = [
        Paragraph(escape(title), st["title"]),
        Paragraph(escape(f"{scope} \u00b7 {period}"), st["body"]),
        spacer(),
        Paragraph(
            escape(
                w.tr(QT_TRANSLATE_NOOP("Report", "Participants (each counted once): %1")).replace(
                    "%1", _figure(w, report.participants, suppress_below)
                )
            ),
            st["h2"],
        ),
    ]
    if suppress_below:
        story.append(
            Paragraph(
                escape(
                    w.tr(
                        QT_TRANSLATE_NOOP(
                            "Report", "Breakdown cells below %1 are hidden and shown as <%1."
                        )
                    ).replace("%1", str(suppress_below))
                ),
                st["small"],
            )
        )
    for table in report.tables:
        headers = [""] + [
            w.enum(h) if isinstance(h, LabelledEnum) else w.tr(h) for h in table.headers
        ]
        rows = [
            [_label(w, row[0]), *[_figure(w, v, suppress_below) for v in row[1:]]]
            for row in table.rows
        ]
        block: list[Flowable] = [
            Paragraph(escape(w.tr(table.title)), st["h2"]),
            grid(headers, rows, st, numeric=tuple(range(1, len(headers)))),
        ]
        if table.key in CHARTED and table.rows:
            block += [spacer(2), _chart(w, table)]
        story.append(KeepTogether(block) if len(rows) < 20 else block[0])
        if len(rows) >= 20:
            story += block[1:]
    letterhead = Letterhead(
        desk=desk[0],
        organisation=desk[1],
        title=title,
        scope=f"{scope} \u00b7 {period}",
        generated=dt.datetime.now(),
        logo=desk_logo_path(report.scope.desk_id) if report.scope.desk_id else None,
    )
    write_pdf(path, letterhead, story, w.cat)


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    return neutralise(value) if isinstance(value, str) else value


def _workbook(db: Database, path: Path, report: Indicators, w: Words, suppress_below: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for table in report.tables:
        name = w.tr(table.title)[:31]
        while name in used:
            name = name[:29] + f"{len(used):02d}"
        used.add(name)
        sheet = workbook.create_sheet(name)
        sheet.append(
            [""] + [w.enum(h) if isinstance(h, LabelledEnum) else w.tr(h) for h in table.headers]
        )
        for row in table.rows:
            sheet.append([_label(w, row[0]), *[_cell(v) for v in row[1:]]])
    if not suppress_below:
        sheet = workbook.create_sheet(w.tr(QT_TRANSLATE_NOOP("Report", "Participants"))[:31])
        sheet.append(
            [
                w.tr(QT_TRANSLATE_NOOP("Report", "Pseudonym")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Gender")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Age band")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Employment status")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Education (ISCED group)")),
                w.tr(QT_TRANSLATE_NOOP("Report", "First contact (month)")),
                w.tr(QT_TRANSLATE_NOOP("Report", "Desk")),
                *[w.cat.text("Field", label) for _name, label in DISADVANTAGE_FIELDS],
            ]
        )
        for p in anonymous_participants(db, report.start, report.end, report.scope):
            sheet.append(
                [
                    p.pseudonym,
                    p.sex.value,
                    p.age_band,
                    p.employment_status.value,
                    p.education_group,
                    p.first_contact_month,
                    neutralise(p.desk),
                    *[d.value if d is not None else "" for d in p.disadvantage],
                ]
            )
    partial = path.with_name(path.name + ".partial")
    try:
        workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _csv(path: Path, report: Indicators, w: Words) -> None:
    """Long format, one figure a line: table, row, column, value."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["table", "row", "column", "value"])
            writer.writerow(["participants", "", "", report.participants])
            for table in report.tables:
                for row in table.rows:
                    key = row[0].value if isinstance(row[0], LabelledEnum) else row[0]
                    for header, value in zip(table.headers, row[1:], strict=True):
                        column = header.value if isinstance(header, LabelledEnum) else header
                        writer.writerow(
                            [
                                table.key,
                                neutralise(str(key)),
                                column,
                                "" if value is None else value,
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
) -> Indicators:
    """Compute the indicators and write them to ``path`` as pdf, xlsx or csv."""
    require(actor, Action.REPORT)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "Unknown report format '{format}': use pdf, xlsx or csv."),
            format=fmt,
        )
    report = coordinator_indicators(db, start, end, scope, suppress_below)
    w = Words(catalogue(language))
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        _pdf(db, path, report, w, suppress_below, desk)
    elif fmt == "xlsx":
        _workbook(db, path, report, w, suppress_below)
    else:
        _csv(path, report, w)
    record_export(
        db,
        actor,
        "coordinator_report",
        report.participants,
        f"{path.name} ({start}..{end}, {scope.label or 'all desks'})",
    )
    return report


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
