"""A database server that went away, recognised and said in words, in one place.

The engine replaces a connection the server or the network dropped before handing it
out (SQLAlchemy's ``pool_pre_ping``), so the next unit of work after the server is
back simply works: that is the retry. A unit of work whose connection breaks under it
is rolled back by the server whole; ``deskapp.models.database`` turns the driver's
error into a ``ConnectionLostError`` with these words, and tells whoever watches the
connection (the window shows it; nothing here knows about screens).

A server that asks for a password nobody gave (no PGPASSWORD, no ~/.pgpass entry) is
told apart: ``PasswordNeededError``, so the window and the terminal can ask for it.
"""

from __future__ import annotations

from sqlalchemy import URL
from sqlalchemy.exc import DBAPIError, OperationalError

from deskapp.errors import ConnectionLostError, PasswordNeededError
from deskapp.i18n import QT_TRANSLATE_NOOP

# PostgreSQL's SQLSTATEs of a connection gone: class 08 (connection exception), and
# the server shutting down or starting (admin_shutdown, crash_shutdown,
# cannot_connect_now).
_CONNECTION_CLASS = "08"
_SHUTTING_DOWN = frozenset({"57P01", "57P02", "57P03"})

LOST_WHILE_READING = QT_TRANSLATE_NOOP(
    "Error",
    "The connection to the database server {server} was lost. What you typed is kept. "
    "deskapp connects again at your next action, or press Reconnect.",
)
LOST_NOTHING_SAVED = QT_TRANSLATE_NOOP(
    "Error",
    "The connection to the database server {server} was lost: nothing of this save was "
    "written, and what you typed is kept. Save again once the server answers (deskapp "
    "connects again at your next action, or press Reconnect).",
)
LOST_WHILE_COMMITTING = QT_TRANSLATE_NOOP(
    "Error",
    "The connection to the database server {server} was lost while it was saving: "
    "whether the save arrived is checked as soon as the server answers. Keep the record "
    "open and press Reconnect; do not save it again before.",
)
MADE_AFTER_ALL = QT_TRANSLATE_NOOP(
    "Error",
    "The save tried when the connection was lost had reached the server after all, so "
    "this one was not made, not to write it twice. Close the record and open it again "
    "to see what was saved.",
)
NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Error",
    "The database server {server} asks for a password, and none was found in "
    "PGPASSWORD or ~/.pgpass.",
)


def server_name(url: URL) -> str:
    """A server's database as people read it: ``host:port/database``, the host being
    libpq's (a socket folder given as ``?host=``) when the URL names none. Never the
    user's password, nor libpq's other parameters."""
    host = url.host or str(url.query.get("host") or "") or "localhost"
    return f"{host}:{url.port or 5432}/{url.database or ''}"


def needs_password(exc: BaseException) -> bool:
    """Whether the server asked for a password that libpq did not have (psycopg keeps
    the failed connection on the error; libpq says so itself, in any language)."""
    orig = getattr(exc, "orig", exc)
    pgconn = getattr(orig, "pgconn", None)
    return bool(getattr(pgconn, "needs_password", False))


def is_connection_lost(exc: BaseException) -> bool:
    """Whether a PostgreSQL driver error means the server is gone or out of reach,
    rather than a refusal of what was asked (a constraint, a lock timeout...)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = getattr(exc.orig, "sqlstate", None)
    if state:
        return str(state).startswith(_CONNECTION_CLASS) or state in _SHUTTING_DOWN
    # No SQLSTATE: libpq's own failure to connect (refused, no route, timed out).
    return isinstance(exc, OperationalError) and not needs_password(exc)


def lost(server: str, *, writing: bool) -> ConnectionLostError:
    """The words for a unit of work that lost its connection: the server rolled it
    back whole, so a save wrote nothing."""
    if writing:
        return ConnectionLostError(LOST_NOTHING_SAVED, saved=False, server=server)
    return ConnectionLostError(LOST_WHILE_READING, saved=False, server=server)


def lost_while_committing(server: str) -> ConnectionLostError:
    return ConnectionLostError(LOST_WHILE_COMMITTING, saved=None, server=server)


def made_after_all() -> ConnectionLostError:
    return ConnectionLostError(MADE_AFTER_ALL, saved=True)


def password_needed(server: str) -> PasswordNeededError:
    return PasswordNeededError(NEEDS_PASSWORD, server=server)
