"""What a copy walks: every table of the models in foreign-key order, each with the
columns as the copy reads and writes them, and the checks a value must pass before it
reaches the target.

The copy moves values, not objects: an enum column is copied as the text it holds (the
target's CHECK decides), an amount as the whole cents it is stored as. Dates, times and
booleans are read as the source's driver gives them and turned into Python values by
SQLAlchemy's own processors for that engine (SQLite keeps them as text and integers), so
the target's driver writes them as it writes anything deskapp saves.

The checks are the ones PostgreSQL would make and SQLite does not (text holding NUL,
text longer than its column, numbers out of a column's range, a value of the wrong kind
in a column, which SQLite's type affinity lets through; a boolean other than 0 or 1,
checked before SQLAlchemy's conversion would make it True; text that is not UTF-8,
which SQLite's driver would refuse to read, quoting it). They run on each row as it
streams by, before the row is sent: a second pass over the whole source only to look
would double the time of a large copy, and the first bad value found stops the writing
anyway (the transaction is rolled back; see ``deskapp.dbcopy.copy``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    TypeDecorator,
    column,
    select,
    table,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Select
from sqlalchemy.types import TypeEngine

from deskapp.errors import Reason
from deskapp.i18n import QT_TRANSLATE_NOOP

# Why a value cannot be copied; said with the table, the row's id and the column, never
# the value (it may be a name, a codice fiscale or a note).
NUL_IN_TEXT = QT_TRANSLATE_NOOP(
    "Error", "holds a NUL character (code 0), which PostgreSQL does not accept in text"
)
TOO_LONG = QT_TRANSLATE_NOOP("Error", "is longer than the {length} characters the column holds")
NOT_TEXT = QT_TRANSLATE_NOOP("Error", "holds something other than text")
NOT_WHOLE = QT_TRANSLATE_NOOP("Error", "holds something other than a whole number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Error", "holds a number too large for the column")
NOT_NUMBER = QT_TRANSLATE_NOOP("Error", "holds something other than a number")
NOT_BOOLEAN = QT_TRANSLATE_NOOP("Error", "holds something other than yes or no")
NOT_DATE = QT_TRANSLATE_NOOP("Error", "holds something other than a date")
NOT_MOMENT = QT_TRANSLATE_NOOP("Error", "holds something other than a date and time")
NOT_UTF8 = QT_TRANSLATE_NOOP("Error", "is not UTF-8 text")
UNREADABLE = QT_TRANSLATE_NOOP("Error", "holds a value that cannot be read as the column's kind")

# The ranges of PostgreSQL's integer types (SQLite's integers are all 64-bit).
_RANGES = {
    SmallInteger: (-(2**15), 2**15 - 1),
    BigInteger: (-(2**63), 2**63 - 1),
    Integer: (-(2**31), 2**31 - 1),
}

Check = Callable[[Any], Reason | None]


def _text_check(length: int | None) -> Check:
    def check(value: Any) -> Reason | None:
        if type(value) is not str:
            return Reason(NOT_TEXT)
        if "\x00" in value:
            return Reason(NUL_IN_TEXT)
        if length is not None and len(value) > length:
            return Reason(TOO_LONG, length=length)
        return None

    return check


def _whole_check(low: int, high: int) -> Check:
    def check(value: Any) -> Reason | None:
        if type(value) is not int:
            return Reason(NOT_WHOLE)
        if not low <= value <= high:
            return Reason(OUT_OF_RANGE)
        return None

    return check


def _number_check(value: Any) -> Reason | None:
    return None if type(value) in (int, float) else Reason(NOT_NUMBER)


def _boolean_check(value: Any) -> Reason | None:
    return None if type(value) is bool else Reason(NOT_BOOLEAN)


def _stored_boolean_check(value: Any) -> Reason | None:
    """A boolean as the source's driver gives it, before any conversion: SQLite's 0 or
    1 (SQLAlchemy would turn 'no' or 2 into True), PostgreSQL's own."""
    if type(value) is bool or (type(value) is int and value in (0, 1)):
        return None
    return Reason(NOT_BOOLEAN)


def _date_check(value: Any) -> Reason | None:
    return None if type(value) is dt.date else Reason(NOT_DATE)


def _moment_check(value: Any) -> Reason | None:
    return None if type(value) is dt.datetime else Reason(NOT_MOMENT)


def _anything(value: Any) -> Reason | None:
    return None


def copy_type(declared: TypeEngine[Any]) -> TypeEngine[Any]:
    """The type a column is copied as: an enum as its text, a stored amount (Money, a
    TypeDecorator) as what it stores; anything else as declared."""
    if isinstance(declared, Enum):
        return String(declared.length)
    if isinstance(declared, TypeDecorator):
        return copy_type(declared.impl_instance)
    return declared


def _check_for(kind: TypeEngine[Any]) -> Check:
    # Most specific first: Boolean and the integer types are unrelated classes, but
    # DateTime is no Date and BigInteger is an Integer.
    if isinstance(kind, Boolean):
        return _boolean_check
    for integer, (low, high) in _RANGES.items():
        if isinstance(kind, integer):
            return _whole_check(low, high)
    if isinstance(kind, Float):
        return _number_check
    if isinstance(kind, String):
        return _text_check(kind.length)
    if isinstance(kind, DateTime):
        return _moment_check
    if isinstance(kind, Date):
        return _date_check
    return _anything


@dataclass(frozen=True)
class ColumnPlan:
    name: str
    kind: TypeEngine[Any]  # the copy type
    check: Check  # the value once converted
    stored_check: Check | None = None  # the value as the driver gives it, before converting


@dataclass(frozen=True)
class TablePlan:
    """One table: its columns in the models' order, its primary key, and the table the
    copy inserts through (the same name and columns, with the copy types)."""

    name: str
    columns: tuple[ColumnPlan, ...]
    key: tuple[str, ...]
    writer: Table

    @property
    def serial_key(self) -> str | None:
        """The one integer column of the primary key, whose sequence a server moves on
        after the copy; None for a composite key."""
        if len(self.key) != 1:
            return None
        kind = next(c.kind for c in self.columns if c.name == self.key[0])
        return self.key[0] if isinstance(kind, Integer) else None

    def reader(self) -> Select[Any]:
        """The table's rows in primary-key order, each value as the driver gives it (no
        processing: a value that will not convert is named with its row, not lost in a
        batch)."""
        source = table(self.name, *(column(c.name) for c in self.columns))
        return select(*(source.c[c.name] for c in self.columns)).order_by(
            *(source.c[k] for k in self.key)
        )

    def converters(self, dialect: Dialect) -> list[Callable[[Any], Any] | None]:
        """For each column, what turns the driver's value into a Python value (SQLite
        keeps dates as text and booleans as integers), or None: taken as given."""
        found: list[Callable[[Any], Any] | None] = []
        for c in self.columns:
            if isinstance(c.kind, Float):
                found.append(None)  # both drivers give floats; PG's would ask the type oid
                continue
            found.append(c.kind.dialect_impl(dialect).result_processor(dialect, None))
        return found


def table_plan(model: Table) -> TablePlan:
    columns = tuple(
        ColumnPlan(
            c.name,
            copy_type(c.type),
            _check_for(copy_type(c.type)),
            _stored_boolean_check if isinstance(copy_type(c.type), Boolean) else None,
        )
        for c in model.columns
    )
    key = tuple(c.name for c in model.primary_key.columns)
    writer = Table(
        model.name,
        MetaData(),
        *(Column(c.name, c.kind, primary_key=c.name in key, autoincrement=False) for c in columns),
    )
    return TablePlan(model.name, columns, key, writer)


def copy_plan() -> list[TablePlan]:
    """Every table of the models, parents before the tables that refer to them."""
    from deskapp.models import register_every_table
    from deskapp.models.base import Base

    register_every_table()
    return [table_plan(t) for t in Base.metadata.sorted_tables]


# The tables as a person calls them, for the summary of a copy ("people: 1,204"); a
# table added later without a label here is named as it is.
TABLE_LABELS = {
    "desk": QT_TRANSLATE_NOOP("Cli", "desks"),
    "funding_catalogue": QT_TRANSLATE_NOOP("Cli", "funding instruments (catalogue)"),
    "operator": QT_TRANSLATE_NOOP("Cli", "operator accounts"),
    "person": QT_TRANSLATE_NOOP("Cli", "people"),
    "structural_resource": QT_TRANSLATE_NOOP("Cli", "structural resources"),
    "audit_event": QT_TRANSLATE_NOOP("Cli", "audit trail events"),
    "consent": QT_TRANSLATE_NOOP("Cli", "consents"),
    "enterprise_project": QT_TRANSLATE_NOOP("Cli", "projects"),
    "needs_assessment": QT_TRANSLATE_NOOP("Cli", "needs assessments"),
    "skill": QT_TRANSLATE_NOOP("Cli", "skills"),
    "activity": QT_TRANSLATE_NOOP("Cli", "activities"),
    "business_plan": QT_TRANSLATE_NOOP("Cli", "business plans"),
    "business_plan_version": QT_TRANSLATE_NOOP("Cli", "business plan versions"),
    "checklist_tick": QT_TRANSLATE_NOOP("Cli", "checklist ticks"),
    "funding_application": QT_TRANSLATE_NOOP("Cli", "funding applications"),
    "need": QT_TRANSLATE_NOOP("Cli", "needs"),
    "project_membership": QT_TRANSLATE_NOOP("Cli", "project members"),
    "project_resource": QT_TRANSLATE_NOOP("Cli", "resources linked to projects"),
    "stage_transition": QT_TRANSLATE_NOOP("Cli", "stage changes"),
    "supply_chain": QT_TRANSLATE_NOOP("Cli", "supply chains"),
    "organisation": QT_TRANSLATE_NOOP("Cli", "organisations"),
    "organisation_contact": QT_TRANSLATE_NOOP("Cli", "organisations' contact people"),
    "organisation_relation": QT_TRANSLATE_NOOP("Cli", "relations between organisations"),
    "opening": QT_TRANSLATE_NOOP("Cli", "openings"),
    "project_role": QT_TRANSLATE_NOOP("Cli", "roles wanted by projects"),
    "match_outcome": QT_TRANSLATE_NOOP("Cli", "proposals and their outcomes"),
}
