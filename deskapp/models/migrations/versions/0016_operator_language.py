"""an operator's own language (issue 14; owner: the French-walk helper)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01

PLACEHOLDER: written empty so that the revisions of this round form one chain; the
owner replaces this text and the bodies below.
"""

from collections.abc import Sequence

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
