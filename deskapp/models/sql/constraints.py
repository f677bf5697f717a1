"""The names of the CHECKs that keep enum columns to their values, on PostgreSQL.

The models' naming convention (``deskapp.models.base``) names such a CHECK after its
table and its enum: ``ck_person_disclosure``. SQLite accepts six CHECKs of that name
on one table (the six disclosure columns), and the SQLite files in use carry those
names; PostgreSQL wants a constraint's name unique in its table. There the CHECK of an
enum column is named after its table and column instead: ``ck_person_disability``.
A migration that alters such a CHECK on PostgreSQL uses ``enum_check_name``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, Column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import DDLCompiler


def enum_check_name(table: str, column: str) -> str:
    """The name of an enum column's CHECK on PostgreSQL."""
    return f"ck_{table}_{column}"


def _enum_column(constraint: CheckConstraint) -> Column[Any] | None:
    if not getattr(constraint, "_type_bound", False):
        return None
    column = getattr(constraint.sqltext, "left", None)
    column = getattr(column, "clause", column)  # the Enum wraps it in a type_coerce()
    return column if isinstance(column, Column) else None


@compiles(CheckConstraint, "postgresql")
def _named_by_column(constraint: CheckConstraint, compiler: DDLCompiler, **kw: Any) -> str:
    column = _enum_column(constraint)
    if column is None or constraint.name is None or column.table is None:
        return str(compiler.visit_check_constraint(constraint, **kw))  # type: ignore[no-untyped-call]
    name = compiler.preparer.quote(enum_check_name(column.table.name, column.name))
    body = compiler.define_check_body(constraint, **kw)
    return f"CONSTRAINT {name} {body}{compiler.define_constraint_deferrability(constraint)}"
