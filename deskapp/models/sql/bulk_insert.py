"""Many new rows of one table written at once, their values already in the form the
driver takes (the columns' bind processors applied: deskapp.models.bulk.BulkInsert).

PostgreSQL: ``COPY table (columns) FROM STDIN``, one stream per batch. An INSERT run
over the batch (psycopg's executemany, pipelined) is still one statement per row that
the server parses, plans and answers: measured on 100,000 people (an import), COPY
took about half the server's CPU and a third of the client's. Constraints, unique
indexes, foreign keys and triggers apply to COPY as to INSERT, and a concurrent
writer's uncommitted duplicate makes it wait the same way.

SQLite: one prepared INSERT run over the batch (executemany), which is what SQLite does
fastest in-process.

``indexed_at_the_end``: an empty database filled in one transaction (the demo) with its
plain indexes and the skills' search index built once, after the rows.

An error comes back as SQLAlchemy's (IntegrityError, DataError...) on both engines, so
callers handle a refused row the same way whichever the engine
(deskapp.models.sql.unique reads which rule it broke).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def insert_prepared(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Write ``rows`` (tuples of driver-ready values, in the order of ``columns``) into
    ``table`` within the connection's transaction."""
    if not rows:
        return
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(c) for c in columns)
    if dialect.name != "postgresql":
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        marks = ", ".join(mark for _ in columns)
        conn.exec_driver_sql(
            f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})",
            rows if isinstance(rows, list) else list(rows),
        )
        return
    statement = f"COPY {quote(table)} ({names}) FROM STDIN"
    raw: Any = conn.connection.dbapi_connection  # psycopg's: its cursors COPY
    dbapi = dialect.loaded_dbapi
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
    except dbapi.Error as exc:
        # As SQLAlchemy reports an INSERT's error: IntegrityError, DataError... The
        # statement names only the table and columns, never a value.
        raise DBAPIError.instance(statement, None, exc, dbapi.Error) from None


@contextmanager
def indexed_at_the_end(conn: Connection, tables: Sequence[str]) -> Iterator[None]:
    """For an empty database filled in one transaction (the demo): the plain (not
    unique) indexes of ``tables`` dropped first and built once at the end, from their own
    definitions, and on SQLite the skills' search index filled in one statement instead
    of by its per-row trigger. An index built from the finished table is a sort; kept up
    to date row by row it is a random write per row and index, which at a million people
    no page cache holds. The unique indexes stay (they refuse a duplicate as it comes).

    Both engines' DDL is transactional: if the fill fails, the rollback brings back the
    indexes and the trigger as they were. Only for a database no one else is using: on
    PostgreSQL a dropped index locks its table until the commit.
    """
    if conn.dialect.name == "sqlite":
        from deskapp.models.bulk import indexes_rebuilt
        from deskapp.models.skill_index import CREATE_STATEMENTS, FILL_STATEMENT, has_skill_index

        with ExitStack() as stack:
            for table in tables:
                stack.enter_context(indexes_rebuilt(conn, table))
            skills = has_skill_index(conn)
            if skills:
                conn.exec_driver_sql("DROP TRIGGER skill_fts_ai")
            yield
            if skills:
                # The skills written while the trigger was away (the database was empty).
                conn.exec_driver_sql(FILL_STATEMENT)
                conn.exec_driver_sql(CREATE_STATEMENTS[1])
        return
    if conn.dialect.name != "postgresql":  # pragma: no cover - the two engines deskapp runs on
        yield
        return
    plain = conn.exec_driver_sql(
        "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
        "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
        "WHERE t.relnamespace = current_schema()::regnamespace "
        "AND t.relname = ANY(%(tables)s) AND NOT x.indisunique ORDER BY t.relname, i.relname",
        {"tables": list(tables)},
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for name, _ in plain:
        conn.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield
    for _, definition in plain:
        conn.exec_driver_sql(definition)
