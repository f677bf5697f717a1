"""Projects as the Projects screen shows them: a board by stage and a filtered list.

Both read a few columns per project in one query, with the member count and the
next follow-up computed by the database. The board shows at most ``per_stage`` cards
in each column (the most urgent first) and says how many more there are; the list is
sorted and limited by the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select

from deskapp.models import Activity, Desk, EnterpriseProject, Operator, ProjectMembership
from deskapp.models.database import Database
from deskapp.models.enums import ProjectKind, Stage
from deskapp.models.sql.dates import earliest
from deskapp.services.search import every_term_in

BOARD_STAGES: tuple[Stage, ...] = tuple(Stage)

# One colour per stage, the same on the board, in lists and in reports (UX.md).
STAGE_COLOURS: dict[Stage, str] = {
    Stage.INTAKE: "#8e9aaf",
    Stage.IDEA: "#f2c14e",
    Stage.FEASIBILITY: "#f78154",
    Stage.BUSINESS_PLAN: "#4d9de0",
    Stage.FUNDING: "#7768ae",
    Stage.STARTUP: "#3bb273",
    Stage.FOLLOW_UP: "#1b998b",
    Stage.STARTED: "#2e7d32",
    Stage.ABANDONED: "#9e9e9e",
}


@dataclass(frozen=True)
class ProjectFilter:
    text: str = ""  # words of the title or the origin company
    desk_id: int | None = None
    kind: ProjectKind | None = None
    stage: Stage | None = None
    sector: str = ""  # ATECO code prefix, e.g. "25" or "25.62"
    operator_id: int | None = None  # lead operator


@dataclass(frozen=True)
class ProjectCard:
    id: int
    version: int
    title: str
    kind: ProjectKind
    stage: Stage
    ateco_code: str
    desk: str
    lead_operator: str
    members: int
    next_follow_up: dt.date | None  # the earlier of the next action and open follow-ups
    next_action: str


def _conditions(flt: ProjectFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.desk_id is not None:
        conditions.append(EnterpriseProject.desk_id == flt.desk_id)
    if flt.kind is not None:
        conditions.append(EnterpriseProject.kind == flt.kind)
    if flt.stage is not None:
        conditions.append(EnterpriseProject.stage == flt.stage)
    if flt.operator_id is not None:
        conditions.append(EnterpriseProject.lead_operator_id == flt.operator_id)
    if flt.sector.strip():
        conditions.append(EnterpriseProject.ateco_code.startswith(flt.sector.strip()))
    terms = flt.text.split()
    if terms:
        conditions.append(
            every_term_in(terms, [EnterpriseProject.title, EnterpriseProject.origin_company_name])
        )
    return conditions


def _card_query(flt: ProjectFilter) -> Any:
    members = (
        select(func.count(func.distinct(ProjectMembership.person_id)))
        .where(ProjectMembership.project_id == EnterpriseProject.id)
        .scalar_subquery()
    )
    follow_up = (
        select(func.min(Activity.follow_up_due))
        .where(
            Activity.project_id == EnterpriseProject.id,
            Activity.follow_up_done.is_(False),
            Activity.follow_up_due.is_not(None),
        )
        .scalar_subquery()
    )
    next_date = earliest(EnterpriseProject.next_action_due, follow_up)
    return (
        select(
            EnterpriseProject.id,
            EnterpriseProject.version,
            EnterpriseProject.title,
            EnterpriseProject.kind,
            EnterpriseProject.stage,
            EnterpriseProject.ateco_code,
            Desk.name,
            Operator.name,
            members,
            next_date.label("next_date"),
            EnterpriseProject.next_action,
        )
        .join(Desk, Desk.id == EnterpriseProject.desk_id)
        .join(Operator, Operator.id == EnterpriseProject.lead_operator_id)
        .where(*_conditions(flt))
    )


def _card(row: Any) -> ProjectCard:
    pid, version, title, kind, stage, ateco, desk, lead, members, next_date, action = row
    if isinstance(next_date, str):  # a date out of min() comes back as text on SQLite
        next_date = dt.date.fromisoformat(next_date)
    return ProjectCard(
        id=int(pid),
        version=int(version),
        title=str(title),
        kind=kind,
        stage=stage,
        ateco_code=str(ateco),
        desk=str(desk),
        lead_operator=str(lead),
        members=int(members or 0),
        next_follow_up=next_date if isinstance(next_date, dt.date) else None,
        next_action=str(action),
    )


_NEXT_DATE: ColumnElement[Any] = literal_column("next_date")
# NULLS LAST, not "next_date IS NULL": PostgreSQL sorts on an output column's name only
# when it stands alone (SQLite has NULLS LAST since 3.30).
_URGENT_FIRST = (_NEXT_DATE.asc().nulls_last(), EnterpriseProject.title, EnterpriseProject.id)

# Sort keys of the list view; each ends with the id so the order is total.
LIST_SORTS: dict[str, tuple[Any, ...]] = {
    "title": (EnterpriseProject.title, EnterpriseProject.id),
    "kind": (EnterpriseProject.kind, EnterpriseProject.title, EnterpriseProject.id),
    "stage": (EnterpriseProject.stage, EnterpriseProject.title, EnterpriseProject.id),
    "next": _URGENT_FIRST,
}


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    total: int
    cards: list[ProjectCard]


def board(db: Database, flt: ProjectFilter, per_stage: int = 100) -> list[BoardColumn]:
    """One column per stage: the most urgent cards first (undated ones last)."""
    with db.read() as s:
        totals = {
            k: v
            for k, v in s.execute(
                select(EnterpriseProject.stage, func.count())
                .where(*_conditions(flt))
                .group_by(EnterpriseProject.stage)
            )
        }
        columns = []
        for stage in BOARD_STAGES:
            if flt.stage is not None and stage is not flt.stage:
                columns.append(BoardColumn(stage, 0, []))
                continue
            query = (
                _card_query(flt)
                .where(EnterpriseProject.stage == stage)
                .order_by(*_URGENT_FIRST)
                .limit(per_stage)
            )
            cards = [_card(tuple(r)) for r in s.execute(query)]
            columns.append(BoardColumn(stage, int(totals.get(stage, 0)), cards))
        return columns


def project_list(
    db: Database, flt: ProjectFilter, sort: str = "next", limit: int = 1000
) -> tuple[int, list[ProjectCard]]:
    """The total that match, and the first ``limit`` in the chosen order."""
    with db.read() as s:
        total = int(
            s.scalar(select(func.count()).select_from(EnterpriseProject).where(*_conditions(flt)))
            or 0
        )
        query = _card_query(flt).order_by(*LIST_SORTS.get(sort, _URGENT_FIRST)).limit(limit)
        return total, [_card(tuple(r)) for r in s.execute(query)]


def projects_of_person(db: Database, person_id: int) -> list[tuple[ProjectCard, str]]:
    """The projects a person belongs to, with their role values joined by commas."""
    with db.read() as s:
        roles: dict[int, list[str]] = {}
        for project_id, role in s.execute(
            select(ProjectMembership.project_id, ProjectMembership.role).where(
                ProjectMembership.person_id == person_id
            )
        ):
            roles.setdefault(project_id, []).append(role.value)
        if not roles:
            return []
        query = _card_query(ProjectFilter()).where(EnterpriseProject.id.in_(roles))
        cards = [_card(tuple(r)) for r in s.execute(query.order_by(EnterpriseProject.id))]
        return [(card, ",".join(roles[card.id])) for card in cards]
