"""the audit trail becomes append-only and hash-chained

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22

Existing events get their hashes in id order, then triggers refuse any UPDATE or
DELETE of the trail. The recipe is deskapp.models.audit_chain's, the same the checks
use, so a chain written here verifies there.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The recipe of this revision (0011 chains the trail again with today's).
from deskapp.models.audit_chain import GENESIS
from deskapp.models.audit_chain import legacy_event_digest as event_digest

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_UPDATE = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
"""
NO_DELETE = """
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END
"""

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
    sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def upgrade() -> None:
    # ADD COLUMN: no table rebuild.
    op.add_column(
        "audit_event",
        sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False),
    )
    op.add_column(
        "audit_event", sa.Column("hash", sa.String(length=64), server_default="", nullable=False)
    )
    bind = op.get_bind()
    previous = GENESIS
    rows = bind.execute(
        sa.select(
            events.c.id,
            events.c.at,
            events.c.operator_id,
            events.c.entity,
            events.c.entity_id,
            events.c.action,
            events.c.fields,
            events.c.detail,
        ).order_by(events.c.id)
    ).all()
    updates = []
    for row in rows:
        digest = event_digest(
            previous,
            row.at,
            row.operator_id,
            row.entity,
            row.entity_id,
            row.action,
            row.fields or "",
            row.detail or "",
        )
        updates.append({"key": row.id, "prev": previous, "digest": digest})
        previous = digest
    if updates:
        bind.execute(
            events.update()
            .where(events.c.id == sa.bindparam("key"))
            .values(prev_hash=sa.bindparam("prev"), hash=sa.bindparam("digest")),
            updates,
        )
    if bind.dialect.name == "sqlite":
        op.execute(NO_UPDATE)
        op.execute(NO_DELETE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
