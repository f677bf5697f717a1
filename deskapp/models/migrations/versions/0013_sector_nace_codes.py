"""sectors as NACE codes read in each language's list; legal forms by country (issue 14)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01

Sectors. A project kept one ``ateco_code``, digits only, so a French desk could not
write its NAF code (25.62A). It now keeps two columns:

- ``sector_code`` (the former ``ateco_code``, renamed): the code as the operator typed
  it, written as its list writes it: an ATECO category or subcategory (25.62.0,
  25.62.00), a NAF subclass (25.62A), or a NACE Rev. 2 code (section C, division 25,
  group 25.6, class 25.62, which ATECO and NAF share). The national code says more
  than NACE (25.62A and 25.62B are both NACE 25.62), so it is kept as typed.
- ``nace_code``: the NACE Rev. 2 code that code belongs to (the class for an ATECO or
  NAF code below it; the code itself down to the class). What both countries' desks
  share, and what reports can group by.

A skill's ``sector`` stays as it is (a code as typed, or words: "Servizi sociali"
stays words, shown as typed) and gains ``nace_code`` the same way ("" for words).

Existing values: a code is rewritten as its list writes it (2562 -> 25.62) and given
its NACE code, looked up in the tables of resources/sectors (read here as data, so this
migration does what it did whatever the application's code becomes). A value no list
knows (an ATECO 2025 code, a typing slip) is left as it was, with no NACE code: the
documents print it as typed and the form asks for a known code at the next save.

Legal forms. The list becomes each country's real forms (see deskapp.models.enums
LegalForm): the CHECK constraint of ``planned_legal_form`` is widened to the new
values. On PostgreSQL it is dropped and made again in place, under its PostgreSQL
name (``deskapp.models.sql.constraints``). On SQLite it is rewritten in the table's
schema text, as SQLite's documentation describes for changing a CHECK constraint
("ALTER TABLE", section 7), not by copying the table: dropping the old copy would,
with foreign keys on, delete the members, stages, activities and plans of every
project through their ON DELETE CASCADE. Then:

- on a French desk, the first release's forms that named an Italian one or both are
  the French form: srl -> sarl, sole_trader -> entreprise_individuelle,
  worker_cooperative -> scop; social_cooperative and community_cooperative -> scic;
- on an Italian desk, social_cooperative on a project of kind "social cooperative
  type B" -> social_cooperative_b;
- scop and scic, and social_cooperative elsewhere, stay: they are kept as forms that
  do not say which (SA, SARL or SAS; type A or B), never offered for a new choice.
"""

import csv
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FORMS_BEFORE = (
    "worker_cooperative",
    "social_cooperative",
    "community_cooperative",
    "scop",
    "scic",
    "srl",
    "sole_trader",
    "other",
)
FORMS_AFTER = (
    *FORMS_BEFORE,
    "social_cooperative_a",
    "social_cooperative_b",
    "cooperative",
    "srls",
    "spa",
    "snc",
    "accomandita_semplice",
    "associazione",
    "scop_sa",
    "scop_sarl",
    "scop_sas",
    "scic_sa",
    "scic_sarl",
    "scic_sas",
    "cae",
    "sas",
    "sasu",
    "sarl",
    "eurl",
    "sa",
    "entreprise_individuelle",
    "micro_entrepreneur",
    "association_loi_1901",
)
ON_FRENCH_DESKS = {
    "srl": "sarl",
    "sole_trader": "entreprise_individuelle",
    "worker_cooperative": "scop",
    "social_cooperative": "scic",
    "community_cooperative": "scic",
}
# Downgrade: each new form as the nearest of the first release's.
BACK = {
    "social_cooperative_a": "social_cooperative",
    "social_cooperative_b": "social_cooperative",
    "cooperative": "worker_cooperative",
    "srls": "srl",
    "scop_sa": "scop",
    "scop_sarl": "scop",
    "scop_sas": "scop",
    "scic_sa": "scic",
    "scic_sarl": "scic",
    "scic_sas": "scic",
    "cae": "scop",
    "sarl": "srl",
    "eurl": "srl",
    "entreprise_individuelle": "sole_trader",
    "micro_entrepreneur": "sole_trader",
}

# The CHECK's name on PostgreSQL (deskapp.models.sql.constraints.enum_check_name).
POSTGRESQL_CHECK = "ck_enterprise_project_planned_legal_form"

CHECK = re.compile(
    r"CONSTRAINT ck_enterprise_project_legalform CHECK \(planned_legal_form IN \([^)]*\)\)"
)

_COMPACT = re.compile(r"(\d{2})(\d{0,4})([A-Z]?)")


def _normalise(text: str) -> str:
    """As deskapp.models.sectors.normalise: 2562 -> 25.62, 256200 -> 25.62.00."""
    code = "".join(text.split()).upper()
    if "." in code or not code:
        return code
    match = _COMPACT.fullmatch(code)
    if match is None:
        return code
    head, rest, letter = match.groups()
    return ".".join([head] + [p for p in (rest[:2], rest[2:]) if p]) + letter


def _known_codes() -> dict[str, str]:
    """Every code of the three lists, with its NACE code."""
    from deskapp.paths import resources_dir

    codes: dict[str, str] = {}
    for name in ("nace_en.csv", "ateco_it.csv", "naf_fr.csv"):
        with (resources_dir() / "sectors" / name).open(encoding="utf-8", newline="") as f:
            codes.update({row["code"]: row["nace"] for row in csv.DictReader(f)})
    return codes


def _set_legal_form_check(values: Sequence[str]) -> None:
    bind = op.get_bind()
    allowed = ", ".join(f"'{v}'" for v in values)
    if bind.dialect.name != "sqlite":
        # PostgreSQL alters a CHECK in place: no copy of the table.
        op.execute(f"ALTER TABLE enterprise_project DROP CONSTRAINT {POSTGRESQL_CHECK}")
        op.execute(
            f"ALTER TABLE enterprise_project ADD CONSTRAINT {POSTGRESQL_CHECK} "
            f"CHECK (planned_legal_form IN ({allowed}))"
        )
        return
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'enterprise_project'"
    ).scalar_one()
    new_sql, found = CHECK.subn(
        f"CONSTRAINT ck_enterprise_project_legalform CHECK (planned_legal_form IN ({allowed}))",
        sql,
    )
    if found != 1:
        raise RuntimeError("enterprise_project: the legal form's CHECK constraint is not there")
    schema_version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'enterprise_project'",
        (new_sql,),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(schema_version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    bind = op.get_bind()
    # In place (SQLite 3.25+, PostgreSQL): no table copy, see the docstring.
    op.execute("ALTER TABLE enterprise_project RENAME COLUMN ateco_code TO sector_code")
    for table in ("enterprise_project", "skill"):
        op.add_column(
            table,
            sa.Column("nace_code", sa.String(length=10), nullable=False, server_default=""),
        )

    codes = _known_codes()
    projects = bind.execute(
        sa.text("SELECT id, sector_code FROM enterprise_project WHERE sector_code != ''")
    ).all()
    for project_id, typed in projects:
        code = _normalise(typed)
        if code in codes:
            bind.execute(
                sa.text(
                    "UPDATE enterprise_project SET sector_code = :c, nace_code = :n WHERE id = :i"
                ),
                {"c": code, "n": codes[code], "i": project_id},
            )
    skills = bind.execute(sa.text("SELECT id, sector FROM skill WHERE sector != ''")).all()
    for skill_id, typed in skills:
        code = _normalise(typed)
        if code in codes:
            bind.execute(
                sa.text("UPDATE skill SET sector = :c, nace_code = :n WHERE id = :i"),
                {"c": code, "n": codes[code], "i": skill_id},
            )

    _set_legal_form_check(FORMS_AFTER)
    french = "desk_id IN (SELECT id FROM desk WHERE country = 'FR')"
    for old, new in ON_FRENCH_DESKS.items():
        bind.execute(
            sa.text(
                f"UPDATE enterprise_project SET planned_legal_form = :new "
                f"WHERE planned_legal_form = :old AND {french}"
            ),
            {"old": old, "new": new},
        )
    bind.execute(
        sa.text(
            "UPDATE enterprise_project SET planned_legal_form = 'social_cooperative_b' "
            "WHERE planned_legal_form = 'social_cooperative' AND kind = 'social_cooperative_b' "
            f"AND NOT {french}"
        )
    )


def downgrade() -> None:
    bind = op.get_bind()
    for new, old in BACK.items():
        bind.execute(
            sa.text(
                "UPDATE enterprise_project SET planned_legal_form = :old "
                "WHERE planned_legal_form = :new"
            ),
            {"old": old, "new": new},
        )
    bind.execute(
        sa.text(
            "UPDATE enterprise_project SET planned_legal_form = 'other' "
            f"WHERE planned_legal_form NOT IN ({', '.join(repr(v) for v in FORMS_BEFORE)})"
        )
    )
    _set_legal_form_check(FORMS_BEFORE)
    for table in ("enterprise_project", "skill"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN nace_code")  # SQLite 3.35+
    op.execute("ALTER TABLE enterprise_project RENAME COLUMN sector_code TO ateco_code")
