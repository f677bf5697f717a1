"""France Travail registration and category; ARCE/ARE capital of French worker-members;
the French funding instruments (issue 14)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01

- person: the date of registration at France Travail and the jobseeker category.
- project_membership: how a French worker-member uses their remaining unemployment
  benefit (ARCE as capital, or ARE kept monthly), the ARCE part of their capital, the
  monthly ARE and the months of rights left.
- The funding instruments gain the French categories (honour loan, guarantee,
  participatory loan, quasi-equity, ARCE): the CHECK constraint of the two tables that
  hold an instrument is rebuilt.
- The catalogue gains the French instruments every desk starts from, written here (not
  imported from the application) so this migration writes the same rows whatever the
  code becomes; a name a coordinator already used is left as it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from deskapp.models.table_rebuild import triggers_kept

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INSTRUMENTS_BEFORE = (
    "cfi",
    "nuova_marcora",
    "coopfond",
    "regional_fund",
    "microcredit",
    "bank_loan",
    "naspi_advance",
    "crowdfunding",
    "grant",
    "nacre",
    "other",
)
INSTRUMENTS_AFTER = (
    *INSTRUMENTS_BEFORE,
    "honour_loan",
    "guarantee",
    "participatory_loan",
    "quasi_equity",
    "arce",
)
CATEGORIES = ("A", "B", "C", "D", "E", "F", "G")
RIGHTS_USES = ("arce", "are_monthly")

# (name, instrument, provider, eligibility, web); all French (country FR).
STARTING_ENTRIES_FR = [
    (
        "Garantie France Active",
        "guarantee",
        "France Active (réseau des Fonds territoriaux)",
        "Garantie d'un prêt bancaire pour créer, reprendre ou développer une entreprise, "
        "en priorité pour les demandeurs d'emploi et les entreprises de l'économie sociale "
        "et solidaire, Scop comprises. Elle facilite l'accord de la banque et limite la "
        "caution personnelle. Vérifier la quotité et le plafond en vigueur auprès du Fonds "
        "territorial.",
        "https://www.franceactive.org",
    ),
    (
        "Prêt d'honneur France Active",
        "honour_loan",
        "France Active (réseau des Fonds territoriaux)",
        "Prêt personnel à taux zéro, sans garantie, au créateur ou au repreneur, qui "
        "l'apporte à l'entreprise ; il fait levier sur le prêt bancaire.",
        "https://www.franceactive.org",
    ),
    (
        "Contrat d'apport associatif France Active",
        "participatory_loan",
        "France Active (réseau des Fonds territoriaux)",
        "Apport remboursable sans intérêt pour les associations employeuses (création, "
        "développement, consolidation), qui renforce leurs fonds propres.",
        "https://www.franceactive.org",
    ),
    (
        "France Active Investissement",
        "quasi_equity",
        "France Active Investissement",
        "Investissement en fonds propres et quasi-fonds propres (titres participatifs, prêts "
        "participatifs) dans les entreprises de l'économie sociale et solidaire, dont les "
        "Scop et les Scic, à la création comme au développement.",
        "https://www.franceactive.org",
    ),
    (
        "Prêt d'honneur Initiative France",
        "honour_loan",
        "Initiative France (plateformes locales)",
        "Prêt personnel à taux zéro, sans garantie ni intérêts, au créateur ou au repreneur, "
        "avec l'accompagnement d'un parrain ; il facilite l'obtention d'un prêt bancaire. "
        "Chaque plateforme fixe ses montants.",
        "https://www.initiative-france.fr",
    ),
    (
        "Prêt de création Bpifrance",
        "bank_loan",
        "Bpifrance",
        "Prêt sans garantie ni caution personnelle pour les jeunes entreprises, associé à "
        "un prêt bancaire ; finance les besoins immatériels et le fonds de roulement. "
        "Vérifier l'offre en vigueur.",
        "https://www.bpifrance.fr",
    ),
    (
        "Garantie Bpifrance",
        "guarantee",
        "Bpifrance",
        "Garantie des prêts bancaires de création, de transmission et de développement des "
        "petites et moyennes entreprises.",
        "https://www.bpifrance.fr",
    ),
    (
        "Microcrédit ADIE",
        "microcredit",
        "ADIE (Association pour le droit à l'initiative économique)",
        "Microcrédit professionnel pour celles et ceux qui n'ont pas accès au crédit "
        "bancaire, notamment les demandeurs d'emploi et les bénéficiaires des minima "
        "sociaux, avec un accompagnement.",
        "https://www.adie.org",
    ),
    (
        "Fonds régional Région Sud",
        "regional_fund",
        "Région Provence-Alpes-Côte d'Azur (Région Sud)",
        "Aides de la Région à la création, à la reprise et à l'économie sociale et solidaire "
        "(prêts d'honneur, avances, subventions) selon les dispositifs en vigueur : "
        "vérifier le nom et les conditions actuels.",
        "https://www.maregionsud.fr",
    ),
    (
        "Fonds régional Collectivité de Corse",
        "regional_fund",
        "Collectivité de Corse et ADEC (Agence de développement économique de la Corse)",
        "Aides de la Collectivité à la création, à la reprise et à l'économie sociale et "
        "solidaire selon les dispositifs en vigueur : vérifier le nom et les conditions "
        "actuels.",
        "https://www.isula.corsica",
    ),
    (
        "Socoden",
        "participatory_loan",
        "Socoden (réseau des Scop, Confédération générale des Scop et des Scic)",
        "Prêts participatifs aux Scop et aux Scic adhérentes, à la création, à la reprise "
        "ou dans une passe difficile ; ils renforcent les quasi-fonds propres et font "
        "levier sur les banques.",
        "https://www.les-scop.coop",
    ),
    (
        "Sofiscop",
        "guarantee",
        "Sofiscop (société de caution mutuelle du réseau des Scop)",
        "Caution des prêts bancaires des Scop et des Scic adhérentes, à la place de la "
        "caution personnelle des dirigeants.",
        "https://www.les-scop.coop",
    ),
    (
        "Scopinvest",
        "quasi_equity",
        "Scopinvest (réseau des Scop)",
        "Titres participatifs et prises de participation dans les Scop et les Scic, pour les "
        "projets de développement et de reprise.",
        "https://www.les-scop.coop",
    ),
    (
        "Transmea",
        "quasi_equity",
        "Transmea (fonds du réseau des Scop et de ses partenaires)",
        "Quasi-fonds propres pour la transmission d'entreprises à leurs salariés en Scop "
        "(reprise par les salariés), aux côtés de leur apport.",
        "https://www.les-scop.coop",
    ),
    (
        "ARCE",
        "arce",
        "France Travail",
        "Aide à la reprise ou à la création d'entreprise : le demandeur d'emploi qui crée "
        "ou reprend une entreprise reçoit en capital 60 % de ses droits restants à l'ARE, "
        "en deux versements (au démarrage, puis six mois après), au lieu de garder l'ARE "
        "chaque mois. Dans une Scop, elle finance souvent la part de capital des "
        "associés salariés.",
        "https://www.francetravail.fr",
    ),
]


def _instrument_type(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(
        *values,
        name="fundinginstrument",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def _check_name(table: str, column: str, sqlite_name: str) -> str:
    """An enum column's CHECK name: the models' on SQLite, by table and column on
    PostgreSQL (deskapp.models.sql.constraints.enum_check_name)."""
    if op.get_bind().dialect.name == "sqlite":
        return sqlite_name
    return f"ck_{table}_{column}"


def _rebuild_instrument_check(old: Sequence[str], new: Sequence[str]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        # PostgreSQL alters a CHECK in place: no copy of the table.
        for table in ("funding_application", "funding_catalogue"):
            name = f"ck_{table}_instrument"
            op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            op.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT {name} CHECK ({_in_list('instrument', new)})"
            )
        return
    # SQLite cannot change a CHECK constraint in place: batch mode copies each table
    # (a few hundred rows) with the new one. Neither table has triggers to lose.
    for table in ("funding_application", "funding_catalogue"):
        with op.batch_alter_table(table, recreate="always") as batch_op:
            batch_op.alter_column(
                "instrument",
                existing_type=_instrument_type(old),
                type_=_instrument_type(new),
                existing_nullable=False,
            )


def _in_list(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    # ADD COLUMN: the person table and its search-index triggers stay as they are. The
    # enum column is written in SQL, with its CHECK constraint named as the models name
    # it (op.add_column would leave the CHECK out on SQLite).
    op.add_column("person", sa.Column("france_travail_registered_on", sa.Date(), nullable=True))
    category_check = _check_name(
        "person", "france_travail_category", "ck_person_francetravailcategory"
    )
    op.execute(
        "ALTER TABLE person ADD COLUMN france_travail_category VARCHAR(32) "
        f"CONSTRAINT {category_check} "
        f"CHECK ({_in_list('france_travail_category', CATEGORIES)})"
    )
    rights_check = _check_name(
        "project_membership",
        "unemployment_rights_use",
        "ck_project_membership_unemploymentrightsuse",
    )
    op.execute(
        "ALTER TABLE project_membership ADD COLUMN unemployment_rights_use VARCHAR(32) "
        f"CONSTRAINT {rights_check} "
        f"CHECK ({_in_list('unemployment_rights_use', RIGHTS_USES)})"
    )
    op.add_column(
        "project_membership",
        sa.Column("arce_part", sa.BigInteger(), server_default="0", nullable=False),
    )
    op.add_column(
        "project_membership", sa.Column("are_monthly_amount", sa.BigInteger(), nullable=True)
    )
    op.add_column("project_membership", sa.Column("are_months_left", sa.Integer(), nullable=True))

    _rebuild_instrument_check(INSTRUMENTS_BEFORE, INSTRUMENTS_AFTER)

    catalogue = sa.table(
        "funding_catalogue",
        sa.column("name", sa.String),
        sa.column("instrument", sa.String),
        sa.column("country", sa.String),
        sa.column("provider", sa.String),
        sa.column("eligibility", sa.Text),
        sa.column("web", sa.String),
        sa.column("active", sa.Boolean),
        sa.column("version", sa.Integer),
    )
    bind = op.get_bind()
    taken = {str(name).casefold() for (name,) in bind.execute(sa.select(catalogue.c.name)).all()}
    rows = [
        {
            "name": name,
            "instrument": instrument,
            "country": "FR",
            "provider": provider,
            "eligibility": eligibility,
            "web": web,
            "active": True,
            "version": 1,
        }
        for name, instrument, provider, eligibility, web in STARTING_ENTRIES_FR
        if name.casefold() not in taken
    ]
    if rows:
        op.bulk_insert(catalogue, rows)


def downgrade() -> None:
    added = [v for v in INSTRUMENTS_AFTER if v not in INSTRUMENTS_BEFORE]
    catalogue = sa.table(
        "funding_catalogue",
        sa.column("name", sa.String),
        sa.column("instrument", sa.String),
        sa.column("version", sa.Integer),
    )
    # The starting entries nobody edited go; anything else under a new category is
    # kept as "other", which the old schema knows.
    op.execute(
        catalogue.delete().where(
            catalogue.c.name.in_([e[0] for e in STARTING_ENTRIES_FR]), catalogue.c.version == 1
        )
    )
    for name in ("funding_application", "funding_catalogue"):
        table = sa.table(name, sa.column("instrument", sa.String))
        op.execute(table.update().where(table.c.instrument.in_(added)).values(instrument="other"))
    _rebuild_instrument_check(INSTRUMENTS_AFTER, INSTRUMENTS_BEFORE)
    if op.get_bind().dialect.name != "sqlite":
        # PostgreSQL drops a column in place, with the CHECK on it: no table copy.
        for column in ("are_months_left", "are_monthly_amount", "arce_part"):
            op.drop_column("project_membership", column)
        op.drop_column("project_membership", "unemployment_rights_use")
        op.drop_column("person", "france_travail_category")
        op.drop_column("person", "france_travail_registered_on")
        return
    with (
        triggers_kept(op.get_bind(), "project_membership"),
        op.batch_alter_table("project_membership", schema=None) as batch_op,
    ):
        batch_op.drop_column("are_months_left")
        batch_op.drop_column("are_monthly_amount")
        batch_op.drop_column("arce_part")
        batch_op.drop_constraint(op.f("ck_project_membership_unemploymentrightsuse"), type_="check")
        batch_op.drop_column("unemployment_rights_use")
    # The rebuilt person table would lose the search index's triggers.
    with (
        triggers_kept(op.get_bind(), "person"),
        op.batch_alter_table("person", schema=None) as batch_op,
    ):
        batch_op.drop_constraint(op.f("ck_person_francetravailcategory"), type_="check")
        batch_op.drop_column("france_travail_category")
        batch_op.drop_column("france_travail_registered_on")
