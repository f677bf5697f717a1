"""What a migration must carry over when SQLite rebuilds a table.

Alembic's batch mode changes a SQLite table by copying it into a new one and dropping
the old: the indexes are made again from the reflected table, but the triggers defined
on the old table go with it. The full-text index of people (deskapp.models.person_index)
lives on such triggers, so a rebuilt ``person`` without them would leave every later
name out of the search, and nothing would say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection


@contextmanager
def triggers_kept(bind: Connection, table: str) -> Iterator[None]:
    """Make again, after the block, the triggers on ``table`` that the block dropped."""
    if bind.dialect.name != "sqlite":
        yield
        return
    before = bind.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    yield
    now = {
        row[0]
        for row in bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    for name, sql in before:
        if name not in now:
            bind.exec_driver_sql(sql)
