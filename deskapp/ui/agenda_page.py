"""The Agenda: "My follow-ups" (overdue first and marked) and the same as a week.

The morning round (UX.md): open the person or project from the list, log the call,
mark the follow-up done, set the next one, and come back to the list in its place.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.services import activities
from deskapp.services.actor import Actor
from deskapp.services.agenda import AgendaItem, follow_ups_in_week, my_follow_ups, week_of
from deskapp.ui.accessibility import name
from deskapp.ui.activity_dialog import activity_dialog
from deskapp.ui.colours import MUTED, list_text
from deskapp.ui.formatting import format_date
from deskapp.ui.i18n import enum_label, error_text
from deskapp.ui.panels import OVERDUE_COLOUR, TablePanel
from deskapp.ui.screen_fit import scrolling_layout

HORIZON_DAYS = 7  # "due" means due within the coming week


class AgendaPage(QWidget):
    person_activated = Signal(int)
    project_activated = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._today = today
        self._items: dict[int, AgendaItem] = {}

        self.list = TablePanel(
            [
                # "Due" alone was one word for this column and for a state below:
                # translators need two (Scadenza / Da fare, Échéance / À venir).
                self.tr("Due date", "agenda column: the day a follow-up is due"),
                self.tr("State"),
                self.tr("Activity"),
                self.tr("Person"),
                self.tr("Project"),
                self.tr("Notes"),
            ],
            name=self.tr("My follow-ups"),
        )
        self.list.add_button(self.tr("Open"), self.open_current)
        self.list.add_button(self.tr("Mark done"), self.mark_done)
        self.list.add_button(self.tr("Done, and log the next..."), self.done_and_log)
        self.list.activated.connect(lambda _id: self.open_current())

        self.week_title = QLabel()
        self._week_day = self.today()
        previous = QPushButton(self.tr("< Previous week"))
        name(previous, self.tr("Previous week"))
        previous.clicked.connect(lambda: self._shift_week(-7))
        this_week = QPushButton(self.tr("This week"))
        this_week.clicked.connect(lambda: self._shift_week(0))
        following = QPushButton(self.tr("Next week >"))
        name(following, self.tr("Next week"))
        following.clicked.connect(lambda: self._shift_week(7))
        week_bar = QHBoxLayout()
        week_bar.addWidget(previous)
        week_bar.addWidget(this_week)
        week_bar.addWidget(following)
        week_bar.addStretch(1)
        week_bar.addWidget(self.week_title)
        self.days: list[tuple[QLabel, QListWidget]] = []
        grid = QHBoxLayout()
        for _ in range(7):
            column = QVBoxLayout()
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            items = QListWidget()
            items.setWordWrap(True)
            items.itemActivated.connect(self._open_week_item)
            label.setBuddy(items)  # the day names its list for a screen reader
            column.addWidget(label)
            column.addWidget(items, 1)
            grid.addLayout(column)
            self.days.append((label, items))
        week = QWidget()
        week_layout = QVBoxLayout(week)
        week_layout.addLayout(week_bar)
        week_layout.addLayout(grid, 1)

        self.views = QTabWidget()
        self.views.addTab(self.list, self.tr("My follow-ups"))
        self.views.addTab(week, self.tr("Week"))
        self.views.currentChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        layout = scrolling_layout(self)  # scrolls at 200% instead of cutting
        layout.addWidget(self.summary)
        layout.addWidget(self.views, 1)
        self._loaded = False

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.refresh()  # follow-ups change all day: always fresh when shown
        super().showEvent(event)

    def refresh(self) -> None:
        if self._actor is None:
            self.summary.setText(self.tr("Choose an operator to see their follow-ups."))
            return
        if self.views.currentIndex() == 0:
            self._refresh_list()
        else:
            self._refresh_week()

    def _refresh_list(self) -> None:
        assert self._actor is not None
        today = self.today()
        items = my_follow_ups(
            self._db, self._actor.operator_id, today + dt.timedelta(days=HORIZON_DAYS)
        )
        self._items = {i.activity_id: i for i in items}
        overdue = sum(1 for i in items if i.overdue(today))
        rows = []
        colours: list[str | None] = []
        for item in items:
            assert item.follow_up_due is not None
            if item.overdue(today):
                state = self.tr("Overdue by %Ln days", "", (today - item.follow_up_due).days)
            elif item.follow_up_due == today:
                state = self.tr("Today")
            else:
                state = self.tr("Coming up", "agenda state: a follow-up due after today")
            rows.append(
                (
                    item.activity_id,
                    [
                        format_date(item.follow_up_due),
                        state,
                        enum_label(item.kind),
                        item.person_name,
                        item.project_title,
                        item.notes.replace("\n", " "),
                    ],
                )
            )
            colours.append(OVERDUE_COLOUR if item.overdue(today) else None)
        self.list.set_rows(
            rows,
            self.tr("No follow-ups for today or the coming week."),
            colours=colours,
        )
        self.summary.setText(
            self.tr("%Ln follow-ups due in the next 7 days", "", len(items))
            + (self.tr(", %Ln overdue", "", overdue) if overdue else "")
            + "."
        )

    def _shift_week(self, days: int) -> None:
        self._week_day = self._week_day + dt.timedelta(days=days) if days else self.today()
        self._refresh_week()

    def _refresh_week(self) -> None:
        assert self._actor is not None
        monday, sunday = week_of(self._week_day)
        self.week_title.setText(
            self.tr("Week %1 - %2")
            .replace("%1", format_date(monday))
            .replace("%2", format_date(sunday))
        )
        items = follow_ups_in_week(self._db, self._actor.operator_id, self._week_day)
        today = self.today()
        for offset, (label, day_list) in enumerate(self.days):
            day = monday + dt.timedelta(days=offset)
            day_name = self.locale().dayName(day.isoweekday())
            label.setText(f"{day_name}\n{format_date(day)}")
            day_list.setAccessibleName(f"{day_name} {format_date(day)}")
            label.setStyleSheet("font-weight: bold;" if day == today else "")
            day_list.clear()
            for item in (i for i in items if i.follow_up_due == day):
                who = item.person_name or item.project_title
                lines = [enum_label(item.kind), who]
                # Done and overdue are said in words; the grey and the red repeat them.
                if item.done:
                    lines.append(self.tr("Done"))
                elif item.overdue(today):
                    lines.append(self.tr("Overdue"))
                entry = QListWidgetItem("\n".join(lines))
                entry.setData(Qt.ItemDataRole.UserRole, item.activity_id)
                if item.done:
                    entry.setForeground(QBrush(list_text(MUTED, day_list.palette())))
                    font = entry.font()
                    font.setStrikeOut(True)
                    entry.setFont(font)
                elif item.overdue(today):
                    entry.setForeground(QBrush(list_text(OVERDUE_COLOUR, day_list.palette())))
                self._items[item.activity_id] = item
                day_list.addItem(entry)
        self.summary.setText(self.tr("%Ln follow-ups this week", "", len(items)))

    def _open_week_item(self, entry: QListWidgetItem) -> None:
        self._open(self._items.get(entry.data(Qt.ItemDataRole.UserRole)))

    def _open(self, item: AgendaItem | None) -> None:
        if item is None:
            return
        if item.person_id is not None:
            self.person_activated.emit(item.person_id)
        elif item.project_id is not None:
            self.project_activated.emit(item.project_id)

    def open_current(self) -> None:
        self._open(self._items.get(self.list.current_id() or 0))

    def mark_done(self) -> AgendaItem | None:
        item = self._items.get(self.list.current_id() or 0)
        if item is None or self._actor is None:
            return None
        row = self.list.table.currentRow()
        try:
            activities.mark_follow_up_done(self._db, self._actor, item.activity_id, item.version)
        except DeskappError as error:
            self.summary.setText(error_text(error))
            return None
        self.refresh()
        # Keep the place in the list: the next item takes the row of the one done.
        if self.list.table.rowCount():
            self.list.table.selectRow(min(row, self.list.table.rowCount() - 1))
        return item

    def done_and_log(self) -> QWidget | None:
        item = self.mark_done()
        if item is None or self._actor is None:
            return None
        dialog = activity_dialog(
            self._db,
            self._actor,
            self,
            person=(item.person_id, item.person_name) if item.person_id else None,
            project=(item.project_id, item.project_title) if item.project_id else None,
        )
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog
