"""The target of a copy: empty, or refused in words naming what it holds; its schema
made by this version's migrations inside the copy's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import Connection

from deskapp.dbcopy.errors import TargetNotEmpty
from deskapp.dbcopy.plan import TablePlan
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.first_look import HEAD_REVISION

NAMED = 8  # tables named in a refusal; the rest are counted

# The tables whose rows the migrations write (the funding catalogue of each country, the
# programme's priority supply chains):
# in a target, they are no sign of use; the copy puts the source's in their place. A test
# checks that a database just migrated has rows in no other table.
SEEDED = frozenset({"funding_catalogue", "supply_chain"})

# Tables deskapp's migrations make besides the models': the schema's revision and, on
# SQLite, the FTS5 search indexes and their shadow tables.
_OWN = frozenset(
    f"{index}{shadow}"
    for index in ("person_fts", "skill_fts")
    for shadow in ("", "_data", "_idx", "_content", "_docsize", "_config")
)


def require_empty(conn: Connection, location: str, plan: Sequence[TablePlan]) -> bool:
    """Refuse (TargetNotEmpty) a target that holds a row (but the ones the migrations
    write, ``SEEDED``), or tables deskapp does not
    make, or deskapp's schema at another version. True when it holds no table at all
    (the schema is to be made), False when it holds this version's schema, empty."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return True
    models = {p.name for p in plan}
    foreign = unknown_tables(conn, plan, tables)
    if foreign:
        raise TargetNotEmpty(
            QT_TRANSLATE_NOOP(
                "Error",
                "{target} is not empty: it holds tables deskapp does not make ({tables}). "
                "Copy into a new, empty database. Nothing was written.",
            ),
            target=location,
            tables=_names(foreign),
        )
    filled = []
    for p in plan:
        if p.name in tables and p.name not in SEEDED:
            rows = int(conn.scalar(select(func.count()).select_from(p.writer)) or 0)
            if rows:
                filled.append(f"{p.name} {rows:,}")
    if filled:
        raise TargetNotEmpty(
            QT_TRANSLATE_NOOP(
                "Error",
                "{target} is not empty: it holds a deskapp database with rows (table and "
                "rows: {tables}). Copy into a new, empty database. Nothing was written.",
            ),
            target=location,
            tables=_names(filled),
        )
    revision = None
    if "alembic_version" in tables:
        found = [r for (r,) in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
        revision = found[0] if len(found) == 1 else None
    if revision != HEAD_REVISION or not models <= tables:
        raise TargetNotEmpty(
            QT_TRANSLATE_NOOP(
                "Error",
                "{target} is not empty: it holds the tables of a deskapp database without "
                "rows, at schema {revision} where this version copies into {head}. Copy "
                "into a new, empty database. Nothing was written.",
            ),
            target=location,
            revision=revision or "?",
            head=HEAD_REVISION,
        )
    return False


def unknown_tables(
    conn: Connection, plan: Sequence[TablePlan], tables: set[str] | None = None
) -> list[str]:
    """The tables of ``conn`` (``tables`` when already read) that deskapp does not make:
    neither a model's, nor the schema's revision, nor SQLite's search indexes."""
    if tables is None:
        tables = set(inspect(conn).get_table_names())
    known = {p.name for p in plan} | {"alembic_version"}
    return sorted(tables - known - _OWN)


def clear_seeded(conn: Connection, plan: Sequence[TablePlan]) -> None:
    """Take out the rows the migrations wrote, which the source's rows replace."""
    for p in reversed(plan):
        if p.name in SEEDED:
            conn.execute(p.writer.delete())


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:NAMED])
    return shown + (f", ... (+{len(names) - NAMED})" if len(names) > NAMED else "")


def make_schema(conn: Connection) -> None:
    """This version's schema, made by the migrations on ``conn`` inside its transaction
    (Alembic joins a transaction already begun): rolled back with the copy."""
    from alembic import command

    from deskapp.models.migrate import _alembic_config

    cfg = _alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
