"""The business plan editor, driven as an operator would: typing in the grids, reading
the statements beside them, saving, freezing, comparing, adding approved funding."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt

from deskapp.services import business_plans as bp
from deskapp.services import persons, projects
from deskapp.services.project_record import funding_of
from deskapp.ui.plan_compare import CompareDialog
from deskapp.ui.plan_editor import PlanEditor
from tests.conftest import person_data


@pytest.fixture
def project(db, operator):
    project_id = projects.create_project(
        db,
        operator,
        {"title": "Officine Riunite", "kind": "wbo", "planned_start_date": "2027-03-01"},
    )
    person = persons.create_person(db, operator, person_data()).id
    projects.add_member(
        db,
        operator,
        project_id,
        {
            "person_id": person,
            "role": "worker_member",
            "capital_pledged": "5000",
            "capital_paid": "2500",
        },
    )
    return project_id


@pytest.fixture
def editor(qtbot, db, operator, project, italian):
    widget = PlanEditor(db, operator, project)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def type_row(grid, values: list[str]) -> None:
    """Add a row and type each cell, as with the keyboard."""
    grid.add_row()
    row = grid.table.rowCount() - 1
    for column, text in enumerate(values):
        if text is not None:
            grid.table.item(row, column).setText(text)


def cell(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_typing_recomputes_the_statements_at_once(qtbot, editor, db, project):
    assert not editor.is_modified() and editor.status.text()
    type_row(editor.grids["sales"], ["Pezzi", "50,00", "2000", "10"])
    type_row(editor.grids["staff"], ["Operaio", "2", "30.000,00"])
    type_row(editor.grids["variable_costs"], ["Materiali", "20"])
    type_row(editor.grids["fixed_costs"], ["Affitto", "12.000,00"])
    qtbot.waitUntil(lambda: editor.result is not None and editor.result.expected.pnl[0].revenue > 0)
    pnl = editor.statements.pnl
    # Revenue 50 x 2000; EBITDA 100000 - 20000 - 72000 (no loan, no investment).
    assert cell(pnl, 0, 0) == "100.000,00"
    assert cell(pnl, 0, 1) == "110.000,00"
    assert cell(pnl, 5, 0) == "8.000,00"
    assert editor.is_modified()
    assert editor.save()
    saved = bp.load_plan(db, project)
    assert saved.version == 1 and saved.plan.staff[0].annual_cost == D("30000.00")
    assert not editor.is_modified()


def test_a_refused_cell_turns_red_and_nothing_is_saved(qtbot, editor, db, project):
    type_row(editor.grids["loans"], ["Banca", "10.000,00", "120", "0", "0"])
    editor.recompute()
    loans = editor.grids["loans"].table
    assert loans.item(0, 2).toolTip().endswith("must be at most 100")
    assert "Repayment years" in loans.item(0, 3).toolTip()
    # Refused is not said by the red alone: a sign, and words a screen reader reads.
    assert "warning sign" in editor.message.text()
    assert not loans.item(0, 2).icon().isNull()
    assert (
        loans.item(0, 2)
        .data(Qt.ItemDataRole.AccessibleDescriptionRole)
        .endswith("must be at most 100")
    )
    assert not editor.save()
    assert not bp.load_plan(db, project).saved
    # Correcting the cells brings the figures back.
    loans.item(0, 2).setText("5")
    loans.item(0, 3).setText("3")
    assert editor.recompute() is not None
    assert loans.item(0, 2).toolTip() == ""
    assert loans.item(0, 2).icon().isNull()


def test_warnings_name_the_shortfall_and_lead_to_the_sources(qtbot, editor):
    type_row(editor.grids["investments"], ["Capannone", "90.000,00", "0", "1"])
    editor.recompute()
    texts = [label.text() for label in editor.warnings.labels]
    # Sources: the member's 5,000; uses 90,000.
    assert any("85.000,00" in text for text in texts), texts
    editor.go_to("sources")
    assert editor.inputs.currentWidget() is editor.tab_of["sources"]
    assert editor.statements.currentWidget() is editor.statements.sources


def test_freeze_then_compare_with_the_draft(qtbot, editor, db, project):
    type_row(editor.grids["sales"], ["Pezzi", "10,00", "1000", "0"])
    assert editor.freeze("Presentato a CFI") is not None  # saves first
    assert [v.name for v in bp.list_versions(db, project)] == ["Presentato a CFI"]
    editor.grids["sales"].table.item(0, 2).setText("1500")
    editor.recompute()
    version = bp.list_versions(db, project)[0]
    dialog = editor.compare(version.id)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CompareDialog)
    rows = {dialog.table.verticalHeaderItem(r).text(): r for r in range(dialog.table.rowCount())}
    revenue = rows["2027 Revenue"]
    assert [cell(dialog.table, revenue, c) for c in range(3)] == [
        "15.000,00",
        "10.000,00",
        "5.000,00",
    ]


def test_approved_funding_becomes_a_source(qtbot, editor, db, operator, project):
    projects.add_funding_application(
        db,
        operator,
        project,
        {
            "instrument": "cfi",
            "status": "approved",
            "amount_requested": "10000",
            "amount_granted": "8000",
        },
    )
    application = funding_of(db, project)[0]
    editor._fill_draw_menu()
    assert [a.text() for a in editor.draw_menu.actions()][0].endswith("8.000,00")
    assert editor.draw(application)
    rows = editor.grids["sources"].rows()
    assert rows[0]["funding_application_id"] == application.id
    assert editor.result is not None and editor.result.other_sources == D("8000.00")
    editor._fill_draw_menu()
    assert not editor.draw_menu.actions()[0].isEnabled()  # nothing left to add


def test_the_naspi_advance_is_not_offered_as_a_source(qtbot, editor, db, operator, project):
    # It is inside the worker-member's capital already: the menu says so, greyed out.
    for instrument in ("naspi_advance", "cfi"):
        projects.add_funding_application(
            db,
            operator,
            project,
            {"instrument": instrument, "status": "approved", "amount_granted": "3000"},
        )
    editor._fill_draw_menu()
    cfi, naspi = editor.draw_menu.actions()
    assert cfi.text().startswith("CFI") and cfi.isEnabled()
    assert naspi.text() == (
        "NASpI advance: already in the members' capital (Members and capital tab)"
    )
    assert not naspi.isEnabled()


def test_someone_else_saved_first(qtbot, editor, db, operator, project, monkeypatch):
    plan = bp.load_plan(db, project).plan
    bp.save_plan(db, operator, project, 0, plan)  # another desk saves meanwhile
    type_row(editor.grids["sales"], ["Pezzi", "10,00", "1000", "0"])
    monkeypatch.setattr(editor, "ask_whose_plan", lambda: None)
    assert not editor.save()
    assert "someone else" in editor.message.text()
    assert bp.load_plan(db, project).plan.sales == []  # theirs untouched
    monkeypatch.setattr(editor, "ask_whose_plan", lambda: "mine")
    assert editor.save()
    assert bp.load_plan(db, project).plan.sales[0].product == "Pezzi"


def test_the_project_page_opens_the_plan_in_a_tab(qtbot, window, project):
    page = window.open_project(project)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    editor = window.tabs.currentWidget()
    assert isinstance(editor, PlanEditor) and editor.project_id == project
    assert window.open_plan(project) is editor  # not opened twice


@pytest.mark.parametrize("choice", ["draft", "cancel", "save"])
def test_document_of_unsaved_edits_asks_and_never_saves_silently(
    qtbot, editor, db, project, monkeypatch, choice
):
    from pypdf import PdfReader

    from deskapp.ui import plan_editor

    monkeypatch.setattr(plan_editor, "ask_unsaved_document", lambda _parent: choice)
    type_row(editor.grids["sales"], ["Pezzi", "50,00", "2000", "10"])
    qtbot.waitUntil(lambda: editor.result is not None and editor.result.expected.pnl[0].revenue > 0)
    before = bp.load_plan(db, project).version
    previews = []
    task = editor.print_document(on_ready=previews.append)
    if choice == "cancel":
        assert task is None and editor.is_modified()
        assert bp.load_plan(db, project).version == before
        return
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    [preview] = previews
    text = "".join(page.extract_text() for page in PdfReader(preview.path).pages)
    assert "100.000,00" in text  # what is on screen
    if choice == "draft":
        assert bp.load_plan(db, project).version == before and editor.is_modified()
        assert "non salvata" in text.lower()  # the document says it is not the saved plan
    else:
        assert bp.load_plan(db, project).version == before + 1 and not editor.is_modified()
    preview.close()
