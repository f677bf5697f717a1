"""The screen lock: after some minutes without a key press or a mouse move, the window is
covered and shows no personal data until the operator types their password again
(wrong passwords count towards the account's lockout, as at login)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import DeskappError
from deskapp.models.database import Database
from deskapp.services.accounts import log_in
from deskapp.services.actor import Actor
from deskapp.ui.accessibility import name, show_message
from deskapp.ui.colours import error_style
from deskapp.ui.i18n import error_text

IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def idle_minutes() -> int:
    value = QSettings().value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        return max(1, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class LockCover(QFrame):
    """An opaque cover over the whole window, with the password box."""

    unlocked = Signal()

    def __init__(self, window: QWidget, db: Database, actor: Actor) -> None:
        super().__init__(window)
        self._db, self._actor = db, actor
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("LockCover { background: palette(window); }")
        title = QLabel(self.tr("deskapp is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(self.tr("%1, type your password to go on.").replace("%1", actor.name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        name(self.password, self.tr("Password"))
        self.password.returnPressed.connect(self.unlock)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        button = QPushButton(self.tr("Unlock"))
        button.clicked.connect(self.unlock)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who, self.password, button, self.error):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def unlock(self) -> bool:
        try:
            # first_login=False: an account with no password must not open on any text.
            log_in(self._db, self._actor.name, self.password.text(), first_login=False)
        except DeskappError as error:
            show_message(self.error, error_text(error), assertive=True)
            self.password.clear()
            return False
        self.hide()
        self.unlocked.emit()
        return True


class IdleLock(QObject):
    """Watches the application's input; covers ``window`` after the idle time."""

    def __init__(
        self, window: QWidget, db: Database, actor: Actor, minutes: int | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self.cover = LockCover(window, db, actor)
        self.cover.unlocked.connect(self.timer_start)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval((minutes or idle_minutes()) * 60 * 1000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def lock(self) -> None:
        self.cover.cover()

    def timer_start(self) -> None:
        """Count the idle time again from now (after an unlock)."""
        self.timer.start()

    def is_locked(self) -> bool:
        return self.cover.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in ACTIVITY and not self.is_locked():
            self.timer.start()
        elif event.type() == QEvent.Type.Resize and watched is self._window and self.is_locked():
            self.cover.setGeometry(self._window.rect())
        return False
