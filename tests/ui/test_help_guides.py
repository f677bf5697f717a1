"""The operators' guides bundled for Help (F1): one per language, pictures on disk, and
the same words as the screens.

A guide names a button, a field or a tab in <b>...</b> (and the French one also in
« ... »): each such label must be a translation in the language's catalogue, so a label
renamed on screen fails here until the guide follows. Emphasis that is not a label is
written <em>...</em>, typed examples <i>...</i>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

from deskapp.ui.help_window import guide_path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"

# Italian labels of the screens that must not survive in the French guide.
ITALIAN_LABELS = (
    "Registra attività",
    "Impostazioni",
    "Persone",
    "Soci e capitale",
    "Piano d'impresa",
    "Aggiungi un NIR",
    "Come il mio sportello",
    "Lingua del documento",
    "codice ATECO",
)
NO_BREAK = "\u00a0\u202f"


class _Guide(HTMLParser):
    """The pictures of a guide, the labels it quotes in <b>, and its running text (not
    what is in <kbd>, <code>, <style> or <title>)."""

    SKIPPED = frozenset({"kbd", "code", "style", "title", "script"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sources: list[str] = []
        self.bold: list[str] = []
        self.text: list[str] = []
        self._open: list[str] = []
        self._bold_parts: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.sources.extend(value or "" for key, value in attrs if key == "src")
            return
        self._open.append(tag)
        if tag == "b":
            self._bold_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "b" and self._bold_parts is not None:
            self.bold.append("".join(self._bold_parts))
            self._bold_parts = None
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self.SKIPPED.intersection(self._open):
            return
        self.text.append(data)
        if self._bold_parts is not None:
            self._bold_parts.append(data)


@cache
def _read(language: str) -> _Guide:
    parser = _Guide()
    parser.feed(guide_path(language).read_text(encoding="utf-8"))
    return parser


def _normalise(label: str) -> str:
    """A label as compared: spaces of any kind as one, without the trailing dots of a
    button that opens a dialog or a colon, whatever the case."""
    text = re.sub(rf"[\s{NO_BREAK}]+", " ", label).strip()
    text = re.sub(r"(\.\.\.|…|\s?:)$", "", text).strip()
    return text.casefold()


@cache
def _catalogue(language: str) -> frozenset[str]:
    """Every translation of the language's catalogue (each plural form), normalised,
    without the & of keyboard accelerators."""
    root = ET.parse(TRANSLATIONS / f"deskapp_{language}.ts").getroot()
    found: set[str] = set()
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform")
        for text in [f.text for f in forms] if forms else [translation.text]:
            if text:
                found.add(_normalise(text.replace("&", "")))
    return frozenset(found)


def _quoted(language: str) -> list[str]:
    guide = _read(language)
    labels = list(guide.bold)
    if language == "fr":
        labels += re.findall(rf"«[{NO_BREAK} ]*(.+?)[{NO_BREAK} ]*»", "".join(guide.text))
    return labels


@pytest.mark.parametrize("language", ["it", "fr"])
def test_each_language_has_its_own_guide(language: str) -> None:
    path = guide_path(language)
    assert path.name == f"guide_{language}.html"
    assert path.exists()


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_picture_of_the_guide_is_on_disk(language: str) -> None:
    path = guide_path(language)
    sources = _read(language).sources
    assert sources, f"{path.name} shows no picture"
    missing = [src for src in sources if not (path.parent / src).is_file()]
    assert missing == []


@pytest.mark.parametrize(("language", "folder"), [("it", "img"), ("fr", "img/fr")])
def test_every_picture_made_for_the_guide_is_shown(language: str, folder: str) -> None:
    """scripts/screenshots.py renders these pictures for the guide: none left unused."""
    path = guide_path(language)
    made = {f"{folder}/{p.name}" for p in (path.parent / folder).glob("*.png")}
    assert sorted(made - set(_read(language).sources)) == []


def test_french_guide_shows_french_pictures() -> None:
    assert all(src.startswith("img/fr/") for src in _read("fr").sources)


def test_french_guide_has_no_italian_labels() -> None:
    text = guide_path("fr").read_text(encoding="utf-8")
    assert [label for label in ITALIAN_LABELS if label in text] == []


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_label_the_guide_quotes_is_on_the_screens(language: str) -> None:
    """The guide uses the words of the buttons, fields and tabs: a label it quotes that
    no translation of the catalogue has is a label the operator will not find."""
    catalogue = _catalogue(language)
    quoted = _quoted(language)
    assert len(quoted) > 40, "the guide quotes hardly any label: is the parser broken?"
    assert sorted({q for q in quoted if _normalise(q) not in catalogue}) == []


def test_a_label_renamed_on_screen_is_caught() -> None:
    catalogue = _catalogue("fr")
    assert _normalise("Marquer comme faite") in catalogue
    assert _normalise("Fait, noter la suivante...") not in catalogue


def test_french_guide_follows_french_typography() -> None:
    """A no-break space before : ; ! ? and inside « », as the French screens write."""
    text = "".join(_read("fr").text)
    wrong = [
        text[max(0, m.start() - 25) : m.end() + 5].replace("\n", " ")
        for m in re.finditer(rf"(?<![{NO_BREAK}])[:;!?»]|«(?![{NO_BREAK}])", text)
    ]
    assert wrong == []
