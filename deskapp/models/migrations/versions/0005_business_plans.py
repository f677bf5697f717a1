"""business plans: the draft and its frozen versions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: nothing existing is rebuilt.
    op.create_table(
        "business_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["enterprise_project.id"],
            name=op.f("fk_business_plan_project_id_enterprise_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_plan")),
        sa.UniqueConstraint("project_id", name=op.f("uq_business_plan_project_id")),
    )
    op.create_table(
        "business_plan_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("members", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_business_plan_version_operator_id_operator"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["enterprise_project.id"],
            name=op.f("fk_business_plan_version_project_id_enterprise_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_plan_version")),
        sa.UniqueConstraint("project_id", "name", name=op.f("uq_business_plan_version_project_id")),
    )
    with op.batch_alter_table("business_plan_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_business_plan_version_project_id"), ["project_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("business_plan_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_plan_version_project_id"))

    op.drop_table("business_plan_version")
    op.drop_table("business_plan")
