"""Reading the audit trail: the events of a person, an operator or a period, a page at a
time, for the administrators' viewer. The trail is written by ``services.audit``.

SQLite filters, counts, sorts and pages: the trail grows by every save, login and
export, so it is never read whole into Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select, true

from deskapp.models import (
    Activity,
    AuditEvent,
    Consent,
    MatchOutcome,
    NeedsAssessment,
    Operator,
    ProjectMembership,
    Skill,
)
from deskapp.models.base import local_time
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor
from deskapp.services.permissions import Action, require


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; every part optional. Days are the desk's local days, both
    ends included."""

    person_id: int | None = None
    operator_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    action: AuditAction | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # local time
    operator: str
    action: AuditAction
    entity: str  # as stored: the table name ("needs_assessment"), or an export's name
    entity_id: int | None
    fields: tuple[str, ...]  # the names of the fields written, never their values
    detail: str


def person_events(person_id: int) -> ColumnElement[bool]:
    """The events about one person's own records (the person, their consents, skills,
    needs assessments, activities and project memberships) and the dossiers and access
    requests printed about them."""
    owned = (
        ("consent", Consent.id, Consent.person_id),
        ("skill", Skill.id, Skill.person_id),
        ("needs_assessment", NeedsAssessment.id, NeedsAssessment.person_id),
        ("activity", Activity.id, Activity.person_id),
        ("project_membership", ProjectMembership.id, ProjectMembership.person_id),
        ("match_outcome", MatchOutcome.id, MatchOutcome.person_id),
    )
    return or_(
        and_(
            AuditEvent.entity.in_(("person", "person_dossier", "subject_access")),
            AuditEvent.entity_id == person_id,
        ),
        *(
            and_(
                AuditEvent.entity == entity,
                AuditEvent.entity_id.in_(select(key).where(owner == person_id)),
            )
            for entity, key, owner in owned
        ),
    )


def _utc(day: dt.date) -> dt.datetime:
    """Local midnight of ``day`` as the naive UTC the trail stores."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _where(f: AuditFilter) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if f.person_id is not None:
        parts.append(person_events(f.person_id))
    if f.operator_id is not None:
        parts.append(AuditEvent.operator_id == f.operator_id)
    if f.date_from is not None:
        parts.append(AuditEvent.at >= _utc(f.date_from))
    if f.date_to is not None:
        parts.append(AuditEvent.at < _utc(f.date_to + dt.timedelta(days=1)))
    if f.action is not None:
        parts.append(AuditEvent.action == f.action)
    return and_(true(), *parts)


def count_events(db: Database, actor: Actor, f: AuditFilter) -> int:
    require(actor, Action.AUDIT)
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent).where(_where(f))) or 0)


def event_rows(
    db: Database, actor: Actor, f: AuditFilter, before_id: int | None = None, limit: int = 200
) -> list[AuditRow]:
    """One page of events, newest first; the next page starts before the last id of
    this one (a range on the primary key: as fast on the last page as on the first)."""
    require(actor, Action.AUDIT)
    # Ids follow the chain, so they order the events as they happened.
    query = (
        select(AuditEvent, Operator.name)
        .outerjoin(Operator, Operator.id == AuditEvent.operator_id)
        .where(_where(f))
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    with db.read() as s:
        return [
            AuditRow(
                id=event.id,
                at=local_time(event.at),
                operator=name or "",
                action=event.action,
                entity=event.entity,
                entity_id=event.entity_id,
                fields=tuple(event.fields.split(",")) if event.fields else (),
                detail=event.detail,
            )
            for event, name in s.execute(query)
        ]
