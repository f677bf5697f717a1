"""person.search_key: the searched text without accents or case; the index over it

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Search compares one normalised text (``deskapp.models.search_key``), computed in
Python: "Zappala" finds "Zappalà", an NFD name is found by an NFC query. The column
is added and filled in batches; on SQLite the FTS5 trigram index and its triggers are
dropped and made again over it (they indexed the raw columns), on PostgreSQL a pg_trgm
GIN index is made over it; in an encrypted file
the fresh index gets FTS5's secure-delete (exact erasure, deskapp.models.person_index).
The index statements are written out here, as they were at this revision, so later
changes to ``deskapp.models.person_index`` do not rewrite history. About 10 s at
100,000 people, most of it the index rebuild.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from deskapp.models.search_key import KEY_COLUMNS, person_search_key

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000

_OLD_COLS = "family_name, given_name, codice_fiscale, email, phone, municipality, previous_employer"
_OLD_NEW = ", ".join(f"new.{c.strip()}" for c in _OLD_COLS.split(","))
_OLD_OLD = ", ".join(f"old.{c.strip()}" for c in _OLD_COLS.split(","))

OLD_INDEX = (
    f"CREATE VIRTUAL TABLE person_fts USING fts5({_OLD_COLS}, "
    "content='person', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    f"INSERT INTO person_fts(rowid, {_OLD_COLS}) VALUES (new.id, {_OLD_NEW}); END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    f"INSERT INTO person_fts(person_fts, rowid, {_OLD_COLS}) "
    f"VALUES ('delete', old.id, {_OLD_OLD}); END",
    f"CREATE TRIGGER person_fts_au AFTER UPDATE OF {_OLD_COLS} ON person BEGIN "
    f"INSERT INTO person_fts(person_fts, rowid, {_OLD_COLS}) "
    f"VALUES ('delete', old.id, {_OLD_OLD}); "
    f"INSERT INTO person_fts(rowid, {_OLD_COLS}) VALUES (new.id, {_OLD_NEW}); END",
)

NEW_INDEX = (
    "CREATE VIRTUAL TABLE person_fts USING fts5(search_key, "
    "content='person', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF search_key ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_fts(rowid, search_key) VALUES (new.id, new.search_key); END",
)

# PostgreSQL: a trigram GIN index over the same key, which LIKE '%...%' uses (pg_trgm is
# a trusted extension: the database's owner may create it). Kept up to date by the
# server; nothing to rebuild.
POSTGRESQL_INDEX = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_person_search_trgm ON person USING gin (search_key gin_trgm_ops)",
)

DROP_INDEX = (
    "DROP TRIGGER IF EXISTS person_fts_au",
    "DROP TRIGGER IF EXISTS person_fts_ad",
    "DROP TRIGGER IF EXISTS person_fts_ai",
    "DROP TABLE IF EXISTS person_fts",
)


def _fill_search_keys() -> None:
    """Every person's key, computed in Python, written a batch at a time (keyset paging,
    one executemany per batch), before the index and its triggers exist."""
    conn = op.get_bind()
    person = sa.table(
        "person", sa.column("id", sa.Integer), *[sa.column(c, sa.String) for c in KEY_COLUMNS]
    )
    person_key = sa.table("person", sa.column("id", sa.Integer), sa.column("search_key", sa.Text))
    update = (
        sa.update(person_key)
        .where(person_key.c.id == sa.bindparam("person_id"))
        .values(search_key=sa.bindparam("key"))
    )
    last_id = 0
    while True:
        rows = conn.execute(
            sa.select(person).where(person.c.id > last_id).order_by(person.c.id).limit(BATCH)
        ).all()
        if not rows:
            return
        conn.execute(
            update,
            [{"person_id": r.id, "key": person_search_key(r._asdict())} for r in rows],
        )
        last_id = rows[-1].id


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in DROP_INDEX:
            op.execute(statement)
    # ADD COLUMN with a constant default: SQLite alters in place; batch mode would copy
    # every row and drop the table that consents, activities and projects point to.
    # PostgreSQL: COLLATE "C", so the key compares byte by byte as on SQLite.
    key_type = sa.Text(collation="C") if not sqlite else sa.Text()
    op.add_column("person", sa.Column("search_key", key_type, server_default="", nullable=False))
    _fill_search_keys()
    op.create_index("ix_person_search_key", "person", ["search_key"])
    if not sqlite:
        for statement in POSTGRESQL_INDEX:
            op.execute(statement)
    else:
        for statement in NEW_INDEX:
            op.execute(statement)
        op.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
        if _secure_delete_allowed():
            op.execute("INSERT INTO person_fts(person_fts, rank) VALUES ('secure-delete', 1)")


def _secure_delete_allowed() -> bool:
    """An encrypted file (SQLCipher, SQLite 3.42 or newer): its index, fresh from the
    rebuild, deletes exactly from now on (deskapp.models.person_index). Not a plain
    file: secure-delete makes the index unreadable to SQLite before 3.42."""
    bind = op.get_bind()
    if bind.dialect.driver != "pysqlcipher":
        return False
    version = str(bind.exec_driver_sql("SELECT sqlite_version()").scalar())
    return tuple(int(part) for part in version.split(".")) >= (3, 42, 0)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in DROP_INDEX:
            op.execute(statement)
    else:
        op.execute("DROP INDEX IF EXISTS ix_person_search_trgm")
    op.drop_index("ix_person_search_key", table_name="person")
    # Not batch mode: SQLite (3.35+) drops the column in place, with no table rebuild.
    op.drop_column("person", "search_key")
    if sqlite:
        for statement in OLD_INDEX:
            op.execute(statement)
        op.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
