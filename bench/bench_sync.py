"""Consolidation (issue 16): N desks x P people into one coordinator database, and a
desk's monthly bundle.

    PYTHONPATH=. python bench/bench_sync.py --desks 34 --persons 3000 --folder /tmp/syncbench

Targets: 34 desks x 3,000 people consolidated in < 60 s; a monthly bundle (300 changes)
made in < 1 s and taken in in < 2 s. The desks' databases (demo data, one seed each)
are made once in ``--folder`` and reused; the coordinator's is made anew each run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import time
from pathlib import Path

from sqlalchemy import func, select

from deskapp.models import Activity, Person
from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.services.activities import log_activity
from deskapp.services.actor import resolve_actor
from deskapp.services.demo import generate_demo
from deskapp.services.indicators import Scope, coordinator_indicators
from deskapp.services.organisation import initialise
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import export_bundle
from deskapp.sync.keys import desk_key, trust_desk
from deskapp.sync.pipeline import import_bundles

ADMIN = "Amministratore demo"


def desk_database(folder: Path, i: int, persons: int) -> Database:
    path = folder / f"desk-{i:02d}.sqlite"
    fresh = not path.exists()
    db = Database.at_path(path)
    if fresh:
        upgrade_database(db, keep_copy=False)
        generate_demo(db, persons=persons, seed=1000 + i)
    return db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--desks", type=int, default=34)
    parser.add_argument("--persons", type=int, default=3000)
    parser.add_argument("--folder", default="/tmp/syncbench")
    parser.add_argument(
        "--encrypt", action="store_true", help="bundles encrypted to the coordinator's key"
    )
    parser.add_argument(
        "--one-by-one", action="store_true", help="one import_bundle call a bundle, no worker"
    )
    args = parser.parse_args()
    folder = Path(args.folder)
    folder.mkdir(parents=True, exist_ok=True)
    bundles = folder / "bundles"
    shutil.rmtree(bundles, ignore_errors=True)
    bundles.mkdir()

    t = time.perf_counter()
    desks = [desk_database(folder, i, args.persons) for i in range(args.desks)]
    print(f"desks ready: {time.perf_counter() - t:.1f} s")

    for f in folder.glob("coordinator.sqlite*"):
        f.unlink()
    centre = Database.at_path(folder / "coordinator.sqlite")
    upgrade_database(centre, keep_copy=False)
    coordinator = initialise(
        centre,
        desk={"name": "Coordinamento", "region": "liguria", "country": "IT", "language": "it"},
        administrator={"name": "Coordinatrice"},
    )

    from deskapp.sync.sealing import sealing_key

    seal_to = sealing_key(centre).public_key if args.encrypt else None
    made = []
    export_times = []
    for i, db in enumerate(desks):
        key = desk_key(db)
        trust_desk(centre, coordinator, key.text, f"Desk {i:02d}", key.fingerprint)
        actor = resolve_actor(db, ADMIN)
        # A reused desk database has made bundles before: start its chain again.
        with db.write() as s:
            from sqlalchemy import delete

            from deskapp.models.sync import SyncBundle

            s.execute(delete(SyncBundle))
        t = time.perf_counter()
        made.append(
            export_bundle(db, actor, bundles / f"desk-{i:02d}-1.deskbundle", seal_to=seal_to)
        )
        export_times.append(time.perf_counter() - t)
    size = sum(m.path.stat().st_size for m in made) / len(made) / 1e6
    print(
        f"first bundles: {sum(m.records for m in made) / len(made):.0f} records each, "
        f"{size:.1f} MB each, made in {min(export_times):.2f}-{max(export_times):.2f} s"
    )

    t, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    each = []
    if args.one_by_one:  # as before deskapp.sync.pipeline: one command a bundle
        for m in made:
            started = time.perf_counter()
            import_bundle(centre, coordinator, m.path)
            each.append(time.perf_counter() - started)
    else:  # one command for them all: deskapp sync import FOLDER
        marks: list[float] = []
        outcomes = import_bundles(
            centre,
            coordinator,
            [bundles],
            progress=lambda _done, _total: marks.append(time.perf_counter()),
        )
        assert all(o.error is None for o in outcomes), [o.error for o in outcomes]
        each = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    consolidated = time.perf_counter() - t
    cpu = time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    # CPU time of this process (the writer): what the machine's other work does not
    # change, and what an idle PC with a second core for the worker shows as wall time.
    print(
        f"bundles taken in: the first in {each[0]:.2f} s, the last in {each[-1]:.2f} s, "
        f"{min(each):.2f}-{max(each):.2f} s; {cpu:.1f} s of CPU in the writing process, "
        f"{worker:.1f} s in the worker process reading ahead"
    )
    with centre.read() as s:
        people = s.scalar(select(func.count()).select_from(Person))
        activities = s.scalar(select(func.count()).select_from(Activity))
        linked = s.scalar(select(func.count()).where(Person.counted_with.is_not(None)))
    print(
        f"consolidated {args.desks} desks: {consolidated:.1f} s "
        f"({people} people, {activities} activities, {linked} linked as the same person)"
    )
    t = time.perf_counter()
    report = coordinator_indicators(centre, dt.date(2000, 1, 1), dt.date(2030, 12, 31), Scope())
    print(
        f"coordinator report over everyone: {time.perf_counter() - t:.2f} s, "
        f"{report.participants} participants"
    )

    # A month at desk 0: 200 people's phones changed, 100 activities logged.
    db, actor = desks[0], resolve_actor(desks[0], ADMIN)
    from sqlalchemy import update

    with db.write() as s:
        ids = s.scalars(
            select(Person.id).where(Person.anonymised_on.is_(None)).order_by(Person.id).limit(200)
        ).all()
        for n, person_id in enumerate(ids):
            s.execute(update(Person).where(Person.id == person_id).values(phone=f"+39320{n:07d}"))
    for n in range(100):
        log_activity(
            db,
            actor,
            {
                "kind": "interview",
                "occurred_at": dt.datetime(2026, 12, 1, 9) + dt.timedelta(minutes=n),
                "person_id": ids[n],
                "duration_minutes": 30,
            },
        )
    t, cpu = time.perf_counter(), time.process_time()
    monthly = export_bundle(db, actor, bundles / "desk-00-2.deskbundle", seal_to=seal_to)
    made_in, made_cpu = time.perf_counter() - t, time.process_time() - cpu
    t, cpu = time.perf_counter(), time.process_time()
    import_bundle(centre, coordinator, monthly.path)
    applied_in, applied_cpu = time.perf_counter() - t, time.process_time() - cpu
    print(
        f"monthly bundle: {monthly.records} records, {monthly.audit_events} events, "
        f"made in {made_in:.2f} s ({made_cpu:.2f} s CPU), "
        f"taken in in {applied_in:.2f} s ({applied_cpu:.2f} s CPU)"
    )
    for d in (*desks, centre):
        d.dispose()


if __name__ == "__main__":
    main()
