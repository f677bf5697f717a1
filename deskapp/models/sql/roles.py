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

A role that can reach past its grants is refused (``db grant``) and flagged (``db
check``), with the statement the server's administrator runs to close the way
(``escalations``): a member of the schema's owner or of another role that can (SET ROLE
needs no INHERIT), of ``pg_write_all_data`` or ``pg_database_owner``; a role with
CREATEROLE (it could grant itself the owner) or BYPASSRLS; CREATE on the database.

Nothing here creates a role or gives it a password: that is the server administrator's
``createuser``. SQLite has no roles: a file's permissions are the operating system's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from deskapp.errors import DeskappError, Reason
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
    """The role cannot be granted as asked (missing, the owner itself, a superuser...);
    ``reasons``: the ways it reaches past its grants, each with what to change."""

    def __init__(self, template: str, reasons: list[Reason] | None = None, **params: Any) -> None:
        self.reasons = reasons or []
        super().__init__(template, **params)

    @property
    def message(self) -> str:
        base = super().message
        return base + (" " + " ".join(self.reasons) if self.reasons else "")


# Built-in roles whose members reach every table, the audit trail included.
_WIDE_ROLES = ("pg_write_all_data", "pg_database_owner")


@dataclass(frozen=True)
class Escalation:
    """One way a role reaches past the rights deskapp grants it, and the statement the
    server's administrator runs to close it (no grant of the schema's owner can)."""

    kind: str  # "member", "database_owner", "createrole", "bypassrls", "create_database"
    through: str  # the role it is a member of, or the database
    fix: str  # SQL, identifiers quoted


# What each way is, said by db grant (context "Error") and db check (context "Check").
ESCALATION_ERRORS = {
    "member": QT_TRANSLATE_NOOP(
        "Error",
        "It is a member of {through}, so it can act as that role (SET ROLE): the server's "
        "administrator runs {fix}.",
    ),
    "database_owner": QT_TRANSLATE_NOOP(
        "Error",
        "It owns the database {through}, and with it the schema: the server's administrator "
        "runs {fix}.",
    ),
    "createrole": QT_TRANSLATE_NOOP(
        "Error",
        "It may create roles, and so grant itself others: the server's administrator runs {fix}.",
    ),
    "bypassrls": QT_TRANSLATE_NOOP(
        "Error", "It bypasses row-level security: the server's administrator runs {fix}."
    ),
    "create_database": QT_TRANSLATE_NOOP(
        "Error",
        "It may create schemas in the database {through}: the server's administrator runs {fix}.",
    ),
}
ESCALATION_CHECKS = {
    "member": QT_TRANSLATE_NOOP(
        "Check",
        "role {role} is a member of {through}, so it can act as that role (SET ROLE): the "
        "server's administrator runs {fix}",
    ),
    "database_owner": QT_TRANSLATE_NOOP(
        "Check",
        "role {role} owns the database {through}, and with it the schema: the server's "
        "administrator runs {fix}",
    ),
    "createrole": QT_TRANSLATE_NOOP(
        "Check",
        "role {role} may create roles, and so grant itself others: the server's "
        "administrator runs {fix}",
    ),
    "bypassrls": QT_TRANSLATE_NOOP(
        "Check",
        "role {role} bypasses row-level security: the server's administrator runs {fix}",
    ),
    "create_database": QT_TRANSLATE_NOOP(
        "Check",
        "role {role} may create schemas in the database {through}: the server's "
        "administrator runs {fix}",
    ),
}


def _quoted(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote_identifier(name))


def _shown(conn: Connection, name: str) -> str:
    """``name`` as an administrator types it in a statement: quoted only where needed."""
    return str(conn.dialect.identifier_preparer.quote(name))


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


def escalations(conn: Connection, role: str, owner: str | None) -> tuple[Escalation, ...]:
    """The ways ``role`` reaches past its grants (module docstring), read from the
    catalog; ``owner``: the schema's owner."""
    params = {"role": role, "owner": owner or "", "wide": list(_WIDE_ROLES)}
    shown = _shown(conn, role)
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    found: list[Escalation] = []
    # Roles it is a member of (directly or not, inheriting or not) that reach further.
    # pg_database_owner's members are the database's owner: no REVOKE, a new owner.
    members = conn.execute(
        text(
            "SELECT r.rolname FROM pg_roles r "
            "WHERE r.rolname <> :role AND pg_has_role(:role, r.oid, 'MEMBER') "
            "AND (r.rolname = :owner OR r.rolname = ANY(:wide) OR r.rolsuper "
            "OR r.rolcreaterole OR r.rolbypassrls) ORDER BY r.rolname"
        ),
        params,
    ).scalars()
    dba = str(
        conn.execute(
            text(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
            )
        ).scalar()
    )
    # pg_database_owner last: the database's owner may be named already.
    for member in sorted(members, key=lambda name: name == "pg_database_owner"):
        if member != "pg_database_owner":
            found.append(
                Escalation("member", str(member), f"REVOKE {_shown(conn, member)} FROM {shown}")
            )
        elif dba == role:
            new_owner = _shown(conn, owner) if owner else "..."
            found.append(
                Escalation(
                    "database_owner",
                    database,
                    f"ALTER DATABASE {_shown(conn, database)} OWNER TO {new_owner}",
                )
            )
        elif not any(e.through == dba for e in found):  # through the database's owner
            found.append(Escalation("member", dba, f"REVOKE {_shown(conn, dba)} FROM {shown}"))
    attributes = conn.execute(
        text("SELECT rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = :role"), params
    ).first()
    createrole, bypassrls = attributes if attributes is not None else (False, False)
    if createrole:
        found.append(Escalation("createrole", role, f"ALTER ROLE {shown} NOCREATEROLE"))
    if bypassrls:
        found.append(Escalation("bypassrls", role, f"ALTER ROLE {shown} NOBYPASSRLS"))
    # CREATE on the database: given to everyone, or to the role itself (through a role
    # it is a member of, or its owning the database, it is named above).
    if conn.execute(
        text("SELECT has_database_privilege('public', current_database(), 'CREATE')")
    ).scalar():
        given_to = "PUBLIC"
    elif conn.execute(
        text(
            "SELECT EXISTS (SELECT 1 FROM pg_database d CROSS JOIN LATERAL aclexplode(d.datacl) a "
            "JOIN pg_roles r ON r.oid = a.grantee WHERE d.datname = current_database() "
            "AND r.rolname = :role AND a.privilege_type = 'CREATE')"
        ),
        params,
    ).scalar():
        given_to = shown
    else:
        given_to = ""
    if given_to:
        found.append(
            Escalation(
                "create_database",
                database,
                f"REVOKE CREATE ON DATABASE {_shown(conn, database)} FROM {given_to}",
            )
        )
    return tuple(found)


def grant_application_role(conn: Connection, role: str, *, again: bool = False) -> None:
    """Give ``role`` the application's rights (module docstring), in the caller's
    transaction. Run as the schema's owner. Refuses, in words, a role name that is not
    one, a role that does not exist, the owner itself, a superuser and a role that can
    reach past its grants (``escalations``; not when granted ``again`` by an upgrade)."""
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
    reaches = () if again else escalations(conn, role, owner)
    if reaches:
        raise RoleError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'{role}' can reach past the rights deskapp grants, and no grant can narrow "
                "that. Once the server's administrator has changed it, run 'deskapp db grant "
                "--role {role}' again.",
            ),
            reasons=[
                Reason(ESCALATION_ERRORS[e.kind], through=e.through, fix=e.fix) for e in reaches
            ],
            role=role,
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


def grant_again(conn: Connection, roles: list[str] | None = None) -> list[str]:
    """In an upgrade's transaction: the application roles granted before (``roles``,
    read before the migrations ran; else as today's tables say) get the rights on
    today's tables (a rebuilt audit trail would otherwise carry the default UPDATE and
    DELETE). A role that has come to reach past its grants is granted all the same (the
    upgrade is no place to refuse it; db check says so). Returns the roles granted."""
    if roles is None:
        roles = granted_roles(conn)
    for role in roles:
        grant_application_role(conn, role, again=True)
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
    escalations: tuple[Escalation, ...] = ()  # ways past its grants (module docstring)

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
            or self.escalations
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
        escalations(conn, role, owner) if owner != role and not superuser else (),
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
