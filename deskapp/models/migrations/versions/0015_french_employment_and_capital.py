"""France Travail registration and category; ARCE/ARE capital of French worker-members (issue 14; owner: the employment helper)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

PLACEHOLDER: written empty so that the revisions of this round form one chain; the
owner replaces this text and the bodies below.
"""

from collections.abc import Sequence

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
