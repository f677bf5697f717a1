"""The audit trail as a hash chain: each event carries the SHA-256 of its own content
and of the previous event's hash, so an event changed or removed after the fact breaks
the chain from there on, and `deskapp db check` says where.

The chain covers the SHA-256 of an event's detail (kept in ``detail_digest``), not the
detail itself: erasing a person blanks the details of the events about them, and the
chain still verifies; a detail that is not blank must still match its digest.

The database refuses every UPDATE but that blanking, and every DELETE (triggers,
deskapp.models.audit_guard); the chain catches what bypasses SQLite (a hex editor,
another tool that drops the triggers). It is not a signature: someone who rewrites the
whole chain from the break onwards with this same recipe is not detected. Copies kept
elsewhere (the backups) are what proves the older history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from deskapp.models.audit import AuditEvent
from deskapp.models.sql.locking import lock_audit_chain

GENESIS = ""  # the previous hash of the first event


def detail_digest(detail: str) -> str:
    """SHA-256 of an event's detail, as written."""
    return hashlib.sha256(detail.encode("utf-8")).hexdigest()


BLANK_DIGEST = detail_digest("")


def _chained(
    prev_hash: str,
    at: dt.datetime,
    operator_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    fields: str,
    last: str,
) -> str:
    # The parts are joined with a separator that cannot occur in them unescaped (\x1f,
    # the unit separator).
    text = "\x1f".join(
        (
            prev_hash,
            at.isoformat(sep=" ", timespec="microseconds"),
            "" if operator_id is None else str(operator_id),
            entity,
            "" if entity_id is None else str(entity_id),
            action,
            fields.replace("\x1f", " "),
            last.replace("\x1f", " "),
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_digest(
    prev_hash: str,
    at: dt.datetime,
    operator_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    fields: str,
    digest_of_detail: str,
) -> str:
    """SHA-256 of the event's content (its detail by its digest) and the previous hash."""
    return _chained(prev_hash, at, operator_id, entity, entity_id, action, fields, digest_of_detail)


def legacy_event_digest(
    prev_hash: str,
    at: dt.datetime,
    operator_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    fields: str,
    detail: str,
) -> str:
    """The recipe of schemas 0007 to 0010, over the detail itself: what migration 0007
    wrote and migration 0011 checks before chaining again with ``event_digest``."""
    return _chained(prev_hash, at, operator_id, entity, entity_id, action, fields, detail)


def last_hash(bind: Session | Connection) -> str:
    """The hash the next event chains to (inside the writing transaction). Takes the
    chain's append lock first (deskapp.models.sql.locking), held to the end of the
    transaction: concurrent writers on a server append in turn, never to the same hash."""
    lock_audit_chain(bind)
    found = bind.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    return found or GENESIS


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    reason: str  # "changed" (its content no longer matches) or "removed before it"


def verify_chain(rows: Iterable[Any]) -> tuple[int, ChainBreak | None]:
    """Walk the events in id order; (events checked, the first break or None). A blank
    detail verifies whatever its digest (it may have been blanked on erasure)."""
    previous = GENESIS
    count = 0
    for row in rows:
        count += 1
        if row.prev_hash != previous:
            return count, ChainBreak(row.id, "removed before it")
        if row.detail and detail_digest(row.detail) != row.detail_digest:
            return count, ChainBreak(row.id, "changed")
        action = row.action.value if hasattr(row.action, "value") else str(row.action)
        expected = event_digest(
            row.prev_hash,
            row.at,
            row.operator_id,
            row.entity,
            row.entity_id,
            action,
            row.fields,
            row.detail_digest,
        )
        if row.hash != expected:
            return count, ChainBreak(row.id, "changed")
        previous = row.hash
    return count, None


def chain_query() -> Any:
    return select(
        AuditEvent.id,
        AuditEvent.prev_hash,
        AuditEvent.hash,
        AuditEvent.at,
        AuditEvent.operator_id,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.action,
        AuditEvent.fields,
        AuditEvent.detail,
        AuditEvent.detail_digest,
    ).order_by(AuditEvent.id)
