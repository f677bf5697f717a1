"""projects keep a NACE code; ATECO and NAF labels shown by language (issue 14; owner: the sectors helper)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

PLACEHOLDER: written empty so that the revisions of this round form one chain; the
owner replaces this text and the bodies below.
"""

from collections.abc import Sequence

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
