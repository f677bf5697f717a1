"""What the person page shows beside the intake fields: skills and needs assessments.

Each is read for a chunk of people at once (``*_by_person``: a query or two for the
whole chunk, as a batch of dossiers reads them); the person page reads a chunk of one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.models import Need, NeedsAssessment, Operator, Skill
from deskapp.models.database import Database
from deskapp.models.enums import Evidence, NeedKind, NeedOutcome, SkillLevel
from deskapp.models.schemas import SkillInput


@dataclass(frozen=True)
class SkillRow:
    id: int
    version: int
    description: str
    occupation_code: str
    level: SkillLevel | None
    years_experience: int | None
    sector: str
    nace_code: str
    evidence: Evidence

    def as_input(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SkillInput.model_fields}


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    assessed_on: dt.date
    operator: str
    note: str
    needs: list[tuple[NeedKind, NeedOutcome, str]]


def skills_of(db: Database, person_id: int) -> list[SkillRow]:
    with db.read() as s:
        return skills_by_person(s, [person_id]).get(person_id, [])


def assessments_of(db: Database, person_id: int) -> list[AssessmentRow]:
    with db.read() as s:
        return assessments_by_person(s, [person_id]).get(person_id, [])


def skills_by_person(s: Session, person_ids: Collection[int]) -> dict[int, list[SkillRow]]:
    """The skills of each of ``person_ids`` (a chunk: one query), in the order entered.
    People without any are absent."""
    query = (
        select(
            Skill.person_id,
            Skill.id,
            Skill.version,
            Skill.description,
            Skill.occupation_code,
            Skill.level,
            Skill.years_experience,
            Skill.sector,
            Skill.nace_code,
            Skill.evidence,
        )
        .where(Skill.person_id.in_(person_ids))
        .order_by(Skill.person_id, Skill.id)
    )
    skills: dict[int, list[SkillRow]] = {}
    for person_id, *row in s.execute(query):
        skills.setdefault(person_id, []).append(SkillRow(*row))
    return skills


def assessments_by_person(
    s: Session, person_ids: Collection[int]
) -> dict[int, list[AssessmentRow]]:
    """The needs assessments of each of ``person_ids`` (a chunk: two queries), the
    latest first, each with its needs in the order entered. People without any are
    absent."""
    rows = s.execute(
        select(
            NeedsAssessment.person_id,
            NeedsAssessment.id,
            NeedsAssessment.assessed_on,
            Operator.name,
            NeedsAssessment.note,
        )
        .join(Operator, Operator.id == NeedsAssessment.operator_id)
        .where(NeedsAssessment.person_id.in_(person_ids))
        .order_by(
            NeedsAssessment.person_id,
            NeedsAssessment.assessed_on.desc(),
            NeedsAssessment.id.desc(),
        )
    ).all()
    needs: dict[int, list[tuple[NeedKind, NeedOutcome, str]]] = {}
    if rows:
        for assessment_id, kind, outcome, note in s.execute(
            select(Need.assessment_id, Need.kind, Need.outcome, Need.note)
            .where(Need.assessment_id.in_([r[1] for r in rows]))
            .order_by(Need.id)
        ):
            needs.setdefault(assessment_id, []).append((kind, outcome, note))
    assessments: dict[int, list[AssessmentRow]] = {}
    for person_id, assessment_id, assessed_on, operator, note in rows:
        assessments.setdefault(person_id, []).append(
            AssessmentRow(assessment_id, assessed_on, operator, note, needs.get(assessment_id, []))
        )
    return assessments
