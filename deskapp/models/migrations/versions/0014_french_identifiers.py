"""NIR for people resident in France, company number of the new enterprise (issue 14)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # ADD COLUMN: no table rebuild, the rows and their search-index triggers stay as
    # they are. SQLite cannot add a UNIQUE column, so uniqueness is a unique index
    # (which is also what the lookup by NIR reads).
    op.add_column("person", sa.Column("nir", sa.String(length=15), nullable=True))
    op.create_index("ix_person_nir", "person", ["nir"], unique=True)
    op.add_column(
        "enterprise_project",
        sa.Column(
            "enterprise_company_number", sa.String(length=20), server_default="", nullable=False
        ),
    )


def downgrade() -> None:
    # DROP COLUMN (SQLite 3.35+), not a batch rebuild: rebuilding person would drop it
    # for a moment under the triggers of the tables that read it (the search indexes).
    op.drop_index("ix_person_nir", table_name="person")
    op.drop_column("person", "nir")
    op.drop_column("enterprise_project", "enterprise_company_number")
