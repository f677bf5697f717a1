"""organisations travel in bundles (issue 16)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-02

The network's records (issue 18) travel in consolidation bundles (deskapp.sync) as the
people and projects do: organisations, their contact people and relations, openings,
project roles and match outcomes each get a global id (a UUIDv7, one drawn here for
each existing row) and an origin ("" for the records made in this database). An
organisation's company number becomes unique per origin: a coordinator holds the same
firm sent by two desks, one record each, with the same number.

On SQLite the organisation table is copied to change its unique constraint (batch
mode; the triggers on it, if any, are made again).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import uuid6
from alembic import op

from deskapp.models.table_rebuild import triggers_kept

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here (not read from deskapp.sync): a later change of the list must not
# change what this migration did.
TRAVELLING = (
    "organisation",
    "organisation_contact",
    "organisation_relation",
    "opening",
    "project_role",
    "match_outcome",
)
GID = sa.String(length=36)
BATCH = 5000
UNIQUE = "uq_organisation_company_number"


def _fill_gids(table: str) -> None:
    """A UUIDv7 for each row, in the order of the ids."""
    bind = op.get_bind()
    ids = [row[0] for row in bind.exec_driver_sql(f"SELECT id FROM {table} ORDER BY id")]
    rows = sa.table(table, sa.column("id", sa.Integer), sa.column("gid", GID))
    statement = (
        rows.update().where(rows.c.id == sa.bindparam("row_id")).values(gid=sa.bindparam("new_gid"))
    )
    for start in range(0, len(ids), BATCH):
        bind.execute(
            statement,
            [{"row_id": i, "new_gid": str(uuid6.uuid7())} for i in ids[start : start + BATCH]],
        )


def _unique_number(columns: list[str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with (
            triggers_kept(bind, "organisation"),
            op.batch_alter_table("organisation", recreate="always") as batch_op,
        ):
            batch_op.drop_constraint(UNIQUE, type_="unique")
            batch_op.create_unique_constraint(UNIQUE, columns)
    else:
        op.drop_constraint(UNIQUE, "organisation", type_="unique")
        op.create_unique_constraint(UNIQUE, "organisation", columns)


def upgrade() -> None:
    for table in TRAVELLING:
        op.add_column(table, sa.Column("gid", GID, server_default="", nullable=False))
        op.add_column(table, sa.Column("origin", GID, server_default="", nullable=False))
        _fill_gids(table)
        op.create_index(f"ix_{table}_gid", table, ["gid"], unique=True)
    _unique_number(["company_number", "origin"])


def downgrade() -> None:
    # Organisations taken in from other desks cannot keep their company numbers under
    # the old constraint (one per database): a downgraded coordinator keeps its own.
    op.get_bind().exec_driver_sql(
        "UPDATE organisation SET company_number = NULL WHERE origin <> ''"
    )
    _unique_number(["company_number"])
    for table in reversed(TRAVELLING):
        op.drop_index(f"ix_{table}_gid", table_name=table)
        op.drop_column(table, "origin")
        op.drop_column(table, "gid")
