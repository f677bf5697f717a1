"""the catalogue of funding instruments, with the instruments every desk starts from

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

The starting entries are written here, not imported from the application, so this
migration writes the same rows whatever the code becomes. They describe each
instrument in general terms; the coordinators keep amounts and deadlines current.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, instrument, country, provider, eligibility, web)
STARTING_ENTRIES = [
    (
        "CFI - Cooperazione Finanza Impresa",
        "cfi",
        "IT",
        "CFI - Cooperazione Finanza Impresa",
        "Partecipazione al capitale e finanziamenti per cooperative di lavoratori, anche nate "
        "da workers buyout (Legge Marcora). La partecipazione arriva fino a due volte il "
        "capitale versato dai soci. Per i WBO: almeno 9 soci lavoratori, almeno 4.000 euro "
        "ciascuno (1.000 nelle cooperative sociali), capitale versato almeno per il 50%. "
        "Verificare con CFI le condizioni in vigore.",
        "https://www.cfi.it",
    ),
    (
        "Nuova Marcora",
        "nuova_marcora",
        "IT",
        "Ministero delle imprese e del made in Italy",
        "Finanziamenti agevolati per gli investimenti di società cooperative, comprese quelle "
        "nate da workers buyout, partecipate da una società finanziaria come CFI. Verificare "
        "se lo sportello è aperto.",
        "https://www.mimit.gov.it",
    ),
    (
        "Coopfond",
        "coopfond",
        "IT",
        "Coopfond (fondo mutualistico di Legacoop)",
        "Partecipazioni e finanziamenti per la nascita e lo sviluppo di cooperative aderenti "
        "a Legacoop, compresi i workers buyout.",
        "https://www.coopfond.it",
    ),
    (
        "Fondosviluppo",
        "other",
        "IT",
        "Fondosviluppo (fondo mutualistico di Confcooperative)",
        "Partecipazioni e finanziamenti per cooperative aderenti a Confcooperative e per la "
        "promozione di nuove cooperative.",
        "https://www.fondosviluppo.it",
    ),
    (
        "Fondo per la Cooperazione (Regione Lazio)",
        "regional_fund",
        "IT",
        "Regione Lazio",
        "Esempio di fondo regionale per la nascita e il consolidamento di cooperative, "
        "workers buyout compresi: prestiti e contributi secondo l'avviso in vigore. Ogni "
        "regione ha i propri strumenti: aggiungerli al catalogo.",
        "",
    ),
    (
        "Microcredito",
        "microcredit",
        "IT",
        "Ente Nazionale per il Microcredito e banche convenzionate",
        "Prestiti di importo contenuto, senza garanzie reali, per avviare una piccola impresa "
        "o un lavoro autonomo, con servizi di accompagnamento.",
        "https://www.microcredito.gov.it",
    ),
    (
        "Prestito bancario",
        "bank_loan",
        "IT",
        "Banche, anche di credito cooperativo",
        "Credito ordinario per investimenti e circolante; spesso con la garanzia del Fondo di "
        "garanzia per le PMI.",
        "",
    ),
    (
        "Crowdfunding",
        "crowdfunding",
        "IT",
        "Piattaforme autorizzate",
        "Raccolta di capitale (equity) o di donazioni e prenotazioni (reward) tramite "
        "piattaforme online; utile anche per misurare l'interesse dei clienti.",
        "",
    ),
    (
        "Contributi a fondo perduto",
        "grant",
        "IT",
        "Regioni, Camere di commercio, programmi europei",
        "Bandi per l'avvio d'impresa e per l'autoimpiego: verificare i bandi aperti nella "
        "regione dell'antenna.",
        "",
    ),
    (
        "NACRE",
        "nacre",
        "FR",
        "Régions et opérateurs NACRE",
        "Nouvel accompagnement pour la création et la reprise d'entreprise : aide au montage "
        "du projet, structuration financière avec un prêt à taux zéro adossé à un prêt "
        "bancaire, suivi pendant 36 mois après le démarrage.",
        "",
    ),
    (
        "Prêt bancaire",
        "bank_loan",
        "FR",
        "Banques, dont banques coopératives",
        "Crédit pour les investissements et le besoin en fonds de roulement, souvent avec une "
        "garantie (Bpifrance, France Active).",
        "",
    ),
    (
        "Financement participatif",
        "crowdfunding",
        "FR",
        "Plateformes agréées",
        "Collecte de capital, de prêts ou de dons en ligne ; mesure aussi l'intérêt des "
        "futurs clients.",
        "",
    ),
]


def upgrade() -> None:
    # A new table only: nothing existing is rebuilt.
    catalogue = op.create_table(
        "funding_catalogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "instrument",
            sa.Enum(
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
                name="fundinginstrument",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "country",
            sa.Enum(
                "IT", "FR", name="country", native_enum=False, create_constraint=True, length=32
            ),
            nullable=True,
        ),
        sa.Column("provider", sa.String(length=120), nullable=False),
        sa.Column("eligibility", sa.Text(), nullable=False),
        sa.Column("max_amount", sa.BigInteger(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("web", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_catalogue")),
        sa.UniqueConstraint("name", name=op.f("uq_funding_catalogue_name")),
    )
    op.bulk_insert(
        catalogue,
        [
            {
                "name": name,
                "instrument": instrument,
                "country": country,
                "provider": provider,
                "eligibility": eligibility,
                "web": web,
                "active": True,
                "version": 1,
            }
            for name, instrument, country, provider, eligibility, web in STARTING_ENTRIES
        ],
    )


def downgrade() -> None:
    op.drop_table("funding_catalogue")
