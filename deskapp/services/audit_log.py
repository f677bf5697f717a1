"""Audit events for actions that change nothing but must be traced (exports)."""

from __future__ import annotations

from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event


def record_export(
    db: Database,
    actor: Actor,
    what: str,
    rows: int,
    file_name: str,
    about: int | None = None,
) -> None:
    """An export of ``rows`` rows to ``file_name``; ``about``: the one person (for a
    dossier or an access request) or project it was about, so their trail shows it."""
    with db.write() as s:
        record_event(
            s, actor, what, about, AuditAction.EXPORT, detail=f"{rows} rows to {file_name}"
        )
