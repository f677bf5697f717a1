"""What became of a commit whose answer was lost with the connection.

A connection that breaks while the server is committing leaves the client not knowing
whether the save was made. PostgreSQL can say: the writing transaction's id is read
before COMMIT (``pg_current_xact_id_if_assigned``, NULL when it wrote nothing), and a
new connection asks the server what became of it (``pg_xact_status``): committed,
aborted (a server restarted mid-commit rolls back what it had not committed), or
still in progress (the server has not noticed yet that its client is gone).

SQLite: a file does not lose its connection half-way through a commit; there is no id
to ask about, and ``transaction_id`` gives None.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

COMMITTED = "committed"
ABORTED = "aborted"
IN_PROGRESS = "in progress"


def transaction_id(session: Session) -> int | None:
    """The id of the session's writing transaction on PostgreSQL; None on SQLite, and
    for a transaction that has written nothing (nothing to lose)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    found = session.execute(text("SELECT pg_current_xact_id_if_assigned()::text")).scalar()
    return int(found) if found is not None else None


def transaction_status(conn: Connection, xid: int) -> str | None:
    """``COMMITTED``, ``ABORTED`` or ``IN_PROGRESS`` for the transaction ``xid``, asked
    on another connection; None when the server no longer knows (far too old)."""
    found = conn.execute(
        text("SELECT pg_xact_status(CAST(:xid AS xid8))"), {"xid": str(xid)}
    ).scalar()
    return str(found) if found is not None else None
