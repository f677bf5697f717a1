"""The person registry's orders, read from an index on each engine (issue 15).

The People page reads its blocks in an order an index gives, so that a LIMIT stops
early and no sort runs over a million rows. The two engines need different indexes
for that:

- SQLite ends every index entry with the row's id (the rowid), so an index on
  ``(family_name COLLATE NOCASE, given_name COLLATE NOCASE, birth_date)`` already holds
  the registry's order ``(..., id)``, and one on ``search_key`` the order ``(search_key,
  id)`` of one or two letters typed;
- PostgreSQL's entries point at the row instead: without the id in the index, the
  order's last key is read from the table and the rows sorted (a bitmap heap scan of
  32,000 pages and a sort for "r" at 1,000,000 people). There the indexes carry the id
  as their last column, and the read is index-only, in order.

So each of these indexes exists on one engine only (``only_on``): the models declare
both pairs, ``create_all`` makes the engine's pair (``Index.ddl_if``), migration 0020
makes PostgreSQL's, and the comparison of migrations with models skips the other
engine's (``on_this_engine``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Index, Select, text
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler

# Index name -> the one engine (dialect name) that has it.
ENGINE_ONLY_INDEXES: dict[str, str] = {}


def only_on(dialect_name: str, index: Index) -> Index:
    """``index``, made on ``dialect_name``'s databases only."""
    assert index.name is not None
    ENGINE_ONLY_INDEXES[str(index.name)] = dialect_name
    return index.ddl_if(dialect=dialect_name)


def on_this_engine(dialect_name: str, type_: str, name: Any) -> bool:
    """False for an index that the other engine has, not this one (autogenerate's and
    the migration tests' filter)."""
    if type_ != "index" or name is None:
        return True
    return ENGINE_ONLY_INDEXES.get(str(name), dialect_name) == dialect_name


NAME_INDEX = "ix_person_sort_name"
KEY_INDEX = "ix_person_search_key"  # SQLite's names


def _sqlite_from_hint(self: SQLiteCompiler, table: Any, text: str | None) -> str | None:
    return text


# SQLAlchemy's SQLite compiler drops the hints given for a table in FROM (its base class
# has no syntax for them); SQLite's is ``person INDEXED BY name``. Only hints addressed
# to "sqlite" reach it, and this module gives the only one.
SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign, assignment]


def reading_index(query: Select[Any], index: str) -> Select[Any]:
    """``query`` (in an index's order, with a LIMIT) read through ``index`` on SQLite,
    keeping the rows that match until the LIMIT. SQLite's planner cannot tell how many
    people the search index matches, and would start from those matches and sort them
    all (the caller walks only when they are many). PostgreSQL estimates the matches
    itself (pg_trgm's statistics) and chooses."""
    from deskapp.models.person import Person  # the models import this module

    return query.with_hint(Person, f"INDEXED BY {index}", "sqlite")


@contextmanager
def in_index_order(conn: Connection) -> Iterator[None]:
    """Queries run inside read a range of an index in its order rather than gathering
    the range's rows in a bitmap and sorting them (PostgreSQL; nothing on SQLite).

    For the surnames starting with a typed word: the WHERE holds a range of the name
    index (``lower(family_name)`` from "mar" to "mas") and the same range of the search
    key. PostgreSQL multiplies the two ranges' selectivities as if independent (18 rows
    expected, 17,564 found at 1,000,000 people), so it chooses a bitmap of both indexes
    and a sort of the whole range (256 ms) over the name index read in order up to the
    LIMIT (19 ms). Such a read is bounded by the range whatever else is typed, so bitmap
    scans are turned off for it: ``SET LOCAL`` (this transaction only), and set back to
    what it was as soon as the block is read, before the other queries of the block."""
    if conn.dialect.name != "postgresql":
        yield
        return
    was = conn.exec_driver_sql("SELECT current_setting('enable_bitmapscan')").scalar()
    conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
    try:
        yield
    finally:
        conn.execute(text("SELECT set_config('enable_bitmapscan', :was, true)"), {"was": was})
