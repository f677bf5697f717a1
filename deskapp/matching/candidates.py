"""The database's short lists: what may match, found through indexes, so that Python
scores a few hundred rows, never the registry.

- openings for a person: the open ones (``ix_opening_open``) whose role or skills hold
  a form or synonym of one of the person's skill words;
- employers for a person: firms and cooperatives of the sector of one of their skills
  (``ix_organisation_nace_code``, a prefix range), or seeking one of their words;
- people for a project's role: the skills holding one of the role's words, through the
  skills search's own full-text index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL;
  deskapp.models.skill_index), of people who may be proposed, at the desks the operator
  reads; at most ``PEOPLE_SHORT_LIST`` skills, the most skilled first;
- partners and resources for a project: by sector, chain, relation and kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, case, false, or_, select
from sqlalchemy.orm import Session

from deskapp.matching.consent import proposable
from deskapp.matching.terms import Term, all_patterns
from deskapp.models import (
    Desk,
    Opening,
    Organisation,
    OrganisationRelation,
    Person,
    Skill,
    StructuralResource,
    project_resource,
)
from deskapp.models.enums import (
    EMPLOYERS,
    GROUPINGS,
    Availability,
    SkillLevel,
)
from deskapp.models.skill_index import candidates as skill_candidates
from deskapp.models.sql.collation import contains_nocase
from deskapp.services.openings import is_open

OPENINGS_SHORT_LIST = 300
EMPLOYERS_SHORT_LIST = 300
PEOPLE_SHORT_LIST = 200
PARTNERS_SHORT_LIST = 200


def _any_pattern(columns: Sequence[Any], patterns: list[str]) -> ColumnElement[bool]:
    if not patterns:
        return false()
    return or_(*[contains_nocase(c, p) for c in columns for p in patterns])


def openings_for(s: Session, found: tuple[Term, ...], today: dt.date) -> list[Any]:
    """Open openings whose role or skills hold one of the terms, with their
    organisation and its desk's region."""
    query = (
        select(
            Opening.id,
            Opening.title,
            Opening.skills,
            Opening.level,
            Opening.municipality,
            Organisation.id,
            Organisation.name,
            Organisation.municipality,
            Organisation.country,
            Organisation.nace_code,
            Organisation.supply_chain_id,
            Desk.region,
            Desk.country,
        )
        .join(Organisation, Organisation.id == Opening.organisation_id)
        .join(Desk, Desk.id == Organisation.desk_id)
        .where(
            is_open(today),
            Organisation.active.is_(True),
            _any_pattern((Opening.title, Opening.skills), all_patterns(found)),
        )
        .order_by(Opening.id.desc())
        .limit(OPENINGS_SHORT_LIST)
    )
    return list(s.execute(query))


def employers_for(s: Session, found: tuple[Term, ...], divisions: set[str]) -> list[Any]:
    """Firms and cooperatives in the sector (NACE division) of a skill, or seeking one
    of the terms."""
    by_sector = [Organisation.nace_code.like(f"{d}%") for d in sorted(divisions) if d]
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.municipality,
            Organisation.country,
            Organisation.nace_code,
            Organisation.supply_chain_id,
            Organisation.seeks,
            Desk.region,
            Desk.country,
        )
        .join(Desk, Desk.id == Organisation.desk_id)
        .where(
            Organisation.kind.in_(EMPLOYERS),
            Organisation.active.is_(True),
            or_(*by_sector, _any_pattern((Organisation.seeks,), all_patterns(found))),
        )
        .order_by(Organisation.id)
        .limit(EMPLOYERS_SHORT_LIST)
    )
    return list(s.execute(query))


LEVEL_ORDER = case(
    (Skill.level == SkillLevel.EXPERT, 4),
    (Skill.level == SkillLevel.ADVANCED, 3),
    (Skill.level == SkillLevel.INTERMEDIATE, 2),
    (Skill.level == SkillLevel.BASIC, 1),
    else_=0,
)


def _skills_holding(s: Session, found: tuple[Term, ...]) -> Select[Any] | None:
    """Ids of the skills that may hold one of the terms, from the full-text index (a
    superset: the scoring decides), in one look-up for all the terms (the words of a
    trade share most of their synonyms: a look-up per word found the same skills again);
    None when the index cannot say (no index here, or only short words), and the
    description is scanned."""
    if not found:
        return None
    return skill_candidates(s.connection(), [(found[0].word, all_patterns(found))])


def people_for(
    s: Session,
    found: tuple[Term, ...],
    desk_ids: Sequence[int] | None,
    today: dt.date,
    exclude: Sequence[int] = (),
) -> list[Any]:
    """Skills of proposable people of ``desk_ids`` (None: every desk) that may fit, the
    most skilled first: (person id, names, municipality, status, desk region and
    country, skill description, level, years, NACE)."""
    if not found:
        return []
    query = (
        select(
            Person.id,
            Person.family_name,
            Person.given_name,
            Person.municipality,
            Person.employment_status,
            Desk.region,
            Desk.country,
            Skill.description,
            Skill.level,
            Skill.years_experience,
            Skill.nace_code,
        )
        .join(Person, Person.id == Skill.person_id)
        .join(Desk, Desk.id == Person.desk_id)
        .where(proposable(today))
        .order_by(LEVEL_ORDER.desc(), Skill.years_experience.desc().nulls_last(), Skill.id)
        .limit(PEOPLE_SHORT_LIST)
    )
    if desk_ids is not None:
        # "+ 0": no index on it, so SQLite does not start from the desks' people.
        query = query.where((Person.desk_id + 0).in_(list(desk_ids)))
    if exclude:
        query = query.where(Person.id.not_in(list(exclude)))
    indexed = _skills_holding(s, found)
    if indexed is not None:
        query = query.where(Skill.id.in_(indexed))
    query = query.where(_any_pattern((Skill.description,), all_patterns(found)))
    return list(s.execute(query))


def partners_for(
    s: Session,
    project_id: int,
    division: str,
    chain_id: int | None,
) -> list[Any]:
    """Organisations related to the project, of its sector or chain, or groupings
    (consortia, networks, associations) to join."""
    related = select(OrganisationRelation.organisation_id).where(
        OrganisationRelation.project_id == project_id
    )
    conditions: list[ColumnElement[bool]] = [
        Organisation.id.in_(related),
        Organisation.kind.in_(GROUPINGS),
    ]
    if division:
        conditions.append(Organisation.nace_code.like(f"{division}%"))
    if chain_id is not None:
        conditions.append(Organisation.supply_chain_id == chain_id)
    # The most telling first, since the list is cut: related, same chain, same sector.
    order = case(
        (Organisation.id.in_(related), 0),
        (Organisation.supply_chain_id == chain_id, 1) if chain_id is not None else (false(), 1),
        (Organisation.nace_code.like(f"{division}%"), 2) if division else (false(), 2),
        else_=3,
    )
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.municipality,
            Organisation.country,
            Organisation.nace_code,
            Organisation.supply_chain_id,
            Desk.region,
            Desk.country,
        )
        .join(Desk, Desk.id == Organisation.desk_id)
        .where(Organisation.active.is_(True), or_(*conditions))
        .order_by(order, Organisation.id)
        .limit(PARTNERS_SHORT_LIST)
    )
    return list(s.execute(query))


def relations_of(s: Session, project_id: int) -> dict[int, list[Any]]:
    found: dict[int, list[Any]] = {}
    for org_id, kind in s.execute(
        select(OrganisationRelation.organisation_id, OrganisationRelation.kind).where(
            OrganisationRelation.project_id == project_id
        )
    ):
        found.setdefault(org_id, []).append(kind)
    return found


def resources_for(s: Session, project_id: int, min_size_m2: float | None) -> list[Any]:
    """Structural resources free to take (available, or under negotiation), not linked
    to the project already; of at least ``min_size_m2`` when asked."""
    linked = select(project_resource.c.resource_id).where(
        project_resource.c.project_id == project_id
    )
    query = (
        select(
            StructuralResource.id,
            StructuralResource.name,
            StructuralResource.kind,
            StructuralResource.municipality,
            StructuralResource.size_m2,
            StructuralResource.availability,
            Desk.region,
            Desk.country,
        )
        .join(Desk, Desk.id == StructuralResource.desk_id)
        .where(
            StructuralResource.availability.in_(
                (Availability.AVAILABLE, Availability.UNDER_NEGOTIATION)
            ),
            StructuralResource.id.not_in(linked),
        )
        .order_by(StructuralResource.id)
        .limit(PARTNERS_SHORT_LIST)
    )
    if min_size_m2 is not None:
        query = query.where(StructuralResource.size_m2 >= min_size_m2)
    return list(s.execute(query))
