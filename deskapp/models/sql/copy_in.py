"""Writing many rows into a table at once, each with all its columns given (a copy of
a whole database, deskapp.dbcopy).

PostgreSQL: ``COPY ... FROM STDIN``, one stream per batch, several times faster than
INSERTs, even pipelined (each INSERT is a statement the server plans and answers);
constraints and triggers apply as to INSERTs. SQLite: one prepared INSERT run over the
batch (executemany), which is what SQLite does fastest in-process.

The values are Python values (dates, times, booleans, numbers, text) turned into what
the driver takes by the columns' own bind processors for the engine, as SQLAlchemy
does for an INSERT. An error comes back as SQLAlchemy's (IntegrityError, DataError...)
on both engines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def write_rows(conn: Connection, table: Table, rows: Sequence[Sequence[Any]]) -> None:
    """Write ``rows`` (tuples in the order of ``table``'s columns) into ``table``."""
    if not rows:
        return
    dialect = conn.dialect
    columns = list(table.columns)
    processing = [
        (i, p)
        for i, p in enumerate(c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns)
        if p is not None
    ]
    if processing:
        prepared = []
        for row in rows:
            values = list(row)
            for i, process in processing:
                values[i] = process(values[i])
            prepared.append(values)
        rows = prepared
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c.name) for c in columns)
    if dialect.name != "postgresql":
        marks = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(
            f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})", [tuple(r) for r in rows]
        )
        return
    statement = f"COPY {quote(table.name)} ({names}) FROM STDIN"
    raw: Any = conn.connection.dbapi_connection  # psycopg's: its cursors COPY
    dbapi = dialect.loaded_dbapi
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except dbapi.Error as exc:
        # As SQLAlchemy reports an INSERT's error: IntegrityError, DataError...
        raise DBAPIError.instance(statement, None, exc, dbapi.Error) from None
