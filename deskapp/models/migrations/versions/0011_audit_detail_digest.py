"""the audit trail's details can be blanked on erasure; file names leave the trail

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

Each event gets the SHA-256 of its detail (``detail_digest``), and the chain is made
again over that digest instead of the detail (deskapp.models.audit_chain), so erasing a
person can blank the details of the events about them and the chain still verifies.
The details that named a file ("3 rows to dossier-Rossi.pdf (person 5)", "backup to
/media/...", "restored from ...", "12 persons from ...") lose the file's name first:
file names are often chosen after people.

The old chain is checked event by event as it is re-made: an event that did not verify
keeps its old hash, or its old link, so `deskapp db check` still reports the break at
the same event instead of a laundered chain. The append-only triggers are made again
from deskapp.models.audit_guard: every UPDATE is refused but blanking a detail.

PostgreSQL: its guard (trigger functions, and TRUNCATE refused) is first made here;
0007 and 0009 made SQLite's alone, and no PostgreSQL database predates this revision
(PostgreSQL support arrived after it). Downgraded below it, a PostgreSQL trail has no
guard.
"""

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from deskapp.models.audit_chain import (
    GENESIS,
    detail_digest,
    event_digest,
    legacy_event_digest,
)
from deskapp.models.audit_guard import (
    PG_FUNCTIONS_BEFORE_0020,
    create_statements,
    drop_statements,
)

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The triggers as migrations 0007 and 0009 made them (for the downgrade).
OLD_TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END",
)

events = sa.table(
    "audit_event",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("operator_id", sa.Integer),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("fields", sa.Text),
    sa.column("detail", sa.Text),
    sa.column("detail_digest", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)

# What the details of older versions said, and what they keep of it.
_EXPORT = re.compile(r"^(?P<rows>\d+) rows to .*?(?: \((?P<note>(?:person|project) \d+|batch)\))?$")
_IMPORT = re.compile(r"^(?P<count>\d+) persons from .*$")
_RESTORE = re.compile(r"^restored from .*$")
_BY = " by "


def without_file_names(action: str, detail: str) -> str:
    """The detail with the file name it may hold taken out."""
    if action == "export":
        if match := _EXPORT.match(detail):
            note = match["note"]
            return f"{match['rows']} rows ({note})" if note else f"{match['rows']} rows"
        if detail.startswith("backup to "):
            return "backup"
    if action == "import" and (match := _IMPORT.match(detail)):
        return f"{match['count']} persons"
    if action == "update" and _RESTORE.match(detail):
        # "... by NAME" named an account the restored copy did not hold; a file name
        # has a dot (its extension), an account's name seldom does.
        who = detail.rsplit(_BY, 1)[1] if _BY in detail else ""
        return "restored from a backup" + (f"{_BY}{who}" if who and "." not in who else "")
    return detail


def _rechain(
    verifies: Callable[[Any, str], bool],
    new_detail: Callable[[Any], str],
    recipe: Callable[[str, Any, str], str],
) -> None:
    """Chain every event again with ``recipe(prev_hash, row, detail)``. An event that
    did not verify under the old recipe (``verifies(row, previous_hash)`` false) keeps
    its wrong link or its wrong hash: a break stays a break, at the same event."""
    bind = op.get_bind()
    rows = bind.execute(sa.select(events).order_by(events.c.id)).all()
    old_previous = new_previous = GENESIS
    updates = []
    for row in rows:
        detail = new_detail(row)
        linked = row.prev_hash == old_previous
        prev = new_previous if linked else row.prev_hash
        digest = recipe(prev, row, detail) if verifies(row, row.prev_hash) else row.hash
        updates.append(
            {
                "key": row.id,
                "new_detail": detail,
                "new_digest": detail_digest(detail),
                "prev": prev,
                "digest": digest,
            }
        )
        old_previous, new_previous = row.hash, digest
    if updates:
        bind.execute(
            events.update()
            .where(events.c.id == sa.bindparam("key"))
            .values(
                detail=sa.bindparam("new_detail"),
                detail_digest=sa.bindparam("new_digest"),
                prev_hash=sa.bindparam("prev"),
                hash=sa.bindparam("digest"),
            ),
            updates,
        )


def _parts(row: Any) -> tuple[dt.datetime, int | None, str, int | None, str, str]:
    return (row.at, row.operator_id, row.entity, row.entity_id, row.action, row.fields or "")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in drop_statements(dialect):
        op.execute(statement)
    # ADD COLUMN: no table rebuild.
    op.add_column(
        "audit_event",
        sa.Column("detail_digest", sa.String(length=64), server_default="", nullable=False),
    )
    _rechain(
        lambda row, prev: row.hash == legacy_event_digest(prev, *_parts(row), row.detail or ""),
        lambda row: without_file_names(row.action, row.detail or ""),
        lambda prev, row, detail: event_digest(prev, *_parts(row), detail_digest(detail)),
    )
    # The guard as it was at this revision (0020 changed PostgreSQL's function).
    for statement in create_statements(dialect, PG_FUNCTIONS_BEFORE_0020):
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in drop_statements(op.get_bind().dialect.name):
        op.execute(statement)

    def verifies(row: Any, prev: str) -> bool:
        blank = not row.detail  # a detail blanked on erasure verifies blank
        right = blank or detail_digest(row.detail) == row.detail_digest
        return right and bool(row.hash == event_digest(prev, *_parts(row), row.detail_digest))

    _rechain(
        verifies,
        lambda row: row.detail or "",
        lambda prev, row, detail: legacy_event_digest(prev, *_parts(row), detail),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("detail_digest")
    if sqlite:
        for statement in OLD_TRIGGERS:
            op.execute(statement)
