"""Encryption at rest (SQLCipher): an encrypted file shows nothing of what it holds,
opens only with its key (a missing or wrong key said in words, the file untouched), and
its backups stay encrypted."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from deskapp.models.migrate import open_database
from deskapp.models.sqlite_files import (
    KeyNeededError,
    WrongKeyError,
    connect_file,
    encrypt_file,
    is_encrypted,
)
from deskapp.services import backups, persons
from deskapp.services.maintenance import backup_database, check_database
from deskapp.services.organisation import initialise
from tests.conftest import MARIO_CF, person_data

KEY = "il faro di Genova 1128"
DESK = {"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"}


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def secret(tmp_path):
    """An encrypted database with one person, closed again."""
    path = tmp_path / "secret.sqlite"
    db, _ = open_database(path, key=KEY)
    admin = initialise(db, DESK, {"name": "Anna Bianchi"})
    persons.create_person(db, admin, person_data())
    db.checkpoint()
    db.dispose()
    return path


def test_the_file_holds_no_readable_byte_of_the_person(secret):
    assert is_encrypted(secret)
    data = secret.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    for word in (b"Rossi", MARIO_CF.encode(), b"person", b"CREATE TABLE"):
        assert word not in data
    db, _ = open_database(secret, key=KEY)
    assert persons.get_person(db, 1).codice_fiscale == MARIO_CF
    assert check_database(db).ok
    db.dispose()


def test_a_missing_or_wrong_key_is_refused_and_the_file_untouched(secret):
    before = _digest(secret)
    with pytest.raises(KeyNeededError, match="is encrypted"):
        open_database(secret)
    with pytest.raises(WrongKeyError, match="The key does not open"):
        open_database(secret, key="il faro di Genova 1129")
    assert _digest(secret) == before
    assert not secret.with_name(secret.name + "-wal").exists()


def test_backups_of_an_encrypted_database_stay_encrypted(secret, tmp_path):
    db, _ = open_database(secret, key=KEY)
    copy = backup_database(db, tmp_path / "copy.sqlite")
    db.dispose()
    assert is_encrypted(copy) and b"Rossi" not in copy.read_bytes()
    assert backups.verify_backup(copy, KEY)
    with pytest.raises(WrongKeyError):
        backups.verify_backup(copy, "not the key at all")
    # Restored, it opens with the same key and holds the person.
    aside = backups.restore_database(secret, copy, key=KEY).aside
    assert is_encrypted(aside) and is_encrypted(secret)
    db, _ = open_database(secret, key=KEY)
    assert persons.get_person(db, 1).family_name == "Rossi"
    db.dispose()


def test_a_plain_database_is_encrypted_whole(db, db_path, admin, tmp_path):
    persons.create_person(db, admin, person_data())
    db.checkpoint()
    target = tmp_path / "encrypted.sqlite"
    encrypt_file(db_path, target, KEY)
    assert is_encrypted(target) and b"Rossi" not in target.read_bytes()
    encrypted, result = open_database(target, key=KEY)
    assert result is not None and not result.changed  # the schema came along
    report = check_database(encrypted)  # search index, triggers, audit chain included
    assert report.ok, report.problems
    assert persons.get_person(encrypted, 1).codice_fiscale == MARIO_CF
    encrypted.dispose()
    conn = connect_file(target, KEY, read_only=True)
    triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
    conn.close()
    assert triggers[0] > 0


def test_a_short_key_is_refused(db_path, db, tmp_path):
    from deskapp.errors import DeskappError

    with pytest.raises(DeskappError, match="at least 12"):
        encrypt_file(db_path, tmp_path / "e.sqlite", "short")
    assert not (tmp_path / "e.sqlite").exists()


def test_command_line_encrypts_and_needs_the_key(db, db_path, admin, monkeypatch):
    from deskapp.services.accounts import set_password
    from deskapp.services.demo import DEMO_PASSWORD

    persons.create_person(db, admin, person_data())
    # The command line acts only for an account with a password (DESKAPP_PASSWORD).
    set_password(db, admin, admin.operator_id, DEMO_PASSWORD)
    db.dispose()

    def deskapp(*args, key=None):
        env = {k: v for k, v in __import__("os").environ.items() if k != "DESKAPP_KEY"}
        if key is not None:
            env["DESKAPP_KEY"] = key
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "deskapp",
                "--db",
                str(db_path),
                "--operator",
                "Anna Bianchi",
                *args,
            ],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
        )

    done = deskapp("db", "encrypt", key=KEY)
    assert done.returncode == 0, done.stderr
    assert "still plain" in done.stdout  # old copies are named, not forgotten
    assert is_encrypted(db_path) and b"Rossi" not in db_path.read_bytes()
    refused = deskapp("db", "check")
    assert refused.returncode != 0 and "give its key in DESKAPP_KEY" in refused.stderr
    wrong = deskapp("db", "check", key="a wrong key, twelve+")
    assert wrong.returncode != 0 and "The key does not open" in wrong.stderr
    ok = deskapp("db", "check", key=KEY)
    assert ok.returncode == 0 and ok.stdout.strip().endswith("ok"), ok.stderr
    again = deskapp("db", "encrypt", key=KEY)
    assert again.returncode != 0 and "encrypted already" in again.stderr


@pytest.mark.parametrize(
    "key", ['l\'antenna "Genova" è ok', "perché: %40@/?#&=+ ;-- ", "ключ ключ ключ 1"]
)
def test_any_key_opens_the_same_way_in_every_path(tmp_path, key):
    """The engine (the key as the URL's password) and the files opened beside it (the
    key in a PRAGMA) must agree on quotes, spaces and letters of any alphabet."""
    path = tmp_path / "x.sqlite"
    db, _ = open_database(path, key=key)
    copy = backup_database(db, tmp_path / "copy.sqlite")
    db.dispose()
    assert backups.verify_backup(copy, key)
    again, _ = open_database(path, key=key)
    assert check_database(again).ok
    again.dispose()


def test_a_database_open_elsewhere_is_not_replaced(db, db_path, admin):
    """A deskapp still running on the file would go on writing into the old one."""
    from deskapp.models.sqlite_files import DatabaseInUseError, ensure_alone

    with db.read():
        pass  # the window's connection, kept open by the pool
    before = _digest(db_path)
    with pytest.raises(DatabaseInUseError, match="open in another deskapp"):
        ensure_alone(db_path, None)
    assert _digest(db_path) == before
    db.dispose()
    ensure_alone(db_path, None)  # closed there: it may go on


def test_a_plain_backup_put_back_over_an_encrypted_database_stays_encrypted(
    db, db_path, admin, tmp_path
):
    """A backup from before the encryption, restored: the data must not come back plain.
    It is encrypted with the database's key on the way in; without that key, or with a
    key that does not open the database, it is refused and nothing changes."""
    from deskapp.models.sqlite_files import KeyNeededError
    from deskapp.services.backups import PlainOverEncryptedError

    persons.create_person(db, admin, person_data())
    plain_backup = backup_database(db, tmp_path / "before-encryption.sqlite")
    db.dispose()
    encrypted = tmp_path / "desk.sqlite"
    encrypt_file(db_path, encrypted, KEY)
    before = _digest(encrypted)

    with pytest.raises(KeyNeededError, match="is encrypted and the backup"):
        backups.restore_database(encrypted, plain_backup)
    with pytest.raises(PlainOverEncryptedError, match="not put back unencrypted"):
        backups.restore_database(encrypted, plain_backup, key="il faro di Genova 1129")
    assert _digest(encrypted) == before
    assert not list(tmp_path.glob("desk.before-restore-*"))

    done = backups.restore_database(encrypted, plain_backup, key=KEY)
    assert done.encrypted and done.encrypted_here
    assert "encrypted with the database's key" in done.encryption_note
    assert is_encrypted(encrypted) and b"Rossi" not in encrypted.read_bytes()
    assert is_encrypted(done.aside)
    again, _ = open_database(encrypted, key=KEY)
    assert persons.get_person(again, 1).codice_fiscale == MARIO_CF
    assert check_database(again).ok
    again.dispose()


def test_a_damaged_plain_file_is_not_taken_for_an_encrypted_one(db, db_path, admin, secret):
    """Its first bytes damaged, a plain database looks like an encrypted one at a glance;
    asking for a key it never had would send the administrator the wrong way."""
    persons.create_person(db, admin, person_data())
    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[:100] = bytes(range(100))
    db_path.write_bytes(bytes(data))
    assert not is_encrypted(db_path)
    assert is_encrypted(secret)


def test_an_encrypted_file_gives_the_report_two_readers_of_one_moment(secret):
    # The coordinator report reads on two connections (two cores): each opens the file
    # with the key, and both see the one person.
    from sqlalchemy import func, select

    from deskapp.models import Person

    db, _ = open_database(secret, key=KEY)
    try:
        with db.read_together() as (first, second):
            assert first is not second
            counts = [s.scalar(select(func.count()).select_from(Person)) for s in (first, second)]
        assert counts == [1, 1]
    finally:
        db.dispose()
