"""Enterprise projects: creation, edits, members, stage moves, funding applications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from deskapp.errors import ConflictError, FieldError, StageRefusedError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import (
    EnterpriseProject,
    FundingApplication,
    Person,
    ProjectMembership,
    StageTransition,
)
from deskapp.models.base import money_sum, utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, Stage
from deskapp.models.fields import field_label, validate_input
from deskapp.models.schemas import FundingInput, MembershipInput, ProjectInput
from deskapp.services.actor import Actor, reading_for_desk
from deskapp.services.audit import record_event
from deskapp.services.persons import validation_context
from deskapp.services.records import check_version, get_editable, get_or_fail, update_record
from deskapp.services.stages import ProjectFacts, judge_move


def _parse_project(actor: Actor, data: dict[str, Any]) -> ProjectInput:
    return validate_input(ProjectInput, data, **validation_context(actor))


def create_project(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    """Open a project at the intake stage; its history starts with this event."""
    project = _parse_project(actor, data)
    with db.write() as s:
        row = EnterpriseProject(
            **project.model_dump(exclude={"lead_operator_id"}),
            lead_operator_id=project.lead_operator_id or actor.operator_id,
            desk_id=actor.desk_id,
            stage=Stage.INTAKE,
            version=1,
        )
        s.add(row)
        s.flush()
        s.add(
            StageTransition(
                project_id=row.id,
                from_stage=None,
                to_stage=Stage.INTAKE,
                at=utcnow(),
                operator_id=actor.operator_id,
            )
        )
        written = [n for n in ProjectInput.model_fields if getattr(project, n) not in (None, "")]
        record_event(s, actor, "enterprise_project", row.id, AuditAction.CREATE, written)
        return row.id


def update_project(
    db: Database, actor: Actor, project_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    with db.read() as s:
        # Read as its desk reads it (a French desk's SIREN), whoever edits it.
        desk_id = get_or_fail(s, EnterpriseProject, project_id).desk_id
        project = _parse_project(reading_for_desk(s, actor, desk_id), data)
    # A form that does not name the lead operator keeps the current one.
    fields = [
        f
        for f in ProjectInput.model_fields
        if f != "lead_operator_id" or project.lead_operator_id is not None
    ]
    return update_record(
        db, actor, EnterpriseProject, project_id, expected_version, project, fields
    )


def project_facts(s: Session, project: EnterpriseProject) -> ProjectFacts:
    members = s.scalar(
        select(func.count(func.distinct(ProjectMembership.person_id))).where(
            ProjectMembership.project_id == project.id
        )
    )
    applications = s.scalar(select(func.count()).where(FundingApplication.project_id == project.id))
    return ProjectFacts(
        kind=project.kind,
        sector_code=project.sector_code,
        origin_company_name=project.origin_company_name,
        planned_legal_form=project.planned_legal_form,
        expected_jobs=project.expected_jobs,
        member_count=int(members or 0),
        funding_application_count=int(applications or 0),
        actual_start_date=project.actual_start_date,
    )


def move_project(
    db: Database,
    actor: Actor,
    project_id: int,
    expected_version: int,
    target: Stage,
    note: str = "",
    when: dt.datetime | None = None,
) -> int:
    """Move a project to ``target`` if the stage rules allow it; return the new version."""
    try:
        with db.write() as s:
            row = get_editable(s, actor, EnterpriseProject, project_id)
            check_version(row, expected_version)
            verdict = judge_move(row.stage, target, project_facts(s, row), note)
            if not verdict.allowed:
                raise StageRefusedError(verdict.summary, verdict.reasons)
            s.add(
                StageTransition(
                    project_id=row.id,
                    from_stage=row.stage,
                    to_stage=target,
                    at=when or utcnow(),
                    operator_id=actor.operator_id,
                    note=note.strip(),
                )
            )
            previous = row.stage
            row.stage = target
            if target is Stage.ABANDONED:
                row.closed_reason = note.strip()
            elif previous is Stage.ABANDONED:
                row.closed_reason = ""
            s.flush()
            record_event(
                s,
                actor,
                "enterprise_project",
                row.id,
                AuditAction.STAGE,
                ("stage",),
                detail=f"{previous.value}->{target.value}",
            )
            return row.version
    except StaleDataError:
        raise ConflictError("enterprise_project", project_id, expected_version, None) from None


def _member_label(name: str) -> str:
    return field_label(MembershipInput, name)


def add_member(db: Database, actor: Actor, project_id: int, data: dict[str, Any]) -> int:
    member = validate_input(MembershipInput, data)
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        get_or_fail(s, Person, member.person_id)
        exists = s.scalar(
            select(ProjectMembership.id).where(
                ProjectMembership.project_id == project_id,
                ProjectMembership.person_id == member.person_id,
                ProjectMembership.role == member.role,
            )
        )
        if exists:
            raise ValidationFailed(
                [
                    FieldError(
                        "person_id",
                        _member_label("person_id"),
                        QT_TRANSLATE_NOOP(
                            "Error", "is already a member of this project in this role"
                        ),
                    )
                ]
            )
        row = ProjectMembership(project_id=project_id, version=1, **member.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s, actor, "project_membership", row.id, AuditAction.CREATE, MembershipInput.model_fields
        )
        return row.id


def update_member(
    db: Database, actor: Actor, membership_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    member = validate_input(MembershipInput, data)
    fields = [name for name in MembershipInput.model_fields if name != "person_id"]
    return update_record(
        db, actor, ProjectMembership, membership_id, expected_version, member, fields
    )


def remove_member(db: Database, actor: Actor, membership_id: int) -> None:
    with db.write() as s:
        row = get_editable(s, actor, ProjectMembership, membership_id)
        s.delete(row)
        record_event(s, actor, "project_membership", membership_id, AuditAction.DELETE)


def capital_totals(db: Database, project_id: int) -> dict[str, Decimal]:
    """Sums of the members' capital, computed by the database in cents, exact to the cent."""
    names = ("capital_pledged", "capital_paid", "tfr_part", "naspi_part", "arce_part")
    with db.read() as s:
        row = s.execute(
            select(*[money_sum(getattr(ProjectMembership, n)) for n in names]).where(
                ProjectMembership.project_id == project_id
            )
        ).one()
        return dict(zip(names, row, strict=True))


def add_funding_application(
    db: Database, actor: Actor, project_id: int, data: dict[str, Any]
) -> int:
    application = validate_input(FundingInput, data)
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        row = FundingApplication(project_id=project_id, version=1, **application.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s, actor, "funding_application", row.id, AuditAction.CREATE, FundingInput.model_fields
        )
        return row.id


def update_funding_application(
    db: Database, actor: Actor, application_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    application = validate_input(FundingInput, data)
    return update_record(
        db, actor, FundingApplication, application_id, expected_version, application
    )


def get_project(db: Database, project_id: int) -> EnterpriseProject:
    with db.read() as s:
        return get_or_fail(s, EnterpriseProject, project_id)
