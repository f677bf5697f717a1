"""the skills search's own full-text index (issue 17)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

An FTS5 trigram index over each skill's description, occupation code and sector and
its person's municipality, kept in step by triggers (``deskapp.models.skill_index``):
the skills search asks it for candidates instead of scanning every skill once per
word form. The statements are written out here, as they are at this revision, so
later changes to ``deskapp.models.skill_index`` do not rewrite history. About 6 s at
130,000 skills.

PostgreSQL: a pg_trgm GIN index over the skill's description, code and sector joined in
one expression (ILIKE on it reads the index); the server keeps it up to date, so no
triggers. The municipality stays the person's, read from ``person`` by the search.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "description, occupation_code, sector, municipality"
_NEW_ROW = (
    "SELECT new.id, new.description, new.occupation_code, new.sector, person.municipality "
    "FROM person WHERE person.id = new.person_id"
)

CREATE = (
    f"CREATE VIRTUAL TABLE skill_fts USING fts5({_COLUMNS}, tokenize='trigram')",
    f"CREATE TRIGGER skill_fts_ai AFTER INSERT ON skill BEGIN "
    f"INSERT INTO skill_fts(rowid, {_COLUMNS}) {_NEW_ROW}; END",
    "CREATE TRIGGER skill_fts_ad AFTER DELETE ON skill BEGIN "
    "DELETE FROM skill_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER skill_fts_au AFTER UPDATE OF description, occupation_code, sector, "
    "person_id ON skill BEGIN "
    "DELETE FROM skill_fts WHERE rowid = old.id; "
    f"INSERT INTO skill_fts(rowid, {_COLUMNS}) {_NEW_ROW}; END",
    "CREATE TRIGGER skill_fts_person_au AFTER UPDATE OF municipality ON person "
    "WHEN new.municipality IS NOT old.municipality BEGIN "
    "UPDATE skill_fts SET municipality = new.municipality "
    "WHERE rowid IN (SELECT id FROM skill WHERE person_id = new.id); END",
)
FILL = (
    f"INSERT INTO skill_fts(rowid, {_COLUMNS}) "
    "SELECT skill.id, skill.description, skill.occupation_code, skill.sector, "
    "person.municipality FROM skill JOIN person ON person.id = skill.person_id"
)
POSTGRESQL_CREATE = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_skill_search_trgm ON skill USING gin "
    "((description || ' ' || occupation_code || ' ' || sector) gin_trgm_ops)",
)
POSTGRESQL_DROP = "DROP INDEX IF EXISTS ix_skill_search_trgm"

DROP = (
    "DROP TRIGGER IF EXISTS skill_fts_person_au",
    "DROP TRIGGER IF EXISTS skill_fts_au",
    "DROP TRIGGER IF EXISTS skill_fts_ad",
    "DROP TRIGGER IF EXISTS skill_fts_ai",
    "DROP TABLE IF EXISTS skill_fts",
)


def _secure_delete_allowed() -> bool:
    """An encrypted file (SQLCipher, SQLite 3.42 or newer): the fresh index deletes
    exactly from the start, as the person index does there (migration 0010)."""
    bind = op.get_bind()
    if bind.dialect.driver != "pysqlcipher":
        return False
    version = str(bind.exec_driver_sql("SELECT sqlite_version()").scalar())
    return tuple(int(part) for part in version.split(".")) >= (3, 42, 0)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for statement in POSTGRESQL_CREATE:
            op.execute(statement)
    if dialect != "sqlite":
        return
    for statement in CREATE:
        op.execute(statement)
    op.execute(FILL)
    if _secure_delete_allowed():
        op.execute("INSERT INTO skill_fts(skill_fts, rank) VALUES ('secure-delete', 1)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(POSTGRESQL_DROP)
    if dialect != "sqlite":
        return
    for statement in DROP:
        op.execute(statement)
