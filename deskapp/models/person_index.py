"""The full-text index over the person registry, on both engines.

SQLite: FTS5 with the trigram tokenizer, described below. PostgreSQL: a pg_trgm GIN
index over the same ``person.search_key`` (``POSTGRESQL_INDEX``, made by migration
0010), which serves ``search_key LIKE '%fragment%'`` itself; the server keeps it up to
date, so the bulk and erasure helpers below have nothing to do there. ``matching``
gives the rows matching typed fragments on either engine; ``deskapp.services.search``
queries only through it.

Erasure on PostgreSQL: an updated row's old index entries and row version stay in the
table's files until VACUUM reclaims them (autovacuum, or the server's administrator):
exact erasure of the bytes there is the server's job.

External-content table over one column, ``person.search_key`` (the searched
columns without accents or case, ``deskapp.models.search_key``): the index stores no
copy of the text, only its trigrams, and triggers keep it in step with ``person``
inside the same transaction.

Erasure. FTS5 does not take a deleted row's entries out of the index: it adds delete
markers, and the row's trigrams, rowid and positions (enough to spell the name again)
stay in the index's pages until a merge reaches them. ``remove_person`` makes the
removal exact: with FTS5's secure-delete where it is used (SQLCipher files, see
``_may_use_secure_delete``), otherwise by merging the whole index after the delete.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Integer, Subquery, and_, column, literal, select, table, text

from deskapp.models.search_key import KEY_COLUMNS

# The person columns search finds text in; the index itself reads their key.
INDEXED_COLUMNS = KEY_COLUMNS
KEY_COLUMN = "search_key"

FTS_TABLE = "person_fts"
POSTGRESQL_INDEX = "ix_person_search_trgm"

_col = KEY_COLUMN

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_col}, "
    "content='person', content_rowid='id', tokenize='trigram')",
    f"CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, {_col}) VALUES (new.id, new.{_col}); END",
    f"CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_col}) "
    f"VALUES ('delete', old.id, old.{_col}); END",
    f"CREATE TRIGGER person_fts_au AFTER UPDATE OF {_col} ON person BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_col}) "
    f"VALUES ('delete', old.id, old.{_col}); "
    f"INSERT INTO {FTS_TABLE}(rowid, {_col}) VALUES (new.id, new.{_col}); END",
)

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS person_fts_au",
    "DROP TRIGGER IF EXISTS person_fts_ad",
    "DROP TRIGGER IF EXISTS person_fts_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

INTEGRITY_STATEMENT = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')"

_INSERT_TRIGGER = CREATE_STATEMENTS[1]


def _fts_query(terms: list[str]) -> str:
    # Each term quoted, so FTS5 reads punctuation (e-mail, +39...) as text, not syntax.
    return " AND ".join('"' + t.replace('"', "") + '"' for t in terms)


def matching(dialect_name: str, terms: list[str]) -> Subquery:
    """The people whose key holds every fragment of ``terms`` (each of three characters
    or more, as the search key spells them), as a subquery of ``id`` and ``rank``
    (lower ranks first). SQLite: the FTS5 index, ranked by bm25. PostgreSQL: LIKE on
    the key, which the trigram index answers; every match ranks 0 there (the callers
    order by surname prefix, then name)."""
    if dialect_name == "sqlite":
        return (
            select(column("rowid", Integer).label("id"), column("rank").label("rank"))
            .select_from(text(FTS_TABLE))
            .where(text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=_fts_query(terms)))
            .subquery("fts")
        )
    person = table("person", column("id", Integer), column(KEY_COLUMN))
    key = person.c[KEY_COLUMN]
    return (
        select(person.c.id.label("id"), literal(0).label("rank"))
        .where(and_(*[key.like(f"%{_like_safe(t)}%") for t in terms]))
        .subquery("fts")
    )


def index_present(connection: Connection, name: str = POSTGRESQL_INDEX) -> bool:
    """Whether a PostgreSQL index (the person trigram index by default) is there (db
    check)."""
    found = connection.execute(
        text("SELECT to_regclass(:name) IS NOT NULL"), {"name": name}
    ).scalar()
    return bool(found)


def _like_safe(term: str) -> str:
    return term.replace("%", "").replace("_", "")


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
        f"INSERT INTO {FTS_TABLE}(rowid, {_col}) SELECT id, {_col} FROM person WHERE id >= ?",
        (first_new_id,),
    )
    connection.exec_driver_sql(_INSERT_TRIGGER)


# FTS5's secure-delete option arrived in SQLite 3.42.0.
SECURE_DELETE_SINCE = (3, 42, 0)
_CONFIG = f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'secure-delete'"
_OPTIMIZE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"
_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"
_SECURE_DELETE_ON = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('secure-delete', 1)"


def deletes_exactly(connection: Connection) -> bool:
    """True when the index takes deleted entries out of its pages at once (secure-delete)."""
    return bool(connection.exec_driver_sql(_CONFIG).scalar())


def _may_use_secure_delete(connection: Connection) -> bool:
    """Only on files only SQLCipher opens. Turning secure-delete on marks the index as
    FTS5 format 5, which SQLite before 3.42 refuses to read (and writing a person fires
    the index's triggers): a plain file must stay usable by an older system's SQLite.
    An encrypted one is opened by SQLCipher builds alone, all newer than that."""
    if connection.dialect.driver != "pysqlcipher":
        return False
    version = str(connection.exec_driver_sql("SELECT sqlite_version()").scalar())
    return tuple(int(part) for part in version.split(".")) >= SECURE_DELETE_SINCE


def merge_index(connection: Connection) -> None:
    """Merge the index into one segment (FTS5 'optimize'), which drops every entry that
    deleted or rewritten rows left behind, with their delete markers. Rewrites the whole
    index: about half a second at 100,000 people. No-op where deletes are exact already
    and on databases other than SQLite."""
    if connection.dialect.name == "sqlite" and not deletes_exactly(connection):
        connection.exec_driver_sql(_OPTIMIZE)
    # The erased people's skills left the skills index too (gdpr, skill_index).
    from deskapp.models.skill_index import merge_skill_index

    merge_skill_index(connection)


def make_deletes_exact(connection: Connection) -> bool:
    """Turn FTS5's secure-delete on where it may be (``_may_use_secure_delete``); True
    when deletes are exact now.

    Secure-delete removes only what is deleted from then on. What earlier deletes left
    goes with a rebuild first, not a merge: a merge keeps the delete flag of rows
    rewritten in one transaction (an edit), and secure-delete turns those into delete
    markers that still carry the row's trigrams. Once per file, about 7 s at 100,000
    people (migration 0010 did it for the files encrypted by then; a file encrypted
    later pays it at its first erasure unless this is called after encrypting it).
    """
    if connection.dialect.name != "sqlite":
        return False
    if deletes_exactly(connection):
        return True
    if not _may_use_secure_delete(connection):
        return False
    connection.exec_driver_sql(_REBUILD)
    connection.exec_driver_sql(_SECURE_DELETE_ON)
    return True


def remove_person(connection: Connection, person_id: int, merge: bool = True) -> None:
    """Take a person out of the index so that nothing of them is left in its pages: no
    trigram, rowid or position. For the right to erasure: call it inside the transaction
    that anonymises them, before their record changes. Their search key is blanked here
    (the anonymised record's own key, set when it is saved, is blank too).

    ``merge=False`` leaves the merge to the caller, who erases many people and then calls
    ``merge_index`` once (retention): until then their entries are still in the file.
    """
    if connection.dialect.name != "sqlite":
        return
    exact = make_deletes_exact(connection)
    # The update trigger deletes the old key's entries from the index.
    connection.execute(text("UPDATE person SET search_key = '' WHERE id = :id"), {"id": person_id})
    if merge and not exact:
        connection.exec_driver_sql(_OPTIMIZE)
