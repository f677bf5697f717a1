"""A server connection that breaks: said in words, a save made once or not at all, and
the next unit of work connecting again (deskapp.models.connection_loss, database.py,
deskapp.models.sql.transactions). The backend is really terminated on the test server
(pg_terminate_backend) at the moment each test names."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import OperationalError

from deskapp.errors import ConnectionLostError
from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.sql.transactions import (
    ABORTED,
    COMMITTED,
    transaction_id,
    transaction_status,
)
from deskapp.services import persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _people(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def _terminate(postgres_url: str, pid: int) -> None:
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
    finally:
        admin.dispose()


def _backend_pid(session) -> int:
    return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_writing_transaction_has_an_id_the_server_can_be_asked_about(db, admin):
    with db.write() as s:
        assert transaction_id(s) is None  # nothing written yet: nothing to lose
        s.execute(text("UPDATE desk SET address = address"))
        xid = transaction_id(s)
    if db.is_sqlite:
        assert xid is None
        return
    assert isinstance(xid, int)
    with db.engine.connect() as conn:
        assert transaction_status(conn, xid) == COMMITTED
    with pytest.raises(RuntimeError), db.write() as s:
        s.execute(text("UPDATE desk SET address = address"))
        rolled_back = transaction_id(s)
        raise RuntimeError
    assert rolled_back is not None
    with db.engine.connect() as conn:
        assert transaction_status(conn, rolled_back) == ABORTED


@pytest.fixture
def server_db(db, engine):
    if engine != "postgresql":
        pytest.skip("a file does not lose its connection")
    return db


def test_a_connection_dropped_between_two_actions_is_replaced_unseen(
    server_db, operator, postgres_url
):
    seen: list[bool] = []
    server_db.watch_connection(seen.append)
    with server_db.read() as s:
        pid = _backend_pid(s)
    _terminate(postgres_url, pid)
    persons.create_person(server_db, operator, person_data())
    assert _people(server_db) == 1 and seen == []


def test_a_save_cut_half_way_writes_nothing_says_so_and_the_next_works(
    server_db, operator, postgres_url
):
    seen: list[bool] = []
    server_db.watch_connection(seen.append)
    with pytest.raises(ConnectionLostError) as lost, server_db.write() as s:
        s.execute(text("UPDATE desk SET address = 'Via Nuova 1'"))
        _terminate(postgres_url, _backend_pid(s))
        s.execute(text("UPDATE desk SET region = region"))
    assert lost.value.saved is False
    assert "nothing of this save was written" in lost.value.message
    assert "Traceback" not in lost.value.message and "57P01" not in lost.value.message
    assert seen == [False] and server_db.connection_lost
    with server_db.read() as s:
        assert "Via Nuova 1" not in s.scalars(text("SELECT address FROM desk")).all()
    persons.create_person(server_db, operator, person_data())  # the retry: it just works
    assert _people(server_db) == 1
    assert seen == [False, True] and not server_db.connection_lost


def _cut_commit(db: Database, monkeypatch, *, after: bool) -> None:
    """The next COMMIT loses its connection: before the server commits (``after``
    False: the backend is terminated first), or after, with its answer lost."""
    dialect = db.engine.dialect
    real = dialect.do_commit

    def cut(fairy):
        monkeypatch.setattr(dialect, "do_commit", real)
        raw = fairy.dbapi_connection  # psycopg's own, under the pool's wrapper
        if after:
            real(fairy)
        else:
            pid = raw.info.backend_pid
            _terminate(db.url.set(database="postgres").render_as_string(False), pid)
        raw.close()
        raise psycopg.OperationalError("consuming input failed: server closed the connection")

    monkeypatch.setattr(dialect, "do_commit", cut)


def test_a_commit_that_reached_the_server_is_saved_once(server_db, operator, monkeypatch):
    _cut_commit(server_db, monkeypatch, after=True)
    result = persons.create_person(server_db, operator, person_data())
    assert result.id
    assert _people(server_db) == 1


def test_a_commit_that_did_not_reach_the_server_is_not_saved(server_db, operator, monkeypatch):
    _cut_commit(server_db, monkeypatch, after=False)
    with pytest.raises(ConnectionLostError) as lost:
        persons.create_person(server_db, operator, person_data())
    assert lost.value.saved is False
    assert _people(server_db) == 0
    persons.create_person(server_db, operator, person_data())
    assert _people(server_db) == 1


def test_a_commit_not_known_yet_is_never_written_twice(server_db, operator, monkeypatch):
    """The server could not be asked at once (still gone): the save is said unsure,
    and the same save tried again is refused once the server says the first was made."""
    import deskapp.models.database as database

    _cut_commit(server_db, monkeypatch, after=True)
    real_status = database.transaction_status

    def unreachable(conn, xid):
        monkeypatch.setattr(database, "transaction_status", real_status)
        raise OperationalError("SELECT", {}, psycopg.OperationalError("connection refused"))

    monkeypatch.setattr(database, "transaction_status", unreachable)
    with pytest.raises(Exception) as unsure:
        persons.create_person(server_db, operator, person_data())
    assert isinstance(unsure.value, ConnectionLostError) and unsure.value.saved is None
    assert "do not save it again" in unsure.value.message
    with pytest.raises(ConnectionLostError) as refused:
        persons.create_person(server_db, operator, person_data())
    assert refused.value.saved is True
    assert _people(server_db) == 1
    persons.create_person(
        server_db, operator, person_data(codice_fiscale="", sex="F", birth_date="1990-01-02")
    )
    assert _people(server_db) == 2


def test_reconnect_says_whether_the_server_answers(server_db, postgres_url):
    seen: list[bool] = []
    server_db.watch_connection(seen.append)
    with server_db.read() as s:
        pid = _backend_pid(s)
    _terminate(postgres_url, pid)
    server_db.reconnect()
    assert seen == [] and not server_db.connection_lost
    gone = Database(server_db.url.set(query={"host": "/nonexistent-deskapp"}))
    gone.watch_connection(seen.append)
    with pytest.raises(ConnectionLostError):
        gone.reconnect()
    assert seen == [False] and gone.connection_lost
    gone.dispose()
