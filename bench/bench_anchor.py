"""What the audit anchor costs a save: the median time of one single-row save (a person
registered, with its audit event) with the anchor written beside the file after each
commit, and without it, on a trail of a few events and on a long one.

    python bench/bench_anchor.py [--saves 300] [--trail 500000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from deskapp.models import database as database_module
from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.services import persons
from deskapp.services.organisation import initialise

DESK = {"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"}


def _someone(n: int) -> dict[str, object]:
    return {
        "given_name": "Anna",
        "family_name": f"Prova{n}",
        "sex": "F",
        "birth_date": "1980-01-01",
        "employment_status": "unemployed",
        "consent": {
            "legal_basis": "public_task",
            "notice_version": "2026-01",
            "given_on": "2026-11-10",
        },
    }


def _long_trail(path: Path, events: int) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    conn.executemany(
        "INSERT INTO audit_event (at, operator_id, entity, entity_id, action, fields, detail, "
        "detail_digest, prev_hash, hash) VALUES ('2026-01-01 00:00:00', 1, 'person', ?, "
        "'update', 'notes', '', '', ?, ?)",
        [(i, "a" * 64, "b" * 64) for i in range(events)],
    )
    conn.commit()
    conn.close()


def _median_save(folder: Path, saves: int, anchored: bool, trail: int, run: int) -> float:
    path = folder / f"{'with' if anchored else 'without'}-{trail}-{run}.sqlite"
    original = database_module.watch_trail
    if not anchored:
        database_module.watch_trail = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        db = Database.at_path(path)
        upgrade_database(db)
        admin = initialise(db, DESK, {"name": "Anna Bianchi"})
        db.dispose()
        if trail:
            _long_trail(path, trail)
        db = Database.at_path(path)
        for n in range(10):  # warm up
            persons.create_person(db, admin, _someone(n))
        times = []
        for n in range(saves):
            start = time.perf_counter()
            persons.create_person(db, admin, _someone(100 + n))
            times.append(time.perf_counter() - start)
        db.dispose()
        return statistics.median(times) * 1000
    finally:
        database_module.watch_trail = original


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--trail", type=int, default=500_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for trail in sorted({0, args.trail}):
            without, with_anchor = [], []
            for run in range(args.rounds):  # alternated: the disk's mood changes
                order = (False, True) if run % 2 == 0 else (True, False)
                for anchored in order:
                    median = _median_save(folder, args.saves, anchored, trail, run)
                    (with_anchor if anchored else without).append(round(median, 2))
            a, b = statistics.median(without), statistics.median(with_anchor)
            print(
                f"trail +{trail:>7} events: save median {a:.2f} ms without the anchor, "
                f"{b:.2f} ms with it ({b - a:+.2f} ms; runs {without} / {with_anchor})"
            )


if __name__ == "__main__":
    main()
