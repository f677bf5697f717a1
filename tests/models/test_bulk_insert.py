"""deskapp.models.sql.bulk_insert, through deskapp.models.bulk.BulkInsert (imports, the
demo, bundles taken in): COPY on PostgreSQL, executemany on SQLite. The rows read back
as written, are found by the search, are in the change log, and a row the database
refuses comes back as SQLAlchemy's IntegrityError naming its rule, on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from deskapp.models import Person
from deskapp.models.bulk import BulkInsert
from deskapp.models.sql.bulk_insert import insert_prepared
from deskapp.models.sql.unique import unique_columns
from deskapp.models.sync import ChangeLog
from deskapp.services import persons
from deskapp.services.search import search_persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

# Text COPY must escape (tab, line ends, backslash) and text it must not touch.
ODD_NAME = "D'Àlba \\N\t«Ponente»\r\nbis"


def _a_person_row(db, operator) -> dict:
    persons.create_person(db, operator, person_data())
    with db.read() as s:
        row = s.execute(select(Person.__table__)).mappings().one()
    return dict(row)


def test_rows_read_back_as_written_and_are_searched_and_logged(db, operator):
    model = _a_person_row(db, operator)
    rows = []
    for n in range(3):
        row = dict(model)
        row.update(
            id=1000 + n,
            codice_fiscale=None,
            nir=None,
            family_name=f"{ODD_NAME} {n}",
            given_name="Zoë",
            phone="",
            notes=ODD_NAME if n else "",
            birth_date=dt.date(1961, 2, 28 - n),
            previous_employer_in_crisis=bool(n % 2),
            created_at=dt.datetime(2026, 12, 2, 0, 59, 59, 123456),
        )
        rows.append(row)
    keys = [k for k in model if k not in ("gid", "search_key")]
    with db.write() as s:
        conn = s.connection()
        bulk = BulkInsert(Person.__table__, keys, conn.dialect)
        bulk.execute(conn, [bulk.prepare(r) for r in rows])
    with db.read() as s:
        written = s.execute(select(Person.__table__).where(Person.id >= 1000).order_by(Person.id))
        back = [dict(r) for r in written.mappings()]
        logged = set(s.scalars(select(ChangeLog.gid).where(ChangeLog.entity == "person")))
    for row, read in zip(rows, back, strict=True):
        assert {k: read[k] for k in keys} == {k: row[k] for k in keys}
        assert read["gid"] in logged  # drawn by BulkInsert, logged for consolidation
    assert len(back) == 3
    # The derived search key was written: the search finds them by a piece of the name.
    found = search_persons(db, "ponente zoe")
    assert sorted(p.id for p in found) == [1000, 1001, 1002]


def test_a_duplicate_codice_fiscale_is_an_integrity_error_naming_its_rule(db, operator):
    model = _a_person_row(db, operator)
    row = dict(model, id=2000, nir=None)  # the same codice fiscale as the first person
    keys = [k for k in model if k not in ("gid", "search_key")]
    with pytest.raises(IntegrityError) as refused, db.write() as s:
        conn = s.connection()
        bulk = BulkInsert(Person.__table__, keys, conn.dialect)
        good = dict(model, id=1999, codice_fiscale=None, nir=None)
        bulk.execute(conn, [bulk.prepare(good), bulk.prepare(row)])
    assert unique_columns(refused.value, Person.__table__) == {"codice_fiscale", "origin"}
    assert model["codice_fiscale"] not in str(refused.value.statement)
    with db.read() as s:  # all or nothing: the good row went with the refused one
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_a_value_a_check_refuses_is_an_integrity_error(db, operator):
    model = _a_person_row(db, operator)
    keys = ("id", "desk_id", "given_name", "family_name", "sex", "search_key", "gid", "version")
    row = (3000, model["desk_id"], "Ada", "Neri", "X", "neri ada", "g" * 32, 1)
    with pytest.raises(IntegrityError), db.write() as s:
        insert_prepared(s.connection(), "person", keys, [row])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_no_rows_writes_nothing(db, operator):
    with db.write() as s:
        insert_prepared(s.connection(), "person", ("id",), [])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
