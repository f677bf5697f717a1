"""What every deskapp PDF shares: the desk's letterhead, the title and scope, the
generation date and "page N of M" on every page, in the desk's language.

Documents are written to a temporary name and renamed when complete, as the exports
are: an interrupted run never leaves a half-written PDF under the real name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

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
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph

from deskapp.i18n import QT_TRANSLATE_NOOP, Catalogue
from deskapp.reports.fonts import (
    BOLD,
    REGULAR,
    needs_shaping,
    register_fonts,
    visual,
    with_fallback,
)

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
    """The documents' paragraph styles, in DejaVu Sans (deskapp.reports.fonts)."""
    return dict(_styles())


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    # Made once per process: a batch of dossiers asked for them a thousand times. The
    # same style objects also let a paragraph's parsed markup be kept (_parsed).
    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "body",
        parent=base["BodyText"],
        fontName=REGULAR,
        fontSize=9.5,
        leading=12.5,
    )
    return {
        "title": ParagraphStyle(
            "title",
            parent=base["Title"],
            fontName=BOLD,
            fontSize=17,
            leading=21,
            alignment=0,
            spaceAfter=2 * mm,
            textColor=HEADER_COLOUR,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName=BOLD,
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


class Paragraph(_Paragraph):
    """ReportLab's Paragraph, shaped by HarfBuzz when its text needs it (Arabic letters
    join, Hebrew marks sit on their letters). Only then: shaping every paragraph would
    make a document take twice as long."""

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any):
        if style is not None and not getattr(style, "shaping", 0) and needs_shaping(text):
            style = _shaped(style)
        if style is not None and not args and not kwargs and not getattr(style, "shaping", 0):
            parsed = _parsed(text, style)
            if parsed is not None:
                super().__init__(parsed[0], style, frags=list(parsed[1]))
                return
        super().__init__(text, style, *args, **kwargs)


@lru_cache(maxsize=2048)
def _parsed(text: str, style: ParagraphStyle) -> tuple[str, tuple[Any, ...]] | None:
    """A paragraph's markup parsed once: the headings, column titles and notes that
    every dossier of a batch repeats (ReportLab's parser was a tenth of a dossier's
    time). The fragments are read, never changed, when a paragraph is laid out and
    drawn. None for markup that sets its own style or bullet: parsed each time."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
    from reportlab.platypus.paraparser import ParaParser

    cleaned = cleanBlockQuotedText(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed_style, frags, bullet = parser.parse(cleaned, style)
    if frags is None or bullet or parsed_style is not style:
        return None
    textTransformFrags(frags, style)
    return cleaned, tuple(frags)


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    """The style's twin with shaping on, made once and kept on the style itself."""
    twin: ParagraphStyle | None = style.__dict__.get("_shaped_twin")
    if twin is None:
        twin = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        style.__dict__["_shaped_twin"] = twin
    return twin


def escape(text: object) -> str:
    """Text for a Paragraph, which reads a little XML: &, < and > must be escaped; a
    right-to-left name is put in the order it is drawn, and letters an italic face lacks
    are drawn upright (deskapp.reports.fonts)."""
    return with_fallback(
        visual(str(text if text is not None else ""))
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    ).replace("\n", "<br/>")


LABEL_WIDTH = 55 * mm  # the label column of a fields table


def fields_table(rows: Sequence[tuple[str, object]], st: dict[str, ParagraphStyle]) -> Table:
    """Label / value pairs, two columns."""

    def value_cell(value: object) -> object:
        text = "" if value is None else str(value)
        if len(text) <= 60 and "\n" not in text and not needs_shaping(text):
            return text
        return Paragraph(escape(text), st["cell"])

    size, leading = st["cell"].fontSize, st["cell"].leading

    def label_cell(label: object) -> object:
        # A plain string never wraps: a long label ("Comment la personne a connu
        # l'antenne") would run into its value.
        text = str(label)
        if (
            not needs_shaping(text)
            and stringWidth(text, BOLD, size) <= LABEL_WIDTH - 2 * CELL_PADDING
        ):
            return text
        return Paragraph(f"<b>{escape(text)}</b>", st["cell"])

    data = [[label_cell(label), value_cell(value)] for label, value in rows]
    table = Table(data, colWidths=[LABEL_WIDTH, A4[0] - 2 * MARGIN - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), BOLD, size, leading),
                ("FONT", (1, 0), (1, -1), REGULAR, size, leading),
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
        # Paragraph (which parses markup and breaks lines): most cells are short. A
        # right-to-left or joined script needs a Paragraph's bidi and shaping.
        if "\n" in text or needs_shaping(text):
            return False
        width = widths[column] if widths else None
        if width is None:
            return len(text) <= SHORT_CELL
        return stringWidth(text, BOLD, size) <= width - 2 * CELL_PADDING

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
                ("FONT", (0, 0), (-1, 0), BOLD, st["cell"].fontSize, st["cell"].leading),
                ("FONT", (0, 1), (-1, -1), REGULAR, st["cell"].fontSize, st["cell"].leading),
                *[
                    (
                        "FONT",
                        (0, r + 1 if r >= 0 else r),
                        (-1, r + 1 if r >= 0 else r),
                        BOLD,
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
            # The canvas starts in DejaVu Sans: started in Helvetica, it would list that
            # font, unembedded, in every PDF even where no text uses it.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def _text(self, x: float, y: float, text: str, right: bool = False) -> None:
            """A line of the letterhead, ``x`` its left end (its right end if ``right``)
            and ``y`` its baseline."""
            if not needs_shaping(text):
                (self.drawRightString if right else self.drawString)(x, y, text)
                return
            # Right-to-left or joined letters: laid out as a one-line Paragraph, which
            # reorders and shapes them as the body's paragraphs are.
            style = ParagraphStyle(
                "letterhead",
                fontName=self._fontname,
                fontSize=self._fontsize,
                leading=self._fontsize * 1.2,
                textColor=self._fillColorObj,
                alignment=TA_RIGHT if right else 0,
            )
            line = Paragraph(escape(text), style)
            width = A4[0] / 2
            _, height = line.wrap(width, A4[1])
            line.drawOn(self, x - width if right else x, y - height + self._fontsize)

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            describe_for_archiving(self, cat.language)
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
            self.setFont(BOLD, 9)
            self._text(left, height - 12 * mm, letterhead.desk)
            self.setFont(REGULAR, 8)
            self._text(left, height - 16 * mm, letterhead.organisation)
            self._text(width - MARGIN, height - 12 * mm, letterhead.title, right=True)
            self._text(width - MARGIN, height - 16 * mm, letterhead.scope, right=True)
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


# The colour space the documents' RGB colours mean, as PDF/A asks (an "output intent").
SRGB = "sRGB IEC61966-2.1"


@lru_cache(maxsize=1)
def _srgb_profile() -> bytes:
    """An sRGB ICC profile, made by Little CMS through Pillow (ReportLab's own
    dependency): nothing to ship."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _xml(text: object) -> str:
    return xml_escape(str(text or ""), {'"': "&quot;"})


def describe_for_archiving(canvas: Canvas, language: str) -> None:
    """What PDF/A-2b asks beyond embedded fonts, as far as ReportLab allows it: XMP
    metadata (title, author, subject, language, dates and producer, the same as the
    document information) and an sRGB output intent. The title is also what a viewer
    shows in its title bar. No validator proves the result PDF/A (ReportLab's subset
    fonts and the PDF version are not checked here): the files are "PDF/A-like"."""
    from reportlab.pdfbase import pdfdoc

    doc = canvas._doc
    catalog = doc.Catalog
    info = doc.info

    def xmp(document: Any) -> bytes:
        stamp = document._timeStamp
        y, mo, d, h, mi, sec = stamp.YMDhms
        moment = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{sec:02d}"
        moment += f"{stamp.dhh:+03d}:{abs(stamp.dmm):02d}"
        return XMP_TEMPLATE.format(
            title=_xml(info.title),
            author=_xml(info.author),
            subject=_xml(info.subject),
            language=_xml(language),
            creator=_xml(info.creator),
            producer=_xml(info.producer),
            moment=moment,
        ).encode("utf-8")

    metadata = pdfdoc.XMP(creator=xmp)
    metadata.filters = []  # PDF/A: the metadata stays readable, uncompressed
    catalog.Metadata = metadata
    profile = pdfdoc.PDFStream(
        pdfdoc.PDFDictionary({"N": 3}), _srgb_profile(), [pdfdoc.PDFZCompress]
    )
    catalog.OutputIntents = pdfdoc.PDFArray(
        [
            pdfdoc.PDFDictionary(
                {
                    "Type": pdfdoc.PDFName("OutputIntent"),
                    "S": pdfdoc.PDFName("GTS_PDFA1"),
                    "OutputConditionIdentifier": pdfdoc.PDFString(SRGB),
                    "Info": pdfdoc.PDFString(SRGB),
                    "DestOutputProfile": doc.Reference(profile),
                }
            )
        ]
    )
    # ReportLab's catalog writes only the entries it knows of: teach this one the intent.
    catalog.__NoDefault__ = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents"]
    canvas.setViewerPreference("DisplayDocTitle", "true")


XMP_TEMPLATE = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{subject}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{moment}</xmp:CreateDate>
   <xmp:ModifyDate>{moment}</xmp:ModifyDate>
   <xmp:MetadataDate>{moment}</xmp:MetadataDate>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


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
            lang=cat.language,  # the catalog's /Lang: what a screen reader speaks
        )
        document.build(story, canvasmaker=_numbered_canvas(letterhead, cat))
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def spacer(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
