"""Merges travel: a merge, a rejection or an undo decided at one database is a record
with a gid that goes in its bundles; where it is taken in, the same two records (by
gid) are linked the same way, whatever order the bundles come in; two databases that
decided the same pair differently put it back among the candidates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.models import Person
from deskapp.models.sync import SyncMerge
from deskapp.services.persons import create_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import export_bundle
from deskapp.sync.linking import (
    duplicate_candidates,
    merge_people,
    reject_candidate,
    undo_merge,
)
from tests.conftest import person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


def _mario(birth: str) -> dict[str, object]:
    return person_data(codice_fiscale="", birth_date=birth, sex="M")


@pytest.fixture
def two_desks(tmp_path):
    """Genova and Savona each register a Mario Rossi without a tax code, born ten days
    apart; each has taken in the other's first bundle (one organisation's registry)."""
    genova, genova_admin = new_desk(tmp_path, "Antenna Genova")
    savona, savona_admin = new_desk(tmp_path, "Antenna Savona")
    create_person(genova, genova_admin, _mario("03/04/1980"))
    create_person(savona, savona_admin, _mario("13/04/1980"))
    trust(genova, genova_admin, savona, "Savona")
    trust(savona, savona_admin, genova, "Genova")
    g1 = export_bundle(genova, genova_admin, tmp_path / "g1").path
    s1 = export_bundle(savona, savona_admin, tmp_path / "s1").path
    import_bundle(genova, genova_admin, s1)
    import_bundle(savona, savona_admin, g1)
    yield (genova, genova_admin), (savona, savona_admin), [g1, s1]
    genova.dispose()
    savona.dispose()


def _pair_at(db, actor) -> tuple[int, int]:
    [candidate] = duplicate_candidates(db, actor)
    return candidate.first_id, candidate.second_id


def _counted_once(db) -> bool:
    with db.read() as s:
        people = s.scalars(select(Person).where(Person.family_name == "Rossi")).all()
    assert len(people) == 2
    return sum(1 for p in people if p.counted_with is None) == 1


def test_a_merge_made_at_a_desk_links_the_same_records_at_the_coordinator(
    db, admin, two_desks, tmp_path
):
    (genova, genova_admin), (savona, _savona_admin), first = two_desks
    merge_people(genova, genova_admin, *_pair_at(genova, genova_admin))
    assert _counted_once(genova)
    g2 = export_bundle(genova, genova_admin, tmp_path / "g2")
    assert g2.counts.get("sync_merge:upsert") == 1

    trust(db, admin, genova, "Genova")
    trust(db, admin, savona, "Savona")
    for path in (*first, g2.path):
        import_bundle(db, admin, path)
    assert _counted_once(db)
    assert duplicate_candidates(db, admin) == []  # decided: not proposed again
    with db.read() as s:
        [merge] = s.scalars(select(SyncMerge)).all()
        assert merge.state == "merged" and merge.origin != ""

    # Taken in twice: nothing more.
    [again] = import_bundle(db, admin, g2.path)
    assert again.state == "already"

    # The undo travels too, and the records are counted apart again.
    undo_merge(genova, genova_admin, *_pair_at_merged(genova))
    g3 = export_bundle(genova, genova_admin, tmp_path / "g3").path
    import_bundle(db, admin, g3)
    assert not _counted_once(db)
    assert duplicate_candidates(db, admin) == []  # undone is a decision too


def _pair_at_merged(db) -> tuple[int, int]:
    with db.read() as s:
        ids = sorted(s.scalars(select(Person.id).where(Person.family_name == "Rossi")))
    return ids[0], ids[1]


def test_merge_and_undo_taken_in_before_the_records_they_name(db, admin, two_desks, tmp_path):
    """Genova's bundles come before Savona's: the decisions wait for the records."""
    (genova, genova_admin), (savona, _savona_admin), (g1, s1) = two_desks
    merge_people(genova, genova_admin, *_pair_at(genova, genova_admin))
    g2 = export_bundle(genova, genova_admin, tmp_path / "g2").path
    trust(db, admin, genova, "Genova")
    trust(db, admin, savona, "Savona")
    for path in (g2, g1, s1):  # g2 is held until g1 comes
        import_bundle(db, admin, path)
    assert _counted_once(db)


def test_two_desks_deciding_a_pair_differently_put_it_back_among_the_candidates(
    db, admin, two_desks, tmp_path
):
    (genova, genova_admin), (savona, savona_admin), first = two_desks
    merge_people(genova, genova_admin, *_pair_at(genova, genova_admin))
    reject_candidate(savona, savona_admin, *_pair_at(savona, savona_admin))
    g2 = export_bundle(genova, genova_admin, tmp_path / "g2").path
    s2 = export_bundle(savona, savona_admin, tmp_path / "s2").path
    trust(db, admin, genova, "Genova")
    trust(db, admin, savona, "Savona")
    for order in ((*first, g2, s2),):
        for path in order:
            import_bundle(db, admin, path)
    # Neither decision wins by the clock: a person at the coordinator decides again.
    assert not _counted_once(db)
    first_id, second_id = _pair_at(db, admin)
    merge_people(db, admin, first_id, second_id)
    assert _counted_once(db)
    assert duplicate_candidates(db, admin) == []
    # The coordinator's decision replaces both; it travels in the coordinator's own
    # bundles like the desks' ones.
    with db.read() as s:
        decisions = s.scalars(select(SyncMerge).order_by(SyncMerge.id)).all()
        assert [d.state for d in decisions] == ["merged", "rejected", "merged"]
        assert set(decisions[2].replaces.split()) == {decisions[0].gid, decisions[1].gid}


def test_the_command_line_says_a_pair_was_decided_differently(two_desks, tmp_path, capsys):
    from deskapp.cli.main import main

    (genova, genova_admin), (savona, savona_admin), _first = two_desks
    merge_people(genova, genova_admin, *_pair_at(genova, genova_admin))
    reject_candidate(savona, savona_admin, *_pair_at(savona, savona_admin))
    import_bundle(genova, genova_admin, export_bundle(savona, savona_admin, tmp_path / "s2").path)
    from deskapp.services.accounts import set_password
    from deskapp.services.demo import DEMO_PASSWORD

    set_password(genova, genova_admin, genova_admin.operator_id, DEMO_PASSWORD)
    capsys.readouterr()
    words = ["--db", str(tmp_path / "Antenna_Genova.sqlite"), "--operator"]
    assert main([*words, "Admin Antenna Genova", "sync", "duplicates"]) == 0
    out = capsys.readouterr().out
    assert "Decided differently" in out and "merged at one, not the same person" in out
