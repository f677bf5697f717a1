"""The window on a PostgreSQL server: the password the server asks for, the status
bar's name of the server, and a lost connection said in words, with Reconnect.

What a lost connection is, and what became of a save it cut, is decided in one place
below the UI (deskapp.models.connection_loss, Database.write): this module only shows
it. The forms say it too, where the save was tried, and keep what was typed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from deskapp.errors import ConnectionLostError, DeskappError, PasswordNeededError
from deskapp.ui.accessibility import announce, name
from deskapp.ui.colours import error_style
from deskapp.ui.dialog_layout import error_label, lay_out
from deskapp.ui.i18n import error_text

if TYPE_CHECKING:
    from deskapp.models.database import Database

log = logging.getLogger(__name__)
# The server chosen at the first start (deskapp.ui.first_run), used when neither --db
# nor DESKAPP_DB names a database. Its address only: never a password (refused in it).
SERVER_KEY = "data/server_address"


def remembered_server() -> str | None:
    """The server chosen at the first start, checked again as any address is: one that
    holds a password (or is no server's), written by hand or by an older deskapp, is
    forgotten, never used nor shown; the first start's question is asked again."""
    from deskapp.paths import DatabaseUrlError, server_address

    kept = str(QSettings().value(SERVER_KEY, "") or "")
    if not kept:
        return None
    try:
        return server_address(kept)
    except DatabaseUrlError:
        log.warning("a remembered server's address was refused and forgotten")
        QSettings().remove(SERVER_KEY)
        return None


def server_parts(location: str) -> tuple[str, str, str]:
    """(host and port, database, user) of a server's address, for people to read;
    never the password (the address holds none anyway)."""
    from sqlalchemy import make_url

    from deskapp.models.connection_loss import server_name

    url = make_url(location)
    where = server_name(url).rsplit("/", 1)[0]
    return where, url.database or "", url.username or ""


class ServerPasswordDialog(QDialog):
    """The password of the server's role, asked because neither PGPASSWORD nor
    ~/.pgpass gave one. It is tried before the dialog closes (a refused one is said at
    once, with the server's words); it lives only in the open connection's parameters:
    never in a file, a setting or the log."""

    def __init__(
        self, url: str, create: bool = False, parent: QWidget | None = None, migrate: bool = True
    ) -> None:
        super().__init__(parent)
        self._url, self._create, self._migrate = url, create, migrate
        self.db: Database | None = None
        self.failure: DeskappError | None = None
        where, database, user = server_parts(url)
        self.setWindowTitle(self.tr("Password of the database server"))
        intro = QLabel(
            self.tr(
                "The database server %1 asks for the password of the user %2 (database "
                "%3). It is not kept anywhere: deskapp asks again at the next start. To "
                "be asked no more, the administrator can put it in ~/.pgpass."
            )
            .replace("%1", where)
            .replace("%2", user or "-")
            .replace("%3", database or "-")
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        lay_out(self, intro, form, self.error)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        from deskapp.errors import DatabaseUnreachableError
        from deskapp.models.migrate import open_server_database

        password = self.password.text()
        try:
            self.db, _ = open_server_database(
                self._url, password=password, create=self._create, migrate=self._migrate
            )
        except DatabaseUnreachableError as error:
            # Refused (or the server went away meanwhile): said here, typed again.
            self.error.setText(error_text(error))
            self.adjustSize()
            self.password.selectAll()
            self.password.setFocus()
            return
        except DeskappError as error:
            self.failure = error
            super().reject()
            return
        finally:
            del password
        self.password.clear()
        super().accept()


def open_server(
    url: str, *, create: bool = False, parent: QWidget | None = None, migrate: bool = True
) -> Database | None:
    """The database on the server at ``url``, opened (and migrated) as at any start; the
    password asked when the server wants one that libpq did not find. None when the
    operator cancels; other refusals are raised (DeskappError) to be said."""
    from deskapp.models.migrate import open_server_database

    try:
        db, _ = open_server_database(url, create=create, migrate=migrate)
        return db
    except PasswordNeededError:
        pass
    dialog = ServerPasswordDialog(url, create, parent, migrate)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.failure is not None:
        raise dialog.failure
    return dialog.db if accepted else None


class _Relay(QObject):
    """Carries the database's news to the window's thread (a queued signal when it was
    found out by a background task)."""

    changed = Signal(bool)


class ConnectionWatch(QObject):
    """The status bar's name of the server, and the banner that says the connection is
    lost, with its Reconnect button (and the File menu's Reconnect)."""

    def __init__(self, window: QMainWindow, db: Database) -> None:
        super().__init__(window)
        self._window, self._db = window, db
        where, database, user = server_parts(db.location)
        self.server_label = QLabel(
            self.tr("Server: %1, database %2").replace("%1", where).replace("%2", database)
        )
        # The address as given, with libpq's parameters (sslmode...), on hover.
        self.server_label.setToolTip(
            self.tr("Shared registry on the server %1 (user %2)")
            .replace("%1", db.location)
            .replace("%2", user or "-")
        )
        self.banner = QToolBar(self.tr("Connection to the server"), window)
        self.banner.setObjectName("connection_banner")
        self.banner.setMovable(False)
        self.banner.setFloatable(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(480)
        self.button = QPushButton(self.tr("Reconnect"))
        name(self.button, self.tr("Reconnect to the database server"))
        self.button.clicked.connect(lambda: self.reconnect())
        # A cut save found made after all is said in the banner, closed by this one.
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.banner_closed)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.banner.addWidget(self.message)
        # A toolbar shows and hides its widgets through their actions.
        self._button_action = self.banner.addWidget(self.button)
        self._close_action = self.banner.addWidget(self.close_button)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.banner.hide()
        self.action = QAction(self.tr("Reconnect to the server"), window)
        self.action.triggered.connect(lambda _checked=False: self.reconnect())
        self._relay = _Relay(self)
        self._relay.changed.connect(self._changed)
        db.watch_connection(self._relay.changed.emit)

    @property
    def lost(self) -> bool:
        return self.banner.isVisibleTo(self._window)

    def _changed(self, connected: bool) -> None:
        self._button_action.setVisible(True)
        self._close_action.setVisible(False)
        if connected:
            self.banner.hide()
            self._say(self.tr("Connected to the server again."))
            return
        log.warning("the connection to the database server was lost")
        where, database, _user = server_parts(self._db.location)
        self.message.setText(
            self.tr(
                "The connection to the server %1 (database %2) is lost. Nothing is lost of "
                "what you typed: the open records stay as they are. Save again once the "
                "server answers; deskapp tries at your next action, or press Reconnect."
            )
            .replace("%1", where)
            .replace("%2", database)
        )
        self.banner.show()
        announce(self.message, self.message.text(), True)

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)
        announce(self._window, text)

    def reconnect(self) -> bool:
        """Reach the server again now; True when it answers."""
        try:
            self._db.reconnect()
        except ConnectionLostError as error:
            if error.saved:  # the server answers, and a cut save had been made
                self._changed(True)
                self.message.setText(error_text(error))
                self._button_action.setVisible(False)
                self._close_action.setVisible(True)
                self.banner.show()
                return True
            self._changed(False)
            self._say(self.tr("The server does not answer yet; try again in a moment."))
            return False
        except DeskappError as error:
            self._say(error_text(error))
            return False
        self._changed(True)
        return True

    def banner_closed(self) -> None:
        self.banner.hide()
