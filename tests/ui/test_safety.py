"""The safety nets around the database file: one deskapp at a time, a damaged file
noticed, automatic backups made in the background, restoring a backup from Settings."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from deskapp.services import backups, persons
from deskapp.ui import safety
from deskapp.ui.retention_dialog import RetentionDialog
from deskapp.ui.settings_page import SettingsPage
from tests.conftest import person_data


def test_a_second_deskapp_on_the_same_file_is_told_who_holds_it(db_path, db):
    first, _ = safety.lock_database(db_path)
    assert first is not None
    second, holder = safety.lock_database(db_path)
    assert second is None and "already open on this database" in holder
    first.unlock()
    third, _ = safety.lock_database(db_path)
    assert third is not None
    third.unlock()


def test_a_damaged_file_is_noticed(tmp_path, db_path, db):
    assert safety.quick_check(db_path) == "ok"
    db.checkpoint()  # everything in the file itself, none in the WAL
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 12] = b"\xff" * (4096 * 9)  # some tables' pages overwritten
    damaged.write_bytes(bytes(data))
    assert safety.quick_check(damaged) != "ok"


def test_automatic_backup_runs_quietly_after_start(qtbot, db, operator, tmp_path):
    QSettings().setValue(safety.BACKUP_FOLDER_KEY, str(tmp_path / "copies"))
    persons.create_person(db, operator, person_data())
    window = QWidget()
    qtbot.addWidget(window)
    nets = safety.SafetyNets(db, window)
    with qtbot.waitSignal(nets.backup_made, timeout=10000) as made:
        nets.start()
    copy = made.args[0]
    assert copy.startswith(str(tmp_path / "copies"))
    assert backups.verify_backup(__import__("pathlib").Path(copy))
    nets.timer.stop()


def test_settings_restores_a_backup_and_keeps_the_current_file(
    qtbot, db, db_path, admin, operator, tmp_path, monkeypatch
):
    folder = tmp_path / "copies"
    QSettings().setValue(safety.BACKUP_FOLDER_KEY, str(folder))
    persons.create_person(db, operator, person_data())
    copy = backups.automatic_backup(db, folder, dt.datetime(2026, 11, 22, 9, 0))
    persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Lia",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    )
    # An operator sees the copies but may not put one back.
    page = SettingsPage(db, db_path, operator)
    qtbot.addWidget(page)
    page.show()
    assert any("for an administrator" in label.text() for label in page.findChildren(QLabel))
    assert not page.restore(copy, confirm=False)
    page = SettingsPage(db, db_path, admin)
    qtbot.addWidget(page)
    page.show()
    assert "newest: 22/11/2026 09:00" in page.backup_folder_label.text()
    # A file that is not a backup is refused and nothing changes.
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert not page.restore(junk, confirm=False)
    assert page.result.text()
    # Another program (an import from the command line) has the file open: refused.
    other = sqlite3.connect(db_path)
    other.execute("SELECT count(*) FROM person").fetchone()
    assert not page.restore(copy, confirm=False)
    assert "open in another" in page.result.text()
    other.close()
    with qtbot.waitSignal(page.restored) as restored:
        assert page.restore(copy, confirm=False)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 1
    # The restored file's trail says who put it back (not the copy's file name).
    operator_id, detail = conn.execute(
        "SELECT operator_id, detail FROM audit_event ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert operator_id == admin.operator_id and detail == "restored from a backup"
    conn.close()
    aside = sqlite3.connect(restored.args[0])
    assert aside.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    aside.close()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not page.restore(copy)  # asked, and the operator said no


def test_settings_counts_and_anonymises_those_whose_retention_ended(
    qtbot, db, db_path, admin, monkeypatch
):
    old = persons.create_person(
        db,
        admin,
        person_data(
            codice_fiscale="",
            sex="M",
            birth_date="1960-01-01",
            phone="",
            email="",
            first_contact_date="2015-03-01",
            consent={
                "legal_basis": "public_task",
                "notice_version": "2015-01",
                "given_on": "2015-03-01",
            },
        ),
    ).id
    page = SettingsPage(db, db_path, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.retention_button.isEnabled(), timeout=10000)
    assert "1 person" in page.retention_due.text()
    # The names are read first; closing the list anonymises nobody.
    seen = []

    def read_and_close(dialog):
        seen.append([dialog.table.table.item(0, c).text() for c in range(6)])
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RetentionDialog, "exec", read_and_close)
    assert page.apply_retention() is None
    assert seen[0][1] == "Rossi Mario" and "2020" in seen[0][5]  # kept until 31/12/2020
    assert persons.get_person(db, old).anonymised_on is None
    task = page.apply_retention(confirm=False)
    assert task is not None
    qtbot.waitUntil(lambda: persons.get_person(db, old).anonymised_on is not None, timeout=10000)
    qtbot.waitUntil(lambda: "anonymised" in page.retention_due.text(), timeout=10000)
