"""The SQLite full-text index over the person registry (FTS5, trigram tokenizer).

SQLite-only, so it is created only on SQLite (see the migrations) and queried only
through ``deskapp.services.search``, which falls back to plain LIKE elsewhere.

External-content table: the index stores no copy of the text, only its trigrams,
and triggers keep it in step with ``person`` inside the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

INDEXED_COLUMNS = (
    "family_name",
    "given_name",
    "codice_fiscale",
    "email",
    "phone",
    "municipality",
    "previous_employer",
)

FTS_TABLE = "person_fts"

_cols = ", ".join(INDEXED_COLUMNS)
_new = ", ".join(f"new.{c}" for c in INDEXED_COLUMNS)
_old = ", ".join(f"old.{c}" for c in INDEXED_COLUMNS)

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_cols}, "
    "content='person', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.id, {_new}); END",
    f"CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.id, {_old}); END",
    f"CREATE TRIGGER person_fts_au AFTER UPDATE OF {_cols} ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_cols}) VALUES ('delete', old.id, {_old}); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_cols}) VALUES (new.id, {_new}); END",
)

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS person_fts_au",
    "DROP TRIGGER IF EXISTS person_fts_ad",
    "DROP TRIGGER IF EXISTS person_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

INTEGRITY_STATEMENT = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')"

_INSERT_TRIGGER = CREATE_STATEMENTS[1]


@contextmanager
def bulk_insert_mode(connection: Connection, first_new_id: int) -> Iterator[None]:
    """Index people inserted in bulk in one statement instead of row by row.

    FTS5 fed by the per-row trigger costs ~65 us a person; one INSERT ... SELECT of
    the new rows costs ~8 us. SQLite's DDL is transactional, so the trigger dropped
    here comes back on rollback too: call this inside the writing transaction.
    No-op on databases other than SQLite.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    connection.exec_driver_sql("DROP TRIGGER person_fts_ai")
    yield
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, {_cols}) SELECT id, {_cols} FROM person WHERE id >= ?",
        (first_new_id,),
    )
    connection.exec_driver_sql(_INSERT_TRIGGER)
