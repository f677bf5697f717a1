"""organisations, openings, project roles and matches (issue 18)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01

- supply_chain: the programme's priority supply chains, data the coordinator keeps;
  seeded here with the five the programme names (written out, not imported from the
  application, so this migration writes the same rows whatever the code becomes).
- organisation, organisation_contact, organisation_relation: the network's firms,
  cooperatives, consortia, networks, associations and public bodies, the people to
  call there, and what each is to another organisation or to a project.
- opening: a role an organisation wants filled; project_role: a role a project still
  needs; match_outcome: each step of a proposal of a person for one or the other.
- consent.purpose gains "placement" (being proposed to employers and projects): the
  CHECK of the column is rebuilt (SQLite copies the table, PostgreSQL alters it).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from deskapp.models.table_rebuild import triggers_kept

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSES_BEFORE = ("service", "reporting", "special_category", "communications")
PURPOSES_AFTER = (*PURPOSES_BEFORE, "placement")

# (code, Italian, French, English, NACE prefixes)
CHAINS = (
    (
        "nautical",
        "Nautica e cantieristica navale",
        "Nautisme et construction navale",
        "Nautical and shipbuilding",
        "30.1 33.15 50 52.22",
    ),
    (
        "tourism",
        "Turismo sostenibile",
        "Tourisme durable",
        "Sustainable tourism",
        "55 56 79 91 93.2",
    ),
    (
        "biotech",
        "Biotecnologie blu e verdi",
        "Biotechnologies bleues et vertes",
        "Blue and green biotech",
        "72.11 21 20.59 03.2",
    ),
    (
        "energy",
        "Energie rinnovabili",
        "Énergies renouvelables",
        "Renewable energy",
        "35.11 35.3 43.21 27.11 28.11",
    ),
    (
        "agrifood",
        "Agroalimentare",
        "Agroalimentaire",
        "Agrifood",
        "01 03.1 10 11 46.3",
    ),
)


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False
        ),
    ]


LEVELS = ("basic", "intermediate", "advanced", "expert")


def upgrade() -> None:
    op.create_table(
        "supply_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_it", sa.String(length=120), nullable=False),
        sa.Column("name_fr", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("nace_prefixes", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supply_chain")),
        sa.UniqueConstraint("code", name=op.f("uq_supply_chain_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column(
            "kind",
            _enum(
                "organisationkind",
                "firm",
                "cooperative",
                "consortium",
                "network",
                "association",
                "public_body",
            ),
            nullable=False,
        ),
        sa.Column("sector_code", sa.String(length=10), nullable=False),
        sa.Column("nace_code", sa.String(length=10), nullable=False),
        sa.Column("supply_chain_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("municipality", sa.String(length=120), nullable=False),
        sa.Column(
            "size",
            _enum("organisationsize", "micro", "small", "medium", "large"),
            nullable=True,
        ),
        sa.Column("activities", sa.Text(), nullable=False),
        sa.Column("seeks", sa.Text(), nullable=False),
        sa.Column("company_number", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("website", sa.String(length=255), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desk.id"], name=op.f("fk_organisation_desk_id_desk")
        ),
        sa.ForeignKeyConstraint(
            ["supply_chain_id"],
            ["supply_chain.id"],
            name=op.f("fk_organisation_supply_chain_id_supply_chain"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("company_number", name=op.f("uq_organisation_company_number")),
    )
    for column in ("desk_id", "kind", "nace_code", "supply_chain_id"):
        op.create_index(f"ix_organisation_{column}", "organisation", [column], unique=False)
    op.create_table(
        "opening",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("skills", sa.String(length=255), nullable=False),
        sa.Column("level", _enum("skilllevel", *LEVELS), nullable=True),
        sa.Column("municipality", sa.String(length=120), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("filled", sa.Integer(), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "filled >= 0 AND filled <= posts", name=op.f("ck_opening_filled_within_posts")
        ),
        sa.CheckConstraint("posts >= 1", name=op.f("ck_opening_posts_positive")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_opening_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening")),
    )
    op.create_index("ix_opening_open", "opening", ["closed", "until"], unique=False)
    op.create_index("ix_opening_organisation_id", "opening", ["organisation_id"], unique=False)
    op.create_table(
        "organisation_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_contact_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_contact")),
    )
    op.create_index(
        "ix_organisation_contact_organisation_id",
        "organisation_contact",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "organisation_relation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            _enum("relationkind", "member_of", "supplier_of", "customer_of", "partner_abroad_of"),
            nullable=False,
        ),
        sa.Column("other_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        *_stamps(),
        sa.CheckConstraint(
            "(other_id IS NULL) <> (project_id IS NULL)",
            name=op.f("ck_organisation_relation_other_or_project"),
        ),
        sa.CheckConstraint(
            "other_id IS NULL OR other_id <> organisation_id",
            name=op.f("ck_organisation_relation_not_itself"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_relation_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_relation_other_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["enterprise_project.id"],
            name=op.f("fk_organisation_relation_project_id_enterprise_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_relation")),
    )
    for column in ("organisation_id", "other_id", "project_id"):
        op.create_index(
            f"ix_organisation_relation_{column}", "organisation_relation", [column], unique=False
        )
    op.create_table(
        "project_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("skills", sa.String(length=255), nullable=False),
        sa.Column("level", _enum("skilllevel", *LEVELS), nullable=True),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("filled", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "filled >= 0 AND filled <= posts", name=op.f("ck_project_role_filled_within_posts")
        ),
        sa.CheckConstraint("posts >= 1", name=op.f("ck_project_role_posts_positive")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["enterprise_project.id"],
            name=op.f("fk_project_role_project_id_enterprise_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_role")),
    )
    op.create_index("ix_project_role_project_id", "project_role", ["project_id"], unique=False)
    op.create_table(
        "match_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=True),
        sa.Column("project_role_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            _enum("matchstatus", "proposed", "contacted", "interview", "hired", "declined"),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "(opening_id IS NULL) <> (project_role_id IS NULL)",
            name=op.f("ck_match_outcome_opening_or_role"),
        ),
        sa.ForeignKeyConstraint(
            ["opening_id"],
            ["opening.id"],
            name=op.f("fk_match_outcome_opening_id_opening"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operator.id"], name=op.f("fk_match_outcome_operator_id_operator")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_match_outcome_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_role_id"],
            ["project_role.id"],
            name=op.f("fk_match_outcome_project_role_id_project_role"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_match_outcome")),
    )
    for column in ("opening_id", "person_id", "project_role_id"):
        op.create_index(f"ix_match_outcome_{column}", "match_outcome", [column], unique=False)
    op.create_index(
        "ix_match_outcome_status_on", "match_outcome", ["status", "happened_on"], unique=False
    )

    chains = sa.table(
        "supply_chain",
        sa.column("code", sa.String),
        sa.column("name_it", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("name_en", sa.String),
        sa.column("nace_prefixes", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("version", sa.Integer),
    )
    op.bulk_insert(
        chains,
        [
            {
                "code": code,
                "name_it": name_it,
                "name_fr": name_fr,
                "name_en": name_en,
                "nace_prefixes": prefixes,
                "active": True,
                "version": 1,
            }
            for code, name_it, name_fr, name_en, prefixes in CHAINS
        ],
    )
    _rebuild_purpose_check(PURPOSES_BEFORE, PURPOSES_AFTER)


def _in_list(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _rebuild_purpose_check(old: Sequence[str], new: Sequence[str]) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        # PostgreSQL alters a CHECK in place (deskapp.models.sql.constraints names it).
        op.execute("ALTER TABLE consent DROP CONSTRAINT ck_consent_purpose")
        op.execute(
            f"ALTER TABLE consent ADD CONSTRAINT ck_consent_purpose CHECK "
            f"({_in_list('purpose', new)})"
        )
        return
    # SQLite cannot change a CHECK in place: batch mode copies the table (one or two
    # rows a person) with the new one, and puts back any trigger on it.
    with (
        triggers_kept(bind, "consent"),
        op.batch_alter_table("consent", recreate="always") as batch_op,
    ):
        batch_op.alter_column(
            "purpose",
            existing_type=_enum("consentpurpose", *old),
            type_=_enum("consentpurpose", *new),
            existing_nullable=False,
        )


def downgrade() -> None:
    # The older schema has no such purpose: the consents to be proposed go with it.
    consent = sa.table("consent", sa.column("purpose", sa.String))
    op.execute(consent.delete().where(consent.c.purpose == "placement"))
    _rebuild_purpose_check(PURPOSES_AFTER, PURPOSES_BEFORE)
    op.drop_index("ix_match_outcome_status_on", table_name="match_outcome")
    for column in ("opening_id", "person_id", "project_role_id"):
        op.drop_index(f"ix_match_outcome_{column}", table_name="match_outcome")
    op.drop_table("match_outcome")
    op.drop_index("ix_project_role_project_id", table_name="project_role")
    op.drop_table("project_role")
    for column in ("organisation_id", "other_id", "project_id"):
        op.drop_index(f"ix_organisation_relation_{column}", table_name="organisation_relation")
    op.drop_table("organisation_relation")
    op.drop_index("ix_organisation_contact_organisation_id", table_name="organisation_contact")
    op.drop_table("organisation_contact")
    op.drop_index("ix_opening_organisation_id", table_name="opening")
    op.drop_index("ix_opening_open", table_name="opening")
    op.drop_table("opening")
    for column in ("desk_id", "kind", "nace_code", "supply_chain_id"):
        op.drop_index(f"ix_organisation_{column}", table_name="organisation")
    op.drop_table("organisation")
    op.drop_table("supply_chain")
