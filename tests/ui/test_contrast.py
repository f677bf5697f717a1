"""Colours that read: the WCAG 2.1 AA contrast ratio (4.5:1 for text) of each colour
pair the screens draw, measured on what the widgets actually hold, on a light palette
(Fusion's own) and on a dark one (like Windows' dark mode)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from deskapp.models.enums import Stage
from deskapp.services.project_lists import STAGE_COLOURS, ProjectCard

AA = 4.5
# Windows' dark mode, roughly, as the screenshots script draws it.
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
}


def contrast(first, second) -> float:
    """WCAG 2.1's contrast ratio (relative luminance of sRGB), worked out here."""

    def luminance(colour) -> float:
        c = QColor(colour)

        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())

    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_the_contrast_formula_is_wcags():
    from deskapp.ui import colours

    # WCAG's own examples, and the app's formula agrees with this one.
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert colours.contrast("#c62828", "#2b2b2b") == pytest.approx(contrast("#c62828", "#2b2b2b"))
    for role, colour in DARK.items():
        assert colours.dark_palette().color(role).name() == colour


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    """The application's palette, light or dark, for the length of one test."""
    before = QApplication.palette()
    if request.param == "dark":
        dark = QPalette()
        for role, colour in DARK.items():
            dark.setColor(role, QColor(colour))
        QApplication.setPalette(dark)
    else:
        QApplication.setPalette(QApplication.style().standardPalette())
    yield QApplication.palette()
    QApplication.setPalette(before)


def _style_colour(style: str, what: str = "color") -> str:
    found = re.search(rf"(?<![-\w]){what}:\s*(#[0-9a-fA-F]{{6}})", style)
    assert found, style
    return found.group(1)


def _window(palette: QPalette):
    return palette.color(QPalette.ColorRole.Window)


def _rows(palette: QPalette):
    return [palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.AlternateBase)]


def test_red_messages_and_hints_read_on_the_window(palette):
    from deskapp.ui.colours import error_style, hint_style

    for style in (error_style(), hint_style()):
        assert contrast(_style_colour(style), _window(palette)) >= AA, style
    # The labels the screens put beside fields carry that style.
    from deskapp.ui.field_form import message_label

    label = message_label()
    assert contrast(_style_colour(label.styleSheet()), _window(palette)) >= AA


@pytest.mark.parametrize("stage", list(Stage))
def test_stage_headers_and_badges_read(qtbot, stage):
    from deskapp.ui.project_page import stage_badge_style
    from deskapp.ui.projects_page import StageColumn

    column = StageColumn(stage)
    qtbot.addWidget(column)
    style = column.header.styleSheet()
    assert _style_colour(style, "background") == STAGE_COLOURS[stage]
    assert contrast(_style_colour(style, "background"), _style_colour(style)) >= AA
    badge = stage_badge_style(stage)
    assert contrast(_style_colour(badge, "background"), _style_colour(badge)) >= AA


def test_board_cards_and_overdue_read_in_every_column(qtbot, palette):
    from deskapp.models.enums import ProjectKind
    from deskapp.ui.projects_page import StageColumn

    yesterday = dt.date.today() - dt.timedelta(days=1)
    for stage in Stage:
        column = StageColumn(stage)
        qtbot.addWidget(column)
        cards = [
            ProjectCard(
                1, 1, "Officine", ProjectKind.WBO, stage, "25", "Genova", "Anna", 3, yesterday, ""
            ),
            ProjectCard(2, 1, "Coop", ProjectKind.WBO, stage, "25", "Genova", "Anna", 2, None, ""),
        ]
        column.show_cards(cards, 2)
        overdue, plain = column.cards.item(0), column.cards.item(1)
        # Overdue is said in words on the card, and its red reads on the card.
        assert "Overdue" in overdue.text() or "Scadut" in overdue.text()
        for item in (overdue, plain):
            ground = item.background().color()
            assert contrast(item.foreground().color(), ground) >= AA, (stage, item.text())


def test_overdue_and_muted_rows_read_in_tables(qtbot, palette):
    from deskapp.ui.accounts_panel import LOCKED_COLOUR, SWITCHED_OFF_COLOUR
    from deskapp.ui.catalogue_panel import PAST_COLOUR
    from deskapp.ui.panels import OVERDUE_COLOUR, TablePanel

    panel = TablePanel(["Due", "State"])
    qtbot.addWidget(panel)
    colours = [OVERDUE_COLOUR, LOCKED_COLOUR, SWITCHED_OFF_COLOUR, PAST_COLOUR]
    panel.set_rows([(n, ["01/01/2026", "x"]) for n in range(len(colours))], colours=colours)
    for row in range(len(colours)):
        text = panel.table.item(row, 0).foreground().color()
        for ground in _rows(palette):
            assert contrast(text, ground) >= AA, colours[row]


def test_stage_cells_in_lists_read(qtbot, palette):
    from deskapp.ui.panels import TablePanel

    panel = TablePanel(["Title", "Stage"])
    qtbot.addWidget(panel)
    panel.set_rows(
        [(n, ["P", stage.value]) for n, stage in enumerate(Stage)],
        colours=[STAGE_COLOURS[s] for s in Stage],
        colour_column=1,
    )
    for row in range(len(Stage)):
        item = panel.table.item(row, 1)
        assert contrast(item.foreground().color(), item.background().color()) >= AA


def test_negative_figures_and_stage_headings_read(qtbot, palette):
    from decimal import Decimal

    from deskapp.ui.plan_statements import StatementTable

    table = StatementTable()
    qtbot.addWidget(table)
    table.show_rows(["2027"], [("Net result", [Decimal("-1500")], True)])
    red = table.item(0, 0).foreground().color()
    assert table.item(0, 0).text().startswith("-")  # the minus sign says it, not the red
    for ground in _rows(palette):
        assert contrast(red, ground) >= AA


def test_checklist_stage_headings_read(qtbot, palette, db, operator):
    from deskapp.services import projects
    from deskapp.ui.project_panels import ChecklistPanel

    pid = projects.create_project(db, operator, {"title": "Officine", "kind": "wbo"})
    panel = ChecklistPanel(db, operator, pid)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.tree.topLevelItemCount() >= 3
    for index in range(panel.tree.topLevelItemCount()):
        heading = panel.tree.topLevelItem(index)
        for ground in _rows(palette):
            assert contrast(heading.foreground(0).color(), ground) >= AA, heading.text(0)


def test_refused_plan_cells_read_and_say_so(qtbot, palette):
    from PySide6.QtCore import Qt

    from deskapp.models.plan_schemas import LoanLine
    from deskapp.ui.plan_grid import Column, LineGrid

    grid = LineGrid(LoanLine, [Column("lender"), Column("rate", "number")], "Add loan")
    qtbot.addWidget(grid)
    grid.set_rows([{"lender": "Banca", "rate": "120"}])
    grid.show_errors({(0, "rate"): "Annual rate: must be at most 100"})
    cell = grid.table.item(0, 1)
    assert contrast(cell.foreground().color(), cell.background().color()) >= AA
    assert not cell.icon().isNull()
    assert cell.data(Qt.ItemDataRole.AccessibleDescriptionRole).endswith("at most 100")


def test_plan_warnings_and_cfi_marks_read(qtbot, palette):
    from deskapp.ui.plan_warnings import WARNING_STYLE

    assert contrast(_style_colour(WARNING_STYLE, "background"), _style_colour(WARNING_STYLE)) >= AA
    # The CFI conditions' marks (a tick or a cross, and their colour) on the window.
    from deskapp.ui.colours import GOOD, NEGATIVE, window_text

    for colour in (GOOD, NEGATIVE):
        assert contrast(window_text(colour), _window(palette)) >= AA


def test_label_colours_are_what_the_style_says(qtbot, palette):
    from deskapp.ui.colours import error_style

    # The style sheet colour is the one drawn: a label with error_style() paints it.
    label = QLabel("x")
    qtbot.addWidget(label)
    label.setStyleSheet(error_style())
    label.ensurePolished()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == _style_colour(
        error_style()
    )
