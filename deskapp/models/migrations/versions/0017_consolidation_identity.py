"""consolidation: global ids, change tracking, desk keys (issue 16)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01

Every record that travels in a bundle (deskapp.sync) gets a global id (a UUIDv7, one
drawn here for each existing row) and its origin ("" for the records made in this
database). The change log, this database's identity and key pair, and the coordinator's
tables (trusted desks, the ledger of bundles, common versions, conflicts, erased
records, merges, keyed tax codes, the desks' audit trails) are new. A person's codice
fiscale and NIR become unique per origin (a coordinator holds the same person's record
from two desks), and a person gets ``counted_with`` (the record it is counted with).

On SQLite the person table is copied to change its unique constraint (batch mode): the
search index's triggers and the name-sorting index on expressions are made again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import uuid6
from alembic import op

from deskapp.models.table_rebuild import triggers_kept

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out here (not read from deskapp.sync): a later change of the list must not
# change what this migration did.
TRAVELLING = (
    "desk",
    "operator",
    "person",
    "consent",
    "skill",
    "needs_assessment",
    "need",
    "structural_resource",
    "enterprise_project",
    "project_membership",
    "stage_transition",
    "funding_application",
    "checklist_tick",
    "business_plan",
    "business_plan_version",
    "activity",
)
GID = sa.String(length=36)
DIGEST = sa.String(length=64)
BATCH = 5000


def _sort_index_columns() -> list[sa.TextClause | str]:
    if op.get_bind().dialect.name == "postgresql":
        names = [sa.text("lower(family_name)"), sa.text("lower(given_name)")]
    else:
        names = [sa.text("family_name COLLATE NOCASE"), sa.text("given_name COLLATE NOCASE")]
    return [*names, "birth_date"]


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


def upgrade() -> None:
    for table in TRAVELLING:
        op.add_column(table, sa.Column("gid", GID, server_default="", nullable=False))
        op.add_column(table, sa.Column("origin", GID, server_default="", nullable=False))
        _fill_gids(table)
        op.create_index(f"ix_{table}_gid", table, ["gid"], unique=True)

    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.drop_index("ix_person_sort_name", table_name="person")
        op.drop_index("ix_person_nir", table_name="person")
        with (
            triggers_kept(bind, "person"),
            op.batch_alter_table("person", recreate="always") as batch_op,
        ):
            batch_op.drop_constraint("uq_person_codice_fiscale", type_="unique")
            batch_op.add_column(sa.Column("counted_with", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                "fk_person_counted_with_person",
                "person",
                ["counted_with"],
                ["id"],
                ondelete="SET NULL",
            )
            batch_op.create_unique_constraint(
                "uq_person_codice_fiscale", ["codice_fiscale", "origin"]
            )
        op.create_index("ix_person_sort_name", "person", _sort_index_columns())
    else:
        op.drop_constraint("uq_person_codice_fiscale", "person", type_="unique")
        op.drop_index("ix_person_nir", table_name="person")
        op.add_column("person", sa.Column("counted_with", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_person_counted_with_person",
            "person",
            "person",
            ["counted_with"],
            ["id"],
            ondelete="SET NULL",
        )
        op.create_unique_constraint(
            "uq_person_codice_fiscale", "person", ["codice_fiscale", "origin"]
        )
    op.create_index("ix_person_nir", "person", ["nir", "origin"], unique=True)
    op.create_index("ix_person_counted_with", "person", ["counted_with"])

    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("gid", GID, nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node", GID, nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("programme_key", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
        sa.UniqueConstraint("node", name=op.f("uq_sync_identity_node")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("node", GID, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.Column("trusted_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["trusted_by"], ["operator.id"], name=op.f("fk_sync_peer_trusted_by_operator")
        ),
        sa.PrimaryKeyConstraint("node", name=op.f("pk_sync_peer")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_peer_name")),
    )
    op.create_table(
        "sync_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hash", DIGEST, nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("node", GID, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("seq_from", sa.Integer(), nullable=False),
        sa.Column("seq_to", sa.Integer(), nullable=False),
        sa.Column("prev_hash", DIGEST, nullable=False),
        sa.Column("audit_to", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_sync_bundle_operator_id_operator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_bundle")),
        sa.UniqueConstraint(
            "direction", "node", "kind", "number", name=op.f("uq_sync_bundle_direction")
        ),
    )
    op.create_index("ix_sync_bundle_hash", "sync_bundle", ["hash"])
    op.create_table(
        "sync_base",
        sa.Column("gid", GID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("gid", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("gid", GID, nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=False),
        sa.Column("incoming_value", sa.Text(), nullable=False),
        sa.Column("node", GID, nullable=False),
        sa.Column("bundle_number", sa.Integer(), nullable=False),
        sa.Column("desk_operator", sa.String(length=120), nullable=False),
        sa.Column("desk_changed_at", sa.DateTime(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("chosen", sa.String(length=8), nullable=False),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resolved_by"], ["operator.id"], name=op.f("fk_sync_conflict_resolved_by_operator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["state", "gid"])
    op.create_table(
        "sync_erased",
        sa.Column("gid", GID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("gid", name=op.f("pk_sync_erased")),
    )
    op.create_table(
        "sync_tax_key",
        sa.Column("person_gid", GID, nullable=False),
        sa.Column("tax_key", DIGEST, nullable=False),
        sa.PrimaryKeyConstraint("person_gid", "tax_key", name=op.f("pk_sync_tax_key")),
    )
    op.create_index("ix_sync_tax_key_tax_key", "sync_tax_key", ["tax_key"])
    op.create_table(
        "sync_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_gid", GID, nullable=False),
        sa.Column("second_gid", GID, nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_sync_merge_operator_id_operator")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_merge")),
    )
    op.create_index("ix_sync_merge_first_gid", "sync_merge", ["first_gid"])
    op.create_index("ix_sync_merge_second_gid", "sync_merge", ["second_gid"])
    op.create_table(
        "sync_audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node", GID, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("operator_gid", GID, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("entity_gid", GID, nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("detail_digest", DIGEST, nullable=False),
        sa.Column("prev_hash", DIGEST, nullable=False),
        sa.Column("hash", DIGEST, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_audit_event")),
        sa.UniqueConstraint("node", "event_id", name=op.f("uq_sync_audit_event_node")),
    )
    op.create_index("ix_sync_audit_event_entity_gid", "sync_audit_event", ["entity_gid"])


def downgrade() -> None:
    for table in (
        "sync_audit_event",
        "sync_merge",
        "sync_tax_key",
        "sync_erased",
        "sync_conflict",
        "sync_base",
        "sync_bundle",
        "sync_peer",
        "sync_identity",
        "change_log",
    ):
        op.drop_table(table)
    bind = op.get_bind()
    # Records taken in from other desks cannot keep their tax codes under the old
    # constraint (one per database): a downgraded coordinator keeps its own records'.
    bind.exec_driver_sql("UPDATE person SET codice_fiscale = NULL, nir = NULL WHERE origin <> ''")
    op.drop_index("ix_person_counted_with", table_name="person")
    op.drop_index("ix_person_nir", table_name="person")
    if bind.dialect.name == "sqlite":
        op.drop_index("ix_person_sort_name", table_name="person")
        with (
            triggers_kept(bind, "person"),
            op.batch_alter_table("person", recreate="always") as batch_op,
        ):
            batch_op.drop_constraint("uq_person_codice_fiscale", type_="unique")
            batch_op.drop_constraint("fk_person_counted_with_person", type_="foreignkey")
            batch_op.drop_column("counted_with")
            batch_op.create_unique_constraint("uq_person_codice_fiscale", ["codice_fiscale"])
        op.create_index("ix_person_sort_name", "person", _sort_index_columns())
    else:
        op.drop_constraint("fk_person_counted_with_person", "person", type_="foreignkey")
        op.drop_column("person", "counted_with")
        op.drop_constraint("uq_person_codice_fiscale", "person", type_="unique")
        op.create_unique_constraint("uq_person_codice_fiscale", "person", ["codice_fiscale"])
    op.create_index("ix_person_nir", "person", ["nir"], unique=True)
    for table in reversed(TRAVELLING):
        op.drop_index(f"ix_{table}_gid", table_name=table)
        # SQLite's own DROP COLUMN (3.35+): no table copy, other tables' foreign keys
        # left alone.
        op.drop_column(table, "origin")
        op.drop_column(table, "gid")
