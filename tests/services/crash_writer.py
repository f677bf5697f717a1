"""A writer killed by tests/services/test_crash_safety.py: it registers people as fast as
it can and appends the number of each one to a log only after the commit returned, so
the log lists exactly the writes deskapp acknowledged."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from deskapp.models.database import Database
from deskapp.services import activities, persons
from deskapp.services.actor import resolve_actor


def main(db_path: str, log_path: str, run: int) -> None:
    db = Database.at_path(Path(db_path))
    actor = resolve_actor(db, "Anna Bianchi")
    with open(log_path, "a", encoding="utf-8") as log:
        log.write("ready\n")
        log.flush()
        for i in range(100_000):
            saved = persons.create_person(
                db,
                actor,
                {
                    "given_name": f"Prova{run}",
                    "family_name": f"Crash{i}",
                    "sex": "F",
                    "birth_date": f"19{50 + i % 50}-0{1 + i % 9}-1{i % 9}",
                    "employment_status": "unemployed",
                    "first_contact_date": "2026-11-10",
                    "notes": "x" * (i % 200),
                    "consent": {
                        "legal_basis": "public_task",
                        "notice_version": "2026-01",
                        "given_on": "2026-11-10",
                    },
                },
            )
            if i % 3 == 0:
                activities.log_activity(
                    db,
                    actor,
                    {
                        "kind": "interview",
                        "occurred_at": "2026-11-10 09:30",
                        "duration_minutes": 30,
                        "person_id": saved.id,
                    },
                )
            # Acknowledged: the commit returned. Only now does the log say so.
            log.write(f"{saved.id}\n")
            log.flush()
            os.fsync(log.fileno())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
