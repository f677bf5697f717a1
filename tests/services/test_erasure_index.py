"""After an erasure the person is nowhere in the full-text index's pages: no posting
under their rowid, no delete marker, and none of the trigrams only their name had, as
someone reading the index's shadow table (person_fts_data) would find. FTS5 on its
own only marks a deleted row as deleted and keeps its trigrams and positions (enough
to spell the name again) until a merge happens to reach them.

The pages are read here byte by byte (FTS5's leaf page format, fts5_index.c), because
FTS5's own views of the index (fts5vocab) hide what delete markers cover.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from deskapp.models.database import Database
from deskapp.models.migrate import open_database
from deskapp.models.person_index import deletes_exactly
from deskapp.models.sqlite_files import encrypt_file
from deskapp.services import gdpr, persons, retention
from deskapp.services.actor import resolve_actor
from deskapp.services.maintenance import check_database
from deskapp.services.organisation import create_operator, initialise
from deskapp.services.search import search_persons
from tests.conftest import person_data

KEY = "chiave di prova 2026"

# --- FTS5 leaf pages -------------------------------------------------------------------


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint: 7 bits a byte, big-endian; a 9th byte gives all its 8 bits."""
    value = 0
    for n in range(8):
        byte = buf[i + n]
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i + n + 1
    return (value << 8) | buf[i + 8], i + 9


def _page_entries(block: bytes, term: bytes) -> Iterator[tuple[bytes, int, bool]]:
    """(term, rowid, is a delete marker) for each doclist entry on one leaf page. A page
    may begin with the rest of the previous page's last doclist: ``term`` is that term.

    Page: u16 offset of a first rowid before any term (0 if none), u16 offset of the
    footer; then terms (a page's first in full, the others as prefix length + suffix),
    each followed by its doclist (rowid, then rowid deltas, each with its position list,
    whose size varint is 2 * bytes + 1 for a delete marker); the footer lists the term
    offsets, delta-coded.
    """
    first_rowid, footer = struct.unpack(">HH", block[:4])
    offsets, i, at = [], footer, 0
    while i < len(block):
        delta, i = _varint(block, i)
        at += delta
        offsets.append(at)

    def doclist(i: int, end: int, term: bytes) -> Iterator[tuple[bytes, int, bool]]:
        rowid = None
        while i < end:
            delta, i = _varint(block, i)
            rowid = delta if rowid is None else rowid + delta
            size, i = _varint(block, i)
            yield term, rowid, bool(size & 1)
            i += size >> 1

    if first_rowid:
        yield from doclist(first_rowid, offsets[0] if offsets else footer, term)
    for k, offset in enumerate(offsets):
        i = offset
        if k == 0:
            size, i = _varint(block, i)
            term = block[i : i + size]
        else:
            prefix, i = _varint(block, i)
            size, i = _varint(block, i)
            term = term[:prefix] + block[i : i + size]
        end = offsets[k + 1] if k + 1 < len(offsets) else footer
        yield from doclist(i + size, end, term)


def index_entries(db: Database) -> list[tuple[str, int, bool]]:
    """Every (trigram, person id, is a delete marker) in the index's leaf pages."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, block FROM person_fts_data ORDER BY id")).all()
    entries: list[tuple[str, int, bool]] = []
    term = b""
    for rowid, block in rows:
        # Page ids: segment << 37 | doclist-index flag << 36 | height << 31 | page number.
        # Below 1000 are the averages (1) and the structure (10).
        if rowid < 1000 or (rowid >> 31) & 0x3F:
            continue
        if rowid & 0x7FFFFFFF == 1:
            term = b""
        for raw, person_id, deleted in _page_entries(block, term):
            term = raw
            # Terms of the main index start with "0" (others are prefix indexes).
            if raw[:1] == b"0":
                entries.append((raw[1:].decode(), person_id, deleted))
    return entries


def trigrams(value: str) -> set[str]:
    return {value[i : i + 3] for i in range(len(value) - 2)}


# --- fixtures --------------------------------------------------------------------------

DESK = {"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"}
ZAPPALA = person_data(
    family_name="Zappalà",
    given_name="Nicolò",
    codice_fiscale="",
    sex="M",
    birth_date="1981-06-15",
    email="nicolo.zappala@qx.it",
)
FERRARO = person_data(
    given_name="Lia",
    family_name="Ferraro",
    codice_fiscale="",
    sex="F",
    birth_date="1990-02-02",
    phone="",
    email="",
)


@pytest.fixture(params=["plain", "encrypted"])
def any_db(request, tmp_path):
    """A plain file (Python's SQLite) and an encrypted one (SQLCipher's, a newer one)."""
    key = KEY if request.param == "encrypted" else None
    database, _ = open_database(tmp_path / "deskapp.sqlite", key=key)
    yield database
    database.dispose()


@pytest.fixture
def staff(any_db):
    admin = initialise(any_db, DESK, {"name": "Anna Bianchi"})
    create_operator(any_db, admin, {"name": "Luca Verdi", "role": "operator"}, "Tramonto-sul-molo")
    return admin, resolve_actor(any_db, "Luca Verdi")


def _search_key(db: Database, person_id: int) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT search_key FROM person WHERE id = :id"), {"id": person_id}
            ).scalar()
        )


def _edit(db: Database, actor, person_id: int, **changes: object) -> None:
    person = persons.get_person(db, person_id)
    form = persons.person_as_input(person)
    persons.update_person(db, actor, person_id, person.version, {**form, **changes})


# --- tests -----------------------------------------------------------------------------


def test_the_page_reader_sees_what_fts5_sees(any_db, staff):
    _, operator = staff
    for data in (ZAPPALA, FERRARO):
        persons.create_person(any_db, operator, data)
    with any_db.engine.connect() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, person_fts, instance)"
        )
        seen = set(conn.exec_driver_sql("SELECT term, doc FROM temp.v").all())
    assert seen and {(t, r) for t, r, _ in index_entries(any_db)} == seen


def test_an_erased_person_leaves_nothing_in_the_index(any_db, staff):
    admin, operator = staff
    # A surname first misspelt, then corrected: both spellings went through the index.
    nicolo = persons.create_person(any_db, operator, {**ZAPPALA, "family_name": "Zapallà"}).id
    misspelt = _search_key(any_db, nicolo)
    _edit(any_db, operator, nicolo, family_name="Zappalà")
    lia = persons.create_person(any_db, operator, FERRARO).id
    theirs = (trigrams(misspelt) | trigrams(_search_key(any_db, nicolo))) - trigrams(
        _search_key(any_db, lia)
    )
    assert {"zap", "apa", "ppa", "pal", "nic", "qx.", "724"} <= theirs
    before = index_entries(any_db)
    assert {r for _, r, _ in before} == {nicolo, lia}
    assert theirs & {t for t, _, _ in before}

    gdpr.erase_person(any_db, admin, nicolo)

    after = index_entries(any_db)
    assert [e for e in after if e[1] == nicolo] == []
    assert theirs & {t for t, _, _ in after} == set()
    assert {r for _, r, _ in after} == {lia}
    assert [h.id for h in search_persons(any_db, "ferraro")] == [lia]
    assert search_persons(any_db, "zappala") == []
    report = check_database(any_db)
    assert report.ok, report.problems


def test_retention_leaves_nothing_in_the_index(any_db, staff):
    admin, operator = staff
    ids = [persons.create_person(any_db, operator, d).id for d in (ZAPPALA, FERRARO)]
    assert {r for _, r, _ in index_entries(any_db)} == set(ids)

    # First contact in 2026: kept until 31/12/2031.
    assert retention.apply_retention(any_db, admin, dt.date(2032, 1, 2)) == 2

    assert index_entries(any_db) == []
    assert search_persons(any_db, "zappala") == search_persons(any_db, "ferraro") == []
    assert check_database(any_db).ok


def test_only_an_encrypted_file_turns_secure_delete_on(any_db, staff, tmp_path):
    """Secure-delete marks the index as a format SQLite before 3.42 cannot read: a plain
    file must stay readable by the SQLite of an older system (Python's here is 3.40)."""
    admin, operator = staff
    gdpr.erase_person(any_db, admin, persons.create_person(any_db, operator, ZAPPALA).id)
    with any_db.engine.connect() as conn:
        exact = deletes_exactly(conn)
    assert exact == (any_db.key is not None)
    if any_db.key is None:
        persons.create_person(any_db, operator, FERRARO)
        any_db.checkpoint()
        raw = sqlite3.connect(tmp_path / "deskapp.sqlite")
        found = raw.execute("SELECT rowid FROM person_fts WHERE person_fts MATCH 'ferr'").fetchall()
        raw.close()
        assert len(found) == 1


def test_a_file_encrypted_later_erases_exactly_too(tmp_path):
    """A plain file's index, edited before 'db encrypt', holds what its deletes left:
    the first erasure in the encrypted copy clears that before turning secure-delete on."""
    plain, _ = open_database(tmp_path / "plain.sqlite")
    admin = initialise(plain, DESK, {"name": "Anna Bianchi"})
    nicolo = persons.create_person(plain, admin, {**ZAPPALA, "family_name": "Zapallà"}).id
    misspelt = _search_key(plain, nicolo)
    _edit(plain, admin, nicolo, family_name="Zappalà")
    lia = persons.create_person(plain, admin, FERRARO).id
    plain.dispose()
    encrypt_file(tmp_path / "plain.sqlite", tmp_path / "secret.sqlite", KEY)
    db, _ = open_database(tmp_path / "secret.sqlite", key=KEY)
    try:
        theirs = (trigrams(misspelt) | trigrams(_search_key(db, nicolo))) - trigrams(
            _search_key(db, lia)
        )
        assert theirs <= {t for t, _, _ in index_entries(db)}

        gdpr.erase_person(db, resolve_actor(db, "Anna Bianchi"), nicolo)

        after = index_entries(db)
        assert [e for e in after if e[1] == nicolo] == []
        assert theirs & {t for t, _, _ in after} == set()
        with db.engine.connect() as conn:
            assert deletes_exactly(conn)
        assert check_database(db).ok
    finally:
        db.dispose()
