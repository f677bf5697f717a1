"""Audit events for actions that change nothing but must be traced (exports)."""

from __future__ import annotations

from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event


def record_export(db: Database, actor: Actor, what: str, rows: int, file_name: str) -> None:
    with db.write() as s:
        record_event(s, actor, what, None, AuditAction.EXPORT, detail=f"{rows} rows to {file_name}")
