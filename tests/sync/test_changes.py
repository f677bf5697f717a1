"""The change log: written in the transaction of each change, whatever the path."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.models import Person, Skill
from deskapp.models.sync import ChangeLog
from deskapp.services.gdpr import erase_person
from deskapp.services.persons import add_skill, create_person, update_person
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _log(db):
    with db.read() as s:
        return [(c.entity, c.op) for c in s.scalars(select(ChangeLog).order_by(ChangeLog.seq))]


def _gid(db, model, row_id):
    with db.read() as s:
        return s.get(model, row_id).gid


def test_every_new_record_gets_a_global_id_and_the_log_says_so(db, admin):
    person = create_person(db, admin, person_data())
    gid = _gid(db, Person, person.id)
    assert len(gid) == 36 and gid[14] == "7"  # a UUIDv7
    with db.read() as s:
        logged = s.scalars(select(ChangeLog).where(ChangeLog.gid == gid)).all()
        origin = s.get(Person, person.id).origin
    assert [(c.entity, c.op) for c in logged] == [("person", "upsert")]
    assert origin == ""  # made here
    # The desk and the administrator of initialise, the consent with the person.
    assert {e for e, _ in _log(db)} >= {"desk", "operator", "person", "consent"}


def test_an_edit_a_skill_and_an_erasure_are_logged_in_order(db, admin):
    person = create_person(db, admin, person_data())
    before = len(_log(db))
    with db.read() as s:
        version = s.get(Person, person.id).version
    edited = person_data(phone="320 111 2233")
    del edited["consent"]
    update_person(db, admin, person.id, version, edited)
    skill = add_skill(db, admin, person.id, {"description": "Saldatore"})
    erase_person(db, admin, person.id)
    log = _log(db)[before:]
    assert log[0] == ("person", "upsert")
    assert log[1] == ("skill", "upsert")
    assert ("person", "erase") in log
    # The erasure removes the skills by SQL of its own: the coordinator removes them on
    # the erasure marker (deskapp.sync.apply), no log entry needed.
    with db.read() as s:
        assert s.get(Skill, skill) is None


def test_a_failed_change_leaves_no_log(db, admin):
    create_person(db, admin, person_data())
    before = _log(db)
    with pytest.raises(Exception):  # noqa: B017 - the same codice fiscale: refused
        create_person(db, admin, person_data(given_name="Marco"))
    assert _log(db) == before


def test_an_update_statement_is_logged_for_the_rows_it_touches(db, admin):
    from sqlalchemy import update

    first = create_person(db, admin, person_data())
    create_person(
        db,
        admin,
        person_data(codice_fiscale="", given_name="Marco", sex="M", birth_date="01/02/1970"),
    )
    before = len(_log(db))
    with db.write() as s:
        s.execute(update(Person).where(Person.id == first.id).values(notes="x"))
    assert _log(db)[before:] == [("person", "upsert")]
