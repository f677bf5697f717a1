"""The audit trail's guard: triggers that refuse every DELETE and every UPDATE but one,
blanking an event's detail with all its other columns unchanged (erasure, GDPR art. 17;
the hash chain covers the detail's digest, so it still verifies).

SQLite: three triggers raising ABORT. PostgreSQL: PL/pgSQL trigger functions raising
an integrity error (SQLSTATE 23000, what SQLite's ABORT gives the driver too), plus a
statement trigger refusing TRUNCATE, which row triggers do not see. The role the
application connects as should hold no UPDATE, DELETE or TRUNCATE right on the trail
either (the server's administrator grants it; see the README).

The statements live here alone: migration 0011 creates them, and ``deskapp db check``
compares what the database holds with them, so a trigger dropped or rewritten by
another tool is reported. A later migration that changes them must keep 0011's text:
copy these strings into 0011 first.
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


# PostgreSQL. IS DISTINCT FROM is PostgreSQL's null-safe "IS NOT" of SQLite.
_PG_CHANGED = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in KEPT_COLUMNS)
PG_REFUSE_CHANGE = "audit_event_refuse_change"
PG_REFUSE_REMOVAL = "audit_event_refuse_removal"
NO_TRUNCATE = "audit_event_no_truncate"

# Function name -> body (what pg_proc.prosrc holds, compared by db check). The detail
# may only become '': IS DISTINCT FROM, so a NULL detail is refused too (``<> ''`` is
# NULL for it, and IF NULL does not raise); migration 0020 made the change.
PG_FUNCTIONS: dict[str, str] = {
    PG_REFUSE_CHANGE: (
        f"BEGIN IF NEW.detail IS DISTINCT FROM '' OR {_PG_CHANGED} THEN "
        "RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = '23000'; "
        "END IF; RETURN NEW; END"
    ),
    PG_REFUSE_REMOVAL: (
        "BEGIN RAISE EXCEPTION 'the audit trail cannot be deleted' USING ERRCODE = '23000'; END"
    ),
}

# Trigger name -> its definition as pg_get_triggerdef() gives it back.
PG_TRIGGERS: dict[str, str] = {
    NO_UPDATE: (
        f"CREATE TRIGGER {NO_UPDATE} BEFORE UPDATE ON public.{TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_REFUSE_CHANGE}()"
    ),
    NO_DELETE: (
        f"CREATE TRIGGER {NO_DELETE} BEFORE DELETE ON public.{TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {PG_REFUSE_REMOVAL}()"
    ),
    NO_TRUNCATE: (
        f"CREATE TRIGGER {NO_TRUNCATE} BEFORE TRUNCATE ON public.{TABLE} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_REFUSE_REMOVAL}()"
    ),
}


# The change function as migration 0011 made it, before 0020 (its migrations keep it).
PG_FUNCTIONS_BEFORE_0020: dict[str, str] = {
    **PG_FUNCTIONS,
    PG_REFUSE_CHANGE: (
        f"BEGIN IF NEW.detail <> '' OR {_PG_CHANGED} THEN "
        "RAISE EXCEPTION 'the audit trail cannot be changed' USING ERRCODE = '23000'; "
        "END IF; RETURN NEW; END"
    ),
}


def function_statements(functions: dict[str, str] = PG_FUNCTIONS) -> list[str]:
    """PostgreSQL: the statements that make (or replace) the guard's functions."""
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $guard${body}$guard$"
        for name, body in functions.items()
    ]


def create_statements(dialect_name: str, functions: dict[str, str] = PG_FUNCTIONS) -> list[str]:
    """The statements that make the guard on this engine (``functions``: PostgreSQL's
    bodies, those of an older migration when it runs)."""
    if dialect_name == "postgresql":
        return function_statements(functions) + list(PG_TRIGGERS.values())
    return list(TRIGGERS.values())


def drop_statements(dialect_name: str) -> list[str]:
    """The statements that remove the guard on this engine (migrations only)."""
    if dialect_name == "postgresql":
        return [f"DROP TRIGGER IF EXISTS {name} ON {TABLE}" for name in PG_TRIGGERS] + [
            f"DROP FUNCTION IF EXISTS {name}()" for name in PG_FUNCTIONS
        ]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS]


@dataclass(frozen=True)
class TriggerProblem:
    name: str
    state: str  # "missing", "changed" or "unexpected" (a trigger deskapp did not make)


def _normal(sql: str) -> str:
    return " ".join(sql.split()).rstrip(";").strip()


def trigger_problems(conn: Connection) -> list[TriggerProblem]:
    """The guard's triggers that are missing from the database or differ from the
    expected statements, and any other trigger on the trail (or, on SQLite, naming it)."""
    if conn.dialect.name == "postgresql":
        return _postgresql_problems(conn)
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


def _postgresql_problems(conn: Connection) -> list[TriggerProblem]:
    rows = conn.exec_driver_sql(
        "SELECT t.tgname, pg_get_triggerdef(t.oid), p.proname, p.prosrc "
        "FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = to_regclass(%(table)s) AND NOT t.tgisinternal",
        {"table": f"public.{TABLE}"},
    ).all()
    found = {name: (definition, function, body) for name, definition, function, body in rows}
    problems: list[TriggerProblem] = []
    for name, definition in PG_TRIGGERS.items():
        if name not in found:
            problems.append(TriggerProblem(name, "missing"))
            continue
        got, function, body = found[name]
        if _normal(got) != _normal(definition) or _normal(body) != _normal(
            PG_FUNCTIONS.get(function, "")
        ):
            problems.append(TriggerProblem(name, "changed"))
    problems += [TriggerProblem(name, "unexpected") for name in sorted(found.keys() - PG_TRIGGERS)]
    return problems
