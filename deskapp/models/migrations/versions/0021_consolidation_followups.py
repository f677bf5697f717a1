"""consolidation follow-ups (issue 16)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02

Reserved for merges travelling in bundles and the coordinator's erasure register; filled in the same step as its model change.
"""

from collections.abc import Sequence

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
