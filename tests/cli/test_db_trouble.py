"""'deskapp db' when things go wrong: a damaged file, a full disk, a lost WAL, a
mistyped path. One clear line, a non-zero exit code, no half-written file, no
traceback, and never a new empty database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from deskapp.cli import main

ADMIN = "Amministratore demo"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    for name in ("DESKAPP_DB", "DESKAPP_OPERATOR", "DESKAPP_KEY"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "desk" / "deskapp.sqlite"
    assert main(["--db", str(path), "demo", "--persons", "25", "--seed", "3"]) == 0
    return path


def _one_clear_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_check_of_a_file_with_a_damaged_header(dbfile, capsys):
    data = bytearray(dbfile.read_bytes())
    data[:100] = b"\xa5" * 100
    dbfile.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["--db", str(dbfile), "db", "check"]) != 0
    line = _one_clear_line(capsys.readouterr().err)
    assert "damaged" in line and "deskapp db restore" in line
    assert "key" not in line  # a damaged plain file is not taken for an encrypted one


def test_check_of_a_truncated_file(dbfile, capsys):
    data = dbfile.read_bytes()
    dbfile.write_bytes(data[: len(data) // 3])
    capsys.readouterr()
    assert main(["--db", str(dbfile), "db", "check"]) != 0
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "damaged" in err or "integrity" in err


def test_a_lost_wal_is_named_by_db_check(dbfile, capsys):
    """deskapp saves, then the computer stops before the WAL was folded into the file;
    the WAL is then lost (deleted, or not copied): the saves in it are gone, and the
    anchor beside the file says how many events are missing."""
    writer = textwrap.dedent(
        f"""
        import os
        from deskapp.models.database import Database
        from deskapp.services import persons
        from deskapp.services.actor import resolve_actor

        db = Database.at_path({str(dbfile)!r})
        actor = resolve_actor(db, {ADMIN!r})
        for n in range(3):
            persons.create_person(db, actor, {{
                "given_name": "Anna", "family_name": f"Persa{{n}}", "sex": "F",
                "birth_date": "1980-01-01", "employment_status": "unemployed",
                "consent": {{"legal_basis": "public_task", "notice_version": "2026-01",
                             "given_on": "2026-11-10"}},
            }})
        print(db.engine.connect().exec_driver_sql(
            "SELECT max(id) FROM audit_event").scalar(), flush=True)
        os._exit(0)  # the power cut: nothing is closed, the WAL stays as it is
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", writer], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    last = int(done.stdout.strip())
    wal = dbfile.with_name(dbfile.name + "-wal")
    assert wal.stat().st_size > 0  # the three saves are only there
    wal.unlink()
    dbfile.with_name(dbfile.name + "-shm").unlink(missing_ok=True)
    capsys.readouterr()

    assert main(["--db", str(dbfile), "db", "check"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert f"names event {last}" in err and "the trail ends at event" in err
    assert "lost -wal file" in err
    assert out.strip().endswith("problem found")


def test_backup_onto_a_disk_without_room_is_refused_before_writing(dbfile, small_disk, capsys):
    capsys.readouterr()
    target = small_disk / "copy.sqlite"
    code = main(["--db", str(dbfile), "--operator", ADMIN, "db", "backup", "-o", str(target)])
    assert code != 0
    assert "Not enough free disk space" in _one_clear_line(capsys.readouterr().err)
    assert list(small_disk.iterdir()) == []


def test_backup_onto_a_disk_that_fills_leaves_no_half_copy(dbfile, small_disk, capsys, monkeypatch):
    # The disk is nearly full, and the free-space check is fooled (another program
    # fills the disk while the copy is written): the copy meets a full disk.
    filler = small_disk / "filler"
    room = shutil.disk_usage(small_disk).free - 200 * 1024
    filler.write_bytes(b"\0" * room)
    monkeypatch.setattr(
        "deskapp.services.disk_space.shutil.disk_usage",
        lambda _p: type("U", (), {"free": 10**12})(),
    )
    capsys.readouterr()
    target = small_disk / "copy.sqlite"
    code = main(["--db", str(dbfile), "--operator", ADMIN, "db", "backup", "-o", str(target)])
    assert code != 0
    line = _one_clear_line(capsys.readouterr().err)
    assert "The disk filled up while the backup was written" in line
    assert "no part of it was kept" in line
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize(
    "argv",
    [
        ["db", "check"],
        ["db", "backup", "-o", "copy.sqlite"],
        ["db", "upgrade"],
        ["db", "encrypt"],
    ],
    ids=lambda a: a[1],
)
@pytest.mark.parametrize("state", ["missing", "empty"])
def test_a_mistyped_path_never_makes_a_new_database(tmp_path, argv, state, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DESKAPP_KEY", "il faro di Genova 1128")
    typo = tmp_path / "typo.sqlite"
    if state == "empty":
        typo.write_bytes(b"")
    code = main(["--db", str(typo), "--operator", ADMIN, *argv])
    assert code != 0
    line = _one_clear_line(capsys.readouterr().err)
    assert "typo.sqlite" in line
    assert ("No database at" in line) if state == "missing" else ("empty file" in line)
    expected = [] if state == "missing" else ["typo.sqlite"]
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    assert state == "missing" or typo.read_bytes() == b""
