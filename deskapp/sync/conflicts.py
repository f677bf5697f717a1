"""Conflicts: a field changed both here and at its desk since the desk's last version.

Never last-write-wins: the value here stays until a person chooses, seeing both values,
the desk and its operator, and when (by the desk's clock, which is shown, not trusted).
The choice is audited (field names only); choosing the desk's value changes the record
here like any edit (and is logged as this database's change).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.base import utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.search_key import KEY_COLUMNS, person_search_key
from deskapp.models.sync import SyncConflict, SyncPeer
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.sync.codec import decode_value, reference_key, specs

LOCAL, INCOMING = "local", "incoming"


def open_conflict(
    s: Session,
    entity: str,
    gid: str,
    field: str,
    local_value: Any,
    incoming_value: Any,
    node: str,
    bundle_number: int,
    desk_operator: str,
    changed_at: str,
) -> None:
    """Record (or bring up to date: the desk changed it again) the open conflict."""
    when = None
    if changed_at:
        try:
            when = dt.datetime.fromisoformat(changed_at)
        except ValueError:
            when = None
    found = s.scalar(
        select(SyncConflict).where(
            SyncConflict.gid == gid, SyncConflict.field == field, SyncConflict.state == "open"
        )
    )
    if found is None:
        s.add(
            SyncConflict(
                entity=entity,
                gid=gid,
                field=field,
                local_value=json.dumps(local_value),
                incoming_value=json.dumps(incoming_value),
                node=node,
                bundle_number=bundle_number,
                desk_operator=desk_operator[:120],
                desk_changed_at=when,
                state="open",
                chosen="",
            )
        )
    else:
        found.incoming_value = json.dumps(incoming_value)
        found.local_value = json.dumps(local_value)
        found.bundle_number = bundle_number
        found.desk_operator = desk_operator[:120]
        found.desk_changed_at = when
    s.flush()


@dataclass(frozen=True)
class Conflict:
    id: int
    entity: str
    gid: str
    field: str
    local_value: Any
    incoming_value: Any
    desk: str
    bundle_number: int
    desk_operator: str
    desk_changed_at: dt.datetime | None
    state: str
    chosen: str


def list_conflicts(db: Database, actor: Actor, *, open_only: bool = True) -> list[Conflict]:
    require(actor, Action.IMPORT)
    with db.read() as s:
        names = dict(s.execute(select(SyncPeer.node, SyncPeer.name)).all())
        query = select(SyncConflict).order_by(SyncConflict.id)
        if open_only:
            query = query.where(SyncConflict.state == "open")
        return [
            Conflict(
                c.id,
                c.entity,
                c.gid,
                c.field,
                json.loads(c.local_value),
                json.loads(c.incoming_value),
                names.get(c.node, c.node),
                c.bundle_number,
                c.desk_operator,
                c.desk_changed_at,
                c.state,
                c.chosen,
            )
            for c in s.scalars(query)
        ]


def resolve_conflict(db: Database, actor: Actor, conflict_id: int, choice: str) -> None:
    """Decide an open conflict: keep the value here (``local``) or take the desk's."""
    require(actor, Action.IMPORT)
    if choice not in (LOCAL, INCOMING):
        raise DeskappError(
            QT_TRANSLATE_NOOP(
                "Error", "Choose 'local' (the value here) or 'incoming' (the desk's)."
            )
        )
    with db.write() as s:
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Error", "No conflict number {id}."), id=conflict_id
            )
        if conflict.state != "open":
            raise DeskappError(
                QT_TRANSLATE_NOOP("Error", "Conflict {id} was decided already."), id=conflict_id
            )
        spec = specs()[conflict.entity]
        t = spec.table
        row = s.execute(select(t).where(t.c.gid == conflict.gid)).mappings().first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Error", "The record of conflict {id} is no longer here."),
                id=conflict_id,
            )
        if choice == INCOMING:
            value = decode_value(spec, conflict.field, json.loads(conflict.incoming_value))
            if conflict.field in spec.references and value is not None:
                target, key = reference_key(spec.references[conflict.field])
                value = s.scalar(select(target.c.id).where(target.c[key] == value))
            changes: dict[str, Any] = {conflict.field: value}
            if conflict.entity == "person":
                merged = {**row, **changes}
                changes["search_key"] = person_search_key({c: merged[c] for c in KEY_COLUMNS})
            if "version" in t.c:
                changes["version"] = row["version"] + 1
            s.execute(update(t).where(t.c.id == row["id"]).values(**changes))
        conflict.state = "resolved"
        conflict.chosen = choice
        conflict.resolved_by = actor.operator_id
        conflict.resolved_at = utcnow()
        record_event(
            s,
            actor,
            "sync_conflict",
            conflict.id,
            AuditAction.UPDATE,
            (conflict.field,),
            detail=f"{conflict.entity} {row['id']}: {choice}",
        )
