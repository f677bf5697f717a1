"""Fast bulk INSERT for imports and demo data.

``connection.execute(insert(table), rows)`` spends most of a 100,000-row import
building per-row parameters. ``BulkInsert`` does the same conversion with the
columns' own bind processors (so enums, dates and money are stored exactly as the
ORM stores them), looked up once, and hands plain tuples to the driver's
executemany. ``prepare`` is pure and picklable work, so import workers can do it
in parallel. Python-side column defaults are not applied: pass every value.

Derived columns are the exception: a person's ``search_key`` is computed here from
the row (as the ORM's mapper event computes it), so no bulk path can forget it.

Rows given with their ids move PostgreSQL's id sequence past them after each batch
(deskapp.models.sql.sequences); SQLite needs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, FromClause, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.url import make_url

from deskapp.models.search_key import person_search_key
from deskapp.models.sql.sequences import catch_up_ids

# Per table: a column computed from the row's other values, appended to the keys.
DERIVED: dict[str, tuple[str, Callable[[Mapping[str, Any]], Any]]] = {
    "person": ("search_key", person_search_key),
}


def dialect_named(name: str) -> Dialect:
    """A dialect instance from its name, for worker processes without an engine."""
    if name == "postgresql":
        name = "postgresql+psycopg"  # the driver deskapp uses (deskapp.models.database)
    return make_url(f"{name}://").get_dialect()()


class BulkInsert:
    def __init__(self, table: FromClause, keys: Sequence[str], dialect: Dialect) -> None:
        self.keys = tuple(keys)
        self.table_name = str(getattr(table, "name", ""))
        self._derived: tuple[str, Callable[[Mapping[str, Any]], Any]] | None = None
        derived = DERIVED.get(getattr(table, "name", ""))
        if derived is not None and derived[0] not in self.keys:
            self._derived = derived
            self.keys = (*self.keys, derived[0])
        columns = [table.columns[k] for k in self.keys]
        self._processors = tuple(
            c.type._cached_bind_processor(dialect)
            for c in columns  # noqa: SLF001
        )
        quote = dialect.identifier_preparer.quote
        # psycopg (pyformat) takes positional %s with tuples too.
        if dialect.paramstyle not in ("qmark", "format", "pyformat"):  # pragma: no cover
            raise NotImplementedError(f"bulk insert for paramstyle {dialect.paramstyle}")
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        self.statement = (
            f"INSERT INTO {dialect.identifier_preparer.format_table(cast(Table, table))} "
            f"({', '.join(quote(c.name) for c in columns)}) "
            f"VALUES ({', '.join(mark for _ in columns)})"
        )

    def prepare(self, row: Mapping[str, Any]) -> tuple[Any, ...]:
        if self._derived is not None:
            name, compute = self._derived
            row = {**row, name: compute(row)}
        return tuple(
            p(row[k]) if p is not None else row[k]
            for k, p in zip(self.keys, self._processors, strict=True)
        )

    def execute(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        if rows:
            conn.exec_driver_sql(self.statement, list(rows))
            if "id" in self.keys:
                catch_up_ids(conn, self.table_name)


def insert_rows(conn: Connection, table: FromClause, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert dict rows that all carry the same keys."""
    if not rows:
        return
    bulk = BulkInsert(table, list(rows[0]), conn.dialect)
    bulk.execute(conn, [bulk.prepare(r) for r in rows])
