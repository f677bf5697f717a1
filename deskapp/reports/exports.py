"""``deskapp export persons|projects|activities``: the registry as a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from deskapp.models.database import Database
from deskapp.reports.tables import format_for, write_table
from deskapp.services.actor import Actor
from deskapp.services.audit_log import record_export
from deskapp.services.permissions import Action, require
from deskapp.services.registry_rows import activity_rows, person_rows, project_rows

SOURCES: dict[str, Callable[[Database], tuple[tuple[str, ...], Iterator[list[str]]]]] = {
    "persons": person_rows,
    "projects": project_rows,
    "activities": activity_rows,
}


def export_table(
    db: Database,
    actor: Actor,
    what: str,
    path: Path,
    fmt: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the ``what`` table to ``path``; audit the export; return the row count."""
    require(actor, Action.EXPORT)
    fmt = format_for(path, fmt)
    headers, rows = SOURCES[what](db)
    count = write_table(path, fmt, headers, rows, sheet_title=what, progress=progress)
    record_export(db, actor, what, count, note=fmt)
    return count
