"""Never lose work, never freeze: stale saves, long work off the GUI thread with
cancel, unexpected errors shown and logged, and the bundled user guide."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from deskapp.services import persons, projects
from deskapp.services.persons import count_persons
from deskapp.services.project_record import project_record
from deskapp.ui import conflict_dialog
from deskapp.ui.crash import install_excepthook
from tests.conftest import person_data


def _answer_conflict(monkeypatch, choice, seen):
    def exec_(dialog):
        seen.append(
            [
                tuple(dialog.table.item(r, c).text() for c in range(3))
                for r in range(dialog.table.rowCount())
            ]
        )
        dialog.choice = choice
        return 1

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)


@pytest.mark.parametrize("choice", [conflict_dialog.KEEP_MINE, conflict_dialog.TAKE_THEIRS])
def test_stale_person_save_shows_both_versions(qtbot, window, db, operator, monkeypatch, choice):
    mario = persons.create_person(db, operator, person_data()).id
    form = window.open_person(mario).form
    # Meanwhile, a colleague changes the municipality and saves.
    data = persons.person_as_input(persons.get_person(db, mario))
    data["municipality"] = "Genova Pegli"
    persons.update_person(db, operator, mario, 1, data)
    form.inputs["municipality"].setText("")
    qtbot.keyClicks(form.inputs["municipality"], "Savona")
    seen = []
    _answer_conflict(monkeypatch, choice, seen)
    saved = form.save()
    assert seen == [[("Municipality", "Savona", "Genova Pegli")]]
    municipality = persons.get_person(db, mario).municipality
    if choice == conflict_dialog.KEEP_MINE:
        assert saved and municipality == "Savona"
    else:
        assert not saved and municipality == "Genova Pegli"
        assert form.inputs["municipality"].text() == "Genova Pegli"
        assert not form.is_modified()


def test_stale_project_save_cancelled_keeps_the_edit_on_screen(
    qtbot, window, db, operator, monkeypatch
):
    pid = projects.create_project(db, operator, {"title": "Officine", "kind": "wbo"})
    page = window.open_project(pid)
    projects.update_project(db, operator, pid, 1, {"title": "Officine Riunite", "kind": "wbo"})
    page.form.inputs["title"].setText("Officine Nuove")
    seen = []
    _answer_conflict(monkeypatch, None, seen)
    assert not page.save()
    assert seen == [[("Project title", "Officine Nuove", "Officine Riunite")]]
    assert project_record(db, pid).values["title"] == "Officine Riunite"
    assert page.form.inputs["title"].text() == "Officine Nuove"  # nothing lost
    assert "someone else" in page.message.text()


def test_export_runs_in_the_background(qtbot, coordinator_window, db, operator, tmp_path):
    persons.create_person(db, operator, person_data())
    target = tmp_path / "persone.xlsx"
    task = coordinator_window.reports.export(target)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert target.exists()
    assert "1 rows exported" in coordinator_window.reports.result.text()


def _people_file(tmp_path):
    source = tmp_path / "people.csv"
    source.write_text(
        "family_name,given_name,sex,birth_date,employment_status,consent_legal_basis,"
        "consent_notice_version\n"
        + "".join(
            f"Rossi,Nome{n},M,1980-01-{n % 28 + 1:02d},unemployed,public_task,2026-01\n"
            for n in range(50)
        ),
        encoding="utf-8",
    )
    return source


def test_import_runs_in_the_background(qtbot, coordinator_window, db, operator, tmp_path):
    task = coordinator_window.reports.import_people(_people_file(tmp_path))
    with qtbot.waitSignal(task.done, timeout=60_000):
        pass
    assert count_persons(db) == 50
    assert "50 people imported" in coordinator_window.reports.result.text()


def test_cancelled_import_writes_nothing(qtbot, coordinator_window, db, operator, tmp_path):
    task = coordinator_window.reports.import_people(_people_file(tmp_path))
    task.cancel()  # before the first progress report: the work stops there
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert count_persons(db) == 0
    assert "Cancelled" in coordinator_window.reports.result.text()


def test_backup_from_settings_in_the_background(qtbot, admin_window, window, tmp_path):
    target = tmp_path / "copia.sqlite"
    assert window.settings.back_up(target) is None  # an operator's window: not theirs
    task = admin_window.settings.back_up(target)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert target.exists() and "checked" in admin_window.settings.result.text()


def test_unexpected_error_is_shown_logged_and_the_app_goes_on(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    previous = sys.excepthook
    log_file = tmp_path / "logs" / "deskapp.log"
    try:
        install_excepthook(log_file)
        try:
            raise ZeroDivisionError("division by zero in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and "division by zero in a slot" in shown[0] and str(log_file) in shown[0]
    text = Path(log_file).read_text(encoding="utf-8")
    assert "ZeroDivisionError" in text and "Traceback" in text


def test_user_guide_opens_offline_with_pictures(qtbot, window):
    help_window = window.show_help()
    text = help_window.browser.toPlainText()
    assert "Ctrl+F" in text and len(text) > 2000
    html = help_window.browser.toHtml()
    assert "img" in html
    for name in ("people.png", "projects-board.png", "agenda.png"):
        assert (Path(help_window.browser.source().toLocalFile()).parent / "img" / name).exists()


def test_language_setting_is_remembered(qtbot, window, db, operator):
    """The operator's own language, on their account (any PC, the command line); this
    PC's login dialog speaks it too."""
    from deskapp.services.operator_accounts import reading_languages

    combo = window.settings.language
    combo.setCurrentIndex(combo.findData("fr"))
    assert reading_languages(db, operator.operator_id) == ("fr", "it")
    assert QSettings().value("ui/language") == "fr"
    assert window.settings.language_note.text()
    combo.setCurrentIndex(combo.findData(""))  # back to the desk's
    assert reading_languages(db, operator.operator_id) == (None, "it")
    assert QSettings().value("ui/language") == "it"


def test_number_shortcuts_switch_pages(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.agenda
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.projects


def test_dossier_preview_from_the_person_page(qtbot, window, db, operator, tmp_path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    mario = persons.create_person(db, operator, person_data()).id
    record = window.open_person(mario)
    previews = []
    task = record.print_document(on_ready=previews.append)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    [preview] = previews
    assert preview.page_count() >= 1
    saved = preview.save_as(tmp_path / "copia.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert str(saved) in preview.saved_label.text()  # the operator is told where it went
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # printing to a PDF file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    temporary = preview.path
    preview.close()
    assert not temporary.exists()  # the personal data does not stay in the temp folder


def test_coordinator_report_from_the_reports_page(
    qtbot, coordinator_window, db, operator, tmp_path
):
    from openpyxl import load_workbook

    persons.create_person(db, operator, person_data(first_contact_date="03/03/2026"))
    page = coordinator_window.reports
    page.date_from.setText("31/12/2026")
    page.date_to.setText("01/01/2026")
    assert page.export_report(tmp_path / "x.xlsx") is None
    assert "ends before it starts" in page.result.text()
    page.date_from.setText("01/01/2026")
    page.date_to.setText("31/10/2026")
    page.scope.setCurrentIndex(page.scope.findText("Desk: Antenna Genova"))
    task = page.export_report(tmp_path / "figures.xlsx")
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert "Figures of 1 participants written to" in page.result.text()
    # Written in the desk's language (Italian), whatever the screen's.
    assert "Genere" in load_workbook(tmp_path / "figures.xlsx").sheetnames
    previews = []
    task = page.preview_report(on_ready=previews.append)
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert previews and previews[0].page_count() >= 2
    previews[0].close()


def test_desk_logo_chosen_in_settings_is_on_the_documents(
    qtbot, window, db, operator, tmp_path, monkeypatch
):
    from pypdf import PdfReader
    from PySide6.QtGui import QColor, QImage

    from deskapp.reports.dossier import person_dossier

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # not the real user folder
    source = tmp_path / "logo.png"
    image = QImage(1200, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b998b"))
    assert image.save(str(source))
    not_an_image = tmp_path / "logo.txt"
    not_an_image.write_text("no")
    settings = window.settings
    assert not settings.choose_logo(not_an_image)
    assert "not an image" in settings.result.text()
    assert settings.choose_logo(source)
    assert not settings.logo_preview.pixmap().isNull()
    mario = persons.create_person(db, operator, person_data()).id
    pdf = person_dossier(db, operator, mario, tmp_path / "dossier.pdf")
    assert len(PdfReader(str(pdf)).pages[0].images) == 1
    settings.remove_logo()
    pdf = person_dossier(db, operator, mario, tmp_path / "dossier2.pdf")
    assert len(PdfReader(str(pdf)).pages[0].images) == 0
