"""the date a person was anonymised (right to erasure)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN: the person table and its search-index triggers stay as they are.
    op.add_column("person", sa.Column("anonymised_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("anonymised_on")
