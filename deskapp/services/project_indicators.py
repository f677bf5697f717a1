"""The coordinator report's project tables (deskapp.services.indicators): projects by
kind and stage, stage movements in the period, enterprises started and their jobs, the
follow-up of started enterprises, funding applied for and granted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    and_,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    Activity,
    EnterpriseProject,
    FundingApplication,
    ProjectMembership,
    StageTransition,
)
from deskapp.models.base import money_sum
from deskapp.models.enums import (
    FundingInstrument,
    ProjectKind,
    Stage,
)
from deskapp.services.indicators import (
    FOLLOW_UP_MONTHS,
    JOB_ROLES,
    JOBS_NOTE,
    RUNNING,
    Indicators,
    Table,
    _activity_in,
    _desk_condition,
    _end_of,
    _months_before,
    _moved_in,
    _stages_at,
)


def project_tables(s: Session, result: Indicators) -> list[Table]:
    start, end = result.start, result.end
    project_scope = _desk_condition(EnterpriseProject.desk_id, result.scope)
    at_end = _end_of(end)

    stages = _stages_at(at_end)
    by_kind_stage = {
        (k, st): int(n)
        for k, st, n in s.execute(
            select(EnterpriseProject.kind, stages.c.stage, func.count())
            .join(stages, stages.c.project_id == EnterpriseProject.id)
            .where(project_scope)
            .group_by(EnterpriseProject.kind, stages.c.stage)
        )
    }
    projects = Table(
        "projects",
        QT_TRANSLATE_NOOP("Report", "Projects by stage and kind"),
        tuple(ProjectKind),
        tuple(k.value for k in ProjectKind),
        QT_TRANSLATE_NOOP("Report", "Stage on %2"),
        (
            QT_TRANSLATE_NOOP(
                "Report",
                "Projects opened by %2, each in the stage it had reached at the end of that "
                "day (from the stage history).",
            ),
        ),
    )
    for st in Stage:
        projects.add(st.value, st, *[by_kind_stage.get((k, st), 0) for k in ProjectKind])

    moved = {
        st: (int(n), int(moves))
        for st, n, moves in s.execute(
            select(
                StageTransition.to_stage,
                func.count(func.distinct(StageTransition.project_id)),
                func.count(),
            )
            .join(EnterpriseProject, EnterpriseProject.id == StageTransition.project_id)
            .where(project_scope, StageTransition.from_stage.is_not(None), _moved_in(start, end))
            .group_by(StageTransition.to_stage)
        )
    }
    movements = Table(
        "movements",
        QT_TRANSLATE_NOOP("Report", "Stage movements in the period"),
        (
            QT_TRANSLATE_NOOP("Report", "Projects moved there"),
            QT_TRANSLATE_NOOP("Report", "Moves"),
        ),
        ("projects", "moves"),
        QT_TRANSLATE_NOOP("Report", "Stage reached"),
        (
            QT_TRANSLATE_NOOP(
                "Report",
                "Moves dated in the period; opening a project is not a move. Each project "
                "counts once per stage it moved to, however many times; the moves column "
                "counts every move.",
            ),
        ),
    )
    for st in Stage:
        movements.add(st.value, st, *moved.get(st, (0, 0)))

    supported = s.scalar(
        select(func.count(EnterpriseProject.id)).where(
            project_scope,
            or_(
                EnterpriseProject.id.in_(
                    select(Activity.project_id).where(
                        Activity.project_id.is_not(None), _activity_in(start, end)
                    )
                ),
                EnterpriseProject.id.in_(
                    select(StageTransition.project_id).where(
                        StageTransition.from_stage.is_not(None), _moved_in(start, end)
                    )
                ),
            ),
        )
    )
    # Enterprises started by the period's end: a start date by then, and a running
    # stage reached by then.
    started_by_end = and_(
        project_scope,
        EnterpriseProject.actual_start_date <= end,
        EnterpriseProject.id.in_(
            select(StageTransition.project_id).where(
                StageTransition.to_stage.in_(RUNNING), StageTransition.at < at_end
            )
        ),
    )
    created_ids = select(EnterpriseProject.id).where(
        started_by_end, EnterpriseProject.actual_start_date >= start
    )
    created = s.scalar(select(func.count()).select_from(created_ids.subquery()))
    jobs_held = (
        select(ProjectMembership.project_id, ProjectMembership.person_id)
        .where(ProjectMembership.project_id.in_(created_ids), ProjectMembership.role.in_(JOB_ROLES))
        .distinct()
        .subquery()
    )
    members = s.scalar(select(func.count()).select_from(jobs_held))
    employees = s.scalar(
        select(func.coalesce(func.sum(EnterpriseProject.employees), 0)).where(
            EnterpriseProject.id.in_(created_ids)
        )
    )
    enterprises = Table(
        "enterprises",
        QT_TRANSLATE_NOOP("Report", "Enterprises"),
        (QT_TRANSLATE_NOOP("Report", "Number"),),
        ("count",),
        notes=(
            QT_TRANSLATE_NOOP(
                "Report",
                "Enterprises supported: projects with a service or a stage move in the period.",
            ),
            QT_TRANSLATE_NOOP(
                "Report",
                "Enterprises created: start date within the period, follow-up or started "
                "reached by %2.",
            ),
            JOBS_NOTE,
        ),
    )
    enterprises.add(
        "supported", QT_TRANSLATE_NOOP("Report", "Enterprises supported"), int(supported or 0)
    )
    enterprises.add(
        "created", QT_TRANSLATE_NOOP("Report", "Enterprises created"), int(created or 0)
    )
    enterprises.add(
        "jobs",
        QT_TRANSLATE_NOOP("Report", "Jobs created (members and employees of those enterprises)"),
        int(members or 0) + int(employees or 0),
    )
    return [projects, movements, enterprises, _follow_up(s, result, started_by_end)]


def _follow_up(s: Session, result: Indicators, started_by_end: Any) -> Table:
    """Enterprises started long enough before the period's end, and how many ran then
    and at each anniversary of their start. Read in Python from their stage history:
    the anniversaries are one moment per enterprise."""
    end = result.end
    longest = _months_before(end, min(m for m, _label in FOLLOW_UP_MONTHS))
    cohort = select(EnterpriseProject.id).where(
        started_by_end, EnterpriseProject.actual_start_date <= longest
    )
    started_on: dict[int, dt.date] = {
        pid: day
        for pid, day in s.execute(
            select(EnterpriseProject.id, EnterpriseProject.actual_start_date).where(
                EnterpriseProject.id.in_(cohort)
            )
        )
        if day is not None
    }
    history: dict[int, list[tuple[dt.datetime, Stage]]] = {pid: [] for pid in started_on}
    for pid, at, stage in s.execute(
        select(StageTransition.project_id, StageTransition.at, StageTransition.to_stage)
        .where(StageTransition.project_id.in_(cohort), StageTransition.at < _end_of(end))
        .order_by(StageTransition.project_id, StageTransition.at, StageTransition.id)
    ):
        history[pid].append((at, stage))

    def active(pid: int, day: dt.date) -> bool:
        moment = _end_of(min(day, end))
        reached = [stage for at, stage in history[pid] if at < moment]
        return bool(reached) and reached[-1] is not Stage.ABANDONED

    table = Table(
        "follow_up",
        QT_TRANSLATE_NOOP("Report", "Enterprises started, still active after"),
        (
            QT_TRANSLATE_NOOP("Report", "Started at least that long before %2"),
            QT_TRANSLATE_NOOP("Report", "Still active at the period's end"),
            QT_TRANSLATE_NOOP("Report", "Active that long after starting"),
        ),
        ("started", "active_at_end", "active_after"),
        QT_TRANSLATE_NOOP("Report", "Time since the start"),
        (
            QT_TRANSLATE_NOOP(
                "Report",
                "Enterprises started (start date, follow-up or started reached by %2) at "
                "least 6, 12, 24 or 36 months before %2. Active: not abandoned, on %2 or on "
                "the day 6, 12, 24 or 36 months after the start.",
            ),
        ),
    )
    for months, label in FOLLOW_UP_MONTHS:
        cutoff = _months_before(end, months)
        ids = [pid for pid, day in started_on.items() if day <= cutoff]
        table.add(
            f"{months}_months",
            label,
            len(ids),
            sum(active(pid, end) for pid in ids),
            sum(active(pid, _months_before(started_on[pid], -months)) for pid in ids),
        )
    return table


def funding_table(s: Session, result: Indicators) -> Table:
    start, end = result.start, result.end
    funding_scope = FundingApplication.project_id.in_(
        select(EnterpriseProject.id).where(_desk_condition(EnterpriseProject.desk_id, result.scope))
    )
    sums: dict[FundingInstrument, list[Decimal]] = {
        i: [Decimal("0.00")] * 3 for i in FundingInstrument
    }
    for position, (amount, day) in enumerate(
        (
            (FundingApplication.amount_requested, FundingApplication.submitted_on),
            (FundingApplication.amount_granted, FundingApplication.decided_on),
            (FundingApplication.amount_disbursed, FundingApplication.disbursed_on),
        )
    ):
        for instrument, total_amount in s.execute(
            select(FundingApplication.instrument, money_sum(amount))
            .where(funding_scope, day.between(start, end))
            .group_by(FundingApplication.instrument)
        ):
            sums[instrument][position] = total_amount
    table = Table(
        "funding",
        QT_TRANSLATE_NOOP("Report", "Funding by instrument (EUR)"),
        (
            QT_TRANSLATE_NOOP("Report", "Requested"),
            QT_TRANSLATE_NOOP("Report", "Granted"),
            QT_TRANSLATE_NOOP("Report", "Disbursed"),
        ),
        ("requested", "granted", "disbursed"),
        QT_TRANSLATE_NOOP("Report", "Instrument"),
        (
            QT_TRANSLATE_NOOP(
                "Report",
                "Requested by submission date, granted by decision date, disbursed by "
                "disbursement date, each within the period.",
            ),
        ),
    )
    for i in FundingInstrument:
        if any(sums[i]):
            table.add(i.value, i, *sums[i])
    return table
