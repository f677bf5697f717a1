"""Power cuts and killed processes: deskapp is killed with SIGKILL at random moments
while it writes, again and again; every write it acknowledged must be there afterwards,
whole, and the file must pass SQLite's integrity check and the audit-chain check."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from deskapp.models import Activity, AuditEvent, Consent, Person
from deskapp.models.database import Database
from deskapp.services.maintenance import check_database

KILLS = 30
WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")
def test_acknowledged_writes_survive_being_killed(db, db_path, admin, tmp_path):
    db.dispose()
    log = tmp_path / "acknowledged.log"
    rng = random.Random(11)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    killed_while_writing = 0
    for run in range(KILLS):
        before = _acknowledged(log)
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(log), str(run)], env=env
        )
        try:
            deadline = time.monotonic() + 30
            while _readies(log) <= run and time.monotonic() < deadline:
                if child.poll() is not None:
                    pytest.fail(f"the writer stopped by itself (exit {child.returncode})")
                time.sleep(0.01)
            time.sleep(rng.uniform(0.02, 0.35))  # somewhere in the middle of the writes
        finally:
            # Whatever happens above, no writer is left running after the test.
            child.send_signal(signal.SIGKILL)
            child.wait()
        killed_while_writing += len(_acknowledged(log)) > len(before)

    acknowledged = _acknowledged(log)
    database = Database.at_path(db_path)
    try:
        with database.read() as s:
            present = set(s.scalars(select(Person.id)))
            missing = [pid for pid in acknowledged if pid not in present]
            # Nothing half-written: each person has their consent and their audit event.
            without_consent = s.scalar(
                select(func.count())
                .select_from(Person)
                .where(~Person.id.in_(select(Consent.person_id)))
            )
            without_event = s.scalar(
                select(func.count())
                .select_from(Person)
                .where(
                    ~Person.id.in_(
                        select(AuditEvent.entity_id).where(AuditEvent.entity == "person")
                    )
                )
            )
            orphans = s.scalar(
                select(func.count())
                .select_from(Activity)
                .where(Activity.person_id.is_not(None), ~Activity.person_id.in_(select(Person.id)))
            )
        report = check_database(database)
    finally:
        database.dispose()
    print(
        f"\n{KILLS} kills ({killed_while_writing} in the middle of writing), "
        f"{len(acknowledged)} acknowledged writes, {len(present)} people in the file"
    )
    assert killed_while_writing >= KILLS // 2
    assert missing == []
    assert (without_consent, without_event, orphans) == (0, 0, 0)
    assert report.ok, report.problems


def _readies(log: Path) -> int:
    return log.read_text().count("ready") if log.exists() else 0


def _acknowledged(log: Path) -> list[int]:
    if not log.exists():
        return []
    return [int(line) for line in log.read_text().split() if line.isdigit()]
