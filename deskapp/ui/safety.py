"""The GUI's safety nets around the database file: one deskapp at a time on it, a
warning for network shares, a quick integrity check after start, and automatic backups
made quietly in the background (at start when due, then checked every hour)."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from deskapp.errors import DeskappError
from deskapp.paths import default_backup_folder, is_network_path
from deskapp.ui.i18n import error_text

# The lock and the network warning come before the login dialog; the database's own
# modules (SQLAlchemy, the backups) are loaded where the checks and backups run.
if TYPE_CHECKING:
    from deskapp.models.database import Database

log = logging.getLogger(__name__)
BACKUP_FOLDER_KEY = "data/backup_folder"
BACKUP_EVERY_MS = 60 * 60 * 1000  # look every hour; a copy is made when a day old


def backup_folder() -> Path:
    chosen = str(QSettings().value(BACKUP_FOLDER_KEY, "") or "")
    return Path(chosen) if chosen else default_backup_folder()


def lock_database(path: Path) -> tuple[QLockFile | None, str]:
    """Take ``<database>.lock``; (the lock, "") or (None, who holds it, in words).
    A lock left by a crashed deskapp is taken over (QLockFile sees its process gone)."""
    lock = QLockFile(str(path.with_name(path.name + ".lock")))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    if lock.tryLock(200):
        return lock, ""
    info = lock.getLockInfo()  # (pid, host name, application name); empty if unreadable
    if not info or not info[0]:
        return None, QCoreApplication.translate(
            "Safety", "The database is locked and its owner cannot be read."
        )
    pid, host = info[0], info[1]
    return None, (
        QCoreApplication.translate(
            "Safety", "deskapp is already open on this database on the computer %1 (process %2)."
        )
        .replace("%1", host or "?")
        .replace("%2", str(pid))
    )


def network_warning(path: Path) -> str:
    if not is_network_path(path):
        return ""
    return QCoreApplication.translate(
        "Safety",
        "The database is on a network share (%1). SQLite cannot lock a file safely over "
        "the network: if two computers write to it, it can be damaged. Keep the file on "
        "this computer; for several offices on one registry, ask for a server database.",
    ).replace("%1", str(path.parent))


def quick_check(path: Path, key: str | None = None) -> str:
    """SQLite's quick integrity check on its own read-only connection; "ok" or what is
    wrong. ``key``: the database's, when it is encrypted."""
    from deskapp.models.sqlite_files import connect_file, database_errors

    try:
        conn = connect_file(path, key, read_only=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except database_errors() as exc:
        return str(exc)
    return "ok" if rows == ["ok"] else "; ".join(rows)


class _Relay(QObject):
    """Carries a background thread's result to the GUI thread (queued signal)."""

    done = Signal(object)


def in_background(work: Callable[[], Any], on_done: Callable[[Any], None]) -> threading.Thread:
    """Run quiet work (no progress dialog) off the GUI thread; ``on_done(result or
    exception)`` runs on the GUI thread."""
    relay = _Relay()
    relay.done.connect(on_done)

    def run() -> None:
        try:
            result: Any = work()
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, and logged
            log.exception("background safety work failed")
            result = exc
        relay.done.emit(result)

    thread = threading.Thread(target=run, daemon=True)
    thread._relay = relay  # type: ignore[attr-defined]  # keep it alive with the thread
    thread.start()
    return thread


class SafetyNets(QObject):
    """Started with the main window: the integrity check, then the backups."""

    backup_made = Signal(str)
    problem = Signal(str)

    def __init__(self, db: Database, window: QWidget) -> None:
        super().__init__(window)
        self._db, self._window = db, window
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)

    def start(self) -> None:
        path = self._db.path
        if path is None:
            return
        key = self._db.key
        in_background(lambda: quick_check(path, key), self._checked)
        self.timer.start()

    def _checked(self, result: Any) -> None:
        if result == "ok":
            self.back_up_if_due()
            return
        from deskapp.services.backups import list_backups

        newest = list_backups(backup_folder(), self._db.path) if self._db.path else []
        text = QCoreApplication.translate(
            "Safety",
            "The database file looks damaged: %1\n\nStop entering data. In Settings, "
            '"Restore from a backup..." puts back the last good copy%2.',
        ).replace("%1", str(result))
        text = text.replace(
            "%2",
            QCoreApplication.translate("Safety", " (the newest is %1)").replace(
                "%1", str(newest[0].path)
            )
            if newest
            else "",
        )
        log.error("quick check failed: %s", result)
        self.problem.emit(text)
        QMessageBox.critical(
            self._window, QCoreApplication.translate("Safety", "The database needs attention"), text
        )

    def back_up_if_due(self, force: bool = False) -> None:
        if self._busy or self._db.path is None:
            return
        from deskapp.services.backups import automatic_backup

        self._busy = True
        folder = backup_folder()
        when = dt.datetime.now()
        in_background(lambda: automatic_backup(self._db, folder, when, force), self._backed_up)

    def _backed_up(self, result: Any) -> None:
        self._busy = False
        if isinstance(result, Exception):
            text = error_text(result) if isinstance(result, DeskappError) else str(result)
            self.problem.emit(
                QCoreApplication.translate("Safety", "The automatic backup failed: %1").replace(
                    "%1", text
                )
            )
        elif result is not None:
            self.backup_made.emit(str(result))
