"""The SQLite full-text index of the skills search (FTS5, trigram tokenizer).

The skills search (``deskapp.services.resources.search_skills``) finds a typed word as
a substring: any of its forms and trade synonyms in a skill's description, or the word
itself in the skill's occupation code, its sector or the person's municipality. As
plain LIKE that is one scan of every skill per pattern, about 100 ms a keystroke at
130,000 skills. A trigram index answers the same substrings from its pages: the search
asks it for the candidates, then keeps its exact LIKE conditions on those few rows, so
the results are the ones LIKE alone gives (the index folds the case of every letter,
LIKE only of ASCII ones: the index finds a superset, LIKE decides).

The table keeps its own copy of the four texts (the municipality is the person's, not
the skill's, so no single table could be its external content); triggers on ``skill``
and on ``person.municipality`` keep it in step inside the same transaction, whatever
writes (the services, the bulk inserts of imports and demo data, a cascade).

Erasure. Like the person index (``deskapp.models.person_index``), FTS5 keeps a
deleted row's trigrams in its pages until a merge: ``remove_skills`` deletes a
person's skills and then makes that exact the same way (secure-delete on encrypted
files, otherwise a merge of this index).

PostgreSQL: a pg_trgm GIN index (``POSTGRESQL_INDEX``, made by migration 0012) over
the skill's own text, its description, code and sector joined in one expression
(``SKILL_TEXT``); ILIKE on that same expression is answered from the index, and the
server keeps it up to date (no triggers, nothing for erasure to merge: as for the
person index, the bytes of deleted rows are VACUUM's, the server's job). The
municipality is the person's: on PostgreSQL it is read from ``person`` (a scan of one
short column, as the person search's own index does not hold it as typed).

``candidates`` gives, on either engine, the skills that may match the typed words; the
search keeps its exact conditions on those rows (``deskapp.services.resources``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Connection,
    Integer,
    Select,
    String,
    intersect,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
)

from deskapp.models.person import Person, Skill
from deskapp.models.person_index import _may_use_secure_delete, index_present
from deskapp.models.search_key import search_text

SKILL_FTS = "skill_fts"
# The index's columns, in this order: the description (searched with the word's forms
# and synonyms), then the three searched as typed.
DESCRIPTION = "description"
AS_TYPED = ("occupation_code", "sector", "municipality")

_COLUMNS = f"{DESCRIPTION}, {', '.join(AS_TYPED)}"
_SELECT_ROWS = (
    "SELECT skill.id, skill.description, skill.occupation_code, skill.sector, "
    "person.municipality FROM skill JOIN person ON person.id = skill.person_id"
)

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {SKILL_FTS} USING fts5({_COLUMNS}, tokenize='trigram')",
    f"CREATE TRIGGER skill_fts_ai AFTER INSERT ON skill BEGIN "
    f"INSERT INTO {SKILL_FTS}(rowid, {_COLUMNS}) "
    f"SELECT new.id, new.description, new.occupation_code, new.sector, person.municipality "
    f"FROM person WHERE person.id = new.person_id; END",
    f"CREATE TRIGGER skill_fts_ad AFTER DELETE ON skill BEGIN "
    f"DELETE FROM {SKILL_FTS} WHERE rowid = old.id; END",
    f"CREATE TRIGGER skill_fts_au AFTER UPDATE OF description, occupation_code, sector, "
    f"person_id ON skill BEGIN "
    f"DELETE FROM {SKILL_FTS} WHERE rowid = old.id; "
    f"INSERT INTO {SKILL_FTS}(rowid, {_COLUMNS}) "
    f"SELECT new.id, new.description, new.occupation_code, new.sector, person.municipality "
    f"FROM person WHERE person.id = new.person_id; END",
    f"CREATE TRIGGER skill_fts_person_au AFTER UPDATE OF municipality ON person "
    f"WHEN new.municipality IS NOT old.municipality BEGIN "
    f"UPDATE {SKILL_FTS} SET municipality = new.municipality "
    f"WHERE rowid IN (SELECT id FROM skill WHERE person_id = new.id); END",
)
FILL_STATEMENT = f"INSERT INTO {SKILL_FTS}(rowid, {_COLUMNS}) {_SELECT_ROWS}"
_INSERT_TRIGGER = CREATE_STATEMENTS[1]

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS skill_fts_person_au",
    "DROP TRIGGER IF EXISTS skill_fts_au",
    "DROP TRIGGER IF EXISTS skill_fts_ad",
    "DROP TRIGGER IF EXISTS skill_fts_ai",
    f"DROP TABLE IF EXISTS {SKILL_FTS}",
)

# PostgreSQL: the trigram index over the skill's text. The query names exactly the same
# expression (the planner uses an expression index only for the same expression); the
# three columns are NOT NULL, so the text is never NULL.
POSTGRESQL_INDEX = "ix_skill_search_trgm"
TEXT_COLUMNS = ("description", "occupation_code", "sector")
SKILL_TEXT = " || ' ' || ".join(TEXT_COLUMNS)
POSTGRESQL_CREATE_STATEMENTS = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX {POSTGRESQL_INDEX} ON skill USING gin (({SKILL_TEXT}) gin_trgm_ops)",
)
POSTGRESQL_DROP_STATEMENT = f"DROP INDEX IF EXISTS {POSTGRESQL_INDEX}"

# A trigram index says nothing about fewer than three letters.
SHORTEST = 3

_CONFIG = f"SELECT v FROM {SKILL_FTS}_config WHERE k = 'secure-delete'"
_OPTIMIZE = f"INSERT INTO {SKILL_FTS}({SKILL_FTS}) VALUES ('optimize')"
_REBUILD = f"INSERT INTO {SKILL_FTS}({SKILL_FTS}) VALUES ('rebuild')"
_SECURE_DELETE_ON = f"INSERT INTO {SKILL_FTS}({SKILL_FTS}, rank) VALUES ('secure-delete', 1)"
INTEGRITY_STATEMENT = f"INSERT INTO {SKILL_FTS}({SKILL_FTS}) VALUES ('integrity-check')"


def has_skill_index(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SKILL_FTS,)
    ).first()
    return found is not None


def _deletes_exactly(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql(_CONFIG).scalar())


def _make_deletes_exact(connection: Connection) -> bool:
    """As ``person_index.make_deletes_exact``, for this index: secure-delete where the
    file may have it (encrypted), after a rebuild that drops what earlier deletes left."""
    if _deletes_exactly(connection):
        return True
    if not _may_use_secure_delete(connection):
        return False
    connection.exec_driver_sql(_REBUILD)
    connection.exec_driver_sql(_SECURE_DELETE_ON)
    return True


def merge_skill_index(connection: Connection) -> None:
    """Merge the index into one segment, dropping what deleted rows left in its pages.
    No-op where deletes are exact already, and where there is no such index."""
    if has_skill_index(connection) and not _deletes_exactly(connection):
        connection.exec_driver_sql(_OPTIMIZE)


def remove_skills(connection: Connection, person_id: int, merge: bool = True) -> int:
    """Delete a person's skills, and every trace of them in the index's pages (for the
    right to erasure: call it inside the transaction that anonymises them). Returns
    how many there were. ``merge=False``: the caller merges once after many
    (``merge_skill_index``)."""
    indexed = has_skill_index(connection)
    exact = indexed and _make_deletes_exact(connection)
    removed = connection.execute(
        text("DELETE FROM skill WHERE person_id = :id"), {"id": person_id}
    ).rowcount
    if indexed and removed and merge and not exact:
        connection.exec_driver_sql(_OPTIMIZE)
    return int(removed or 0)


@contextmanager
def skills_bulk_insert_mode(connection: Connection, first_new_id: int) -> Iterator[None]:
    """Index skills inserted in bulk (ids from ``first_new_id`` up, none there before)
    in one statement after them instead of row by row by the trigger, as
    ``person_index.bulk_insert_mode`` does for people. SQLite's DDL is transactional:
    call it inside the writing transaction, and a rollback brings the trigger back.
    No-op where there is no such index (PostgreSQL keeps its own)."""
    if not has_skill_index(connection):
        yield
        return
    connection.exec_driver_sql("DROP TRIGGER skill_fts_ai")
    yield
    connection.exec_driver_sql(f"{FILL_STATEMENT} WHERE skill.id >= ?", (first_new_id,))
    connection.exec_driver_sql(_INSERT_TRIGGER)


def postgresql_index_present(connection: Connection) -> bool:
    """Whether the PostgreSQL trigram index of the skills is there (db check)."""
    return index_present(connection, POSTGRESQL_INDEX)


def candidates(
    connection: Connection, words: Sequence[tuple[str, Sequence[str]]]
) -> Select[Any] | None:
    """The ids of the skills that may match every typed word, found through the index
    of the connection's engine; None when the index has nothing to say (no index, or
    no word of three letters or more), and the search scans.

    ``words``: each typed word (``%`` and ``_`` taken out) with its forms and trade
    synonyms, searched in the description; the word itself is searched in the
    occupation code, the sector and the municipality. A superset: the caller's exact
    conditions decide."""
    usable = [
        (word, tuple(forms))
        for word, forms in words
        if len(word) >= SHORTEST and all(len(form) >= SHORTEST for form in forms)
    ]
    if not usable:
        return None
    if connection.dialect.name == "postgresql":
        return _postgresql_candidates(usable)
    if not has_skill_index(connection):
        return None
    return (
        select(literal_column("rowid", Integer))
        .select_from(table(SKILL_FTS))
        .where(literal_column(SKILL_FTS).op("MATCH")(_fts_query(usable)))
    )


def _fts_query(words: Sequence[tuple[str, Sequence[str]]]) -> str:
    """Each word's forms in the description, or the word in the other three columns."""
    parts = []
    for word, forms in words:
        in_description = [f"{DESCRIPTION}:{_phrase(form)}" for form in forms]
        as_typed = f"{{{' '.join(AS_TYPED)}}}:{_phrase(word)}"
        parts.append(f"({' OR '.join([*in_description, as_typed])})")
    return " AND ".join(parts)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _postgresql_candidates(words: Sequence[tuple[str, Sequence[str]]]) -> Select[Any]:
    """Per word: the skills whose text holds a form or the word (a BitmapOr over the
    trigram index), and the skills of the people of a municipality holding the word
    (the person's trigram index); the words' sets intersected."""
    joined = " || ' ' || ".join(f"skill.{column}" for column in TEXT_COLUMNS)
    skill_text: ColumnElement[str] = literal_column(f"({joined})", String())
    per_word: list[CompoundSelect[Any]] = []
    for word, forms in words:
        patterns = sorted({*forms, word})
        by_text = select(Skill.id).where(or_(*[skill_text.ilike(f"%{p}%") for p in patterns]))
        # The municipality through the person's trigram index (their search key holds
        # it, without accents or case): a superset the ILIKE then decides. Without it,
        # every keystroke read all the people (0.4 s at 1,000,000).
        key = search_text(word).replace("%", "").replace("_", "")
        by_place = (
            select(Skill.id)
            .join(Person, Person.id == Skill.person_id)
            .where(Person.search_key.like(f"%{key}%"), Person.municipality.ilike(f"%{word}%"))
        )
        per_word.append(union(by_text, by_place))
    combined = per_word[0] if len(per_word) == 1 else intersect(*per_word)
    found = combined.subquery("skill_candidates")
    return select(found.c.id)
