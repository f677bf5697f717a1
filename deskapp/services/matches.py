"""The outcome of proposing a person for an opening or a project's role: proposed,
contacted, interview, hired, declined, each step with its day and who recorded it.

A step is a write on the person's record: only their desk's operators (or an
administrator) record it. Proposing, contacting and the interview need the person's
consent to be proposed in force; hiring and declining record facts, whatever the consent
says now. A hire takes one post of the opening or role (every post taken: refused),
and counts in the coordinator report (participants in employment after the service).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.matching.consent import may_be_proposed
from deskapp.models import (
    EnterpriseProject,
    MatchOutcome,
    Opening,
    Operator,
    Organisation,
    Person,
    ProjectRole,
)
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, MatchStatus
from deskapp.models.fields import validate_input
from deskapp.models.network_schemas import OutcomeInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.openings import NO_OPENING, NO_ROLE
from deskapp.services.persons import validation_context
from deskapp.services.records import get_editable

NEEDS_CONSENT = (MatchStatus.PROPOSED, MatchStatus.CONTACTED, MatchStatus.INTERVIEW)
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Error",
    "Person no. {id} has no consent in force to be proposed to employers and projects: "
    "record that consent first (or they withdrew it).",
)
ANONYMISED = QT_TRANSLATE_NOOP("Error", "Person no. {id} was anonymised: they cannot be proposed.")
ALL_FILLED = QT_TRANSLATE_NOOP(
    "Error", "Every post is filled already: there is none left for this hire."
)
HIRED_ALREADY = QT_TRANSLATE_NOOP("Error", "Person no. {id} is recorded as hired here already.")


class OutcomeRefusedError(DeskappError):
    pass


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    person_id: int
    person_name: str
    opening_id: int | None
    project_role_id: int | None
    # What the proposal was for: "Saldatore TIG - Cantiere Navale Rossi" or a project's
    # role "Cuoco - Cooperativa Il Porto", in the records' own words.
    role: str
    where: str
    status: MatchStatus
    happened_on: dt.date
    operator: str


def record_outcome(
    db: Database, actor: Actor, data: dict[str, Any], today: dt.date | None = None
) -> int:
    outcome = validate_input(OutcomeInput, data, **validation_context(actor, today))
    with db.write() as s:
        person = get_editable(s, actor, Person, outcome.person_id)
        if person.anonymised_on is not None:
            raise OutcomeRefusedError(ANONYMISED, id=person.id)
        if outcome.status in NEEDS_CONSENT and not s.scalar(
            select(may_be_proposed(person.id, outcome.happened_on))
        ):
            raise OutcomeRefusedError(NO_CONSENT, id=person.id)
        target = _target(s, outcome)
        if outcome.status is MatchStatus.HIRED:
            _take_post(s, outcome, target)
        row = MatchOutcome(
            person_id=person.id,
            opening_id=outcome.opening_id,
            project_role_id=outcome.project_role_id,
            status=outcome.status,
            happened_on=outcome.happened_on,
            operator_id=actor.operator_id,
        )
        s.add(row)
        s.flush()
        record_event(
            s,
            actor,
            "match_outcome",
            row.id,
            AuditAction.CREATE,
            OutcomeInput.model_fields,
            f"person {person.id} {outcome.status.value}",
        )
        return row.id


def _target(s: Session, outcome: OutcomeInput) -> Opening | ProjectRole:
    if outcome.opening_id is not None:
        opening = s.get(Opening, outcome.opening_id)
        if opening is None:
            raise NotFoundError(NO_OPENING, id=outcome.opening_id)
        return opening
    role = s.get(ProjectRole, outcome.project_role_id)
    if role is None:
        raise NotFoundError(NO_ROLE, id=outcome.project_role_id)
    return role


def _take_post(s: Session, outcome: OutcomeInput, target: Opening | ProjectRole) -> None:
    column = MatchOutcome.opening_id if outcome.opening_id else MatchOutcome.project_role_id
    hired = s.scalar(
        select(func.count()).where(
            column == target.id,
            MatchOutcome.person_id == outcome.person_id,
            MatchOutcome.status == MatchStatus.HIRED,
        )
    )
    if hired:
        raise OutcomeRefusedError(HIRED_ALREADY, id=outcome.person_id)
    if target.filled >= target.posts:
        raise OutcomeRefusedError(ALL_FILLED)
    target.filled += 1


def _rows_query() -> Any:
    return (
        select(
            MatchOutcome.id,
            MatchOutcome.person_id,
            Person.family_name,
            Person.given_name,
            MatchOutcome.opening_id,
            MatchOutcome.project_role_id,
            func.coalesce(Opening.title, ProjectRole.title),
            func.coalesce(Organisation.name, EnterpriseProject.title),
            MatchOutcome.status,
            MatchOutcome.happened_on,
            Operator.name,
        )
        .join(Person, Person.id == MatchOutcome.person_id)
        .join(Operator, Operator.id == MatchOutcome.operator_id)
        .outerjoin(Opening, Opening.id == MatchOutcome.opening_id)
        .outerjoin(Organisation, Organisation.id == Opening.organisation_id)
        .outerjoin(ProjectRole, ProjectRole.id == MatchOutcome.project_role_id)
        .outerjoin(EnterpriseProject, EnterpriseProject.id == ProjectRole.project_id)
        .order_by(MatchOutcome.happened_on.desc(), MatchOutcome.id.desc())
    )


def _rows(s: Session, query: Any) -> list[OutcomeRow]:
    return [OutcomeRow(r[0], r[1], f"{r[2]} {r[3]}", *r[4:]) for r in s.execute(query)]


def person_outcomes(db: Database, person_id: int) -> list[OutcomeRow]:
    """Every step of every proposal of one person, the latest first (their timeline)."""
    with db.read() as s:
        return _rows(s, _rows_query().where(MatchOutcome.person_id == person_id))


def project_outcomes(db: Database, project_id: int) -> list[OutcomeRow]:
    """Every step of every proposal for one project's roles, the latest first."""
    with db.read() as s:
        return _rows(s, _rows_query().where(ProjectRole.project_id == project_id))


def latest_status(rows: list[OutcomeRow]) -> dict[tuple[int, int | None, int | None], OutcomeRow]:
    """Where each proposal stands: its latest step, by (person, opening, role)."""
    found: dict[tuple[int, int | None, int | None], OutcomeRow] = {}
    for row in sorted(rows, key=lambda r: (r.happened_on, r.id)):
        found[(row.person_id, row.opening_id, row.project_role_id)] = row
    return found
