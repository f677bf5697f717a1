"""Property: whatever the order bundles come in (late, twice, lost and sent again), the
coordinator ends in the same state as one that took them in order (the people merged,
rejected or unmerged at the desks linked the same way; the organisations, openings and
hires of the network too); no erasure is undone; a field changed on both sides is never
lost (merged, or an open conflict).

Three desks and a coordinator, on SQLite files copied from templates made once (making
four databases per example would take most of the time)."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from deskapp.errors import DeskappError
from deskapp.models import Opening, Organisation, Person
from deskapp.models.database import Database
from deskapp.models.sync import SyncConflict, SyncErased
from deskapp.services import matches, openings, organisations
from deskapp.services.actor import resolve_actor
from deskapp.services.gdpr import erase_person
from deskapp.services.persons import create_person, update_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import _records, export_bundle
from deskapp.sync.linking import merge_people, reject_candidate, undo_merge
from tests.conftest import person_data
from tests.services.test_network import firm, placement_consent
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.slow

PEOPLE = [
    ("Rossi", "Mario", "RSSMRA80D03D969M"),
    ("Verdi", "Luigi", "VRDLGU68E12D969N"),
    ("Neri", "Sara", "NRESRA90P61I480Y"),
    ("Bruno", "Elena", "BRNLNE85B54E290Z"),
    ("Gallo", "Paolo", "GLLPLA77L07E463Q"),
    ("Costa", "Giulia", "CSTGLI99H45C621I"),
]
DESKS = ("Antenna Genova", "Antenna Savona", "Antenna Imperia")
PHONES = ("320 111 0001", "320 111 0002", "320 111 0003", "320 111 0004")


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sync-templates")
    desks = []
    for name in DESKS:
        db, _ = new_desk(folder, name)
        desks.append(db)
    coordinator, actor = new_desk(folder, "Coordinamento")
    for db, name in zip(desks, DESKS, strict=True):
        trust(coordinator, actor, db, name)
    for db in (*desks, coordinator):
        db.dispose()
    return folder


def _copy(template: Path, folder: Path, name: str) -> Database:
    for f in template.glob(f"{name}.sqlite*"):
        shutil.copy(f, folder / f.name)
    return Database.at_path(folder / f"{name}.sqlite")


def _file(name: str) -> str:
    return name.replace(" ", "_")


OPS = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.sampled_from(
            [
                *("create", "phone", "phone", "notes", "erase", "export"),
                *("merge", "reject", "undo", "org", "org phone", "hire"),
            ]
        ),
        st.integers(0, len(PEOPLE) - 1),
        st.integers(0, len(PHONES) - 1),
    ),
    min_size=4,
    max_size=18,
)


def _run(ops, desks, actors, out: Path, bundles: list[list[Path]]) -> None:
    for desk, op, who, value in ops:
        db, actor = desks[desk], actors[desk]
        family, given, code = PEOPLE[who]
        with db.read() as s:
            person = s.scalar(select(Person).where(Person.family_name == family))
        try:
            if op == "create" and person is None:
                create_person(
                    db,
                    actor,
                    person_data(family_name=family, given_name=given, codice_fiscale=code),
                )
            elif op in ("phone", "notes") and person is not None and person.anonymised_on is None:
                data = person_data(family_name=family, given_name=given, codice_fiscale=code)
                del data["consent"]
                if op == "phone":
                    data["phone"] = PHONES[value]
                else:
                    data["notes"] = f"nota {value}"
                update_person(db, actor, person.id, person.version, data)
            elif op == "erase" and person is not None and person.anonymised_on is None:
                erase_person(db, actor, person.id)
            elif op in ("merge", "reject", "undo") and person is not None:
                # A decision on two of the desk's people: it travels to the coordinator.
                other_family = PEOPLE[(who + 1 + value) % len(PEOPLE)][0]
                with db.read() as s:
                    other = s.scalar(select(Person.id).where(Person.family_name == other_family))
                if other is not None and other != person.id:
                    decide = {"merge": merge_people, "reject": reject_candidate}.get(op, undo_merge)
                    decide(db, actor, person.id, other)
            elif op == "org":
                # The same firm (one company number) at every desk that records it.
                with db.read() as s:
                    if s.scalar(select(Organisation.id)) is None:
                        org = organisations.create_organisation(db, actor, firm())
                        openings.create_opening(db, actor, org, {"title": "Saldatore", "posts": 9})
            elif op == "org phone":
                with db.read() as s:
                    org = s.scalar(select(Organisation))
                if org is not None:
                    detail = organisations.organisation_detail(db, org.id)
                    data = {**detail.data, "phone": PHONES[value]}
                    organisations.update_organisation(db, actor, org.id, org.version, data)
            elif op == "hire" and person is not None and person.anonymised_on is None:
                with db.read() as s:
                    opening = s.scalar(select(Opening.id))
                if opening is not None:
                    placement_consent(db, actor, person.id, "2026-11-10")
                    matches.record_outcome(
                        db,
                        actor,
                        {"person_id": person.id, "opening_id": opening, "status": "hired"},
                    )
            elif op == "export":
                n = len(bundles[desk]) + 1
                bundles[desk].append(export_bundle(db, actor, out / f"d{desk}-{n}").path)
        except DeskappError:
            pass  # refused at the desk (e.g. a name already there): nothing to send


def _state(db: Database) -> dict:
    with db.read() as s:
        records = _records(s, "here", None, None)
        people = {p.id: p.gid for p in s.scalars(select(Person))}
        counted = {p.gid: people.get(p.counted_with) for p in s.scalars(select(Person))}
        conflicts = sorted(
            (c.gid, c.field, c.local_value, c.incoming_value, c.state)
            for c in s.scalars(select(SyncConflict))
        )
        erased = sorted(s.scalars(select(SyncErased.gid)))
    return {
        "records": sorted(json.dumps(r, sort_keys=True) for r in records),
        "counted": counted,
        "conflicts": conflicts,
        "erased": erased,
    }


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=OPS, second=OPS, coordinator_phone=st.integers(0, len(PHONES) - 1), data=st.data())
def test_any_delivery_order_ends_in_the_same_state(
    templates, first, second, coordinator_phone, data
):
    folder = Path(tempfile.mkdtemp(prefix="sync-prop-"))
    try:
        desks = [_copy(templates, folder, _file(n)) for n in DESKS]
        actors = [resolve_actor(db, f"Admin {n}") for db, n in zip(desks, DESKS, strict=True)]
        ordered = _copy(templates, folder, "Coordinamento")
        (folder / "shuffled").mkdir()
        for f in templates.glob("Coordinamento.sqlite*"):
            shutil.copy(f, folder / "shuffled" / f.name)
        shuffled = Database.at_path(folder / "shuffled" / "Coordinamento.sqlite")
        coordinator = resolve_actor(ordered, "Admin Coordinamento")
        bundles: list[list[Path]] = [[], [], []]

        # Month one: each desk has two people (the same six codes: some in common)...
        start = [(d, "create", (d + k) % len(PEOPLE), 0) for d in range(3) for k in (0, 2)]
        ends = [(d, "export", 0, 0) for d in range(3)]
        _run([*start, *first, *ends], desks, actors, folder, bundles)
        for desk_bundles in bundles:
            for path in desk_bundles:
                import_bundle(ordered, coordinator, path)
                import_bundle(shuffled, coordinator, path)
        # ...and the coordinator changes everyone's phone at both, the same way.
        edited: list[str] = []
        edited_organisations: list[str] = []
        for db in (ordered, shuffled):
            with db.write() as s:
                edited = sorted(
                    s.scalars(
                        select(Person.gid).where(
                            Person.origin != "", Person.anonymised_on.is_(None)
                        )
                    )
                )
                s.execute(
                    update(Person)
                    .where(Person.gid.in_(edited))
                    .values(phone=f"+39{coordinator_phone}00000000")
                )
                edited_organisations = sorted(
                    s.scalars(select(Organisation.gid).where(Organisation.origin != ""))
                )
                s.execute(
                    update(Organisation)
                    .where(Organisation.gid.in_(edited_organisations))
                    .values(phone=f"+39{coordinator_phone}00000000")
                )
        month_one = [len(b) for b in bundles]

        # Month two: the desks go on; the bundles reach one coordinator in order, the
        # other in any order, some twice, some lost and sent again at the end.
        _run([*second, *((d, "export", 0, 0) for d in range(3))], desks, actors, folder, bundles)
        later = [p for d in range(3) for p in bundles[d][month_one[d] :]]
        for path in later:
            import_bundle(ordered, coordinator, path)
        schedule = data.draw(st.permutations(later))
        twice = data.draw(st.lists(st.sampled_from(later), max_size=3)) if later else []
        lost = set(data.draw(st.lists(st.sampled_from(later), max_size=2))) if later else set()
        for path in [*schedule, *twice]:
            if path not in lost:
                import_bundle(shuffled, coordinator, path)
        for path in lost:  # sent again
            import_bundle(shuffled, coordinator, path)

        expected, got = _state(ordered), _state(shuffled)
        assert got == expected

        # No erasure undone: every person erased at a desk is anonymous here.
        with shuffled.read() as s:
            for db in desks:
                with db.read() as d:
                    gone = d.scalars(
                        select(Person.gid).where(Person.anonymised_on.is_not(None))
                    ).all()
                for gid in gone:
                    person = s.scalar(select(Person).where(Person.gid == gid))
                    if person is not None:
                        assert person.family_name == "" and person.codice_fiscale is None
                        assert person.anonymised_on is not None
        # The people a desk merged are counted once here too.
        final = _state(shuffled)
        here, erased = final["counted"], set(final["erased"])
        for db in desks:
            at_desk = _state(db)["counted"]
            for gid, rep in at_desk.items():
                if rep is not None and gid in here and not {gid, rep} & erased:
                    assert (here[gid] or gid) == (here[rep] or rep)
        # Never lost: the phone changed here is kept, and if the desk changed it too
        # (to another value) there is an open conflict about it.
        with shuffled.read() as s:
            for gid in edited:
                person = s.scalar(select(Person).where(Person.gid == gid))
                if person.anonymised_on is not None:
                    continue
                assert person.phone == f"+39{coordinator_phone}00000000"
                desk_phone = None
                for db in desks:
                    with db.read() as d:
                        found = d.scalar(select(Person.phone).where(Person.gid == gid))
                        desk_phone = found if found is not None else desk_phone
                conflict = s.scalar(
                    select(SyncConflict).where(
                        SyncConflict.gid == gid, SyncConflict.field == "phone"
                    )
                )
                if conflict is not None:
                    assert conflict.state == "open"
                    assert json.loads(conflict.incoming_value) == desk_phone
        # The same for the organisations: the phone changed here kept, the desk's other
        # value an open conflict.
        with shuffled.read() as s:
            for org in s.scalars(
                select(Organisation).where(Organisation.gid.in_(edited_organisations))
            ):
                assert org.phone == f"+39{coordinator_phone}00000000"
                conflict = s.scalar(
                    select(SyncConflict).where(
                        SyncConflict.gid == org.gid, SyncConflict.field == "phone"
                    )
                )
                desk_phone = None
                for db in desks:
                    with db.read() as d:
                        found = d.scalar(
                            select(Organisation.phone).where(Organisation.gid == org.gid)
                        )
                        desk_phone = found if found is not None else desk_phone
                if conflict is not None:
                    assert conflict.state == "open"
                    assert json.loads(conflict.incoming_value) == desk_phone
        for db in (*desks, ordered, shuffled):
            db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
