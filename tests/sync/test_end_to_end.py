"""Two desks and a programme's third desk send bundles to a coordinator, through the
command line: overlapping people, incremental bundles, an erasure, a pseudonymous
bundle; the coordinator report's totals worked out by hand."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from deskapp.cli.main import main
from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.services.actor import resolve_actor
from deskapp.services.gdpr import erase_person
from deskapp.services.indicators import Scope, coordinator_indicators
from deskapp.services.persons import create_person
from tests.conftest import MARIO_CF, person_data

LUIGI_CF = "VRDLGU68E12D969N"
SARA_CF = "NRESRA90P61I480Y"
NOVEMBER = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def _init(path, desk, admin):
    assert (
        main(["--db", str(path), "init", "--desk", desk, "--region", "liguria", "--admin", admin])
        == 0
    )
    return Database.at_path(path)


def _sync(path, admin, *words):
    return main(["--db", str(path), "--operator", admin, "sync", *words])


def _key(path, capsys):
    capsys.readouterr()
    assert main(["--db", str(path), "sync", "key"]) == 0
    out = capsys.readouterr().out
    fingerprint = re.search(r"([0-9A-F]{4}(?: [0-9A-F]{4}){7})", out).group(1)
    key = next(line for line in out.splitlines() if line.startswith("deskapp-key:"))
    return key, fingerprint


def _participants(db):
    return coordinator_indicators(db, *NOVEMBER, Scope()).participants


def _person(**kw):
    return person_data(**kw)


def test_two_desks_and_a_pseudonymous_one_counted_once(tmp_path, capsys):
    centre = tmp_path / "coordinator.sqlite"
    genova, savona, imperia = (tmp_path / f"{n}.sqlite" for n in ("genova", "savona", "imperia"))
    coordinator_db = _init(centre, "Coordinamento OPERA", "Carla Neri")
    desks = {
        genova: ("Antenna Genova", "Anna Bianchi"),
        savona: ("Antenna Savona", "Marco Gialli"),
        imperia: ("Antenna Imperia", "Paola Rosa"),
    }
    dbs = {p: _init(p, *names) for p, names in desks.items()}
    actors = {p: resolve_actor(dbs[p], names[1]) for p, names in desks.items()}

    # Genova: Mario, Luigi, Anna (no tax code). Savona: Mario again (another phone),
    # Giulia. Imperia (pseudonymous): Mario once more, Sara.
    create_person(dbs[genova], actors[genova], _person())
    luigi = create_person(
        dbs[genova],
        actors[genova],
        _person(given_name="Luigi", family_name="Verdi", codice_fiscale=LUIGI_CF),
    )
    create_person(
        dbs[genova],
        actors[genova],
        _person(
            given_name="Anna",
            family_name="Blu",
            codice_fiscale="",
            sex="F",
            birth_date="03/03/1985",
        ),
    )
    create_person(dbs[savona], actors[savona], _person(phone="320 555 1234"))
    create_person(
        dbs[savona],
        actors[savona],
        _person(
            given_name="Giulia",
            family_name="Costa",
            codice_fiscale="",
            sex="F",
            birth_date="05/06/1999",
        ),
    )
    create_person(dbs[imperia], actors[imperia], _person())
    create_person(
        dbs[imperia],
        actors[imperia],
        _person(given_name="Sara", family_name="Neri", codice_fiscale=SARA_CF),
    )

    # The coordinator trusts each desk's key after comparing fingerprints.
    capsys.readouterr()
    for path, (name, _admin) in desks.items():
        key, fingerprint = _key(path, capsys)
        # A fingerprint misheard on the phone: refused, nothing trusted.
        assert (
            _sync(centre, "Carla Neri", "trust", key, "--desk", name, "--fingerprint", "0000 1111")
            == 1
        )
        assert "does not match" in capsys.readouterr().err
        assert (
            _sync(
                centre,
                "Carla Neri",
                "trust",
                key,
                "--desk",
                name,
                "--fingerprint",
                fingerprint.lower(),
            )
            == 0
        )

    # The programme key: made at the coordinator's, given to Imperia.
    programme = tmp_path / "programme.key"
    assert _sync(centre, "Carla Neri", "programme-key", "--new", "-o", str(programme)) == 0
    assert _sync(imperia, "Paola Rosa", "programme-key", str(programme)) == 0

    bundles = tmp_path / "bundles"
    assert _sync(genova, "Anna Bianchi", "export", "-o", str(bundles / "genova-1.deskbundle")) == 0
    assert _sync(savona, "Marco Gialli", "export", "-o", str(bundles / "savona-1.deskbundle")) == 0
    capsys.readouterr()
    assert (
        _sync(
            centre,
            "Carla Neri",
            "import",
            str(bundles / "genova-1.deskbundle"),
            str(bundles / "savona-1.deskbundle"),
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Bundle 1 (full) of 'Antenna Genova' taken in" in out
    # Mario (both desks, one codice fiscale), Luigi, Anna, Giulia: 4, not 5.
    assert _participants(coordinator_db) == 4
    with coordinator_db.read() as s:
        marios = s.scalars(select(Person).where(Person.codice_fiscale == MARIO_CF)).all()
    assert len(marios) == 2  # each desk keeps its own record...
    assert sorted(m.counted_with is None for m in marios) == [False, True]  # ...linked

    # Month two at Genova: Paolo comes, Luigi is erased.
    create_person(
        dbs[genova],
        actors[genova],
        _person(
            given_name="Paolo",
            family_name="Gallo",
            codice_fiscale="",
            birth_date="07/07/1977",
            sex="M",
        ),
    )
    erase_person(dbs[genova], actors[genova], luigi.id)
    assert _sync(genova, "Anna Bianchi", "export", "-o", str(bundles / "genova-2.deskbundle")) == 0
    assert _sync(centre, "Carla Neri", "import", str(bundles / "genova-2.deskbundle")) == 0
    # Luigi still counts (anonymous), Paolo joins: 5.
    assert _participants(coordinator_db) == 5
    with coordinator_db.read() as s:
        assert s.scalar(select(Person).where(Person.codice_fiscale == LUIGI_CF)) is None
        assert s.scalar(select(Person.id).where(Person.family_name == "Verdi")) is None
    # Bundle 1 again: nothing changes, Luigi does not come back.
    capsys.readouterr()
    assert _sync(centre, "Carla Neri", "import", str(bundles / "genova-1.deskbundle")) == 0
    assert "taken in already: nothing changed" in capsys.readouterr().out
    with coordinator_db.read() as s:
        assert s.scalar(select(Person.id).where(Person.family_name == "Verdi")) is None

    # Imperia's pseudonymous bundle: no names, no codes; Mario counted once by the
    # keyed hash; Sara new: 6.
    assert (
        _sync(
            imperia,
            "Paola Rosa",
            "export",
            "--pseudonymous",
            "-o",
            str(bundles / "imperia-1.deskbundle"),
        )
        == 0
    )
    raw = (bundles / "imperia-1.deskbundle").read_bytes()
    import base64
    import json
    import zlib

    payload = zlib.decompress(base64.b64decode(json.loads(raw)["payload"])).decode()
    for secret in ("Rossi", "Neri", MARIO_CF, SARA_CF, "mario.rossi@example.it", "Sestri"):
        assert secret not in payload
    assert _sync(centre, "Carla Neri", "import", str(bundles / "imperia-1.deskbundle")) == 0
    assert _participants(coordinator_db) == 6
    with coordinator_db.read() as s:
        marios = s.scalars(
            select(Person).where(
                Person.birth_date == dt.date(1980, 4, 3), Person.anonymised_on.is_(None)
            )
        ).all()
    assert len(marios) == 2  # the pseudonymous record has a birth date giving his age only
    coordinator_db.dispose()
    for db in dbs.values():
        db.dispose()
