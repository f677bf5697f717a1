"""Documents follow the desk that makes them, with a choice where they are made: the
preview's "Document language", the Reports page's row of the same name."""

from __future__ import annotations

from pypdf import PdfReader

from deskapp.services import persons
from tests.conftest import person_data


def _language(path) -> str:  # type: ignore[no-untyped-def]
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_an_italian_dossier_printed_in_french_for_a_partner(qtbot, window, db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    record = window.open_person(mario)
    previews = []
    task = record.print_document(on_ready=previews.append)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    [preview] = previews
    assert preview.language is not None
    assert preview.language.currentData() == ""  # the desk's: no step for the usual case
    assert _language(preview.path) == "it"
    first = preview.path
    preview.language.setCurrentIndex(preview.language.findData("fr"))
    with qtbot.waitSignal(preview.task.done, timeout=20_000):
        pass
    assert preview.path != first and _language(preview.path) == "fr"
    assert preview.page_count() >= 1 and preview.save_button.isEnabled()
    folder = preview.path.parent.parent
    preview.close()
    assert not folder.exists()  # both copies go with the preview


def test_the_coordinator_report_in_another_language(
    qtbot, coordinator_window, db, operator, tmp_path
):
    from openpyxl import load_workbook

    persons.create_person(db, operator, person_data(first_contact_date="03/03/2026"))
    page = coordinator_window.reports
    page.date_from.setText("01/01/2026")
    page.date_to.setText("31/10/2026")
    page.scope.setCurrentIndex(page.scope.findText("Desk: Antenna Genova"))
    page.report_language.setCurrentIndex(page.report_language.findData("en"))
    task = page.export_report(tmp_path / "figures.xlsx")
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    sheets = load_workbook(tmp_path / "figures.xlsx").sheetnames
    assert "Gender" in sheets and "Genere" not in sheets


def test_the_reports_page_says_where_many_participants_went(
    qtbot, coordinator_window, db, operator, tmp_path, monkeypatch
):
    """Above the sheet's size the participants go to a CSV beside the workbook; the page
    says so where it says the workbook was written."""
    from deskapp.reports import indicators_report

    monkeypatch.setattr(indicators_report, "PARTICIPANT_SHEET_ROWS", 1)
    for given in ("Anna", "Bruna"):
        persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale="",
                given_name=given,
                sex="F",
                birth_date="02/03/1975",
                first_contact_date="03/03/2026",
            ),
        )
    page = coordinator_window.reports
    page.date_from.setText("01/01/2026")
    page.date_to.setText("31/10/2026")
    task = page.export_report(tmp_path / "figures.xlsx")
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    beside = tmp_path / "figures-participants.csv"
    assert beside.exists()
    assert str(beside) in page.result.text()
