"""Long work (imports, exports, backups) off the GUI thread, with progress and cancel.

The work is a plain function taking a ``progress(done, total)`` callback; it runs in
a QThread while a progress dialog shows how far it is. Cancel sets a flag; the next
progress report raises Cancelled inside the work, which then rolls back its
transaction or removes its half-written file (the services promise that). The
result or the error comes back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from deskapp.errors import Cancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the GUI
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of long work and its progress dialog. Keep a reference until done."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception, Cancelled included
    done = Signal()

    def __init__(self, parent: QWidget, title: str, work: Work) -> None:
        super().__init__(parent)
        self.cancel_flag = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._thread = QThread()
        self._worker = _Worker(work, self.cancel_flag)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.finished.connect(self._finished)
        self._worker.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_flag.set()
        self.dialog.setLabelText(self.tr("Cancelling..."))

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setLabelText(self.tr("%Ln rows done", "", done))

    def _stop(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()

    def _finished(self, result: object) -> None:
        self._stop()
        self.succeeded.emit(result)
        self.done.emit()

    def _failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
        self.done.emit()

    def is_running(self) -> bool:
        return self._thread.isRunning()


def run_in_background(
    parent: QWidget,
    title: str,
    work: Work,
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> BackgroundTask:
    task = BackgroundTask(parent, title, work)
    task.succeeded.connect(on_success)
    task.failed.connect(on_error)
    task.done.connect(task.deleteLater)
    task.start()
    return task
