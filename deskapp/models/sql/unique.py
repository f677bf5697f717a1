"""Which unique rule a refused INSERT or UPDATE broke, on both engines.

Two writers that each looked and found no codice fiscale like the one they are saving can
both go on to save it: on PostgreSQL they run side by side (READ COMMITTED), and only
the unique constraint stops the second, at its INSERT or at its COMMIT. The services
keep their friendly look-up first (it names the other person), and turn the
constraint's refusal into the same message when they lose such a race.

SQLite says ``UNIQUE constraint failed: person.codice_fiscale``; PostgreSQL gives the
constraint's or unique index's name (``uq_person_codice_fiscale``, ``ix_person_nir``),
read here from the table's own metadata. Never from the error's text on PostgreSQL,
whose detail quotes the duplicated value (personal data).
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import FromClause, Table, UniqueConstraint
from sqlalchemy.exc import IntegrityError

PG_UNIQUE_VIOLATION = "23505"
_SQLITE_PREFIX = "UNIQUE constraint failed: "


def unique_columns(exc: IntegrityError, clause: FromClause) -> frozenset[str]:
    """The columns of the table ``clause`` (a model's ``__table__``) whose unique rule
    ``exc`` reports; empty when it reports something else (another table, a foreign key,
    a CHECK, the audit trail's guard)."""
    table = cast(Table, clause)
    orig = exc.orig
    state = getattr(orig, "sqlstate", None)
    if state is not None:
        if state != PG_UNIQUE_VIOLATION:
            return frozenset()
        diag = getattr(orig, "diag", None)
        name = getattr(diag, "constraint_name", None)
        if getattr(diag, "table_name", table.name) != table.name:
            return frozenset()
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint) and constraint.name == name:
                return frozenset(c.name for c in constraint.columns)
        for index in table.indexes:
            if index.unique and index.name == name:
                return frozenset(c.name for c in index.columns)
        if name == f"pk_{table.name}" or (name or "").endswith("_pkey"):
            return frozenset(c.name for c in table.primary_key.columns)
        return frozenset()
    message = str(orig)
    if not message.startswith(_SQLITE_PREFIX):
        return frozenset()
    found = set()
    for qualified in message[len(_SQLITE_PREFIX) :].split(","):
        owner, _, column = qualified.strip().partition(".")
        if owner == table.name:
            found.add(column)
    return frozenset(found)
