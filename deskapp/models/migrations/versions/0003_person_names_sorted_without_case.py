"""person names sorted without regard to case: "de Santis" among the D

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

The name index becomes an index on ``family_name COLLATE NOCASE, given_name COLLATE
NOCASE, birth_date``. Only the index changes: the table is not rebuilt, so the
search index and its triggers are untouched. PostgreSQL has no NOCASE: ``lower()``
there (deskapp.models.sql.collation compiles queries to the same expressions).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_person_name_birth", table_name="person")
    if op.get_bind().dialect.name == "postgresql":
        names = [sa.text("lower(family_name)"), sa.text("lower(given_name)")]
    else:
        names = [sa.text("family_name COLLATE NOCASE"), sa.text("given_name COLLATE NOCASE")]
    op.create_index("ix_person_sort_name", "person", [*names, "birth_date"])


def downgrade() -> None:
    op.drop_index("ix_person_sort_name", table_name="person")
    op.create_index("ix_person_name_birth", "person", ["family_name", "given_name", "birth_date"])
