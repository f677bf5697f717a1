"""What every deskapp PDF shares: the desk's letterhead, the title and scope, the
generation date and "page N of M" on every page, in the desk's language.

Documents are written to a temporary name and renamed when complete, as the exports
are: an interrupted run never leaves a half-written PDF under the real name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from deskapp.i18n import QT_TRANSLATE_NOOP, Catalogue

MARGIN = 18 * mm
SHORT_CELL = 18  # characters that fit any column without wrapping
CELL_PADDING = 6  # ReportLab's default left and right padding of a table cell
HEADER_COLOUR = colors.HexColor("#33475b")
RULE_COLOUR = colors.HexColor("#b0b7bf")


@dataclass(frozen=True)
class Letterhead:
    desk: str
    organisation: str
    title: str
    scope: str  # whom or what the document is about
    generated: dt.datetime
    logo: Path | None = None  # the desk's image, drawn at the top left when given


def styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=base["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5
    )
    return {
        "title": ParagraphStyle(
            "title",
            parent=base["Title"],
            fontSize=17,
            leading=21,
            alignment=0,
            spaceAfter=2 * mm,
            textColor=HEADER_COLOUR,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontSize=12,
            leading=15,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            textColor=HEADER_COLOUR,
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "small": ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555")
        ),
        "right": ParagraphStyle(
            "right", parent=body, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
    }


def escape(text: object) -> str:
    """Text for a Paragraph, which reads a little XML: &, < and > must be escaped."""
    return (
        str(text if text is not None else "")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br/>")
    )


LABEL_WIDTH = 55 * mm  # the label column of a fields table


def fields_table(rows: Sequence[tuple[str, object]], st: dict[str, ParagraphStyle]) -> Table:
    """Label / value pairs, two columns."""

    def value_cell(value: object) -> object:
        text = "" if value is None else str(value)
        return text if len(text) <= 60 and "\n" not in text else Paragraph(escape(text), st["cell"])

    size, leading = st["cell"].fontSize, st["cell"].leading

    def label_cell(label: object) -> object:
        # A plain string never wraps: a long label ("Comment la personne a connu
        # l'antenne") would run into its value.
        text = str(label)
        if stringWidth(text, "Helvetica-Bold", size) <= LABEL_WIDTH - 2 * CELL_PADDING:
            return text
        return Paragraph(f"<b>{escape(text)}</b>", st["cell"])

    data = [[label_cell(label), value_cell(value)] for label, value in rows]
    table = Table(data, colWidths=[LABEL_WIDTH, A4[0] - 2 * MARGIN - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), "Helvetica-Bold", size, leading),
                ("FONT", (1, 0), (1, -1), "Helvetica", size, leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_COLOUR),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    st: dict[str, ParagraphStyle],
    widths: Sequence[float | None] | None = None,
    numeric: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
) -> Table:
    """A table with a header row repeated on every page; ``numeric`` columns right-aligned,
    ``bold_rows`` (indexes into ``rows``, -1 for the last) in bold: totals."""

    size = st["cell"].fontSize

    def fits(text: str, column: int) -> bool:
        # A plain string is drawn on one line and never wraps, but it costs a tenth of a
        # Paragraph (which parses markup and breaks lines): most cells are short.
        if "\n" in text:
            return False
        width = widths[column] if widths else None
        if width is None:
            return len(text) <= SHORT_CELL
        return stringWidth(text, "Helvetica-Bold", size) <= width - 2 * CELL_PADDING

    def cell(value: object, column: int) -> object:
        text = "" if value is None else str(value)
        if fits(text, column):
            return text
        return Paragraph(escape(text), st["right"] if column in numeric else st["cell"])

    data: list[list[Any]] = [
        [
            h
            if fits(h, c)
            else Paragraph(f"<b>{escape(h)}</b>", st["right"] if c in numeric else st["cell"])
            for c, h in enumerate(headers)
        ]
    ]
    data += [[cell(v, c) for c, v in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths) if widths else None, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                (
                    "FONT",
                    (0, 0),
                    (-1, 0),
                    "Helvetica-Bold",
                    st["cell"].fontSize,
                    st["cell"].leading,
                ),
                ("FONT", (0, 1), (-1, -1), "Helvetica", st["cell"].fontSize, st["cell"].leading),
                *[
                    (
                        "FONT",
                        (0, r + 1 if r >= 0 else r),
                        (-1, r + 1 if r >= 0 else r),
                        "Helvetica-Bold",
                        st["cell"].fontSize,
                        st["cell"].leading,
                    )
                    for r in bold_rows
                ],
                *[("ALIGN", (c, 0), (c, -1), "RIGHT") for c in numeric],
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecef")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_COLOUR),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def none_yet(text: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(f"<i>{escape(text)}</i>", st["small"])


def _numbered_canvas(letterhead: Letterhead, cat: Catalogue) -> type[Canvas]:
    """A canvas that waits for the last page to write "page N of M" on each."""
    page_text = cat.text("Report", QT_TRANSLATE_NOOP("Report", "Page %1 of %2"))
    generated_text = cat.text("Report", QT_TRANSLATE_NOOP("Report", "Generated on %1"))

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = A4
            self.saveState()
            left = MARGIN
            if letterhead.logo is not None and letterhead.logo.exists():
                # At most 12 mm high and 30 mm wide, its proportions kept.
                self.drawImage(
                    str(letterhead.logo),
                    MARGIN,
                    height - 17.5 * mm,
                    width=30 * mm,
                    height=12 * mm,
                    preserveAspectRatio=True,
                    anchor="sw",
                    mask="auto",
                )
                left = MARGIN + 32 * mm
            self.setFillColor(HEADER_COLOUR)
            self.setFont("Helvetica-Bold", 9)
            self.drawString(left, height - 12 * mm, letterhead.desk)
            self.setFont("Helvetica", 8)
            self.drawString(left, height - 16 * mm, letterhead.organisation)
            self.drawRightString(width - MARGIN, height - 12 * mm, letterhead.title)
            self.drawRightString(width - MARGIN, height - 16 * mm, letterhead.scope)
            self.setStrokeColor(RULE_COLOUR)
            self.line(MARGIN, height - 18 * mm, width - MARGIN, height - 18 * mm)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.setFillColor(colors.HexColor("#555555"))
            stamp = letterhead.generated.strftime("%d/%m/%Y %H:%M")
            self.drawString(MARGIN, 10 * mm, generated_text.replace("%1", stamp))
            number = self._pageNumber
            self.drawRightString(
                width - MARGIN,
                10 * mm,
                page_text.replace("%1", str(number)).replace("%2", str(total)),
            )
            self.restoreState()

    return NumberedCanvas


def write_pdf(path: Path, letterhead: Letterhead, story: list[Flowable], cat: Catalogue) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A section heading never sits alone at the foot of a page: when less than a few
    # lines are left, it starts the next one.
    story = [
        part
        for flowable in story
        for part in (
            (CondPageBreak(28 * mm), flowable)
            if isinstance(flowable, Paragraph) and flowable.style.name == "h2"
            else (flowable,)
        )
    ]
    partial = path.with_name(path.name + ".partial")
    try:
        document = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=24 * mm,
            bottomMargin=20 * mm,
            title=letterhead.title,
            author=letterhead.desk,
            subject=letterhead.scope,
            creator="deskapp",
        )
        document.build(story, canvasmaker=_numbered_canvas(letterhead, cat))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
