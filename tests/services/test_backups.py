"""Automatic backups and their rotation, restoring one, and the free-space check."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from deskapp.errors import DeskappError
from deskapp.models import Person
from deskapp.services import backups, persons
from deskapp.services.disk_space import NotEnoughSpace, ensure_free_space
from deskapp.services.importing import import_persons
from tests.conftest import person_data

NOW = dt.datetime(2026, 11, 22, 10, 0, 0)


def test_a_backup_is_made_when_due_and_checked(db, db_path, operator, tmp_path):
    folder = tmp_path / "backups"
    persons.create_person(db, operator, person_data())
    first = backups.automatic_backup(db, folder, NOW)
    assert first is not None and first.name == "deskapp-20261122-100000.sqlite"
    assert backups.verify_backup(first)  # a deskapp database, intact
    assert backups.automatic_backup(db, folder, NOW + dt.timedelta(hours=23)) is None
    assert backups.automatic_backup(db, folder, NOW + dt.timedelta(hours=24)) is not None
    copy = sqlite3.connect(first)
    assert copy.execute("SELECT family_name FROM person").fetchall() == [("Rossi",)]
    copy.close()


def test_rotation_keeps_seven_days_four_weeks_twelve_months(tmp_path):
    database = tmp_path / "deskapp.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    # A backup every day for 400 days.
    for days in range(400):
        taken = NOW - dt.timedelta(days=days)
        (folder / f"deskapp-{taken:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"")
    backups.rotate(folder, database, NOW)
    kept = [b.taken.date() for b in backups.list_backups(folder, database)]
    assert kept[:7] == [(NOW - dt.timedelta(days=d)).date() for d in range(7)]
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12  # the newest of each of the last twelve months
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) >= dt.date(2025, 12, 1)
    # Another database's copies in the same folder are not touched.
    (folder / "altro-20200101-000000.sqlite").write_bytes(b"")
    backups.rotate(folder, database, NOW)
    assert (folder / "altro-20200101-000000.sqlite").exists()


def test_restore_checks_the_copy_and_keeps_the_current_file(db, db_path, operator, tmp_path):
    persons.create_person(db, operator, person_data())
    copy = backups.automatic_backup(db, tmp_path / "b", NOW)
    assert copy is not None
    persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Lia",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    )
    db.dispose()
    aside = backups.restore_database(db_path, copy, NOW).aside
    restored = sqlite3.connect(db_path)
    assert restored.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    restored.close()
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    kept.close()


def test_a_damaged_or_foreign_file_is_refused_before_anything_changes(db_path, db, tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(db_path.read_bytes()[:4096] + b"\x00" * 8192)
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    before = db_path.read_bytes()
    for bad in (damaged, foreign, tmp_path / "missing.sqlite"):
        with pytest.raises(DeskappError):
            backups.restore_database(db_path, bad, NOW)
    assert db_path.read_bytes() == before


def test_free_space_is_checked_with_a_clear_message(tmp_path, db, operator):
    with pytest.raises(NotEnoughSpace) as caught:
        ensure_free_space(tmp_path, 10 * 1024 * 1024, free=lambda _p: 20 * 1024 * 1024)
    assert "20 MB free, about 60 MB needed" in caught.value.message
    ensure_free_space(tmp_path, 1024, free=lambda _p: 100 * 1024 * 1024)


def test_an_import_too_big_for_the_disk_writes_nothing(db, coordinator, tmp_path, monkeypatch):
    source = tmp_path / "p.csv"
    source.write_text(
        "family_name;given_name;employment_status;consent_legal_basis;consent_notice_version;"
        "sex;birth_date\nVerdi;Anna;unemployed;public_task;2026-01;F;1980-01-01\n",
        "utf-8",
    )
    monkeypatch.setattr(
        "deskapp.services.disk_space.shutil.disk_usage", lambda _p: type("U", (), {"free": 1024})()
    )
    with pytest.raises(NotEnoughSpace):
        import_persons(db, coordinator, source)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_restore_over_a_damaged_or_missing_file(db, db_path, operator, tmp_path):
    """The way back when the database is lost: a damaged file is kept aside as its bytes
    are (it may be rescued), a missing one has nothing to keep; the restored file is
    anchored at its own head, the replaced file's anchor goes aside with it."""
    from deskapp.models.audit_anchor import anchor_path, read_anchor
    from deskapp.services.maintenance import check_database

    persons.create_person(db, operator, person_data())
    copy = backups.automatic_backup(db, tmp_path / "b", NOW)
    persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Lia",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    )
    db.dispose()
    anchored = read_anchor(anchor_path(db_path))
    damaged = b"\x13" * 100 + db_path.read_bytes()[100:]
    db_path.write_bytes(damaged)

    done = backups.restore_database(db_path, copy, NOW)

    assert done.aside is not None and done.aside.read_bytes() == damaged
    assert read_anchor(anchor_path(done.aside)) == anchored
    assert not done.encrypted and "not encrypted" in done.encryption_note
    restored = sqlite3.connect(db_path)
    assert restored.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    restored.close()
    assert check_database(db).ok

    db.dispose()
    for companion in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + companion).unlink(missing_ok=True)
    done = backups.restore_database(db_path, copy, NOW + dt.timedelta(seconds=1))
    assert done.aside is None
    restored = sqlite3.connect(db_path)
    assert restored.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    restored.close()
