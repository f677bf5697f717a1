"""matching follow-ups (issue 18)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-02

Reserved at the start of a session for the matching's speed (skill level and years
beside the search); the measures on copies showed no gain from it (bench/RESULTS.md,
"matching at 100,000, this session"), so it changes nothing. It stays, empty, because
databases already carry its number.
"""

from collections.abc import Sequence

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
