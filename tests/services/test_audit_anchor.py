"""The head of the audit trail is anchored outside the file: beside it after each save,
and in every backup's manifest. 'db check' compares the trail with the newest anchor and
names events cut from the end, or an anchored event that was rewritten."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import stat
import sys

import pytest

from deskapp.errors import ValidationFailed
from deskapp.models.audit_anchor import Anchor, anchor_path, read_anchor, write_anchor
from deskapp.models.database import Database
from deskapp.services import backups, persons
from deskapp.services.audit_anchor import anchor_of, manifest_path, read_manifest
from deskapp.services.maintenance import backup_database, check_database
from tests.conftest import person_data

NOW = dt.datetime(2026, 11, 22, 10, 0, 0)


def _someone(n: int) -> dict[str, object]:
    return person_data(
        codice_fiscale="",
        family_name=f"Verdi{n}",
        given_name="Anna",
        sex="F",
        birth_date="1985-05-05",
        phone="",
        email="",
    )


def _head(path):
    conn = sqlite3.connect(path)
    try:
        last, stored = conn.execute(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        count = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    finally:
        conn.close()
    return last, stored, count


def _cut_tail(path, events: int) -> None:
    """What a lost WAL, or someone past the triggers, leaves: the last events gone."""
    conn = sqlite3.connect(path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "DELETE FROM audit_event WHERE id IN "
        f"(SELECT id FROM audit_event ORDER BY id DESC LIMIT {events})"
    )
    conn.commit()
    conn.close()


def test_each_save_leaves_the_head_of_the_trail_beside_the_file(db, db_path, admin):
    persons.create_person(db, admin, person_data())
    anchor_file = db_path.with_name("deskapp.sqlite.anchor")
    anchor = read_anchor(anchor_file)
    last, stored, count = _head(db_path)
    assert (anchor.event_id, anchor.hash, anchor.events) == (last, stored, count)
    assert abs(dt.datetime.now(dt.UTC) - anchor.at) < dt.timedelta(minutes=1)
    data = json.loads(anchor_file.read_text("utf-8"))
    assert data["event_id"] == last and data["hash"] == stored  # plain JSON, no values
    if sys.platform != "win32":
        assert stat.S_IMODE(anchor_file.stat().st_mode) == 0o600

    persons.create_person(db, admin, _someone(1))
    assert read_anchor(anchor_file).event_id == _head(db_path)[0] > last
    # A save that was refused wrote nothing, and moved nothing.
    before = anchor_file.read_bytes()
    with pytest.raises(ValidationFailed):
        persons.create_person(db, admin, person_data(given_name=""))
    assert anchor_file.read_bytes() == before
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")]


def test_check_says_the_trail_matches_its_anchor(db, admin):
    persons.create_person(db, admin, person_data())
    report = check_database(db)
    assert report.ok, report.problems
    assert any(f.startswith("audit trail: matches its anchor of") for f in report.facts)


def test_events_cut_from_the_end_are_named(db, db_path, admin):
    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    last, _, _ = _head(db_path)
    db.dispose()
    _cut_tail(db_path, 2)
    report = check_database(db)
    assert not report.ok
    problem = next(p for p in report.problems if "anchor" in p)
    assert f"the trail ends at event {last - 2} but the anchor of" in problem
    assert f"names event {last}" in problem
    assert "missing" in problem


def test_the_anchor_is_not_moved_over_a_cut_trail(db, db_path, admin):
    """The next save after the tail was lost must not hide it: the anchor stays."""
    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    last, _, _ = _head(db_path)
    db.dispose()
    _cut_tail(db_path, 2)
    for n in range(3, 6):  # saves again, past the anchored id
        persons.create_person(db, admin, _someone(n))
    assert read_anchor(anchor_path(db_path)).event_id == last
    report = check_database(db)
    assert any(f"event {last} does not have the hash" in p for p in report.problems)


def test_a_rewritten_anchored_event_is_named(db, db_path, admin):
    persons.create_person(db, admin, person_data())
    last, _, _ = _head(db_path)
    db.dispose()
    conn = sqlite3.connect(db_path)
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("UPDATE audit_event SET hash = ? WHERE id = ?", ("0" * 64, last))
    conn.commit()
    conn.close()
    report = check_database(db)
    assert any(
        f"event {last} does not have the hash the anchor of" in p and "forged" in p
        for p in report.problems
    )


def test_every_backup_carries_the_head_in_its_manifest(db, db_path, admin, tmp_path):
    persons.create_person(db, admin, person_data())
    by_hand = backup_database(db, tmp_path / "usb" / "copy.sqlite")
    manifest = read_manifest(manifest_path(by_hand))
    assert manifest_path(by_hand).name == "copy.sqlite.manifest.json"
    assert (manifest.anchor.event_id, manifest.anchor.hash) == _head(by_hand)[:2]
    assert manifest.schema and not manifest.encrypted
    persons.create_person(db, admin, _someone(1))  # later saves do not change it
    assert read_manifest(manifest_path(by_hand)) == manifest

    folder = tmp_path / "backups"
    automatic = backups.automatic_backup(db, folder, NOW)
    assert read_manifest(manifest_path(automatic)).anchor.event_id == _head(db_path)[0]
    # The rotation removes a backup's manifest with it.
    old = backups.automatic_backup(db, folder, NOW - dt.timedelta(days=800), force=True)
    assert manifest_path(old).exists()
    backups.rotate(folder, db_path, NOW)
    assert not old.exists() and not manifest_path(old).exists()
    assert manifest_path(automatic).exists()


def test_the_newest_manifest_speaks_when_the_anchor_beside_is_gone(db, db_path, admin, tmp_path):
    folder = tmp_path / "backups"
    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    backups.automatic_backup(db, folder, NOW)
    anchored = _head(db_path)[0]
    db.dispose()
    anchor_path(db_path).unlink()
    _cut_tail(db_path, 2)
    report = check_database(db, [folder])
    problem = next(p for p in report.problems if "anchor" in p)
    assert f"the trail ends at event {anchored - 2}" in problem
    assert f"names event {anchored}" in problem and ".manifest.json" in problem
    # Without the backups to look at, the trail has nothing to be compared with.
    report = check_database(db)
    assert any("no anchor to compare it with" in f for f in report.facts)


def test_manifests_of_another_database_are_not_taken_for_this_ones(db, admin, tmp_path):
    folder = tmp_path / "backups"
    other = Database.at_path(tmp_path / "other" / "deskapp.sqlite")
    from deskapp.models.migrate import upgrade_database
    from deskapp.services.organisation import initialise

    upgrade_database(other)
    desk = {"name": "Antenna Imperia", "region": "liguria", "country": "IT", "language": "it"}
    someone = initialise(other, desk, {"name": "Bruno Neri"})
    for n in range(5):  # a longer trail than this database's
        persons.create_person(other, someone, _someone(n))
    backups.automatic_backup(other, folder, NOW + dt.timedelta(days=1))
    other.dispose()
    persons.create_person(db, admin, person_data())
    report = check_database(db, [folder])
    assert report.ok, report.problems


def test_an_unreadable_anchor_is_said_and_the_manifests_used(db, db_path, admin, tmp_path):
    persons.create_person(db, admin, person_data())
    anchor_path(db_path).write_text("{ cut sho", "utf-8")
    report = check_database(db, [tmp_path / "backups"])
    assert report.ok
    assert any("cannot be read" in f for f in report.facts)


def test_the_anchor_api_for_other_code(db, admin, tmp_path):
    """Consolidation bundles will carry an anchor: read the head, write it, read it back."""
    persons.create_person(db, admin, person_data())
    head = anchor_of(db)
    assert head.event_id > 0 and len(head.hash) == 64 and head.events == head.event_id
    target = tmp_path / "bundle" / "trail.anchor"
    target.parent.mkdir()
    write_anchor(target, head, durable=True)
    assert read_anchor(target) == head
    assert Anchor.from_dict(json.loads(json.dumps(head.to_dict()))) == head
    assert read_anchor(tmp_path / "none.anchor") is None


def test_a_copy_taken_while_deskapp_is_closed_is_complete(db, db_path, admin, tmp_path):
    """Closing folds the WAL into the file, even when a connection kept elsewhere
    stops SQLite from doing it at the last close: the file alone has every save."""
    for n in range(5):
        persons.create_person(db, admin, _someone(n))
    elsewhere = sqlite3.connect(db_path)  # another reader still has the file open
    try:
        elsewhere.execute("SELECT count(*) FROM person").fetchone()
        db.dispose()
        copy = tmp_path / "copy" / "deskapp.sqlite"
        copy.parent.mkdir()
        shutil.copyfile(db_path, copy)  # the file alone, without its WAL
    finally:
        elsewhere.close()
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 5
    conn.close()


def test_a_copy_without_the_wal_of_the_last_saves_is_caught(db, db_path, admin, tmp_path):
    """A crash (or a copy taken while deskapp writes) loses what only the WAL held; the
    anchor beside the file names the events that are missing."""
    persons.create_person(db, admin, person_data())
    db.dispose()  # everything so far is in the file itself
    running = Database.at_path(db_path)  # deskapp is running: its WAL is not folded yet
    for n in range(3):
        persons.create_person(running, admin, _someone(n))
    last = _head(db_path)[0]
    copy = tmp_path / "copy" / "deskapp.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(db_path, copy)  # without its -wal
    shutil.copyfile(anchor_path(db_path), anchor_path(copy))
    running.dispose()
    copied = Database.at_path(copy)
    report = check_database(copied)
    copied.dispose()
    assert not report.ok
    assert any(f"names event {last}" in p and "lost -wal" in p for p in report.problems)


def test_a_migration_that_rewrites_the_hashes_carries_the_anchor(db, db_path, admin):
    """A new recipe (migration 0011) chains every event again: the anchor of a trail
    that matched it before the migration is written again after it."""

    from deskapp.models.audit_anchor import head_of
    from deskapp.models.migrate import migrate_to, upgrade_database

    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    migrate_to(db, "0010", down=True)  # the file as the previous release left it
    with db.engine.connect() as conn:
        write_anchor(anchor_path(db_path), head_of(conn))
    old_hash = read_anchor(anchor_path(db_path)).hash

    upgrade_database(db)

    anchor = read_anchor(anchor_path(db_path))
    assert anchor.hash != old_hash and (anchor.event_id, anchor.hash) == _head(db_path)[:2]
    report = check_database(db)
    assert report.ok, report.problems


def test_a_backup_made_after_the_loss_does_not_hide_it(db, db_path, admin, tmp_path):
    """deskapp goes on after the tail was lost, and a new backup is made of the shorter
    trail: the anchor beside the file still names what is missing."""
    folder = tmp_path / "backups"
    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    last = _head(db_path)[0]
    db.dispose()
    _cut_tail(db_path, 2)
    persons.create_person(db, admin, _someone(3))
    backups.automatic_backup(db, folder, dt.datetime.now() + dt.timedelta(hours=1))
    report = check_database(db, [folder])
    # The new save's events took the lost ids: the anchored one is not the same event.
    assert any(
        f"event {last} does not have the hash" in p and str(anchor_path(db_path)) in p
        for p in report.problems
    ), report.problems


def test_after_a_restore_the_older_backups_do_not_accuse_the_restored_file(
    db, db_path, admin, tmp_path
):
    folder = tmp_path / "backups"
    persons.create_person(db, admin, person_data())
    early = backups.automatic_backup(db, folder, NOW)
    for n in range(3):
        persons.create_person(db, admin, _someone(n))
    backups.automatic_backup(db, folder, NOW + dt.timedelta(days=1))  # names later events
    db.dispose()
    backups.restore_database(db_path, early, NOW + dt.timedelta(days=2))
    report = check_database(db, [folder])
    assert report.ok, report.problems


def test_an_import_is_anchored_whole(db, db_path, coordinator, tmp_path):
    """An import writes its events in bulk, past the ORM: the anchor still follows."""
    from deskapp.services.importing import import_persons

    source = tmp_path / "p.csv"
    rows = [
        "family_name;given_name;employment_status;consent_legal_basis;"
        "consent_notice_version;sex;birth_date",
        *[f"Verdi{i};Anna;unemployed;public_task;2026-01;F;1980-01-{i + 1:02d}" for i in range(5)],
    ]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    import_persons(db, coordinator, source)
    anchor = read_anchor(anchor_path(db_path))
    assert (anchor.event_id, anchor.hash, anchor.events) == _head(db_path)
    assert check_database(db).ok


def test_a_save_during_the_check_is_no_lost_tail(db, db_path, admin, monkeypatch):
    """The window saves while 'db check' runs: the anchor it reads may only name what
    the trail it reads holds, so the anchors are read first."""
    from deskapp.services import audit_anchor

    reading = audit_anchor._anchors

    def then_a_save(*args, **kwargs):
        found = reading(*args, **kwargs)
        other = Database.at_path(db_path)  # another deskapp on the same file
        try:
            persons.create_person(other, admin, person_data())
        finally:
            other.dispose()
        return found

    monkeypatch.setattr(audit_anchor, "_anchors", then_a_save)
    report = check_database(db)
    assert report.ok, report.problems
