"""The change log: every change of a travelling record, in the transaction that makes
it, numbered in this database's own order (``change_log.seq``; no clock is trusted).

Hooked once, on SQLAlchemy's Session class (``install``, called by
deskapp.models.database), so every unit of work of every service is covered:

- ``before_flush``: the records added, changed or deleted through the ORM (a person
  whose ``anonymised_on`` is set is logged as erased);
- ``do_orm_execute``: UPDATE and DELETE statements run through a session (an erasure's
  blanking of notes, a link between a project and a resource removed), logged for the
  rows they are about to touch.

Bulk inserts (deskapp.models.bulk) log their rows themselves (``log_bulk``). Writes
that bypass the session and the bulk insert (the search indexes' raw SQL) touch no
travelling column. A session with ``info[APPLYING]`` set (a bundle being taken in)
writes no log: what a desk sent is not this database's change.

The same hooks keep the common version of a record taken in from a bundle (its
``origin`` is another database's) when it is first changed here: the record as it is
before the change, in ``sync_base``, which a later bundle of its desk is merged against
(deskapp.sync.apply). Until then the record here is its own common version, and taking
in a desk's first bundle writes none (at a coordinator of 34 desks, that is the
largest table spared).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, event, exists, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from deskapp.models.base import new_gid

# The travelling tables, each after the tables it refers to (an import applies them in
# this order, deletions in the reverse one). Why each travels: see deskapp.sync.
TRAVELLING = (
    "desk",
    "operator",
    "person",
    "consent",
    "skill",
    "needs_assessment",
    "need",
    "structural_resource",
    "enterprise_project",
    "project_membership",
    "stage_transition",
    "funding_application",
    "checklist_tick",
    "business_plan",
    "business_plan_version",
    "activity",
    # The network (issue 18): after the people, projects and operators they name.
    "organisation",
    "organisation_contact",
    "organisation_relation",
    "opening",
    "project_role",
    "match_outcome",
    "sync_merge",
)
TRAVELS = frozenset(TRAVELLING)
# Link tables without an id of their own: a change is a change of the record named.
LINKS = {"project_resource": ("enterprise_project", "project_id")}

APPLYING = "deskapp_sync_applying"
UPSERT, DELETE, ERASE = "upsert", "delete", "erase"


def _table_of(obj: Any) -> str:
    table = getattr(obj, "__table__", None)
    return str(table.name) if table is not None else ""


def _erased_now(obj: Any) -> bool:
    history = inspect(obj).attrs.anonymised_on.history
    return bool(history.added) and history.added[0] is not None


def _before_flush(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    applying = session.info.get(APPLYING, False)
    entries: dict[str, tuple[str, str]] = {}
    for obj in session.new:
        table = _table_of(obj)
        if table in TRAVELS:
            if not obj.gid:
                obj.gid = new_gid()
            entries[obj.gid] = (table, UPSERT)
    if applying:
        return
    taken_in: dict[str, list[int]] = {}
    for obj in session.dirty:
        table = _table_of(obj)
        if table in TRAVELS and session.is_modified(obj, include_collections=True):
            op = ERASE if table == "person" and _erased_now(obj) else UPSERT
            if entries.get(obj.gid, ("", ""))[1] != ERASE:
                entries[obj.gid] = (table, op)
            if obj.origin:
                taken_in.setdefault(table, []).append(obj.id)
    for table, ids in taken_in.items():
        target = _travelling_table(table)
        keep_common_versions(session, target, target.c.id.in_(ids), None)
    for obj in session.deleted:
        table = _table_of(obj)
        if table in TRAVELS:
            entries[obj.gid] = (table, DELETE)
    for gid, (table, op) in entries.items():
        session.add(_entry(table, gid, op))


def _entry(table: str, gid: str, op: str) -> Any:
    from deskapp.models.sync import ChangeLog

    return ChangeLog(entity=table, gid=gid, op=op)


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete) or state.session.info.get(APPLYING):
        return
    target = getattr(state.statement, "table", None)
    if not isinstance(target, Table):
        return
    where = state.statement.whereclause  # type: ignore[attr-defined]
    # The statement's own values are in it; an executemany's list of parameters is not
    # a selection (no service runs one on these tables).
    params = state.parameters if isinstance(state.parameters, dict) else None
    entries: list[dict[str, str]] = []
    if target.name in TRAVELS:
        op = DELETE if state.is_delete else UPSERT
        if target.name == "person" and state.is_update and _sets_anonymised(state):
            op = ERASE
        query = select(target.c.gid)
        if where is not None:
            query = query.where(where)
        gids = state.session.execute(query, params).scalars().all()
        entries = [{"entity": target.name, "gid": g, "op": op} for g in gids]
        if gids and state.is_update:
            keep_common_versions(state.session, target, where, params)
    elif target.name in LINKS:
        owner, column = LINKS[target.name]
        from deskapp.models import Base

        owner_table = Base.metadata.tables[owner]
        query = select(owner_table.c.gid).where(
            owner_table.c.id.in_(
                select(target.c[column]).where(where)
                if where is not None
                else select(target.c[column])
            )
        )
        gids = state.session.execute(query, params).scalars().all()
        entries = [{"entity": owner, "gid": g, "op": UPSERT} for g in gids]
    if entries:
        log(state.session, entries)


def _travelling_table(name: str) -> Table:
    from deskapp.models import Base

    return Base.metadata.tables[name]


def keep_common_versions(
    session: Session, table: Table, where: Any, params: dict[str, Any] | None
) -> None:
    """Before records taken in from a bundle are first changed here: keep each as it
    is, as the common version its desk's next bundle is merged against."""
    from deskapp.models.sync import SyncBase
    from deskapp.sync.codec import encode_record, specs

    spec = specs()[table.name]
    query = select(table).where(table.c.origin != "", ~exists().where(SyncBase.gid == table.c.gid))
    if where is not None:
        query = query.where(where)
    conn = session.connection()  # Core: rows, not the mapped objects
    rows = conn.execute(query, params).mappings().all()
    if rows:
        conn.execute(
            insert(SyncBase),
            [
                {
                    "gid": row["gid"],
                    "entity": table.name,
                    "data": json.dumps(encode_record(conn, spec, row)),
                }
                for row in rows
            ],
        )


def _sets_anonymised(state: ORMExecuteState) -> bool:
    values = getattr(state.statement, "_values", None) or {}
    return any(getattr(k, "key", k) == "anonymised_on" for k in values)


def log(session: Session, entries: Sequence[dict[str, str]]) -> None:
    """Append entries ({"entity", "gid", "op"}) to the change log."""
    from deskapp.models.sync import ChangeLog

    session.execute(insert(ChangeLog), list(entries))


def log_bulk(conn: Connection, table: str, gids: Iterable[str]) -> None:
    """Log rows a bulk insert wrote into ``table`` (deskapp.models.bulk)."""
    from deskapp.models.sql.bulk_insert import insert_prepared

    # COPY on PostgreSQL: an import logs 200,000 rows (people and consents).
    insert_prepared(conn, "change_log", ("entity", "gid", "op"), [(table, g, UPSERT) for g in gids])


_installed = False


def install() -> None:
    """Hook the change log on every session (once per process)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "do_orm_execute", _on_execute)
    _installed = True
