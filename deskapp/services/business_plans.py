"""A project's business plan: load the draft (or start one prefilled from the project),
save it, freeze named versions, compute the statements, draw sources from approved
funding applications. Each write is one audited transaction."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from deskapp.errors import ConflictError, FieldError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP, catalogue
from deskapp.models import (
    BusinessPlan,
    BusinessPlanVersion,
    Desk,
    EnterpriseProject,
    Operator,
    Person,
    ProjectMembership,
    Skill,
)
from deskapp.models.database import Database
from deskapp.models.enums import (
    AuditAction,
    Country,
    FundingInstrument,
    FundingStatus,
    MemberRole,
    PlanSourceKind,
    ProjectKind,
)
from deskapp.models.fields import validate_input
from deskapp.models.plan_schemas import LoanLine, PlanInput, SourceLine
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.plan_model import MemberCapital, PlanResult, compute_plan
from deskapp.services.plan_rules import is_cooperative, is_social
from deskapp.services.project_record import FundingRow
from deskapp.services.records import check_version, get_editable, get_or_fail

ENTITY = "business_plan"

# Instruments whose money comes back to the lender: drawn into the plan as loans.
LOAN_INSTRUMENTS = frozenset(
    {
        FundingInstrument.NUOVA_MARCORA,
        FundingInstrument.MICROCREDIT,
        FundingInstrument.BANK_LOAN,
        FundingInstrument.NACRE,
    }
)


@dataclass(frozen=True)
class PlanDraft:
    project_id: int
    version: int  # 0: not saved yet (a new plan, prefilled from the project)
    plan: PlanInput

    @property
    def saved(self) -> bool:
        return self.version > 0


@dataclass(frozen=True)
class VersionRow:
    id: int
    name: str
    frozen_at: dt.datetime
    operator: str


def load_plan(db: Database, project_id: int, today: dt.date | None = None) -> PlanDraft:
    """The project's draft plan, or a new one prefilled from what the project records."""
    with db.read() as s:
        project = get_or_fail(s, EnterpriseProject, project_id)
        row = s.scalar(select(BusinessPlan).where(BusinessPlan.project_id == project_id))
        if row is not None:
            return PlanDraft(project_id, row.version, _read(row.document))
        return PlanDraft(project_id, 0, _new_plan(s, project, today or dt.date.today()))


def save_plan(db: Database, actor: Actor, project_id: int, expected_version: int, data: Any) -> int:
    """Save the draft; ``expected_version`` 0 creates it. Returns the new version.
    Someone else's save in between raises ConflictError and changes nothing."""
    plan = data if isinstance(data, PlanInput) else validate_input(PlanInput, data)
    document = plan.model_dump_json()
    try:
        with db.write() as s:
            get_editable(s, actor, EnterpriseProject, project_id)
            row = s.scalar(select(BusinessPlan).where(BusinessPlan.project_id == project_id))
            if row is None:
                if expected_version != 0:
                    raise ConflictError(ENTITY, project_id, expected_version, None)
                row = BusinessPlan(project_id=project_id, version=1, document=document)
                s.add(row)
                s.flush()
                record_event(s, actor, ENTITY, row.id, AuditAction.CREATE, _parts(plan))
                return 1
            check_version(row, expected_version)
            changed = _changed_parts(_read(row.document), plan)
            if changed:
                row.document = document
                s.flush()
                record_event(s, actor, ENTITY, row.id, AuditAction.UPDATE, changed)
            return int(row.version)
    except StaleDataError:
        raise ConflictError(ENTITY, project_id, expected_version, None) from None
    except IntegrityError:  # another desk created the draft at the same moment
        raise ConflictError(ENTITY, project_id, expected_version, None) from None


def freeze_plan(db: Database, actor: Actor, project_id: int, name: str) -> int:
    """Keep the saved draft, and the members' capital as it is now, as version ``name``."""
    name = name.strip()
    if not name:
        raise _name_error(QT_TRANSLATE_NOOP("Error", "is required"))
    if len(name) > 120:
        raise _name_error(QT_TRANSLATE_NOOP("Error", "is too long (at most {max} characters)"), 120)
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        row = s.scalar(select(BusinessPlan).where(BusinessPlan.project_id == project_id))
        if row is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "plan",
                        "",
                        QT_TRANSLATE_NOOP(
                            "Error", "Save the plan before freezing a version of it."
                        ),
                    )
                ]
            )
        taken = s.scalar(
            select(func.count())
            .select_from(BusinessPlanVersion)
            .where(BusinessPlanVersion.project_id == project_id, BusinessPlanVersion.name == name)
        )
        if taken:
            raise _name_error(QT_TRANSLATE_NOOP("Error", "another version already has this name"))
        version = BusinessPlanVersion(
            project_id=project_id,
            name=name,
            operator_id=actor.operator_id,
            document=row.document,
            members=json.dumps([member_json(m) for m in _members(s, project_id)]),
        )
        s.add(version)
        s.flush()
        record_event(s, actor, "business_plan_version", version.id, AuditAction.CREATE, ["name"])
        return version.id


def list_versions(db: Database, project_id: int) -> list[VersionRow]:
    query = (
        select(
            BusinessPlanVersion.id,
            BusinessPlanVersion.name,
            BusinessPlanVersion.frozen_at,
            Operator.name,
        )
        .join(Operator, Operator.id == BusinessPlanVersion.operator_id)
        .where(BusinessPlanVersion.project_id == project_id)
        .order_by(BusinessPlanVersion.frozen_at.desc(), BusinessPlanVersion.id.desc())
    )
    with db.read() as s:
        return [VersionRow(*r) for r in s.execute(query)]


@dataclass(frozen=True)
class PlanContext:
    """What the plan takes from its project: the members' capital and whether the CFI
    check applies. The editor loads it once and recomputes on every keystroke."""

    project_id: int
    title: str
    members: list[MemberCapital]
    italian_cooperative: bool  # CFI is Italian law, for cooperatives
    workers_buyout: bool
    social: bool  # the lower capital threshold of social cooperatives

    def compute(self, plan: PlanInput) -> PlanResult:
        """The statements; the CFI entry check for an Italian workers buyout, or an
        Italian cooperative whose plan counts on CFI equity."""
        counts_on_cfi = any(line.kind is PlanSourceKind.CFI_EQUITY for line in plan.sources)
        cfi = self.italian_cooperative and (self.workers_buyout or counts_on_cfi)
        return compute_plan(plan, self.members, cfi, self.social)


def plan_context(
    db: Database, project_id: int, members: list[MemberCapital] | None = None
) -> PlanContext:
    """The project's side of the plan; ``members`` given: those (a frozen version's)."""
    with db.read() as s:
        project = get_or_fail(s, EnterpriseProject, project_id)
        desk = s.get(Desk, project.desk_id)
        kind, form = project.kind, project.planned_legal_form
        return PlanContext(
            project_id,
            project.title,
            _members(s, project_id) if members is None else members,
            italian_cooperative=desk is not None
            and desk.country is Country.IT
            and is_cooperative(kind, form),
            workers_buyout=kind is ProjectKind.WBO,
            social=is_social(kind, form),
        )


def plan_result(db: Database, project_id: int, plan: PlanInput | None = None) -> PlanResult:
    """The statements of ``plan`` (the saved draft when None) with today's members."""
    context = plan_context(db, project_id)
    if plan is None:
        plan = load_plan(db, project_id).plan
    return context.compute(plan)


def version_result(db: Database, version_id: int) -> tuple[VersionRow, PlanResult]:
    """A frozen version's statements, with the members' capital it was frozen with."""
    with db.read() as s:
        row = get_or_fail(s, BusinessPlanVersion, version_id)
        operator = s.get(Operator, row.operator_id)
        info = VersionRow(row.id, row.name, row.frozen_at, operator.name if operator else "")
        plan = _read(row.document)
        members = [_member_from_json(m) for m in json.loads(row.members)]
        project_id = row.project_id
    return info, plan_context(db, project_id, members).compute(plan)


def draw_application(
    plan: PlanInput,
    application: FundingRow,
    rate: Decimal = Decimal("0"),
    years: int = 5,
    grace_years: int = 0,
    label: str | None = None,
) -> PlanInput:
    """The plan with an approved (or disbursed) application added to its sources: a loan
    for lending instruments (with the terms given), else a source of the matching kind.
    An application already drawn is not added twice."""
    if application.status not in (FundingStatus.APPROVED, FundingStatus.DISBURSED):
        raise ValidationFailed(
            [
                FieldError(
                    "status",
                    "",
                    QT_TRANSLATE_NOOP(
                        "Error", "Only an approved or disbursed application can fund the plan."
                    ),
                )
            ]
        )
    drawn = {line.funding_application_id for line in plan.sources}
    drawn |= {line.funding_application_id for line in plan.loans}
    if application.id in drawn:
        return plan
    amount = application.amount_disbursed or application.amount_granted or Decimal("0")
    label = label or application.instrument.label  # the caller's language, when given
    data = plan.model_dump()
    if application.instrument in LOAN_INSTRUMENTS:
        loan = LoanLine(
            lender=label,
            amount=amount,
            rate=rate,
            years=years,
            grace_years=grace_years,
            funding_application_id=application.id,
        )
        data["loans"] = [*data["loans"], loan.model_dump()]
    else:
        kind = {
            FundingInstrument.CFI: PlanSourceKind.CFI_EQUITY,
            FundingInstrument.GRANT: PlanSourceKind.GRANT,
            FundingInstrument.REGIONAL_FUND: PlanSourceKind.GRANT,
        }.get(application.instrument, PlanSourceKind.OTHER)
        source = SourceLine(
            kind=kind, name=label, amount=amount, funding_application_id=application.id
        )
        data["sources"] = [*data["sources"], source.model_dump()]
    return validate_input(PlanInput, data)


# -- helpers -------------------------------------------------------------------------


def _read(document: str) -> PlanInput:
    return PlanInput.model_validate_json(document)


def _parts(plan: PlanInput) -> list[str]:
    return [name for name, value in plan.model_dump().items() if value not in ([], "", None)]


def _changed_parts(old: PlanInput, new: PlanInput) -> list[str]:
    before, after = old.model_dump(), new.model_dump()
    return [name for name in after if before.get(name) != after[name]]


def _name_error(template: str, maximum: int | None = None) -> ValidationFailed:
    params = {"max": maximum} if maximum else {}
    return ValidationFailed(
        [FieldError("name", QT_TRANSLATE_NOOP("Field", "Version name"), template, **params)]
    )


def _members(s: Session, project_id: int) -> list[MemberCapital]:
    return members_of_projects(s, [project_id]).get(project_id, [])


def members_of_projects(
    bind: Session | Connection, project_ids: list[int]
) -> dict[int, list[MemberCapital]]:
    """The members' capital of these projects (500 projects a query)."""
    found: dict[int, list[MemberCapital]] = {}
    for start in range(0, len(project_ids), 500):
        rows = bind.execute(
            select(
                ProjectMembership.project_id,
                Person.family_name,
                Person.given_name,
                ProjectMembership.role,
                ProjectMembership.capital_pledged,
                ProjectMembership.capital_paid,
                ProjectMembership.tfr_part,
                ProjectMembership.naspi_part,
            )
            .join(Person, Person.id == ProjectMembership.person_id)
            .where(ProjectMembership.project_id.in_(project_ids[start : start + 500]))
            .order_by(ProjectMembership.id)
        )
        for project_id, family, given, role, pledged, paid, tfr, naspi in rows:
            found.setdefault(project_id, []).append(
                MemberCapital(f"{family} {given}", role, pledged, paid, tfr, naspi)
            )
    return found


def member_json(m: MemberCapital) -> dict[str, str]:
    """A member's capital as a frozen version keeps it."""
    return {
        "name": m.name,
        "role": m.role.value,
        "pledged": str(m.pledged),
        "paid": str(m.paid),
        "tfr": str(m.tfr),
        "naspi": str(m.naspi),
    }


def _member_from_json(data: dict[str, str]) -> MemberCapital:
    return MemberCapital(
        data["name"],
        MemberRole.parse(data["role"]),
        Decimal(data["pledged"]),
        Decimal(data["paid"]),
        Decimal(data["tfr"]),
        Decimal(data["naspi"]),
    )


def _new_plan(s: Session, project: EnterpriseProject, today: dt.date) -> PlanInput:
    """A first draft: the years from the planned start, the texts the project already
    answers (who the members are and what they know, the sector, the origin company),
    in the language of the project's desk."""
    start = project.planned_start_date or today
    desk = s.get(Desk, project.desk_id)
    cat = catalogue(desk.language.value if desk else "it")
    members = s.execute(
        select(Person.id, Person.family_name, Person.given_name, ProjectMembership.role)
        .join(Person, Person.id == ProjectMembership.person_id)
        .where(ProjectMembership.project_id == project.id)
        .order_by(ProjectMembership.id)
    ).all()
    skills: dict[int, list[str]] = {}
    for person_id, description in s.execute(
        select(Skill.person_id, Skill.description)
        .where(Skill.person_id.in_([m[0] for m in members]))
        .order_by(Skill.id)
    ):
        skills.setdefault(person_id, []).append(description)
    team = "\n".join(
        f"- {family} {given} ({cat.text('Enum', role.label)})"
        + (f": {', '.join(skills[pid])}" if pid in skills else "")
        for pid, family, given, role in members
    )
    idea = project.title
    if project.ateco_code:
        idea += f" (ATECO {project.ateco_code})"
    if project.origin_company_name:
        idea += f"\n{project.origin_company_name}"
        if project.origin_company_situation is not None:
            idea += f" - {cat.text('Enum', project.origin_company_situation.label)}"
    return PlanInput.model_validate(
        {"first_year": start.year, "sections": {"team": team, "idea": idea}}
    )
