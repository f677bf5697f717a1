"""What a database's error means, on both engines, read from its codes and names and
never from its message: PostgreSQL's details quote the row's values, and SQLite's driver
quotes a text it cannot decode (personal data, either way).

- ``refusal``: why a row was refused (a reference, a unique rule, a CHECK, an empty
  column, a text too long), and the name of the rule;
- ``is_disk_full``: the disk (or the quota) filled;
- ``failure``: what kind of failure any other error is, and a code to look it up by.
"""

from __future__ import annotations

from sqlalchemy.exc import (
    DataError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
    SQLAlchemyError,
)

from deskapp.models.database import PG_DISK_FULL, SQLITE_FULL, sqlite_code

_PG_REFUSALS = {
    "23503": "reference",
    "23505": "unique",
    "23514": "check",
    "23502": "not null",
    "22001": "too long",
}
# SQLite's messages name the rule after the colon, and no value:
# "UNIQUE constraint failed: person.codice_fiscale".
_SQLITE_REFUSALS = (
    ("FOREIGN KEY", "reference"),
    ("UNIQUE", "unique"),
    ("CHECK", "check"),
    ("NOT NULL", "not null"),
)


def refusal(exc: IntegrityError | DataError) -> tuple[str, str]:
    """Why the database refused a row: a kind ("reference", "unique", "check", "not
    null", "too long", "other") and the rule's name ("" when none is known)."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    if diag is not None:  # psycopg
        state = getattr(orig, "sqlstate", "") or ""
        name = diag.constraint_name or diag.column_name or ""
        return _PG_REFUSALS.get(state, "other"), name
    message = str(orig)
    kind = next((k for prefix, k in _SQLITE_REFUSALS if message.startswith(prefix)), "other")
    if kind == "other":  # e.g. "datatype mismatch": SQLite's words for the kind
        return kind, message.split(":", 1)[0][:80]
    return kind, message.split(":", 1)[1].strip() if ":" in message else ""


def is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return (sqlite_code(orig) or 0) & 0xFF == SQLITE_FULL or (
        getattr(orig, "sqlstate", None) == PG_DISK_FULL
    )


def failure(exc: SQLAlchemyError) -> tuple[str, str]:
    """What kind of failure ``exc`` is ("connection", "disk full", "value", "rule",
    "rights", "other") and a code naming it exactly (PostgreSQL's SQLSTATE, SQLite's
    result code, else the error's class): for the server's log and the help desk."""
    orig = getattr(exc, "orig", None)
    state = getattr(orig, "sqlstate", None)
    code = sqlite_code(orig)
    shown = state or (f"SQLite {code}" if code is not None else type(orig or exc).__name__)
    if is_disk_full(exc):
        return "disk full", shown
    if state == "42501":
        return "rights", shown
    if isinstance(exc, IntegrityError):
        return "rule", shown
    if isinstance(exc, DataError):
        return "value", shown
    if isinstance(exc, (OperationalError, InterfaceError)) and not isinstance(
        exc, ProgrammingError
    ):
        if state is None or state.startswith(("08", "57")):  # connection, shutdown
            return "connection", shown
    return "other", shown
