"""A project's business plan: the draft being worked on, and the versions frozen from it
("submitted to CFI, 12 March"). Both hold the plan as one JSON document validated by
deskapp.models.plan_schemas.PlanInput; a frozen version also keeps the members' capital
as it was, so it reads the same after the members change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.models.base import SHORT, Base, Travels, Versioned, utcnow


class BusinessPlan(Travels, Versioned, Base):
    """The draft: one per project, edited in place (optimistic locking by version)."""

    __tablename__ = "business_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), unique=True
    )
    document: Mapped[str] = mapped_column(Text)


class BusinessPlanVersion(Travels, Base):
    """A frozen copy; never edited, so not versioned."""

    __tablename__ = "business_plan_version"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(SHORT)
    frozen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    document: Mapped[str] = mapped_column(Text)  # the plan
    members: Mapped[str] = mapped_column(Text)  # the members' capital, as it was
