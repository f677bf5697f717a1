"""Starting the GUI: the application object, translations, the database, the window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import APP_DISPLAY_NAME, APP_NAME, ORGANISATION, __version__
from deskapp.errors import DeskappError
from deskapp.models.migrate import open_database
from deskapp.models.sqlite_files import is_encrypted
from deskapp.paths import log_dir, resources_dir
from deskapp.services.accounts import log_in
from deskapp.services.actor import Actor
from deskapp.services.organisation import is_initialised, list_desks, list_operators
from deskapp.ui.crash import install_excepthook
from deskapp.ui.first_run import FirstRunDialog
from deskapp.ui.i18n import choose_language, error_text, install_translators
from deskapp.ui.idle_lock import IdleLock
from deskapp.ui.key_dialog import DatabaseKeyDialog
from deskapp.ui.login_dialog import LoginDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.safety import SafetyNets, lock_database, network_warning

log = logging.getLogger("deskapp")
LAST_OPERATOR_KEY = "ui/last_operator"


def _choose_operator(db, name: str | None) -> Actor | None:  # type: ignore[no-untyped-def]
    """Who is at the keyboard: name and password in the login dialog (the last operator
    of this PC preselected). With --operator and DESKAPP_PASSWORD both given, as the
    command line takes them, no dialog: for automation and the installer's smoke test."""
    operators = [op for op in list_operators(db) if op.active]
    if not operators:
        return None
    password = os.environ.get("DESKAPP_PASSWORD")
    if name and password is not None:
        # As on the command line: an account with no password yet is not let in this
        # way; it chooses one in the login dialog.
        return log_in(db, name, password, first_login=False).actor
    names = [op.name for op in operators]
    last = name or str(QSettings().value(LAST_OPERATOR_KEY, "") or "")
    dialog = LoginDialog(db, names, last)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
        return None
    QSettings().setValue(LAST_OPERATOR_KEY, dialog.actor.name)
    return dialog.actor


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


def _no_screen() -> bool:
    """On Linux without X11 or Wayland, Qt would abort with a core dump."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def run_gui(db_path: Path, operator: str | None = None) -> int:
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
    setting = QSettings().value("ui/language", None)
    language = choose_language(setting)
    install_translators(app, language)  # the translators are children of app: they live on
    install_excepthook(log_dir() / "deskapp.log")
    if not db_path.exists() and not _may_create(db_path):
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
    key = None
    if is_encrypted(db_path):
        asked = DatabaseKeyDialog(db_path)
        if asked.exec() != DatabaseKeyDialog.DialogCode.Accepted:
            return 0
        key = asked.key
    try:
        db, _ = open_database(db_path, key=key)
        if not is_initialised(db):
            first_run = FirstRunDialog(db)
            if first_run.exec() != FirstRunDialog.DialogCode.Accepted:
                db.dispose()
                return 0
        desks = list_desks(db)
        if language == "en" and desks:
            # No usable setting or system language: speak the language of the desk.
            install_translators(app, choose_language(setting, desks[0].language.value))
        actor = _choose_operator(db, operator)
        if actor is None:
            # No login, no window: the registry is not shown to whoever is at the PC.
            db.dispose()
            return 0
    except DeskappError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the database"), error_text(exc)
        )
        return 2
    desk = next((d.name for d in desks if actor and d.id == actor.desk_id), "")
    window = MainWindow(db, actor, db_path, desk)
    window.show()
    # After the window is up: the integrity check and the automatic backups, quietly.
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
    nets.start()
    # Personal data hidden after some idle minutes, until the password is typed again.
    idle = IdleLock(window, db, actor) if actor is not None else None  # noqa: F841
    # Used by the installer's smoke test: prove the frozen GUI starts, then leave.
    quit_after = os.environ.get("DESKAPP_QUIT_AFTER_MS")
    if quit_after:
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    db.dispose()
    lock.unlock()
    return code
