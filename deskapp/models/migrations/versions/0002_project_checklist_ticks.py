"""project checklist: the steps of each stage ticked as done, with the date

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checklist_tick",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=40), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_checklist_tick_operator_id_operator")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["enterprise_project.id"],
            name=op.f("fk_checklist_tick_project_id_enterprise_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_tick")),
        sa.UniqueConstraint("project_id", "step", name=op.f("uq_checklist_tick_project_id")),
    )
    with op.batch_alter_table("checklist_tick", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_tick_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_tick", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_tick_project_id"))
    op.drop_table("checklist_tick")
