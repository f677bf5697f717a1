"""The Administration page: accounts and the audit trail, for administrators only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from deskapp.services import accounts, persons
from deskapp.services.actor import resolve_actor
from tests.conftest import person_data


def _names(panel):
    table = panel.table.table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_only_an_administrator_has_the_page(qtbot, db, admin_window, operator, window):
    assert "administration" not in window.page_titles
    main = admin_window
    assert "administration" in main.page_titles
    assert main.tabs.tabText(list(main.page_titles).index("administration")) == "Administration"


def test_an_administrator_adds_an_account_that_logs_in(qtbot, db, admin_window):
    main = admin_window
    page = main.show_page("administration")
    panel = page.accounts
    assert _names(panel) == ["Anna Bianchi"]
    dialog = panel.new_account()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.inputs["name"], "Giulia Gialli")
    dialog.form.inputs["role"].setCurrentIndex(dialog.form.inputs["role"].findData("coordinator"))
    assert not dialog.save()  # no account without a first password
    assert "first password" in dialog.form.error_of("password")
    qtbot.keyClicks(dialog.form.inputs["password"], "password")
    assert not dialog.save()  # a common password: said beside the field
    assert "common" in dialog.form.error_of("password")
    assert _names(panel) == ["Anna Bianchi"]
    dialog.form.inputs["password"].setText("Ulivi-di-Taggia-2026")
    assert dialog.save()
    assert _names(panel) == ["Anna Bianchi", "Giulia Gialli"]
    row = _names(panel).index("Giulia Gialli")
    assert panel.table.table.item(row, 1).text() == "Coordinator"
    assert (
        accounts.log_in(db, "Giulia Gialli", "Ulivi-di-Taggia-2026").actor.role.value
        == "coordinator"
    )


def test_a_locked_account_is_shown_and_unlocked(qtbot, db, admin, admin_window, operator):
    accounts.set_password(db, admin, operator.operator_id, "Pesto-e-focaccia")
    for _ in range(accounts.MAX_FAILURES):
        try:
            accounts.log_in(db, "Luca Verdi", "wrong")
        except accounts.LoginRefused:
            pass
    main = admin_window
    panel = main.show_page("administration").accounts
    row = _names(panel).index("Luca Verdi")
    assert "Locked" in panel.table.table.item(row, 4).text()
    panel.table.table.selectRow(row)
    panel.unlock_button.click()
    row = _names(panel).index("Luca Verdi")
    assert panel.table.table.item(row, 4).text() == "Active"
    assert accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia")


def test_switching_off_the_only_administrator_is_refused_in_words(qtbot, db, admin_window):
    main = admin_window
    panel = main.show_page("administration").accounts
    panel.table.table.selectRow(0)
    dialog = panel.edit_account()
    qtbot.addWidget(dialog)
    dialog.form.inputs["role"].setCurrentIndex(dialog.form.inputs["role"].findData("operator"))
    assert not dialog.save()
    assert "only active administrator" in dialog.message.text()
    assert resolve_actor(db, "Anna Bianchi").role.value == "administrator"


def test_the_audit_trail_filters_by_person_operator_and_period(qtbot, db, admin_window, operator):
    mario = persons.create_person(db, operator, person_data()).id
    persons.add_skill(db, operator, mario, {"description": "Saldatore TIG"})
    main = admin_window
    page = main.show_page("administration")
    page.tabs.setCurrentWidget(page.audit)
    audit = page.audit
    everything = audit.model.rowCount()
    assert everything >= 5  # desk, two accounts, the person, consent, skill
    assert audit.model.index(0, 2).data() == "Created"
    assert audit.model.index(0, 3).data().startswith("Skill")

    audit.set_person(mario)
    assert "Rossi Mario" in audit.person_label.text()
    records = {audit.model.index(r, 3).data().split()[0] for r in range(audit.model.rowCount())}
    assert records == {"Person", "Privacy", "Skill"}
    assert "3 event" in audit.count.text()

    audit.set_person(None)
    audit.operator.setCurrentIndex(audit.operator.findText("Anna Bianchi"))
    assert all(
        audit.model.index(r, 1).data() in ("Anna Bianchi",) for r in range(audit.model.rowCount())
    )
    audit.operator.setCurrentIndex(0)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    audit.date_from.setText(tomorrow.strftime("%d/%m/%Y"))
    audit.refresh()
    assert audit.model.rowCount() == 0 and audit.count.text() == "No event matches."
    audit.date_from.setText("31/02/2026")
    audit.refresh()
    assert "DD/MM/YYYY" in audit.message.text()
    audit.date_from.setText("")
    audit.refresh()
    assert audit.model.rowCount() == everything
    assert audit.message.text() == ""
    assert audit.table.model().data(audit.model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_the_trail_is_paged_by_the_database(qtbot, db, admin, admin_window, operator):
    accounts.set_password(db, admin, operator.operator_id, "Pesto-e-focaccia")
    for _ in range(220):
        accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia", dt.datetime(2020, 1, 1))
    main = admin_window
    page = main.show_page("administration")
    page.tabs.setCurrentWidget(page.audit)
    model = page.audit.model
    assert model.rowCount() == 200
    total = int(page.audit.count.text().split()[0])
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total > 220
