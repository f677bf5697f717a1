"""The coordinator's Consolidation page (issue 16): two desks' bundles taken in (made by
the services, as a desk makes them), what each brought, a conflict decided from the
page, the same person at two desks merged then the merge undone, a tampered bundle
refused in words, and a desk operator without the page."""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import func, select

from deskapp.models import Person
from deskapp.models.audit import AuditEvent
from deskapp.models.sync import SyncConflict
from deskapp.services.persons import create_person, update_person
from deskapp.sync.export import export_bundle
from tests.conftest import MARIO_CF, person_data
from tests.sync.helpers import new_desk, trust
from tests.ui.conftest import _open_window


@pytest.fixture
def two_desks(db, admin, tmp_path):
    """Genova and Savona trust-ed at the coordinator (``db``); each has registered
    people, Savona an Anna Neri born a few days from Genova's."""
    genova, genova_admin = new_desk(tmp_path, "Antenna Genova Est")
    savona, savona_admin = new_desk(tmp_path, "Antenna Savona")
    trust(db, admin, genova, "Genova")
    trust(db, admin, savona, "Savona")
    mario = create_person(genova, genova_admin, person_data())
    create_person(
        genova,
        genova_admin,
        person_data(
            codice_fiscale="",
            given_name="Anna",
            family_name="Neri",
            sex="F",
            birth_date="02/03/1975",
        ),
    )
    create_person(
        savona,
        savona_admin,
        person_data(
            codice_fiscale="",
            given_name="Anna",
            family_name="Neri",
            sex="F",
            birth_date="05/03/1975",
            phone="019 123 4567",
        ),
    )
    yield {
        "genova": (genova, genova_admin, mario),
        "savona": (savona, savona_admin),
        "folder": tmp_path,
    }
    genova.dispose()
    savona.dispose()


def _table_texts(panel) -> list[list[str]]:
    t = panel.table
    return [
        [t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
        for r in range(t.rowCount())
    ]


def _take_in(qtbot, page, *paths):
    """Take bundles in from the page, off the window's thread, and wait until done."""
    task = page.take_in(*paths)
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass


def _page(qtbot, db, db_path, actor):
    window = _open_window(qtbot, db, db_path, actor)
    return window, window.show_page("consolidation")


def test_the_page_shows_the_bundles_taken_in_and_what_each_brought(
    qtbot, db, db_path, admin, two_desks
):
    folder = two_desks["folder"]
    genova, genova_admin, _mario = two_desks["genova"]
    savona, savona_admin = two_desks["savona"]
    g1 = export_bundle(genova, genova_admin, folder / "g1.deskbundle").path
    s1 = export_bundle(savona, savona_admin, folder / "s1.deskbundle").path
    create_person(
        savona,
        savona_admin,
        person_data(
            codice_fiscale="",
            given_name="Piero",
            family_name="Bo",
            sex="M",
            birth_date="01/01/1980",
        ),
    )
    export_bundle(savona, savona_admin, folder / "s2.deskbundle")
    create_person(
        savona,
        savona_admin,
        person_data(
            codice_fiscale="", given_name="Lia", family_name="Bo", sex="F", birth_date="01/01/1981"
        ),
    )
    s3 = export_bundle(savona, savona_admin, folder / "s3.deskbundle").path

    window, page = _page(qtbot, db, db_path, admin)
    assert window.page_titles["consolidation"] == "Consolidation"
    assert "No bundle taken in yet" in page.bundles.empty.text()
    _take_in(qtbot, page, g1)
    assert "Bundle 1 of Genova taken in" in page.message.text()
    _take_in(qtbot, page, s1)
    _take_in(qtbot, page, s3)  # bundle 2 of Savona is missing: held, and said
    assert "is held" in page.message.text() and "2" in page.message.text()
    rows = _table_texts(page.bundles)
    held = next(r for r in rows if r[0] == "Savona" and r[1] == "3")
    assert "waiting for bundle" in held[3] and held[3].endswith("2 of this desk")
    first = next(r for r in rows if r[0] == "Genova" and r[1] == "1")
    assert first[3] == "Taken in"
    assert int(first[5]) >= 3  # the desk, its administrator, two people (and consents)
    # The people are in the registry at once.
    assert window.people.model.rowCount() >= 3


def test_a_tampered_bundle_is_refused_in_words_and_nothing_is_taken_in(
    qtbot, db, db_path, admin, two_desks
):
    folder = two_desks["folder"]
    genova, genova_admin, _mario = two_desks["genova"]
    made = export_bundle(genova, genova_admin, folder / "g1.deskbundle").path
    content = json.loads(made.read_text("utf-8"))
    raw = bytearray(base64.b64decode(content["payload"]))
    raw[len(raw) // 2] ^= 0x01
    content["payload"] = base64.b64encode(bytes(raw)).decode("ascii")
    tampered = folder / "tampered.deskbundle"
    tampered.write_text(json.dumps(content), "utf-8")

    _window, page = _page(qtbot, db, db_path, admin)
    _take_in(qtbot, page, tampered)
    text = page.message.text()
    assert text.startswith("tampered.deskbundle was not taken in:")
    assert "nothing" in text.lower()
    assert page.message.accessibleName() or page.message.isVisible()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_a_conflict_decided_from_the_page_changes_the_record_and_is_audited(
    qtbot, db, db_path, admin, two_desks
):
    folder = two_desks["folder"]
    genova, genova_admin, mario = two_desks["genova"]
    _window, page = _page(qtbot, db, db_path, admin)
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g1.deskbundle").path)
    # The phone changed here (by the coordinator) and at the desk.
    with db.read() as s:
        here = s.scalar(select(Person).where(Person.codice_fiscale == MARIO_CF))
    local = person_data(phone="010 111 2222")
    del local["consent"]
    update_person(db, admin, here.id, here.version, local)
    edited = person_data(phone="320 999 8877")
    del edited["consent"]
    update_person(genova, genova_admin, mario.id, mario.version, edited)
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g2.deskbundle").path)
    assert "conflicts to decide: 1" in page.message.text()

    page.tabs.setCurrentIndex(1)
    rows = _table_texts(page.conflicts)
    assert len(rows) == 1
    record, field, value_here, value_desk, desk = rows[0]
    assert "Rossi Mario" in record and desk == "Genova"
    assert "0101112222" in value_here and "3209998877" in value_desk
    # Both sides, who and when.
    assert "Anna Bianchi" in page.here_who.text()
    assert "Admin Antenna Genova Est" in page.desk_who.text()
    assert page.desk_box.title().startswith("At Genova")
    # The search is the database's: a name that is not there finds nothing.
    page.conflict_search.setText("Verdi")
    page._search_conflicts()
    assert page.conflicts.table.rowCount() == 0
    assert page.conflicts.empty.text() == "No conflicts match the search."
    page.conflict_search.setText("ross")
    page._search_conflicts()
    assert page.conflicts.table.rowCount() == 1

    page.conflicts.table.selectRow(0)
    page.keep_desk.click()
    assert "Decided" in page.message.text()
    with db.read() as s:
        person = s.get(Person, here.id)
        conflict = s.scalar(select(SyncConflict))
        event = s.scalar(
            select(AuditEvent)
            .where(AuditEvent.entity == "sync_conflict")
            .order_by(AuditEvent.id.desc())
        )
    assert "3209998877" in person.phone
    assert conflict.state == "resolved" and conflict.chosen == "incoming"
    assert event is not None and event.fields == "phone" and event.operator_id == admin.operator_id
    assert page.conflicts.table.rowCount() == 0
    assert page.conflicts.empty.text() == "No conflicts match the search."


def test_the_same_person_at_two_desks_merged_then_the_merge_undone(
    qtbot, db, db_path, admin, two_desks
):
    folder = two_desks["folder"]
    genova, genova_admin, _mario = two_desks["genova"]
    savona, savona_admin = two_desks["savona"]
    window, page = _page(qtbot, db, db_path, admin)
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g1.deskbundle").path)
    _take_in(qtbot, page, export_bundle(savona, savona_admin, folder / "s1.deskbundle").path)

    page.tabs.setCurrentIndex(2)
    rows = _table_texts(page.pairs)
    assert rows == [["Neri Anna", rows[0][1], "Neri Anna", rows[0][3], "3"]]
    assert {rows[0][1], rows[0][3]} == {"Antenna Genova Est", "Antenna Savona"}
    compared = {r[0]: r for r in _table_texts(page.comparison)}
    assert compared["Family name"][3] == "Same"
    assert compared["Birth date"][3] == "Differs"
    assert compared["Phone"][3] == "Differs"
    assert page.merge_button.isEnabled() and page.undo_button.isHidden()

    page.merge_button.click()
    assert "one person, counted once" in page.message.text()
    assert page.pairs.table.rowCount() == 0
    with db.read() as s:
        linked = s.scalar(
            select(func.count()).select_from(Person).where(Person.counted_with.is_not(None))
        )
    assert linked == 1

    page.pair_view.setCurrentIndex(page.pair_view.findData("merged"))
    assert page.pairs.table.rowCount() == 1
    assert page.undo_button.isVisible() and page.undo_button.isEnabled()
    page.undo_button.click()
    assert "merge undone" in page.message.text()
    with db.read() as s:
        linked = s.scalar(
            select(func.count()).select_from(Person).where(Person.counted_with.is_not(None))
        )
    assert linked == 0
    assert page.pairs.table.rowCount() == 0


def test_the_trusted_desks_show_their_fingerprints(qtbot, db, db_path, admin, two_desks):
    from deskapp.sync.keys import desk_key

    genova, _genova_admin, _mario = two_desks["genova"]
    _window, page = _page(qtbot, db, db_path, admin)
    page.tabs.setCurrentIndex(3)
    rows = {r[0]: r for r in _table_texts(page.desks)}
    assert set(rows) == {"Genova", "Savona"}
    assert rows["Genova"][1] == desk_key(genova).fingerprint
    assert rows["Genova"][3] == "Anna Bianchi"
    assert desk_key(db).fingerprint in page.own_key.text()


def test_trusting_a_key_asks_for_the_fingerprint_read_out(qtbot, db, db_path, admin, tmp_path):
    from deskapp.sync.keys import desk_key
    from deskapp.ui.sync_dialogs import TrustKeyDialog

    desk, _desk_admin = new_desk(tmp_path, "Antenna Imperia")
    key = desk_key(desk)
    key_file = tmp_path / "imperia.key"
    key_file.write_text(key.text + "\n", "ascii")
    _window, page = _page(qtbot, db, db_path, admin)
    dialog = page.trust_key()
    assert isinstance(dialog, TrustKeyDialog)
    dialog.key_file.setText(str(key_file))
    dialog.desk_name.setText("Imperia")
    dialog.fingerprint.setText("0000 0000 0000 0000")
    dialog.accept()
    assert dialog.isVisible() and "does not match" in dialog.error.text()
    dialog.fingerprint.setText(key.fingerprint.lower())
    dialog.accept()
    assert not dialog.isVisible()
    assert page.message.text() == "Key of Imperia trusted."
    page.tabs.setCurrentIndex(3)
    assert [r[0] for r in _table_texts(page.desks)] == ["Imperia"]
    desk.dispose()


def test_a_desk_sends_its_bundle_from_the_file_menu(qtbot, db, db_path, admin, tmp_path):
    from deskapp.sync.keys import desk_key

    window = _open_window(qtbot, db, db_path, admin)
    create_person(db, admin, person_data())
    dialog = window.send_to_coordinator()
    assert desk_key(db).fingerprint == dialog.fingerprint.text()
    dialog.accept()
    assert "Choose where" in dialog.error.text()
    target = tmp_path / "out" / "genova.deskbundle"
    dialog.file.setText(str(target))
    dialog.pseudonymous.setChecked(True)  # no programme key yet: refused in words
    dialog.accept()
    assert "programme key" in dialog.error.text() and not target.exists()
    dialog.pseudonymous.setChecked(False)
    dialog.accept()
    assert target.exists() and not dialog.isVisible()
    assert "Bundle 1 written to genova.deskbundle" in window.statusBar().currentMessage()


def test_a_desk_operator_has_no_consolidation_page_nor_sending(qtbot, db, db_path, operator):
    window = _open_window(qtbot, db, db_path, operator)
    assert "consolidation" not in window.page_titles
    texts = [a.text() for a in window.actions()]
    assert "Consolidation" not in texts and "Send to the coordinator..." not in texts


def test_consolidation_has_its_own_key_for_a_coordinator_too(qtbot, db, db_path, coordinator):
    window = _open_window(qtbot, db, db_path, coordinator)
    keys = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert keys["Organisations"] == "Ctrl+5"
    assert keys["Consolidation"] == "Ctrl+9"
    assert "Administration" not in keys
    assert keys["Settings"] == "Ctrl+7"


def test_the_coordinator_publishes_the_catalogue_from_the_page(qtbot, db, db_path, admin, tmp_path):
    from deskapp.services.funding_catalogue import list_entries, update_entry
    from deskapp.sync.catalogue import apply_catalogue, trust_coordinator
    from deskapp.sync.keys import desk_key

    marcora = next(r for r in list_entries(db) if r.name == "Nuova Marcora")
    update_entry(
        db, admin, marcora.id, marcora.version, {**marcora.as_input(), "max_amount": "5000"}
    )
    _window, page = _page(qtbot, db, db_path, admin)
    assert page.publish_button.isVisible()
    target = tmp_path / "out" / "catalogue.deskbundle"
    page.publish(target)
    assert page.message.text().startswith(f"Catalogue bundle 1 written to {target}:")
    page.grab().save(str(tmp_path / "page.png"))

    desk, desk_admin = new_desk(tmp_path, "Antenna Imperia")
    key = desk_key(db)
    trust_coordinator(desk, desk_admin, key.text, "OPERA", key.fingerprint)
    assert apply_catalogue(desk, desk_admin, target).changed == 1
    assert next(r for r in list_entries(desk) if r.name == "Nuova Marcora").max_amount == 5000
    desk.dispose()


def test_a_pair_decided_differently_at_two_desks_is_to_decide_again(
    qtbot, db, db_path, admin, two_desks
):
    from deskapp.models.sync import SyncMerge

    folder = two_desks["folder"]
    genova, genova_admin, _mario = two_desks["genova"]
    savona, savona_admin = two_desks["savona"]
    window, page = _page(qtbot, db, db_path, admin)
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g1.deskbundle").path)
    _take_in(qtbot, page, export_bundle(savona, savona_admin, folder / "s1.deskbundle").path)
    with db.write() as s:
        first, second = sorted(s.scalars(select(Person.gid).where(Person.family_name == "Neri")))
        # As two desks' bundles bring them: neither knew the other's decision.
        s.add(SyncMerge(first_gid=first, second_gid=second, state="merged", origin="a" * 36))
        s.add(SyncMerge(first_gid=first, second_gid=second, state="rejected", origin="b" * 36))
    page.tabs.setCurrentIndex(2)
    page.refresh_pairs()
    assert page.pairs.table.rowCount() == 1
    assert page.disputed.isVisible()
    assert "decided differently" in page.disputed.text()
    page.merge_button.click()
    assert page.pairs.table.rowCount() == 0
    assert not page.disputed.isVisible()


def test_a_desk_that_kept_the_coordinators_sealing_key_sends_its_bundle_encrypted(
    qtbot, db, db_path, admin, tmp_path
):
    from deskapp.sync.sealing import keep_recipient, sealing_key

    coordinator, _coordinator_admin = new_desk(tmp_path, "Coordinamento")
    key = sealing_key(coordinator)
    window = _open_window(qtbot, db, db_path, admin)
    dialog = window.send_to_coordinator()
    assert dialog.encrypt_to.isHidden()  # no sealing key kept: nothing to choose
    dialog.reject()

    keep_recipient(db, admin, key.text, key.fingerprint)
    create_person(db, admin, person_data())
    dialog = window.send_to_coordinator()
    assert dialog.encrypt_to.isVisibleTo(dialog)
    assert dialog.encrypt_to.currentData() == key.fingerprint  # the key kept, by default
    assert key.fingerprint in dialog.encrypt_to.currentText()
    target = tmp_path / "genova.deskbundle"
    dialog.file.setText(str(target))
    dialog.accept()
    assert target.read_bytes().startswith(b"deskapp-sealed-bundle")
    assert "encrypted" in window.statusBar().currentMessage()
    coordinator.dispose()


def test_the_erasures_received_for_the_data_protection_officer(
    qtbot, db, db_path, admin, two_desks, tmp_path
):
    from deskapp.services.gdpr import erase_person
    from deskapp.sync.sealing import sealing_key

    folder = two_desks["folder"]
    genova, genova_admin, mario = two_desks["genova"]
    window, page = _page(qtbot, db, db_path, admin)
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g1.deskbundle").path)
    erase_person(genova, genova_admin, mario.id)
    page.tabs.setCurrentIndex(4)
    assert page.erasures.table.rowCount() == 0
    _take_in(qtbot, page, export_bundle(genova, genova_admin, folder / "g2.deskbundle").path)
    page.tabs.setCurrentIndex(4)
    page.refresh()
    [row] = _table_texts(page.erasures)
    with db.read() as s:
        erased = s.scalar(select(Person).where(Person.anonymised_on.is_not(None)))
    assert row[0] == str(erased.id) and row[2] == "Genova"
    assert "Rossi" not in " ".join(row)
    # The desks' tab gives this database's sealing key, for desks that encrypt.
    page.tabs.setCurrentIndex(3)
    assert sealing_key(db).fingerprint in page.own_key.text()
