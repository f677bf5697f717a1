"""Sectors of activity: NACE Rev. 2 codes, read with each language's national list.

A sector is stored twice: the code as the operator typed it (an ATECO subcategory
``25.62.00`` at an Italian desk, a NAF subclass ``25.62A`` at a French one, or NACE's
``25.62``) and the NACE Rev. 2 code it belongs to (``25.62``), which is what every
desk shares and what reports group by. It is shown with the label of the reader's
list: ATECO in Italian, NAF in French, NACE in English.

The tables are data in ``resources/sectors`` (made by ``scripts/sector_tables.py``
from the official lists; see the README there). Each is read the first time a label
or a check needs it, and kept: nothing is read at start-up.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass

from deskapp.i18n import QT_TRANSLATE_NOOP

# The list each language reads its sectors in; another language reads NACE's.
TABLES = {"it": "ateco_it.csv", "fr": "naf_fr.csv", "en": "nace_en.csv"}
SYSTEM_OF = {"it": "ATECO", "fr": "NAF", "en": "NACE"}

_SECTION = re.compile(r"[A-U]")
_NACE = re.compile(r"\d{2}(\.\d{1,2})?")
_ATECO = re.compile(r"\d{2}\.\d{2}\.\d{1,2}")
_NAF = re.compile(r"\d{2}\.\d{2}[A-Z]")
_COMPACT = re.compile(r"(\d{2})(\d{0,4})([A-Z]?)")

UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Error",
    "{code} is not a code of the ATECO, NAF or NACE lists (e.g. 25.62, 25.62.00 or 25.62A)",
)


class SectorError(ValueError):
    """A code that no list has; ``template`` and ``params`` say it in words."""

    def __init__(self, code: str) -> None:
        self.template = UNKNOWN_CODE
        self.params = {"code": code}
        super().__init__(UNKNOWN_CODE.format(code=code))


@dataclass(frozen=True)
class Sector:
    code: str  # as typed, written as its list writes it: 25.62.00, 25.62A, 25.62, C
    nace: str  # the NACE Rev. 2 code it belongs to: the class, or the level typed
    system: str  # "ATECO", "NAF" or "NACE"


@dataclass(frozen=True)
class Entry:
    code: str
    level: str
    nace: str
    label: str


def normalise(text: str) -> str:
    """A code as its list writes it: ``2562`` and ``25 62`` are ``25.62``, ``256200`` is
    ``25.62.00``, ``25.62a`` is ``25.62A``; anything else comes back stripped."""
    code = "".join(text.split()).upper()
    if "." in code or not code:
        return code
    match = _COMPACT.fullmatch(code)
    if match is None:
        return code
    head, rest, letter = match.groups()
    parts = [head] + [p for p in (rest[:2], rest[2:]) if p]
    return ".".join(parts) + letter


def looks_like_code(text: str) -> bool:
    """Whether ``text`` is written as a sector code (known or not), rather than words."""
    code = normalise(text)
    return any(p.fullmatch(code) for p in (_SECTION, _NACE, _ATECO, _NAF))


def _system(code: str) -> str | None:
    if _NAF.fullmatch(code):
        return "NAF"
    if _ATECO.fullmatch(code):
        return "ATECO"
    if _NACE.fullmatch(code) or _SECTION.fullmatch(code):
        return "NACE"
    return None


@functools.cache
def table(language: str) -> dict[str, Entry]:
    """The list of ``language`` (NACE's for any other), by code, in the list's order."""
    from deskapp.paths import resources_dir

    name = TABLES.get(language, TABLES["en"])
    with (resources_dir() / "sectors" / name).open(encoding="utf-8", newline="") as handle:
        return {row["code"]: Entry(**row) for row in csv.DictReader(handle)}


def _table_of(system: str) -> dict[str, Entry]:
    return table({"ATECO": "it", "NAF": "fr"}.get(system, "en"))


def parse_sector(text: str) -> Sector | None:
    """The sector ``text`` names (None when blank); SectorError when no list has it."""
    code = normalise(text)
    if not code:
        return None
    system = _system(code)
    entry = _table_of(system).get(code) if system else None
    if system is None or entry is None:
        raise SectorError(text.strip())
    return Sector(code, entry.nace, system)


def nace_code(text: str) -> str:
    """The NACE code of ``text``; "" when it is blank, words, or no list's code."""
    try:
        sector = parse_sector(text)
    except SectorError:
        return ""
    return sector.nace if sector else ""


def sector_label(code: str, nace: str, language: str) -> tuple[str, str]:
    """The code to show and its label, in ``language``'s list: the code as typed when
    that list has it (an ATECO subcategory in Italian), else its NACE code (an ATECO
    subcategory read in French shows the NAF class). ("", "") for a code no list has."""
    entries = table(language)
    typed = normalise(code)
    for candidate in (typed, nace, nace_code(typed)):
        if candidate and candidate in entries:
            return candidate, entries[candidate].label
    return "", ""


def describe_sector(code: str, nace: str, language: str) -> str:
    """ "25.62.00 Lavori di meccanica generale": a stored sector as documents print it;
    words typed where no code was (a skill's free-text sector) come back as typed."""
    shown, label = sector_label(code, nace, language)
    if not shown:
        return code.strip()
    return f"{shown} {label}"


def _folded(text: str) -> str:
    """Lower case without accents: "Sante" finds "Santé"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _search_index(language: str) -> list[tuple[str, Entry]]:
    return [(_folded(f"{e.code} {e.label}"), e) for e in table(language).values()]


def search_sectors(text: str, language: str, limit: int = 50) -> list[Entry]:
    """Entries of ``language``'s list whose code starts with ``text`` or whose label has
    every word of it, in the list's order: "2562", "meccanica", "usinage"."""
    query = _folded(text).strip()
    if not query:
        return []
    code = normalise(text)
    words = query.split()
    found = []
    for haystack, entry in _search_index(language):
        if entry.code.startswith(code) or all(w in haystack for w in words):
            found.append(entry)
            if len(found) >= limit:
                break
    return found
