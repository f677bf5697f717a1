"""What waits for the main window's first paint: the integrity check (it reads the whole
file), the automatic backups and the screen lock start once the registry is on the
screen, not before it (start-up, issue 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from deskapp.ui import app as app_module
from deskapp.ui import idle_lock, safety
from deskapp.ui.main_window import MainWindow


def test_the_checks_and_the_screen_lock_start_once_the_window_is_painted(
    qapp, qtbot, db, db_path, operator, monkeypatch
):
    monkeypatch.setenv("DESKAPP_PASSWORD", "Tramonto-sul-molo")
    monkeypatch.setattr(app_module, "install_excepthook", lambda path: None)
    events: list[str] = []
    windows: list[MainWindow] = []

    class Window(MainWindow):
        def paintEvent(self, event):  # noqa: N802
            if "painted" not in events:
                events.append("painted")
            super().paintEvent(event)

    def event_loop(_app=None) -> int:
        """The application's loop, until the screen lock is on (the tests' own
        application is not quit, which would stop its timers for the next tests)."""
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, Window))
        qtbot.waitUntil(lambda: "screen lock" in events, timeout=10000)
        return 0

    real_start, real_lock = safety.SafetyNets.start, idle_lock.IdleLock.__init__

    def start(nets):
        events.append("integrity check and backups")
        real_start(nets)

    def lock(self, *args, **kwargs):
        events.append("screen lock")
        real_lock(self, *args, **kwargs)

    monkeypatch.setattr(safety.SafetyNets, "start", start)
    monkeypatch.setattr(idle_lock.IdleLock, "__init__", lock)
    monkeypatch.setattr(app_module, "MainWindow", Window)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert app_module.run_gui(db_path, operator.name) == 0
    finally:
        for window in windows:
            window.close()
            window.deleteLater()  # and its screen lock, which watches every event
    assert events == ["painted", "integrity check and backups", "screen lock"]
