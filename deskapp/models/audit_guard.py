"""The audit trail's guard in SQLite: triggers that refuse every DELETE and every UPDATE
but one, blanking an event's detail with all its other columns unchanged (erasure,
GDPR art. 17; the hash chain covers the detail's digest, so it still verifies).

The statements live here alone: migration 0011 creates them, and ``deskapp db check``
compares what the file holds with them, so a trigger dropped or rewritten by another
tool is reported. A later migration that changes them must keep 0011's text: copy
these strings into 0011 first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

TABLE = "audit_event"

# Every column but the detail: none of them may change. A column added to the trail
# must be added here (a test compares this with the model).
KEPT_COLUMNS = (
    "id",
    "at",
    "operator_id",
    "entity",
    "entity_id",
    "action",
    "fields",
    "detail_digest",
    "prev_hash",
    "hash",
)

_CHANGED = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in KEPT_COLUMNS)

NO_UPDATE = "audit_event_no_update"
NO_DELETE = "audit_event_no_delete"
NO_REPLACE = "audit_event_no_replace"

TRIGGERS: dict[str, str] = {
    NO_UPDATE: (
        f"CREATE TRIGGER {NO_UPDATE} BEFORE UPDATE ON {TABLE} "
        f"WHEN NEW.detail IS NOT '' OR {_CHANGED} "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    ),
    NO_DELETE: (
        f"CREATE TRIGGER {NO_DELETE} BEFORE DELETE ON {TABLE} "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END"
    ),
    # INSERT OR REPLACE with an existing id deletes the old row without firing the
    # DELETE trigger (recursive triggers are off): an event may only be added after
    # the last one. (An id left to SQLite is -1 or NULL here, never refused.)
    NO_REPLACE: (
        f"CREATE TRIGGER {NO_REPLACE} BEFORE INSERT ON {TABLE} "
        f"WHEN NEW.id > 0 AND NEW.id <= (SELECT max(id) FROM {TABLE}) "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be replaced'); END"
    ),
}


@dataclass(frozen=True)
class TriggerProblem:
    name: str
    state: str  # "missing", "changed" or "unexpected" (a trigger deskapp did not make)


def _normal(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").strip()


def trigger_problems(conn: Connection) -> list[TriggerProblem]:
    """The guard's triggers that are missing from the file or differ from the expected
    statements, and any other trigger on the trail or naming it (SQLite only)."""
    found = {
        name: sql or ""
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND (tbl_name = ? OR instr(sql, ?) > 0)",
            (TABLE, TABLE),
        )
    }
    problems = [
        TriggerProblem(name, "missing" if name not in found else "changed")
        for name, sql in TRIGGERS.items()
        if name not in found or _normal(found[name]) != _normal(sql)
    ]
    problems += [TriggerProblem(name, "unexpected") for name in sorted(found.keys() - TRIGGERS)]
    return problems
