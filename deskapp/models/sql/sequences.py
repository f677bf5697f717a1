"""Ids written explicitly by bulk inserts (imports, the demo), which choose them
themselves (``max(id) + 1`` onwards) to link rows without reading them back.

SQLite's INTEGER PRIMARY KEY takes the next id after the largest, whatever wrote it.
A PostgreSQL identity or serial column draws from a sequence that explicit ids do not
move: after such an insert the sequence is moved past the largest id, or the next
ordinary insert would collide with a row just written.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection


def catch_up_ids(connection: Connection, table: str, column: str = "id") -> None:
    """Move ``table``'s id sequence past its largest id (PostgreSQL); no-op on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
        ),
        {"table": table, "column": column},
    )
