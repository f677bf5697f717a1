"""After the idle time the window is covered until the password is typed again."""

from __future__ import annotations

from deskapp.services import accounts
from deskapp.ui.idle_lock import IdleLock


def test_the_window_locks_when_idle_and_opens_with_the_password(qtbot, window, db, operator):
    accounts.set_password(db, operator, operator.operator_id, "mare di Sestri 1987")
    lock = IdleLock(window, db, operator)
    lock.set_interval_ms(50)
    qtbot.waitUntil(lock.is_locked, timeout=3000)
    cover = lock.cover
    assert cover.geometry() == window.rect()  # nothing of the registry shows
    qtbot.keyClicks(cover.password, "sbagliata")
    assert not cover.unlock() and "Unknown operator or wrong password" in cover.error.text()
    qtbot.keyClicks(cover.password, "mare di Sestri 1987")
    assert cover.unlock() and not lock.is_locked()
    assert lock.timer.isActive()  # counting again from the unlock
    lock.timer.stop()
