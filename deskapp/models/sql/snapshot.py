"""A read of the whole database that sees one moment, while others go on writing.

SQLite: a deferred transaction in WAL mode sees the database as of its first read, to
its end (the writers append to the WAL; the reader keeps its snapshot). PostgreSQL:
READ COMMITTED, the default, takes a new snapshot at each statement, so a copy read
table by table could see a person's activities written after the person was read;
REPEATABLE READ keeps the first statement's snapshot for the whole transaction, and READ
ONLY says what the transaction is for (the server refuses a write in it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError


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


# The twins' reads are a report's few long queries over a whole registry, which
# PostgreSQL compiles to machine code first (JIT) when their cost is high: 0.8 s of
# compiling in the participants' 3.8 s at 1,000,000 people, more than it saved (the
# coordinator report 4.3-4.9 s with it, 3.9-4.3 s without). For these transactions only.
_NO_JIT = "SET LOCAL jit = off"

# How long the two readers of a SQLite file wait for a writer to finish before reading
# on one connection instead.
HOLD_WAIT_MS = 300

# What pg_export_snapshot() returns ("00000003-0000001B-1"): checked before it is put in
# SET TRANSACTION SNAPSHOT, which takes no parameters.
_SNAPSHOT_ID = re.compile(r"[0-9A-Fa-f]+(-[0-9A-Fa-f]+)+")


@contextmanager
def twin_snapshots(engine: Engine) -> Iterator[tuple[Connection, Connection] | None]:
    """Two connections in read transactions that see the same moment of the database,
    for a read shared by two threads (two cores); None where the database cannot give
    them: a database in memory (another connection is another database), a file that
    cannot be written or whose writer is at work (``_sqlite_twins``)."""
    with ExitStack() as stack:
        if engine.dialect.name == "postgresql":
            yield _postgresql_twins(engine, stack)
        elif engine.url.database in (None, "", ":memory:"):
            yield None
        else:
            yield _sqlite_twins(engine, stack)


def _postgresql_twins(engine: Engine, stack: ExitStack) -> tuple[Connection, Connection]:
    """The first transaction (REPEATABLE READ) exports its snapshot and the second
    takes it (``SET TRANSACTION SNAPSHOT``)."""
    first, second = (
        stack.enter_context(engine.connect()).execution_options(isolation_level="REPEATABLE READ")
        for _ in range(2)
    )
    stack.enter_context(first.begin())
    first.exec_driver_sql("SET TRANSACTION READ ONLY")
    first.exec_driver_sql(_NO_JIT)
    moment = str(first.exec_driver_sql("SELECT pg_export_snapshot()").scalar())
    if not _SNAPSHOT_ID.fullmatch(moment):
        raise ValueError("unexpected snapshot id from the server")
    _between_readers()
    stack.enter_context(second.begin())
    second.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{moment}'")
    second.exec_driver_sql("SET TRANSACTION READ ONLY")
    second.exec_driver_sql(_NO_JIT)
    return first, second


def _sqlite_twins(engine: Engine, stack: ExitStack) -> tuple[Connection, Connection] | None:
    """SQLite cannot export a snapshot: a third connection holds the write lock (BEGIN
    IMMEDIATE) while the two readers take theirs (at their first read), so no commit
    can fall between them; it lets go at once, and writers wait a few milliseconds at
    most. A writer at work (an import) is not waited for long: None, and the read
    runs on one connection, one part after the other."""
    first, second = (stack.enter_context(engine.connect()) for _ in range(2))
    hold = stack.enter_context(engine.execution_options(deskapp_write=True).connect())
    # On the driver's connection: SQLAlchemy's would begin a transaction.
    raw: Any = hold.connection.driver_connection
    patience = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
    raw.execute(f"PRAGMA busy_timeout = {HOLD_WAIT_MS}")
    try:
        held = hold.begin()  # BEGIN IMMEDIATE (the engine's begin hook)
    except OperationalError:
        return None  # a writer at work, or a file that cannot be written
    finally:
        raw.execute(f"PRAGMA busy_timeout = {patience}")
    try:
        for reader in (first, second):
            if reader is second:
                _between_readers()
            stack.enter_context(reader.begin())
            reader.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    finally:
        held.rollback()
    return first, second


def _between_readers() -> None:
    """Nothing: the tests' hook to write while the second reader takes its snapshot."""


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
