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
    about: int | None = None,
    note: str = "",
) -> None:
    """An export of ``rows`` rows of ``what``; ``about``: the one person (for a dossier
    or an access request) or project it was about, so their trail shows it. ``note``
    tells exports apart by ids, kinds and periods ("person 12", "xlsx"): never a file
    name, which people often choose after the person ("dossier-Rossi.pdf"), nor a
    value."""
    counted = f"{rows} row" if rows == 1 else f"{rows} rows"
    detail = f"{counted} ({note})" if note else counted
    with db.write() as s:
        record_event(s, actor, what, about, AuditAction.EXPORT, detail=detail)
