"""The score of a candidate, and why: each match carries the reasons it was ranked by,
as structured pieces (``Why``) that ``deskapp.matching.explain`` says in the reader's
language ("Saldatore, esperto; 12 km; cantieristica navale").

A score is out of 100:

- skill, up to 45: the share of the wanted words (with their forms and synonyms) that
  the person's best skill holds, times its level factor: 0.55 basic, 0.70 intermediate,
  0.85 advanced, 1.00 expert (0.60 when not recorded), less 0.25 for each step below the
  level wanted, plus up to 0.10 for years of experience (20 years or more);
- place, up to 30: 1 at the same place down to 0 at 80 km; without coordinates, 1 for
  the same municipality, 0.4 for the same region, else 0;
- availability, up to 15: unemployed or laid off 1, at risk 0.8, inactive 0.6,
  employed 0.3; a person hired through the desk within the last year counts 0.3 of that;
- supply chain, 10 when the organisation or the project is in a priority chain.

Weights are data here, the tests work their rankings out by hand from them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from deskapp.matching.distance import Proximity
from deskapp.matching.terms import Term, comparable, holds, shared
from deskapp.models.enums import EmploymentStatus, SkillLevel

SKILL_POINTS = 45.0
PLACE_POINTS = 30.0
AVAILABILITY_POINTS = 15.0
CHAIN_POINTS = 10.0

LEVEL_RANK = {
    SkillLevel.BASIC: 1,
    SkillLevel.INTERMEDIATE: 2,
    SkillLevel.ADVANCED: 3,
    SkillLevel.EXPERT: 4,
}
UNKNOWN_LEVEL = 0.60
AVAILABILITY = {
    EmploymentStatus.UNEMPLOYED: 1.0,
    EmploymentStatus.LAID_OFF: 1.0,
    EmploymentStatus.AT_RISK: 0.8,
    EmploymentStatus.INACTIVE: 0.6,
    EmploymentStatus.EMPLOYED: 0.3,
}
RECENTLY_PLACED = dt.timedelta(days=365)


@dataclass(frozen=True)
class Why:
    """One reason: ``kind`` says which sentence, ``params`` fill it.

    kinds: skill (skill, level), level_below (level), distance (km), same_municipality,
    same_region, other_region, available (status), placed (on), chain (names: it, fr,
    en), sector, seeks (word), relation (relation), grouping (kind), abroad (country),
    size (m2), kind (resource kind), availability (availability)."""

    kind: str
    params: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str) -> Any:
        return dict(self.params).get(name)


def why(kind: str, /, **params: Any) -> Why:
    return Why(kind, tuple(params.items()))


@dataclass(frozen=True)
class SkillOf:
    """A person's skill as matching reads it."""

    description: str
    level: SkillLevel | None
    years: int | None
    nace: str = ""


@dataclass(frozen=True)
class Match:
    """One ranked candidate: an opening, an organisation, a person, a resource."""

    kind: str  # "opening", "organisation", "person", "resource", "partner"
    target_id: int
    title: str  # the opening's role, the organisation's, person's or resource's name
    where: str  # the organisation's name, or the municipality
    score: float
    whys: tuple[Why, ...]
    role_id: int | None = None  # the project's role a person is matched to
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def level_factor(have: SkillLevel | None, years: int | None, want: SkillLevel | None) -> float:
    if have is None:
        factor = UNKNOWN_LEVEL
    else:
        factor = 0.55 + 0.15 * (LEVEL_RANK[have] - 1)
        if want is not None and LEVEL_RANK[have] < LEVEL_RANK[want]:
            factor -= 0.25 * (LEVEL_RANK[want] - LEVEL_RANK[have])
    factor += min(years or 0, 20) / 200
    return max(0.05, factor)


def best_skill(
    skills: list[SkillOf], wanted: tuple[Term, ...], level: SkillLevel | None
) -> tuple[float, SkillOf | None]:
    """The person's skill that fits the wanted words best: (points, skill)."""
    if not wanted:
        return 0.0, None
    best: tuple[float, SkillOf | None] = (0.0, None)
    for skill in skills:
        share = len(shared(wanted, skill.description)) / len(wanted)
        if not share:
            continue
        points = SKILL_POINTS * share * level_factor(skill.level, skill.years, level)
        if points > best[0]:
            best = (points, skill)
    return best


def place_points(near: Proximity) -> tuple[float, Why]:
    if near.same_municipality:
        return PLACE_POINTS, why("same_municipality")
    if near.km is not None:
        return PLACE_POINTS * near.closeness, why("distance", km=round(near.km))
    if near.same_region:
        return PLACE_POINTS * near.closeness, why("same_region")
    return 0.0, why("other_region")


def availability_points(
    status: EmploymentStatus, placed_on: dt.date | None, today: dt.date
) -> tuple[float, list[Why]]:
    points = AVAILABILITY_POINTS * AVAILABILITY.get(status, 0.5)
    whys = [why("available", status=status)]
    if placed_on is not None and today - placed_on <= RECENTLY_PLACED:
        points *= 0.3
        whys.append(why("placed", on=placed_on))
    return points, whys


def skill_whys(skill: SkillOf, level: SkillLevel | None) -> list[Why]:
    found = [why("skill", skill=skill.description, level=skill.level)]
    if (
        level is not None
        and skill.level is not None
        and LEVEL_RANK[skill.level] < LEVEL_RANK[level]
    ):
        found.append(why("level_below", level=level))
    return found


def seeks_word(wanted: tuple[Term, ...], seeks: str) -> str:
    """The first of the person's words an organisation's "what they seek" holds."""
    flat = comparable(seeks)
    for term in wanted:
        if holds(flat, term):
            return term.word
    return ""


def ranked(matches: list[Match], limit: int) -> list[Match]:
    """Best first; ties by title then id, so the order never depends on the engine."""
    return sorted(matches, key=lambda m: (-round(m.score, 6), m.title.casefold(), m.target_id))[
        :limit
    ]
