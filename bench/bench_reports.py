"""Documents at scale: the coordinator report and a batch of person dossiers.

Run by hand on a large demo database (`deskapp demo --persons 100000`):
    .venv/bin/python bench/bench_reports.py --db /tmp/bench/bench-demo.sqlite
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from deskapp.models import Person
from deskapp.models.enums import Region
from deskapp.models.migrate import open_database
from deskapp.reports.dossier import person_dossier, person_dossiers
from deskapp.reports.indicators_report import coordinator_report, resolve_scope
from deskapp.services.actor import resolve_actor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--operator", default="Amministratore demo")
    parser.add_argument("--dossiers", type=int, default=1000)
    args = parser.parse_args()
    db, _ = open_database(args.db)
    actor = resolve_actor(db, args.operator)
    out = Path(tempfile.mkdtemp(prefix="deskapp-bench-reports-"))
    start, end = dt.date(2026, 1, 1), dt.date(2026, 10, 31)
    for label, region in (("all desks", None), ("Liguria", Region.LIGURIA)):
        target = resolve_scope(db, region=region)
        for fmt in ("pdf", "xlsx", "csv"):
            t = time.perf_counter()
            report = coordinator_report(
                db, actor, start, end, target.scope, out / f"r.{fmt}", fmt, target.language
            )
            print(
                f"coordinator report, {label}, {fmt}: {time.perf_counter() - t:.2f} s "
                f"({report.participants} participants)"
            )
    with db.read() as s:
        ids = list(s.scalars(select(Person.id).order_by(Person.id).limit(args.dossiers)))
    t = time.perf_counter()
    for person_id in ids[:100]:
        person_dossier(db, actor, person_id, out / f"d{person_id}.pdf")
    each = (time.perf_counter() - t) / min(len(ids), 100) * 1000
    print(f"one dossier at a time (audited each): {each:.0f} ms each")
    t = time.perf_counter()
    written = person_dossiers(db, actor, ids, out / "batch")
    print(f"{len(written)} dossiers in one batch: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
