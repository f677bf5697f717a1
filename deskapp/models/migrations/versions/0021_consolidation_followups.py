"""consolidation follow-ups (issue 16)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02

Merges travel in bundles: a decision on two records that may be the same person
(``sync_merge``) gets a global id and its origin, as the travelling records have
(migration 0017), and the gids of the decisions it replaces. The decisions made before
keep their meaning (the newest on a pair held): each replaces those before it.

Bundles encrypted to a coordinator: at a desk, the coordinator's sealing key kept
(``sync_recipient``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import uuid6
from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GID = sa.String(length=36)


def upgrade() -> None:
    op.add_column("sync_merge", sa.Column("gid", GID, server_default="", nullable=False))
    op.add_column("sync_merge", sa.Column("origin", GID, server_default="", nullable=False))
    op.add_column("sync_merge", sa.Column("replaces", sa.Text(), server_default="", nullable=False))
    bind = op.get_bind()
    rows = sa.table(
        "sync_merge",
        sa.column("id", sa.Integer),
        sa.column("gid", GID),
        sa.column("replaces", sa.Text),
    )
    before: dict[tuple[str, str], list[str]] = {}
    updates = []
    for row_id, first, second in bind.exec_driver_sql(
        "SELECT id, first_gid, second_gid FROM sync_merge ORDER BY id"
    ):
        pair = (min(first, second), max(first, second))
        gid = str(uuid6.uuid7())
        updates.append(
            {"row_id": row_id, "new_gid": gid, "new_replaces": " ".join(before.get(pair, []))}
        )
        before.setdefault(pair, []).append(gid)
    if updates:
        bind.execute(
            rows.update()
            .where(rows.c.id == sa.bindparam("row_id"))
            .values(gid=sa.bindparam("new_gid"), replaces=sa.bindparam("new_replaces")),
            updates,
        )
    op.create_index("ix_sync_merge_gid", "sync_merge", ["gid"], unique=True)
    op.create_table(
        "sync_recipient",
        sa.Column("node", GID, nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("kept_at", sa.DateTime(), nullable=False),
        sa.Column("kept_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_by"], ["operator.id"], name=op.f("fk_sync_recipient_kept_by_operator")
        ),
        sa.PrimaryKeyConstraint("node", name=op.f("pk_sync_recipient")),
    )


def downgrade() -> None:
    op.drop_table("sync_recipient")
    op.drop_index("ix_sync_merge_gid", table_name="sync_merge")
    op.drop_column("sync_merge", "replaces")
    op.drop_column("sync_merge", "origin")
    op.drop_column("sync_merge", "gid")
