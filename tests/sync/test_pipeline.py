"""Several bundles taken in in one go (deskapp.sync.pipeline): in the order each desk's
ledger needs, the next one read and verified in a worker process while the one before
is written, each in its own transaction, a refused one refusing only itself."""

from __future__ import annotations

import base64
import json
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.models.sync import SyncBundle
from deskapp.services.persons import create_person
from deskapp.services.search import search_persons
from deskapp.sync.apply import import_bundle, open_checked, trusted_peers
from deskapp.sync.bundle import BundleRefused
from deskapp.sync.export import export_bundle
from deskapp.sync.new_rows import prepare_rows
from deskapp.sync.pipeline import import_bundles
from tests.conftest import person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


@pytest.fixture
def two_desks(tmp_path, db, admin):
    """Genova with bundles 1 and 2, Savona with bundle 1; all trusted."""
    genova, genova_admin = new_desk(tmp_path, "Antenna Genova")
    savona, savona_admin = new_desk(tmp_path, "Antenna Savona")
    trust(db, admin, genova, "Genova")
    trust(db, admin, savona, "Savona")
    create_person(genova, genova_admin, person_data())
    g1 = export_bundle(genova, genova_admin, tmp_path / "g1.deskbundle").path
    create_person(
        genova,
        genova_admin,
        person_data(codice_fiscale="", given_name="Anna", sex="F", birth_date="02/03/1975"),
    )
    g2 = export_bundle(genova, genova_admin, tmp_path / "g2.deskbundle").path
    create_person(
        savona,
        savona_admin,
        person_data(
            codice_fiscale="",
            given_name="Zoe",
            family_name="Quartieri",
            sex="F",
            birth_date="01/01/1990",
        ),
    )
    s1 = export_bundle(savona, savona_admin, tmp_path / "s1.deskbundle").path
    yield {"g1": g1, "g2": g2, "s1": s1}
    genova.dispose()
    savona.dispose()


def _people(db):
    with db.read() as s:
        return sorted(s.scalars(select(Person.given_name)))


def _held(db):
    with db.read() as s:
        return s.scalar(
            select(func.count()).select_from(SyncBundle).where(SyncBundle.state == "held")
        )


@pytest.mark.parametrize("processes", [False, True])
def test_bundles_given_out_of_order_are_taken_in_in_each_desks_order(
    db, admin, two_desks, processes
):
    b = two_desks
    seen: list[tuple[int, int]] = []
    outcomes = import_bundles(
        db,
        admin,
        [b["g2"], b["s1"], b["g1"]],
        progress=lambda done, total: seen.append((done, total)),
        processes=processes,
    )
    # Genova's 1 before its 2: nothing had to be held.
    assert [(o.path.name, [r.state for r in o.results]) for o in outcomes] == [
        ("g1.deskbundle", ["applied"]),
        ("g2.deskbundle", ["applied"]),
        ("s1.deskbundle", ["applied"]),
    ]
    assert all(o.error is None for o in outcomes)
    assert _held(db) == 0
    assert _people(db) == ["Anna", "Mario", "Zoe"]
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)


@pytest.mark.parametrize("processes", [False, True])
def test_a_refused_bundle_refuses_only_itself(db, admin, two_desks, tmp_path, processes):
    b = two_desks
    envelope = json.loads(b["s1"].read_bytes())
    packed = bytearray(base64.b64decode(envelope["payload"]))
    packed[len(packed) // 2] ^= 0xFF
    envelope["payload"] = base64.b64encode(bytes(packed)).decode()
    tampered = tmp_path / "tampered.deskbundle"
    tampered.write_text(json.dumps(envelope))
    missing = tmp_path / "not-there.deskbundle"

    outcomes = import_bundles(db, admin, [b["g1"], tampered, missing, b["g2"]], processes=processes)
    by_name = {o.path.name: o for o in outcomes}
    assert isinstance(by_name["tampered.deskbundle"].error, BundleRefused)
    assert "signature does not match" in by_name["tampered.deskbundle"].error.message
    assert "No bundle file" in by_name["not-there.deskbundle"].error.message
    assert [r.state for r in by_name["g1.deskbundle"].results] == ["applied"]
    assert [r.state for r in by_name["g2.deskbundle"].results] == ["applied"]
    assert _people(db) == ["Anna", "Mario"]  # nothing of Savona's tampered bundle


def test_a_gap_is_still_held_and_a_bundle_twice_changes_nothing(db, admin, two_desks):
    b = two_desks
    outcomes = import_bundles(db, admin, [b["g2"], b["s1"], b["s1"]], processes=True)
    states = [(o.path.name, [(r.state, r.waiting_for) for r in o.results]) for o in outcomes]
    assert states == [
        ("g2.deskbundle", [("held", [1])]),
        ("s1.deskbundle", [("applied", [])]),
        ("s1.deskbundle", [("already", [])]),
    ]
    [later] = import_bundles(db, admin, [b["g1"]], processes=True)
    assert [(r.number, r.state) for r in later.results] == [(1, "applied"), (2, "applied")]
    assert _people(db) == ["Anna", "Mario", "Zoe"]


def test_a_folder_stands_for_its_bundles(db, admin, two_desks, tmp_path):
    (tmp_path / "notes.txt").write_text("not a bundle")
    outcomes = import_bundles(db, admin, [tmp_path], processes=True)
    assert sorted(o.path.name for o in outcomes) == [
        "g1.deskbundle",
        "g2.deskbundle",
        "s1.deskbundle",
    ]
    assert all(o.error is None for o in outcomes)


def _rows(db, table):
    """Every row of ``table`` as the coordinator holds it, by gid, without the times
    of the write."""
    with db.read() as s:
        rows = s.execute(text(f"SELECT * FROM {table} ORDER BY gid")).mappings().all()
    return [{k: v for k, v in r.items() if k not in ("created_at", "updated_at")} for r in rows]


@pytest.mark.sqlite_only
def test_the_worker_writes_exactly_what_one_bundle_at_a_time_writes(tmp_path):
    """Rows prepared in the worker process (values read and converted there) are the
    same, column for column, as those the writer makes itself; the search indexes,
    filled in one statement instead of row by row, find what the triggers find."""
    from deskapp.services.actor import resolve_actor
    from deskapp.services.demo import generate_demo

    desk = Database.at_path(tmp_path / "demo.sqlite")
    upgrade_database(desk)
    generate_demo(desk, persons=60, seed=7)
    bundle = export_bundle(
        desk, resolve_actor(desk, "Amministratore demo"), tmp_path / "d1.deskbundle"
    ).path
    piped, piped_admin = new_desk(tmp_path, "Coordinamento A")
    plain, plain_admin = new_desk(tmp_path, "Coordinamento B")
    trust(piped, piped_admin, desk, "Demo")
    trust(plain, plain_admin, desk, "Demo")

    # Every record but the desks' and operators' (named here) is read beforehand.
    opened = open_checked(bundle.read_bytes(), trusted_peers(piped))
    prepared = prepare_rows(opened, "sqlite")
    sent = Counter(r["entity"] for r in opened.payload["records"])
    assert {t: len(rows) for t, (_keys, rows) in prepared.items()} == {
        t: n for t, n in sent.items() if t not in ("desk", "operator")
    }
    [done] = import_bundles(piped, piped_admin, [bundle], processes=True)
    assert [r.state for r in done.results] == ["applied"]
    import_bundle(plain, plain_admin, bundle)
    for table in ("person", "consent", "activity", "skill", "need", "needs_assessment"):
        assert len(_rows(piped, table)) > 0, table
        assert _rows(piped, table) == _rows(plain, table), table
    for db in (piped, plain):
        with db.write() as s:  # FTS5's own check of each index against its table
            s.execute(text("INSERT INTO person_fts(person_fts) VALUES ('integrity-check')"))
            s.execute(text("INSERT INTO skill_fts(skill_fts) VALUES ('integrity-check')"))
    with piped.read() as s:
        someone = s.scalar(select(Person).order_by(Person.id.desc()).limit(1))
    assert someone.id in [p.id for p in search_persons(piped, someone.family_name)]
    skill_index = "SELECT rowid, * FROM skill_fts ORDER BY rowid"
    with piped.read() as s:
        here = s.execute(text(skill_index)).all()
    with plain.read() as s:
        there = s.execute(text(skill_index)).all()
    assert here == there and len(here) > 0
    for db in (desk, piped, plain):
        db.dispose()


def test_stopped_between_bundles_the_ones_before_stay_and_the_worker_ends(db, admin, two_desks):
    import multiprocessing

    from deskapp.errors import Cancelled

    b = two_desks

    def stop_after_one(done, _total):
        if done == 1:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_bundles(
            db, admin, [b["g1"], b["g2"], b["s1"]], progress=stop_after_one, processes=True
        )
    assert _people(db) == ["Mario"]  # Genova's 1 taken in; its 2 and Savona's not touched
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("processes", [False, True])
def test_sealed_bundles_are_opened_too(db, admin, tmp_path, processes):
    """Bundles encrypted to the coordinator's key (deskapp.sync.sealing) go through the
    many-bundle import like signed ones, with or without the worker; one sealed to
    another key is refused alone, in words."""
    from deskapp.sync.sealing import keep_recipient, sealing_key

    genova, genova_admin = new_desk(tmp_path, "Antenna Genova")
    trust(db, admin, genova, "Genova")
    ours = sealing_key(db)
    keep_recipient(genova, genova_admin, ours.text, ours.fingerprint)
    create_person(genova, genova_admin, person_data())
    g1 = export_bundle(genova, genova_admin, tmp_path / "g1.deskbundle", seal_to=ours.public_key)
    create_person(
        genova,
        genova_admin,
        person_data(codice_fiscale="", given_name="Anna", sex="F", birth_date="02/03/1975"),
    )
    g2 = export_bundle(genova, genova_admin, tmp_path / "g2.deskbundle", seal_to=ours.public_key)
    other, _ = new_desk(tmp_path, "Coordinamento Altro")
    stranger = export_bundle(
        genova, genova_admin, tmp_path / "x.deskbundle", seal_to=sealing_key(other).public_key
    )
    outcomes = import_bundles(db, admin, [g2.path, g1.path, stranger.path], processes=processes)
    by_name = {o.path.name: o for o in outcomes}
    assert by_name["x.deskbundle"].error is not None
    assert "another key" in str(by_name["x.deskbundle"].error)
    assert by_name["g1.deskbundle"].error is None and by_name["g2.deskbundle"].error is None
    assert _people(db) == ["Anna", "Mario"]
    assert _held(db) == 0
    genova.dispose()
    other.dispose()
