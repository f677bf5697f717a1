"""Services delivered and contacts: the desk's day, and the follow-ups it promises."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.models.base import Base, Travels, Versioned, enum_column
from deskapp.models.enums import ActivityKind


class Activity(Travels, Versioned, Base):
    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR project_id IS NOT NULL", name="person_or_project"
        ),
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        # "My follow-ups": open items of one operator by due date.
        Index("ix_activity_followups", "operator_id", "follow_up_done", "follow_up_due"),
        # The coordinator report (issue 15, migration 0020), each read from the index
        # alone: whether a person, or a project, had an activity within the period (the
        # indexes on person_id and project_id, which these cover, before), and the
        # services by kind, in kind order so that no sort is needed.
        Index("ix_activity_person_occurred", "person_id", "occurred_at"),
        Index("ix_activity_project_occurred", "project_id", "occurred_at"),
        Index("ix_activity_kind_occurred", "kind", "occurred_at", "desk_id", "duration_minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = enum_column(ActivityKind)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
