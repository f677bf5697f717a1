"""Unexpected errors: written to the log file with their traceback, shown to the
operator in a readable dialog, and the application goes on running."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("deskapp")


def install_excepthook(log_file: Path) -> None:
    """Log to ``log_file`` and replace sys.excepthook (Qt calls it for exceptions
    raised in slots, which would otherwise only reach the console)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        handler.flush()
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App",
                "Something went wrong: %1\n\nWhat was saved before is safe. The details "
                "were written to %2; send that file to whoever looks after deskapp.",
            )
            .replace("%1", str(value) or kind.__name__)
            .replace("%2", str(log_file)),
        )

    sys.excepthook = hook
