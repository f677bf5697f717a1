"""The People page: the whole registry, searched and filtered by the database.

Typing searches as you type (after a short pause); the filters apply at once.
Double-clicking a person emits ``person_activated`` for the screen that opens records.
"""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp.models.database import Database
from deskapp.models.enums import Country, EmploymentStatus, NeedKind, Stage
from deskapp.services.organisation import list_desks
from deskapp.services.registry import (
    RegistryFilter,
    count_registry,
    first_block,
    read_block,
    registry_rows,
)
from deskapp.ui import registry_model
from deskapp.ui.accessibility import name_view, search_box
from deskapp.ui.filters import enum_filter, filter_combo
from deskapp.ui.flow_layout import flow_row
from deskapp.ui.registry_model import RegistryModel

SEARCH_DELAY_MS = 200  # wait for a pause in typing, not every keystroke

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries the counting thread's answer to the GUI thread (a queued signal)."""

    counted = Signal(object)  # (search number, count), or None


def _period(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    if key == "30d":
        return today - dt.timedelta(days=30), None
    if key == "12m":
        return today - dt.timedelta(days=365), None
    if key == "this_year":
        return dt.date(today.year, 1, 1), None
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None, None


class PeoplePage(QWidget):
    person_activated = Signal(int)
    new_person_requested = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, country: Country = Country.IT
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._sort = ("name", False)
        # The count of a large match is made off the GUI thread, the newest search's
        # only (``_count_later``): the list shows at once, the number when it is known.
        self._search_number = 0
        self._reading_total: int | None = None  # how many match, for reading later blocks
        self.counting = False  # a count is on its way (the label says so)
        self._counter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deskapp-count")
        self._relay = _Relay(self)
        self._relay.counted.connect(self._counted)
        counter = self._counter
        self.destroyed.connect(lambda *_: counter.shutdown(wait=False, cancel_futures=True))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        self.search_box = search_box(
            self.tr("Search by surname, name, NIR, phone, e-mail, municipality...")
            if country is Country.FR
            else self.tr("Search by surname, name, codice fiscale, phone, e-mail, municipality..."),
            self.tr("Search people"),
        )

        self.desk_filter = filter_combo(
            self.tr("All desks"), [(d.name, d.id) for d in list_desks(db)], self.tr("Desk")
        )
        self.status_filter = enum_filter(
            self.tr("Any employment status"), EmploymentStatus, self.tr("Employment status")
        )
        self.need_filter = enum_filter(self.tr("Any need"), NeedKind, self.tr("Need"))
        self.stage_filter = enum_filter(
            self.tr("Any project stage"), Stage, self.tr("Project stage")
        )
        self.period_filter = filter_combo(
            self.tr("Any first contact"),
            [
                (self.tr("First contact: last 30 days"), "30d"),
                (self.tr("First contact: last 12 months"), "12m"),
                (self.tr("First contact: this year"), "this_year"),
                (self.tr("First contact: last year"), "last_year"),
            ],
            self.tr("First contact"),
        )

        self.model = RegistryModel(lambda ids: registry_rows(db, ids), self, country)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Connected only now: enabling sorting asks the model to sort straight away, and
        # the first query runs once, below.
        self.model.sort_requested.connect(self._sort_by)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks for every row to measure it.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Activated: double-click, or Enter on the selected row.
        self.table.activated.connect(self._activate)
        name_view(self.table, self.tr("People found"))

        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        combos = (
            self.desk_filter,
            self.status_filter,
            self.need_filter,
            self.stage_filter,
            self.period_filter,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(self.refresh)
        # The filters wrap onto a second row on a narrow screen rather than widen the
        # window past it.
        filters = QHBoxLayout()
        filters.addWidget(flow_row(*combos), 1)
        filters.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.new_button = QPushButton(self.tr("New person"))
        self.new_button.setToolTip(self.tr("Ctrl+N: prefilled with what is in the search box"))
        self.new_button.clicked.connect(self.new_person_requested)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self._timer.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.search_box.returnPressed.connect(self.refresh)
        # Down from the search box goes to the results: search, arrow down, Enter opens.
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search_box,
            self.focus_results,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.refresh()

    def focus_results(self) -> None:
        if self._timer.isActive():
            self.refresh()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(max(self.table.currentIndex().row(), 0))

    def current_filter(self) -> RegistryFilter:
        contact_from, contact_to = _period(self.period_filter.currentData() or "", dt.date.today())
        status, need, stage = (
            c.currentData() for c in (self.status_filter, self.need_filter, self.stage_filter)
        )
        return RegistryFilter(
            text=self.search_box.text(),
            desk_id=self.desk_filter.currentData(),
            employment_status=EmploymentStatus(status) if status else None,
            need=NeedKind(need) if need else None,
            project_stage=Stage(stage) if stage else None,
            contact_from=contact_from,
            contact_to=contact_to,
        )

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _activate(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id is not None:  # None: gone since the count
            self.person_activated.emit(person_id)

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        sort, descending = self._sort
        db = self._db

        # The first block of the order, and the count when it is known without one of
        # its own (the block is not full; SQLite counted a typed word's matches to
        # choose how to read them). Otherwise the count is made off the GUI thread:
        # 0.3-0.6 s on PostgreSQL at 1,000,000 people for a word matched by trigrams.
        self._search_number += 1
        first, total = first_block(db, flt, sort, descending, registry_model.ID_BLOCK)

        # The later blocks: with the count once known (it chooses how a typed word's
        # other matches are read), counting for themselves until then.
        self._reading_total = total

        def read(limit: int, **where: Any) -> Any:
            return read_block(
                db, flt, sort, descending, limit=limit, total=self._reading_total, **where
            )

        shown = len(first.ids) if total is None else total
        self.model.set_source(shown, read, first)
        self.counting = total is None
        if total is None:
            self.count_label.setText(self.tr("At least %Ln people, counting...", "", shown))
            # Once the list is painted: the count's query would take a core from the
            # rows on screen (2 cores: 46 against 15 ms to paint "ros").
            number = self._search_number  # this search's, not the one current then
            QTimer.singleShot(0, self, lambda: self._count_later(flt, number))
        else:
            self.count_label.setText(self.tr("%Ln people", "", total))
        filtered = flt != RegistryFilter()
        if shown:
            message = ""
        elif filtered:
            message = self.tr("No one matches. Change the search or the filters.")
        else:
            message = self.tr(
                "Nobody is registered yet. Press Ctrl+N to register the first person, or try "
                "the app with invented people: 'deskapp demo'."
            )
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))

    def _count_later(self, flt: RegistryFilter, number: int) -> None:
        if number != self._search_number:  # typed again before it started
            return
        db, relay = self._db, self._relay

        def count() -> None:
            if number != self._search_number:  # typed again since: not worth counting
                return
            answer: tuple[int, int] | None = None
            try:
                answer = (number, count_registry(db, flt))
            except Exception as exc:  # noqa: BLE001 - the label keeps "at least"
                # The kind of failure only: the search text is personal data.
                log.warning("registry count failed: %s", type(exc).__name__)
            try:
                relay.counted.emit(answer)
            except RuntimeError:  # the page is gone
                pass

        self._counter.submit(count)

    def _counted(self, answer: tuple[int, int] | None) -> None:
        if answer is None:
            self.counting = False
            self.count_label.setText(self.tr("At least %Ln people", "", self.model.rowCount()))
            return
        number, total = answer
        if number != self._search_number:  # an older search's count
            return
        self.counting = False
        self._reading_total = total
        total = max(total, self.model.rowCount())
        self.model.set_total(total)
        self.count_label.setText(self.tr("%Ln people", "", total))
