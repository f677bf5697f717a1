"""Appending to the audit trail, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from deskapp.models import AuditEvent
from deskapp.models.audit_chain import event_digest, last_hash
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
    enter the trail."""
    at = utcnow()
    operator_id = actor.operator_id if actor else None
    names = ",".join(sorted(fields))
    # Inside the writing transaction (writers take SQLite's lock first), so no other
    # event can slip in between the one read here and this one.
    prev = last_hash(session)
    event = AuditEvent(
        at=at,
        operator_id=operator_id,
        entity=entity,
        entity_id=entity_id,
        action=action,
        fields=names,
        detail=detail,
        prev_hash=prev,
        hash=event_digest(prev, at, operator_id, entity, entity_id, action.value, names, detail),
    )
    session.add(event)
    session.flush()  # the next event of this transaction chains to this one
    return event
