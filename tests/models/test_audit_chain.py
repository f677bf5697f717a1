"""The audit trail is append-only (the database refuses changes but blanking a detail
on erasure) and hash-chained (`db check` finds an event changed or removed by something
that got past SQLite, and a guard trigger dropped or rewritten)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic import command
from sqlalchemy import select

from deskapp.models import AuditEvent
from deskapp.models.audit_chain import GENESIS, legacy_event_digest
from deskapp.models.audit_guard import KEPT_COLUMNS, TRIGGERS
from deskapp.models.database import Database
from deskapp.models.migrate import _alembic_config, migrate_to, open_database
from deskapp.reports.dossier import person_dossier
from deskapp.reports.exports import export_table
from deskapp.services import gdpr, persons
from deskapp.services.backups import back_up_now
from deskapp.services.importing import import_persons
from deskapp.services.maintenance import check_database
from deskapp.services.search import search_persons
from tests.conftest import person_data


@pytest.fixture
def trail(db, db_path, coordinator, tmp_path):
    persons.create_person(db, coordinator, person_data())
    rows = [
        "family_name;given_name;employment_status;consent_legal_basis;consent_notice_version;sex;birth_date",
        *[f"Verdi{i};Anna;unemployed;public_task;2026-01;F;1980-01-{i + 1:02d}" for i in range(5)],
    ]
    source = tmp_path / "p.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_persons(db, coordinator, source)  # bulk-written events chain too
    persons.create_person(
        db,
        coordinator,
        person_data(
            codice_fiscale="",
            given_name="Lia",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    )
    return db_path


def _raw(path):
    return sqlite3.connect(path)


def test_the_chain_holds_across_services_and_imports(db, trail):
    report = check_database(db)
    assert report.ok, report.problems
    events = _raw(trail).execute("SELECT count(*) FROM audit_event").fetchone()[0]
    assert f"audit trail: {events} events, chain intact" in report.facts


def test_the_database_refuses_to_change_or_delete_events(trail):
    conn = _raw(trail)
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE audit_event SET fields = '' WHERE id = 2")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM audit_event WHERE id = 2")
    # REPLACE deletes without the DELETE trigger: refused before it can.
    row = conn.execute("SELECT * FROM audit_event WHERE id = 2").fetchone()
    marks = ", ".join("?" * len(row))
    with pytest.raises(sqlite3.IntegrityError, match="cannot be replaced"):
        conn.execute(f"INSERT OR REPLACE INTO audit_event VALUES ({marks})", row)


def test_tampering_past_the_triggers_is_found_and_located(db, trail):
    conn = _raw(trail)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET operator_id = NULL WHERE id = 4")
    conn.commit()
    report = check_database(db)
    assert not report.ok
    assert "the chain breaks at event 4 (an event was changed)" in report.problems[-1]

    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE id IN (3, 4)")
    conn.commit()
    report = check_database(db)
    assert "the chain breaks at event 5 (an event was removed before it)" in report.problems[-1]


def _event_with_detail(conn) -> int:
    return conn.execute("SELECT id FROM audit_event WHERE detail != '' ORDER BY id").fetchone()[0]


def test_blanking_a_detail_is_the_only_change_the_database_allows(db, trail):
    conn = _raw(trail)
    event = _event_with_detail(conn)
    other = {
        "id": "1000",
        "at": "'2020-01-01 00:00:00.000000'",
        "operator_id": "NULL",
        "entity": "'operator'",
        "entity_id": "99",
        "action": "'delete'",
        "fields": "'notes'",
        "detail_digest": "''",
        "prev_hash": "''",
        "hash": "''",
    }
    assert set(other) == set(KEPT_COLUMNS)
    for column, value in other.items():
        for detail in ("detail", "''"):  # alone, or along with blanking the detail
            with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
                conn.execute(
                    f"UPDATE audit_event SET {column} = {value}, detail = {detail} WHERE id = ?",
                    (event,),
                )
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE audit_event SET detail = 'other' WHERE id = ?", (event,))
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM audit_event WHERE detail = ''")

    conn.execute("UPDATE audit_event SET detail = '' WHERE id = ?", (event,))
    conn.commit()
    assert conn.execute("SELECT detail FROM audit_event WHERE id = ?", (event,)).fetchone() == ("",)
    report = check_database(db)
    assert report.ok, report.problems


def test_a_detail_changed_past_the_triggers_breaks_the_chain(db, trail):
    conn = _raw(trail)
    event = _event_with_detail(conn)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET detail = '6 persons' WHERE id = ?", (event,))
    conn.commit()
    report = check_database(db)
    assert f"the chain breaks at event {event} (an event was changed)" in report.problems[-1]


def test_the_triggers_spare_no_column_but_the_detail():
    assert {*KEPT_COLUMNS, "detail"} == set(AuditEvent.__table__.columns.keys())


def test_db_check_flags_a_trigger_dropped_altered_or_added(db, trail):
    conn = _raw(trail)
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event WHEN 0 "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"
    )
    conn.execute("CREATE TRIGGER tidy AFTER INSERT ON person BEGIN DELETE FROM audit_event; END")
    conn.commit()
    report = check_database(db)
    assert report.problems == [
        "the audit trail's append-only triggers are changed: audit_event_no_update",
        "the audit trail's append-only triggers are missing: audit_event_no_delete",
        "the audit trail's append-only triggers are unexpected: tidy",
    ]

    # Made again exactly as deskapp makes them (whatever the spacing), all is well.
    conn.execute("DROP TRIGGER tidy")
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("DROP TRIGGER audit_event_no_replace")
    for statement in TRIGGERS.values():
        conn.execute(statement.replace(" BEGIN ", "\n  BEGIN\n    ") + ";")
    conn.commit()
    report = check_database(db)
    assert report.ok, report.problems


def test_the_trail_names_no_file(db, db_path, admin, coordinator, trail, tmp_path):
    """Files are often named after people: the trail keeps counts, kinds and ids."""
    folder = tmp_path / "Rossi Mario"
    mario = search_persons(db, "Rossi")[0].id
    export_table(db, coordinator, "persons", folder / "elenco-Rossi.xlsx")
    person_dossier(db, coordinator, mario, folder / "dossier-Rossi.pdf")
    gdpr.subject_access(db, coordinator, mario, folder / "accesso-Rossi.json")
    back_up_now(db, admin, folder / "copia-Rossi.sqlite")
    source = folder / "Rossi.csv"
    source.write_text(
        "family_name;given_name;employment_status;consent_legal_basis;"
        "consent_notice_version;sex;birth_date\n"
        "Neri;Ada;unemployed;public_task;2026-01;F;1981-01-01\n",
        encoding="utf-8",
    )
    import_persons(db, coordinator, source)
    details = [d for (d,) in _raw(trail).execute("SELECT detail FROM audit_event")]
    assert "backup" in details and "1 persons" in details
    assert f"1 row (person {mario})" in details
    for detail in details:
        assert "Rossi" not in detail and "." not in detail and "/" not in detail, detail
    assert check_database(db).ok


def _legacy_database(path):
    """A database at revision 0010, its trail chained with that revision's recipe and
    holding the details older versions wrote."""
    old = Database.at_path(path)
    with old.engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0010")
    old.dispose()
    details = [
        ("export", "3 rows to dossier-Rossi.pdf (person 1)"),
        ("export", "1 rows to piano-Rossi.pdf (project 2)"),
        ("export", "40 rows to Rossi/ (batch)"),
        ("export", "12 rows to elenco Rossi.xlsx"),
        ("export", "backup to /media/Rossi/copia.sqlite"),
        ("update", "restored from Rossi.sqlite by Anna Bianchi"),
        ("update", "restored from copia di Rossi.sqlite"),
        ("import", "12 persons from Rossi.csv"),
        ("stage", "intake->idea"),
    ]
    conn = sqlite3.connect(path)
    previous = GENESIS
    for n, (action, detail) in enumerate(details):
        at = dt.datetime(2026, 11, 10, 9, n)
        digest = legacy_event_digest(previous, at, None, "x", n, action, "", detail)
        conn.execute(
            "INSERT INTO audit_event (at, operator_id, entity, entity_id, action, fields, "
            "detail, prev_hash, hash) VALUES (?, NULL, 'x', ?, ?, '', ?, ?, ?)",
            (at.isoformat(sep=" ", timespec="microseconds"), n, action, detail, previous, digest),
        )
        previous = digest
    conn.commit()
    conn.close()


def test_migration_0011_takes_the_file_names_out_and_chains_the_trail_again(tmp_path):
    path = tmp_path / "old.sqlite"
    _legacy_database(path)
    db, _ = open_database(path)
    try:
        report = check_database(db)
        assert report.ok, report.problems
        assert "audit trail: 9 events, chain intact" in report.facts
        with db.read() as s:
            details = list(s.scalars(select(AuditEvent.detail).order_by(AuditEvent.id)))
    finally:
        db.dispose()
    assert details == [
        "3 rows (person 1)",
        "1 rows (project 2)",
        "40 rows (batch)",
        "12 rows",
        "backup",
        "restored from a backup by Anna Bianchi",
        "restored from a backup",
        "12 persons",
        "intake->idea",
    ]
    assert b"Rossi" not in path.read_bytes()


def test_migration_0011_keeps_a_break_where_it_was(tmp_path):
    path = tmp_path / "old.sqlite"
    _legacy_database(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET entity_id = 40 WHERE id = 4")
    conn.commit()
    conn.close()
    db, _ = open_database(path)
    try:
        report = check_database(db)
    finally:
        db.dispose()
    assert report.problems == [
        "audit trail: the chain breaks at event 4 (an event was changed); restore the last "
        "good backup and compare the two trails"
    ]


def test_migration_0011_goes_back_to_the_old_recipe(db, trail):
    db.dispose()
    migrate_to(db, "0010", down=True)
    conn = _raw(trail)
    previous = GENESIS
    rows = conn.execute(
        "SELECT at, operator_id, entity, entity_id, action, fields, detail, prev_hash, hash "
        "FROM audit_event ORDER BY id"
    ).fetchall()
    assert rows
    for at, operator_id, entity, entity_id, action, fields, detail, prev, digest in rows:
        when = dt.datetime.fromisoformat(at)
        expected = legacy_event_digest(
            previous, when, operator_id, entity, entity_id, action, fields, detail
        )
        assert (prev, digest) == (previous, expected)
        previous = digest
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE audit_event SET detail = '' WHERE id = 1")
