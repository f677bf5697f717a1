"""The Projects screen: a pipeline board by stage, and a list, over the same filters.

A card dragged to another column (or moved with its context menu, from the keyboard:
the Menu key) asks the service; the dialog says what the stage gate needs when it
refuses. Nothing moves on screen until the database says it moved.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from deskapp.ui.filters import enum_filter, filter_combo
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label
from deskapp.ui.move_dialog import MoveStageDialog
from deskapp.ui.panels import OVERDUE_COLOUR, TablePanel, tint

CARDS_PER_COLUMN = 100
LIST_LIMIT = 1000
PROJECT_ID = Qt.ItemDataRole.UserRole
CARD_CHARS = 26  # characters per line of a card, for a column about 190 pixels wide


class StageColumn(QWidget):
    """One stage: a coloured header with the count, and the cards as a list."""

    dropped = Signal(int, object)  # project id, target stage
    activated = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.header = QLabel()
        self.header.setStyleSheet(
            f"background: {STAGE_COLOURS[stage]}; color: white; font-weight: bold; "
            "padding: 4px; border-radius: 3px;"
        )
        self.cards = _CardList(self)
        self.more = QLabel()
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.header)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.more)
        self.setMinimumWidth(190)
        self.cards.itemActivated.connect(lambda item: self.activated.emit(item.data(PROJECT_ID)))
        self.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.cards.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos: QPoint) -> None:
        item = self.cards.itemAt(pos) or self.cards.currentItem()
        if item is not None:
            self.menu_requested.emit(item.data(PROJECT_ID), self.cards.mapToGlobal(pos))

    def show_cards(self, cards: list[ProjectCard], total: int) -> None:
        self.header.setText(f"{enum_label(self.stage)}  ({total})")
        self.cards.clear()
        for card in cards:
            # Lines wrapped here, not by the view: a view that wraps measures the items
            # at one width and draws them at another, and cuts the last lines.
            lines = [
                *textwrap.wrap(card.title, CARD_CHARS),
                *textwrap.wrap(enum_label(card.kind), CARD_CHARS),
                self.tr("%Ln members", "", card.members),
                card.desk,
            ]
            overdue = card.next_follow_up is not None and card.next_follow_up < dt.date.today()
            if card.next_follow_up and overdue:
                lines.append(self.tr("Overdue: %1").replace("%1", format_date(card.next_follow_up)))
            elif card.next_follow_up:
                lines.append(self.tr("Next: %1").replace("%1", format_date(card.next_follow_up)))
            item = QListWidgetItem("\n".join(lines))
            item.setData(PROJECT_ID, card.id)
            item.setToolTip(card.next_action or card.title)
            item.setForeground(QBrush(QColor(OVERDUE_COLOUR if overdue else "#000000")))
            item.setBackground(QBrush(tint(STAGE_COLOURS[self.stage], 0.22)))
            self.cards.addItem(item)
        hidden = total - len(cards)
        self.more.setText(
            self.tr("%Ln more: narrow the filters or use the list.", "", hidden) if hidden else ""
        )
        self.more.setVisible(hidden > 0)


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


class ProjectsPage(QWidget):
    project_activated = Signal(int)
    new_project_requested = Signal()

    def __init__(self, db: Database, actor: Actor | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._cards: dict[int, ProjectCard] = {}
        self._sort = "next"

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Words of the title or origin company..."))
        self.search_box.setClearButtonEnabled(True)
        self.desk_filter = filter_combo(
            self.tr("All desks"), [(d.name, d.id) for d in list_desks(db)]
        )
        if actor is not None:  # an operator starts on their own desk's projects
            self.desk_filter.setCurrentIndex(self.desk_filter.findData(actor.desk_id))
        self.kind_filter = enum_filter(self.tr("Any kind"), ProjectKind)
        self.stage_filter = enum_filter(self.tr("Any stage"), Stage)
        self.sector_filter = QLineEdit()
        self.sector_filter.setPlaceholderText(self.tr("ATECO sector, e.g. 25"))
        self.sector_filter.setMaximumWidth(170)
        self.operator_filter = filter_combo(
            self.tr("Any lead operator"), [(o.name, o.id) for o in list_operators(db)]
        )
        self.new_button = QPushButton(self.tr("New project"))
        self.new_button.clicked.connect(self.new_project_requested)
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        for widget in (
            self.desk_filter,
            self.kind_filter,
            self.stage_filter,
            self.sector_filter,
            self.operator_filter,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.new_button)

        self.columns: dict[Stage, StageColumn] = {}
        strip = QWidget()
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        for stage in Stage:
            column = StageColumn(stage)
            column.dropped.connect(self.request_move)
            column.activated.connect(self.project_activated)
            column.menu_requested.connect(self._card_menu)
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
        )
        self.list.activated.connect(self.project_activated)
        self.list.table.horizontalHeader().sectionClicked.connect(self._sort_by_column)

        self.views = QTabWidget()
        self.views.addTab(scroll, self.tr("Board"))
        self.views.addTab(self.list, self.tr("List"))
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
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
        menu = self.card_menu(project_id)
        menu.exec(where)

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
        dialog.moved.connect(lambda _v: self.refresh())
        dialog.open_project.connect(self.project_activated)
        dialog.open()
        return dialog
