from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

from deskapp.models.database import Database
from deskapp.models.migrate import head_revision
from deskapp.services.demo import generate_demo
from deskapp.services.maintenance import backup_database, check_database


def test_check_passes_on_demo_data(db):
    generate_demo(db, persons=200, seed=4)
    report = check_database(db)
    assert report.ok, report.problems
    anchored, *rest = report.facts
    assert anchored.startswith("audit trail: matches its anchor of") and "(event 1)" in anchored
    assert rest == [
        "audit trail: 1 events, chain intact",
        f"200 persons, schema {head_revision()}",
    ]


def test_check_finds_a_broken_reference(db, db_path):
    generate_demo(db, persons=20, seed=4)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE activity SET person_id = 999999 WHERE id = 1")
    conn.commit()
    conn.close()
    report = check_database(db)
    assert not report.ok
    assert any("activity" in p and "person" in p for p in report.problems)


def test_backup_while_another_process_writes(db, db_path, tmp_path):
    """The backup is a consistent snapshot while a writer commits continuously."""
    generate_demo(db, persons=3000, seed=4)
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sqlite3, time
            conn = sqlite3.connect({str(db_path)!r}, timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            end = time.time() + 4
            n = 0
            while time.time() < end:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO activity (kind, occurred_at, duration_minutes, desk_id, "
                             "operator_id, person_id, notes, follow_up_done, version, created_at, "
                             "updated_at, gid) "
                             "VALUES ('phone_call', '2026-11-22 10:00:00', 5, 1, 1, 1, 'x', 0, 1, "
                             "'2026-11-22', '2026-11-22', lower(hex(randomblob(16))))")
                conn.execute("UPDATE person SET notes = 'call ' || ? WHERE id = 1", (n,))
                conn.execute("COMMIT")
                n += 1
            print(n)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.5)
    copies = [backup_database(db, tmp_path / f"copy{i}.sqlite") for i in range(3)]
    commits = int(writer.communicate(timeout=60)[0])
    assert commits > 10
    for copy in copies:
        report = check_database(Database(f"sqlite:///{copy}"))
        assert report.ok, report.problems
        conn = sqlite3.connect(copy)
        # Each transaction wrote one activity and the matching note: a snapshot has both or neither.
        extra = conn.execute("SELECT count(*) FROM activity WHERE notes = 'x'").fetchone()[0]
        note = conn.execute("SELECT notes FROM person WHERE id = 1").fetchone()[0]
        conn.close()
        assert (extra == 0 and not note.startswith("call")) or note == f"call {extra - 1}"


def test_backup_refuses_to_overwrite_the_database(db, db_path):
    import pytest

    from deskapp.errors import DeskappError

    with pytest.raises(DeskappError):
        backup_database(db, db_path)
