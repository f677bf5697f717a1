"""Enterprise projects, their members, stage history, funding and resources."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.models.base import MEDIUM, SHORT, Base, Money, Travels, Versioned, enum_column
from deskapp.models.enums import (
    Availability,
    CrisisSituation,
    FundingInstrument,
    FundingStatus,
    LegalForm,
    MemberRole,
    ProjectKind,
    ResourceKind,
    Stage,
    UnemploymentRightsUse,
)

project_resource = Table(
    "project_resource",
    Base.metadata,
    Column("project_id", ForeignKey("enterprise_project.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "resource_id", ForeignKey("structural_resource.id", ondelete="CASCADE"), primary_key=True
    ),
)


class EnterpriseProject(Travels, Versioned, Base):
    __tablename__ = "enterprise_project"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(MEDIUM)
    kind: Mapped[ProjectKind] = enum_column(ProjectKind, index=True)
    # The sector as the operator typed it (ATECO 25.62.00, NAF 25.62A or NACE 25.62) and
    # the NACE Rev. 2 code it belongs to (25.62), shared by the desks of both countries.
    sector_code: Mapped[str] = mapped_column(String(10), default="")
    nace_code: Mapped[str] = mapped_column(String(10), default="")
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    lead_operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"), index=True)
    stage: Mapped[Stage] = enum_column(Stage, index=True)
    # Origin company, for workers buyouts and spin-offs.
    origin_company_name: Mapped[str] = mapped_column(MEDIUM, default="")
    origin_company_vat: Mapped[str] = mapped_column(String(20), default="")
    origin_company_situation: Mapped[CrisisSituation | None] = enum_column(
        CrisisSituation, nullable=True
    )
    planned_legal_form: Mapped[LegalForm | None] = enum_column(LegalForm, nullable=True)
    # The new enterprise's own number once registered: partita IVA (Italy), SIREN or
    # SIRET (France).
    enterprise_company_number: Mapped[str] = mapped_column(
        String(20), default="", server_default=""
    )
    expected_jobs: Mapped[int | None] = mapped_column(Integer)
    # Employees of the running enterprise besides its members (jobs created, with them).
    employees: Mapped[int | None] = mapped_column(Integer)
    planned_start_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_start_date: Mapped[dt.date | None] = mapped_column(Date)
    closed_reason: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(MEDIUM, default="")
    next_action_due: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[ProjectMembership]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectMembership.id"
    )
    transitions: Mapped[list[StageTransition]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="StageTransition.id"
    )
    funding_applications: Mapped[list[FundingApplication]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="FundingApplication.id"
    )
    resources: Mapped[list[StructuralResource]] = relationship(
        secondary=project_resource, back_populates="projects"
    )


class ProjectMembership(Travels, Versioned, Base):
    __tablename__ = "project_membership"
    __table_args__ = (UniqueConstraint("project_id", "person_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[MemberRole] = enum_column(MemberRole)
    capital_pledged: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    capital_paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # For worker-members: how much of the capital comes from severance pay (TFR) and
    # from the lump-sum advance of the unemployment benefit (NASpI anticipata).
    tfr_part: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    naspi_part: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    # For French worker-members: how the remaining unemployment benefit (ARE) is used.
    # Either as capital (ARCE: 60% of the remaining rights, paid in two halves), the
    # part of the capital it pays; or kept as monthly income beside the new job, with
    # the monthly amount and the months of rights left (income, not capital).
    unemployment_rights_use: Mapped[UnemploymentRightsUse | None] = enum_column(
        UnemploymentRightsUse, nullable=True
    )
    arce_part: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"), server_default="0")
    are_monthly_amount: Mapped[Decimal | None] = mapped_column(Money)
    are_months_left: Mapped[int | None] = mapped_column(Integer)

    project: Mapped[EnterpriseProject] = relationship(back_populates="members")


class StageTransition(Travels, Base):
    __tablename__ = "stage_transition"
    # The coordinator report: the projects that had reached a stage (running ones) by a
    # moment, from the index alone (issue 15, migration 0020).
    __table_args__ = (Index("ix_stage_transition_reached", "to_stage", "at", "project_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    # NULL for the project's creation.
    from_stage: Mapped[Stage | None] = enum_column(Stage, nullable=True)
    to_stage: Mapped[Stage] = enum_column(Stage)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[EnterpriseProject] = relationship(back_populates="transitions")


class FundingApplication(Travels, Versioned, Base):
    __tablename__ = "funding_application"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    instrument: Mapped[FundingInstrument] = enum_column(FundingInstrument)
    status: Mapped[FundingStatus] = enum_column(FundingStatus)
    amount_requested: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    amount_granted: Mapped[Decimal | None] = mapped_column(Money)
    amount_disbursed: Mapped[Decimal | None] = mapped_column(Money)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    disbursed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[EnterpriseProject] = relationship(back_populates="funding_applications")


class ChecklistTick(Travels, Base):
    """One step of a stage's checklist, ticked as done on a date.

    The steps themselves are data in deskapp.services.checklists; a row exists only
    for a ticked step, so unticking deletes it.
    """

    __tablename__ = "checklist_tick"
    __table_args__ = (UniqueConstraint("project_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("enterprise_project.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[str] = mapped_column(String(40))
    done_on: Mapped[dt.date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))


class StructuralResource(Travels, Versioned, Base):
    """Premises, land, machinery or a closed plant available to new enterprises."""

    __tablename__ = "structural_resource"

    id: Mapped[int] = mapped_column(primary_key=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    kind: Mapped[ResourceKind] = enum_column(ResourceKind)
    name: Mapped[str] = mapped_column(MEDIUM)
    owner: Mapped[str] = mapped_column(MEDIUM, default="")
    municipality: Mapped[str] = mapped_column(SHORT, default="")
    size_m2: Mapped[float | None] = mapped_column(Float)
    size_note: Mapped[str] = mapped_column(MEDIUM, default="")
    availability: Mapped[Availability] = enum_column(Availability)
    notes: Mapped[str] = mapped_column(Text, default="")

    projects: Mapped[list[EnterpriseProject]] = relationship(
        secondary=project_resource, back_populates="resources"
    )


__all__ = [
    "ChecklistTick",
    "EnterpriseProject",
    "FundingApplication",
    "ProjectMembership",
    "StageTransition",
    "StructuralResource",
    "project_resource",
]
