"""The one normalised form of text that person search compares: stored and typed alike.

"Zappalà", "ZAPPALA" and "Zappala\u0300" (decomposed, as some keyboards and macOS file
names give it) all become "zappala"; "Łukasz" becomes "lukasz", "Øster" "oster",
"Straße" "strasse". Computed in Python, once, so SQLite, PostgreSQL and any future
engine compare the same bytes, and the trigram index sees ASCII.

Changing ``search_text`` changes what is stored: a migration must then rebuild
``person.search_key`` (as 0010 built it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from anyascii import anyascii
from sqlalchemy import Text

# The column's type: bytewise comparison on both engines (SQLite's default BINARY;
# PostgreSQL's "C", whatever locale the server's database was made with).
SEARCH_KEY_TYPE = Text().with_variant(Text(collation="C"), "postgresql")

# The columns of ``person`` whose text search finds, in this order: the key starts with
# the family name, so "surname starts with" is a prefix of the key.
KEY_COLUMNS = (
    "family_name",
    "given_name",
    "codice_fiscale",
    "email",
    "phone",
    "municipality",
    "previous_employer",
)

# Between columns: whitespace, which a typed term never contains (terms are split on
# it), so no match spans two columns.
SEPARATOR = "\n"


def search_text(value: str) -> str:
    """``value`` without accents, case or compatibility forms, in ASCII.

    NFKD splits "ò" into "o" and a combining grave, and "ﬁ" into "fi"; the marks are
    dropped. Letters that do not decompose (ł ø đ ß æ œ ı, and other scripts) are
    transliterated by anyascii. casefold() last, on the ASCII result.
    """
    if value.isascii():  # most names, every e-mail and phone: nothing to decompose
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return anyascii(bare).casefold()


def person_search_key(values: Mapping[str, Any]) -> str:
    """The stored search key of a person row given as column name -> value.

    Empty columns at the end add nothing: an anonymised person's key is empty, and so
    has no entry in the full-text index.
    """
    parts = [search_text(values.get(column) or "") for column in KEY_COLUMNS]
    return SEPARATOR.join(parts).rstrip(SEPARATOR)
