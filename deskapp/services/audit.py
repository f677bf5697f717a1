"""Appending to the audit trail, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, update
from sqlalchemy.orm import Session

from deskapp.models import AuditEvent
from deskapp.models.audit_chain import detail_digest, event_digest, last_hash
from deskapp.models.base import utcnow
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor


def record_event(
    session: Session,
    actor: Actor | None,
    entity: str,
    entity_id: int | None,
    action: AuditAction,
    fields: Iterable[str] = (),
    detail: str = "",
) -> AuditEvent:
    """Add one audit event, chained to the previous one. Field names only: values never
    enter the trail; ``detail`` holds ids, counts and kinds, never a name or a file
    name (see ``blank_details`` for erasure)."""
    at = utcnow()
    operator_id = actor.operator_id if actor else None
    names = ",".join(sorted(fields))
    # Inside the writing transaction (writers take SQLite's lock first), so no other
    # event can slip in between the one read here and this one.
    prev = last_hash(session)
    digest = detail_digest(detail)
    event = AuditEvent(
        at=at,
        operator_id=operator_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        fields=names,
        detail=detail,
        detail_digest=digest,
        prev_hash=prev,
        hash=event_digest(prev, at, operator_id, entity, entity_id, action.value, names, digest),
    )
    session.add(event)
    session.flush()  # the next event of this transaction chains to this one
    return event


def blank_details(session: Session, which: ColumnElement[bool]) -> int:
    """Blank the details of the events ``which`` selects (erasure, GDPR art. 17): the
    one change the database allows on the trail, and the chain still verifies (it
    covers each detail's digest, kept). Returns how many were blanked."""
    result = session.execute(
        update(AuditEvent)
        .where(which, AuditEvent.detail != "")
        .values(detail="")
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
