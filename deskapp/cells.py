"""Spreadsheet cell safety, shared by the exports (reports) and the imports (services).

A CSV cell that starts with = + - @ tab or carriage return is run as a formula by
Excel and LibreOffice ("CSV injection"). CSV exports prefix such text with an
apostrophe, which spreadsheets hide and treat as "this is text"; imports remove
exactly that prefix again, so a file round-trips unchanged (phone numbers such as
+39... are the everyday case).

In an .xlsx the guard is the cell's type: text is written as a string cell, which no
spreadsheet runs, so the apostrophe would only be shown as part of the data. Workbooks
written before deskapp knew that carry it; those written since say so with the custom
document property ``TYPED_CELLS``, and their text is read as it stands.

An .xlsx file is XML, which cannot hold most control characters: openpyxl refuses
them with an exception that quotes the whole cell. Text written to any workbook goes
through ``xlsx_text``, which drops them (a vertical tab or form feed, Word's manual
line and page breaks, becomes a line break), so a stray character stored in a note
never stops an export.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TYPED_CELLS = "deskapp.typed_cells"

# What XML 1.0 does not allow in text: C0 controls but tab, LF and CR, and U+FFFE/U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


_FORMULA_FIRST = frozenset(FORMULA_STARTS)  # each one character


def neutralise(value: str) -> str:
    return "'" + value if value[:1] in _FORMULA_FIRST else value


def unneutralise(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def xml_text(value: str) -> str:
    """``value`` without the characters an XML document cannot hold."""
    if _NOT_IN_XML.search(value) is None:
        return value
    return _NOT_IN_XML.sub("", value.translate(_BREAKS))
