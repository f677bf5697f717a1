"""What the project page shows beside the project's own fields: members, stage
history, funding applications and linked resources, each as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from deskapp.models import (
    Desk,
    EnterpriseProject,
    FundingApplication,
    Operator,
    Person,
    ProjectMembership,
    StageTransition,
    StructuralResource,
    project_resource,
)
from deskapp.models.database import Database
from deskapp.models.enums import (
    Country,
    FundingInstrument,
    FundingStatus,
    MemberRole,
    Stage,
    UnemploymentRightsUse,
)
from deskapp.models.schemas import FundingInput, MembershipInput, ProjectInput
from deskapp.services.records import get_or_fail


@dataclass(frozen=True)
class MemberRow:
    id: int
    version: int
    person_id: int
    person_name: str
    role: MemberRole
    capital_pledged: Decimal
    capital_paid: Decimal
    tfr_part: Decimal
    naspi_part: Decimal
    unemployment_rights_use: UnemploymentRightsUse | None = None
    arce_part: Decimal = Decimal("0.00")
    are_monthly_amount: Decimal | None = None
    are_months_left: int | None = None

    def as_input(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in MembershipInput.model_fields}


@dataclass(frozen=True)
class TransitionRow:
    at: dt.datetime
    from_stage: Stage | None
    to_stage: Stage
    operator: str
    note: str


@dataclass(frozen=True)
class FundingRow:
    id: int
    version: int
    instrument: FundingInstrument
    status: FundingStatus
    amount_requested: Decimal
    amount_granted: Decimal | None
    amount_disbursed: Decimal | None
    submitted_on: dt.date | None
    decided_on: dt.date | None
    disbursed_on: dt.date | None
    notes: str

    def as_input(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FundingInput.model_fields}


@dataclass(frozen=True)
class ProjectRecord:
    """The project's own fields, its stage and version, and the name of its desk."""

    id: int
    version: int
    stage: Stage
    desk_id: int
    values: dict[str, Any]


def project_record(db: Database, project_id: int) -> ProjectRecord:
    with db.read() as s:
        row = get_or_fail(s, EnterpriseProject, project_id)
        return ProjectRecord(
            id=row.id,
            version=row.version,
            stage=row.stage,
            desk_id=row.desk_id,
            values={name: getattr(row, name) for name in ProjectInput.model_fields},
        )


def project_country(db: Database, project_id: int) -> Country:
    """The country of the project's desk: which capital parts its members have (TFR and
    NASpI advance in Italy, ARCE or ARE kept monthly in France)."""
    with db.read() as s:
        country = s.scalar(
            select(Desk.country)
            .join(EnterpriseProject, EnterpriseProject.desk_id == Desk.id)
            .where(EnterpriseProject.id == project_id)
        )
    return country or Country.IT


def members_of(db: Database, project_id: int) -> list[MemberRow]:
    query = (
        select(
            ProjectMembership.id,
            ProjectMembership.version,
            ProjectMembership.person_id,
            Person.family_name,
            Person.given_name,
            ProjectMembership.role,
            ProjectMembership.capital_pledged,
            ProjectMembership.capital_paid,
            ProjectMembership.tfr_part,
            ProjectMembership.naspi_part,
            ProjectMembership.unemployment_rights_use,
            ProjectMembership.arce_part,
            ProjectMembership.are_monthly_amount,
            ProjectMembership.are_months_left,
        )
        .join(Person, Person.id == ProjectMembership.person_id)
        .where(ProjectMembership.project_id == project_id)
        .order_by(Person.family_name, Person.given_name, ProjectMembership.id)
    )
    with db.read() as s:
        return [MemberRow(r[0], r[1], r[2], f"{r[3]} {r[4]}", *r[5:]) for r in s.execute(query)]


def stage_history(db: Database, project_id: int) -> list[TransitionRow]:
    query = (
        select(
            StageTransition.at,
            StageTransition.from_stage,
            StageTransition.to_stage,
            Operator.name,
            StageTransition.note,
        )
        .join(Operator, Operator.id == StageTransition.operator_id)
        .where(StageTransition.project_id == project_id)
        .order_by(StageTransition.at, StageTransition.id)
    )
    with db.read() as s:
        return [TransitionRow(*r) for r in s.execute(query)]


def funding_of(db: Database, project_id: int) -> list[FundingRow]:
    query = (
        select(
            FundingApplication.id,
            FundingApplication.version,
            FundingApplication.instrument,
            FundingApplication.status,
            FundingApplication.amount_requested,
            FundingApplication.amount_granted,
            FundingApplication.amount_disbursed,
            FundingApplication.submitted_on,
            FundingApplication.decided_on,
            FundingApplication.disbursed_on,
            FundingApplication.notes,
        )
        .where(FundingApplication.project_id == project_id)
        .order_by(FundingApplication.id)
    )
    with db.read() as s:
        return [FundingRow(*r) for r in s.execute(query)]


def resources_of(db: Database, project_id: int) -> list[tuple[int, str, str]]:
    """Linked resources: id, name, municipality."""
    query = (
        select(StructuralResource.id, StructuralResource.name, StructuralResource.municipality)
        .join(project_resource, project_resource.c.resource_id == StructuralResource.id)
        .where(project_resource.c.project_id == project_id)
        .order_by(StructuralResource.name)
    )
    with db.read() as s:
        return [(r[0], r[1], r[2]) for r in s.execute(query)]
