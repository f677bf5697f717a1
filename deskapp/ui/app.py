"""Starting the GUI: the application object, translations, the database, the window.

The usual start (a set-up database, plain, at this version's schema) shows the login
dialog from Qt and a first look at the file with sqlite3 (deskapp.models.first_look):
SQLAlchemy, the models, the services and the window's modules load on another thread
while the operator types, and the file is opened there as ever (open_database). Any
other file (new, encrypted, older, newer, another program's) is opened first, and
refused or migrated, before anything is shown, as it always was. The lock file is
taken before either.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from deskapp.errors import DeskappError
from deskapp.models.first_look import first_look
from deskapp.paths import log_dir, resources_dir
from deskapp.ui.crash import install_excepthook
from deskapp.ui.i18n import (
    LANGUAGE_KEY,
    choose_language,
    error_text,
    install_translators,
    switch_language,
)
from deskapp.ui.login_dialog import LoginDialog
from deskapp.ui.safety import SafetyNets, lock_database, network_warning

if TYPE_CHECKING:
    from deskapp.models.database import Database
    from deskapp.services.actor import Actor

log = logging.getLogger("deskapp")
LAST_OPERATOR_KEY = "ui/last_operator"
# What the login and the window's language need, loaded while the operator types.
LOADED_BEHIND_THE_LOGIN = (
    "deskapp.models.migrate",
    "deskapp.services.accounts",
    "deskapp.services.operator_accounts",
    "deskapp.services.organisation",
)


def __getattr__(name: str) -> Any:
    """``MainWindow``, imported when the login is done (and replaceable by the tests)."""
    if name == "MainWindow":
        from deskapp.ui.main_window import MainWindow

        globals()["MainWindow"] = MainWindow
        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _password_given(name: str | None) -> bool:
    """--operator and DESKAPP_PASSWORD both given: no login dialog (automation)."""
    return bool(name) and os.environ.get("DESKAPP_PASSWORD") is not None


def _choose_operator(db: Database, name: str | None) -> Actor | None:
    """Who is at the keyboard: name and password in the login dialog (the last operator
    of this PC preselected). With --operator and DESKAPP_PASSWORD both given, as the
    command line takes them, no dialog: for automation and the installer's smoke test."""
    from deskapp.services.accounts import log_in
    from deskapp.services.organisation import list_operators

    operators = [op for op in list_operators(db) if op.active]
    if not operators:
        return None
    password = os.environ.get("DESKAPP_PASSWORD")
    if name and password is not None:
        # As on the command line: an account with no password yet is not let in this
        # way; it chooses one in the login dialog.
        return log_in(db, name, password, first_login=False).actor
    return _ask_who(db, [op.name for op in operators], name)


def _ask_who(db: Any, names: list[str], name: str | None) -> Actor | None:
    """The login dialog; ``db`` a Database or what gives it (an _OpeningBehind)."""
    last = name or str(QSettings().value(LAST_OPERATOR_KEY, "") or "")
    dialog = LoginDialog(db, names, last)
    if isinstance(db, _OpeningBehind):
        dialog.installEventFilter(db)  # the file opens once the dialog is painted
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
        if dialog.failure is not None:
            raise dialog.failure
        return None
    QSettings().setValue(LAST_OPERATOR_KEY, dialog.actor.name)
    return dialog.actor


class _OpeningBehind(QObject):
    """The database opened on another thread while the login dialog waits for the
    password: SQLAlchemy, the models and the services the login and the window need
    are imported there (CPython's imports are thread-safe; nothing of Qt is made
    there), then ``open_database`` checks and opens the file as at any start. The
    thread starts once the dialog is painted, so the dialog does not wait for it; the
    operator's typing only shares the processor with it. Called, it gives the
    database, waiting for the thread if OK came first; its failure is raised then."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._db: Database | None = None
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._open, name="deskapp-opening", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # after the dialog is on the screen
        return False

    def _open(self) -> None:
        try:
            for module in LOADED_BEHIND_THE_LOGIN:
                importlib.import_module(module)
            from sqlalchemy.orm import configure_mappers

            from deskapp.models.migrate import open_database

            self._db, _ = open_database(self._path)
            configure_mappers()  # here, not at the first query after OK
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
            self._failure = exc

    def __call__(self) -> Database:
        self.start()
        self._thread.join()
        if self._failure is not None:
            raise self._failure
        assert self._db is not None
        return self._db

    def close(self) -> None:
        """No login: wait for the thread (an import cut by the exit leaves noise), close."""
        if self._thread.ident is not None:
            self._thread.join()
        if self._db is not None:
            self._db.dispose()


class _AfterFirstPaint(QObject):
    """Runs ``callback`` once ``widget`` is painted (its pixels then go to the screen),
    or after ``at_latest_ms`` if it is not (a window started minimised is painted when
    it is shown): what the first screen does not need waits for it."""

    def __init__(self, widget: QObject, callback: Any, at_latest_ms: int = 2000) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)
        QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the flush to the screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def _may_create(db_path: Path) -> bool:
    """A database that does not exist is created only when the operator says so: a
    mistyped path must not quietly start an empty registry beside the real one."""
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("App", "No database yet"),
        QCoreApplication.translate(
            "App",
            "There is no database at\n%1\n\nCreate a new, empty database there? If you "
            "expected to find your registry, choose No and check the path.",
        ).replace("%1", str(db_path)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _first_run_choice(location: Path | str) -> Path | str | Database | None:
    """Where the window opens when neither --db nor DESKAPP_DB chose: the server chosen
    at the first start on this PC, else the file in the user data folder; on a PC that
    has neither, the operator says which (deskapp.ui.first_run: a new file, or a shared
    server's database, opened). None: cancelled."""
    from deskapp.paths import default_database_path

    if not isinstance(location, Path) or location != default_database_path():
        return location
    from deskapp.ui.server_start import remembered_server

    server = remembered_server()
    if server is not None:
        return server
    if location.exists():
        return location
    from deskapp.ui.first_run import RegistryPlaceDialog

    dialog = RegistryPlaceDialog(location)
    if dialog.exec() != RegistryPlaceDialog.DialogCode.Accepted:
        return None
    if dialog.db is not None:
        return dialog.db
    return Path(dialog.location or location)  # a new Path: the choice, not a default


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a core dump."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_gui(location: Path | str, operator: str | None = None) -> int:
    """The window on ``location``: a database file, or a server's address (postgresql://,
    deskapp.ui.server_start); none of the file's safety nets apply to a server, whose
    locking, backups, integrity and encryption are its own (the Settings page says so)."""
    if _no_screen():
        print(
            "deskapp: no screen to open the window on (DISPLAY is not set). Run it from a "
            "desktop session, or use the command line: deskapp --help",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "deskapp.png")))
    # Until someone logs in: the language last used on this PC, else the system's. The
    # translators are children of app: they live on.
    last_used = str(QSettings().value(LANGUAGE_KEY, "") or "") or None
    language = choose_language(last_used)
    translators = install_translators(app, language)
    install_excepthook(log_dir() / "deskapp.log")
    chosen = _first_run_choice(location)
    if chosen is None:
        return 0
    db_path = chosen if isinstance(chosen, Path) else None
    url = chosen if isinstance(chosen, str) else None
    server_db = None if db_path is not None or url is not None else chosen
    if db_path is not None:
        if not db_path.exists() and chosen is location and not _may_create(db_path):
            return 0
        db_path.parent.mkdir(parents=True, exist_ok=True)
        lock, holder = lock_database(db_path)
        if lock is None:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "The database is in use"), holder
            )
            return 3
        warning = network_warning(db_path)
        if warning:
            QMessageBox.warning(None, QCoreApplication.translate("App", "Network share"), warning)
    # The usual start: the login dialog from a first look, the file opened behind it.
    look = None if _password_given(operator) or db_path is None else first_look(db_path)
    key = None
    if look is None and db_path is not None:
        from deskapp.models.sqlite_files import is_encrypted

        if is_encrypted(db_path):
            from deskapp.ui.key_dialog import DatabaseKeyDialog

            asked = DatabaseKeyDialog(db_path)
            if asked.exec() != DatabaseKeyDialog.DialogCode.Accepted:
                return 0
            key = asked.key
    try:
        if look is None:
            from deskapp.models.migrate import open_database
            from deskapp.services.organisation import is_initialised, list_desks

            if db_path is not None:
                db, _ = open_database(db_path, key=key)
            elif server_db is not None:
                db = server_db  # opened by the first-run choice
            else:
                from deskapp.ui.server_start import open_server

                assert url is not None
                opened = open_server(url)
                if opened is None:
                    return 0
                db = opened
            if not is_initialised(db):
                from deskapp.ui.first_run import FirstRunDialog

                first_run = FirstRunDialog(db)
                if first_run.exec() != FirstRunDialog.DialogCode.Accepted:
                    db.dispose()
                    return 0
            desks = list_desks(db)
            desk_language = desks[0].language.value if desks else None
        else:
            desk_language = look.desk_language
        if desk_language and last_used is None:
            # Nobody has logged in on this PC yet: the login speaks the desk's language.
            wanted = choose_language(None, desk_language)
            if wanted != language:
                language, translators = wanted, switch_language(app, translators, wanted)
        if look is None:
            actor = _choose_operator(db, operator)
        else:
            opening = _OpeningBehind(db_path)
            try:
                actor = _ask_who(opening, look.operators, operator)
            except BaseException:
                opening.close()
                raise
            if actor is None:
                opening.close()
                return 0
            db = opening()
            from deskapp.services.organisation import list_desks

            desks = list_desks(db)
        if actor is None:
            # No login, no window: the registry is not shown to whoever is at the PC.
            db.dispose()
            return 0
        from deskapp.services.operator_accounts import reading_languages

        # The window in the operator's language: their own, else their desk's.
        wanted = choose_language(*reading_languages(db, actor.operator_id))
        if wanted != language:
            language, translators = wanted, switch_language(app, translators, wanted)
        QSettings().setValue(LANGUAGE_KEY, language)  # the next login dialog's
    except DeskappError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc)
        )
        return 2
    desk = next((d.name for d in desks if actor and d.id == actor.desk_id), "")
    window = sys.modules[__name__].MainWindow(db, actor, db_path, desk)
    window.show()
    # Once the window is on the screen: the integrity check and the automatic backups,
    # quietly, and the screen lock (neither is needed to draw the registry, and the
    # check reads the whole file beside the first paint).
    nets = SafetyNets(db, window)
    nets.backup_made.connect(
        lambda path: window.statusBar().showMessage(
            QCoreApplication.translate("App", "Automatic backup made: %1").replace(
                "%1", Path(path).name
            ),
            8000,
        )
    )
    nets.problem.connect(lambda text: window.statusBar().showMessage(text, 15000))
    idle: list[QObject] = []

    def once_on_screen() -> None:
        nets.start()
        # Personal data hidden after some idle minutes, until the password is typed again.
        from deskapp.ui.idle_lock import IdleLock

        idle.append(IdleLock(window, db, actor))

    _AfterFirstPaint(window, once_on_screen)
    # Used by the installer's smoke test: prove the frozen GUI starts, then leave.
    quit_after = os.environ.get("DESKAPP_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    if os.environ.get("DESKAPP_SMOKE_PAGES"):
        # The installer's smoke test: every screen once, in the frozen window.
        from deskapp.ui.smoke import visit_every_screen

        QTimer.singleShot(0, lambda: visit_every_screen(window, db, actor))
    code = app.exec()
    db.dispose()
    if db_path is not None:
        lock.unlock()
    return code
