"""The coordinator's Consolidation page (issue 16): the bundles taken in and what each
brought, the held ones and the gap they wait for, the conflicts to decide with both
sides, the same person at two desks (merge, not the same, undo), the desks trusted.

Built for coordinators and administrators only (the services refuse everyone else
anyway). The page only asks and shows: deskapp.sync reads (``overview``) and decides
(``conflicts``, ``linking``, ``keys``, ``apply``), each decision audited there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import Cancelled, DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.sync import overview
from deskapp.ui.accessibility import labelled, name, search_box, show_message
from deskapp.ui.audit_panel import RECORD_NAMES, field_labels
from deskapp.ui.colours import error_style, hint_style
from deskapp.ui.formatting import format_date, format_datetime
from deskapp.ui.i18n import error_text
from deskapp.ui.panels import TablePanel
from deskapp.ui.screen_fit import scrolling_layout
from deskapp.ui.tasks import BackgroundTask, run_in_background

PAGE = 50
SEARCH_DELAY_MS = 250

PERSON_FIELDS = {
    "family_name": QT_TRANSLATE_NOOP("ConsolidationPage", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ConsolidationPage", "Given name"),
    "sex": QT_TRANSLATE_NOOP("ConsolidationPage", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("ConsolidationPage", "Birth date"),
    "birthplace": QT_TRANSLATE_NOOP("ConsolidationPage", "Birthplace"),
    "codice_fiscale": QT_TRANSLATE_NOOP("ConsolidationPage", "Codice fiscale"),
    "nir": QT_TRANSLATE_NOOP("ConsolidationPage", "NIR"),
    "municipality": QT_TRANSLATE_NOOP("ConsolidationPage", "Municipality"),
    "phone": QT_TRANSLATE_NOOP("ConsolidationPage", "Phone"),
    "email": QT_TRANSLATE_NOOP("ConsolidationPage", "E-mail"),
    "desk": QT_TRANSLATE_NOOP("ConsolidationPage", "Desk"),
    "first_contact_date": QT_TRANSLATE_NOOP("ConsolidationPage", "First contact"),
}


def shown_value(value: Any) -> str:
    """A travelling value as an operator reads it: dates as the locale writes them,
    nothing as "(empty)"."""
    if value is None or value == "":
        return QCoreApplication.translate("ConsolidationPage", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConsolidationPage", "Yes")
            if value
            else QCoreApplication.translate("ConsolidationPage", "No")
        )
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, str) and len(value) == 10:
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


class Pager(QWidget):
    """Previous / next over a list the database pages, and where one is in it."""

    def __init__(self, what: str, changed: Callable[[], None]) -> None:
        super().__init__()
        self.offset, self.total = 0, 0
        self._changed = changed
        self.where = QLabel()
        self.previous = QPushButton(QCoreApplication.translate("ConsolidationPage", "Previous"))
        name(
            self.previous,
            QCoreApplication.translate("ConsolidationPage", "Previous page of %1").replace(
                "%1", what
            ),
        )
        self.next = QPushButton(QCoreApplication.translate("ConsolidationPage", "Next"))
        name(
            self.next,
            QCoreApplication.translate("ConsolidationPage", "Next page of %1").replace("%1", what),
        )
        self.previous.clicked.connect(lambda _c=False: self._move(-PAGE))
        self.next.clicked.connect(lambda _c=False: self._move(PAGE))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.where, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)

    def _move(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self._changed()

    def show_count(self, total: int, shown: int) -> None:
        self.total = total
        if total and self.offset >= total:  # the last page emptied by a decision
            self.offset = max(0, (total - 1) // PAGE * PAGE)
        first = self.offset + 1 if shown else 0
        self.where.setText(
            QCoreApplication.translate("ConsolidationPage", "%1-%2 of %3")
            .replace("%1", str(first))
            .replace("%2", str(self.offset + shown))
            .replace("%3", str(total))
        )
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + shown < total)
        self.setVisible(total > PAGE or self.offset > 0)


def _searching(panel: QWidget, placeholder: str, spoken: str, refresh: Callable[[], None]):  # type: ignore[no-untyped-def]
    box = search_box(placeholder, spoken)
    timer = QTimer(panel)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(refresh)
    box.textChanged.connect(lambda _t: timer.start())
    box.returnPressed.connect(refresh)
    return box


class ConsolidationPage(QWidget):
    data_changed = Signal()  # records changed here: the registry's lists read again

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.task: BackgroundTask | None = None  # an intake running
        self.take_in_button = QPushButton(self.tr("Take in bundles..."))
        self.take_in_button.setToolTip(
            self.tr(
                "Choose one or more bundle files: each desk's are taken in in their order, "
                "each on its own; one refused does not stop the others."
            )
        )
        self.take_in_button.clicked.connect(lambda _c=False: self.take_in())
        self.trust_button = QPushButton(self.tr("Trust a desk's key..."))
        self.trust_button.clicked.connect(lambda _c=False: self.trust_key())
        self.publish_button = QPushButton(self.tr("Publish the catalogue..."))
        self.publish_button.setToolTip(
            self.tr(
                "Write the funding catalogue as a signed bundle: the desks that trust this "
                "database's key apply it with 'deskapp sync apply-catalogue'."
            )
        )
        self.publish_button.clicked.connect(lambda _c=False: self.publish())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.take_in_button)
        top.addWidget(self.trust_button)
        top.addWidget(self.publish_button)
        top.addStretch(1)

        self.bundles = TablePanel(
            [
                self.tr("Desk"),
                self.tr("Bundle"),
                self.tr("Kind"),
                self.tr("State"),
                self.tr("Taken in"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Erased"),
                self.tr("Deleted"),
                self.tr("Changes"),
            ],
            numeric_columns=(1, 5, 6, 7, 8),
            name=self.tr("Bundles received"),
        )
        self.bundles_pager = Pager(self.tr("bundles"), self.refresh_bundles)
        self.bundles.layout().addWidget(self.bundles_pager)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.bundles, self.tr("Bundles received"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._duplicates_tab(), self.tr("Same person?"))
        self.tabs.addTab(self._desks_tab(), self.tr("Trusted desks"))
        self.erasures = TablePanel(
            [self.tr("Record"), self.tr("Erased on"), self.tr("Desk")],
            numeric_columns=(0,),
            name=self.tr("Erasures received"),
        )
        self.tabs.addTab(self.erasures, self.tr("Erasures received"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = scrolling_layout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    # --- the tabs ---------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        self.conflict_search = _searching(
            tab,
            self.tr("Person, project or desk"),
            self.tr("Search the conflicts"),
            self._search_conflicts,
        )
        self.conflicts = TablePanel(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Value here"),
                self.tr("Value at the desk"),
                self.tr("Desk"),
            ],
            name=self.tr("Conflicts to decide"),
        )
        self.conflicts_pager = Pager(self.tr("conflicts"), self.refresh_conflicts)
        self.conflicts.table.itemSelectionChanged.connect(self._show_conflict)
        self._conflict_rows: dict[int, overview.ConflictRow] = {}
        # The two sides, side by side.
        self.here_box = QGroupBox(self.tr("Here"))
        self.here_value = QLabel()
        self.here_who = QLabel()
        self.keep_here = QPushButton(self.tr("Keep the value here"))
        self.keep_here.clicked.connect(lambda _c=False: self.resolve("local"))
        self.desk_box = QGroupBox(self.tr("At the desk"))
        self.desk_value = QLabel()
        self.desk_who = QLabel()
        self.keep_desk = QPushButton(self.tr("Take the desk's value"))
        self.keep_desk.clicked.connect(lambda _c=False: self.resolve("incoming"))
        for box, value, who, button in (
            (self.here_box, self.here_value, self.here_who, self.keep_here),
            (self.desk_box, self.desk_value, self.desk_who, self.keep_desk),
        ):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: bold")
            who.setWordWrap(True)
            who.setStyleSheet(hint_style())
            inner = QVBoxLayout(box)
            inner.addWidget(value)
            inner.addWidget(who)
            inner.addWidget(button)
            button.setEnabled(False)
        sides = QHBoxLayout()
        sides.addWidget(self.here_box, 1)
        sides.addWidget(self.desk_box, 1)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("Search:"), self.conflict_search))
        row.addWidget(self.conflict_search, 1)
        layout.addLayout(row)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.conflicts_pager)
        layout.addLayout(sides)
        return tab

    def _duplicates_tab(self) -> QWidget:
        tab = QWidget()
        self.pair_view = QComboBox()
        self.pair_view.addItem(self.tr("To decide"), "open")
        self.pair_view.addItem(self.tr("Merged"), "merged")
        self.pair_view.currentIndexChanged.connect(lambda _i: self._search_pairs())
        self.pair_search = _searching(
            tab, self.tr("Family or given name"), self.tr("Search the people"), self._search_pairs
        )
        self.pairs = TablePanel(
            [
                self.tr("Person"),
                self.tr("Desk"),
                self.tr("Person"),
                self.tr("Desk"),
                self.tr("Birth dates apart (days)"),
            ],
            numeric_columns=(4,),
            name=self.tr("Pairs that may be the same person"),
        )
        self.pairs_pager = Pager(self.tr("pairs"), self.refresh_pairs)
        self.pairs.table.itemSelectionChanged.connect(self._show_pair)
        self._pairs: list[overview.Pair] = []
        self.comparison = TablePanel(
            [
                self.tr("Field"),
                self.tr("First record"),
                self.tr("Second record"),
                self.tr("Agree?"),
            ],
            name=self.tr("The two records side by side"),
        )
        self.merge_button = QPushButton(self.tr("The same person: merge"))
        self.merge_button.clicked.connect(lambda _c=False: self.decide_pair("merge"))
        self.reject_button = QPushButton(self.tr("Not the same person"))
        self.reject_button.clicked.connect(lambda _c=False: self.decide_pair("reject"))
        self.undo_button = QPushButton(self.tr("Undo the merge"))
        self.undo_button.clicked.connect(lambda _c=False: self.decide_pair("undo"))
        for button in (self.merge_button, self.reject_button, self.undo_button):
            self.comparison.buttons.addWidget(button)
            button.setEnabled(False)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(labelled(self.tr("Show:"), self.pair_view))
        row.addWidget(self.pair_view)
        row.addWidget(labelled(self.tr("Search:"), self.pair_search))
        row.addWidget(self.pair_search, 1)
        layout.addLayout(row)
        layout.addWidget(self.pairs, 1)
        layout.addWidget(self.pairs_pager)
        self.disputed = QLabel(
            self.tr(
                "This pair was decided differently at two databases (merged at one, not the "
                "same person at another, or the merge undone): decide again here."
            )
        )
        self.disputed.setWordWrap(True)
        self.disputed.setVisible(False)
        layout.addWidget(self.disputed)
        layout.addWidget(self.comparison, 2)  # the comparison needs its twelve rows
        return tab

    def _desks_tab(self) -> QWidget:
        tab = QWidget()
        self.own_key = QLabel()
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.desks = TablePanel(
            [
                self.tr("Desk"),
                self.tr("Key fingerprint"),
                self.tr("Trusted on"),
                self.tr("Trusted by"),
                self.tr("Bundles taken in"),
                self.tr("Last bundle"),
            ],
            numeric_columns=(4, 5),
            name=self.tr("Trusted desks"),
        )
        self.desks.add_button(self.tr("Trust a desk's key..."), self.trust_key, False)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.own_key)
        layout.addWidget(self.desks, 1)
        return tab

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.tabs.currentIndex()
        (
            self.refresh_bundles,
            self.refresh_conflicts,
            self.refresh_pairs,
            self.refresh_desks,
            self.refresh_erasures,
        )[current]()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _kind(self, kind: str) -> str:
        return self.tr("Pseudonymous") if kind == "pseudonymous" else self.tr("Full")

    def _state(self, b: overview.ReceivedBundle) -> str:
        if b.state != "held":
            return self.tr("Taken in")
        missing = ", ".join(str(n) for n in b.missing)
        return self.tr("Held: waiting for bundle(s) %1 of this desk", "", len(b.missing)).replace(
            "%1", missing
        )

    def refresh_bundles(self) -> None:
        total, rows = overview.received_bundles(
            self._db, self._actor, self.bundles_pager.offset, PAGE
        )
        self.bundles.set_rows(
            [
                (
                    i,
                    [
                        b.desk,
                        str(b.number),
                        self._kind(b.kind),
                        self._state(b),
                        format_datetime(b.at) if b.state == "applied" else "",
                        str(b.created),
                        str(b.updated),
                        str(b.erased),
                        str(b.deleted),
                        self.tr("%1 to %2")
                        .replace("%1", str(b.seq_from))
                        .replace("%2", str(b.seq_to)),
                    ],
                )
                for i, b in enumerate(rows)
            ],
            self.tr('No bundle taken in yet: "Take in bundles..." reads the files desks sent.'),
            colours=["#b26a00" if b.state == "held" else None for b in rows],
        )
        self.bundles_pager.show_count(total, len(rows))

    def _search_conflicts(self) -> None:
        self.conflicts_pager.offset = 0
        self.refresh_conflicts()

    def refresh_conflicts(self) -> None:
        total, rows = overview.conflict_page(
            self._db, self._actor, self.conflict_search.text(), self.conflicts_pager.offset, PAGE
        )
        self._conflict_rows = {c.id: c for c in rows}
        self.conflicts.set_rows(
            [
                (
                    c.id,
                    [
                        self._record(c),
                        field_labels(c.entity, (c.field,)),
                        shown_value(c.local_value),
                        shown_value(c.incoming_value),
                        c.desk,
                    ],
                )
                for c in rows
            ],
            self.tr("No conflicts to decide.")
            if not self.conflict_search.text().strip()
            else self.tr("No conflicts match the search."),
        )
        self.conflicts_pager.show_count(total, len(rows))
        self.tabs.setTabText(
            1,
            self.tr("Conflicts (%1)").replace("%1", str(total)) if total else self.tr("Conflicts"),
        )
        if rows:
            self.conflicts.table.selectRow(0)
        self._show_conflict()

    def _record(self, c: overview.ConflictRow) -> str:
        kind = QCoreApplication.translate("AuditModel", RECORD_NAMES.get(c.entity, c.entity))
        if c.record:
            return self.tr("%1: %2").replace("%1", kind).replace("%2", c.record)
        return f"{kind} {c.record_id}" if c.record_id is not None else kind

    def _show_conflict(self) -> None:
        c = self._conflict_rows.get(self.conflicts.current_id() or -1)
        for button in (self.keep_here, self.keep_desk):
            button.setEnabled(c is not None)
        if c is None:
            self.here_box.setTitle(self.tr("Here"))
            self.desk_box.setTitle(self.tr("At the desk"))
            for label in (self.here_value, self.here_who, self.desk_value, self.desk_who):
                label.clear()
            return
        field = field_labels(c.entity, (c.field,))
        self.here_box.setTitle(self.tr("Here: %1").replace("%1", field))
        self.desk_box.setTitle(self.tr("At %1: %2").replace("%1", c.desk).replace("%2", field))
        self.here_value.setText(shown_value(c.local_value))
        self.desk_value.setText(shown_value(c.incoming_value))
        self.here_who.setText(
            self.tr("Changed here by %1 on %2")
            .replace("%1", c.here_operator or self.tr("unknown"))
            .replace("%2", format_datetime(c.here_changed_at) or self.tr("an unknown date"))
        )
        self.desk_who.setText(
            self.tr("Changed at the desk by %1 on %2 (the desk's clock), bundle %3")
            .replace("%1", c.desk_operator or self.tr("unknown"))
            .replace("%2", format_datetime(c.desk_changed_at) or self.tr("an unknown date"))
            .replace("%3", str(c.bundle_number))
        )
        name(
            self.keep_here,
            self.tr("Keep the value here: %1").replace("%1", shown_value(c.local_value)),
        )
        name(
            self.keep_desk,
            self.tr("Take the desk's value: %1").replace("%1", shown_value(c.incoming_value)),
        )

    def _search_pairs(self) -> None:
        self.pairs_pager.offset = 0
        self.refresh_pairs()

    def refresh_pairs(self) -> None:
        merged = self.pair_view.currentData() == "merged"
        read = overview.merged_page if merged else overview.candidate_page
        total, self._pairs = read(
            self._db, self._actor, self.pair_search.text(), self.pairs_pager.offset, PAGE
        )
        searching = bool(self.pair_search.text().strip())
        if merged:
            empty = (
                self.tr("No merges match the search.")
                if searching
                else self.tr("No records merged.")
            )
        else:
            empty = (
                self.tr("No pairs match the search.")
                if searching
                else self.tr(
                    "No one to compare: no records of two desks share a name and a close "
                    "birth date."
                )
            )
        self.pairs.set_rows(
            [
                (
                    i,
                    [
                        f"{p.first.family_name} {p.first.given_name}",
                        p.first.desk,
                        f"{p.second.family_name} {p.second.given_name}",
                        p.second.desk,
                        str(p.days_apart),
                    ],
                )
                for i, p in enumerate(self._pairs)
            ],
            empty,
        )
        self.pairs_pager.show_count(total, len(self._pairs))
        if not merged:
            self.tabs.setTabText(
                2,
                self.tr("Same person? (%1)").replace("%1", str(total))
                if total
                else self.tr("Same person?"),
            )
        if self._pairs:
            self.pairs.table.selectRow(0)
        self._show_pair()

    def _pair(self) -> overview.Pair | None:
        index = self.pairs.current_id()
        return self._pairs[index] if index is not None and index < len(self._pairs) else None

    def _show_pair(self) -> None:
        pair = self._pair()
        merged = self.pair_view.currentData() == "merged"
        self.merge_button.setVisible(not merged)
        self.reject_button.setVisible(not merged)
        self.undo_button.setVisible(merged)
        for button in (self.merge_button, self.reject_button, self.undo_button):
            button.setEnabled(pair is not None)
        self.disputed.setVisible(pair is not None and pair.disputed and not merged)
        if pair is None:
            self.comparison.set_rows([], self.tr("Choose a pair above to compare the two records."))
            return
        rows = []
        for i, (key, a, b, same) in enumerate(overview.differing(pair.first, pair.second)):
            if key == "sex":
                a, b = self._sex(a), self._sex(b)
            rows.append(
                (
                    i,
                    [
                        QCoreApplication.translate("ConsolidationPage", PERSON_FIELDS[key]),
                        shown_value(a),
                        shown_value(b),
                        self.tr("Same") if same else self.tr("Differs"),
                    ],
                )
            )
        colours = [None if r[1][3] == self.tr("Same") else "#c62828" for r in rows]
        self.comparison.set_rows(rows, colours=colours)

    def _sex(self, value: str) -> str:
        from deskapp.models.enums import Sex
        from deskapp.ui.i18n import enum_label

        try:
            return enum_label(Sex(value))
        except ValueError:
            return value

    def refresh_desks(self) -> None:
        from deskapp.sync.keys import desk_key
        from deskapp.sync.sealing import sealing_key

        self.own_key.setText(
            self.tr("This database's key fingerprint: %1").replace(
                "%1", desk_key(self._db).fingerprint
            )
            + "\n"
            + self.tr(
                "Its sealing key, for desks that encrypt their bundles ('deskapp sync key "
                "--sealing' writes it to a file): %1"
            ).replace("%1", sealing_key(self._db).fingerprint)
        )
        desks = overview.trusted_desks(self._db, self._actor)
        self.desks.set_rows(
            [
                (
                    i,
                    [
                        d.name,
                        d.fingerprint,
                        format_datetime(d.trusted_at),
                        d.trusted_by,
                        str(d.bundles),
                        str(d.last_number) if d.last_number else "",
                    ],
                )
                for i, d in enumerate(desks)
            ],
            self.tr(
                "No desk trusted yet: \"Trust a desk's key...\" accepts a desk's key after a "
                "phone call."
            ),
        )

    def refresh_erasures(self) -> None:
        """The erasures that came from the desks, for the data protection officer:
        which record here, when, from which desk (no identity is left)."""
        found = overview.erasures_received(self._db, self._actor)
        self.erasures.set_rows(
            [
                (i, [str(e.person_id), format_date(e.erased_on), e.desk])
                for i, e in enumerate(found)
            ],
            self.tr("No erasures received from the desks."),
        )

    # --- acting -----------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        show_message(self.message, text, error)
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None and not error:
            status().showMessage(text, 5000)

    def take_in(self, *paths: Path) -> BackgroundTask | None:
        """Ask for bundle files (unless given; a folder stands for its bundles), take
        them in off the window's thread (deskapp.sync.pipeline: each desk's in order,
        each in its own transaction) with a bar counting the bundles, then say what
        each brought or why it was refused."""
        from deskapp.sync.pipeline import import_bundles

        if self.task is not None:
            return None  # one intake at a time (the button is disabled meanwhile)
        if not paths:
            chosen, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Take in bundles"),
                "",
                self.tr("Bundles (%1);;All files (*)").replace("%1", "*.deskbundle"),
            )
            if not chosen:
                return None
            paths = tuple(Path(c) for c in chosen)
        db, actor, given = self._db, self._actor, list(paths)
        self.take_in_button.setEnabled(False)
        self.task = run_in_background(
            self,
            self.tr("Taking in bundles..."),
            lambda progress: import_bundles(db, actor, given, progress=progress),
            self._taken_in,
            self._not_taken_in,
        )
        self.task.dialog.setMinimumWidth(360)
        bar = self.task.dialog.findChild(QProgressBar)
        if bar is not None:
            bar.setFormat(self.tr("%v of %m bundles done"))
        return self.task

    def _intake_over(self) -> None:
        self.task = None
        self.take_in_button.setEnabled(True)
        self.data_changed.emit()
        self.refresh()

    def _taken_in(self, outcomes: list[Any]) -> None:
        # The refused first (said as an error), then what the others brought.
        lines = [
            self.tr("%1 was not taken in: %2")
            .replace("%1", o.path.name)
            .replace("%2", error_text(o.error))
            for o in outcomes
            if o.error is not None
        ]
        refused = bool(lines)
        lines += [
            " ".join(self.describe(r) for r in o.results) for o in outcomes if o.error is None
        ]
        if not outcomes:
            lines.append(self.tr("No bundle files (*.deskbundle) were found there."))
            refused = True
        self._intake_over()
        self._say("\n".join(lines), error=refused)

    def _not_taken_in(self, error: BaseException) -> None:
        self._intake_over()
        if isinstance(error, Cancelled):
            self._say(
                self.tr(
                    "Stopped. The bundles taken in before you stopped stay taken in (see "
                    "Bundles received); the others were not touched: take them in again."
                ),
                error=True,
            )
            return
        text = error_text(error) if isinstance(error, DeskappError) else str(error)
        self._say(self.tr("The bundles were not taken in: %1").replace("%1", text), error=True)

    def publish(self, path: Path | None = None) -> None:
        """Ask where to write the catalogue bundle (unless given), write it, and say so."""
        from deskapp.sync.catalogue import publish_catalogue

        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Publish the catalogue"),
                "catalogue.deskbundle",
                self.tr("Bundles (%1);;All files (*)").replace("%1", "*.deskbundle"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            made = publish_catalogue(self._db, self._actor, path)
        except (DeskappError, OSError) as exc:
            self._say(
                self.tr("The catalogue was not published: %1").replace(
                    "%1", error_text(exc) if isinstance(exc, DeskappError) else str(exc)
                ),
                error=True,
            )
            return
        self._say(
            self.tr("Catalogue bundle %1 written to %2: %3 instruments. Send it to the desks.")
            .replace("%1", str(made.number))
            .replace("%2", str(made.path))
            .replace("%3", str(made.entries))
        )

    def describe(self, r: Any) -> str:
        """What taking in one bundle did, in words (deskapp.sync.apply.Applied)."""
        if r.state == "already":
            return (
                self.tr("Bundle %1 of %2 was taken in already: nothing changed.")
                .replace("%1", str(r.number))
                .replace("%2", r.desk)
            )
        if r.state == "held":
            return (
                self.tr(
                    "Bundle %1 of %2 is held: bundle(s) %3 of that desk have not come yet. "
                    "It is taken in when they come.",
                    "",
                    len(r.waiting_for),
                )
                .replace("%1", str(r.number))
                .replace("%2", r.desk)
                .replace("%3", ", ".join(str(n) for n in r.waiting_for))
            )
        created, updated, erased, _deleted = overview.tally(r.counts)
        return (
            self.tr(
                "Bundle %1 of %2 taken in: %3 records created, %4 updated, %5 erased; "
                "conflicts to decide: %6."
            )
            .replace("%1", str(r.number))
            .replace("%2", r.desk)
            .replace("%3", str(created))
            .replace("%4", str(updated))
            .replace("%5", str(erased))
            .replace("%6", str(r.conflicts))
        )

    def trust_key(self) -> QWidget:
        from deskapp.ui.sync_dialogs import TrustKeyDialog

        dialog = TrustKeyDialog(self._db, self._actor, self)

        def done() -> None:
            if dialog.already:
                self._say(
                    self.tr("%1 is trusted already with this key.").replace(
                        "%1", dialog.trusted_name
                    )
                )
            else:
                self._say(self.tr("Key of %1 trusted.").replace("%1", dialog.trusted_name))
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def resolve(self, choice: str) -> None:
        from deskapp.sync.conflicts import resolve_conflict

        conflict_id = self.conflicts.current_id()
        if conflict_id is None:
            return
        c = self._conflict_rows[conflict_id]
        try:
            resolve_conflict(self._db, self._actor, conflict_id, choice)
        except DeskappError as exc:
            self._say(error_text(exc), error=True)
            self.refresh_conflicts()
            return
        kept = c.local_value if choice == "local" else c.incoming_value
        self._say(
            self.tr("Decided: %1 of %2 is now %3.")
            .replace("%1", field_labels(c.entity, (c.field,)))
            .replace("%2", self._record(c))
            .replace("%3", shown_value(kept))
        )
        if choice == "incoming":
            self.data_changed.emit()
        self.refresh_conflicts()
        self.conflicts.table.setFocus()

    def decide_pair(self, what: str) -> None:
        from deskapp.sync.linking import merge_people, reject_candidate, undo_merge

        pair = self._pair()
        if pair is None:
            return
        act = {"merge": merge_people, "reject": reject_candidate, "undo": undo_merge}[what]
        try:
            act(self._db, self._actor, pair.first.id, pair.second.id)
        except DeskappError as exc:
            self._say(error_text(exc), error=True)
            return
        who = f"{pair.first.family_name} {pair.first.given_name}"
        said = {
            "merge": self.tr("%1 (%2 and %3): one person, counted once."),
            "reject": self.tr("%1 (%2 and %3): not the same person, not proposed again."),
            "undo": self.tr("%1 (%2 and %3): merge undone, counted apart."),
        }[what]
        self._say(
            said.replace("%1", who).replace("%2", pair.first.desk).replace("%3", pair.second.desk)
        )
        self.data_changed.emit()
        self.refresh_pairs()
        self.pairs.table.setFocus()
