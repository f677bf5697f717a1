"""``deskapp export persons|projects|activities``: the registry as a file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from deskapp.models import Desk
from deskapp.models.database import Database
from deskapp.reports.tables import delimiter_for, format_for, write_table
from deskapp.services.actor import Actor
from deskapp.services.audit_log import record_export
from deskapp.services.network_files import opening_rows, organisation_rows
from deskapp.services.permissions import Action, require
from deskapp.services.registry_rows import activity_rows, person_rows, project_rows

SOURCES: dict[str, Callable[[Database], tuple[tuple[str, ...], Iterator[list[Any]]]]] = {
    "persons": person_rows,
    "projects": project_rows,
    "activities": activity_rows,
    "organisations": organisation_rows,
    "openings": opening_rows,
}


def desk_language(db: Database, actor: Actor) -> str:
    """The language of the acting operator's desk ("it", "fr", "en")."""
    with db.read() as s:
        language = s.scalar(select(Desk.language).where(Desk.id == actor.desk_id))
    return str(language.value) if language is not None else "it"


def export_table(
    db: Database,
    actor: Actor,
    what: str,
    path: Path,
    fmt: str | None = None,
    progress: Callable[[int], None] | None = None,
    delimiter: str | None = None,
) -> int:
    """Write the ``what`` table to ``path``; audit the export; return the row count.

    A CSV is separated by ``delimiter``, by default the one the spreadsheets of the
    operator's desk expect (a semicolon in Italian and French)."""
    require(actor, Action.EXPORT)
    fmt = format_for(path, fmt)
    separator = delimiter_for(desk_language(db, actor), delimiter)
    headers, rows = SOURCES[what](db)
    count = write_table(
        path, fmt, headers, rows, sheet_title=what, progress=progress, delimiter=separator
    )
    record_export(db, actor, what, count, note=fmt)
    return count
