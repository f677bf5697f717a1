"""The installer's smoke test of the frozen window (DESKAPP_SMOKE_PAGES=1, with
--operator and DESKAPP_PASSWORD): every page, a person's record, a project and its
business plan (the charts), the user guide, a person's dossier in the PDF preview and
the printers are opened once in the real window, then deskapp quits with 0; the first
failure prints its traceback (places in the code and exception types, no data) and
quits with 1. It proves that the bundle kept what each screen loads when first used (a
Qt module, a plugin, a data file), which opening the window alone does not show.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize

if TYPE_CHECKING:
    from deskapp.models.database import Database
    from deskapp.services.actor import Actor
    from deskapp.ui.main_window import MainWindow

ENV = "DESKAPP_SMOKE_PAGES"


def visit_every_screen(window: MainWindow, db: Database, actor: Actor) -> None:
    from deskapp.ui.crash import private_traceback

    try:
        _visit(window, db, actor)
    except Exception as exc:  # noqa: BLE001 - the smoke test's verdict
        print(f"smoke test: {private_traceback(exc)}", file=sys.stderr)
        QCoreApplication.exit(1)
        return
    print("smoke test: every screen opened", file=sys.stderr)
    QCoreApplication.exit(0)


def _visit(window: MainWindow, db: Database, actor: Actor) -> None:
    def settle() -> None:
        QCoreApplication.processEvents()

    for key in window.page_titles:
        window.show_page(key)
        settle()
    if not window.people.model.rowCount():
        raise RuntimeError("the registry is empty: the smoke test needs people")
    person_id = window.people.model.person_id(0)
    if person_id is None or window.open_person(person_id) is None:
        raise RuntimeError("no person record opened")
    settle()
    from deskapp.services.project_lists import ProjectFilter, board

    cards = [card for column in board(db, ProjectFilter(), per_stage=1) for card in column.cards]
    if not cards:
        raise RuntimeError("no project: the smoke test needs one")
    if window.open_project(cards[0].id) is None or window.open_plan(cards[0].id) is None:
        raise RuntimeError("no project page or business plan opened")
    settle()
    window.show_help()
    window.show_shortcuts()
    settle()
    _preview_a_dossier(window, db, actor, person_id)
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    QPrinterInfo.availablePrinters()  # Qt's print plugin (CUPS where there is one)
    QPrinter(QPrinter.PrinterMode.HighResolution)


def _preview_a_dossier(window: MainWindow, db: Database, actor: Actor, person_id: int) -> None:
    """A dossier made (ReportLab, the fonts, the translations) and shown in the PDF
    preview (QtPdf), its first page drawn."""
    from deskapp.reports.dossier import person_dossier
    from deskapp.ui.pdf_preview import PdfPreview

    folder = Path(tempfile.mkdtemp(prefix="deskapp-smoke-"))
    try:
        path = folder / "dossier.pdf"
        person_dossier(db, actor, person_id, path)
        preview = PdfPreview(path, path.name, window)  # its folder goes when it closes
        preview.open()
        QCoreApplication.processEvents()
        pages = preview.document.pageCount()
        page = preview.document.render(0, QSize(400, 566))
        preview.reject()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if pages < 1 or page.isNull():
        raise RuntimeError("the PDF preview drew no page")
