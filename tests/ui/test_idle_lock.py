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


def test_an_account_without_password_does_not_open_on_any_text(qtbot, window, db, operator):
    from tests.conftest import without_password

    without_password(db, "Luca Verdi")  # from before passwords
    lock = IdleLock(window, db, operator)
    lock.set_interval_ms(50)
    qtbot.waitUntil(lock.is_locked, timeout=3000)
    qtbot.keyClicks(lock.cover.password, "qualsiasi cosa")
    assert not lock.cover.unlock() and lock.is_locked()
    lock.timer.stop()


def test_the_window_started_with_a_password_in_the_environment_refuses_such_an_account(
    qapp, db, operator, monkeypatch
):
    import pytest

    from deskapp.errors import DeskappError
    from deskapp.ui import app as app_module
    from tests.conftest import without_password

    without_password(db, "Luca Verdi")
    monkeypatch.setenv("DESKAPP_PASSWORD", "anything at all")
    with pytest.raises(DeskappError, match="no password yet"):
        app_module._choose_operator(db, "Luca Verdi")
