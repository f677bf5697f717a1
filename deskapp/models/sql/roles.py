"""The application's role on a PostgreSQL server: what the desks connect as.

The schema belongs to its owner, the role that ran ``deskapp init`` and runs ``deskapp db
upgrade``. The PCs of the desks connect as another role, granted by ``deskapp db grant
--role NAME`` (run as the owner), which may read and write the rows but not change the
schema, and may only append to the audit trail:

- every table: SELECT, INSERT, UPDATE, DELETE; every sequence: USAGE and SELECT (new ids,
  and the check that bulk ids are behind the sequence; deskapp.models.sql.sequences);
- ``audit_event``: SELECT and INSERT, and UPDATE of the ``detail`` column alone (erasure
  blanks the details about an erased person; the guard's trigger refuses any other
  change, deskapp.models.audit_guard); no DELETE, no TRUNCATE;
- ``alembic_version``: SELECT (the schema's revision is the owner's to move);
- the schema: USAGE, never CREATE (and PUBLIC's CREATE is taken back, which PostgreSQL
  15 no longer gives); no REFERENCES or TRIGGER on any table;
- default privileges: the tables and sequences a later ``db upgrade`` makes, as the
  owner, are granted the same way. ``db upgrade`` grants again to the roles already
  granted (``granted_roles``) as its last step, since a migration that rebuilds a table
  makes a new one.

Nothing here creates a role or gives it a password: that is the server administrator's
``createuser``. SQLite has no roles: a file's permissions are the operating system's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

AUDIT_TABLE = "audit_event"
REVISION_TABLE = "alembic_version"
# The one column of the trail an application may change (to '' only: the trigger).
AUDIT_WRITABLE_COLUMN = "detail"
ROW_RIGHTS = ("SELECT", "INSERT", "UPDATE", "DELETE")
# Table rights an application role never holds.
NEVER = ("TRUNCATE", "REFERENCES", "TRIGGER")
MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1


class RoleError(DeskappError):
    """The role cannot be granted as asked (missing, the owner itself, a superuser...)."""


def _quoted(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote_identifier(name))


def _require_server(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Roles exist on a PostgreSQL server only: a database file is protected by "
                "the permissions of the file itself.",
            )
        )


def schema_owner(conn: Connection) -> str | None:
    """The role owning the audit trail's table: the schema's owner (None before init)."""
    found = conn.execute(
        text(
            "SELECT pg_get_userbyid(relowner) FROM pg_class "
            "WHERE oid = to_regclass(quote_ident(current_schema()) || '.' || :table)"
        ),
        {"table": AUDIT_TABLE},
    ).scalar()
    return str(found) if found is not None else None


def granted_roles(conn: Connection) -> list[str]:
    """The roles besides its owner that may add to the audit trail: the desks' roles
    ``grant_application_role`` made. (A role a DBA granted only reading, for reports,
    is not one: an upgrade must not give it more.)"""
    if conn.dialect.name != "postgresql":
        return []
    rows = conn.execute(
        text(
            "SELECT DISTINCT r.rolname FROM pg_class c "
            "CROSS JOIN LATERAL aclexplode(c.relacl) a "
            "JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE c.oid = to_regclass(quote_ident(current_schema()) || '.' || :table) "
            "AND a.grantee <> c.relowner AND a.privilege_type = 'INSERT' ORDER BY r.rolname"
        ),
        {"table": AUDIT_TABLE},
    ).scalars()
    return [str(r) for r in rows]


def grant_application_role(conn: Connection, role: str) -> None:
    """Give ``role`` the application's rights (module docstring), in the caller's
    transaction. Run as the schema's owner. Refuses, in words, a role name that is not
    one, a role that does not exist, the owner itself and a superuser (whose rights no
    grant can narrow)."""
    _require_server(conn)
    if not role or len(role) > MAX_ROLE_NAME or any(ord(ch) < 32 for ch in role):
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'{role}' is not a role name: up to 63 characters, no control characters.",
            ),
            role=role[:80],
        )
    found = conn.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = :role"), {"role": role}
    ).first()
    if found is None:
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "There is no role '{role}' on this server: its administrator creates it "
                "first (createuser --pwprompt {role}).",
            ),
            role=role,
        )
    if found[0]:
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'{role}' is a superuser: no grant can keep it from changing the schema or "
                "the audit trail. Give the desks a role without superuser rights.",
            ),
            role=role,
        )
    owner = schema_owner(conn)
    if owner is None:
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error", "This database holds no deskapp schema yet: run 'deskapp init' first."
            )
        )
    if owner == role:
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'{role}' owns the schema: it can always change it. The desks connect as "
                "another role; grant that one.",
            ),
            role=role,
        )
    me = conn.execute(text("SELECT current_user")).scalar()
    is_super = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    if me != owner and not is_super.scalar():
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Only the schema's owner ({owner}) can grant rights on it; connected as "
                "{user}. Run this command with the owner's address.",
            ),
            owner=owner,
            user=str(me),
        )
    who = _quoted(conn, role)
    schema = _quoted(conn, str(conn.execute(text("SELECT current_schema()")).scalar()))
    database = _quoted(conn, str(conn.execute(text("SELECT current_database()")).scalar()))
    audit = f"{schema}.{_quoted(conn, AUDIT_TABLE)}"
    revision = f"{schema}.{_quoted(conn, REVISION_TABLE)}"
    rights = ", ".join(ROW_RIGHTS)
    never = ", ".join(NEVER)
    # As the owner: default privileges are those of the objects the owner makes later.
    as_owner = f"FOR ROLE {_quoted(conn, owner)} "
    for statement in (
        f"GRANT CONNECT ON DATABASE {database} TO {who}",
        f"GRANT USAGE ON SCHEMA {schema} TO {who}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM {who}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT {rights} ON ALL TABLES IN SCHEMA {schema} TO {who}",
        f"REVOKE {never} ON ALL TABLES IN SCHEMA {schema} FROM {who}",
        f"REVOKE INSERT, UPDATE, DELETE ON {audit} FROM {who}",
        f"GRANT INSERT ON {audit} TO {who}",
        f"GRANT UPDATE ({AUDIT_WRITABLE_COLUMN}) ON {audit} TO {who}",
        f"REVOKE INSERT, UPDATE, DELETE ON {revision} FROM {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {who}",
        f"ALTER DEFAULT PRIVILEGES {as_owner}IN SCHEMA {schema} GRANT {rights} ON TABLES TO {who}",
        f"ALTER DEFAULT PRIVILEGES {as_owner}IN SCHEMA {schema} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {who}",
    ):
        conn.exec_driver_sql(statement)


def grant_again(conn: Connection) -> list[str]:
    """After an upgrade: the application roles granted before get the rights on today's
    tables (a rebuilt audit trail would otherwise carry the default UPDATE and DELETE).
    Returns the roles granted."""
    roles = granted_roles(conn)
    for role in roles:
        grant_application_role(conn, role)
    return roles


@dataclass(frozen=True)
class RoleRights:
    """What one role may do in this schema (db check)."""

    role: str
    owner: bool  # owns the schema's tables: it may alter them
    superuser: bool
    may_create: bool  # CREATE on the schema
    tables_missing: tuple[str, ...]  # tables it cannot read and write
    audit_rights: tuple[str, ...]  # rights on the audit trail beyond SELECT and INSERT
    revision_writable: bool  # may move the schema's revision
    sequences_missing: tuple[str, ...]

    @property
    def restricted(self) -> bool:
        """A proper application role: works, and cannot alter the schema or the trail."""
        return not (
            self.owner
            or self.superuser
            or self.may_create
            or self.tables_missing
            or self.audit_rights
            or self.revision_writable
            or self.sequences_missing
        )


def role_rights(conn: Connection, role: str | None = None) -> RoleRights:
    """The rights of ``role`` (the connected role by default), read from the catalog:
    any role may read them."""
    _require_server(conn)
    if role is None:
        role = str(conn.execute(text("SELECT current_user")).scalar())
    params = {"role": role, "audit": AUDIT_TABLE, "revision": REVISION_TABLE}
    owner = schema_owner(conn)
    superuser = bool(
        conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = :role"), params).scalar()
    )
    may_create = bool(
        conn.execute(
            text("SELECT has_schema_privilege(:role, current_schema(), 'CREATE')"), params
        ).scalar()
    )
    in_schema = (
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() "
    )
    tables_missing = conn.execute(
        text(
            f"SELECT c.relname {in_schema}AND c.relkind IN ('r', 'p') "
            "AND c.relname NOT IN (:audit, :revision) "
            "AND NOT (has_table_privilege(:role, c.oid, 'SELECT') "
            "AND has_table_privilege(:role, c.oid, 'INSERT') "
            "AND has_table_privilege(:role, c.oid, 'UPDATE') "
            "AND has_table_privilege(:role, c.oid, 'DELETE')) ORDER BY 1"
        ),
        params,
    ).scalars()
    audit_rights = [
        right
        for right in ("UPDATE", "DELETE", *NEVER)
        if conn.execute(
            text(
                "SELECT has_table_privilege(:role, "
                "quote_ident(current_schema()) || '.' || :audit, :right)"
            ),
            {**params, "right": right},
        ).scalar()
    ]
    revision_writable = bool(
        conn.execute(
            text(
                "SELECT has_table_privilege(:role, "
                "quote_ident(current_schema()) || '.' || :revision, 'INSERT, UPDATE, DELETE')"
            ),
            params,
        ).scalar()
    )
    sequences_missing = conn.execute(
        text(
            # CASE: the planner may test the privilege before the kind otherwise.
            f"SELECT c.relname {in_schema}AND CASE WHEN c.relkind = 'S' "
            "THEN NOT has_sequence_privilege(:role, c.oid, 'USAGE') ELSE false END ORDER BY 1"
        ),
        params,
    ).scalars()
    return RoleRights(
        role,
        owner == role,
        superuser,
        may_create,
        tuple(tables_missing),
        tuple(audit_rights),
        revision_writable,
        tuple(sequences_missing),
    )


def may_alter_schema(conn: Connection) -> bool:
    """Whether the connected role may migrate the schema: its owner, or a superuser.
    Always on SQLite (whoever may write the file)."""
    if conn.dialect.name != "postgresql":
        return True
    me, is_super = conn.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    owner = schema_owner(conn)
    return bool(is_super) or owner is None or owner == me


def owner_needed(location: str, revision: str, expected: str) -> RoleError:
    """An older schema opened by the application's role, which cannot migrate it."""
    return RoleError(
        QT_TRANSLATE_NOOP(
            "Error",
            "The database at {path} has schema {revision}; this version of deskapp needs "
            "{expected}. The desks' role cannot change the schema: the database's owner "
            "runs 'deskapp db upgrade' with the owner's address, then deskapp opens it.",
        ),
        path=location,
        revision=revision,
        expected=expected,
    )
