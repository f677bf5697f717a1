"""The business plan at scale: compute and print one plan, on a large demo database.

Run by hand on a demo database (`deskapp demo --persons 100000`):
    .venv/bin/python bench/bench_business_plan.py --db /tmp/bench/bench-demo.sqlite
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from deskapp.models import BusinessPlan, ProjectMembership
from deskapp.models.migrate import open_database
from deskapp.reports.business_plan_report import business_plan_report
from deskapp.services.actor import resolve_actor
from deskapp.services.business_plans import load_plan, plan_result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--operator", default="Amministratore demo")
    parser.add_argument("--plans", type=int, default=20)
    args = parser.parse_args()
    db, _ = open_database(args.db)
    actor = resolve_actor(db, args.operator)
    with db.read() as s:
        # The plans of the projects with the most members: the largest tables.
        members = (
            select(ProjectMembership.project_id, func.count().label("n"))
            .group_by(ProjectMembership.project_id)
            .subquery()
        )
        ids = list(
            s.scalars(
                select(BusinessPlan.project_id)
                .join(members, members.c.project_id == BusinessPlan.project_id)
                .order_by(members.c.n.desc())
                .limit(args.plans)
            )
        )
    out = Path(tempfile.mkdtemp(prefix="deskapp-bench-plan-"))
    load, compute, document = [], [], []
    for project_id in ids:
        t = time.perf_counter()
        draft = load_plan(db, project_id)
        load.append(time.perf_counter() - t)
        t = time.perf_counter()
        plan_result(db, project_id, draft.plan)
        compute.append(time.perf_counter() - t)
        t = time.perf_counter()
        business_plan_report(db, actor, project_id, out / f"plan-{project_id}.pdf")
        document.append(time.perf_counter() - t)
    for label, times in (("load draft", load), ("compute", compute), ("PDF", document)):
        print(
            f"{label}: median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms over {len(times)} plans"
        )


if __name__ == "__main__":
    main()
