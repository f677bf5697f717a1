"""the skills search's own full-text index (issue 17; owner: the data-performance helper)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

PLACEHOLDER: written empty so that the revisions of this round form one chain; the
owner replaces this text and the bodies below.
"""

from collections.abc import Sequence

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
