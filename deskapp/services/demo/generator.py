"""The demo's random source, its summary and the shapes shared by its parts."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from faker import Faker

from deskapp.models import enums as en
from deskapp.models.identifiers import (
    birthplace_code_for,
    encode_codice_fiscale,
    omocode_variant,
)

DEMO_NOTICE_VERSION = "2025-02"
Progress = Callable[[str, int, int], None]


DEMO_PASSWORD = "antenna-demo-2026"  # printed by `deskapp demo`; demo data only


@dataclass
class DemoSummary:
    desks: int = 0
    operators: int = 0
    persons: int = 0
    skills: int = 0
    needs_assessments: int = 0
    resources: int = 0
    projects: int = 0
    members: int = 0
    activities: int = 0
    funding_applications: int = 0
    business_plans: int = 0
    organisations: int = 0
    openings: int = 0
    match_outcomes: int = 0


# pairs' id -> (pairs, their values, cumulative weights); holding ``pairs`` keeps its id
# from being reused by another object while the entry lives.
_CUMULATIVE: dict[int, tuple[Sequence[tuple[Any, float]], list[Any], list[float]]] = {}


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, float]]) -> Any:
    """One of ``pairs``' values, drawn by weight: exactly what ``rng.choices(values,
    weights=weights)[0]`` draws (the same random numbers, the same result; choices adds
    the weights up on every call, which was 5% of a demo's time), with the sums kept."""
    found = _CUMULATIVE.get(id(pairs))
    if found is None or found[0] is not pairs:
        if len(_CUMULATIVE) > 1024:  # pairs built on the fly: do not keep them all
            _CUMULATIVE.clear()
        found = (pairs, [p[0] for p in pairs], list(itertools.accumulate(p[1] for p in pairs)))
        _CUMULATIVE[id(pairs)] = found
    return rng.choices(found[1], cum_weights=found[2])[0]


def _random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    span = max((end - start).days, 0)
    return start + dt.timedelta(days=rng.randint(0, span))


class _Generator:
    """Holds the random sources and pools for one run; one method per kind of record."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        self.fakers = {en.Country.IT: Faker("it_IT"), en.Country.FR: Faker("fr_FR")}
        for i, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed * 10 + i)
        self.names = {
            country: {
                "M": sorted({f.first_name_male() for _ in range(600)}),
                "F": sorted({f.first_name_female() for _ in range(600)}),
                "family": sorted({f.last_name() for _ in range(2500)}),
            }
            for country, f in self.fakers.items()
        }
        self.place_codes: dict[str, str] = {}
        # (project id, desk id, opened at), for the projects' consultancy activities.
        self.project_rows: list[tuple[int, int, dt.datetime]] = []
        self.used_codes: set[str] = set()
        # Each desk's language as an index into the demo's (Italian, French) texts.
        self.desk_language: dict[int, int] = {}

    def place_code(self, name: str) -> str:
        if name not in self.place_codes:
            code = birthplace_code_for(name)
            if code is None:
                raise ValueError(f"demo place without a cadastral code: {name}")
            self.place_codes[name] = code
        return self.place_codes[name]

    def codice_fiscale(self, family: str, given: str, sex: str, born: dt.date, place: str) -> str:
        code = encode_codice_fiscale(family, given, sex, born, self.place_code(place))
        level = 0
        while code in self.used_codes:
            level += 1
            code = omocode_variant(code, level)
        self.used_codes.add(code)
        return code


@dataclass(frozen=True)
class _DemoDesk:
    id: int
    country: en.Country
    region: en.Region
    municipalities: tuple[str, ...]


@dataclass(frozen=True)
class _DemoPerson:
    id: int
    desk: _DemoDesk
    first_contact: dt.date
    status: en.EmploymentStatus
