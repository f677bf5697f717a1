"""'deskapp db restore' is the way back when the database is lost: it must work when the
file is missing, empty or damaged beyond opening (the administrator then logs in
against the backup's own accounts), and it never leaves an encrypted database plain."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from deskapp.cli import main
from deskapp.models.sqlite_files import connect_file, is_encrypted

ADMIN = "Amministratore demo"
KEY = "il faro di Genova 1128"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """A demo database of 25 people and a backup of it; (database, backup)."""
    for name in ("DESKAPP_DB", "DESKAPP_OPERATOR", "DESKAPP_KEY"):
        monkeypatch.delenv(name, raising=False)
    database = tmp_path / "desk" / "deskapp.sqlite"
    assert main(["--db", str(database), "demo", "--persons", "25", "--seed", "3"]) == 0
    backup = tmp_path / "usb" / "copy.sqlite"
    assert (
        main(["--db", str(database), "--operator", ADMIN, "db", "backup", "-o", str(backup)]) == 0
    )
    return database, backup


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _persons(path, key=None):
    conn = connect_file(path, key, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def _missing(path):
    for companion in ("", "-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)


def _empty(path):
    _missing(path)
    path.write_bytes(b"")


def _damaged_header(path):
    _missing(path)  # the deskapp that wrote it is closed: nothing is left in a WAL
    data = bytearray(path.with_name("kept.sqlite").read_bytes())
    data[:100] = os.urandom(100)  # SQLite's header, page size and counters: garbage
    path.write_bytes(bytes(data))


def _truncated(path):
    _missing(path)
    data = path.with_name("kept.sqlite").read_bytes()
    path.write_bytes(data[: len(data) // 3])  # a copy cut short


@pytest.mark.parametrize(
    "damage", [_missing, _empty, _damaged_header, _truncated], ids=lambda f: f.__name__
)
def test_restore_brings_back_a_lost_or_damaged_database(desk, damage, capsys):
    database, backup = desk
    # The file as it was, before the damage.
    source = sqlite3.connect(database)
    kept = sqlite3.connect(database.with_name("kept.sqlite"))
    source.backup(kept)
    kept.close()
    source.close()
    damage(database)
    backup_before = _digest(backup)
    capsys.readouterr()

    code = main(["--db", str(database), "--operator", ADMIN, "db", "restore", str(backup), "--yes"])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err and "no such table" not in err
    assert "Restored" in out
    assert _persons(database) == 25
    # Logging in against the backup's accounts left the backup as it was taken.
    assert _digest(backup) == backup_before
    assert not backup.with_name(backup.name + "-wal").exists()
    # The restored database opens and checks out, its trail matching its new anchor.
    assert main(["--db", str(database), "db", "check"]) == 0, capsys.readouterr().err
    assert not list(database.parent.glob(".deskapp-*"))  # no scratch copy left behind


def test_restore_of_a_damaged_file_still_asks_for_an_administrator(desk, capsys):
    database, backup = desk
    database.write_bytes(b"")
    capsys.readouterr()
    code = main(
        ["--db", str(database), "--operator", "nobody", "db", "restore", str(backup), "--yes"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert database.read_bytes() == b""  # nothing was restored


def test_a_plain_backup_over_an_encrypted_database_is_encrypted(desk, capsys, monkeypatch):
    """An old plain backup put back must not silently undo the encryption: the restored
    copy is encrypted with the database's key, and the output says so."""
    database, backup = desk
    monkeypatch.setenv("DESKAPP_KEY", KEY)
    assert main(["--db", str(database), "--operator", ADMIN, "db", "encrypt"]) == 0
    assert is_encrypted(database) and not is_encrypted(backup)
    capsys.readouterr()

    code = main(["--db", str(database), "--operator", ADMIN, "db", "restore", str(backup), "--yes"])

    out, err = capsys.readouterr()
    assert code == 0, err
    assert "encrypted with the database's key" in out
    assert is_encrypted(database)
    assert _persons(database, KEY) == 25
    assert main(["--db", str(database), "db", "check"]) == 0


def test_a_plain_backup_over_an_encrypted_database_needs_its_key(desk, capsys, monkeypatch):
    database, backup = desk
    monkeypatch.setenv("DESKAPP_KEY", KEY)
    assert main(["--db", str(database), "--operator", ADMIN, "db", "encrypt"]) == 0
    before = _digest(database)
    capsys.readouterr()
    monkeypatch.delenv("DESKAPP_KEY")
    code = main(["--db", str(database), "--operator", ADMIN, "db", "restore", str(backup), "--yes"])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    assert "DESKAPP_KEY" in err
    assert _digest(database) == before and is_encrypted(database)


def _attackers_backup(tmp_path, monkeypatch, key=None):
    """A database someone made themselves, with an administrator of the same name and a
    password they know (and, with ``key``, an encryption key of their own)."""
    own = tmp_path / "own" / "mine.sqlite"
    monkeypatch.setenv("DESKAPP_PASSWORD", "mio-segreto-lungo-9")
    command = ["--db", str(own), "init", "--desk", "Antenna X", "--region", "liguria"]
    assert main([*command, "--admin", ADMIN]) == 0
    if key is not None:
        monkeypatch.setenv("DESKAPP_KEY", key)
        assert main(["--db", str(own), "--operator", ADMIN, "db", "encrypt"]) == 0
    return own


def test_a_wrong_password_never_falls_back_to_the_backups_accounts(
    desk, tmp_path, monkeypatch, capsys
):
    database, _ = desk
    before = _persons(database)
    own = _attackers_backup(tmp_path, monkeypatch)  # DESKAPP_PASSWORD: not the live admin's
    code = main(["--db", str(database), "--operator", ADMIN, "db", "restore", str(own), "--yes"])
    assert code != 0
    assert "Traceback" not in capsys.readouterr().err
    assert _persons(database) == before  # not replaced


def test_a_key_that_does_not_open_the_database_never_replaces_it(
    desk, tmp_path, monkeypatch, capsys
):
    database, _ = desk
    monkeypatch.setenv("DESKAPP_KEY", KEY)
    assert main(["--db", str(database), "--operator", ADMIN, "db", "encrypt"]) == 0
    encrypted = _digest(database)
    own = _attackers_backup(tmp_path, monkeypatch, key="la chiave di un altro 77")
    code = main(["--db", str(database), "--operator", ADMIN, "db", "restore", str(own), "--yes"])
    assert code != 0
    assert "key" in capsys.readouterr().err.lower()
    assert _digest(database) == encrypted
