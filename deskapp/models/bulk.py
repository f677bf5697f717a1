"""Fast bulk INSERT for imports and demo data.

``connection.execute(insert(table), rows)`` spends most of a 100,000-row import
building per-row parameters. ``BulkInsert`` does the same conversion with the
columns' own bind processors (so enums, dates and money are stored exactly as the
ORM stores them), looked up once, and hands plain tuples to the engine's bulk write
(COPY on PostgreSQL, executemany on SQLite: deskapp.models.sql.bulk_insert).
``prepare`` is pure and picklable work, so import workers can do it in parallel.
Python-side column defaults are not applied: pass every value.

Derived columns are the exception: a person's ``search_key`` is computed here from
the row (as the ORM's mapper event computes it), so no bulk path can forget it. So is
the global id of a travelling record (deskapp.models.base.Travels), when the rows do
not bring one, and the rows are written to the change log (deskapp.sync.changes).

Rows given with their ids move PostgreSQL's id sequence past them after each batch
(deskapp.models.sql.sequences); SQLite needs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, FromClause, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.url import make_url

from deskapp.models.base import new_gid
from deskapp.models.search_key import person_search_key
from deskapp.models.sql.bulk_insert import insert_prepared
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
    def __init__(
        self, table: FromClause, keys: Sequence[str], dialect: Dialect, log: bool = True
    ) -> None:
        self.keys = tuple(keys)
        self.table_name = str(getattr(table, "name", ""))
        # A travelling record's global id: drawn here when the rows have none.
        self._travels = "gid" in table.columns
        self._log = log  # False: rows taken in from a bundle, not this database's change
        self._gid_drawn = self._travels and "gid" not in self.keys
        if self._gid_drawn:
            self.keys = (*self.keys, "gid")
        self._derived: tuple[str, Callable[[Mapping[str, Any]], Any]] | None = None
        derived = DERIVED.get(getattr(table, "name", ""))
        if derived is not None and derived[0] not in self.keys:
            self._derived = derived
            self.keys = (*self.keys, derived[0])
        columns = [table.columns[k] for k in self.keys]
        self.columns = tuple(c.name for c in columns)
        self._processors = tuple(
            c.type._cached_bind_processor(dialect)
            for c in columns  # noqa: SLF001
        )
        self._processing = tuple((i, p) for i, p in enumerate(self._processors) if p is not None)
        self._memo: list[tuple[Any, Any] | None] = [None] * len(self.keys)
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
        derived = self._derived
        given = len(self.keys) - (derived is not None) - self._gid_drawn
        values = [row[k] for k in self.keys[:given]]
        if self._gid_drawn:  # the gid before the derived column, as in keys
            values.append(new_gid())
        if derived is not None:  # the derived column is the last key
            values.append(derived[1](row))
        # Only the columns that have a processor; the last value each saw is reused when
        # the next row brings the same object (an import's timestamps, a desk's id).
        memo = self._memo
        for i, process in self._processing:
            value = values[i]
            seen = memo[i]
            if seen is not None and seen[0] is value:
                values[i] = seen[1]
            else:
                converted = process(value)
                memo[i] = (value, converted)
                values[i] = converted
        return tuple(values)

    def execute(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        if rows:
            # COPY on PostgreSQL (deskapp.models.sql.bulk_insert), executemany on SQLite.
            insert_prepared(conn, self.table_name, self.columns, rows)
            if "id" in self.keys:
                catch_up_ids(conn, self.table_name)
            if self._travels and self._log:
                from deskapp.sync.changes import log_bulk

                at = self.keys.index("gid")
                log_bulk(conn, self.table_name, (r[at] for r in rows))


def insert_rows(
    conn: Connection, table: FromClause, rows: Sequence[Mapping[str, Any]], log: bool = True
) -> None:
    """Insert dict rows that all carry the same keys (``log=False``: not into the change
    log, for rows taken in from a bundle)."""
    if not rows:
        return
    bulk = BulkInsert(table, list(rows[0]), conn.dialect, log)
    bulk.execute(conn, [bulk.prepare(r) for r in rows])


# The most memory a large write's page cache may take (KiB).
LARGE_WRITE_CACHE_KIB = 256 * 1024


@contextmanager
def large_write(connection: Connection, size: int) -> Iterator[None]:
    """For a write of about ``size`` bytes in one transaction (an import), on SQLite: a
    page cache that holds what the transaction changes (up to LARGE_WRITE_CACHE_KIB),
    given back afterwards. With the default cache (2 MB) SQLite spills changed pages to
    the WAL while the transaction runs, and the pages of the indexes, changed again and
    again, are written again and again. No-op on other databases; the connection's own
    setting comes back even if the transaction fails.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    # Negative: in KiB (positive: in pages).
    wanted = min(LARGE_WRITE_CACHE_KIB, size // 1024)
    current = -before if before < 0 else before * _page_kib(connection)
    if wanted <= current:
        yield
        return
    connection.exec_driver_sql(f"PRAGMA cache_size = -{wanted}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def _page_kib(connection: Connection) -> int:
    return int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 4096) // 1024


@contextmanager
def indexes_rebuilt(connection: Connection, table: str) -> Iterator[None]:
    """For a write that at least doubles ``table`` (an import into a new or small
    registry), on SQLite: its plain (not unique) indexes dropped before and built again
    after, from their own definitions. Building an index from sorted rows costs less
    than inserting each row into it (at 100,000 people into an empty registry, about
    1.5 s less of 5); into a table as large as the write it is even (measured), and for
    a smaller write it costs more, so callers use it only for large writes.

    The unique indexes stay: they refuse a duplicate as it comes. SQLite's DDL is
    transactional: if the write fails, the rollback brings the indexes back as they
    were. No-op on other databases.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    plain = [
        (name, sql)
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).all()
        if not str(sql).lstrip().upper().startswith("CREATE UNIQUE")
    ]
    quote = connection.dialect.identifier_preparer.quote
    for name, _ in plain:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield
    for _, sql in plain:
        connection.exec_driver_sql(sql)
