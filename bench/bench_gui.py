"""GUI benchmark (offscreen): start to main window with the registry, typing, memory.

Run by hand in a fresh process, on a database made by bench_core.py (or `deskapp demo`):
    .venv/bin/python bench/bench_gui.py --db /tmp/bench/bench-demo.sqlite
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before Qt and deskapp are imported: start-up counts them

import argparse  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from deskapp.models.migrate import open_database  # noqa: E402
from deskapp.services.actor import resolve_actor  # noqa: E402
from deskapp.services.persons import count_persons  # noqa: E402
from deskapp.services.project_lists import ProjectFilter, board  # noqa: E402
from deskapp.ui.i18n import install_translators  # noqa: E402
from deskapp.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--operator", default="Amministratore demo")
    args = parser.parse_args()

    app = QApplication([])
    install_translators(app, "it")
    db, _ = open_database(args.db)
    window = MainWindow(db, resolve_actor(db, args.operator), args.db, "bench")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    people = window.people

    opens = []
    for _ in range(5):  # reopening the unfiltered registry (the filters cleared)
        t = time.perf_counter()
        people.refresh()
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)

    keystrokes = []
    for word in ("ross", "bian", "ferr", "espo", "RSS", "genov", "marc"):
        people.search_box.clear()
        app.processEvents()
        for ch in word:
            t = time.perf_counter()
            QTest.keyClick(people.search_box, ch)
            people.refresh()  # what the debounce timer fires after the pause
            app.processEvents()
            keystrokes.append((time.perf_counter() - t) * 1000)
    people.search_box.clear()
    people.refresh()
    t = time.perf_counter()
    people.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sort_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    people.table.scrollToBottom()
    app.processEvents()
    scroll_ms = (time.perf_counter() - t) * 1000

    # The other screens of issue 3, each shown the way the operator reaches it.
    def timed(action) -> float:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - t) * 1000

    projects = window.projects
    board_own = timed(lambda: window.tabs.setCurrentWidget(projects))
    projects.desk_filter.setCurrentIndex(0)
    board_all = timed(projects.refresh)
    projects.views.setCurrentIndex(1)
    list_all = timed(projects.refresh)
    projects.views.setCurrentIndex(0)
    biggest = max(
        (c for col in board(db, ProjectFilter(), per_stage=100) for c in col.cards),
        key=lambda c: c.members,
    )
    project_open = timed(lambda: window.open_project(biggest.id))
    agenda_open = timed(lambda: window.tabs.setCurrentWidget(window.agenda))
    resources = window.resources
    resources_open = timed(lambda: window.tabs.setCurrentWidget(resources))
    resources.views.setCurrentIndex(1)
    skill_keys = []
    for word in ("sald", "cuoc", "elettric"):
        resources.skill_search.clear()
        for ch in word:
            t = time.perf_counter()
            QTest.keyClick(resources.skill_search, ch)
            resources.refresh_skills()
            app.processEvents()
            skill_keys.append((time.perf_counter() - t) * 1000)
    person_open = timed(lambda: window.open_person(people.model.person_id(0)))

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"people: {count_persons(db)}")
    print(f"start to main window with the registry: {(shown - STARTED) * 1000:.0f} ms")
    print(f"registry (re)open, 100% of people: median {statistics.median(opens):.0f} ms")
    print(
        f"keystroke to updated view: median {statistics.median(keystrokes):.0f} ms, "
        f"max {max(keystrokes):.0f} ms ({len(keystrokes)} keystrokes)"
    )
    print(f"sort by first contact: {sort_ms:.0f} ms; jump to the last row: {scroll_ms:.0f} ms")
    print(
        f"projects board, own desk: {board_own:.0f} ms; all desks: {board_all:.0f} ms; "
        f"list, all desks: {list_all:.0f} ms"
    )
    print(
        f"project page ({biggest.members} members): {project_open:.0f} ms; "
        f"person record with tabs: {person_open:.0f} ms"
    )
    print(f"agenda (my follow-ups): {agenda_open:.0f} ms; resources page: {resources_open:.0f} ms")
    print(
        f"skills search keystroke: median {statistics.median(skill_keys):.0f} ms, "
        f"max {max(skill_keys):.0f} ms"
    )
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
