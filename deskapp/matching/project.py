"""Matches for an enterprise project: for each role it still needs, the people who fit
(with their consent to be proposed, at the desks the operator reads); the structural
resources near it that are free (premises by size, land, machinery, a closed plant);
the partner organisations by relation, sector, chain and place (consortia and networks
to join, suppliers, customers, partners abroad).

Where the project is: its first linked resource's municipality, else where most of its
promoters and worker-members live, else only its desk's region (said in the reasons).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.matching import candidates as db_candidates
from deskapp.matching.distance import Place, proximity
from deskapp.matching.person import chain_whys
from deskapp.matching.scoring import (
    Match,
    SkillOf,
    availability_points,
    best_skill,
    place_points,
    ranked,
    skill_whys,
    why,
)
from deskapp.matching.terms import terms
from deskapp.models import (
    Desk,
    EnterpriseProject,
    MatchOutcome,
    Person,
    ProjectMembership,
    StructuralResource,
    project_resource,
)
from deskapp.models.database import Database
from deskapp.models.enums import (
    GROUPINGS,
    Availability,
    MatchStatus,
    MemberRole,
    ProjectKind,
    ResourceKind,
)
from deskapp.services.actor import Actor
from deskapp.services.openings import RoleRow, list_project_roles
from deskapp.services.organisations import ChainRow, chain_of, list_chains
from deskapp.services.permissions import Action, may, require_desk
from deskapp.services.records import get_or_fail

# What kind of premises each kind of project looks for first.
RESOURCE_FIT = {
    ProjectKind.WBO: (ResourceKind.CLOSED_PLANT, ResourceKind.MACHINERY),
    ProjectKind.SPIN_OFF: (ResourceKind.PREMISES, ResourceKind.MACHINERY),
}


@dataclass
class ProjectMatches:
    project_id: int
    place: Place | None  # where the project is taken to be (None: its desk's region only)
    roles: list[tuple[RoleRow, list[Match]]] = field(default_factory=list)
    resources: list[Match] = field(default_factory=list)
    partners: list[Match] = field(default_factory=list)


def _project_place(s: Session, project: EnterpriseProject, desk: Desk) -> Place | None:
    linked = s.scalar(
        select(StructuralResource.municipality)
        .join(project_resource, project_resource.c.resource_id == StructuralResource.id)
        .where(project_resource.c.project_id == project.id, StructuralResource.municipality != "")
        .order_by(StructuralResource.id)
        .limit(1)
    )
    if linked:
        return Place(linked, desk.country.value, desk.region)
    homes = Counter(
        s.scalars(
            select(Person.municipality)
            .join(ProjectMembership, ProjectMembership.person_id == Person.id)
            .where(
                ProjectMembership.project_id == project.id,
                ProjectMembership.role.in_((MemberRole.PROMOTER, MemberRole.WORKER_MEMBER)),
                Person.municipality != "",
            )
        )
    )
    if homes:
        place = sorted(homes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return Place(place, desk.country.value, desk.region)
    return None


def match_project(
    db: Database,
    actor: Actor,
    project_id: int,
    today: dt.date | None = None,
    limit: int = 10,
    min_size_m2: float | None = None,
) -> ProjectMatches:
    day = today or dt.date.today()
    chains = list_chains(db)
    roles = [r for r in list_project_roles(db, project_id) if r.still_needed > 0]
    everyone = may(actor, Action.REPORT)
    with db.read() as s:
        project = get_or_fail(s, EnterpriseProject, project_id)
        if not everyone:
            require_desk(actor, project.desk_id)
        desk = get_or_fail(s, Desk, project.desk_id)
        place = _project_place(s, project, desk)
        # Without a municipality, the desk's region still says "same region".
        here = place or Place("", desk.country.value, desk.region)
        result = ProjectMatches(project_id, place)
        members = list(
            s.scalars(
                select(ProjectMembership.person_id).where(
                    ProjectMembership.project_id == project_id
                )
            )
        )
        # The people of the project's region first (the database narrows by desk); the
        # other desks the operator reads only when those are too few.
        readable = None if everyone else [actor.desk_id]
        nearby = [
            d
            for d in s.scalars(select(Desk.id).where(Desk.region == desk.region))
            if readable is None or d in readable
        ]
        role_rows = {}
        for role in roles:
            wanted = terms(f"{role.title} {role.skills}")
            rows = db_candidates.people_for(s, wanted, nearby, day, exclude=members)
            if len({r[0] for r in rows}) < limit and nearby != readable:
                rows = db_candidates.people_for(s, wanted, readable, day, exclude=members)
            role_rows[role.id] = rows
        candidates_ids = {row[0] for rows in role_rows.values() for row in rows}
        hired = dict(
            s.execute(
                select(MatchOutcome.person_id, MatchOutcome.happened_on).where(
                    MatchOutcome.status == MatchStatus.HIRED,
                    MatchOutcome.person_id.in_(candidates_ids),
                )
            ).all()
        )
        resources = db_candidates.resources_for(s, project_id, None)
        chain = chain_of(chains, project.nace_code)
        division = project.nace_code[:2]
        partners = db_candidates.partners_for(s, project_id, division, chain.id if chain else None)
        relations = db_candidates.relations_of(s, project_id)

    for role in roles:
        wanted = terms(f"{role.title} {role.skills}")
        people: dict[int, tuple[tuple[Any, ...], list[SkillOf]]] = {}
        for row in role_rows[role.id]:
            person = people.setdefault(row[0], (tuple(row[:7]), []))
            person[1].append(SkillOf(row[7], row[8], row[9], row[10]))
        found = []
        for person_id, (info, skills) in people.items():
            _, family, given, municipality, status, region, country = info
            points, skill = best_skill(skills, wanted, role.level)
            if skill is None:
                continue
            near, near_why = place_points(
                proximity(here, Place(str(municipality), country.value, region))
            )
            ready, ready_whys = availability_points(status, hired.get(person_id), day)
            found.append(
                Match(
                    "person",
                    person_id,
                    f"{family} {given}",
                    str(municipality),
                    points + near + ready,
                    (*skill_whys(skill, role.level), near_why, *ready_whys),
                    role_id=role.id,
                )
            )
        result.roles.append((role, ranked(found, limit)))

    result.resources = ranked(
        [_resource(row, here, project.kind, min_size_m2) for row in resources], limit
    )
    result.partners = ranked(
        [
            m
            for row in partners
            if (m := _partner(row, here, project, chains, relations, desk)) is not None
        ],
        limit,
    )
    return result


def _resource(row: Any, here: Place, kind: ProjectKind, min_size: float | None) -> Match:
    rid, name, resource_kind, municipality, size, availability, region, country = row
    near, near_why = place_points(proximity(here, Place(municipality, country.value, region)))
    points = near * 50 / 30  # place counts most: up to 50
    whys = [why("kind", kind=resource_kind), near_why]
    if resource_kind in RESOURCE_FIT.get(kind, (ResourceKind.PREMISES, ResourceKind.LAND)):
        points += 20
    if size:
        whys.append(why("size", m2=size))
        if min_size:
            points += 20 if size >= min_size else 0
            if size < min_size:
                whys.append(why("min_size", m2=min_size))
        else:
            points += 10
    if availability is Availability.AVAILABLE:
        points += 10
    else:
        whys.append(why("availability", availability=availability))
        points += 5
    return Match("resource", rid, name, municipality, points, tuple(whys))


def _partner(
    row: Any,
    here: Place,
    project: EnterpriseProject,
    chains: list[ChainRow],
    relations: dict[int, list[Any]],
    desk: Desk,
) -> Match | None:
    org_id, name, kind, municipality, country, nace, chain_id, region, desk_country = row
    points = 0.0
    whys = []
    for relation in relations.get(org_id, []):
        points += 40
        whys.append(why("relation", relation=relation))
    chain_points, chain_why = chain_whys(chains, chain_id, nace)
    project_chain = chain_of(chains, project.nace_code)
    if chain_why and project_chain is not None and chain_why[0].get("en") == project_chain.name_en:
        points += 25
        whys += chain_why
    if nace and project.nace_code:
        if nace[:5] == project.nace_code[:5]:
            points += 25
            whys.append(why("sector"))
        elif nace[:2] == project.nace_code[:2]:
            points += 15
            whys.append(why("sector"))
    there = Place(municipality, country, region if country == desk_country.value else None)
    near = proximity(here, there)
    if kind in GROUPINGS and (near.same_region or near.closeness > 0):
        points += 15
        whys.append(why("grouping", kind=kind))
    if country != desk.country.value and whys:
        points += 10
        whys.append(why("abroad", country=country))
    if not whys:
        return None
    place, place_why = place_points(near)
    points += place * 20 / 30
    return Match("partner", org_id, name, municipality, points, (*whys, place_why))
