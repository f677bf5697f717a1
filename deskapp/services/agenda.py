"""The operator's agenda: follow-ups due, overdue first, and a calendar week.

Rows carry the names of the person and the project so the screen shows them
without a query per row; the ix_activity_followups index serves the open items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.models import Activity, EnterpriseProject, Person
from deskapp.models.database import Database
from deskapp.models.enums import ActivityKind


@dataclass(frozen=True)
class AgendaItem:
    activity_id: int
    version: int
    kind: ActivityKind
    occurred_at: dt.datetime
    follow_up_due: dt.date | None
    done: bool
    notes: str
    person_id: int | None
    person_name: str
    project_id: int | None
    project_title: str
    duration_minutes: int = 0

    def overdue(self, today: dt.date) -> bool:
        return not self.done and self.follow_up_due is not None and self.follow_up_due < today


def _items_query() -> Any:
    return (
        select(
            Activity.id,
            Activity.version,
            Activity.kind,
            Activity.occurred_at,
            Activity.follow_up_due,
            Activity.follow_up_done,
            Activity.notes,
            Activity.person_id,
            Person.family_name,
            Person.given_name,
            Activity.project_id,
            EnterpriseProject.title,
            Activity.duration_minutes,
        )
        .outerjoin(Person, Person.id == Activity.person_id)
        .outerjoin(EnterpriseProject, EnterpriseProject.id == Activity.project_id)
    )


def _item(row: Any) -> AgendaItem:
    (aid, version, kind, at, due, done, notes, pid, family, given, prid, title, minutes) = row
    return AgendaItem(
        activity_id=int(aid),
        version=int(version),
        kind=kind,
        occurred_at=at,
        follow_up_due=due,
        done=bool(done),
        notes=str(notes or ""),
        person_id=pid,
        person_name=f"{family} {given}" if family is not None else "",
        project_id=prid,
        project_title=str(title or ""),
        duration_minutes=int(minutes or 0),
    )


def my_follow_ups(
    db: Database, operator_id: int, until: dt.date, limit: int = 500
) -> list[AgendaItem]:
    """Open follow-ups of one operator due by ``until``, the most overdue first."""
    query = (
        _items_query()
        .where(
            Activity.operator_id == operator_id,
            Activity.follow_up_done.is_(False),
            Activity.follow_up_due.is_not(None),
            Activity.follow_up_due <= until,
        )
        .order_by(Activity.follow_up_due, Activity.id)
        .limit(limit)
    )
    with db.read() as s:
        return [_item(tuple(r)) for r in s.execute(query)]


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def follow_ups_in_week(db: Database, operator_id: int, day: dt.date) -> list[AgendaItem]:
    """Every follow-up of one operator due in the week of ``day``, done or not."""
    monday, sunday = week_of(day)
    query = (
        _items_query()
        .where(
            Activity.operator_id == operator_id,
            Activity.follow_up_due.between(monday, sunday),
        )
        .order_by(Activity.follow_up_due, Activity.id)
    )
    with db.read() as s:
        return [_item(tuple(r)) for r in s.execute(query)]


def timeline(
    db: Database,
    *,
    person_id: int | None = None,
    project_id: int | None = None,
    limit: int = 500,
) -> list[AgendaItem]:
    """The activities about a person or a project, the latest first."""
    query = _items_query()
    if person_id is not None:
        query = query.where(Activity.person_id == person_id)
    if project_id is not None:
        query = query.where(Activity.project_id == project_id)
    query = query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    with db.read() as s:
        return [_item(tuple(r)) for r in s.execute(query)]


def timelines_by_person(
    s: Session, person_ids: Collection[int], limit: int | None = None
) -> dict[int, list[AgendaItem]]:
    """The activities about each of ``person_ids`` (a chunk: one query), the latest
    first, as ``timeline`` gives them one person at a time: at most ``limit`` each.
    People without any are absent."""
    query = (
        _items_query()
        .where(Activity.person_id.in_(person_ids))
        .order_by(Activity.person_id, Activity.occurred_at.desc(), Activity.id.desc())
    )
    items: dict[int, list[AgendaItem]] = {}
    for row in s.execute(query):
        person_items = items.setdefault(row[7], [])
        if limit is None or len(person_items) < limit:
            person_items.append(_item(tuple(row)))
    return items
