"""A project's business plan: load the draft (or start one prefilled from the project),
save it, freeze named versions, compute the statements, draw sources from approved
funding applications. Each write is one audited transaction."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from sqlalchemy import func, or_, select
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
    FundingApplication,
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
    LegalForm,
    MemberRole,
    PlanSourceKind,
    ProjectKind,
)
from deskapp.models.fields import validate_input
from deskapp.models.identifiers import format_nir
from deskapp.models.plan_schemas import LoanLine, PlanInput, SourceLine
from deskapp.models.sectors import describe_sector
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.plan_model import MemberCapital, PlanResult, Warning, compute_plan
from deskapp.services.plan_rules import is_cooperative, is_scop, is_social
from deskapp.services.project_record import FundingRow
from deskapp.services.records import check_version, get_editable, get_or_fail

ENTITY = "business_plan"

# What stands in a plan for a member who was anonymised (GDPR art. 17), in the language
# of the project's desk.
ANONYMISED_MEMBER = QT_TRANSLATE_NOOP("BusinessPlan", "Anonymised member")

# Instruments whose money comes back to the lender: drawn into the plan as loans.
LOAN_INSTRUMENTS = frozenset(
    {
        FundingInstrument.NUOVA_MARCORA,
        FundingInstrument.MICROCREDIT,
        FundingInstrument.BANK_LOAN,
        FundingInstrument.NACRE,
        FundingInstrument.PARTICIPATORY_LOAN,
    }
)
# Instruments that bring no money of their own: a guarantee stands behind a loan, which
# is what the plan counts.
NOT_FUNDS = frozenset({FundingInstrument.GUARANTEE})
# Instruments that pay a member's share of the capital (unemployment rights taken as
# capital): the plan counts them inside the members' capital, as the part of it each
# member records, so an application for one is never a source beside it.
MEMBER_CAPITAL = {
    FundingInstrument.NASPI_ADVANCE: QT_TRANSLATE_NOOP(
        "Error",
        "The NASpI advance is already part of the members' capital: record it as the "
        "member's part from NASpI advance (Edit role and capital, on the project's Members "
        "and capital tab).",
    ),
    FundingInstrument.ARCE: QT_TRANSLATE_NOOP(
        "Error",
        "The ARCE is already part of the members' capital: record it as the member's part "
        "from ARCE (Edit role and capital, on the project's Members and capital tab).",
    ),
}
# The other instruments, as sources of the plan (PlanSourceKind.OTHER when not listed).
# An honour loan is lent to the founders, who bring it in: capital for the enterprise.
SOURCE_KINDS = {
    FundingInstrument.CFI: PlanSourceKind.CFI_EQUITY,
    FundingInstrument.GRANT: PlanSourceKind.GRANT,
    FundingInstrument.REGIONAL_FUND: PlanSourceKind.GRANT,
    FundingInstrument.HONOUR_LOAN: PlanSourceKind.OTHER_CAPITAL,
    FundingInstrument.QUASI_EQUITY: PlanSourceKind.OTHER_CAPITAL,
}


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
    country: Country = Country.IT  # of the project's desk: which capital parts it shows
    scop_form: LegalForm | None = None  # a French SCOP's form: the SCOP conditions apply
    # The project's NASpI advance and ARCE applications: a source drawn from one (plans
    # saved before they were refused as sources) may count members' capital twice.
    capital_applications: frozenset[int] = frozenset()

    def compute(self, plan: PlanInput) -> PlanResult:
        """The statements; the CFI entry check for an Italian workers buyout, or an
        Italian cooperative whose plan counts on CFI equity; the SCOP conditions for a
        French project whose planned legal form is a SCOP."""
        counts_on_cfi = any(line.kind is PlanSourceKind.CFI_EQUITY for line in plan.sources)
        cfi = self.italian_cooperative and (self.workers_buyout or counts_on_cfi)
        result = compute_plan(
            plan, self.members, cfi, self.social, country=self.country, scop_form=self.scop_form
        )
        for line in plan.sources:
            if line.funding_application_id in self.capital_applications:
                result.warnings.append(
                    Warning(
                        "sources",
                        QT_TRANSLATE_NOOP(
                            "Plan",
                            "The source {source} ({amount}) was drawn from a NASpI advance or "
                            "ARCE application, which belongs in the members' capital: if a "
                            "member's pledge already includes it, it is counted twice. Remove "
                            "the source, or record it as the member's part of the capital.",
                        ),
                        {"source": line.name, "amount": line.amount},
                    )
                )
        return result


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
            country=desk.country if desk is not None else Country.IT,
            scop_form=form
            if desk is not None and desk.country is Country.FR and is_scop(form)
            else None,
            capital_applications=frozenset(
                s.scalars(
                    select(FundingApplication.id).where(
                        FundingApplication.project_id == project_id,
                        FundingApplication.instrument.in_(list(MEMBER_CAPITAL)),
                    )
                )
            ),
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
    An application already drawn is not added twice; a guarantee, and the ARCE or
    NASpI advance (already in the members' capital), are refused with the reason."""
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
    if application.instrument in NOT_FUNDS:
        raise ValidationFailed(
            [
                FieldError(
                    "instrument",
                    "",
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "A guarantee brings no money to the plan: add the loan it guarantees.",
                    ),
                )
            ]
        )
    if application.instrument in MEMBER_CAPITAL:
        raise ValidationFailed(
            [FieldError("instrument", "", MEMBER_CAPITAL[application.instrument])]
        )
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
        kind = SOURCE_KINDS.get(application.instrument, PlanSourceKind.OTHER)
        source = SourceLine(
            kind=kind, name=label, amount=amount, funding_application_id=application.id
        )
        data["sources"] = [*data["sources"], source.model_dump()]
    return validate_input(PlanInput, data)


def anonymise_member(s: Session, actor: Actor | None, person: Person) -> int:
    """Replace ``person``'s identity with "Anonymised member" in every plan draft and
    frozen version that names them, keeping the figures (their capital stays, under
    the label, so the plans still add up). Inside the erasure's transaction, before the
    person's record is erased; each plan changed is audited. Returns how many changed.

    A frozen version's list of members loses the name of the member it was frozen
    with (the entry keeps their person id); the texts (the team prefilled from the
    members, and whatever the operators wrote) lose the person's full name either way
    round, then each of their names and their codice fiscale as whole words in any
    case, except inside another member's full name: "Rossi Giulia" stays when Mario
    Rossi is erased."""
    family, given = person.family_name.strip(), person.given_name.strip()
    full = f"{family} {given}".strip()
    targets = {n for n in (full, f"{given} {family}".strip(), family, given) if n}
    # Their codice fiscale and NIR (compact, and the NIR as its card spells it).
    codes = [c for c in (person.codice_fiscale, person.nir, format_nir(person.nir or "")) if c]
    targets.update(codes)
    if not targets:
        return 0
    # SQLite's LIKE ignores the case of ASCII letters only: a name with others is also
    # looked for in other cases, and as json.dumps escapes it in the members' list.
    variants = {
        form
        for name in (family, given, *codes)
        if name
        for case in ((name,) if name.isascii() else (name, name.lower(), name.upper()))
        for form in (case, json.dumps(case)[1:-1])
    }
    changed = 0
    # Only the plans of their own projects: elsewhere a name alike (a supplier "Gilles
    # Verdi" when Albert Gilles is erased) is somebody else's and stays.
    own = set(
        s.scalars(
            select(ProjectMembership.project_id).where(ProjectMembership.person_id == person.id)
        )
    )
    drafts = select(BusinessPlan).where(
        BusinessPlan.project_id.in_(own),
        or_(*(BusinessPlan.document.contains(v, autoescape=True) for v in variants)),
    )
    for draft in s.scalars(drafts).all():  # read whole before writing any
        others = _other_members(s, draft.project_id, person.id)
        replace = _replacer(targets, others, _label(s, draft.project_id))
        plan, parts = _scrubbed_plan(_read(draft.document), replace)
        if parts:
            draft.document = plan.model_dump_json()
            s.flush()
            record_event(s, actor, ENTITY, draft.id, AuditAction.UPDATE, parts, "member anonymised")
            changed += 1
    versions = select(BusinessPlanVersion).where(
        or_(
            *(
                column.contains(v, autoescape=True)
                for column in (BusinessPlanVersion.document, BusinessPlanVersion.members)
                for v in variants
            )
        )
    )
    for version in s.scalars(versions).all():
        members = json.loads(version.members)
        # Their entries: by their id; in a version frozen before the ids were kept, by
        # their name (a namesake's entry there cannot be told from theirs).
        theirs = [
            m["person_id"] == person.id
            if m.get("person_id") is not None
            else _folded(m["name"]) == _folded(full)
            for m in members
        ]
        if version.project_id not in own and not any(theirs):
            continue  # frozen where they never were a member: the name is someone else's
        label = _label(s, version.project_id)
        others = _other_members(s, version.project_id, person.id)
        others |= {m["name"] for m, mine in zip(members, theirs, strict=True) if not mine}
        replace = _replacer(targets, others, label)
        plan, parts = _scrubbed_plan(_read(version.document), replace)
        if parts:
            version.document = plan.model_dump_json()
        # The entry keeps its person id (the rules count members by it), not the name.
        kept = [
            {**m, "name": label} if mine else m for m, mine in zip(members, theirs, strict=True)
        ]
        if kept != members:
            parts.append("members")
            version.members = json.dumps(kept)
        if parts:
            s.flush()
            record_event(
                s,
                actor,
                "business_plan_version",
                version.id,
                AuditAction.UPDATE,
                parts,
                "member anonymised",
            )
            changed += 1
    return changed


# -- helpers -------------------------------------------------------------------------


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _label(s: Session, project_id: int) -> str:
    desk = s.scalar(select(Desk).join(EnterpriseProject).where(EnterpriseProject.id == project_id))
    return catalogue(desk.language.value if desk else "it").text("BusinessPlan", ANONYMISED_MEMBER)


def _other_members(s: Session, project_id: int, person_id: int) -> set[str]:
    """The full names, either way round, of the project's other members."""
    rows = s.execute(
        select(Person.family_name, Person.given_name)
        .join(ProjectMembership, ProjectMembership.person_id == Person.id)
        .where(ProjectMembership.project_id == project_id, Person.id != person_id)
    )
    return {name for family, given in rows for name in (f"{family} {given}", f"{given} {family}")}


def _replacer(targets: set[str], others: set[str], label: str) -> Callable[[str], str]:
    """A function replacing the targets with ``label`` in a text, as whole words in any
    case: one pass of one pattern, longest names first, so that another member's full
    name is matched whole (and kept) before a part of it is."""
    folded_targets = {_folded(t) for t in targets}
    protected = {_folded(o) for o in others if o.strip()} - folded_targets
    names = sorted({*targets, *(o for o in others if _folded(o) in protected)}, key=len)
    alternatives = "|".join(
        r"\s+".join(re.escape(word) for word in name.split()) for name in reversed(names)
    )
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    # A team line as the plan prefills it ("- Rossi Mario (Socio lavoratore): Saldatore
    # TIG") keeps the role but loses the skills: in a team of two, "the welder" names
    # the member as surely as their name did.
    team_line = re.compile(rf"^(- {re.escape(label)} \([^()\n]*\)):[^\n]*$", re.MULTILINE)

    def replace(text: str) -> str:
        named = pattern.sub(
            lambda m: m.group(0) if _folded(m.group(0)) in protected else label, text
        )
        return team_line.sub(r"\1", named) if named != text else named

    return replace


def _scrubbed_plan(plan: PlanInput, replace: Callable[[str], str]) -> tuple[PlanInput, list[str]]:
    """The plan with ``replace`` applied to its texts (not its enums, amounts or
    years), each kept within its field's length; and the names of the parts changed."""
    parts = []
    updates: dict[str, Any] = {}
    for name, info in PlanInput.model_fields.items():
        value = getattr(plan, name)
        new = _scrubbed(value, replace, _max_length(info))
        if new is not value:
            updates[name] = new
            parts.append(name)
    return (plan.model_copy(update=updates) if updates else plan), parts


def _scrubbed(value: Any, replace: Callable[[str], str], limit: int | None) -> Any:
    """``value`` with its texts replaced; the very same object when nothing changed."""
    if isinstance(value, BaseModel):
        updates = {}
        for name, info in type(value).model_fields.items():
            old = getattr(value, name)
            new = _scrubbed(old, replace, _max_length(info))
            if new is not old:
                updates[name] = new
        return value.model_copy(update=updates) if updates else value
    if isinstance(value, list):
        items = [_scrubbed(item, replace, limit) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if type(value) is str:  # not an enum member, which is a str too
        text = replace(value)
        return value if text == value else text[:limit]
    return value


def _max_length(info: FieldInfo) -> int | None:
    for constraint in info.metadata:
        limit = getattr(constraint, "max_length", None)
        if limit is not None:
            return int(limit)
    return None


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
    """The members' capital of these projects (500 projects a query). An erased
    member is named "Anonymised member" in the language of the project's desk."""
    found: dict[int, list[MemberCapital]] = {}
    for start in range(0, len(project_ids), 500):
        rows = bind.execute(
            select(
                ProjectMembership.project_id,
                Person.id,
                Person.family_name,
                Person.given_name,
                Person.anonymised_on,
                Desk.language,
                ProjectMembership.role,
                ProjectMembership.capital_pledged,
                ProjectMembership.capital_paid,
                ProjectMembership.tfr_part,
                ProjectMembership.naspi_part,
                ProjectMembership.arce_part,
            )
            .join(Person, Person.id == ProjectMembership.person_id)
            .join(EnterpriseProject, EnterpriseProject.id == ProjectMembership.project_id)
            .outerjoin(Desk, Desk.id == EnterpriseProject.desk_id)
            .where(ProjectMembership.project_id.in_(project_ids[start : start + 500]))
            .order_by(ProjectMembership.id)
        )
        for row in rows:
            project_id, person_id, family, given, erased, language = row[:6]
            role, pledged, paid, tfr, naspi, arce = row[6:]
            name = f"{family} {given}"
            if erased is not None:
                code = language.value if language is not None else "it"
                name = catalogue(code).text("BusinessPlan", ANONYMISED_MEMBER)
            found.setdefault(project_id, []).append(
                MemberCapital(name, role, pledged, paid, tfr, naspi, arce, person_id)
            )
    return found


def member_json(m: MemberCapital) -> dict[str, Any]:
    """A member's capital as a frozen version keeps it: who they are (the person's id,
    which stays when erasure takes the name), their name for display, the figures."""
    return {
        "person_id": m.person_id,
        "name": m.name,
        "role": m.role.value,
        "pledged": str(m.pledged),
        "paid": str(m.paid),
        "tfr": str(m.tfr),
        "naspi": str(m.naspi),
        "arce": str(m.arce),
    }


def _member_from_json(data: dict[str, Any]) -> MemberCapital:
    return MemberCapital(
        data["name"],
        MemberRole.parse(data["role"]),
        Decimal(data["pledged"]),
        Decimal(data["paid"]),
        Decimal(data["tfr"]),
        Decimal(data["naspi"]),
        Decimal(data.get("arce", "0")),  # versions frozen before the ARCE have none
        person_id=data.get("person_id"),  # nor those frozen before it: told by place
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
    if project.sector_code:
        idea += f" ({describe_sector(project.sector_code, project.nace_code, cat.language)})"
    if project.origin_company_name:
        idea += f"\n{project.origin_company_name}"
        if project.origin_company_situation is not None:
            idea += f" - {cat.text('Enum', project.origin_company_situation.label)}"
    return PlanInput.model_validate(
        {"first_year": start.year, "sections": {"team": team, "idea": idea}}
    )
