"""indexes for a national registry (issue 15)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02

Reserved for the PostgreSQL search/order indexes and the audit guard's IS DISTINCT FROM; filled in the same step as its model change.
"""

from collections.abc import Sequence

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
