"""Two readers of one moment: the coordinator report reads its figures on two
connections at once (two cores), and every figure must come from the same data."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, text

from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.sql import snapshot
from deskapp.services import persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _register(db, operator, family):
    persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            family_name=family,
            given_name="Anna",
            sex="F",
            birth_date="1980-05-06",
        ),
    )


def _people(session) -> int:
    return int(session.scalar(select(func.count()).select_from(Person)))


def test_a_save_made_while_the_readers_start_is_seen_by_neither(db, operator, monkeypatch):
    _register(db, operator, "Prima")
    writer = threading.Thread(target=_register, args=(db, operator, "Durante"))

    def save_between():
        # SQLite: the save waits for the write lock held while the readers start;
        # PostgreSQL: it commits before the second reader takes the first's snapshot.
        writer.start()
        writer.join(timeout=0.5)

    monkeypatch.setattr(snapshot, "_between_readers", save_between)
    with db.read_together() as (first, second):
        assert first is not second
        monkeypatch.setattr(snapshot, "_between_readers", lambda: None)
        _register(db, operator, "Dopo")  # while they read
        assert (_people(first), _people(second)) == (1, 1)
    writer.join()
    with db.read() as s:
        assert _people(s) == 3


def test_the_readers_cannot_write_on_a_server(db):
    from sqlalchemy.exc import DBAPIError

    if db.is_sqlite:
        pytest.skip("SQLite's readers are plain deferred transactions, as db.read()'s")
    for which in range(2):
        with db.read_together() as sessions, pytest.raises(DBAPIError, match="read-only"):
            sessions[which].execute(Person.__table__.delete())


def test_a_database_in_memory_gives_one_session_twice():
    from deskapp.models.base import Base

    db = Database("sqlite://")
    Base.metadata.create_all(db.engine)
    with db.read_together() as (first, second):
        assert first is second
        assert _people(first) == 0


def test_a_server_does_not_compile_the_readers_queries(db):
    # JIT compiling cost more than it saved on the report's long queries.
    if db.is_sqlite:
        pytest.skip("PostgreSQL's setting")
    with db.read_together() as (first, second):
        assert [s.scalar(text("SHOW jit")) for s in (first, second)] == ["off", "off"]
    with db.read() as s:
        assert s.scalar(text("SHOW jit")) == "on"  # for those transactions only


def test_a_writer_at_work_is_not_waited_for(db):
    # An import holding the write lock: the report reads on one connection at once
    # rather than waiting for the import (SQLite's two readers need a moment without
    # writers to start).
    import time

    if not db.is_sqlite:
        pytest.skip("a server's readers share a snapshot without stopping writers")
    with db.engine.connect() as conn:
        writer = conn.connection.driver_connection
        writer.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with db.read_together() as (first, second):
            assert first is second
            assert _people(first) == 0
        assert time.monotonic() - started < 2
        writer.execute("ROLLBACK")
    with db.read_together() as (first, second):
        assert first is not second
        patience = first.connection().exec_driver_sql("PRAGMA busy_timeout").scalar()
    with db.engine.connect() as conn:  # the pool's connections keep their own patience
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == patience == 10_000
