"""Serialising the audit trail's append, so concurrent writers never fork the chain.

Each event names the hash of the one before it, read inside the writing transaction.
SQLite: writers begin with BEGIN IMMEDIATE (``deskapp.models.database``), so one writer
at a time holds the whole file and nothing is needed here. PostgreSQL: many writers run
at once under READ COMMITTED; a transaction-scoped advisory lock taken before the last
hash is read makes the appends take turns, and is released at COMMIT or ROLLBACK, so
the next writer reads the hash just committed. No table row is locked and readers are
never held up.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

# One number for the chain's lock (advisory locks are named by a bigint):
# int.from_bytes(b"deskaudt", "big").
AUDIT_CHAIN_LOCK = int.from_bytes(b"deskaudt", "big") & 0x7FFF_FFFF_FFFF_FFFF


def lock_audit_chain(bind: Session | Connection) -> None:
    """Hold the chain's append lock until the end of the current transaction."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name == "postgresql":
        bind.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})


def settle_change_log(bind: Session | Connection) -> None:
    """Wait for the writers that are adding to the change log to finish (PostgreSQL),
    so a bundle made now misses no change numbered before its last: a sequence number
    is drawn when the row is written, and a transaction that drew a lower one may
    commit later. EXCLUSIVE conflicts with the ROW EXCLUSIVE lock every INSERT holds to
    its commit, and lets readers be. SQLite: the writer holds the whole file already."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name == "postgresql":
        bind.execute(text("LOCK TABLE change_log IN EXCLUSIVE MODE"))
