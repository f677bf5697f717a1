"""On a 1366x768 laptop every page fits and every dialog's buttons are on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from deskapp.services import persons, projects
from deskapp.ui.i18n import install_translators
from deskapp.ui.pdf_preview import PdfPreview
from deskapp.ui.screen_fit import available
from tests.conftest import person_data
from tests.ui.conftest import _open_window

LAPTOP_WIDTH = 1366 - 16  # the screen less the window's frame


@pytest.mark.parametrize("language", ["it", "fr"])
def test_every_page_and_record_fits_a_laptop_screen(qtbot, db, db_path, operator, language):
    translators = install_translators(QCoreApplication.instance(), language)
    try:
        window = _open_window(qtbot, db, db_path, operator)
        person = persons.create_person(db, operator, person_data()).id
        project = projects.create_project(db, operator, {"title": "Officine", "kind": "wbo"})
        for key in window.page_titles:
            window.page(key)
        window.open_person(person)
        window.open_project(project)
        window.open_plan(project)
        window.new_person()
        too_large = {}
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(1)
            hint = window.tabs.widget(index).minimumSizeHint()
            # The screen less the frame; the height less the task bar, title, menus,
            # tab bar and status bar.
            if hint.width() > LAPTOP_WIDTH or hint.height() > 768 - 40 - 30 - 90:
                too_large[window.tabs.tabText(index)] = (hint.width(), hint.height())
        assert too_large == {}
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
        assert window.minimumSizeHint().height() <= 768 - 40 - 30
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_window_and_preview_open_within_the_screen(qtbot, db, db_path, operator, tmp_path):
    window = _open_window(qtbot, db, db_path, operator)
    assert available(window).contains(window.frameGeometry())
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "page.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(100, 700, "deskapp")
    canvas.save()
    preview = PdfPreview(pdf, "page.pdf")
    qtbot.addWidget(preview)
    preview.show()
    area = available(preview)
    assert preview.frameGeometry().height() <= area.height()
    assert area.contains(preview.save_button.mapToGlobal(preview.save_button.rect().bottomRight()))
