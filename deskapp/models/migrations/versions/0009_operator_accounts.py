"""operators' accounts (password, failed logins, lock) and the audit of logins

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22

The audit trail's CHECK of actions gains login, login_failed and password. SQLite
cannot alter a CHECK in place: the table is rebuilt (rows, hashes and ids copied as
they are), so its append-only triggers are dropped first and created again after.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_ACTIONS = ("create", "update", "delete", "stage", "import", "export")
NEW_ACTIONS = (*OLD_ACTIONS, "login", "login_failed", "password")

NO_UPDATE = """
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END
"""
NO_DELETE = """
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be deleted'); END
"""


# The CHECK's name on PostgreSQL (deskapp.models.sql.constraints).
AUDIT_ACTION_CHECK = "ck_audit_event_action"


def _actions(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(
        *values, name="auditaction", native_enum=False, create_constraint=True, length=32
    )


def _rebuild_audit(values_from: Sequence[str], values_to: Sequence[str]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        # PostgreSQL alters a CHECK in place: no copy of the table.
        allowed = ", ".join(f"'{value}'" for value in values_to)
        op.execute(f"ALTER TABLE audit_event DROP CONSTRAINT {AUDIT_ACTION_CHECK}")
        op.execute(
            f"ALTER TABLE audit_event ADD CONSTRAINT {AUDIT_ACTION_CHECK} "
            f"CHECK (action IN ({allowed}))"
        )
        return
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    with op.batch_alter_table("audit_event", recreate="always") as batch_op:
        batch_op.alter_column(
            "action",
            existing_type=_actions(values_from),
            type_=_actions(values_to),
            existing_nullable=False,
        )
    if sqlite:
        op.execute(NO_UPDATE)
        op.execute(NO_DELETE)


def upgrade() -> None:
    op.add_column("operator", sa.Column("password_hash", sa.String(length=255), nullable=True))
    op.add_column(
        "operator",
        sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("operator", sa.Column("locked_until", sa.DateTime(), nullable=True))
    _rebuild_audit(OLD_ACTIONS, NEW_ACTIONS)


def downgrade() -> None:
    _rebuild_audit(NEW_ACTIONS, OLD_ACTIONS)
    with op.batch_alter_table("operator", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")
        batch_op.drop_column("password_hash")
