"""Core benchmark at registry scale: demo generation, import, search.

Run by hand (not a timed test):  .venv/bin/python bench/bench_core.py --persons 100000
Prints the figures to record in bench/RESULTS.md with the machine they came from.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.models.person_index import _fts_query
from deskapp.reports.exports import export_table
from deskapp.services import demo_data
from deskapp.services.actor import resolve_actor
from deskapp.services.demo import generate_demo
from deskapp.services.importing import import_persons
from deskapp.services.organisation import create_desk, initialise
from deskapp.services.search import search_persons


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def search_queries(db_path: Path, count: int, seed: int) -> list[str]:
    """Fragments an operator would type: surname pieces, codice fiscale prefixes,
    phone digits, municipalities, employers, surname + given name."""
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT family_name, given_name, codice_fiscale, phone, municipality "
        "FROM person ORDER BY random() LIMIT ?",
        (count,),
    ).fetchall()
    conn.close()
    rng = random.Random(seed)
    queries = []
    for family, given, cf, phone, municipality in rows:
        kind = rng.randrange(6)
        if kind == 0:
            start = rng.randrange(max(1, len(family) - 3))
            queries.append(family[start : start + rng.randint(3, 5)])
        elif kind == 1 and cf:
            queries.append(cf[: rng.randint(6, 11)])
        elif kind == 2:
            queries.append(phone[-rng.randint(4, 7) :])
        elif kind == 3:
            queries.append(municipality[: rng.randint(3, 6)])
        elif kind == 4:
            queries.append(f"{family[:4]} {given[:3]}")
        else:
            queries.append(family)
    return queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="folder to keep the databases in")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskapp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source_path, target_path = folder / "bench-demo.sqlite", folder / "bench-import.sqlite"
    for p in folder.glob("bench-*.sqlite*"):
        p.unlink()
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )

    db = Database.at_path(source_path)
    upgrade_database(db)
    t = time.perf_counter()
    summary = generate_demo(db, persons=args.persons, seed=args.seed)
    demo_s = time.perf_counter() - t
    print(
        f"demo: {args.persons} persons ({summary.activities} activities, "
        f"{summary.projects} projects) in {demo_s:.1f} s"
    )

    actor = resolve_actor(db, "Amministratore demo")
    csv_path = folder / "bench-persons.csv"
    t = time.perf_counter()
    exported = export_table(db, actor, "persons", csv_path)
    print(f"export persons csv: {exported} rows in {time.perf_counter() - t:.1f} s")

    target = Database.at_path(target_path)
    upgrade_database(target)
    admin = initialise(
        target,
        {"name": "Bench", "region": "liguria", "country": "IT", "language": "it"},
        {"name": "Bench admin"},
    )
    for name, org, region, country, language, address, _ in demo_data.DESKS:
        create_desk(
            target,
            admin,
            {
                "name": name,
                "organisation": org,
                "region": region,
                "country": country,
                "language": language,
                "address": address,
            },
        )
    t = time.perf_counter()
    result = import_persons(target, admin, csv_path)
    import_s = time.perf_counter() - t
    print(
        f"import persons: {result.written} rows in {import_s:.1f} s = "
        f"{result.written / import_s:,.0f} rows/s"
    )

    queries = search_queries(source_path, args.queries, args.seed)
    search_persons(db, "warm")  # first query loads the page cache
    times, hits = [], []
    for q in queries:
        t = time.perf_counter()
        hits.append(len(search_persons(db, q)))
        times.append((time.perf_counter() - t) * 1000)
    print(
        f"search (deskapp, {len(queries)} queries, limit 50): "
        f"median {statistics.median(times):.1f} ms, "
        f"p95 {percentile(times, 95):.1f} ms, max {max(times):.1f} ms, "
        f"median hits {statistics.median(hits):.0f}"
    )

    raw = sqlite3.connect(source_path)
    raw_times = []
    for q in queries:
        long_terms = [t for t in q.split() if len(t) >= 3]
        if not long_terms:
            continue
        t = time.perf_counter()
        raw.execute(
            "SELECT p.id, p.family_name, p.given_name FROM person_fts f "
            "JOIN person p ON p.id = f.rowid WHERE person_fts MATCH ? ORDER BY f.rank LIMIT 50",
            (_fts_query(long_terms),),
        ).fetchall()
        raw_times.append((time.perf_counter() - t) * 1000)
    raw.close()
    print(
        f"search (raw sqlite3, same FTS query): median {statistics.median(raw_times):.1f} ms, "
        f"p95 {percentile(raw_times, 95):.1f} ms"
    )
    print(f"database size: {source_path.stat().st_size / 1e6:.0f} MB; files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
