"""A read of the whole database that sees one moment, while others go on writing.

SQLite: a deferred transaction in WAL mode sees the database as of its first read, to
its end (the writers append to the WAL; the reader keeps its snapshot). PostgreSQL:
READ COMMITTED, the default, takes a new snapshot at each statement, so a copy read
table by table could see a person's activities written after the person was read;
REPEATABLE READ keeps the first statement's snapshot for the whole transaction, and READ
ONLY says what the transaction is for (the server refuses a write in it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection


@contextmanager
def read_snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection in a read-only transaction that sees one moment of the database
    (from its first statement on), rolled back at the end."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin() as transaction:
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                yield conn
            finally:
                transaction.rollback()


class Undecodable:
    """A text of a SQLite file that is not UTF-8 (``NOT_UTF8``): SQLite's driver would
    refuse the whole read with a message quoting the text."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<text that is not UTF-8>"


NOT_UTF8 = Undecodable()


def _decoded(raw: bytes) -> str | Undecodable:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8


@contextmanager
def undecodable_marked(conn: Connection) -> Iterator[None]:
    """While inside, a text of ``conn`` that is not UTF-8 is read as ``NOT_UTF8`` rather
    than failing the read (SQLite; PostgreSQL checks its texts' encoding on the way in)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw: Any = conn.connection.driver_connection
    before = raw.text_factory
    raw.text_factory = _decoded
    try:
        yield
    finally:
        raw.text_factory = before
