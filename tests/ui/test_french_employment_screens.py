"""The French desk's screens for employment and capital (issue 14): France Travail on the
person form, ARCE and ARE on the members tab, the French catalogue, the SCOP warnings
of the business plan."""

from __future__ import annotations

import os
from decimal import Decimal as D

import pytest

from deskapp.models.enums import FranceTravailCategory, UnemploymentRightsUse
from deskapp.services import persons, projects
from deskapp.services.actor import resolve_actor
from deskapp.services.organisation import create_desk, create_operator
from deskapp.services.project_record import members_of
from deskapp.ui.person_form import PersonForm
from deskapp.ui.plan_editor import PlanEditor
from deskapp.ui.project_panels import MembersPanel

CONSENT = {"legal_basis": "public_task", "notice_version": "2026-01", "given_on": "02/11/2026"}
# Set DESKAPP_SHOTS to a folder to keep the screens drawn here, to look at them.
SHOTS = os.environ.get("DESKAPP_SHOTS")


def _shoot(widget, name: str) -> None:
    if SHOTS:
        widget.resize(1100, 700)
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


@pytest.fixture
def french(db, admin):
    desk = create_desk(
        db, admin, {"name": "Antenne Ajaccio", "region": "corse", "country": "FR", "language": "fr"}
    )
    create_operator(
        db,
        admin,
        {"name": "Paul Santoni", "role": "coordinator", "desk_id": desk},
        "Tramonto-sul-molo",
    )
    return resolve_actor(db, "Paul Santoni")


def _person(db, actor, given: str, **extra: object) -> int:
    data = {
        "given_name": given,
        "family_name": "Santoni",
        "sex": "F",
        "birth_date": "01/02/1984",
        "employment_status": "laid_off",
        "first_contact_date": "02/11/2026",
        "consent": CONSENT,
        **extra,
    }
    return persons.create_person(db, actor, data).id


def test_a_french_desk_records_the_france_travail_registration(qtbot, db, french, operator):
    form = PersonForm(db, french)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.inputs["family_name"], "Santoni")
    qtbot.keyClicks(form.inputs["given_name"], "Maria")
    form.inputs["sex"].setCurrentIndex(form.inputs["sex"].findData("F"))
    qtbot.keyClicks(form.inputs["birth_date"], "01/02/1984")
    form.inputs["employment_status"].setCurrentIndex(
        form.inputs["employment_status"].findData("unemployed")
    )
    qtbot.keyClicks(form.inputs["france_travail_registered_on"], "01/01/2099")
    box = form.inputs["france_travail_category"]
    box.setCurrentIndex(box.findData("B"))
    legal = form.inputs["consent.legal_basis"]
    legal.setCurrentIndex(legal.findData("public_task"))
    qtbot.keyClicks(form.inputs["consent.notice_version"], "2026-01")
    assert not form.save()
    assert form.errors["france_travail_registered_on"].text().endswith("cannot be in the future")
    form.inputs["france_travail_registered_on"].clear()
    qtbot.keyClicks(form.inputs["france_travail_registered_on"], "15/09/2026")
    assert form.save()
    person = persons.get_person(db, form.person_id)
    assert person.france_travail_category is FranceTravailCategory.B
    assert person.france_travail_registered_on.isoformat() == "2026-09-15"
    _shoot(form, "person-form-fr")

    italian = PersonForm(db, operator)  # an Italian desk: no France Travail there
    qtbot.addWidget(italian)
    assert "france_travail_category" not in italian.inputs


def test_french_members_show_arce_and_are_not_tfr(qtbot, db, french):
    project = projects.create_project(
        db, french, {"title": "Verrerie", "kind": "wbo", "planned_legal_form": "scop_sarl"}
    )
    lucie = _person(db, french, "Lucie")
    marc = _person(db, french, "Marc")
    for person in (lucie, marc):
        projects.add_member(
            db,
            french,
            project,
            {"person_id": person, "role": "worker_member", "capital_pledged": "8000"},
        )
    panel = MembersPanel(db, french, project, projects.get_project(db, project).kind)
    qtbot.addWidget(panel)
    panel.refresh()
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    assert headers[4:] == ["from ARCE", "ARE kept monthly"]
    assert not any("TFR" in h or "NASpI" in h for h in headers)

    rows = {m.person_name: m for m in members_of(db, project)}
    panel.table.selectRow(sorted(rows).index("Santoni Lucie"))
    dialog = panel.edit_member()
    qtbot.addWidget(dialog)
    inputs = dialog.form.inputs
    assert "tfr_part" not in inputs and "naspi_part" not in inputs
    inputs["unemployment_rights_use"].setCurrentIndex(
        inputs["unemployment_rights_use"].findData("arce")
    )
    inputs["arce_part"].setText("6.000,00")
    dialog.save()
    panel.table.selectRow(sorted(rows).index("Santoni Marc"))
    dialog = panel.edit_member()
    qtbot.addWidget(dialog)
    inputs = dialog.form.inputs
    inputs["unemployment_rights_use"].setCurrentIndex(
        inputs["unemployment_rights_use"].findData("are_monthly")
    )
    inputs["are_monthly_amount"].setText("1.200,00")
    inputs["are_months_left"].setText("14")
    dialog.save()
    saved = {m.person_name: m for m in members_of(db, project)}
    assert saved["Santoni Lucie"].unemployment_rights_use is UnemploymentRightsUse.ARCE
    assert saved["Santoni Lucie"].arce_part == D("6000.00")
    assert saved["Santoni Marc"].are_months_left == 14
    texts = [panel.table.item(r, 5).text() for r in range(panel.table.rowCount())]
    assert any("14" in t and "1" in t for t in texts)  # the monthly ARE and months left
    assert "ARCE" in panel.footer.text()
    _shoot(panel, "members-fr")

    editor = PlanEditor(db, french, project)
    qtbot.addWidget(editor)
    sources = editor.statements.sources
    labels = [sources.verticalHeaderItem(r).text() for r in range(sources.rowCount())]
    assert any("of which from ARCE" in label for label in labels)
    assert not any("TFR" in label for label in labels)
    assert "ARCE EUR 6" in editor.members_note.text()
    assert "TFR" not in editor.members_note.text()
    # Two worker-members, nobody else: every SCOP rule holds, no SCOP warning.
    assert not [w for w in editor.result.warnings if w.topic == "scop"]


def test_scop_warnings_in_words_above_the_plan(qtbot, db, french):
    project = projects.create_project(
        db, french, {"title": "Verrerie", "kind": "wbo", "planned_legal_form": "scop_sa"}
    )
    for given, role, amount in (
        ("Lucie", "worker_member", "2000"),
        ("Marc", "worker_member", "2000"),
        ("Léa", "worker_member", "2000"),
        ("Jean", "financing_member", "4500"),
        ("Anne", "financing_member", "4500"),
    ):
        projects.add_member(
            db,
            french,
            project,
            {"person_id": _person(db, french, given), "role": role, "capital_pledged": amount},
        )
    editor = PlanEditor(db, french, project)
    qtbot.addWidget(editor)
    editor.show()
    shown = [label.text() for label in editor.warnings.labels]
    assert any(
        "Employee-members hold 40% of the capital (EUR 6" in text and "at least 51%" in text
        for text in shown
    )
    assert any("Employee-members: 3; a SCOP SA needs at least 7." in text for text in shown)
    page = editor.statements.indexOf(editor.statements.cfi.parentWidget())
    assert editor.statements.isTabVisible(page)
    assert editor.statements.tabText(page) == "SCOP"
    _shoot(editor, "plan-scop-fr")
