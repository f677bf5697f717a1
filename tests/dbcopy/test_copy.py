"""deskapp.dbcopy: a desk's file copied whole to a PostgreSQL server and back, against a
real server (tests/postgres_server.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import IntegrityError

from deskapp.dbcopy import (
    RowsRefused,
    SourceNotReady,
    TargetNotEmpty,
    copy_to_file,
    copy_to_server,
)
from deskapp.dbcopy.plan import NOT_BOOLEAN, NUL_IN_TEXT, copy_plan
from deskapp.errors import PermissionDeniedError, Reason
from deskapp.models.database import Database
from deskapp.models.migrate import migrate_to, open_database, open_server_database
from deskapp.services.actor import resolve_actor
from deskapp.services.erasure_register import read_register, register_path
from deskapp.services.maintenance import check_database
from deskapp.services.organisation import create_operator
from deskapp.services.persons import create_person
from deskapp.services.search import search_persons
from tests.conftest import person_data

ADMIN = "Amministratore demo"
COMPANIONS = ("", ".anchor", ".erasures")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo desk with what a real one holds: people, projects and their business plans,
    accounts (one added by hand), a person erased, a trail of events, its anchor and its
    register of erasures beside it."""
    from deskapp.services.demo import generate_demo
    from deskapp.services.gdpr import erase_person

    path = tmp_path_factory.mktemp("demo") / "desk.sqlite"
    db, _ = open_database(path)
    try:
        generate_demo(db, persons=40, seed=5)
        admin = resolve_actor(db, ADMIN)
        create_operator(
            db, admin, {"name": "Giulia Esposito", "role": "operator"}, "Lanterna-di-Genova"
        )
        with db.read() as s:
            first = s.scalar(text("SELECT min(id) FROM person"))
        erase_person(db, admin, int(first))
        create_person(db, admin, person_data())
    finally:
        db.dispose()
    return path


@pytest.fixture
def source(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo file, with its anchor and register, for one test to change."""
    target = tmp_path / "source" / demo_file.name
    target.parent.mkdir()
    for suffix in COMPANIONS:
        found = demo_file.with_name(demo_file.name + suffix)
        if found.exists():
            shutil.copy2(found, target.with_name(target.name + suffix))
    return target


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows as the models read them, ordered by primary key."""
    found = {}
    with db.engine.connect() as conn:
        for plan in copy_plan():
            from deskapp.models.base import Base

            model = Base.metadata.tables[plan.name]
            query = select(model).order_by(*model.primary_key.columns)
            found[plan.name] = [tuple(r) for r in conn.execute(query)]
    return found


def _same_rows(source: Database, target: Database) -> None:
    """The target holds the source's rows, every table; the source's trail may have
    gone on after the copy (the copy's own event), never the target's."""
    ours, theirs = _rows(source), _rows(target)
    assert ours.keys() == theirs.keys()
    for name in ours:
        if name == "audit_event":
            assert len(ours[name]) > len(theirs[name]) > 1
            assert ours[name][: len(theirs[name])] == theirs[name], name
        else:
            assert ours[name] == theirs[name], name


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_desk_goes_to_a_server_and_back_whole(source, empty_postgres_database, tmp_path):
    url = empty_postgres_database
    src, _ = open_database(source, migrate=False)
    server, back = None, None
    try:
        admin = resolve_actor(src, ADMIN)
        report = copy_to_server(src, url, admin)
        server, _ = open_server_database(url, migrate=False)
        _same_rows(src, server)
        assert report.counts["person"] == 41 and report.counts["business_plan"] > 0
        assert report.counts == {k: len(v) for k, v in _rows(server).items()}
        assert report.events == report.counts["audit_event"]

        # The chain verifies on both, and everything db check looks at holds.
        for db in (src, server):
            checked = check_database(db)
            assert checked.ok, checked.problems
        # The trail's guard is on the server, and works.
        with pytest.raises(IntegrityError), server.engine.begin() as conn:
            conn.execute(text("UPDATE audit_event SET entity = 'x' WHERE id = 1"))

        # The server answers a search, and gives new records new ids.
        assert [h.family_name for h in search_persons(server, "Rossi Mario")] == ["Rossi"]
        before = max(r[0] for r in _rows(server)["person"])
        on_server = resolve_actor(server, ADMIN)
        made = create_person(
            server, on_server, person_data(codice_fiscale="", birth_date="01/02/1990", sex="M")
        )
        assert made.id == before + 1

        # And back, into a new file that opens in the app and passes its own check.
        new = tmp_path / "back" / "desk.sqlite"
        new.parent.mkdir()
        report = copy_to_file(server, new, on_server)
        back, _ = open_database(new, migrate=False)
        _same_rows(server, back)
        checked = check_database(back)
        assert checked.ok, checked.problems
        assert any("chain intact" in f for f in checked.facts)
        with back.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        # The person erased on the desk is in the new file's register of erasures.
        with back.read() as s:
            erased = s.scalars(text("SELECT id FROM person WHERE anonymised_on IS NOT NULL"))
            assert [e.person_id for e in read_register(register_path(new))] == list(erased)
        assert report.erasures == 1
        # Both Mario Rossi: the desk's, and the one made on the server.
        assert len(search_persons(back, "Rossi Mario")) == 2
        made = create_person(
            back,
            resolve_actor(back, ADMIN),
            person_data(codice_fiscale="", birth_date="02/02/1990", sex="M"),
        )
        assert made.id == before + 2
    finally:
        for db in (src, server, back):
            if db is not None:
                db.dispose()


def test_the_operators_keep_their_password_hashes(source, empty_postgres_database):
    src, _ = open_database(source, migrate=False)
    try:
        copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
        from deskapp.services.accounts import log_in

        server, _ = open_server_database(empty_postgres_database, migrate=False)
        try:
            assert log_in(server, "Giulia Esposito", "Lanterna-di-Genova").actor.name
        finally:
            server.dispose()
    finally:
        src.dispose()


def test_a_server_database_with_rows_is_refused_and_left_as_it_was(source, empty_postgres_database):
    src, _ = open_database(source, migrate=False)
    try:
        admin = resolve_actor(src, ADMIN)
        copy_to_server(src, empty_postgres_database, admin)
        server = Database(empty_postgres_database)
        before = _rows(server)
        with pytest.raises(TargetNotEmpty) as refused:
            copy_to_server(src, empty_postgres_database, admin)
        assert "person 41" in str(refused.value) and "desk 11" in str(refused.value)
        assert _rows(server) == before
        server.dispose()
    finally:
        src.dispose()


def test_a_database_of_another_program_is_refused(source, empty_postgres_database):
    engine = create_engine(
        empty_postgres_database.replace("postgresql://", "postgresql+psycopg://")
    )
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(TargetNotEmpty) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
        assert "invoices" in str(refused.value)
    finally:
        src.dispose()
    assert _tables(_driver(empty_postgres_database)) == {"invoices"}


def test_an_empty_schema_made_beforehand_is_taken(source, fresh_postgres_database):
    """A server whose schema was made already (empty, this version's): the copy fills it."""
    src, _ = open_database(source, migrate=False)
    try:
        report = copy_to_server(src, fresh_postgres_database, resolve_actor(src, ADMIN))
        assert report.counts["person"] == 41
    finally:
        src.dispose()


def test_a_source_not_at_this_version_is_refused(tmp_path, empty_postgres_database):
    old = Database.at_path(tmp_path / "old.sqlite")
    try:
        migrate_to(old, "0016")
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(old, empty_postgres_database, None)
        assert "db upgrade" in str(refused.value) and "0016" in str(refused.value)
    finally:
        old.dispose()
    assert _tables(_driver(empty_postgres_database)) == set()


def test_without_an_administrator_nothing_is_copied(source, empty_postgres_database):
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(PermissionDeniedError):
            copy_to_server(src, empty_postgres_database, resolve_actor(src, "Giulia Esposito"))
        with pytest.raises(PermissionDeniedError):
            copy_to_server(src, empty_postgres_database, None)  # accounts exist
    finally:
        src.dispose()
    assert _tables(_driver(empty_postgres_database)) == set()


def _driver(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _person_ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id")]


def test_values_the_server_refuses_stop_the_copy_and_leave_it_empty(
    source, empty_postgres_database
):
    """SQLite takes a NUL in text, text longer than its column, text in a number's
    column, an impossible date; PostgreSQL does not. Found as the rows stream by, every
    table read to its end, each named by table, row and column (never by its value);
    the target keeps no table (the schema made in the same transaction is rolled back)."""
    first, second = _person_ids(source)[3:5]
    conn = sqlite3.connect(source)
    with conn:
        conn.execute("UPDATE person SET notes = 'a' || char(0) || 'b' WHERE id = ?", (first,))
        conn.execute("UPDATE person SET address = printf('%.300c', 'x') WHERE id = ?", (second,))
        [(one, other)] = conn.execute("SELECT min(id), max(id) FROM activity")
        conn.execute("UPDATE activity SET duration_minutes = 'an hour' WHERE id = ?", (one,))
        conn.execute("UPDATE activity SET follow_up_due = '2026-02-30' WHERE id = ?", (other,))
    conn.close()
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(RowsRefused) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    found = [(p.table, p.row, p.column, p.reason) for p in refused.value.problems]
    assert found == [
        ("person", str(first), "notes", Reason(NUL_IN_TEXT)),
        ("person", str(second), "address", "is longer than the 255 characters the column holds"),
        ("activity", str(one), "duration_minutes", "holds something other than a whole number"),
        ("activity", str(other), "follow_up_due", "holds something other than a date"),
    ]
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_row_the_server_refuses_is_named_and_nothing_is_kept(source, empty_postgres_database):
    """A reference to a missing row (a file used with its foreign keys off): SQLite kept
    it, the server's constraint refuses it when the chunk is written."""
    conn = sqlite3.connect(source)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO need (id, assessment_id, kind, note, outcome) "
            "SELECT 90001, 987654, kind, note, outcome FROM need LIMIT 1"
        )
    conn.close()
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(RowsRefused) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    [problem] = refused.value.problems
    assert (problem.table, problem.row, problem.column) == ("need", "90001", None)
    assert "does not exist" in problem.reason
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_file_target_that_holds_data_is_refused(source, tmp_path):
    src, _ = open_database(source, migrate=False)
    other = tmp_path / "other.sqlite"
    other.write_bytes(b"something")
    try:
        from deskapp.dbcopy import CopyRefused

        with pytest.raises(CopyRefused) as refused:
            copy_to_file(src, other, resolve_actor(src, ADMIN))
        assert "not empty" in str(refused.value)
    finally:
        src.dispose()
    assert other.read_bytes() == b"something"


def test_a_trail_cut_short_behind_its_anchor_is_not_copied(source, empty_postgres_database):
    """The anchor beside the file names the trail's head: a trail that ends before it
    lost its tail, and a copy would carry no trace of that."""
    import json

    anchor = source.with_name(source.name + ".anchor")
    data = json.loads(anchor.read_text())
    data["event_id"] += 5
    data["events"] += 5
    anchor.write_text(json.dumps(data))
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    assert "anchor" in str(refused.value)
    [(detail, context)] = refused.value.details
    assert context == "Check" and str(data["event_id"]) in detail
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_trail_whose_chain_breaks_is_not_copied(source, empty_postgres_database):
    conn = sqlite3.connect(source)
    with conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        [(event,)] = conn.execute("SELECT min(id) FROM audit_event")
        conn.execute("UPDATE audit_event SET entity = 'desk' WHERE id = ?", (event,))
    conn.close()
    source.with_name(source.name + ".anchor").unlink()  # the chain, not the anchor, speaks
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    assert "does not verify" in str(refused.value)
    assert f"event {event}" in refused.value.details[0][0]
    assert _tables(_driver(empty_postgres_database)) == set()


def test_people_the_register_of_erasures_names_must_be_erased_first(
    source, empty_postgres_database
):
    """A file whose register lists someone it still holds (put back by hand without its
    erasures applied): the server has no register to erase them again later."""
    from deskapp.services.erasure_register import Erasure, record_erasure

    person = _person_ids(source)[-1]
    with sqlite3.connect(source) as conn:
        [(created,)] = conn.execute("SELECT created_at FROM person WHERE id = ?", (person,))
    import datetime as dt

    record_erasure(
        register_path(source),
        Erasure(person, dt.date(2026, 11, 1), dt.datetime.fromisoformat(created)),
    )
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    assert f"ids {person})" in str(refused.value) and "gdpr erase" in str(refused.value)
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_table_the_copy_does_not_know_stops_it(source, empty_postgres_database):
    """A table added to the file by hand (or by a newer deskapp): the copy does not
    carry it, so it is not made at all; the table is named."""
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE desk_notes (id INTEGER PRIMARY KEY, body TEXT)")
        conn.execute("INSERT INTO desk_notes VALUES (1, 'keep me')")
    conn.close()
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    assert "desk_notes" in str(refused.value) and "Nothing was written" in str(refused.value)
    assert _tables(_driver(empty_postgres_database)) == set()


def test_rows_the_copy_did_not_read_stop_it(source, empty_postgres_database, monkeypatch):
    """The rows written are counted against the rows the source holds, table by table,
    before the commit: a row the reading missed is never lost without a word."""
    from deskapp.dbcopy.plan import TablePlan

    reader = TablePlan.reader

    def missing_one(self):
        query = reader(self)
        return (
            query.where(text("id <> (SELECT max(id) FROM skill)"))
            if self.name == "skill"
            else query
        )

    monkeypatch.setattr(TablePlan, "reader", missing_one)
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(SourceNotReady) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    assert "skill" in str(refused.value) and "Nothing was written" in str(refused.value)
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_boolean_that_is_not_0_or_1_is_named(source, empty_postgres_database):
    """SQLite keeps 'no' or 2 in a boolean column; turned into True they would change
    what the record says: named, never converted."""
    person = _person_ids(source)[-1]
    with sqlite3.connect(source) as conn:
        conn.execute("UPDATE person SET previous_employer_in_crisis = 'no' WHERE id = ?", (person,))
        [(activity,)] = conn.execute("SELECT min(id) FROM activity")
        conn.execute("UPDATE activity SET follow_up_done = 2 WHERE id = ?", (activity,))
    conn.close()
    src, _ = open_database(source, migrate=False)
    try:
        with pytest.raises(RowsRefused) as refused:
            copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()
    found = [(p.table, p.row, p.column, p.reason) for p in refused.value.problems]
    assert found == [
        ("person", str(person), "previous_employer_in_crisis", NOT_BOOLEAN),
        ("activity", str(activity), "follow_up_done", NOT_BOOLEAN),
    ]
    assert _tables(_driver(empty_postgres_database)) == set()


def test_text_that_is_not_utf8_is_named_and_never_quoted(source, empty_postgres_database, capsys):
    """SQLite's driver refuses to read such a text, quoting it: the copy names the
    table, the row and the column instead, and says nothing of the value."""
    from deskapp.cli import main

    person = _person_ids(source)[-1]
    with sqlite3.connect(source) as conn:
        conn.execute(
            "UPDATE person SET notes = CAST(X'4D6172696F20526F737369206861732048495620FF' "
            "AS TEXT) WHERE id = ?",
            (person,),
        )
    conn.close()
    argv = ["--db", str(source), "--operator", ADMIN, "db", "copy", "--to"]
    assert main([*argv, empty_postgres_database]) != 0
    err = capsys.readouterr().err
    assert f"table person, row {person}, column notes: is not UTF-8 text" in err, err
    assert "Rossi" not in err and "HIV" not in err
    assert _tables(_driver(empty_postgres_database)) == set()


def test_a_failure_of_the_server_is_said_without_its_words(
    source, empty_postgres_database, capsys, monkeypatch
):
    """The driver's message may quote a row: the copy says which table it was copying
    and what kind of failure it was, never the message."""
    from sqlalchemy.exc import OperationalError

    import deskapp.dbcopy.copy as copying
    from deskapp.cli import main

    def broken(write, table, rows, keys, target):
        if table.name == "person":
            raise OperationalError("INSERT", {}, Exception("row (Mario, Rossi, HIV) failed"))
        return written(write, table, rows, keys, target)

    written = copying._write_chunk
    monkeypatch.setattr(copying, "_write_chunk", broken)
    argv = ["--db", str(source), "--operator", ADMIN, "db", "copy", "--to"]
    assert main([*argv, empty_postgres_database]) != 0
    err = capsys.readouterr().err
    assert "Mario" not in err and "HIV" not in err
    assert "table person" in err and "Nothing was written" in err, err
    assert _tables(_driver(empty_postgres_database)) == set()


def test_what_fails_after_the_commit_is_a_warning_and_the_copy_stands(
    source, empty_postgres_database, capsys, monkeypatch
):
    """The copy is committed: a failure of the statistics or of the source's own note
    of it does not make it "nothing written"; it is said as a warning."""
    from sqlalchemy.exc import OperationalError

    import deskapp.dbcopy.copy as copying
    from deskapp.cli import main

    def closed(*args, **kwargs):
        raise OperationalError("ANALYZE", {}, Exception("server closed the connection"))

    monkeypatch.setattr(copying, "_analyse", closed)
    import deskapp.services.audit as audit

    monkeypatch.setattr(audit, "record_event", closed)
    argv = ["--db", str(source), "--operator", ADMIN, "db", "copy", "--to"]
    assert main([*argv, empty_postgres_database]) == 0
    captured = capsys.readouterr()
    assert "Nothing was written" not in captured.err + captured.out
    assert "rows in all" in captured.out
    assert "warning: the copy is made, but the server's statistics" in captured.err, captured.err
    assert "warning: the copy is made, but it could not be noted in the audit trail of" in (
        captured.err
    )
    assert "person" in _tables(_driver(empty_postgres_database))


def test_a_new_files_companions_are_written_before_it_takes_its_place(
    empty_postgres_database, source, tmp_path, monkeypatch
):
    """The register of erasures beside a new file is written before the file is put in
    place: if it cannot be, there is no file without its register."""
    import deskapp.services.erasure_register as register

    src, _ = open_database(source, migrate=False)
    try:
        copy_to_server(src, empty_postgres_database, resolve_actor(src, ADMIN))
    finally:
        src.dispose()

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(register, "record_erasure", full)
    server, _ = open_server_database(empty_postgres_database, migrate=False)
    new = tmp_path / "back" / "desk.sqlite"
    new.parent.mkdir()
    try:
        with pytest.raises(OSError):
            copy_to_file(server, new, resolve_actor(server, ADMIN))
    finally:
        server.dispose()
    assert sorted(p.name for p in new.parent.iterdir()) == []
