"""What ``deskapp db check`` says about a database on a PostgreSQL server, beyond what it
says about a file too (schema revision, the audit chain: deskapp.services.maintenance):

- the audit trail's guard (its triggers and their functions, as deskapp made them);
- the search indexes (pg_trgm GIN over the person's search key and over the skills);
- the roles: who is connected, and whether the desks' roles (those granted with ``db
  grant``) can do their work and nothing more (deskapp.models.sql.roles). Any role may
  read the catalog, so the desks' role sees its own rights too.

Each line is a Reason (context "Check"), said in the operator's language.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from deskapp.errors import Reason
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_guard import PG_TRIGGERS, trigger_problems
from deskapp.models.person_index import POSTGRESQL_INDEX, index_present
from deskapp.models.skill_index import POSTGRESQL_INDEX as SKILL_INDEX
from deskapp.models.sql.roles import ESCALATION_CHECKS, RoleRights, granted_roles, role_rights

# The same line as a file's check (deskapp.services.maintenance).
_TRIGGER_PROBLEM = QT_TRANSLATE_NOOP(
    "Check", "the audit trail's append-only triggers are {state}: {name}"
)


def check_server(conn: Connection, facts: list[str], problems: list[str]) -> None:
    """Add the server's lines to ``facts`` and ``problems``."""
    _guard(conn, facts, problems)
    _indexes(conn, facts, problems)
    _roles(conn, facts, problems)
    facts.append(
        Reason(
            QT_TRANSLATE_NOOP(
                "Check",
                "the integrity of the server's files, their backups, and the removal of "
                "erased rows' old versions (VACUUM FULL) are the server administrator's job",
            )
        )
    )


def _guard(conn: Connection, facts: list[str], problems: list[str]) -> None:
    found = trigger_problems(conn)
    problems.extend(Reason(_TRIGGER_PROBLEM, state=p.state, name=p.name) for p in found)
    if not found:
        facts.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "audit trail: its {count} append-only triggers are in place ({names})",
                ),
                count=len(PG_TRIGGERS),
                names=", ".join(PG_TRIGGERS),
            )
        )


def _indexes(conn: Connection, facts: list[str], problems: list[str]) -> None:
    present = []
    for name in (POSTGRESQL_INDEX, SKILL_INDEX):
        if index_present(conn, name):
            present.append(name)
        else:
            problems.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Check",
                        "search index {index} is missing: searches read every row; run "
                        "'deskapp db upgrade' as the schema's owner",
                    ),
                    index=name,
                )
            )
    if present:
        facts.append(
            Reason(
                QT_TRANSLATE_NOOP("Check", "search indexes in place (pg_trgm, GIN): {indexes}"),
                indexes=", ".join(present),
            )
        )


def _roles(conn: Connection, facts: list[str], problems: list[str]) -> None:
    me = role_rights(conn)
    if me.owner or me.superuser:
        facts.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "connected as {role}, the schema's owner, which may change it: the desks "
                    "connect as a role granted with 'deskapp db grant --role NAME'",
                )
                if me.owner
                else QT_TRANSLATE_NOOP(
                    "Check",
                    "connected as {role}, a superuser, which may change anything: the desks "
                    "connect as a role granted with 'deskapp db grant --role NAME'",
                ),
                role=me.role,
            )
        )
        desks = [r for r in granted_roles(conn) if r != me.role]
        if not desks:
            facts.append(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Check", "no desks' role is granted yet ('deskapp db grant --role NAME')"
                    )
                )
            )
        for role in desks:
            _one_role(role_rights(conn, role), facts, problems)
        return
    _one_role(me, facts, problems)


def _one_role(rights: RoleRights, facts: list[str], problems: list[str]) -> None:
    role = rights.role
    if rights.restricted:
        facts.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role}: reads and writes the records, adds to the audit trail, "
                    "cannot change the schema nor change or delete audit events",
                ),
                role=role,
            )
        )
        return
    if rights.escalations:
        # The rest follows from these, and no grant of the owner mends it: said alone.
        problems.extend(
            Reason(ESCALATION_CHECKS[e.kind], role=role, through=e.through, fix=e.fix)
            for e in rights.escalations
        )
        return
    if rights.superuser:
        problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role} is a superuser: it can change the schema and the audit "
                    "trail; give the desks a role without superuser rights",
                ),
                role=role,
            )
        )
    if rights.may_create:
        problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role} may create tables in the schema: run 'deskapp db grant "
                    "--role {role}' as the owner",
                ),
                role=role,
            )
        )
    if rights.audit_rights:
        problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role} holds {rights} on the audit trail, which it may only add "
                    "to: run 'deskapp db grant --role {role}' as the owner",
                ),
                role=role,
                rights=", ".join(rights.audit_rights),
            )
        )
    if rights.revision_writable:
        problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role} may change the schema's revision: run 'deskapp db grant "
                    "--role {role}' as the owner",
                ),
                role=role,
            )
        )
    missing = rights.tables_missing + rights.sequences_missing
    if missing:
        problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "role {role} cannot read and write {tables}: deskapp fails there until "
                    "the owner runs 'deskapp db grant --role {role}'",
                ),
                role=role,
                tables=", ".join(missing),
            )
        )
