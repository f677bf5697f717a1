"""The coordinator's catalogue bundle, through the command line: the coordinator
publishes, a desk trusts the coordinator's key once and applies; a changed amount and a
renamed instrument arrive, a withdrawn one goes, the desk's own entries stay; the same
bundle twice changes nothing; a replay, a tampered file, an untrusted signer, a desk's
bundle, an operator who is not a coordinator: refused in words, nothing written."""

from __future__ import annotations

import base64
import json
import re
import zlib
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select

from deskapp.cli.main import main
from deskapp.models import AuditEvent, FundingCatalogueEntry
from deskapp.models.database import Database
from deskapp.models.sync import SyncBundle
from deskapp.services.actor import resolve_actor
from deskapp.services.demo import DEMO_PASSWORD
from deskapp.services.funding_catalogue import create_entry, list_entries, update_entry
from deskapp.services.organisation import create_operator, initialise
from deskapp.sync.bundle import canonical

pytestmark = pytest.mark.both_engines

CARLA = "Carla Neri"  # the coordinator
ANNA = "Anna Bianchi"  # the desk's administrator


def _entry(name, amount, **kw):
    return {
        "name": name,
        "instrument": kw.pop("instrument", "regional_fund"),
        "country": kw.pop("country", "IT"),
        "provider": kw.pop("provider", "Regione Liguria"),
        "eligibility": "",
        "max_amount": amount,
        "deadline": kw.pop("deadline", None),
        "web": "",
        "active": True,
        **kw,
    }


@pytest.fixture
def centre(tmp_path):
    path = tmp_path / "coordinator.sqlite"
    assert (
        main(
            ["--db", str(path), "init", "--desk", "Coordinamento OPERA", "--region", "liguria"]
            + ["--admin", CARLA]
        )
        == 0
    )
    db = Database.at_path(path)
    carla = resolve_actor(db, CARLA)
    # The catalogue every database starts with (27 instruments), and two more.
    _set_amount(db, carla, "Nuova Marcora", "2000000")
    for name, amount in (("Fondo Rotativo Liguria", "150000"), ("Microcredito FSE", "25000")):
        create_entry(db, carla, _entry(name, amount))
    yield path, db, carla
    db.dispose()


def _set_amount(db, actor, name, amount):
    row = next(r for r in list_entries(db) if r.name == name)
    update_entry(db, actor, row.id, row.version, {**row.as_input(), "max_amount": amount})
    db.dispose()


@pytest.fixture
def desk(db, engine, tmp_path):
    initialise(
        db,
        desk={"name": "Antenna Genova", "region": "liguria", "country": "IT", "language": "it"},
        administrator={"name": ANNA},
        password=DEMO_PASSWORD,
    )
    anna = resolve_actor(db, ANNA)
    create_operator(db, anna, {"name": "Luca Verdi", "role": "operator"}, DEMO_PASSWORD)
    # The desk's own: an amount changed here on an instrument the coordinator also
    # publishes (the published one wins), one only this desk knows (kept).
    _set_amount(db, anna, "Nuova Marcora", "1000000")
    own = create_entry(db, anna, _entry("Microcredito Banca del Tigullio", "15000"))
    where = db.url.render_as_string(hide_password=False) if engine == "postgresql" else None
    return where or str(tmp_path / "deskapp.sqlite"), own


def _run(where, who, *words):
    return main(["--db", str(where), "--operator", who, "sync", *words])


def _key(path, capsys):
    capsys.readouterr()
    assert main(["--db", str(path), "sync", "key"]) == 0
    out = capsys.readouterr().out
    fingerprint = re.search(r"([0-9A-F]{4}(?: [0-9A-F]{4}){7})", out).group(1)
    return next(line for line in out.splitlines() if line.startswith("deskapp-key:")), fingerprint


def _catalogue(db):
    return {(r.name, r.max_amount, r.provider, r.active) for r in list_entries(db)}


def _state(db):
    """What a refused bundle must leave as it was."""
    with db.read() as s:
        return (
            _catalogue(db),
            s.scalar(select(func.count()).select_from(SyncBundle)),
            # (each command's log-in is audited: it is not the bundle's)
            s.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.entity.in_(("funding_catalogue", "sync_bundle", "sync_peer")))
            ),
        )


def _refused(db, capsys, where, file, words, who=ANNA):
    before = _state(db)
    capsys.readouterr()
    assert _run(where, who, "apply-catalogue", str(file)) == 1
    err = capsys.readouterr().err
    assert words in err, err
    assert _state(db) == before


def _amount(db, name):
    return next(r.max_amount for r in list_entries(db) if r.name == name)


def test_published_catalogue_reaches_the_desk(centre, desk, db, tmp_path, capsys):
    centre_path, centre_db, carla = centre
    where, own = desk
    out = tmp_path / "out"

    # Published at the coordinator's (a coordinator or administrator only).
    assert _run(centre_path, CARLA, "publish", "-o", str(out / "catalogue-1.deskbundle")) == 0
    assert "Catalogue bundle 1" in capsys.readouterr().out
    first = out / "catalogue-1.deskbundle"

    # Before the desk trusts the coordinator's key: refused, nothing written.
    _refused(db, capsys, where, first, "not trusted here as the coordinator's")

    # Trusted once, after comparing the fingerprint read out by phone.
    key, fingerprint = _key(centre_path, capsys)
    assert (
        _run(where, ANNA, "trust", key, "--coordinator", "OPERA", "--fingerprint", "0000 1111") == 1
    )
    assert "does not match" in capsys.readouterr().err
    assert (
        _run(where, ANNA, "trust", key, "--coordinator", "OPERA", "--fingerprint", fingerprint) == 0
    )
    assert "trusted" in capsys.readouterr().out
    assert (
        _run(where, ANNA, "trust", key, "--coordinator", "OPERA", "--fingerprint", fingerprint) == 0
    )
    assert "trusted already" in capsys.readouterr().out

    # An operator who is not a coordinator applies nothing.
    _refused(db, capsys, where, first, "Only", who="Luca Verdi")

    assert _run(where, ANNA, "apply-catalogue", str(first)) == 0
    said = capsys.readouterr().out
    assert "2 new, 1 changed, 0 withdrawn, 26 unchanged; 1 of this desk's own kept" in said
    assert _amount(db, "Nuova Marcora") == Decimal("2000000")
    assert {r.name for r in list_entries(db)} == {r.name for r in list_entries(centre_db)} | {
        "Microcredito Banca del Tigullio"
    }

    # The same bundle twice: nothing changes, and it is said.
    before = _state(db)
    assert _run(where, ANNA, "apply-catalogue", str(first)) == 0
    assert "applied already: nothing changed" in capsys.readouterr().out
    assert _state(db) == before

    # The coordinator changes an amount, renames an instrument, withdraws one.
    rows = {r.name: r for r in list_entries(centre_db)}
    fondo = rows["Fondo Rotativo Liguria"]
    update_entry(
        centre_db, carla, fondo.id, fondo.version, {**fondo.as_input(), "max_amount": "175000"}
    )
    micro = rows["Microcredito FSE"]
    update_entry(
        centre_db,
        carla,
        micro.id,
        micro.version,
        {**micro.as_input(), "name": "Microcredito FSE+ 2021-2027"},
    )
    with centre_db.write() as s:
        s.execute(
            delete(FundingCatalogueEntry).where(FundingCatalogueEntry.name == "Nuova Marcora")
        )
    with db.read() as s:
        micro_here = s.scalar(
            select(FundingCatalogueEntry.id).where(FundingCatalogueEntry.name == "Microcredito FSE")
        )
    second = out / "catalogue-2.deskbundle"
    assert _run(centre_path, CARLA, "publish", "-o", str(second)) == 0
    assert _run(where, ANNA, "apply-catalogue", str(second)) == 0
    said = capsys.readouterr().out
    assert "0 new, 2 changed, 1 withdrawn, 26 unchanged; 1 of this desk's own kept" in said
    assert _amount(db, "Fondo Rotativo Liguria") == Decimal("175000")
    with db.read() as s:
        renamed = s.scalar(
            select(FundingCatalogueEntry.id).where(
                FundingCatalogueEntry.name == "Microcredito FSE+ 2021-2027"
            )
        )
    assert renamed == micro_here  # the same entry, renamed, not a new one
    names = {r.name for r in list_entries(db)}
    assert "Nuova Marcora" not in names and "Microcredito FSE" not in names
    assert names == {r.name for r in list_entries(centre_db)} | {"Microcredito Banca del Tigullio"}
    with db.read() as s:
        trail = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "funding_catalogue")
        ).all()
    assert trail.count("delete") == 1

    # A replay of the first bundle, older than the one applied: refused.
    _refused(db, capsys, where, first, "older than the one applied here")

    # A tampered bundle: an amount changed after the coordinator signed it.
    third = out / "catalogue-3.deskbundle"
    assert _run(centre_path, CARLA, "publish", "-o", str(third)) == 0
    envelope = json.loads(third.read_bytes())
    payload = json.loads(zlib.decompress(base64.b64decode(envelope["payload"])))
    payload["entries"][0]["max_amount"] = "9999999"
    envelope["payload"] = base64.b64encode(zlib.compress(canonical(payload))).decode()
    forged = tmp_path / "forged.deskbundle"
    forged.write_bytes(canonical(envelope))
    _refused(db, capsys, where, forged, "signature does not match")
    cut = tmp_path / "cut.deskbundle"
    cut.write_bytes(third.read_bytes()[:200])
    _refused(db, capsys, where, cut, "damaged or cut short")

    # Signed by another coordinator's key: refused.
    other = tmp_path / "other.sqlite"
    assert (
        main(
            ["--db", str(other), "init", "--desk", "Altro", "--region", "sud", "--admin", "Ugo Blu"]
        )
        == 0
    )
    stranger = tmp_path / "stranger.deskbundle"
    assert _run(other, "Ugo Blu", "publish", "-o", str(stranger)) == 0
    _refused(db, capsys, where, stranger, "not trusted here as the coordinator's")

    # A desk's own bundle is not a catalogue, and a catalogue is not a desk's bundle.
    mine = tmp_path / "mine.deskbundle"
    assert _run(where, ANNA, "export", "-o", str(mine)) == 0
    _refused(db, capsys, where, mine, "not the coordinator's catalogue")
    capsys.readouterr()
    assert _run(centre_path, CARLA, "import", str(third)) == 1
    assert "sync apply-catalogue" in capsys.readouterr().err

    # The genuine third bundle still applies: nothing in it changed.
    assert _run(where, ANNA, "apply-catalogue", str(third)) == 0
    assert "0 new, 0 changed, 0 withdrawn, 28 unchanged" in capsys.readouterr().out


def test_only_a_coordinator_publishes(centre, tmp_path, capsys):
    centre_path, centre_db, carla = centre
    create_operator(centre_db, carla, {"name": "Luca Verdi", "role": "operator"}, DEMO_PASSWORD)
    capsys.readouterr()
    out = tmp_path / "catalogue.deskbundle"
    assert _run(centre_path, "Luca Verdi", "publish", "-o", str(out)) == 1
    assert "Only" in capsys.readouterr().err
    assert not out.exists()


def test_a_desk_trusts_one_coordinator(centre, desk, db, tmp_path, capsys):
    centre_path, *_ = centre
    where, _own = desk
    key, fingerprint = _key(centre_path, capsys)
    assert (
        _run(where, ANNA, "trust", key, "--coordinator", "OPERA", "--fingerprint", fingerprint) == 0
    )
    other = tmp_path / "other.sqlite"
    assert (
        main(
            ["--db", str(other), "init", "--desk", "Altro", "--region", "sud", "--admin", "Ugo Blu"]
        )
        == 0
    )
    key2, fingerprint2 = _key(other, capsys)
    before = _state(db)
    assert (
        _run(where, ANNA, "trust", key2, "--coordinator", "Altro", "--fingerprint", fingerprint2)
        == 1
    )
    assert "trusts the coordinator 'OPERA' already" in capsys.readouterr().err
    assert _state(db) == before


HOSTILE = [
    ("an unknown category", lambda e: e[0].update(instrument="lottery"), "Entry 1"),
    ("a negative amount", lambda e: e[1].update(max_amount="-5"), "Entry 2"),
    ("a name too long", lambda e: e[0].update(name="x" * 500), "Entry 1"),
    ("a blank name", lambda e: e[0].update(name="  "), "Entry 1"),
    ("no name", lambda e: e[0].pop("name"), "damaged"),
    ("two entries of one name", lambda e: e[1].update(name=e[0]["name"]), "damaged"),
    ("a number for a text", lambda e: e[0].update(provider=12), "damaged"),
    ("a text for 'still open'", lambda e: e[0].update(active="yes"), "damaged"),
    ("an entry that is not one", lambda e: e.append("not an entry"), "damaged"),
]


@pytest.mark.parametrize("name,change,words", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_signed_bundle_with_hostile_entries_changes_nothing(
    centre, desk, db, tmp_path, capsys, name, change, words
):
    """Even signed with the trusted key, what a bundle says is checked as a person's
    typing would be: refused whole, nothing written."""
    from deskapp.sync.identity import ensure_identity, private_key

    centre_path, centre_db, _carla = centre
    where, _own = desk
    key, fingerprint = _key(centre_path, capsys)
    assert (
        _run(where, ANNA, "trust", key, "--coordinator", "OPERA", "--fingerprint", fingerprint) == 0
    )
    made = tmp_path / "catalogue.deskbundle"
    assert _run(centre_path, CARLA, "publish", "-o", str(made)) == 0
    envelope = json.loads(made.read_bytes())
    payload = json.loads(zlib.decompress(base64.b64decode(envelope["payload"])))
    change(payload["entries"])
    packed = zlib.compress(canonical(payload))
    with centre_db.write() as s:
        signer = private_key(ensure_identity(s))
    envelope["payload"] = base64.b64encode(packed).decode()
    envelope["signature"] = base64.b64encode(signer.sign(packed)).decode()
    hostile = tmp_path / "hostile.deskbundle"
    hostile.write_bytes(canonical(envelope))
    _refused(db, capsys, where, hostile, words)
