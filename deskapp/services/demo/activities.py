"""Two years of the desks' activities with the demo's people."""

from __future__ import annotations

import datetime as dt
from typing import Any

from deskapp.models import (
    Activity,
)
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.services.demo import data as dd
from deskapp.services.demo.generator import DemoSummary, _DemoPerson, _Generator, _weighted
from deskapp.services.demo.people import BATCH

_ACTIVITY = (
    (en.ActivityKind.INTERVIEW, 30),
    (en.ActivityKind.PHONE_CALL, 30),
    (en.ActivityKind.EMAIL, 15),
    (en.ActivityKind.TRAINING, 8),
    (en.ActivityKind.CONSULTANCY, 10),
    (en.ActivityKind.EVENT, 4),
    (en.ActivityKind.REFERRAL, 3),
)
_DURATION = {
    en.ActivityKind.INTERVIEW: (30, 90),
    en.ActivityKind.PHONE_CALL: (5, 30),
    en.ActivityKind.EMAIL: (5, 15),
    en.ActivityKind.TRAINING: (120, 480),
    en.ActivityKind.CONSULTANCY: (60, 180),
    en.ActivityKind.EVENT: (90, 240),
    en.ActivityKind.REFERRAL: (10, 30),
}


def _activities(
    conn: Any,
    gen: _Generator,
    people: list[_DemoPerson],
    operators: dict[int, list[int]],
    summary: DemoSummary,
) -> None:
    rng = gen.rng
    rows: list[dict[str, Any]] = []
    today = gen.today
    language = gen.desk_language

    def add(
        kind: en.ActivityKind,
        when: dt.datetime,
        desk_id: int,
        person_id: int | None,
        project_id: int | None,
    ) -> None:
        follow_up, done = None, False
        if rng.random() < 0.3:
            follow_up = when.date() + dt.timedelta(days=rng.randint(7, 30))
            done = follow_up < today - dt.timedelta(days=3) and rng.random() < 0.92
        rows.append(
            {
                "kind": kind,
                "occurred_at": when,
                "duration_minutes": rng.randint(*_DURATION[kind]),
                "desk_id": desk_id,
                "operator_id": rng.choice(operators[desk_id]),
                "person_id": person_id,
                "project_id": project_id,
                "notes": rng.choice(dd.ACTIVITY_NOTES)[language[desk_id]],
                "follow_up_due": follow_up,
                "follow_up_done": done,
                "version": 1,
            }
        )
        if len(rows) >= BATCH:
            insert_rows(conn, Activity.__table__, rows)
            summary.activities += len(rows)
            rows.clear()

    for person in people:
        span = (today - person.first_contact).days
        for k in range(rng.choices((1, 2, 3, 4, 5, 6), weights=(20, 25, 20, 15, 10, 10))[0]):
            day = person.first_contact + dt.timedelta(days=0 if k == 0 else rng.randint(0, span))
            when = dt.datetime.combine(
                day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45)))
            )
            kind = en.ActivityKind.INTERVIEW if k == 0 else _weighted(rng, _ACTIVITY)
            add(kind, when, person.desk.id, person.id, None)
    for project_id, desk_id, started in gen.project_rows:
        span = max((today - started.date()).days, 0)
        for _ in range(rng.randint(1, 4)):
            day = started.date() + dt.timedelta(days=rng.randint(0, span))
            when = dt.datetime.combine(day, dt.time(rng.randint(9, 17), 0))
            add(en.ActivityKind.CONSULTANCY, when, desk_id, None, project_id)
    if rows:
        insert_rows(conn, Activity.__table__, rows)
        summary.activities += len(rows)
