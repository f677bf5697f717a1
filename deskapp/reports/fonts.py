"""The fonts of every deskapp PDF: DejaVu Sans, embedded, for names in every alphabet.

ReportLab's built-in Helvetica knows Western Latin only and is never embedded: a person
called "Ştefănescu Łukasz" printed as "■tef■nescu ■ukasz". DejaVu Sans has the Latin of
Romania, Poland, Turkey and Vietnam, Greek, Cyrillic, Armenian, Georgian, Hebrew and
Arabic; it is embedded (as a subset of the glyphs used), so the document reads the same
on every computer and in every viewer.

The documents use its condensed width, DejaVu Sans Condensed: its letters are within
3% of Helvetica's widths (the normal width is 13% wider), so every table keeps the
layout it had and a date never breaks inside its column. The four faces (regular, bold,
oblique, bold oblique) come from the installer's ``resources/fonts`` folder, or, from
source, from the system's fonts (Debian: fonts-dejavu-extra, which scripts/setup.sh
installs). They are registered once per process, as a family, so <b> and <i> in a
paragraph pick the right face.

The oblique faces have no Arabic or Hebrew letters: in an italic run, such letters are
drawn from the upright face of the same weight (a second family, "fallback", whose
italics are upright), which is the fallback ReportLab's markup allows.

Right-to-left names (Arabic, Hebrew) are put in visual order by python-bidi (ReportLab's
own bidi support needs a package that is not published for every platform) and joined
by HarfBuzz through ReportLab's shaping (uharfbuzz), only where a text needs it: the
rest of a document is laid out as plain text, as fast as before. Shaped letters are
glyphs of contextual forms; the PDF maps them back to the letters typed, so text copied
or searched in the PDF is the name as written.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

FAMILY = "DejaVuSansCondensed"
REGULAR = "DejaVuSansCondensed"
BOLD = "DejaVuSansCondensed-Bold"
OBLIQUE = "DejaVuSansCondensed-Oblique"
BOLD_OBLIQUE = "DejaVuSansCondensed-BoldOblique"
FONT_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    OBLIQUE: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSansCondensed-BoldOblique.ttf",
}
# Upright in italics: for the letters the oblique faces lack. Fonts of their own (the
# upright files again): a family maps each font name back to one family only.
FALLBACK = "DejaVuSansCondensedFallback"
FALLBACK_BOLD = "DejaVuSansCondensedFallback-Bold"
# Where the systems keep DejaVu, after the installer's own copy.
SYSTEM_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",  # Debian, Ubuntu
    "/usr/share/fonts/dejavu-sans-fonts",  # Fedora
    "/usr/share/fonts/TTF",  # Arch
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/Library/Fonts",
)

FONTS_MISSING = QT_TRANSLATE_NOOP(
    "Error",
    "The DejaVu Sans fonts the documents are written in were not found ({name}): "
    "reinstall deskapp.",
)

# Scripts written right to left, and those whose letters change shape with their
# neighbours: the texts that need bidi and shaping. Everything else is drawn as is.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_COMPLEX = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f\ufb1d-\ufdff\ufe70-\ufefe]"
)


def font_dirs() -> list[Path]:
    from deskapp.paths import resources_dir

    dirs = [resources_dir() / "fonts"]
    if sys.platform == "win32":
        import os

        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    return dirs + [Path(d) for d in SYSTEM_FONT_DIRS]


def font_path(name: str) -> Path:
    """The file of face ``name``: deskapp's own copy (resources/fonts, in the repository
    and in the installer's bundle) first, then the system's."""
    filename = FONT_FILES[name]
    for folder in font_dirs():
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise DeskappError(FONTS_MISSING, name=filename)


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the DejaVu Sans family with ReportLab (once); return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _map_shaped_glyphs_to_letters()
    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name)), shapable=True))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
    )
    upright = pdfmetrics.getFont(REGULAR).face.charToGlyph
    slanted = pdfmetrics.getFont(OBLIQUE).face.charToGlyph
    _NOT_SLANTED.update(code for code in upright if code not in slanted and code > 0x7F)
    return FAMILY


_NOT_SLANTED: set[int] = set()  # letters the oblique faces lack, filled on registration


@lru_cache(maxsize=1)
def _register_fallback() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, face in ((FALLBACK, REGULAR), (FALLBACK_BOLD, BOLD)):
        pdfmetrics.registerFont(TTFont(name, str(font_path(face)), shapable=True))
    pdfmetrics.registerFontFamily(
        FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK, boldItalic=FALLBACK_BOLD
    )


def with_fallback(markup: str) -> str:
    """Paragraph markup in which the letters the oblique faces lack are marked to be
    drawn upright, should they fall in an italic run (elsewhere nothing changes)."""
    if markup.isascii() or not _NOT_SLANTED:
        return markup
    if not any(ord(ch) in _NOT_SLANTED for ch in markup):
        return markup
    _register_fallback()
    out: list[str] = []
    run = False
    for ch in markup:
        missing = ord(ch) in _NOT_SLANTED
        if missing and not run:
            out.append(f'<font face="{FALLBACK}">')
        elif run and not missing:
            out.append("</font>")
        run = missing
        out.append(ch)
    if run:
        out.append("</font>")
    return "".join(out)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` holds letters that join or reorder (Arabic, Hebrew, Indic...)."""
    return _COMPLEX.search(text) is not None


def visual(text: str) -> str:
    """``text`` with its right-to-left runs in the order they are drawn, each word kept
    in reading order for HarfBuzz (which draws a right-to-left word from its right).
    Text without right-to-left letters is returned as it is."""
    if _RTL.search(text) is None:
        return text
    from bidi import get_display

    lines = []
    for line in text.split("\n"):
        drawn = get_display(line, base_dir="L")  # the documents are Italian, French, English
        # get_display reverses each right-to-left word letter by letter; HarfBuzz
        # reverses it again when it shapes it: give it back the word as written.
        lines.append(
            " ".join(word[::-1] if _RTL.search(word) else word for word in drawn.split(" "))
        )
    return "\n".join(lines)


def _map_shaped_glyphs_to_letters() -> None:
    """Make the PDF's text layer say the letters typed, not the shaped forms drawn.

    HarfBuzz draws an Arabic letter with its initial, medial or final form, which fonts
    list under the "presentation form" code points (U+FB50-FDFF, U+FE70-FEFF); ReportLab
    writes those code points in the font's ToUnicode map, so a PDF reader would copy
    and search "ﻣﺤﻤﺪ" instead of "محمد". Each such form is mapped to its letters
    (Unicode's compatibility decomposition), as a PDF allows (PDF 32000-1, 9.10.3).
    ReportLab writes the map in one function of its own, wrapped here once."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "deskapp", False):
        return
    original = ttfonts.makeToUnicodeCMap

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap = original(fontname, subset)
        for index, code in enumerate(subset):
            if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
                # A ligature (lam-alef) stands for two letters. Readers put a right-to-
                # left run back in reading order letter by letter, so its letters are
                # given in the order they are drawn: right to left.
                letters = unicodedata.normalize("NFKC", chr(code))[::-1]
                if letters and letters != chr(code):
                    utf16 = letters.encode("utf-16-be").hex().upper()
                    cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return cmap

    make_to_unicode_cmap.deskapp = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
