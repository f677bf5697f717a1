"""The import of a registry file, against its floor, several rounds (issue 17).

Run by hand (not a timed test):

    .venv/bin/python bench/bench_import.py --keep DIR [--rows 20000] [--repeat 3]
    .venv/bin/python bench/bench_import.py --keep DIR --rows 20000 --profile

DIR holds (or gets) ``bench-demo.sqlite``, the demo registry of ``--persons`` people,
and ``bench-persons.csv``, what ``export persons`` writes of it; both are reused when
there (bench_core.py --keep DIR leaves them). Each round measures the floor (the same
file read by csv.reader and written by sqlite3's executemany into a table of the same
columns, no index, no check: bench_core.import_floor) and right after it the import
into a new registry holding the demo's desks, and prints wall time, rows/s, the ratio
to the floor and the CPU of this process and of the worker processes. The machine is
often shared: compare the ratios, the CPU, and the median of the rounds.

``--profile``: one round in one process (no worker processes), under cProfile; prints
where the CPU goes, checking and writing together. ``--one-process``: the rounds
without worker processes (CPU of the whole import in one process, which the load of
a shared machine changes less than the wall clock).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_core import TARGETS, children_cpu, import_floor, verdict  # noqa: E402

from deskapp.models.database import Database  # noqa: E402
from deskapp.models.migrate import upgrade_database  # noqa: E402
from deskapp.services import importing  # noqa: E402
from deskapp.services.actor import resolve_actor  # noqa: E402
from deskapp.services.demo import data as demo_data  # noqa: E402
from deskapp.services.organisation import create_desk, initialise  # noqa: E402

ADMIN = "Bench admin"


def demo_file(folder: Path, persons: int, seed: int) -> Path:
    """The exported registry file of a demo of ``persons`` people (made if missing)."""
    csv_path = folder / "bench-persons.csv"
    if csv_path.exists():
        return csv_path
    from deskapp.reports.exports import export_table
    from deskapp.services.demo import generate_demo

    source = Database.at_path(folder / "bench-demo.sqlite")
    upgrade_database(source)
    with source.read() as s:
        from sqlalchemy import func, select

        from deskapp.models import Person

        have = s.scalar(select(func.count()).select_from(Person))
    if not have:
        generate_demo(source, persons=persons, seed=seed)
    export_table(source, resolve_actor(source, "Amministratore demo"), "persons", csv_path)
    source.dispose()
    return csv_path


def first_rows(csv_path: Path, rows: int, folder: Path) -> Path:
    """The file's header and first ``rows`` records (the demo file has one a line)."""
    out = folder / f"bench-persons-{rows}.csv"
    if not out.exists():
        with csv_path.open(encoding="utf-8-sig", newline="") as src:
            with out.open("w", encoding="utf-8", newline="") as dst:
                for number, line in enumerate(src):
                    if number > rows:
                        break
                    dst.write(line)
    return out


def template(folder: Path) -> Path:
    """An empty registry with the demo's desks, copied for each round."""
    path = folder / "bench-import-template.sqlite"
    if path.exists():
        return path
    db = Database.at_path(path)
    upgrade_database(db)
    admin = initialise(
        db,
        {"name": "Bench", "region": "liguria", "country": "IT", "language": "it"},
        {"name": ADMIN},
    )
    for name, org, region, country, language, address, _ in demo_data.DESKS:
        create_desk(
            db,
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
    db.dispose()
    return path


def fresh_registry(folder: Path) -> Path:
    source = template(folder)
    target = folder / "bench-import-round.sqlite"
    for old in folder.glob(target.name + "*"):
        old.unlink()
    shutil.copy(source, target)
    for extra in folder.glob(source.name + ".*"):  # the audit anchor beside the file
        shutil.copy(extra, folder / (target.name + extra.name[len(source.name) :]))
    return target


def one_round(csv_path: Path, folder: Path, profile: bool = False) -> dict[str, float]:
    db = Database.at_path(fresh_registry(folder))
    actor = resolve_actor(db, ADMIN)
    cpu = time.process_time()
    floor = import_floor(csv_path, folder)
    floor_cpu = time.process_time() - cpu
    profiler = cProfile.Profile() if profile else None
    wall, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
    if profiler:
        profiler.enable()
    result = importing.import_persons(db, actor, csv_path)
    if profiler:
        profiler.disable()
    wall = time.perf_counter() - wall
    cpu, workers = time.process_time() - cpu, children_cpu() - workers
    db.dispose()
    if profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(30)
    return {
        "rows": result.written,
        "wall": wall,
        "floor": floor,
        "floor_cpu": floor_cpu,
        "cpu": cpu,
        "workers": workers,
        "rate": result.written / wall,
        "ratio": wall / floor,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="folder of the demo database and its file")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rows", type=int, help="import only the file's first ROWS rows")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="one round, one process")
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="no worker processes: the CPU of checking and writing, less open to the load",
    )
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="deskapp-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    csv_path = demo_file(folder, args.persons, args.seed)
    if args.rows:
        csv_path = first_rows(csv_path, args.rows, folder)
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}; load average {os.getloadavg()[0]:.1f}"
    )
    if args.profile or args.one_process:
        importing.PARALLEL_FROM = sys.maxsize  # everything in this process
    if args.profile:
        one_round(csv_path, folder, profile=True)
        return 0
    rounds = []
    for number in range(1, args.repeat + 1):
        r = one_round(csv_path, folder)
        rounds.append(r)
        print(
            f"round {number}: {r['rows']:.0f} rows in {r['wall']:.1f} s = {r['rate']:,.0f} "
            f"rows/s; floor {r['floor']:.2f} s (CPU {r['floor_cpu']:.2f} s); "
            f"{r['ratio']:.1f}x the floor; CPU: main process {r['cpu']:.1f} s, worker "
            f"processes {r['workers']:.1f} s; load average {os.getloadavg()[0]:.1f}",
            flush=True,
        )
    rate = statistics.median(r["rate"] for r in rounds)
    ratio = statistics.median(r["ratio"] for r in rounds)
    cpu = statistics.median(r["cpu"] + r["workers"] for r in rounds)
    print(
        f"median of {len(rounds)}: {rate:,.0f} rows/s (target >= "
        f"{TARGETS['import_rows_s']:,}: {verdict(rate >= TARGETS['import_rows_s'])}); "
        f"{ratio:.1f}x the floor (target <= {TARGETS['import_ratio']:.0f}x: "
        f"{verdict(ratio <= TARGETS['import_ratio'])}); CPU in all processes {cpu:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
