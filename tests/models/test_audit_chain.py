"""The audit trail is append-only (the database refuses changes) and hash-chained
(`db check` finds an event changed or removed by something that got past SQLite)."""

from __future__ import annotations

import sqlite3

import pytest

from deskapp.services import persons
from deskapp.services.importing import import_persons
from deskapp.services.maintenance import check_database
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


def test_tampering_past_the_triggers_is_found_and_located(db, trail):
    conn = _raw(trail)
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET operator_id = NULL WHERE id = 4")
    conn.commit()
    report = check_database(db)
    assert not report.ok
    assert "the chain breaks at event 4 (an event was changed)" in report.problems[0]

    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute("DELETE FROM audit_event WHERE id IN (3, 4)")
    conn.commit()
    report = check_database(db)
    assert "the chain breaks at event 5 (an event was removed before it)" in report.problems[0]
