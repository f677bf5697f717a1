"""The Projects screen: a pipeline board by stage, and a list, over the same filters.

A card dragged to another column asks the service; the dialog says what the stage
gate needs when it refuses. Nothing moves on screen until the database says it moved.
The keyboard does what the mouse does: Tab reaches a column, the arrows choose a card
(Left and Right go to the next column), Enter opens it, the Menu key (or Shift+F10)
opens its menu with "Move to", and Ctrl+Right / Ctrl+Left open the same move dialog
the drag opens for the next or the previous stage.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QContextMenuEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.database import Database
from deskapp.models.enums import ProjectKind, Stage
from deskapp.services.actor import Actor
from deskapp.services.organisation import list_desks, list_operators
from deskapp.services.project_lists import (
    STAGE_COLOURS,
    ProjectCard,
    ProjectFilter,
    board,
    project_list,
)
from deskapp.ui.accessibility import announce, search_box
from deskapp.ui.colours import ALERT, readable, stage_label_style
from deskapp.ui.filters import enum_filter, filter_combo
from deskapp.ui.flow_layout import flow_row
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label
from deskapp.ui.move_dialog import MoveStageDialog
from deskapp.ui.panels import TablePanel, tint
from deskapp.ui.screen_fit import scrolling_layout

CARDS_PER_COLUMN = 100
LIST_LIMIT = 1000
PROJECT_ID = Qt.ItemDataRole.UserRole
CARD_CHARS = 26  # characters per line of a card, for a column about 190 pixels wide
CARD_TINT = 0.22
# The stages a project goes through in order: Ctrl+Right moves a card one step on.
FLOW = [stage for stage in Stage if stage is not Stage.ABANDONED]


def next_stage(stage: Stage, step: int) -> Stage | None:
    """The stage ``step`` places after (or before) ``stage`` in the flow, if any."""
    if stage not in FLOW:
        return None
    index = FLOW.index(stage) + step
    return FLOW[index] if 0 <= index < len(FLOW) else None


class StageColumn(QWidget):
    """One stage: a coloured header with the count, and the cards as a list."""

    dropped = Signal(int, object)  # project id, target stage
    activated = Signal(int)
    menu_requested = Signal(int, QPoint)
    step_requested = Signal(int, int)  # project id, +1 next stage / -1 previous stage
    neighbour_requested = Signal(object, int)  # this stage, -1 left / +1 right

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.header = QLabel()
        # The stage's colour with the text colour that reads on it (WCAG 4.5:1).
        self.header.setStyleSheet(stage_label_style(stage, "padding: 4px; border-radius: 3px;"))
        self.cards = _CardList(self)
        # The header names the column for a screen reader ("Idea (3)").
        self.header.setBuddy(self.cards)
        self.cards.setAccessibleDescription(
            self.tr(
                "Enter opens the project; the Menu key or Shift+F10 opens its menu (Move "
                "to); Ctrl+Right and Ctrl+Left move it to the next or the previous stage; "
                "Left and Right go to the next column."
            )
        )
        self.more = QLabel()
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more)
        self.setMinimumWidth(190)
        self.cards.itemActivated.connect(lambda item: self.activated.emit(item.data(PROJECT_ID)))

    def current_id(self) -> int | None:
        item = self.cards.currentItem()
        return None if item is None else item.data(PROJECT_ID)

    def select(self, project_id: int) -> bool:
        for row in range(self.cards.count()):
            if self.cards.item(row).data(PROJECT_ID) == project_id:
                self.cards.setCurrentRow(row)
                return True
        return False

    def show_cards(self, cards: list[ProjectCard], total: int) -> None:
        # "Intake (1,234)": one space, the count as the locale writes it.
        self.header.setText(f"{enum_label(self.stage)} ({QLocale().toString(total)})")
        current = self.current_id()
        self.cards.clear()
        background = tint(STAGE_COLOURS[self.stage], CARD_TINT)
        # Overdue in a red that reads on this column's cards; the card says it in words.
        overdue_colour = readable(ALERT, background)
        today = dt.date.today()
        kinds: dict[ProjectKind, list[str]] = {}
        for card in cards:
            if card.kind not in kinds:
                kinds[card.kind] = _wrapped(enum_label(card.kind))
            # Lines wrapped here, not by the view: a view that wraps measures the items
            # at one width and draws them at another, and cuts the last lines.
            lines = [
                *_wrapped(card.title),
                *kinds[card.kind],
                self.tr("%Ln members", "", card.members),
                card.desk,
            ]
            overdue = card.next_follow_up is not None and card.next_follow_up < today
            if card.next_follow_up and overdue:
                lines.append(self.tr("Overdue: %1").replace("%1", format_date(card.next_follow_up)))
            elif card.next_follow_up:
                lines.append(self.tr("Next: %1").replace("%1", format_date(card.next_follow_up)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(PROJECT_ID, card.id)
            item.setToolTip(card.next_action or card.title)
            item.setForeground(QBrush(overdue_colour if overdue else QColor("#000000")))
            item.setBackground(QBrush(background))
            self.cards.addItem(item)
        if current is not None:
            self.select(current)
        hidden = total - len(cards)
        self.more.setText(
            self.tr("%Ln more: narrow the filters or use the list.", "", hidden) if hidden else ""
        )
        self.more.setVisible(hidden > 0)


def _wrapped(text: str) -> list[str]:
    """``textwrap.wrap(text, CARD_CHARS)``, without its cost for the short one-line texts
    most titles are (a board of 900 cards spent a third of its time wrapping)."""
    if 0 < len(text) <= CARD_CHARS and text.isprintable() and text == text.strip():
        return [text]
    return textwrap.wrap(text, CARD_CHARS)


class _CardList(QListWidget):
    """A column's cards. A drop asks the board to move the project; the list itself
    never moves the item (the board reloads from the database after the move)."""

    def __init__(self, column: StageColumn) -> None:
        super().__init__(column)
        self._column = column
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(3)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setIconSize(QSize(0, 0))
        # Cards are measured again when the column changes width: never cut a line.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        source = event.source()
        if isinstance(source, _CardList) and source is not self:
            item = source.currentItem()
            if item is not None:
                self._column.dropped.emit(item.data(PROJECT_ID), self._column.stage)
        event.ignore()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            item = self.itemAt(self.viewport().mapFromGlobal(event.globalPos()))
            if item is not None:
                self.setCurrentItem(item)
                self._column.menu_requested.emit(item.data(PROJECT_ID), event.globalPos())
                return
        self.open_menu()

    def open_menu(self) -> bool:
        """The focused card's menu, beside the card (the Menu key, Shift+F10)."""
        item = self.currentItem()
        if item is None:
            return False
        rect = self.visualItemRect(item)
        where = self.viewport().mapToGlobal(rect.center())
        self._column.menu_requested.emit(item.data(PROJECT_ID), where)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        item = self.currentItem()
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods == shift):
            if self.open_menu():
                return
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            if mods == ctrl and item is not None:
                self._column.step_requested.emit(item.data(PROJECT_ID), step)
                return
            if mods == Qt.KeyboardModifier.NoModifier:
                self._column.neighbour_requested.emit(self._column.stage, step)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().focusInEvent(event)
        # A column reached with Tab has a card chosen at once: the arrows and the Menu
        # key act on it, and the screen reader says which.
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)


class ProjectsPage(QWidget):
    project_activated = Signal(int)
    new_project_requested = Signal()

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._cards: dict[int, ProjectCard] = {}
        self._sort = "next"

        self.search_box = search_box(
            self.tr("Words of the title or origin company..."), self.tr("Search projects")
        )
        self.desk_filter = filter_combo(
            self.tr("All desks"), [(d.name, d.id) for d in list_desks(db)], self.tr("Desk")
        )
        if actor is not None:  # an operator starts on their own desk's projects
            self.desk_filter.setCurrentIndex(self.desk_filter.findData(actor.desk_id))
        self.kind_filter = enum_filter(self.tr("Any kind"), ProjectKind, self.tr("Kind"))
        self.stage_filter = enum_filter(self.tr("Any stage"), Stage, self.tr("Stage"))
        self.sector_filter = search_box(self.tr("Sector code, e.g. 25"), self.tr("Sector code"))
        self.sector_filter.setMaximumWidth(170)
        self.operator_filter = filter_combo(
            self.tr("Any lead operator"),
            [(o.name, o.id) for o in list_operators(db)],
            self.tr("Lead operator"),
        )
        self.new_button = QPushButton(self.tr("New project"))
        self.new_button.clicked.connect(self.new_project_requested)
        # The filters wrap onto more rows on a narrow window (200% scaling, a large
        # font) rather than widen the window past the screen.
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        filters.addWidget(
            flow_row(
                self.desk_filter,
                self.kind_filter,
                self.stage_filter,
                self.sector_filter,
                self.operator_filter,
            ),
            3,
        )
        filters.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)

        self.columns: dict[Stage, StageColumn] = {}
        strip = QWidget()
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        for stage in Stage:
            column = StageColumn(stage)
            column.dropped.connect(self.request_move)
            column.activated.connect(self.project_activated)
            column.menu_requested.connect(self._card_menu)
            column.step_requested.connect(self.step_card)
            column.neighbour_requested.connect(self._focus_neighbour)
            self.columns[stage] = column
            strip_layout.addWidget(column)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(strip)

        self.list = TablePanel(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Stage"),
                self.tr("Desk"),
                self.tr("Lead operator"),
                self.tr("Members"),
                self.tr("Next follow-up"),
            ],
            numeric_columns=(5,),
            name=self.tr("Projects"),
        )
        self.list.activated.connect(self.project_activated)
        self.list.table.horizontalHeader().sectionClicked.connect(self._sort_by_column)

        self.views = QTabWidget()
        self.views.addTab(scroll, self.tr("Board"))
        self.views.addTab(self.list, self.tr("List"))
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addLayout(filters)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        for edit in (self.search_box, self.sector_filter):
            edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.desk_filter, self.kind_filter, self.stage_filter, self.operator_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._loaded = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        # Loaded when first shown, so the window opens without waiting for the board.
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def current_filter(self) -> ProjectFilter:
        kind, stage = self.kind_filter.currentData(), self.stage_filter.currentData()
        return ProjectFilter(
            text=self.search_box.text(),
            desk_id=self.desk_filter.currentData(),
            kind=ProjectKind(kind) if kind else None,
            stage=Stage(stage) if stage else None,
            sector=self.sector_filter.text(),
            operator_id=self.operator_filter.currentData(),
        )

    def refresh(self) -> None:
        self._timer.stop()
        self._loaded = True
        flt = self.current_filter()
        if self.views.currentIndex() == 0:
            columns = board(self._db, flt, per_stage=CARDS_PER_COLUMN)
            self._cards = {c.id: c for col in columns for c in col.cards}
            total = 0
            for col in columns:
                self.columns[col.stage].show_cards(col.cards, col.total)
                self.columns[col.stage].setVisible(flt.stage is None or col.stage is flt.stage)
                total += col.total
        else:
            total, cards = project_list(self._db, flt, sort=self._sort, limit=LIST_LIMIT)
            self._cards = {c.id: c for c in cards}
            self.list.set_rows(
                [
                    (
                        c.id,
                        [
                            c.title,
                            enum_label(c.kind),
                            enum_label(c.stage),
                            c.desk,
                            c.lead_operator,
                            str(c.members),
                            format_date(c.next_follow_up),
                        ],
                    )
                    for c in cards
                ],
                self.tr("No project matches. Change the filters, or start a new project."),
                colours=[STAGE_COLOURS[c.stage] for c in cards],
                colour_column=2,
            )
        self.count_label.setText(self.tr("%Ln projects", "", total))

    def _sort_by_column(self, column: int) -> None:
        self._sort = {0: "title", 1: "kind", 2: "stage"}.get(column, "next")
        self.refresh()

    def _card_menu(self, project_id: int, where: QPoint) -> None:
        # Shown without a loop of its own: the keyboard and the screen reader go on
        # into it as into any menu, and the move dialog opens from it as from a drop.
        menu = self.card_menu(project_id)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_card_menu = menu
        menu.popup(where)

    def step_card(self, project_id: int, step: int) -> MoveStageDialog | None:
        """Move a card to the next (+1) or the previous (-1) stage: the move dialog."""
        card = self._cards.get(project_id)
        target = next_stage(card.stage, step) if card is not None else None
        if target is None:
            announce(self, self.tr("No stage that way: use the Menu key, Move to."))
            return None
        return self.request_move(project_id, target)

    def _focus_neighbour(self, stage: Stage, step: int) -> None:
        shown = [s for s in Stage if not self.columns[s].isHidden()]
        index = shown.index(stage) + step if stage in shown else -1
        if 0 <= index < len(shown):
            self.columns[shown[index]].cards.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_card(self, project_id: int) -> bool:
        """Put the keyboard on a project's card, wherever it is now."""
        for column in self.columns.values():
            if column.select(project_id):
                column.cards.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def card_menu(self, project_id: int) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.project_activated.emit(project_id))
        move = menu.addMenu(self.tr("Move to"))
        card = self._cards.get(project_id)
        for stage in Stage:
            action = move.addAction(enum_label(stage))
            action.setEnabled(card is None or card.stage is not stage)
            action.triggered.connect(lambda _c=False, st=stage: self.request_move(project_id, st))
        return menu

    def request_move(self, project_id: int, target: Stage) -> MoveStageDialog | None:
        card = self._cards.get(project_id)
        if card is None or self._actor is None or card.stage is target:
            return None
        dialog = MoveStageDialog(
            self._db,
            self._actor,
            card.id,
            card.version,
            card.title,
            card.stage,
            target,
            self,
        )
        dialog.moved.connect(lambda _v: (self.refresh(), self._after_move(project_id)))
        dialog.open_project.connect(self.project_activated)
        dialog.open()
        return dialog

    def _after_move(self, project_id: int) -> None:
        """The card keeps the keyboard in its new column, and the move is said."""
        card = self._cards.get(project_id)
        if self.views.currentIndex() == 0:
            self.focus_card(project_id)
        if card is not None:
            announce(
                self,
                self.tr("%1 moved to %2.")
                .replace("%1", card.title)
                .replace("%2", enum_label(card.stage)),
            )
