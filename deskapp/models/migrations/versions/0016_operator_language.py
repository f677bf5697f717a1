"""an operator's own language (issue 14)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01

The language an operator reads deskapp in, chosen in Settings and applied after their
login in the window and on the command line, before their desk's. NULL for everyone
until they choose: they keep reading their desk's language.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN: the operator table keeps its rows and constraints as they are.
    op.add_column("operator", sa.Column("language", sa.String(length=2), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy: other tables' foreign keys
    # point at operator, and a copy-and-rename would trip them.
    op.drop_column("operator", "language")
