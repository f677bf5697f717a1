"""The engine, its settings, and the units of work.

This module is the only place that knows which database engine serves deskapp (a
SQLite file, or a PostgreSQL server): the rest of the code sees a ``Database`` with
``read()`` and ``write()`` units of work. The SQL that differs between the two lives in
``deskapp.models.sql``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from deskapp.errors import ConnectionLostError, DatabaseBusyError, DiskFullError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_anchor import watch_trail
from deskapp.models.connection_loss import (
    is_connection_lost,
    lost,
    lost_while_committing,
    made_after_all,
    server_name,
)
from deskapp.models.sql.snapshot import twin_snapshots
from deskapp.models.sql.transactions import (
    COMMITTED,
    IN_PROGRESS,
    transaction_id,
    transaction_status,
)

# Milliseconds a connection waits for another writer before giving up with "locked".
BUSY_TIMEOUT_MS = 10_000
# ... and the checkpoint at dispose for other readers: closing must not hang on them.
DISPOSE_CHECKPOINT_WAIT_MS = 500
# Seconds to reach a server before saying it cannot be reached (libpq waits for the
# system's TCP timeout otherwise, minutes with the network gone); an address's own
# ?connect_timeout= wins.
CONNECT_TIMEOUT_S = 10
# How long a commit whose answer was lost is asked about while the server still has it
# "in progress" (it notices its client gone within moments).
SETTLE_TRIES, SETTLE_PAUSE_S = 10, 0.3


def url_for_path(path: str | os.PathLike[str], key: str | None = None) -> URL:
    """The URL of a database file; with ``key``, of a file encrypted by SQLCipher (the
    key travels as the URL's password, which SQLAlchemy gives to ``PRAGMA key``)."""
    if key is not None:
        return URL.create("sqlite+pysqlcipher", password=key, database=str(Path(path)))
    return URL.create("sqlite+pysqlite", database=str(Path(path)))


SERVER_SCHEMES = ("postgresql", "postgres")
# libpq's own names for what the driver takes from the URL's query (sslmode=require...):
# passed through as they are.
POSTGRESQL_DRIVER = "postgresql+psycopg"


def server_url(url: str | URL) -> URL:
    """A ``postgresql://user@host:port/dbname`` address as the URL of the psycopg 3
    driver. No password is needed in it: libpq reads PGPASSWORD and ~/.pgpass itself.
    ``?sslmode=...`` and libpq's other parameters stay as given."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in SERVER_SCHEMES:
        parsed = parsed.set(drivername=POSTGRESQL_DRIVER)
    return parsed


def is_server_url(url: str | URL) -> bool:
    """Whether ``url`` names a PostgreSQL server (with or without a driver)."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except Exception:
        return False
    return parsed.get_backend_name() in SERVER_SCHEMES


def _install_sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below issue BEGIN itself: the pysqlite driver's
        # own implicit transactions start late and never cover the first SELECT.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if engine.url.get_driver_name() == "pysqlcipher":
            # The dialect has given the key already; a wrong one is said in words
            # (sqlite_files.check_key), not by SQLCipher on stderr.
            cur.execute("PRAGMA cipher_log_level = NONE")
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


SQLITE_BUSY, SQLITE_FULL = 5, 13  # SQLite's result codes
# PostgreSQL's SQLSTATEs with the same meaning: lock_timeout passed, disk full.
PG_LOCK_NOT_AVAILABLE, PG_DISK_FULL = "55P03", "53100"


def sqlite_code(exc: BaseException | None) -> int | None:
    """SQLite's result code of a driver error (sqlite3 and sqlcipher3 both carry it)."""
    return getattr(exc, "sqlite_errorcode", None)


@contextmanager
def _in_words(db: Database | None = None, *, writing: bool = False) -> Iterator[None]:
    """A database that stays locked, or a disk that fills, said as what it means for the
    operator (the transaction has rolled back whole: nothing of it was written); on a
    server, a connection lost (deskapp.models.connection_loss), which ``db`` tells
    those who watch it about."""
    try:
        yield
    except ConnectionLostError as exc:
        if db is not None and exc.saved is not True:  # True: an answer, from the server
            db._connection_changed(False)
        raise
    except DBAPIError as exc:
        if db is not None and db.is_postgresql and is_connection_lost(exc):
            db._connection_changed(False)
            raise lost(server_name(db.url), writing=writing) from exc
        if not isinstance(exc, OperationalError):
            raise
        code = sqlite_code(exc.orig)
        state = getattr(exc.orig, "sqlstate", None)
        if code == SQLITE_BUSY or state == PG_LOCK_NOT_AVAILABLE:
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The database is busy: another program has been writing to it for "
                    "more than {seconds} seconds. Nothing was saved; try again in a moment, "
                    "and if it goes on, close the other deskapp or the program using the file.",
                ),
                seconds=BUSY_TIMEOUT_MS // 1000,
            ) from exc
        if code == SQLITE_FULL or state == PG_DISK_FULL:
            raise DiskFullError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The disk is full: nothing of this save was written, and what was saved "
                    "before is intact. Free some space on the disk, then save again.",
                )
            ) from exc
        raise
    else:
        if db is not None and db.connection_lost:
            db._connection_changed(True)


class Database:
    """One database, reached through short units of work.

    ``with db.write() as s:`` commits on success and rolls back on any exception;
    ``with db.read() as s:`` never writes.
    """

    def __init__(self, url: URL | str, *, echo: bool = False, password: str | None = None) -> None:
        self.url = server_url(url)
        # Whether the server was found gone, and who wants to know (the window).
        self.connection_lost = False
        self._watchers: list[Callable[[bool], None]] = []
        # A commit whose answer was lost and that could not be asked about yet.
        self._unsettled: int | None = None
        self._settling = threading.Lock()
        options: dict[str, Any] = {}
        if self.key is not None:
            # The pysqlcipher dialect defaults to one connection per thread that is never
            # closed; a queue, as for plain files, serves the background tasks the same.
            options["poolclass"] = QueuePool
        if self.is_postgresql:
            # A connection the server or the network dropped is replaced before use.
            options["pool_pre_ping"] = True
            options["connect_args"] = {
                "application_name": "deskapp",
                # A row locked by another writer for longer is "busy", as on SQLite.
                # Before the administrator's own ?options=, not instead of them: the
                # later -c wins, so theirs may also set a lock_timeout of their own.
                "options": f"-c lock_timeout={BUSY_TIMEOUT_MS} {_url_options(self.url)}".strip(),
            }
            if "connect_timeout" not in self.url.query:
                options["connect_args"]["connect_timeout"] = CONNECT_TIMEOUT_S
            if password is not None:
                # Asked of the operator: a parameter of each connection, never part of
                # the URL (which is shown and logged), never written anywhere.
                options["connect_args"]["password"] = password
        self.engine = create_engine(self.url, echo=echo, **options)
        # Every write of a travelling record is logged in its own transaction (issue 16).
        from deskapp.sync.changes import install as track_changes

        track_changes()
        if self.is_sqlite:
            _install_sqlite_settings(self.engine)
        self._read_factory = sessionmaker(self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(
            self.engine.execution_options(deskapp_write=True), expire_on_commit=False
        )
        if self.path is not None:
            # The trail's head, anchored beside the file after each commit that moved it.
            watch_trail(self._write_factory, self.path)

    @classmethod
    def at_path(cls, path: str | os.PathLike[str], key: str | None = None) -> Database:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(url_for_path(path, key))

    @property
    def key(self) -> str | None:
        """The SQLCipher key of an encrypted file; None for a plain one."""
        if self.url.get_driver_name() == "pysqlcipher":
            return self.url.password or ""
        return None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def is_postgresql(self) -> bool:
        return self.url.get_backend_name() == "postgresql"

    @property
    def location(self) -> str:
        """Where the data is, to show: the file's path, or the server's address without
        any password."""
        if self.path is not None:
            return str(self.path)
        from deskapp.paths import is_password_parameter

        url = self.url.set(drivername=self.url.get_backend_name())
        url = url.difference_update_query([k for k in url.query if is_password_parameter(k)])
        return url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite files; None for servers and memory."""
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _in_words(self), self._read_factory.begin() as session:
            yield session

    @contextmanager
    def read_together(self) -> Iterator[tuple[Session, Session]]:
        """Two sessions that see the same moment of the database, on two connections:
        a long read split between two threads runs on two cores (the coordinator
        report). The same session twice where the database cannot give two
        (``twin_snapshots``): the work then runs one part after the other."""
        with _in_words(self), twin_snapshots(self.engine) as twins:
            if twins is None:
                with self._read_factory.begin() as session:
                    yield session, session
                return
            with Session(twins[0]) as first, Session(twins[1]) as second:
                yield first, second

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any exception. On
        a server, a save is made once or not at all: a connection lost before COMMIT
        wrote nothing (the server rolls it back); lost during COMMIT, the server is
        asked on a new connection whether it committed (deskapp.models.sql.transactions).
        When it cannot be asked yet, the next save waits for the answer, and is refused
        if the earlier one was made after all (it may be the same save tried again)."""
        with _in_words(self, writing=True):
            if self._unsettled is not None:
                self._settle_earlier()
            with self._write_factory() as session:
                session.begin()
                try:
                    yield session
                    session.flush()
                    xid = transaction_id(session)
                except BaseException:
                    session.rollback()
                    raise
                try:
                    session.commit()
                except DBAPIError as exc:
                    if xid is None or not is_connection_lost(exc):
                        raise
                    if self._outcome(xid) != COMMITTED:
                        raise

    def _outcome(self, xid: int) -> str | None:
        """What became of the transaction ``xid`` whose commit lost its answer: asked on
        a new connection until the server has settled it. Not reachable: remembered
        for the next save, and said so (ConnectionLostError, saved None)."""
        for _ in range(SETTLE_TRIES):
            try:
                with self.engine.connect() as conn:
                    status = transaction_status(conn, xid)
            except DBAPIError:
                self._unsettled = xid
                raise lost_while_committing(server_name(self.url)) from None
            if status != IN_PROGRESS:
                return status
            time.sleep(SETTLE_PAUSE_S)
        self._unsettled = xid
        raise lost_while_committing(server_name(self.url))

    def _settle_earlier(self) -> None:
        """Before another save: the answer about the save whose commit was cut."""
        with self._settling:
            xid = self._unsettled
            if xid is None:
                return
            status = self._outcome(xid)
            self._unsettled = None
            if status == COMMITTED:
                raise made_after_all()

    # --- the connection to a server -------------------------------------------------

    def watch_connection(self, watcher: Callable[[bool], None]) -> None:
        """``watcher(False)`` when the server is found gone, ``watcher(True)`` when it
        answers again; called on the thread that found out."""
        self._watchers.append(watcher)

    def _connection_changed(self, connected: bool) -> None:
        if self.connection_lost == (not connected):
            return
        self.connection_lost = not connected
        for watcher in list(self._watchers):
            watcher(connected)

    def reconnect(self) -> None:
        """Drop every pooled connection and reach the server again, settling a save
        whose commit was cut; raises ConnectionLostError while it does not answer."""
        self.engine.dispose()
        with _in_words(self):
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
            if self._unsettled is not None:
                try:
                    self._settle_earlier()
                except ConnectionLostError as exc:
                    if exc.saved:  # made after all: said once, then every save goes on
                        self._connection_changed(True)
                    raise

    def checkpoint(self) -> None:
        """Copy the WAL's pages into the database file and empty the WAL (SQLite
        only): after it, what was overwritten exists in neither file."""
        if not self.is_sqlite:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        """Close the pooled connections. A file's WAL is checkpointed into it first
        (TRUNCATE), so what was committed is in the database file itself: a copy of
        the file taken while deskapp is closed is complete, even when a connection
        checked out elsewhere keeps SQLite from doing so at the last close."""
        self._fold_wal()
        self.engine.dispose()

    def _fold_wal(self) -> None:
        path = self.path
        if path is None:
            return
        try:
            if path.with_name(path.name + "-wal").stat().st_size == 0:
                return
        except OSError:
            return  # no WAL: nothing to fold (and no new file is made by connecting)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={DISPOSE_CHECKPOINT_WAIT_MS}")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SQLAlchemyError:
            # Busy, or the file is damaged or gone: closing goes on; SQLite folds the WAL
            # at the next open, and db check says if the file cannot be read.
            pass

    def __repr__(self) -> str:
        return f"<Database {self.location}>"


def _url_options(url: URL) -> str:
    """The ``options`` the address gives the server (``?options=-c%20...``), if any."""
    given = url.query.get("options") or ""
    return " ".join(given) if isinstance(given, tuple) else str(given)
