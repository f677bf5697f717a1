"""indexes for a national registry (issue 15)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02

Each block below is one concern, with its own upgrade and downgrade steps; the
functions at the end run the blocks in order (downgrade in reverse).

- People page (search): on PostgreSQL the name index and the search key's index carry
  the id as their last column, so the registry's blocks are index-only reads in order
  (deskapp.models.sql.registry_order). SQLite's entries end with the rowid already:
  nothing changes there. The new indexes replace the old ones, which they cover.
- Audit guard: PostgreSQL's change function refuses a NULL detail too
  (``IS DISTINCT FROM ''``; ``<> ''`` let ``SET detail = NULL`` through).
- Coordinator report (both engines): activity and stage_transition indexes the report's
  figures are read from alone; two of them replace the indexes on activity.person_id
  and activity.project_id, which they cover.
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from deskapp.models.audit_guard import (
    PG_FUNCTIONS,
    PG_FUNCTIONS_BEFORE_0020,
    function_statements,
)

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


# --- People page (search): PostgreSQL's order indexes with the id -------------------

_NAMES: list[str | sa.TextClause] = [
    sa.text("lower(family_name)"),
    sa.text("lower(given_name)"),
    "birth_date",
]


def _registry_order_up() -> None:
    if not _postgresql():
        return
    # IF NOT EXISTS: the shared 1,000,000-person bench database got these two by hand
    # (same names, same columns) to be measured before this migration was run on it.
    op.create_index("ix_person_sort_name_id", "person", [*_NAMES, "id"], if_not_exists=True)
    op.drop_index("ix_person_sort_name", table_name="person")
    op.create_index("ix_person_search_key_id", "person", ["search_key", "id"], if_not_exists=True)
    op.drop_index("ix_person_search_key", table_name="person")


def _registry_order_down() -> None:
    if not _postgresql():
        return
    op.create_index("ix_person_search_key", "person", ["search_key"])
    op.drop_index("ix_person_search_key_id", table_name="person")
    op.create_index("ix_person_sort_name", "person", _NAMES)
    op.drop_index("ix_person_sort_name_id", table_name="person")


# --- Audit guard: a NULL detail refused on PostgreSQL --------------------------------


def _audit_guard_up() -> None:
    if _postgresql():
        for statement in function_statements(PG_FUNCTIONS):
            op.execute(statement)


def _audit_guard_down() -> None:
    if _postgresql():
        for statement in function_statements(PG_FUNCTIONS_BEFORE_0020):
            op.execute(statement)


# --- Coordinator report (report): the figures read from indexes ---------------------
# Both engines. Whether each person, or project, had an activity within the period is
# read from (person_id, occurred_at) and (project_id, occurred_at), which replace the
# indexes on person_id and project_id alone (they cover them); the services by kind
# from (kind, occurred_at, desk_id, duration_minutes), in kind order with no sort; the
# projects started by a moment from stage_transition (to_stage, at, project_id).
# Measured on SQLite at 1,000,000 people: see bench/RESULTS.md, session 2026-12-02.

_REPORT_INDEXES = [
    ("ix_activity_person_occurred", "activity", ["person_id", "occurred_at"]),
    ("ix_activity_project_occurred", "activity", ["project_id", "occurred_at"]),
    (
        "ix_activity_kind_occurred",
        "activity",
        ["kind", "occurred_at", "desk_id", "duration_minutes"],
    ),
    ("ix_stage_transition_reached", "stage_transition", ["to_stage", "at", "project_id"]),
]
_REPORT_REPLACED = [
    ("ix_activity_person_id", "activity", ["person_id"]),
    ("ix_activity_project_id", "activity", ["project_id"]),
]


def _report_indexes_up() -> None:
    for name, table, columns in _REPORT_INDEXES:
        op.create_index(name, table, columns)
    for name, table, _columns in _REPORT_REPLACED:
        op.drop_index(name, table_name=table)


def _report_indexes_down() -> None:
    for name, table, columns in _REPORT_REPLACED:
        op.create_index(name, table, columns)
    for name, table, _columns in _REPORT_INDEXES:
        op.drop_index(name, table_name=table)


# --- (other helpers of issue 15 add their blocks above this line) --------------------

UP: list[Callable[[], None]] = [_registry_order_up, _audit_guard_up, _report_indexes_up]
DOWN: list[Callable[[], None]] = [_registry_order_down, _audit_guard_down, _report_indexes_down]


def upgrade() -> None:
    for step in UP:
        step()


def downgrade() -> None:
    for step in reversed(DOWN):
        step()
