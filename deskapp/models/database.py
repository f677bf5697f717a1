"""The engine, its SQLite settings, and the units of work.

This module is the only place that knows which database engine serves deskapp: the
rest of the code sees a ``Database`` with ``read()`` and ``write()`` units of work.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

# Milliseconds a connection waits for another writer before giving up with "locked".
BUSY_TIMEOUT_MS = 10_000


def url_for_path(path: str | os.PathLike[str]) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path)))


def _install_sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN itself: the pysqlite driver's
        # own implicit transactions start late and never cover the first SELECT.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        # Deleted and overwritten content is zeroed, not left in free pages: an erased
        # person's name and codice fiscale must not survive in the file's bytes.
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front (BEGIN IMMEDIATE), so a unit of work
        # that read first never fails half-way with SQLITE_BUSY when it starts writing;
        # the busy timeout applies to this BEGIN instead.
        mode = "IMMEDIATE" if conn.get_execution_options().get("deskapp_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database, reached through short units of work.

    ``with db.write() as s:`` commits on success and rolls back on any exception;
    ``with db.read() as s:`` never writes.
    """

    def __init__(self, url: URL | str, *, echo: bool = False) -> None:
        self.url = make_url(url) if isinstance(url, str) else url
        self.engine = create_engine(self.url, echo=echo)
        if self.is_sqlite:
            _install_sqlite_settings(self.engine)
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(
            self.engine.execution_options(deskapp_write=True), expire_on_commit=False
        )

    @classmethod
    def at_path(cls, path: str | os.PathLike[str]) -> Database:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(url_for_path(path))

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite files; None for servers and memory."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_factory.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write_factory.begin() as session:
            yield session

    def checkpoint(self) -> None:
        """Copy the WAL's pages into the database file and empty the WAL (SQLite
        only): after it, what was overwritten exists in neither file."""
        if not self.is_sqlite:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"<Database {self.url.render_as_string(hide_password=True)}>"
