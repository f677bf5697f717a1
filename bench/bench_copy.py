"""`deskapp db copy`: a demo desk's file copied whole into an empty PostgreSQL database,
and back into a new file; the time of each, rows a second, the process's peak memory
(the copy streams: it should not grow with the registry), and `db check` on each copy.

    python bench/bench_copy.py [--persons 100000] [--seed 1] [--source FILE] [--url URL]

Without --url, a throwaway server is started from the Debian package's binaries
(tests/postgres_server.py: a Unix socket, fsync off: its disk writes cost less than a
production server's). --source reuses a demo file made before (`deskapp demo`).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADMIN = "Amministratore demo"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _demo(path: Path, persons: int, seed: int) -> None:
    # In another process: its memory is not the copy's.
    subprocess.run(
        [sys.executable, "-m", "deskapp", "--db", str(path), "demo", "--persons", str(persons),
         "--seed", str(seed)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path)
    parser.add_argument("--url", help="an empty database on a server (default: a throwaway one)")
    args = parser.parse_args()

    from deskapp.dbcopy import copy_to_file, copy_to_server
    from deskapp.models.migrate import open_database, open_server_database
    from deskapp.services.actor import resolve_actor
    from deskapp.services.maintenance import check_database

    folder = Path(tempfile.mkdtemp(prefix="bench-copy-"))
    server = None
    url = args.url
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres_server import PostgresServer

        server = PostgresServer().start()
        from sqlalchemy import create_engine

        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql("CREATE DATABASE bench_copy")
        admin.dispose()
        url = server.url("bench_copy")
    try:
        source = args.source
        if source is None:
            source = folder / "desk.sqlite"
            start = time.perf_counter()
            _demo(source, args.persons, args.seed)
            print(f"demo --persons {args.persons:,}: {time.perf_counter() - start:.1f} s")
        print(f"source file: {source.stat().st_size / 1e6:.0f} MB")
        print(f"peak memory before copying: {_peak_mb():.0f} MB")

        db, _ = open_database(source, migrate=False)
        try:
            actor = resolve_actor(db, ADMIN)
            start = time.perf_counter()
            there = copy_to_server(db, url, actor)
            took = time.perf_counter() - start
        finally:
            db.dispose()
        print(
            f"file -> server: {there.rows:,} rows ({there.counts['person']:,} people, "
            f"{there.events:,} audit events) in {took:.1f} s, {there.rows / took:,.0f} rows/s; "
            f"peak memory {_peak_mb():.0f} MB"
        )

        server_db, _ = open_server_database(url, migrate=False)
        try:
            start = time.perf_counter()
            checked = check_database(server_db)
            print(f"db check on the server: {'ok' if checked.ok else checked.problems} "
                  f"({time.perf_counter() - start:.1f} s)")  # fmt: skip
            back = folder / "back.sqlite"
            start = time.perf_counter()
            here = copy_to_file(server_db, back, resolve_actor(server_db, ADMIN))
            took = time.perf_counter() - start
        finally:
            server_db.dispose()
        print(
            f"server -> new file: {here.rows:,} rows in {took:.1f} s, "
            f"{here.rows / took:,.0f} rows/s; file {back.stat().st_size / 1e6:.0f} MB; "
            f"peak memory {_peak_mb():.0f} MB"
        )
        back_db, _ = open_database(back, migrate=False)
        try:
            start = time.perf_counter()
            checked = check_database(back_db)
            print(f"db check on the new file: {'ok' if checked.ok else checked.problems} "
                  f"({time.perf_counter() - start:.1f} s)")  # fmt: skip
        finally:
            back_db.dispose()
        print(f"(cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f})")
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
