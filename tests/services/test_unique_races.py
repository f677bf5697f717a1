"""Two desks saving the same codice fiscale at the same moment, on both engines.

On a server both look it up, find nobody, and write: the unique constraint refuses the
second. These tests make the look-up miss (as it does in that race) and check that the
constraint's refusal reaches the operator in the same words as the look-up's, and that
nothing of the refused save was written. The race itself, with real processes, is
tests/services/test_pg_concurrency.py.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.errors import DuplicatePersonError
from deskapp.models import AuditEvent, Person
from deskapp.models.sql.sequences import catch_up_ids, reserve_ids
from deskapp.services import importing, persons
from deskapp.services.importing import RegisteredMeanwhile, import_persons
from tests.conftest import MARIO_CF, MARIO_NIR, person_data

pytestmark = pytest.mark.both_engines


def _counts(db):  # noqa: ANN001, ANN202
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)),
            s.scalar(select(func.count()).select_from(AuditEvent)),
        )


@pytest.fixture
def lookup_misses(monkeypatch):
    """The look-up before the write finds nobody (another desk's save is not committed
    yet); the look-up after the constraint's refusal finds them."""
    real = persons._refuse_taken
    state = {"writing": True}

    def late(s, column, code, own_id, origin=""):  # noqa: ANN001, ANN202
        if state["writing"]:
            return None
        return real(s, column, code, own_id, origin)

    monkeypatch.setattr(persons, "_refuse_taken", late)
    real_after = persons._refuse_after_race

    def after(*args):  # noqa: ANN002, ANN202
        state["writing"] = False
        try:
            return real_after(*args)
        finally:
            state["writing"] = True

    monkeypatch.setattr(persons, "_refuse_after_race", after)


@pytest.mark.parametrize("column", ["codice_fiscale", "nir"])
def test_the_constraint_refuses_the_second_in_the_look_ups_words(db, admin, column, request):
    first = persons.create_person(db, admin, person_data(nir=MARIO_NIR)).id
    before = _counts(db)
    request.getfixturevalue("lookup_misses")
    other = person_data(
        codice_fiscale=MARIO_CF if column == "codice_fiscale" else "",
        nir=MARIO_NIR if column == "nir" else "",
        sex="M",
        birth_date="1980-04-03",
    )
    with pytest.raises(DuplicatePersonError) as refused:
        persons.create_person(db, admin, other)
    assert refused.value.existing_person_id == first
    error = refused.value.errors[0]
    assert error.field == column
    assert "already belongs to Rossi Mario (person no. 1)" in error.message
    assert _counts(db) == before  # nothing of the refused save


def test_an_edit_that_takes_a_code_meanwhile_is_refused_too(db, admin, lookup_misses):
    persons.create_person(db, admin, person_data())
    other = persons.create_person(
        db,
        admin,
        person_data(given_name="Maria", sex="F", codice_fiscale="", birth_date="1981-05-06"),
    )
    data = persons.person_as_input(persons.get_person(db, other.id))
    data["codice_fiscale"] = MARIO_CF
    data["given_name"], data["sex"], data["birth_date"] = "Mario", "M", "1980-04-03"
    with pytest.raises(DuplicatePersonError) as refused:
        persons.update_person(db, admin, other.id, other.version, data)
    assert refused.value.existing_person_id == 1
    assert persons.get_person(db, other.id).codice_fiscale is None


def test_an_import_overtaken_by_a_desk_imports_nothing_and_says_so(
    db, admin, tmp_path, monkeypatch
):
    persons.create_person(db, admin, person_data())
    before = _counts(db)
    # The file's codes were looked up before the desk's save committed.
    monkeypatch.setattr(importing, "_codes_already_registered", lambda *a, **k: [])
    path = tmp_path / "people.csv"
    path.write_text(
        "family_name;given_name;employment_status;codice_fiscale;consent_legal_basis;"
        "consent_notice_version\n"
        f"Rossi;Mario;unemployed;{MARIO_CF};public_task;2026-01\n",
        encoding="utf-8",
    )
    with pytest.raises(RegisteredMeanwhile) as refused:
        import_persons(db, admin, path)
    assert "nothing of the file was imported" in refused.value.message
    assert MARIO_CF not in refused.value.message
    assert _counts(db) == before


def test_reserved_ids_are_never_taken_by_an_ordinary_save(db, admin):
    persons.create_person(db, admin, person_data())  # no. 1
    with db.write() as s:
        first = list(reserve_ids(s.connection(), "person", 3))
    with db.write() as s:
        second = list(reserve_ids(s.connection(), "person", 2))
    saved = persons.create_person(
        db, admin, person_data(codice_fiscale="", sex="F", birth_date="1980-01-01")
    ).id
    if db.is_postgresql:
        # Drawn from the sequence: never handed out twice, written or not.
        assert len(set(first + second + [saved])) == 6
        assert first == sorted(first) and min(second) > max(first) and saved > max(second)
    else:
        # SQLite: the ids after the largest, for the writer holding the file.
        assert first == [2, 3, 4] and second == [2, 3] and saved == 2


def test_catching_up_never_moves_the_sequence_back(db, admin):
    for i in range(3):
        persons.create_person(
            db,
            admin,
            person_data(codice_fiscale="", given_name=f"Anna{i}", sex="F", birth_date="1980-01-01"),
        )
    with db.write() as s:
        ahead = list(reserve_ids(s.connection(), "person", 5))  # drawn, never written
        catch_up_ids(s.connection(), "person")
    saved = persons.create_person(
        db,
        admin,
        person_data(codice_fiscale="", given_name="Nuova", sex="F", birth_date="1980-01-01"),
    ).id
    if db.is_postgresql:
        assert saved > max(ahead)
    else:
        assert saved == 4  # SQLite: the largest written id, plus one
