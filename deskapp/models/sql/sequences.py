"""Ids written explicitly by bulk inserts (imports, the demo), which know them before
inserting to link rows without reading them back.

``reserve_ids`` hands out ids no other writer can take. SQLite: the ids after the
largest, since a writer holds the whole file (BEGIN IMMEDIATE) until it commits.
PostgreSQL: drawn from the table's sequence, as an ordinary insert draws its id, so an
import and the desks saving people at the same moment never pick the same one (reading
``max(id) + 1`` there would: the other writers' rows are not visible yet, and the
sequence does not know of ids written explicitly).

``catch_up_ids``, after rows written with ids chosen otherwise (the demo, a copy of a
whole database): moves the sequence past the largest id, forward only, so a later
ordinary insert does not collide with them. Ids from ``reserve_ids`` are behind the
sequence already: nothing to move (and the desks' role, which may not move a sequence,
needs nothing more than USAGE and SELECT on it; deskapp.models.sql.roles).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.engine import Connection


def _sequence(connection: Connection, table: str, column: str) -> str | None:
    found = connection.execute(
        text("SELECT pg_get_serial_sequence(:table, :column)"),
        {"table": table, "column": column},
    ).scalar()
    return str(found) if found else None


def reserve_ids(
    connection: Connection, table: str, count: int, column: str = "id"
) -> Sequence[int]:
    """``count`` new ids for ``table``, in increasing order, that no other writer will
    use (module docstring). On PostgreSQL they may have gaps, as ordinary ids do."""
    if count <= 0:
        return []
    quote = connection.dialect.identifier_preparer.quote
    if connection.dialect.name != "postgresql":
        largest = connection.exec_driver_sql(
            f"SELECT coalesce(max({quote(column)}), 0) FROM {quote(table)}"
        ).scalar()
        first = int(largest or 0) + 1
        return range(first, first + count)
    sequence = _sequence(connection, table, column)
    if sequence is None:  # pragma: no cover - every deskapp id column has one
        raise LookupError(f"{table}.{column} has no sequence")
    drawn = connection.execute(
        text("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)"),
        {"sequence": sequence, "count": count},
    ).scalars()
    return sorted(int(i) for i in drawn)


def catch_up_ids(connection: Connection, table: str, column: str = "id") -> None:
    """Move ``table``'s id sequence past its largest id, if it is not past it already
    (PostgreSQL); no-op on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    sequence = _sequence(connection, table, column)
    if sequence is None:
        return
    quote = connection.dialect.identifier_preparer.quote
    # pg_get_serial_sequence gives the name quoted as needed: it is a relation name.
    largest, last, called = connection.exec_driver_sql(
        f"SELECT (SELECT max({quote(column)}) FROM {quote(table)}), last_value, is_called "
        f"FROM {sequence}"
    ).one()
    following = int(last) + 1 if called else int(last)  # what nextval() would give
    if largest is not None and int(largest) >= following:
        connection.execute(
            text("SELECT setval(CAST(:sequence AS regclass), :value, false)"),
            {"sequence": sequence, "value": int(largest) + 1},
        )
