"""employees of a running enterprise besides its members, for the jobs created

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN: no table rebuild, the rows and their triggers stay as they are.
    op.add_column("enterprise_project", sa.Column("employees", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enterprise_project", schema=None) as batch_op:
        batch_op.drop_column("employees")
