"""GUI benchmark (offscreen): start-up as the user meets it, then the daily screens.

Run by hand, on a database made by bench_core.py (`--keep DIR`) or `deskapp demo`:
    .venv/bin/python bench/bench_gui.py --db /tmp/bench/bench-demo.sqlite
    .venv/bin/python bench/bench_gui.py --db ... --frozen dist/deskapp/deskapp  # the bundle too
    .venv/bin/python bench/bench_gui.py --db ... --only startup --baseline /tmp/before
        # /tmp/before: `git archive HEAD deskapp resources | tar -x -C /tmp/before`
        # (and its .qm files copied): the same no-dialog start, before and after a change

Start-up is measured on the real path, each run a fresh process, from just before the
process is started to the moment Qt puts a window on the screen (the "Flushing ... of
<window>" line that Qt's own `qt.widgets.painting` log writes when a window's pixels are
handed to the platform; read by this process as it comes, stamped with the same
monotonic clock):

- bare: a bare PySide6 window (QApplication, QMainWindow with a label): the floor;
- login: `python -m deskapp --db DB --operator NAME`, up to the login dialog;
- password: the same, with the password typed and OK pressed as soon as the dialog is on
  screen (a timer in the process, which also creates the QApplication before calling
  deskapp's own entry point, `deskapp.cli.main`), up to the main window showing the
  registry: Argon2id verification, the window, the integrity check and backup scheduler
  started, the lock file taken. The worst case: deskapp loads the database's modules
  behind the dialog, and here OK comes before they are loaded;
- typed: the same, with the password typed one key at a time over `--typing-ms` (3 s
  by default: 17 keys at a quick typist's 70 words a minute), as an operator does; also
  how late the keystrokes came (the longest wait of a key for the event loop), which
  says whether the work behind the dialog freezes the typing;
- window: `deskapp --db DB --operator NAME` with DESKAPP_PASSWORD set (no dialog, as
  the installer's smoke test starts it): process start to the main window with data.

The runs alternate (one of each per round, the order rotated) and the ratios are taken
within each round, then the median: on a shared, noisy machine the floor moves with the
load, and the ratio is what can be compared between days. Each child runs with its own
HOME and XDG folders (settings, backups, logs); the database is migrated and given
today's automatic backup first, so no run migrates or copies 200 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

DEMO_PASSWORD = "antenna-demo-2026"  # deskapp.services.demo.DEMO_PASSWORD
FLUSH = re.compile(rb"qt\.widgets\.painting: Flushing .* of (\w+)\(0x")
ACCEPT_MARK = b"bench: password accepted"
LATE_MARK = b"bench: keystrokes late"
TIMEOUT_S = 120


# --- the children ------------------------------------------------------------------


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("deskapp"))
    window.resize(1280, 760)
    window.show()
    app.exec()


def child_password(db: str, operator: str, typing_ms: int) -> None:
    """deskapp's own entry point, with the login dialog answered once it is on screen:
    the password set at once (``typing_ms`` 0) or typed a key at a time."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication(sys.argv[:1])  # run_gui uses this one

    def press_ok(dialog) -> None:  # type: ignore[no-untyped-def]
        os.write(2, ACCEPT_MARK + f" cpu {time.process_time():.4f}\n".encode())
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        if typing_ms <= 0:
            dialog.password.setText(DEMO_PASSWORD)
            press_ok(dialog)
            return
        every = typing_ms / len(DEMO_PASSWORD)
        late: list[float] = []
        due = [time.monotonic()]

        def key() -> None:
            late.append((time.monotonic() - due[0]) * 1000)
            typed = len(dialog.password.text())
            if typed == len(DEMO_PASSWORD):
                os.write(2, LATE_MARK + f" {max(late):.1f}\n".encode())
                press_ok(dialog)
                return
            QTest.keyClicks(dialog.password, DEMO_PASSWORD[typed])
            due[0] = time.monotonic() + every / 1000
            QTimer.singleShot(round(every), key)

        key()

    class Painted(QObject):
        """On the dialog only: its first paint (Qt then flushes it to the screen)."""

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: answer(watched))
            return False

    painted = Painted()

    def find_dialog() -> None:
        dialog = app.activeModalWidget()
        if dialog is not None and type(dialog).__name__ == "LoginDialog":
            poll.stop()
            dialog.installEventFilter(painted)

    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(find_dialog)
    poll.start()
    from deskapp.cli import main

    sys.exit(main(["--db", db, "--operator", operator]))


# --- the parent ---------------------------------------------------------------------


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DESKAPP_PASSWORD", "DESKAPP_OPERATOR", "DESKAPP_DB", "DESKAPP_KEY"):
        env.pop(name, None)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        LANG="it_IT.UTF-8",
        LC_ALL="",
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.widgets.painting.debug=true",
        PYTHONDONTWRITEBYTECODE="",
    )
    return env


def timed_run(command: list[str], env: dict[str, str], until: str) -> dict[str, float]:
    """Start ``command``; seconds from just before the start to each window first put on
    screen (by class name) and to the accepted password; stop once ``until`` shows.
    Also the CPU seconds the process had used by then ("cpu"; "cpu accept" at the
    password), which the load of other processes changes less than the wall clock."""
    marks: dict[str, float] = {}
    started = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)
    watchdog.start()
    tail: list[bytes] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.monotonic() - started
            if line.startswith(ACCEPT_MARK):
                marks.setdefault("accept", now)
                marks.setdefault("cpu accept", float(line.split()[-1]))
                continue
            if line.startswith(LATE_MARK):
                marks["late ms"] = float(line.split()[-1])
                continue
            match = FLUSH.search(line)
            if match:
                marks.setdefault(match.group(1).decode(), now)
                if until in marks:
                    break
            elif not line.startswith(b"qt."):
                tail = (tail + [line])[-20:]
    finally:
        proc.kill()
        _, _, usage = os.wait4(proc.pid, 0)
        proc.returncode = -9
        watchdog.cancel()
    marks["cpu"] = usage.ru_utime + usage.ru_stime
    if until not in marks:
        sys.stderr.buffer.write(b"".join(tail))
        raise SystemExit(f"bench: {' '.join(command[:3])}... never showed {until}")
    return marks


def prepare(db: Path, home: Path) -> None:
    """Migrate the file and make today's automatic backup, as a previous start would."""
    code = (
        "import sys; from pathlib import Path\n"
        "from deskapp.models.migrate import open_database\n"
        "from deskapp.paths import default_backup_folder\n"
        "from deskapp.services.backups import automatic_backup\n"
        "db, _ = open_database(Path(sys.argv[1]))\n"
        "automatic_backup(db, default_backup_folder())\n"
        "db.dispose()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], env=child_env(home), check=True)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# What is reported: (label, run, the window it waits for, measured from, target).
MEASURES = [
    ("bare PySide6 window (the floor)", "bare", "QMainWindow", None, "-"),
    ("process start to login dialog", "login", "LoginDialog", None, "<= 3x the floor"),
    (
        "accepted password to main window with the registry, OK at once",
        "password",
        "MainWindow",
        "accept",
        "< 0.5 s",
    ),
    (
        "accepted password to main window with the registry, password typed",
        "typed",
        "MainWindow",
        "accept",
        "< 0.5 s",
    ),
    (
        "process start to main window with data",
        "window",
        "MainWindow",
        None,
        "<= 4x the floor, < 1 s",
    ),
    (
        "frozen: process start to login dialog",
        "frozen login",
        "LoginDialog",
        None,
        "<= 3x the floor",
    ),
    ("frozen: process start to main window with data", "frozen window", "MainWindow", None, "-"),
    (
        "baseline: process start to main window with data",
        "baseline window",
        "MainWindow",
        None,
        "-",
    ),
]


def startup(args: argparse.Namespace) -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-gui-"))
    try:
        env = child_env(home)
        prepare(args.db, home)
        py, me, db, op = sys.executable, str(Path(__file__).resolve()), str(args.db), args.operator
        with_password = dict(env, DESKAPP_PASSWORD=DEMO_PASSWORD)
        deskapp = [py, "-m", "deskapp", "--db", db, "--operator", op]
        runs: dict[str, tuple[list[str], dict[str, str], str]] = {
            "bare": ([py, me, "--child", "bare"], env, "QMainWindow"),
            "login": (deskapp, env, "LoginDialog"),
            "password": (
                [py, me, "--child", "password", "--db", db, "--operator", op, "--typing-ms", "0"],
                env,
                "MainWindow",
            ),
            "typed": (
                [py, me, "--child", "password", "--db", db, "--operator", op]
                + ["--typing-ms", str(args.typing_ms)],
                env,
                "MainWindow",
            ),
            "window": (deskapp, with_password, "MainWindow"),
        }
        if args.frozen:
            frozen = [str(args.frozen.resolve()), "--db", db, "--operator", op]
            runs["frozen login"] = (frozen, env, "LoginDialog")
            runs["frozen window"] = (frozen, with_password, "MainWindow")
        if args.baseline:
            # Another deskapp (e.g. `git archive` of the last commit), in the same rounds.
            # -P: not the current folder's deskapp first, PYTHONPATH's.
            baseline = dict(with_password, PYTHONPATH=str(args.baseline.resolve()))
            runs["baseline window"] = ([py, "-P", *deskapp[1:]], baseline, "MainWindow")
        names = list(runs)
        # One untimed run of each first: the file cache warm, as on a PC used every day.
        for name in names:
            timed_run(*runs[name])
        rounds: list[dict[str, dict[str, float]]] = []
        for number in range(args.rounds):
            order = names[number % len(names) :] + names[: number % len(names)]
            rounds.append({name: timed_run(*runs[name]) for name in order})
            print(
                f"round {number + 1}: "
                + ", ".join(f"{name} {rounds[-1][name][runs[name][2]]:.3f} s" for name in names),
                flush=True,
            )
    finally:
        shutil.rmtree(home, ignore_errors=True)

    print(
        f"\nstart-up, {args.rounds} alternating rounds; median (min-max); the ratios are "
        "taken within each round:"
    )
    for label, name, mark, since, target in MEASURES:
        if name not in runs:
            continue
        wall = [r[name][mark] - (r[name][since] if since else 0.0) for r in rounds]
        cpu = [r[name]["cpu"] - (r[name]["cpu accept"] if since else 0.0) for r in rounds]
        text = f"  {label}: {median(wall):.3f} s ({min(wall):.3f}-{max(wall):.3f})"
        if name != "bare" and since is None:
            ratio = [w / r["bare"]["QMainWindow"] for w, r in zip(wall, rounds, strict=True)]
            cpu_ratio = [c / r["bare"]["cpu"] for c, r in zip(cpu, rounds, strict=True)]
            text += f" = {median(ratio):.1f}x the floor"
            text += f"; CPU {median(cpu):.3f} s = {median(cpu_ratio):.1f}x the floor's"
        else:
            text += f"; CPU {median(cpu):.3f} s"
        late = [r[name]["late ms"] for r in rounds if "late ms" in r[name]]
        if late:
            text += f"; keystrokes late by at most {median(late):.0f} ms ({max(late):.0f})"
        print(f"{text}   [target {target}]")


# --- the daily screens, in one process (issue 3) --------------------------------------


def open_any(db: str):  # type: ignore[no-untyped-def]
    """A database file, or a postgresql:// address (bench_scale.py, issue 15)."""
    from deskapp.models.database import is_server_url
    from deskapp.models.migrate import open_database, open_server_database

    return (open_server_database(db) if is_server_url(db) else open_database(Path(db)))[0]


def peak_mb() -> float:
    """This process's resident memory high-water mark (VmHWM), in MB."""
    for row in Path("/proc/self/status").read_text().splitlines():
        if row.startswith("VmHWM:"):
            return int(row.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def screens(args: argparse.Namespace) -> None:
    f = measure_screens(args.db, args.operator)
    print(f"\nscreens, one process ({f['people']} people):")
    print(f"  first window with the registry: {f['first_window_ms']:.0f} ms")
    print(f"  registry (re)open, 100% of people: median {f['open_ms']:.0f} ms")
    print(
        f"  keystroke to updated view: median {f['keystroke_ms']:.0f} ms, "
        f'max {f["keystroke_max_ms"]:.0f} ms ("{f["keystroke_slowest"]}"; '
        f"{f['keystrokes']} keystrokes)"
    )
    print(
        f"  sort by first contact: {f['sort_ms']:.0f} ms; "
        f"jump to the last row: {f['scroll_ms']:.0f} ms"
    )
    print(
        f"  projects board, own desk: {f['board_own_ms']:.0f} ms; all desks: "
        f"{f['board_all_ms']:.0f} ms; list, all desks: {f['list_all_ms']:.0f} ms"
    )
    print(
        f"  project page ({f['project_members']} members): {f['project_ms']:.0f} ms; "
        f"person record with tabs: {f['person_ms']:.0f} ms"
    )
    print(
        f"  agenda (my follow-ups): {f['agenda_ms']:.0f} ms; resources: {f['resources_ms']:.0f} ms"
    )
    print(
        f"  skills search keystroke: median {f['skill_key_ms']:.0f} ms, "
        f"max {f['skill_key_max_ms']:.0f} ms"
    )
    print(f"  peak memory: {f['peak_mb']:.0f} MB")


def measure_screens(db_spec: str, operator: str) -> dict[str, Any]:
    """The daily screens' figures, in this process (Qt offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from deskapp.services.actor import resolve_actor
    from deskapp.services.persons import count_persons
    from deskapp.services.project_lists import ProjectFilter, board
    from deskapp.ui.i18n import install_translators
    from deskapp.ui.main_window import MainWindow

    app = QApplication([])
    install_translators(app, "it")
    db = open_any(db_spec)
    actor = resolve_actor(db, operator)
    t = time.perf_counter()
    on_file = not db_spec.startswith(("postgresql:", "postgres:"))
    window = MainWindow(db, actor, Path(db_spec) if on_file else db_spec, "bench")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    first_window_ms = (time.perf_counter() - t) * 1000
    people = window.people

    opens = []
    for _ in range(5):  # reopening the unfiltered registry (the filters cleared)
        t = time.perf_counter()
        people.refresh()
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)

    def counted() -> None:  # the page counts a large match off the GUI thread
        while getattr(people, "counting", False):
            app.processEvents()
            time.sleep(0.001)

    keystrokes: list[float] = []
    counts: list[float] = []
    typed: list[str] = []
    for word in ("ross", "bian", "ferr", "espo", "RSS", "genov", "marc"):
        people.search_box.clear()
        app.processEvents()
        for ch in word:
            t = time.perf_counter()
            QTest.keyClick(people.search_box, ch)
            people.refresh()  # what the debounce timer fires after the pause
            app.processEvents()
            keystrokes.append((time.perf_counter() - t) * 1000)
            typed.append(people.search_box.text())
            counted()  # the list was shown; now its number
            counts.append((time.perf_counter() - t) * 1000)
    people.search_box.clear()
    people.refresh()
    counted()
    t = time.perf_counter()
    people.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    sort_ms = (time.perf_counter() - t) * 1000
    counted()
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

    board_own = timed(lambda: window.show_page("projects"))
    projects = window.projects
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
    agenda_open = timed(lambda: window.show_page("agenda"))
    resources_open = timed(lambda: window.show_page("resources"))
    resources = window.resources
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

    return {
        "people": count_persons(db),
        "first_window_ms": first_window_ms,
        "open_ms": statistics.median(opens),
        "keystroke_ms": statistics.median(keystrokes),
        "keystroke_max_ms": max(keystrokes),
        "keystroke_slowest": typed[keystrokes.index(max(keystrokes))],
        "keystrokes": len(keystrokes),
        "keystroke_count_ms": statistics.median(counts),
        "keystroke_count_max_ms": max(counts),
        "sort_ms": sort_ms,
        "scroll_ms": scroll_ms,
        "board_own_ms": board_own,
        "board_all_ms": board_all,
        "list_all_ms": list_all,
        "project_members": biggest.members,
        "project_ms": project_open,
        "person_ms": person_open,
        "agenda_ms": agenda_open,
        "resources_ms": resources_open,
        "skill_key_ms": statistics.median(skill_keys),
        "skill_key_max_ms": max(skill_keys),
        "peak_mb": peak_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="a database file, or a postgresql:// address (screens)")
    parser.add_argument("--operator", default="Amministratore demo")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--frozen", type=Path, help="the bundle's executable, measured too")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a folder holding another deskapp package (a `git archive` of an earlier "
        "commit, with its compiled translations): its no-dialog start is measured in the "
        "same rounds, for a before/after on a noisy machine",
    )
    parser.add_argument(
        "--typing-ms", type=int, default=3000, help="time to type the password (the typed run)"
    )
    parser.add_argument("--only", choices=("startup", "screens"))
    parser.add_argument("--child", choices=("bare", "password", "screens"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.db is None:
        parser.error("--db is needed")
    if not args.db.startswith(("postgresql:", "postgres:")):
        args.db = str(Path(args.db).resolve())
    elif args.only != "screens" and not args.child:
        parser.error("on a server, only --only screens is measured")
    if args.child == "password":
        return child_password(str(args.db), args.operator, args.typing_ms)
    if args.child == "screens":
        return screens(args)
    if args.only != "screens":
        startup(args)
    if args.only != "startup":
        # A process of its own: this one has not imported Qt or deskapp.
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "screens",
                "--db",
                str(args.db),
                "--operator",
                args.operator,
            ],
            check=True,
        )


if __name__ == "__main__":
    main()
