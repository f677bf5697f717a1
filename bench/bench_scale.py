"""A national registry (issue 15): the figures at 1,000,000 people, on either engine.

Run by hand, on a database made by ``deskapp demo --persons 1000000`` (or with
``--demo 1000000`` here, which times that command in a child process first):

    .venv/bin/python bench/bench_scale.py --db /work/bench-data/registry-1m.sqlite
    .venv/bin/python bench/bench_scale.py server start --folder /work/bench-data/pg \\
        --database registry1m                       # prints the URL
    .venv/bin/python bench/bench_scale.py --db 'postgresql://deskapp_test@/registry1m?host=...'

``server start`` keeps a PostgreSQL server in a folder of its own between runs (the
tests' throwaway server, tests/postgres_server.py, with the data kept and the settings
of a small real server: fsync on, 1 GB of shared buffers), as the unprivileged
``postgres`` account when run as root, on a Unix socket only; ``server stop`` stops it.

Each figure is printed beside its target (issue 15) and the ratio measured / target:
below 1 the target is met. What is measured, on the services the screens call:

- registry search: what the People page asks per keystroke (the ids of every match in
  display order, then the first page of rows), over a mix of what operators type:
  surname prefixes of one and two letters, whole surnames, given names, codice fiscale
  fragments, surname + given name; the person search of the pickers and the command
  line (50 best) on the same queries; the skills search, a letter at a time;
- registry open (the unfiltered registry's ids and first page);
- the screens, in a child process with offscreen Qt (bench_gui.py's measure: first
  window, registry reopen, keystroke to updated view, person record, Projects board),
  and the child's peak memory (VmHWM) after them;
- the coordinator report for all desks, PDF and xlsx; one dossier (audited);
- ``deskapp import persons`` of a 100,000-row CSV (``export persons`` of a 100,000-person
  demo, kept in --work) into a new, empty database on the same engine, in a child
  process, as an operator runs it.

The reports and dossiers are audited: each run adds a few events to the database's
trail. Nothing else is written to --db.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

import bench_core  # noqa: E402
import bench_gui  # noqa: E402
import bench_reports  # noqa: E402

from tests.postgres_server import SOCKET_PORT, SUPERUSER, PostgresServer  # noqa: E402

OPERATOR = "Amministratore demo"
ID_BLOCK = 1_000  # ids the People page reads at once (deskapp/ui/registry_model.py)
IMPORT_ADMIN, IMPORT_PASSWORD = "Bench admin", "bench-import-2026-scale"

# Issue 15's targets: (what, target, unit).
TARGETS: dict[str, float] = {
    "demo_s": 600.0,  # SQLite; PostgreSQL has no target of its own
    "search_median_ms": 50.0,
    "search_p95_ms": 150.0,
    "open_ms": 500.0,
    "keystroke_ms": 100.0,
    "report_s": 5.0,
    "dossier_ms": 100.0,
    "import_s": 20.0,  # PostgreSQL
    "gui_peak_mb": 300.0,
}


def line(what: str, measured: float, target_key: str | None, unit: str, note: str = "") -> None:
    """One figure beside its target and the ratio (below 1: met)."""
    text = f"  {what}: {measured:,.1f} {unit}"
    if target_key is not None:
        target = TARGETS[target_key]
        text += (
            f"   [target < {target:,.0f} {unit}; ratio {measured / target:.2f}: "
            f"{bench_core.verdict(measured < target)}]"
        )
    if note:
        text += f"   ({note})"
    print(text, flush=True)


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


# --- a kept PostgreSQL server --------------------------------------------------------

SERVER_SETTINGS = (
    "shared_buffers=1GB",
    "effective_cache_size=8GB",
    "work_mem=16MB",
    "maintenance_work_mem=512MB",
    "max_wal_size=4GB",
    "max_connections=60",
)


class KeptServer(PostgresServer):
    """The tests' server, in a folder that stays: started if not running, initialised
    if new; its data survives ``stop``."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder.resolve()

    @property
    def data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    def start(self) -> KeptServer:
        assert self.folder is not None
        if not self.data.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            if self.account is not None:
                os.chown(self.folder, self.account.pw_uid, self.account.pw_gid)
            done = self._run(
                "initdb",
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            )
            if done.returncode != 0:
                raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
        # A server killed with its machine leaves its pid file: pg_ctl says whether
        # one runs (status 3: none), and start clears a stale file itself.
        if self._run("pg_ctl", "-D", str(self.data), "status").returncode != 0:
            options = " ".join(
                [
                    "-c listen_addresses=''",
                    f"-c unix_socket_directories='{self.folder}'",
                    f"-c port={SOCKET_PORT}",
                    *(f"-c {s}" for s in SERVER_SETTINGS),
                ]
            )
            done = self._run(
                "pg_ctl",
                "-D",
                str(self.data),
                "-l",
                str(self.folder / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                "120",
                "start",
            )
            if done.returncode != 0:
                raise RuntimeError(f"PostgreSQL did not start: {done.stderr.strip()}")
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def address(self, dbname: str) -> str:
        """The address as an operator types it (postgresql://...)."""
        return f"postgresql://{SUPERUSER}@/{dbname}?host={self.folder}"

    def create_database(self, name: str, template: str | None = None) -> bool:
        """Create ``name`` unless it exists; True when created."""
        from sqlalchemy import create_engine, text

        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                found = conn.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
                ).scalar()
                if found:
                    return False
                suffix = f" TEMPLATE {template}" if template else ""
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"{suffix}')
                return True
        finally:
            admin.dispose()

    def drop_database(self, name: str) -> None:
        from sqlalchemy import create_engine

        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            admin.dispose()


def server_for(address: str) -> KeptServer | None:
    """The kept server behind a postgresql:// address with ?host=FOLDER, if it is one."""
    from sqlalchemy import make_url

    host = make_url(address).query.get("host")
    if isinstance(host, str) and (Path(host) / "data" / "PG_VERSION").exists():
        return KeptServer(Path(host))
    return None


def server_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_scale.py server")
    parser.add_argument("action", choices=("start", "stop"))
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--database", default="registry1m", help="created if missing")
    args = parser.parse_args(argv)
    server = KeptServer(args.folder)
    if args.action == "stop":
        server.stop()
        return 0
    server.start()
    server.create_database(args.database)
    print(server.address(args.database))
    return 0


# --- opening, counting -------------------------------------------------------------


def is_address(db: str) -> bool:
    return db.startswith(("postgresql:", "postgres:"))


def open_db(db: str) -> Any:
    return bench_gui.open_any(db)


def counts(db: Any) -> dict[str, int]:
    from sqlalchemy import func, select

    from deskapp.models import Activity, EnterpriseProject, Person, Skill

    with db.read() as s:
        return {
            name: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in (
                ("persons", Person),
                ("projects", EnterpriseProject),
                ("activities", Activity),
                ("skills", Skill),
            )
        }


def child_run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Run ``command``; its wall seconds, its peak resident memory (MB) and exit code."""
    t = time.perf_counter()
    proc = subprocess.Popen(command, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def deskapp_command() -> list[str]:
    return [sys.executable, "-m", "deskapp"]


# --- the measures -------------------------------------------------------------------


def demo(db: str, persons: int) -> None:
    print(f"\ndemo ({load()} load average before):", flush=True)
    wall, peak, code = child_run(
        [*deskapp_command(), "demo", "--persons", str(persons), "--db", db]
    )
    if code:
        raise SystemExit(f"bench: deskapp demo ended with {code}")
    line(
        f"deskapp demo --persons {persons:,}",
        wall,
        "demo_s" if not is_address(db) else None,
        "s",
        f"peak memory of the command {peak:,.0f} MB; load average after {load()}",
    )


def query_mix(db: Any, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, text) pairs an operator types in the registry's search box, in equal
    shares: a surname's first letter, its first two, a whole surname, a given name, a
    codice fiscale fragment (its start, 6-11 characters; a French person's NIR), a
    surname and the start of the given name."""
    from sqlalchemy import func, select

    from deskapp.models import Person

    rng = random.Random(seed)
    with db.read() as s:
        low, high = s.execute(select(func.min(Person.id), func.max(Person.id))).one()
        ids = rng.sample(range(low, high + 1), min(count * 2, high - low + 1))
        rows = s.execute(
            select(Person.family_name, Person.given_name, Person.codice_fiscale, Person.nir)
            .where(Person.id.in_(ids), Person.family_name != "")
            .limit(count)
        ).all()
    kinds = ("1 letter", "2 letters", "surname", "given name", "tax code", "surname + given")
    mix = []
    for n, (family, given, cf, nir) in enumerate(rows):
        kind = kinds[n % len(kinds)]
        if kind == "1 letter":
            text = family[:1]
        elif kind == "2 letters":
            text = family[:2]
        elif kind == "surname":
            text = family
        elif kind == "given name":
            text = given
        elif kind == "tax code":
            text = cf[: rng.randint(6, 11)] if cf else (nir or family)
        else:
            text = f"{family} {given[: rng.randint(1, 3)]}"
        mix.append((kind, text))
    rng.shuffle(mix)
    return mix


def summary(times: list[float]) -> str:
    return (
        f"median {statistics.median(times):.1f} ms, p95 {bench_core.percentile(times, 95):.1f} "
        f"ms, max {max(times):.1f} ms"
    )


def search(db: Any, count: int, seed: int) -> None:
    from deskapp.services.registry import (
        RegistryFilter,
        count_registry,
        first_block,
        read_block,
        registry_rows,
    )
    from deskapp.services.resources import search_skills
    from deskapp.services.search import search_persons

    print(f"\nsearch ({load()} load average before):", flush=True)
    mix = query_mix(db, count, seed)

    def registry_search(text: str) -> int | None:
        # What the People page does when the typing pauses: the first block of ids in
        # display order (with the count when it comes free), then the rows of the first
        # page (bench_gui.py times the screen too). None: the page counts off its thread.
        block, total = first_block(db, RegistryFilter(text=text), limit=ID_BLOCK)
        registry_rows(db, block.ids[:200])
        return total

    registry_search("warm")
    search_persons(db, "warm")
    by_kind: dict[str, list[float]] = {}
    matches: dict[str, list[int]] = {}
    picker: list[float] = []
    cpu: list[float] = []  # this process's CPU: all of SQLite's work, the client's of a server
    later: list[float] = []  # the counts the page makes off the GUI thread, after the list
    for kind, text in mix:
        t, c = time.perf_counter(), time.process_time()
        total = registry_search(text)
        by_kind.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        if total is None:
            t = time.perf_counter()
            total = count_registry(db, RegistryFilter(text=text))
            later.append((time.perf_counter() - t) * 1000)
        matches.setdefault(kind, []).append(total)
        t = time.perf_counter()
        search_persons(db, text)
        picker.append((time.perf_counter() - t) * 1000)
    every = [ms for times in by_kind.values() for ms in times]
    line(
        f"registry search, {len(every)} queries: median",
        statistics.median(every),
        "search_median_ms",
        "ms",
        f"CPU of this process: median {statistics.median(cpu):.1f} ms, "
        f"p95 {bench_core.percentile(cpu, 95):.1f} ms",
    )
    line(
        "registry search: p95",
        bench_core.percentile(every, 95),
        "search_p95_ms",
        "ms",
        f"max {max(every):.0f} ms",
    )
    for kind, times in by_kind.items():
        print(
            f"    {kind} ({len(times)}): {summary(times)}; "
            f"median {statistics.median(matches[kind]):,.0f} matches"
        )
    if later:
        print(
            f"    counted after the list was shown ({len(later)} of {len(every)}): {summary(later)}"
        )
    line(
        "person search (pickers, command line; 50 best), same queries: median",
        statistics.median(picker),
        "search_median_ms",
        "ms",
        f"p95 {bench_core.percentile(picker, 95):.1f} ms, max {max(picker):.0f} ms",
    )
    search_skills(db, "warm")
    skills = []
    for typed in bench_core.skill_keystrokes():
        t = time.perf_counter()
        search_skills(db, typed, limit=500)
        skills.append((time.perf_counter() - t) * 1000)
    line(
        f"skills search, {len(skills)} keystrokes: median",
        statistics.median(skills),
        "search_median_ms",
        "ms",
        f"p95 {bench_core.percentile(skills, 95):.1f} ms, max {max(skills):.0f} ms",
    )

    opens = []
    for _ in range(5):
        t = time.perf_counter()
        registry_search("")
        opens.append((time.perf_counter() - t) * 1000)
    shown = count_registry(db, RegistryFilter())
    line(
        f"registry open ({shown:,} people counted, the first {ID_BLOCK:,} ids in name order "
        "+ the first page): median",
        statistics.median(opens),
        "open_ms",
        "ms",
        f"max {max(opens):.0f} ms",
    )

    # Deep scrolling: a block read from its neighbour's last row (keyset), the last block
    # read backwards from the end, and a jump to the middle (OFFSET from the nearer end).
    everyone = RegistryFilter()
    deep: dict[str, list[float]] = {}

    def timed_read(what: str, **where: Any) -> Any:
        t = time.perf_counter()
        block = read_block(db, everyone, limit=ID_BLOCK, **where)
        deep.setdefault(what, []).append((time.perf_counter() - t) * 1000)
        return block

    for _ in range(3):
        end = timed_read("last block (from the end)", from_end=True)
        timed_read("the block before it (keyset)", before=end.first)
        middle = timed_read("a middle block (OFFSET)", offset=shown // 2)
        timed_read("the block after it (keyset)", after=middle.last)
    print(
        "    deep scrolling, 1,000 ids: "
        + "; ".join(f"{what} median {statistics.median(ms):.1f} ms" for what, ms in deep.items())
    )


def screens(db: str, operator: str) -> None:
    print(f"\nscreens, offscreen Qt, a child process ({load()} load average before):", flush=True)
    done = subprocess.run(
        [sys.executable, __file__, "--child", "gui", "--db", db, "--operator", operator],
        check=True,
        capture_output=True,
        text=True,
    )
    f = json.loads(done.stdout.strip().splitlines()[-1])
    line(
        "first window with the registry (window built, registry read, shown)",
        f["first_window_ms"],
        "open_ms",
        "ms",
    )
    line(
        "registry reopen (model filled again, first rows painted): median",
        f["open_ms"],
        "open_ms",
        "ms",
    )
    line(
        f"keystroke to updated view ({f['keystrokes']} keystrokes): median",
        f["keystroke_ms"],
        "keystroke_ms",
        "ms",
        f"max {f['keystroke_max_ms']:.0f} ms",
    )
    line(
        "keystroke to updated view: max",
        f["keystroke_max_ms"],
        "keystroke_ms",
        "ms",
        f'"{f["keystroke_slowest"]}"',
    )
    if "keystroke_count_ms" in f:
        print(
            f"    the count shown beside the list (made off the GUI thread when large): "
            f"median {f['keystroke_count_ms']:.0f} ms, max {f['keystroke_count_max_ms']:.0f} ms "
            "after the keystroke"
        )
    print(
        f"    sort by first contact {f['sort_ms']:.0f} ms; last row {f['scroll_ms']:.0f} ms; "
        f"Projects board own desk {f['board_own_ms']:.0f} ms, all desks "
        f"{f['board_all_ms']:.0f} ms; list all desks {f['list_all_ms']:.0f} ms; project page "
        f"({f['project_members']} members) {f['project_ms']:.0f} ms; person record "
        f"{f['person_ms']:.0f} ms; agenda {f['agenda_ms']:.0f} ms; resources "
        f"{f['resources_ms']:.0f} ms; skills keystroke median {f['skill_key_ms']:.0f} ms"
    )
    line(
        "GUI peak memory (VmHWM after People page, searches, person, Projects board...)",
        f["peak_mb"],
        "gui_peak_mb",
        "MB",
    )


def documents(db: Any, operator: str, repeat: int) -> None:
    from sqlalchemy import func, select

    from deskapp.models import Person
    from deskapp.reports.dossier import person_dossier
    from deskapp.reports.indicators_report import coordinator_report, resolve_scope
    from deskapp.services.actor import resolve_actor

    print(f"\ndocuments ({load()} load average before):", flush=True)
    actor = resolve_actor(db, operator)
    out = Path(tempfile.mkdtemp(prefix="deskapp-bench-scale-"))
    try:
        target = resolve_scope(db)
        start, end = dt.date(2026, 1, 1), dt.date(2026, 10, 31)  # as bench_reports.py
        for fmt in ("pdf", "xlsx"):
            runs = [
                bench_reports._timed(
                    lambda fmt=fmt: coordinator_report(
                        db,
                        actor,
                        start,
                        end,
                        target.scope,
                        out / f"r.{fmt}",
                        fmt,
                        target.language,
                    )
                )
                for _ in range(repeat)
            ]
            best = min(runs, key=lambda r: r[0])
            line(
                f"coordinator report, all desks, {fmt} ({best[2].participants:,} participants):"
                " best",
                best[0],
                "report_s",
                "s",
                f"cpu {best[1]:.1f} s; runs {', '.join(f'{r[0]:.1f}' for r in runs)} s",
            )
        with db.read() as s:
            top = int(s.scalar(select(func.max(Person.id))) or 0)
        rng = random.Random(5)
        sample = [rng.randint(1, top) for _ in range(21)]
        person_dossier(db, actor, sample[0], out / "warm.pdf")
        times = []
        for person_id in sample[1:]:
            wall, _cpu, _ = bench_reports._timed(
                lambda i=person_id: person_dossier(db, actor, i, out / f"d{i}.pdf")
            )
            times.append(wall * 1000)
        line(
            f"one dossier, audited ({len(times)} people at random): median",
            statistics.median(times),
            "dossier_ms",
            "ms",
            f"max {max(times):.0f} ms",
        )
    finally:
        shutil.rmtree(out, ignore_errors=True)


def import_csv(work: Path, rows: int) -> Path:
    """The file to import: ``export persons`` of a demo of ``rows`` people (seed 2),
    made once and kept in ``work``."""
    from deskapp.models.database import Database
    from deskapp.models.migrate import upgrade_database
    from deskapp.reports.exports import export_table
    from deskapp.services.actor import resolve_actor
    from deskapp.services.demo import generate_demo

    csv_path = work / f"import-{rows}.csv"
    if csv_path.exists():
        return csv_path
    source = work / f"import-source-{rows}.sqlite"
    for p in work.glob(source.name + "*"):
        p.unlink()
    db = Database.at_path(source)
    upgrade_database(db)
    generate_demo(db, persons=rows, seed=2)
    export_table(db, resolve_actor(db, OPERATOR), "persons", csv_path)
    db.dispose()
    return csv_path


def importing(db: str, work: Path, rows: int) -> None:
    from deskapp.models.database import Database
    from deskapp.models.migrate import open_server_database, upgrade_database

    print(f"\nimport ({load()} load average before):", flush=True)
    csv_path = import_csv(work, rows)
    server = server_for(db) if is_address(db) else None
    if is_address(db):
        if server is None:
            print("  import: skipped (only on a server started by 'bench_scale.py server')")
            return
        server.drop_database("import_target")
        server.create_database("import_target")
        address = server.address("import_target")
        target, _ = open_server_database(address, create=True)
    else:
        path = work / "import-target.sqlite"
        for p in work.glob(path.name + "*"):
            p.unlink()
        address = str(path)
        target = Database.at_path(path)
        upgrade_database(target)
    bench_core.import_target(target, password=IMPORT_PASSWORD)
    target.dispose()
    env = dict(os.environ, DESKAPP_PASSWORD=IMPORT_PASSWORD)
    wall, peak, code = child_run(
        [
            *deskapp_command(),
            "import",
            "persons",
            str(csv_path),
            "--db",
            address,
            "--operator",
            IMPORT_ADMIN,
        ],
        env,
    )
    if code:
        raise SystemExit(f"bench: deskapp import ended with {code}")
    version = subprocess.run(
        [
            "git",
            "-C",
            str(ROOT),
            "log",
            "-1",
            "--format=%h %ci",
            "--",
            "deskapp/services/importing.py",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--short", "--", "deskapp/services/importing.py"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    line(
        f"deskapp import persons, {rows:,} rows into a new registry: whole command",
        wall,
        "import_s" if is_address(db) else None,
        "s",
        f"{rows / wall:,.0f} rows/s; peak memory of the command {peak:,.0f} MB; "
        f"importing.py at {version}{' + uncommitted changes' if changed else ''}; "
        f"load average after {load()}",
    )


# --- the run ------------------------------------------------------------------------

PARTS = ("search", "screens", "documents", "import")


def main(argv: list[str]) -> int:
    if argv[:1] == ["server"]:
        return server_command(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="a database file or a postgresql:// address")
    parser.add_argument("--operator", default=OPERATOR)
    parser.add_argument("--demo", type=int, metavar="PERSONS", help="time the demo first")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each report")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument(
        "--work", type=Path, default=Path("/work/bench-data"), help="folder for the import's files"
    )
    parser.add_argument("--only", choices=PARTS, action="append")
    parser.add_argument("--child", choices=("gui",), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "gui":
        figures = bench_gui.measure_screens(args.db, args.operator)
        print(json.dumps(figures))
        return 0
    if not is_address(args.db):
        args.db = str(Path(args.db).resolve())
    parts = args.only or PARTS
    print(
        f"machine: {platform.machine()} {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average {load()}"
    )
    if args.demo:
        demo(args.db, args.demo)
    db = open_db(args.db)
    try:
        found = counts(db)
        print(
            "registry: "
            + ", ".join(f"{n:,} {what}" for what, n in found.items())
            + (" (PostgreSQL)" if is_address(args.db) else " (SQLite)")
        )
        steps: dict[str, Callable[[], None]] = {
            "search": lambda: search(db, args.queries, args.seed),
            "screens": lambda: screens(args.db, args.operator),
            "documents": lambda: documents(db, args.operator, args.repeat),
            "import": lambda: importing(args.db, args.work, args.import_rows),
        }
        for part in PARTS:
            if part in parts:
                steps[part]()
    finally:
        db.dispose()
    print(f"\nload average at the end: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
