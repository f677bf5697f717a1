"""The Organisations page, an organisation's dialog, and the Matches tabs of a person
and a project, driven as an operator would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from deskapp.models import MatchOutcome, Opening, Organisation, ProjectRole
from deskapp.models.enums import ConsentPurpose, LegalBasis, MatchStatus
from deskapp.services import openings, organisations, projects
from deskapp.services.persons import add_skill, create_person, record_consent
from tests.conftest import person_data

TODAY = dt.date.today()


def _welder(db, operator):
    pid = create_person(db, operator, person_data()).id
    add_skill(db, operator, pid, {"description": "Saldatore", "level": "expert"})
    return pid


@pytest.fixture
def shipyard(db, operator):
    org = organisations.create_organisation(
        db,
        operator,
        {"name": "Cantiere Navale Rossi", "kind": "firm", "country": "IT",
         "municipality": "Genova", "sector_code": "30.11"},
        contacts=[{"name": "Marta Rossi", "role": "Titolare"}],
    )  # fmt: skip
    openings.create_opening(
        db, operator, org, {"title": "Saldatore", "skills": "saldatura TIG", "posts": 2}
    )
    return org


def test_organisations_page_searches_and_opens_an_organisation(qtbot, window, db, shipyard):
    window.show_page("organisations")
    page = window.organisations
    qtbot.keyClicks(page.search, "Rossi")
    page.refresh()
    assert page.table.table.rowCount() == 1
    assert page.table.table.item(0, 0).text() == "Cantiere Navale Rossi"
    assert page.table.table.item(0, 6).text() == "1"  # one open opening
    page.table.table.selectRow(0)
    dialog = page.open_organisation()
    assert dialog.contacts.table.item(0, 0).text() == "Marta Rossi"
    assert dialog.openings.table.item(0, 0).text() == "Saldatore"
    page.search.clear()
    qtbot.keyClicks(page.search, "nessuno")
    page.refresh()
    assert page.table.table.rowCount() == 0 and page.table.empty.isVisible()


def test_organisation_form_shows_a_bad_company_number_beside_the_field(qtbot, window, db, shipyard):
    window.show_page("organisations")
    page = window.organisations
    page.refresh()
    page.table.table.selectRow(0)
    dialog = page.open_organisation()
    number = dialog.form.inputs["company_number"]
    number.setText("12345678901")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_of("company_number")
    with db.read() as s:
        assert s.get(Organisation, shipyard).company_number is None
    number.setText("")
    dialog.form.inputs["municipality"].setText("Sestri Levante")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.get(Organisation, shipyard).municipality == "Sestri Levante"


def test_contacts_and_openings_added_from_the_dialog(qtbot, window, db, shipyard):
    window.show_page("organisations")
    page = window.organisations
    page.refresh()
    page.table.table.selectRow(0)
    dialog = page.open_organisation()
    add = dialog.add_contact()
    qtbot.keyClicks(add.form.inputs["name"], "Paolo Neri")
    add.save()
    assert dialog.contacts.table.rowCount() == 2
    new = dialog.new_opening()
    qtbot.keyClicks(new.form.inputs["title"], "Verniciatore")
    new.form.inputs["posts"].setText("0")
    assert not new.save()  # posts must be at least one
    assert new.form.error_of("posts")
    new.form.inputs["posts"].setText("1")
    assert new.save()
    with db.read() as s:
        titles = set(s.scalars(select(Opening.title)))
    assert titles == {"Saldatore", "Verniciatore"}


def test_person_matches_tab_proposes_and_records_a_hire(qtbot, window, db, operator, shipyard):
    pid = _welder(db, operator)
    record = window.open_person(pid)
    panel = record.panels["matches"]
    record.tabs.setCurrentWidget(panel)
    # Without the consent to be proposed, nothing is matched, and the tab says why.
    assert panel.notice.isVisible() and panel.openings.table.rowCount() == 0
    record_consent(
        db, operator, pid,
        {"purpose": ConsentPurpose.PLACEMENT.value, "legal_basis": LegalBasis.CONSENT.value,
         "notice_version": "2025-02", "given_on": TODAY},
    )  # fmt: skip
    panel.refresh()
    assert not panel.notice.isVisible()
    assert panel.openings.table.item(0, 0).text() == "Saldatore"
    assert "Cantiere Navale Rossi" == panel.openings.table.item(0, 1).text()
    assert "Saldatore" in panel.openings.table.item(0, 3).text()  # the reasons
    panel.openings.table.selectRow(0)
    dialog = panel.propose()
    dialog.save()
    assert panel.outcomes.table.rowCount() == 1
    panel.outcomes.table.selectRow(0)
    step = panel.next_step()
    assert step.form.values()["status"] == MatchStatus.CONTACTED.value
    step.form.set_values({"status": MatchStatus.HIRED.value})
    step.save()
    with db.read() as s:
        statuses = list(s.scalars(select(MatchOutcome.status).order_by(MatchOutcome.id)))
        assert statuses == [MatchStatus.PROPOSED, MatchStatus.HIRED]
        assert s.scalar(select(Opening.filled)) == 1


def test_project_matches_tab_keeps_the_roles_and_finds_people(qtbot, window, db, operator):
    pid = _welder(db, operator)
    record_consent(
        db, operator, pid,
        {"purpose": ConsentPurpose.PLACEMENT.value, "legal_basis": LegalBasis.CONSENT.value,
         "notice_version": "2025-02", "given_on": TODAY},
    )  # fmt: skip
    project_id = projects.create_project(
        db, operator, {"title": "Officina Sestri", "kind": "new_cooperative"}
    )
    page = window.open_project(project_id)
    panel = page.panels["matches"]
    page.tabs.setCurrentWidget(panel)
    assert panel.roles.empty.isVisible()
    add = panel.add_role()
    qtbot.keyClicks(add.form.inputs["title"], "Saldatore")
    add.form.inputs["posts"].setText("2")
    assert add.save()
    assert panel.roles.table.item(0, 0).text() == "Saldatore"
    assert panel.people.table.rowCount() == 1
    panel.people.table.selectRow(0)
    panel.propose().save()
    with db.read() as s:
        outcome = s.scalar(select(MatchOutcome))
        assert outcome.person_id == pid and outcome.project_role_id is not None
    panel.roles.table.selectRow(0)
    edit = panel.edit_role()
    edit.form.inputs["posts"].setText("3")
    edit.save()
    with db.read() as s:
        assert s.scalar(select(ProjectRole.posts)) == 3


def test_a_role_of_generic_words_is_said_to_name_no_trade(qtbot, window, db, operator):
    project_id = projects.create_project(
        db, operator, {"title": "Officina Sestri", "kind": "new_cooperative"}
    )
    page = window.open_project(project_id)
    panel = page.panels["matches"]
    page.tabs.setCurrentWidget(panel)
    add = panel.add_role()
    hint = add.no_trade_hint
    assert hint.isHidden()
    qtbot.keyClicks(add.form.inputs["title"], "Operatore")
    assert not hint.isHidden()
    assert "\u201cOperatore\u201d names no trade" in hint.text()
    qtbot.keyClicks(add.form.inputs["skills"], "saldatura")
    assert hint.isHidden()
    add.form.inputs["skills"].clear()
    qtbot.keyClicks(add.form.inputs["skills"], "generico")
    assert not hint.isHidden()
    assert add.save()  # said, not refused: the operator may add the trade later
    panel.roles.table.selectRow(0)
    assert panel.people.empty.isVisible()
    assert "names no trade, so it matches no one" in panel.people.empty.text()


def test_removing_a_role_asks_first(qtbot, window, db, operator, monkeypatch):
    project_id = projects.create_project(
        db, operator, {"title": "Forno", "kind": "new_cooperative"}
    )
    openings.add_project_role(db, operator, project_id, {"title": "Panettiere"})
    page = window.open_project(project_id)
    panel = page.panels["matches"]
    page.tabs.setCurrentWidget(panel)
    panel.roles.table.selectRow(0)
    panel.remove_role()  # the question is answered "Discard" (conftest): nothing removed
    with db.read() as s:
        assert s.scalar(select(ProjectRole.id)) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.roles.table.selectRow(0)
    panel.remove_role()
    with db.read() as s:
        assert s.scalar(select(ProjectRole.id)) is None


def test_a_relation_names_the_other_organisation(qtbot, window, db, operator, shipyard):
    consortium = organisations.create_organisation(
        db, operator, {"name": "Consorzio Nautico Ligure", "kind": "consortium", "country": "IT"}
    )
    window.show_page("organisations")
    page = window.organisations
    page.refresh()
    page.table.select_id(shipyard)
    dialog = page.open_organisation()
    add = dialog.add_relation()
    add.form.set_values({"kind": "supplier_of", "other_id": consortium})
    assert not add.save()  # a supplier is one of a project, said beside the field
    assert add.form.error_of("project_id")
    add.form.set_values({"kind": "member_of"})
    assert add.save()
    assert dialog.relations.table.item(0, 1).text() == "Consorzio Nautico Ligure"


def test_a_relation_finds_the_other_organisation_and_the_project_by_typing(
    qtbot, window, db, operator, shipyard
):
    """No list of every organisation and project: a few letters typed in the field,
    Enter, and the match chosen in the picker."""
    consortium = organisations.create_organisation(
        db, operator, {"name": "Consorzio Nautico Ligure", "kind": "consortium", "country": "IT"}
    )
    organisations.create_organisation(
        db, operator, {"name": "Rete Agroalimentare", "kind": "network", "country": "IT"}
    )
    project = projects.create_project(
        db, operator, {"title": "Officina Sestri", "kind": "new_cooperative"}
    )
    window.show_page("organisations")
    page = window.organisations
    page.refresh()
    page.table.select_id(shipyard)
    dialog = page.open_organisation()
    add = dialog.add_relation()
    other = add.form.inputs["other_id"]
    qtbot.keyClicks(other.text, "nautico")
    qtbot.keyClick(other.text, Qt.Key.Key_Return)
    picker = other.picker
    assert picker.search_box.text() == "nautico"
    # The consortium only: the other network has not the word, the shipyard is this one.
    assert [picker.results.item(i).text() for i in range(picker.results.count())] == [
        "Consorzio Nautico Ligure  \u00b7  Consortium"
    ]
    picker.results.setCurrentRow(0)
    picker.choose()
    assert other.text.text() == "Consorzio Nautico Ligure"
    assert add.form.values()["other_id"] == consortium
    add.form.set_values({"kind": "supplier_of"})
    assert not add.save()  # a supplier is one of a project: say which
    found = add.form.inputs["project_id"]
    qtbot.keyClicks(found.text, "sestri")
    found.choose_button.click()
    found.picker.results.setCurrentRow(0)
    found.picker.choose()
    assert found.text.text() == "Officina Sestri"
    add.form.inputs["other_id"].clear_button.click()
    assert add.form.values()["other_id"] is None
    assert add.save()
    with db.read() as s:
        from deskapp.models import OrganisationRelation

        relation = s.scalar(select(OrganisationRelation))
        assert (relation.project_id, relation.other_id) == (project, None)


def test_the_timeline_shows_the_steps_of_a_proposal(qtbot, window, db, operator, shipyard):
    from deskapp.services import matches
    from deskapp.services.activities import log_activity

    pid = _welder(db, operator)
    record_consent(
        db, operator, pid,
        {"purpose": ConsentPurpose.PLACEMENT.value, "legal_basis": LegalBasis.CONSENT.value,
         "notice_version": "2025-02", "given_on": TODAY - dt.timedelta(days=30)},
    )  # fmt: skip
    with db.read() as s:
        opening_id = s.scalar(select(Opening.id))
    for status, days in ((MatchStatus.PROPOSED, 20), (MatchStatus.HIRED, 2)):
        matches.record_outcome(
            db, operator,
            {"person_id": pid, "opening_id": opening_id, "status": status.value,
             "happened_on": TODAY - dt.timedelta(days=days)},
        )  # fmt: skip
    log_activity(
        db, operator,
        {"person_id": pid, "kind": "interview", "occurred_at": dt.datetime.combine(
            TODAY - dt.timedelta(days=10), dt.time(9, 30)), "duration_minutes": 30},
    )  # fmt: skip
    record = window.open_person(pid)
    table = record.panels["activities"].table
    kinds = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert kinds[0] == "Proposal: Hired" and kinds[2] == "Proposal: Proposed"
    assert table.item(0, 3).text() == "Saldatore - Cantiere Navale Rossi"
