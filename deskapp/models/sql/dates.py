"""Parts of a date column, on both engines: SQLite's stored text by position, PostgreSQL's to_char
and EXTRACT. Each returns what SQLite's version returned (text for months and days,
an integer for the year), so the services read the same values from both. And the
earlier of two dates (SQLite's two-argument min(), PostgreSQL's LEAST)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement, ReturnTypeFromArgs


class _DatePart(FunctionElement[Any]):
    inherit_cache = True
    sqlite_format = ""
    postgresql_format = ""


class year_of(_DatePart):  # noqa: N801 - a SQL function, named as one
    """The year of a date, as an integer."""

    type = Integer()
    inherit_cache = True


class year_month(_DatePart):  # noqa: N801
    """'2026-03': the month of a date, as text that sorts in time order."""

    type = String()
    inherit_cache = True
    sqlite_format = "%Y-%m"
    postgresql_format = "YYYY-MM"


class month_day(_DatePart):  # noqa: N801
    """'03-14': the day of the year, as text (for birthdays: ages in whole years)."""

    type = String()
    inherit_cache = True
    sqlite_format = "%m-%d"
    postgresql_format = "MM-DD"


# On SQLite a date is the text SQLAlchemy stores (YYYY-MM-DD): its parts are read by
# position, which strftime() would parse again at each call (the coordinator report
# takes an age three times a person: 0.1-0.2 s at 76,000 participants).
_SQLITE_SLICES = {"year_month": (1, 7), "month_day": (6, 5)}


@compiles(year_of)
def _year_sqlite(element: year_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(substr({compiler.process(element.clauses, **kw)}, 1, 4) AS INTEGER)"


@compiles(year_of, "postgresql")
def _year_postgresql(element: year_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(YEAR FROM {compiler.process(element.clauses, **kw)}) AS INTEGER)"


@compiles(year_month)
@compiles(month_day)
def _format_sqlite(element: _DatePart, compiler: SQLCompiler, **kw: Any) -> str:
    start, length = _SQLITE_SLICES[type(element).__name__]
    return f"substr({compiler.process(element.clauses, **kw)}, {start}, {length})"


@compiles(year_month, "postgresql")
@compiles(month_day, "postgresql")
def _format_postgresql(element: _DatePart, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, '{element.postgresql_format}')"


class earliest(ReturnTypeFromArgs[Any]):  # noqa: N801
    """The earlier of two dates; the one that exists when the other is NULL (typed as
    its arguments, so SQLite's text dates are read back as dates)."""

    inherit_cache = True


@compiles(earliest)
def _earliest_sqlite(element: earliest, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite's min(a, b) is NULL when either is.
    args = compiler.process(element.clauses, **kw)
    return f"coalesce(min({args}), {args})"


@compiles(earliest, "postgresql")
def _earliest_postgresql(element: earliest, compiler: SQLCompiler, **kw: Any) -> str:
    return f"LEAST({compiler.process(element.clauses, **kw)})"  # LEAST skips NULLs
