"""Bundles from desks to a coordinator: export, verify, apply, idempotent, in order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from deskapp.models import Activity, Person
from deskapp.models.sync import SyncConflict
from deskapp.services.persons import create_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import export_bundle
from tests.conftest import MARIO_CF, person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


@pytest.fixture
def genova(tmp_path):
    db, actor = new_desk(tmp_path, "Antenna Genova")
    yield db, actor
    db.dispose()


def _count(db, model):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_first_bundle_brings_everything_and_twice_changes_nothing(db, admin, genova, tmp_path):
    desk, desk_admin = genova
    create_person(desk, desk_admin, person_data())
    trust(db, admin, desk, "Genova")
    made = export_bundle(desk, desk_admin, tmp_path / "b1.deskbundle")
    assert made.number == 1 and made.records >= 4  # desk, admin, person, consent

    [first] = import_bundle(db, admin, made.path)
    assert first.state == "applied"
    with db.read() as s:
        person = s.scalar(select(Person).where(Person.codice_fiscale == MARIO_CF))
        assert person.family_name == "Rossi" and person.origin != ""
    before = _count(db, Person)
    [again] = import_bundle(db, admin, made.path)
    assert again.state == "already"
    assert _count(db, Person) == before


def test_bundles_out_of_order_are_held_then_applied(db, admin, genova, tmp_path):
    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    create_person(desk, desk_admin, person_data())
    b1 = export_bundle(desk, desk_admin, tmp_path / "b1").path
    create_person(
        desk,
        desk_admin,
        person_data(codice_fiscale="", given_name="Anna", sex="F", birth_date="02/03/1975"),
    )
    b2 = export_bundle(desk, desk_admin, tmp_path / "b2").path
    [held] = import_bundle(db, admin, b2)
    assert held.state == "held" and held.waiting_for == [1]
    assert _count(db, Person) == 0  # nothing applied while bundle 1 is missing
    results = import_bundle(db, admin, b1)
    assert [r.state for r in results] == ["applied", "applied"]
    assert [r.number for r in results] == [1, 2]
    with db.read() as s:
        names = sorted(s.scalars(select(Person.given_name)))
    assert names == ["Anna", "Mario"]


def test_a_field_changed_on_both_sides_is_an_open_conflict(db, admin, genova, tmp_path):
    from sqlalchemy import update

    from deskapp.services.persons import update_person

    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    saved = create_person(desk, desk_admin, person_data())
    import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b1").path)
    # Here: the phone and the notes; at the desk: the phone and the e-mail.
    with db.write() as s:
        s.execute(
            update(Person)
            .where(Person.codice_fiscale == MARIO_CF)
            .values(phone="+390101111111", notes="seen at the coordinator's")
        )
    edited = person_data(phone="320 999 8877", email="mario@example.org")
    del edited["consent"]
    update_person(desk, desk_admin, saved.id, saved.version, edited)
    [r] = import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b2").path)
    assert r.conflicts == 1
    with db.read() as s:
        person = s.scalar(select(Person).where(Person.codice_fiscale == MARIO_CF))
        conflict = s.scalar(select(SyncConflict))
    assert person.email == "mario@example.org"  # changed at the desk only: merged
    assert person.notes == "seen at the coordinator's"  # changed here only: kept
    assert person.phone == "+390101111111"  # both: the value here stays...
    assert conflict.field == "phone" and conflict.state == "open"  # ...and a person decides
    assert "3209998877" in conflict.incoming_value


def test_an_activity_refers_to_its_person_by_gid(db, admin, genova, tmp_path):
    from deskapp.services.activities import log_activity

    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    saved = create_person(desk, desk_admin, person_data())
    log_activity(
        desk,
        desk_admin,
        {
            "kind": "interview",
            "occurred_at": dt.datetime(2026, 11, 10, 10),
            "person_id": saved.id,
            "duration_minutes": 45,
            "notes": "primo colloquio",
        },
    )
    import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b1").path)
    with db.read() as s:
        activity = s.scalar(select(Activity))
        person = s.get(Person, activity.person_id)
    assert person.family_name == "Rossi" and activity.notes == "primo colloquio"


def test_an_edit_here_through_the_registry_then_at_the_desk_is_an_open_conflict(
    db, admin, genova, tmp_path
):
    """The common version of a record edited here is kept from before the edit, even
    though a record taken in and never edited here keeps none."""
    from deskapp.services.persons import update_person

    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    saved = create_person(desk, desk_admin, person_data())
    import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b1").path)
    with db.read() as s:
        here = s.scalar(select(Person).where(Person.codice_fiscale == MARIO_CF))
    mine = person_data(phone="010 111 1111", previous_employer="Ilva")
    del mine["consent"]
    update_person(db, admin, here.id, here.version, mine)
    theirs = person_data(phone="320 999 8877", email="mario@example.org")
    del theirs["consent"]
    update_person(desk, desk_admin, saved.id, saved.version, theirs)
    [r] = import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b2").path)
    assert r.conflicts == 1
    with db.read() as s:
        person = s.scalar(select(Person).where(Person.codice_fiscale == MARIO_CF))
        conflict = s.scalar(select(SyncConflict))
    assert person.email == "mario@example.org"
    assert person.previous_employer == "Ilva"
    assert person.phone == "+390101111111"
    assert conflict.field == "phone" and "3209998877" in conflict.incoming_value


def test_a_value_removed_at_the_desk_is_removed_here(db, admin, genova, tmp_path):
    from deskapp.services.persons import update_person

    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    saved = create_person(desk, desk_admin, person_data())
    import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b1").path)
    edited = person_data(codice_fiscale="", sex="M", birth_date="01/01/1980")
    del edited["consent"]
    update_person(desk, desk_admin, saved.id, saved.version, edited)
    [r] = import_bundle(db, admin, export_bundle(desk, desk_admin, tmp_path / "b2").path)
    assert r.conflicts == 0
    with db.read() as s:
        tax_codes = s.scalars(select(Person.codice_fiscale).where(Person.family_name == "Rossi"))
        assert [code or "" for code in tax_codes] == [""]
