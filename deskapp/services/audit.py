"""Appending to the audit trail, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from deskapp.models import AuditEvent
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
    """Add one audit event. Field names only: values never enter the trail."""
    event = AuditEvent(
        operator_id=actor.operator_id if actor else None,
        entity=entity,
        entity_id=entity_id,
        action=action,
        fields=",".join(sorted(fields)),
        detail=detail,
    )
    session.add(event)
    return event
