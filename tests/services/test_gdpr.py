"""The right of access and the right to erasure, checked as a data-protection officer
would: what the export contains, and what is left in the database file's bytes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from deskapp.errors import PermissionDeniedError
from deskapp.services import activities, gdpr, persons, projects
from deskapp.services.indicators import Scope, coordinator_indicators
from deskapp.services.maintenance import check_database
from tests.conftest import MARIO_CF, person_data


@pytest.fixture
def mario(db, operator):
    pid = persons.create_person(
        db, operator, person_data(notes="Ha lavorato vent'anni in fonderia Zanardelli")
    ).id
    persons.add_skill(db, operator, pid, {"description": "Saldatore TIG", "years_experience": 20})
    persons.add_needs_assessment(
        db,
        operator,
        pid,
        {
            "assessed_on": "12/11/2026",
            "note": "Segue la moglie Giuseppina Zanardelli",
            "needs": [{"kind": "enterprise_idea", "note": "officina di Zanardelli"}],
        },
    )
    activities.log_activity(
        db,
        operator,
        {
            "kind": "interview",
            "occurred_at": dt.datetime(2026, 11, 10, 9, 30),
            "duration_minutes": 45,
            "person_id": pid,
            "notes": "Colloquio con Zanardelli",
        },
    )
    project = projects.create_project(db, operator, {"title": "Officine Riunite", "kind": "wbo"})
    projects.add_member(
        db,
        operator,
        project,
        {"person_id": pid, "role": "worker_member", "capital_pledged": "5000"},
    )
    return pid


def test_subject_access_holds_everything_about_the_person(db, operator, mario, tmp_path):
    path = gdpr.subject_access(db, operator, mario, tmp_path / "accesso.json")
    data = json.loads(path.read_text("utf-8"))
    assert data["person"]["codice_fiscale"] == MARIO_CF
    assert data["consents"][0]["legal_basis"] == "public_task"
    assert data["skills"][0]["description"] == "Saldatore TIG"
    assert data["needs_assessments"][0]["needs"][0]["kind"] == "enterprise_idea"
    assert data["activities"][0]["notes"] == "Colloquio con Zanardelli"
    assert data["projects"][0]["project_title"] == "Officine Riunite"
    assert {e["entity"] for e in data["audit_trail"]} >= {"person", "skill"}
    # The trail names fields, never values.
    assert MARIO_CF not in json.dumps(data["audit_trail"])


def test_erasure_keeps_the_anonymous_facts_and_leaves_no_bytes(db, db_path, admin, operator, mario):
    before = coordinator_indicators(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Scope())
    with pytest.raises(PermissionDeniedError):
        gdpr.erase_person(db, operator, mario)  # an operator may not

    result = gdpr.erase_person(db, admin, mario, today=dt.date(2026, 11, 22))
    assert "codice_fiscale" in result.erased_fields and result.notes_cleared == 3
    person = persons.get_person(db, mario)
    assert (person.family_name, person.codice_fiscale, person.phone) == ("", None, "")
    assert person.sex.value == "M" and person.birth_date == dt.date(1980, 7, 1)
    assert person.anonymised_on == dt.date(2026, 11, 22)

    # The coordinator's figures are unchanged: the person still counts, anonymously.
    after = coordinator_indicators(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31), Scope())
    assert after.participants == before.participants
    assert [t.rows for t in after.tables] == [t.rows for t in before.tables]

    # Not in the file, nor in the WAL: not the codice fiscale, the name or the notes.
    db.dispose()
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for secret in (MARIO_CF, "Zanardelli", "mario.rossi@example.it", "+393207249175"):
        assert secret.encode() not in raw, secret
    assert check_database(db).ok


def test_an_anonymised_record_is_closed(db, admin, operator, mario):
    gdpr.erase_person(db, admin, mario)
    person = persons.get_person(db, mario)
    with pytest.raises(PermissionDeniedError) as caught:
        persons.update_person(db, operator, mario, person.version, persons.person_as_input(person))
    assert "anonymised" in caught.value.message
    with pytest.raises(gdpr.AlreadyAnonymised):
        gdpr.erase_person(db, admin, mario)
