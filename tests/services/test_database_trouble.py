"""A database kept locked by another program, and a disk that fills mid-write: both are
said in words, nothing of the refused write is kept, and nothing saved before is lost."""

from __future__ import annotations

import sqlite3

import pytest

from deskapp.errors import DatabaseBusyError, DiskFullError
from deskapp.models import database as database_module
from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.services import persons
from deskapp.services.maintenance import check_database
from deskapp.services.organisation import initialise
from tests.conftest import person_data

DESK = {"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"}


def _someone(n: int) -> dict[str, object]:
    return person_data(
        codice_fiscale="",
        family_name=f"Cognome{n:05d}",
        given_name="Nome",
        sex="F",
        birth_date="1985-05-05",
        phone="",
        email="",
        notes="x" * 400,  # rows big enough to fill a small disk quickly
    )


def test_a_database_locked_by_another_program_is_said_in_words(db_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    db = Database.at_path(db_path)
    upgrade_database(db)
    admin = initialise(db, DESK, {"name": "Anna Bianchi"})
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseBusyError, match="another program has been writing"):
            persons.create_person(db, admin, person_data())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert persons.count_persons(db) == 0
    persons.create_person(db, admin, person_data())  # free again: the save goes through
    assert persons.count_persons(db) == 1
    db.dispose()


def test_a_full_disk_loses_nothing_that_was_saved(small_disk):
    path = small_disk / "deskapp.sqlite"
    db = Database.at_path(path)
    upgrade_database(db)
    admin = initialise(db, DESK, {"name": "Anna Bianchi"})
    saved: list[int] = []
    with pytest.raises(DiskFullError, match="The disk is full"):
        for n in range(20_000):
            saved.append(persons.create_person(db, admin, _someone(n)).id)
    assert len(saved) > 100, "the disk filled before the test began"
    # Every acknowledged save is there and whole; the refused one left nothing.
    assert persons.count_persons(db) == len(saved)
    last = persons.get_person(db, saved[-1])
    assert last.family_name == f"Cognome{len(saved) - 1:05d}" and len(last.notes) == 400
    db.dispose()
    # Space freed (here: the file copied to a bigger disk), it checks out whole.
    roomy = small_disk.parent / "after.sqlite"
    source = sqlite3.connect(path)
    target = sqlite3.connect(roomy)
    source.backup(target)
    source.close()
    target.close()
    again = Database.at_path(roomy)
    report = check_database(again)
    assert report.ok, report.problems
    again.dispose()
    print(f"disk full after {len(saved)} people; all {len(saved)} kept, integrity ok")
