"""The skills and resources database: structural resources (recorded, edited, linked
to projects), and who knows what.

"Who knows welding in Sestri?" ("saldatura Sestri"): every word typed must match
the skill (its description, code or sector) in one of its forms or trade synonyms
(deskapp.services.skill_terms: "saldatura" finds "Saldatore" and "Saldatrice"), or
the person's municipality as typed ("Sestri" finds Sestri Levante). Results are
limited by the database; the screen says when there are more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from deskapp.models import (
    Desk,
    EnterpriseProject,
    Person,
    Skill,
    StructuralResource,
    project_resource,
)
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, Availability, ResourceKind, SkillLevel
from deskapp.models.fields import validate_input
from deskapp.models.schemas import ResourceInput
from deskapp.models.skill_index import candidates
from deskapp.models.sql.collation import contains_nocase
from deskapp.services import skill_terms
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.records import get_editable, get_or_fail, update_record
from deskapp.services.search import every_term_in


@dataclass(frozen=True)
class SkillHit:
    skill_id: int
    person_id: int
    person_name: str
    municipality: str
    desk: str
    description: str
    level: SkillLevel | None
    years_experience: int | None
    sector: str


def search_skills(
    db: Database, text: str, desk_id: int | None = None, limit: int = 500
) -> tuple[bool, list[SkillHit]]:
    """Skills matching every word of ``text`` (skill or municipality), the most
    experienced first, and whether there are more than ``limit``.

    No separate count: it would scan the 130,000 skills of a large registry a second
    time for every keystroke (about 60 ms); one row more than the limit tells enough.
    """
    terms = text.split()
    conditions = [_skill_or_place(term) for term in terms]
    if desk_id is not None:
        conditions.append(Person.desk_id == desk_id)
    query = (
        select(
            Skill.id,
            Person.id,
            Person.family_name,
            Person.given_name,
            Person.municipality,
            Desk.name,
            Skill.description,
            Skill.level,
            Skill.years_experience,
            Skill.sector,
        )
        .join(Person, Person.id == Skill.person_id)
        .join(Desk, Desk.id == Person.desk_id)
        .where(*conditions)
        .order_by(Skill.years_experience.desc().nulls_last(), Person.family_name, Skill.id)
        .limit(limit + 1)
    )
    with db.read() as s:
        found = candidates(s.connection(), [_word(term) for term in terms])
        if found is not None:
            # The index gives the candidates; the conditions above decide.
            query = query.where(Skill.id.in_(found))
        hits = [
            SkillHit(
                skill_id=r[0],
                person_id=r[1],
                person_name=f"{r[2]} {r[3]}",
                municipality=r[4],
                desk=r[5],
                description=r[6],
                level=r[7],
                years_experience=r[8],
                sector=r[9],
            )
            for r in s.execute(query)
        ]
        return len(hits) > limit, hits[:limit]


def _skill_or_place(term: str) -> ColumnElement[bool]:
    """One typed word: a form or synonym of it in the skill's description, or the word
    as typed in its code, its sector or the person's municipality, whatever the case
    (deskapp.models.sql.collation). The forms go against the description only: each
    pattern is one more scan of 130,000 descriptions."""
    safe = term.replace("%", "").replace("_", "")
    forms = [contains_nocase(Skill.description, p) for p in skill_terms.patterns(safe)]
    as_typed = [
        contains_nocase(column, safe)
        for column in (Skill.occupation_code, Skill.sector, Person.municipality)
    ]
    return or_(*forms, *as_typed)


def _word(term: str) -> tuple[str, tuple[str, ...]]:
    """A typed word as the index looks it up: the word, and its forms and synonyms."""
    safe = term.replace("%", "").replace("_", "")
    return safe, skill_terms.patterns(safe)


@dataclass(frozen=True)
class ResourceRow:
    id: int
    version: int
    kind: ResourceKind
    name: str
    owner: str
    municipality: str
    size_m2: float | None
    availability: Availability
    desk: str
    projects: int


def list_resources(
    db: Database,
    text: str = "",
    desk_id: int | None = None,
    kind: ResourceKind | None = None,
    availability: Availability | None = None,
    limit: int = 1000,
) -> tuple[int, list[ResourceRow]]:
    conditions = [
        every_term_in(
            text.split(),
            [
                StructuralResource.name,
                StructuralResource.owner,
                StructuralResource.municipality,
                StructuralResource.notes,
            ],
        )
    ]
    if desk_id is not None:
        conditions.append(StructuralResource.desk_id == desk_id)
    if kind is not None:
        conditions.append(StructuralResource.kind == kind)
    if availability is not None:
        conditions.append(StructuralResource.availability == availability)
    linked = (
        select(func.count())
        .where(project_resource.c.resource_id == StructuralResource.id)
        .scalar_subquery()
    )
    query = (
        select(
            StructuralResource.id,
            StructuralResource.version,
            StructuralResource.kind,
            StructuralResource.name,
            StructuralResource.owner,
            StructuralResource.municipality,
            StructuralResource.size_m2,
            StructuralResource.availability,
            Desk.name,
            linked,
        )
        .join(Desk, Desk.id == StructuralResource.desk_id)
        .where(*conditions)
        .order_by(StructuralResource.name, StructuralResource.id)
        .limit(limit)
    )
    with db.read() as s:
        total = int(
            s.scalar(select(func.count()).select_from(StructuralResource).where(*conditions)) or 0
        )
        return total, [ResourceRow(*r) for r in s.execute(query)]


def create_resource(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    resource = validate_input(ResourceInput, data)
    with db.write() as s:
        row = StructuralResource(desk_id=actor.desk_id, version=1, **resource.model_dump())
        s.add(row)
        s.flush()
        record_event(
            s, actor, "structural_resource", row.id, AuditAction.CREATE, ResourceInput.model_fields
        )
        return row.id


def link_resource(db: Database, actor: Actor, project_id: int, resource_id: int) -> None:
    with db.write() as s:
        project = get_editable(s, actor, EnterpriseProject, project_id)
        resource = get_or_fail(s, StructuralResource, resource_id)
        if resource not in project.resources:
            project.resources.append(resource)
            record_event(
                s, actor, "enterprise_project", project_id, AuditAction.UPDATE, ("resources",)
            )


def get_resource(db: Database, resource_id: int) -> StructuralResource:
    with db.read() as s:
        return get_or_fail(s, StructuralResource, resource_id)


def resource_as_input(resource: StructuralResource) -> dict[str, Any]:
    return {name: getattr(resource, name) for name in ResourceInput.model_fields}


def update_resource(
    db: Database, actor: Actor, resource_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    resource = validate_input(ResourceInput, data)
    return update_record(db, actor, StructuralResource, resource_id, expected_version, resource)


def unlink_resource(db: Database, actor: Actor, project_id: int, resource_id: int) -> None:
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        s.execute(
            project_resource.delete().where(
                project_resource.c.project_id == project_id,
                project_resource.c.resource_id == resource_id,
            )
        )
        record_event(s, actor, "enterprise_project", project_id, AuditAction.UPDATE, ("resources",))
