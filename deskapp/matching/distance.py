"""How far apart two places are, for matching: kilometres as the crow flies between
municipalities of Italy and France (resources/places, from GeoNames), else what can be
said without coordinates: the same municipality, the same region, or neither.

A place is a municipality as written (any case, accents or not, "Genova" or GeoNames'
"Genoa"), its country, and the region it is known to be in (the desk's or the
organisation's), which decides between places of the same name ("Bastia" in Corsica
or in Liguria). Places of fewer than 500 inhabitants and a city's quarters are not in
the table: for them only "same municipality" or "same region" is said, and the reason
says so.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from functools import lru_cache

from deskapp.matching.terms import plain
from deskapp.models.enums import Region

# GeoNames' first-level codes of the programme's regions.
ADMIN1_OF_REGION = {
    Region.LIGURIA: ("IT", "08"),
    Region.TOSCANA: ("IT", "16"),
    Region.SARDEGNA: ("IT", "14"),
    Region.CORSE: ("FR", "94"),
    Region.SUD: ("FR", "93"),
}
REGION_OF_ADMIN1 = {v: k for k, v in ADMIN1_OF_REGION.items()}


@dataclass(frozen=True)
class Spot:
    lat: float
    lon: float
    country: str
    admin1: str
    population: int


@dataclass(frozen=True)
class Proximity:
    """What can be said of two places: kilometres when both are known; else whether
    they are the same municipality, or in the same region."""

    km: float | None
    same_municipality: bool
    same_region: bool

    @property
    def closeness(self) -> float:
        """From 1 (same place) to 0 (80 km or more, or nothing known in common)."""
        if self.km is not None:
            return max(0.0, 1.0 - self.km / 80.0)
        if self.same_municipality:
            return 1.0
        return 0.4 if self.same_region else 0.0


def _key(name: str) -> str:
    # "Sant'Elena", "Sant’Elena" and "Sant Elena"; "Porto-Vecchio" and "Porto Vecchio".
    flat = name.lower() if name.isascii() else plain(name)
    flat = flat.replace("’", "'").replace("-", " ").replace("'", " ")
    return " ".join(flat.split())


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, str], list[Spot]], dict[tuple[str, str], list[Spot]]]:
    """The places by (country, name key): by their GeoNames name, and by other names."""
    from deskapp.paths import resources_dir

    by_name: dict[tuple[str, str], list[Spot]] = {}
    by_other: dict[tuple[str, str], list[Spot]] = {}
    path = resources_dir() / "places" / "municipalities.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)  # country, name, admin1, lat, lon, population, other_names
        for country, name, admin1, lat, lon, population, others in rows:
            spot = Spot(float(lat), float(lon), country, admin1, int(population or 0))
            by_name.setdefault((country, _key(name)), []).append(spot)
            for other in others.split("|") if others else ():
                by_other.setdefault((country, _key(other)), []).append(spot)
    return by_name, by_other


def locate(municipality: str, country: str, region: Region | None = None) -> Spot | None:
    """Where ``municipality`` is: in ``region`` when a place of that name is there, else
    the most populous of that name in ``country``; None when the table has none."""
    key = _key(municipality)
    if not key:
        return None
    by_name, by_other = _table()
    for table in (by_name, by_other):
        spots = table.get((country, key))
        if spots:
            wanted = ADMIN1_OF_REGION.get(region) if region else None
            inside = [s for s in spots if wanted and (s.country, s.admin1) == wanted]
            return max(inside or spots, key=lambda s: s.population)
    return None


def km_between(a: Spot, b: Spot) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


@dataclass(frozen=True)
class Place:
    """A place as a record holds it."""

    municipality: str
    country: str  # IT, FR, ...
    region: Region | None = None  # the desk's or organisation's region, when known

    def spot(self) -> Spot | None:
        return locate(self.municipality, self.country, self.region)

    def region_known(self) -> tuple[str, str] | None:
        spot = self.spot()
        if spot is not None:
            return (spot.country, spot.admin1)
        return ADMIN1_OF_REGION.get(self.region) if self.region else None


@lru_cache(maxsize=65536)
def proximity(a: Place, b: Place) -> Proximity:
    same_municipality = bool(_key(a.municipality)) and (
        _key(a.municipality) == _key(b.municipality) and a.country == b.country
    )
    spot_a, spot_b = a.spot(), b.spot()
    if spot_a is not None and spot_b is not None:
        km = 0.0 if same_municipality else km_between(spot_a, spot_b)
        return Proximity(
            km,
            same_municipality,
            (spot_a.country, spot_a.admin1)
            == (
                spot_b.country,
                spot_b.admin1,
            ),
        )
    region_a, region_b = a.region_known(), b.region_known()
    return Proximity(None, same_municipality, region_a is not None and region_a == region_b)
