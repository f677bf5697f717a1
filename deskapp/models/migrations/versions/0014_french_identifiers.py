"""NIR for people resident in France, SIRET of the new enterprise (issue 14; owner: the identifiers helper)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01

PLACEHOLDER: written empty so that the revisions of this round form one chain; the
owner replaces this text and the bodies below.
"""

from collections.abc import Sequence

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
