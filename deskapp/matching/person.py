"""Matches for a person: the open openings, and the firms of their trade, that fit their
skills, level, place and availability, ranked, each with its reasons.

A person without a consent to be proposed in force gets no match at all (``consent``
False says why). An operator matches their own desk's people; coordinators and
administrators anyone's (deskapp.services.permissions).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from deskapp.matching import candidates as db_candidates
from deskapp.matching.consent import may_be_proposed
from deskapp.matching.distance import Place, proximity
from deskapp.matching.scoring import (
    CHAIN_POINTS,
    SKILL_POINTS,
    Match,
    SkillOf,
    Why,
    availability_points,
    best_skill,
    place_points,
    ranked,
    seeks_word,
    skill_whys,
    why,
)
from deskapp.matching.terms import Term, shared, terms
from deskapp.models import Desk, MatchOutcome, Person, Skill
from deskapp.models.database import Database
from deskapp.models.enums import MatchStatus
from deskapp.services.actor import Actor
from deskapp.services.organisations import ChainRow, chain_of, list_chains
from deskapp.services.permissions import Action, may, require_desk
from deskapp.services.records import get_or_fail

# A firm without an opening that fits: its sector is the person's, or it seeks one of
# their words; worth less than a concrete opening.
SECTOR_SHARE = 0.5
SEEKS_SHARE = 0.7


@dataclass
class PersonMatches:
    person_id: int
    consent: bool  # a consent to be proposed in force: without it, nothing is matched
    openings: list[Match] = field(default_factory=list)
    organisations: list[Match] = field(default_factory=list)


def chain_whys(chains: list[ChainRow], chain_id: int | None, nace: str) -> tuple[float, list[Why]]:
    chain = next((c for c in chains if c.id == chain_id and c.active), None)
    chain = chain or chain_of(chains, nace)
    if chain is None:
        return 0.0, []
    return CHAIN_POINTS, [why("chain", it=chain.name_it, fr=chain.name_fr, en=chain.name_en)]


def match_person(
    db: Database,
    actor: Actor,
    person_id: int,
    today: dt.date | None = None,
    limit: int = 20,
) -> PersonMatches:
    day = today or dt.date.today()
    chains = list_chains(db)
    with db.read() as s:
        person = get_or_fail(s, Person, person_id)
        if not may(actor, Action.REPORT):
            require_desk(actor, person.desk_id)
        result = PersonMatches(person_id, consent=False)
        if person.anonymised_on is not None or not s.scalar(
            select(may_be_proposed(person_id, day))
        ):
            return result
        result.consent = True
        desk = get_or_fail(s, Desk, person.desk_id)
        here = Place(person.municipality, desk.country.value, desk.region)
        skills = [
            SkillOf(r.description, r.level, r.years_experience, r.nace_code)
            for r in s.scalars(select(Skill).where(Skill.person_id == person_id))
        ]
        words = terms(" ".join(k.description for k in skills))
        placed_on = s.scalar(
            select(func.max(MatchOutcome.happened_on)).where(
                MatchOutcome.person_id == person_id, MatchOutcome.status == MatchStatus.HIRED
            )
        )
        ready, ready_whys = availability_points(person.employment_status, placed_on, day)
        openings = db_candidates.openings_for(s, words, day) if words else []
        divisions = {k.nace[:2] for k in skills if k.nace}
        employers = db_candidates.employers_for(s, words, divisions) if skills else []

    for row in openings:
        (oid, title, wanted_skills, level, place, org_id, org_name, org_place, country,
         nace, chain_id, region, desk_country) = row  # fmt: skip
        wanted = terms(f"{title} {wanted_skills}")
        points, skill = best_skill(skills, wanted, level)
        if skill is None:
            continue
        there = Place(
            place or org_place, country, region if country == desk_country.value else None
        )
        near, near_why = place_points(proximity(here, there))
        chain, chain_why = chain_whys(chains, chain_id, nace)
        result.openings.append(
            Match(
                "opening",
                oid,
                title,
                org_name,
                points + near + ready + chain,
                (*skill_whys(skill, level), near_why, *chain_why, *ready_whys),
                extra={"organisation_id": org_id, "municipality": there.municipality},
            )
        )
    for row in employers:
        (org_id, name, place, country, nace, chain_id, seeks, region, desk_country) = row
        fit = _employer_fit(skills, words, nace, seeks)
        if fit is None:
            continue
        points, reason = fit
        there = Place(place, country, region if country == desk_country.value else None)
        near, near_why = place_points(proximity(here, there))
        chain, chain_why = chain_whys(chains, chain_id, nace)
        result.organisations.append(
            Match(
                "organisation",
                org_id,
                name,
                place,
                points + near + ready + chain,
                (*reason, near_why, *chain_why, *ready_whys),
            )
        )
    result.openings = ranked(result.openings, limit)
    result.organisations = ranked(result.organisations, limit)
    return result


def _employer_fit(
    skills: list[SkillOf], words: tuple[Term, ...], nace: str, seeks: str
) -> tuple[float, list[Why]] | None:
    word = seeks_word(words, seeks) if seeks else ""
    if word:
        holder = next(k for k in skills if shared(terms(word), k.description))
        return SKILL_POINTS * SEEKS_SHARE, [
            why("skill", skill=holder.description, level=holder.level),
            why("seeks", word=word),
        ]
    same = [k for k in skills if k.nace and nace and k.nace[:2] == nace[:2]]
    if same:
        skill = max(same, key=lambda k: (k.level is not None, k.years or 0))
        return SKILL_POINTS * SECTOR_SHARE, [
            why("skill", skill=skill.description, level=skill.level),
            why("sector"),
        ]
    return None
