"""Spreadsheet cell safety, shared by the exports (reports) and the imports (services).

A cell that starts with = + - @ tab or carriage return is run as a formula by
Excel and LibreOffice ("CSV injection"). Exports prefix such text with an
apostrophe, which spreadsheets hide and treat as "this is text"; imports remove
exactly that prefix again, so a file round-trips unchanged (phone numbers such as
+39... are the everyday case).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unneutralise(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
