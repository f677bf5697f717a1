"""Projects as the Projects screen shows them: a board by stage and a filtered list.

Both read a few columns per project in one query, with the member count and the
next follow-up computed by the database. The board shows at most ``per_stage`` cards
in each column (the most urgent first) and says how many more there are; the list is
sorted and limited by the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, or_, select
from sqlalchemy.orm import Session

from deskapp.models import Activity, Desk, EnterpriseProject, Operator, ProjectMembership
from deskapp.models.database import Database
from deskapp.models.enums import ProjectKind, Stage
from deskapp.models.sectors import normalise as normalise_sector
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
    sector: str = ""  # a code or its start: NACE "25" or "25.62", ATECO 25.62.00, NAF 25.62A
    operator_id: int | None = None  # lead operator


@dataclass(frozen=True)
class ProjectCard:
    id: int
    version: int
    title: str
    kind: ProjectKind
    stage: Stage
    sector_code: str
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
        # The NACE code finds a division's projects whichever list they were typed in;
        # the typed code, an ATECO subcategory or a NAF subclass.
        start = normalise_sector(flt.sector)
        conditions.append(
            or_(
                EnterpriseProject.nace_code.startswith(start, autoescape=True),
                EnterpriseProject.sector_code.startswith(start, autoescape=True),
            )
        )
    terms = flt.text.split()
    if terms:
        conditions.append(
            every_term_in(terms, [EnterpriseProject.title, EnterpriseProject.origin_company_name])
        )
    return conditions


def _members() -> Any:
    return (
        select(func.count(func.distinct(ProjectMembership.person_id)))
        .where(ProjectMembership.project_id == EnterpriseProject.id)
        .scalar_subquery()
    )


def _follow_up() -> Any:
    """The date of the project's first open follow-up."""
    return (
        select(func.min(Activity.follow_up_due))
        .where(
            Activity.project_id == EnterpriseProject.id,
            Activity.follow_up_done.is_(False),
            Activity.follow_up_due.is_not(None),
        )
        .scalar_subquery()
    )


def _next_date() -> Any:
    """The earlier of the project's next action and its open follow-ups."""
    return earliest(EnterpriseProject.next_action_due, _follow_up())


def _card_query(flt: ProjectFilter) -> Any:
    members, next_date = _members(), _next_date()
    return (
        select(
            EnterpriseProject.id,
            EnterpriseProject.version,
            EnterpriseProject.title,
            EnterpriseProject.kind,
            EnterpriseProject.stage,
            EnterpriseProject.sector_code,
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
    pid, version, title, kind, stage, sector, desk, lead, members, next_date, action = row
    if isinstance(next_date, str):  # a date out of min() comes back as text on SQLite
        next_date = dt.date.fromisoformat(next_date)
    return ProjectCard(
        id=int(pid),
        version=int(version),
        title=str(title),
        kind=kind,
        stage=stage,
        sector_code=str(sector),
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
        by_stage: dict[Stage, list[ProjectCard]] = {stage: [] for stage in BOARD_STAGES}
        for row in s.execute(_board_query(flt, per_stage)):
            card = _card(tuple(row))
            by_stage[card.stage].append(card)
        return [
            BoardColumn(stage, int(totals.get(stage, 0)), by_stage[stage]) for stage in BOARD_STAGES
        ]


def _board_query(flt: ProjectFilter, per_stage: int) -> Any:
    """Every column's first ``per_stage`` cards in one query. The projects are ranked
    within their stage on the few columns the order needs; the card's other columns
    (names, the member count) are read for the cards shown only, not for all 4,000."""
    dated = (
        select(
            EnterpriseProject.id.label("id"),
            EnterpriseProject.stage.label("stage"),
            EnterpriseProject.title.label("title"),
            EnterpriseProject.next_action_due.label("action_due"),
            _follow_up().label("follow_up"),
        )
        .where(*_conditions(flt))
        # Materialised: merged into the ranking, the follow-up subquery would run once
        # for each mention of the date there (four), not once per project.
        .cte("dated")
        .prefix_with("MATERIALIZED")
    )
    next_date = earliest(dated.c.action_due, dated.c.follow_up)
    ranked = select(
        dated.c.id,
        next_date.label("next_date"),
        func.row_number()
        .over(
            partition_by=dated.c.stage,
            order_by=(next_date.is_(None), next_date, dated.c.title, dated.c.id),
        )
        .label("place"),
    ).subquery("ranked")
    return (
        select(
            EnterpriseProject.id,
            EnterpriseProject.version,
            EnterpriseProject.title,
            EnterpriseProject.kind,
            EnterpriseProject.stage,
            EnterpriseProject.sector_code,
            Desk.name,
            Operator.name,
            _members(),
            ranked.c.next_date,
            EnterpriseProject.next_action,
        )
        .join(ranked, ranked.c.id == EnterpriseProject.id)
        .join(Desk, Desk.id == EnterpriseProject.desk_id)
        .join(Operator, Operator.id == EnterpriseProject.lead_operator_id)
        .where(ranked.c.place <= per_stage)
        .order_by(EnterpriseProject.stage, ranked.c.place)
    )


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
        return projects_by_person(s, [person_id]).get(person_id, [])


def projects_by_person(
    s: Session, person_ids: Collection[int]
) -> dict[int, list[tuple[ProjectCard, str]]]:
    """The projects each of ``person_ids`` belongs to (a chunk: two queries), by project
    number, with the person's role values there joined by commas (in the order given).
    People in no project are absent."""
    roles: dict[int, dict[int, list[str]]] = {}
    for person_id, project_id, role in s.execute(
        select(ProjectMembership.person_id, ProjectMembership.project_id, ProjectMembership.role)
        .where(ProjectMembership.person_id.in_(person_ids))
        .order_by(ProjectMembership.person_id, ProjectMembership.id)
    ):
        roles.setdefault(person_id, {}).setdefault(project_id, []).append(role.value)
    if not roles:
        return {}
    projects = {project_id for of_person in roles.values() for project_id in of_person}
    query = _card_query(ProjectFilter()).where(EnterpriseProject.id.in_(projects))
    cards = {
        card.id: card
        for card in (_card(tuple(r)) for r in s.execute(query.order_by(EnterpriseProject.id)))
    }
    return {
        person_id: [
            (cards[project_id], ",".join(of_project[project_id]))
            for project_id in sorted(of_project)
            if project_id in cards
        ]
        for person_id, of_project in roles.items()
    }
