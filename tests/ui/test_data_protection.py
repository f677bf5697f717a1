"""The person record's data-protection actions: right of access and right to erasure."""

from __future__ import annotations

from deskapp.services import persons
from deskapp.ui.person_record import PersonRecord
from tests.conftest import MARIO_CF, person_data


def test_operator_saves_the_access_files_but_cannot_anonymise(qtbot, db, operator, tmp_path):
    pid = persons.create_person(db, operator, person_data()).id
    record = PersonRecord(db, operator, person_id=pid)
    qtbot.addWidget(record)
    assert not record.erase_action.isEnabled()
    task = record.subject_access(tmp_path)
    assert task is not None
    qtbot.waitUntil(lambda: (tmp_path / f"access-{pid}.json").exists(), timeout=10000)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=10000)
    assert (tmp_path / f"access-{pid}.pdf").exists()
    assert MARIO_CF in (tmp_path / f"access-{pid}.json").read_text("utf-8")
    qtbot.waitUntil(lambda: record.access_message.isVisible(), timeout=5000)
    assert "access-" in record.access_message.text()
    record.access_message.close()


def test_administrator_anonymises_and_the_record_closes(qtbot, db, admin):
    pid = persons.create_person(db, admin, person_data()).id
    record = PersonRecord(db, admin, person_id=pid)
    qtbot.addWidget(record)
    assert record.erase_action.isEnabled()
    with qtbot.waitSignal(record.saved):
        assert record.anonymise(confirm=False)
    assert record.display_name() == f"Anonymised person no. {pid}"
    assert not record.form.save_button.isEnabled()
    assert not record.form.inputs["family_name"].isEnabled()
    assert "Anonymised on" in record.form.message.text()
    assert persons.get_person(db, pid).codice_fiscale is None
