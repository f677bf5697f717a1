"""The administrators' audit viewer and encryption at rest, at registry scale.

Run by hand (not a timed test):

    .venv/bin/python bench/bench_security.py --db demo100k.sqlite [--events 300000]

The database (a demo of 100,000 persons: `deskapp --db FILE demo --persons 100000`) is
copied first; the copy gets ``--events`` extra audit events spread over its operators,
people and two years (hashes left empty: a read benchmark, not a chain), then the
viewer's queries are timed; then the copy is encrypted and the same searches, the
registry page and a backup are timed on the plain and the encrypted file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from deskapp.models.migrate import open_database
from deskapp.models.sqlite_files import encrypt_file
from deskapp.services.actor import resolve_actor
from deskapp.services.audit_trail import AuditFilter, count_events, event_rows
from deskapp.services.maintenance import backup_database
from deskapp.services.organisation import list_operators
from deskapp.services.registry import (
    RegistryFilter,
    count_registry,
    registry_ids,
    registry_rows,
)
from deskapp.services.search import search_persons

KEY = "bench key of the desk 2026"


def timed(work, repeat: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def add_events(path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    operators = [r[0] for r in conn.execute("SELECT id FROM operator")]
    people = [r[0] for r in conn.execute("SELECT id FROM person")]
    start = dt.datetime(2025, 1, 1)
    rows = []
    for i in range(count):
        at = start + dt.timedelta(seconds=i * (730 * 86400 // count))
        entity = rng.choice(("person", "person", "activity", "skill", "operator"))
        rows.append(
            (at, rng.choice(operators), entity, rng.choice(people), "update", "notes", "", "", "")
        )
    conn.executemany(
        "INSERT INTO audit_event (at, operator_id, entity, entity_id, action, fields, "
        "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    python = sys.version.split()[0]
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}; Python {python}")
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain.sqlite"
        source = sqlite3.connect(args.db)
        target = sqlite3.connect(plain)
        source.backup(target)
        source.close()
        target.close()
        add_events(plain, args.events, args.seed)

        db, _ = open_database(plain)
        admin = resolve_actor(db, "Amministratore demo")
        total = count_events(db, admin, AuditFilter())
        print(f"audit events: {total}")
        person = random.Random(args.seed).randint(1, 100_000)
        # The operator of the newest event: one the synthetic events spread over.
        op = event_rows(db, admin, AuditFilter(), limit=1)[0]
        op = next(o.id for o in list_operators(db) if o.name == op.operator)
        cases = {
            "everything": AuditFilter(),
            "one person": AuditFilter(person_id=person),
            "one operator": AuditFilter(operator_id=op),
            "one month": AuditFilter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 30)),
            "operator + month": AuditFilter(
                operator_id=op, date_from=dt.date(2025, 6, 1), date_to=dt.date(2025, 6, 30)
            ),
        }
        print("| filter | events | count (ms) | first page (ms) | 50th page (ms) |")
        for name, f in cases.items():
            count_ms, n = timed(lambda f=f: count_events(db, admin, f))
            page_ms, page = timed(lambda f=f: event_rows(db, admin, f))
            before = None
            deep_ms = 0.0
            rows = page
            for _ in range(49):  # walk to the 50th page as the table would, then time it
                if not rows:
                    break
                before = rows[-1].id
                rows = event_rows(db, admin, f, before_id=before)
            if rows and before is not None:
                deep_ms, _ = timed(lambda f=f, b=before: event_rows(db, admin, f, before_id=b))
            print(f"| {name} | {n} | {count_ms:.1f} | {page_ms:.1f} | {deep_ms:.1f} |")
        db.dispose()

        encrypted = Path(tmp) / "encrypted.sqlite"
        start = time.perf_counter()
        encrypt_file(plain, encrypted, KEY)
        print(f"encrypt {plain.stat().st_size / 1e6:.0f} MB: {time.perf_counter() - start:.1f} s")
        queries = ["ross", "gen", "sald", "RSS", "3207", "bian mar", "coop", "lucc"]
        print("| file | open (ms) | search median (ms) | registry count + page (ms) | backup (s) |")
        for name, path, key in (("plain", plain, None), ("encrypted", encrypted, KEY)):
            start = time.perf_counter()
            db, _ = open_database(path, key=key)
            with db.read():
                pass
            open_ms = (time.perf_counter() - start) * 1000
            search = [
                timed(lambda q=q, d=db: search_persons(d, q, limit=50), 3)[0] for q in queries
            ]
            registry_ms, _ = timed(
                lambda d=db: (
                    count_registry(d, RegistryFilter(text="ross")),
                    registry_rows(d, registry_ids(d, RegistryFilter(text="ross"))[:200]),
                ),
                3,
            )
            start = time.perf_counter()
            backup_database(db, Path(tmp) / f"{name}-backup.sqlite")
            backup_s = time.perf_counter() - start
            db.dispose()
            print(
                f"| {name} | {open_ms:.0f} | {statistics.median(search):.1f} | "
                f"{registry_ms:.1f} | {backup_s:.1f} |"
            )
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
