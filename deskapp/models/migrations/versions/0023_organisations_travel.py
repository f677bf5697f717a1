"""organisations travel in bundles (issue 16)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02

Reserved for the organisations, contacts, relations, openings, project roles and match
outcomes travelling in consolidation bundles; filled in the same step as its model change.
"""

from collections.abc import Sequence

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
