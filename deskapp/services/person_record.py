"""What the person page shows beside the intake fields: skills and needs assessments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

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
    query = (
        select(
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
        .where(Skill.person_id == person_id)
        .order_by(Skill.id)
    )
    with db.read() as s:
        return [SkillRow(*r) for r in s.execute(query)]


def assessments_of(db: Database, person_id: int) -> list[AssessmentRow]:
    with db.read() as s:
        rows = s.execute(
            select(
                NeedsAssessment.id,
                NeedsAssessment.assessed_on,
                Operator.name,
                NeedsAssessment.note,
            )
            .join(Operator, Operator.id == NeedsAssessment.operator_id)
            .where(NeedsAssessment.person_id == person_id)
            .order_by(NeedsAssessment.assessed_on.desc(), NeedsAssessment.id.desc())
        ).all()
        needs: dict[int, list[tuple[NeedKind, NeedOutcome, str]]] = {}
        for assessment_id, kind, outcome, note in s.execute(
            select(Need.assessment_id, Need.kind, Need.outcome, Need.note)
            .where(Need.assessment_id.in_([r[0] for r in rows]))
            .order_by(Need.id)
        ):
            needs.setdefault(assessment_id, []).append((kind, outcome, note))
        return [AssessmentRow(r[0], r[1], r[2], r[3], needs.get(r[0], [])) for r in rows]
