"""Core benchmark at registry scale: demo generation, import, export, searches, board.

Run by hand (not a timed test):  .venv/bin/python bench/bench_core.py --persons 100000
Prints the figures to record in bench/RESULTS.md with the machine they came from.

This machine's speed changes from day to day and with what else runs, so the import
and the export are measured against a floor in the same run, right before them, and
the ratio is what to compare (issue 17):
- import floor: the same CSV read by csv.reader and written by sqlite3's executemany
  into a table of the same columns (no index, no check), one transaction;
- export floor: ``SELECT * FROM person`` written by csv.writer.
``--keep DIR`` keeps the databases there, and reuses a demo database already there
(migrated first) instead of generating it again.
"""

from __future__ import annotations

import argparse
import csv
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
from deskapp.services.actor import Actor, resolve_actor
from deskapp.services.demo import data as demo_data
from deskapp.services.demo import generate_demo
from deskapp.services.importing import import_persons
from deskapp.services.organisation import create_desk, initialise
from deskapp.services.project_lists import ProjectFilter, board
from deskapp.services.resources import search_skills
from deskapp.services.search import search_persons

# What an operator types in the skills search, a letter at a time (issue 17).
SKILL_WORDS = ("sald", "cuoc", "elettric", "saldatura sestri", "cuoco genova", "elettricista")
TARGETS = {
    "import_rows_s": 10_000,
    "import_ratio": 10.0,
    "export_ratio": 3.0,
    "skills_median_ms": 50.0,
    "board_ms": 150.0,
}


def _fresh(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()


def import_floor(csv_path: Path, folder: Path) -> float:
    """Seconds for csv.reader + executemany of the file into a same-shaped table."""
    path = folder / "bench-floor.sqlite"
    _fresh(path)
    t = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle, delimiter=_delimiter(csv_path))
        width = len(next(reader))
        names = ", ".join(f"c{i}" for i in range(width))
        conn.execute(f"CREATE TABLE floor (id INTEGER PRIMARY KEY, {names})")
        conn.executemany(f"INSERT INTO floor ({names}) VALUES ({', '.join('?' * width)})", reader)
    conn.commit()
    conn.close()
    seconds = time.perf_counter() - t
    _fresh(path)
    return seconds


def children_cpu() -> float:
    """CPU seconds of this process's ended (waited-for) child processes."""
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _delimiter(csv_path: Path) -> str:
    with csv_path.open(encoding="utf-8-sig") as handle:
        first = handle.readline()
    return ";" if first.count(";") > first.count(",") else ","


def export_floor(db_path: Path, out: Path) -> float:
    """Seconds for SELECT * FROM person written by csv.writer."""
    t = time.perf_counter()
    conn = sqlite3.connect(db_path)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        cursor = conn.execute("SELECT * FROM person")
        writer.writerow([d[0] for d in cursor.description])
        writer.writerows(cursor)
    conn.close()
    seconds = time.perf_counter() - t
    out.unlink()
    return seconds


def skill_keystrokes() -> list[str]:
    return [word[:i] for word in SKILL_WORDS for i in range(1, len(word) + 1) if word[i - 1] != " "]


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def import_target(target: Database, password: str | None = None) -> Actor:
    """Set up an empty registry to import into: the administrator "Bench admin" (with
    ``password``, for the command line) and the demo's desks, which the exported
    file's rows name."""
    admin = initialise(
        target,
        {"name": "Bench", "region": "liguria", "country": "IT", "language": "it"},
        {"name": "Bench admin"},
        password=password,
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
    return admin


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
    reuse = args.keep is not None and source_path.exists()
    for p in folder.glob("bench-*.sqlite*"):
        if not (reuse and p.name.startswith("bench-demo.sqlite")):
            p.unlink()
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )

    db = Database.at_path(source_path)
    upgrade_database(db)
    if reuse:
        print(f"demo: reusing {source_path} (migrated)")
    else:
        t = time.perf_counter()
        summary = generate_demo(db, persons=args.persons, seed=args.seed)
        demo_s = time.perf_counter() - t
        print(
            f"demo: {args.persons} persons ({summary.activities} activities, "
            f"{summary.projects} projects) in {demo_s:.1f} s"
        )

    actor = resolve_actor(db, "Amministratore demo")
    csv_path = folder / "bench-persons.csv"
    floor_s = export_floor(source_path, folder / "bench-floor.csv")
    t = time.perf_counter()
    exported = export_table(db, actor, "persons", csv_path)
    export_s = time.perf_counter() - t
    ratio = export_s / floor_s
    print(
        f"export persons csv: {exported} rows in {export_s:.1f} s; floor (select * + "
        f"csv.writer) {floor_s:.2f} s; {ratio:.1f}x the floor "
        f"(target <= {TARGETS['export_ratio']:.0f}x: {verdict(ratio <= TARGETS['export_ratio'])})"
    )

    target = Database.at_path(target_path)
    upgrade_database(target)
    admin = import_target(target)
    cpu = time.process_time()
    floor_s = import_floor(csv_path, folder)
    floor_cpu = time.process_time() - cpu
    t, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
    result = import_persons(target, admin, csv_path)
    import_s = time.perf_counter() - t
    # CPU: this machine is often shared, and the wall clock then says more about the
    # others than about the import; the worker processes have ended (and are counted).
    main_cpu, workers_cpu = time.process_time() - cpu, children_cpu() - workers
    rate, ratio = result.written / import_s, import_s / floor_s
    print(
        f"import persons: {result.written} rows in {import_s:.1f} s = {rate:,.0f} rows/s "
        f"(target >= {TARGETS['import_rows_s']:,}: {verdict(rate >= TARGETS['import_rows_s'])}); "
        f"floor (csv.reader + executemany) {floor_s:.2f} s; {ratio:.1f}x the floor "
        f"(target <= {TARGETS['import_ratio']:.0f}x: {verdict(ratio <= TARGETS['import_ratio'])}); "
        f"CPU: main process {main_cpu:.1f} s, worker processes {workers_cpu:.1f} s, "
        f"floor {floor_cpu:.2f} s"
    )

    search_skills(db, "warm")
    skill_times = []
    for typed in skill_keystrokes():
        t = time.perf_counter()
        search_skills(db, typed, limit=500)
        skill_times.append((time.perf_counter() - t) * 1000)
    median = statistics.median(skill_times)
    print(
        f"skills search ({len(skill_times)} keystrokes of {', '.join(SKILL_WORDS)}; limit 500): "
        f"median {median:.1f} ms, max {max(skill_times):.1f} ms "
        f"(target median < {TARGETS['skills_median_ms']:.0f} ms: "
        f"{verdict(median < TARGETS['skills_median_ms'])})"
    )

    board(db, ProjectFilter())
    board_times = []
    for _ in range(7):
        t = time.perf_counter()
        board(db, ProjectFilter(), per_stage=100)
        board_times.append((time.perf_counter() - t) * 1000)
    median = statistics.median(board_times)
    print(
        f"projects board, all desks (the service; bench_gui.py times the screen): median "
        f"{median:.1f} ms, max {max(board_times):.1f} ms "
        f"(target < {TARGETS['board_ms']:.0f} ms: {verdict(median < TARGETS['board_ms'])})"
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
