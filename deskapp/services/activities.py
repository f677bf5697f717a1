"""Logging the desk's services and contacts, and the follow-ups they promise."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from deskapp.models import Activity, EnterpriseProject, Person
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import validate_input
from deskapp.models.schemas import ActivityInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.records import check_version, get_editable


def log_activity(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    activity = validate_input(ActivityInput, data)
    with db.write() as s:
        if activity.person_id is not None:
            get_editable(s, actor, Person, activity.person_id)
        if activity.project_id is not None:
            get_editable(s, actor, EnterpriseProject, activity.project_id)
        row = Activity(
            **activity.model_dump(),
            operator_id=actor.operator_id,
            desk_id=actor.desk_id,
            follow_up_done=False,
            version=1,
        )
        s.add(row)
        s.flush()
        record_event(s, actor, "activity", row.id, AuditAction.CREATE, ActivityInput.model_fields)
        return row.id


def mark_follow_up_done(db: Database, actor: Actor, activity_id: int, expected_version: int) -> int:
    with db.write() as s:
        row = get_editable(s, actor, Activity, activity_id)
        check_version(row, expected_version)
        row.follow_up_done = True
        s.flush()
        record_event(s, actor, "activity", row.id, AuditAction.UPDATE, ("follow_up_done",))
        return row.version


def open_follow_ups(
    db: Database, operator_id: int, until: dt.date, limit: int = 200
) -> list[Activity]:
    """Follow-ups of one operator due by ``until``, the oldest (most overdue) first."""
    with db.read() as s:
        return list(
            s.scalars(
                select(Activity)
                .where(
                    Activity.operator_id == operator_id,
                    Activity.follow_up_done.is_(False),
                    Activity.follow_up_due.is_not(None),
                    Activity.follow_up_due <= until,
                )
                .order_by(Activity.follow_up_due, Activity.id)
                .limit(limit)
            )
        )
