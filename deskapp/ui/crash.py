"""Unexpected errors: written to the log file with their traceback, shown to the
operator in a readable dialog, and the application goes on running.

The log file outlives the session and travels to whoever looks after deskapp, so it
holds no personal data: an exception's message may quote the data that raised it
(openpyxl quotes the whole cell it refuses, a ValueError the value), so the log keeps
each exception's type and the places in the code it passed, not its message.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from deskapp.errors import ConnectionLostError, DeskappError

log = logging.getLogger("deskapp")

WITHHELD = "(message not logged: it may quote personal data)"


def _what(error: BaseException) -> str:
    """An exception's type, and only those words of it that never hold data."""
    kind = type(error)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    if isinstance(error, DeskappError):
        return f"{name}: {error.template}"  # the template, never its filled-in values
    if isinstance(error, OSError) and error.errno is not None:
        # The OS's words for the errno; the file name stays out (it may be a person's).
        return f"{name}: [Errno {error.errno}] {error.strerror}"
    return f"{name} {WITHHELD}"


def private_traceback(error: BaseException) -> str:
    """The traceback of ``error`` and of the exceptions that led to it, as places in
    the code and exception types."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines: list[str] = []
    for position, exc in enumerate(reversed(chain)):
        if position:
            lines += ["", "It led to:", ""]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(exc.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:  # the source code, which holds no data
                lines.append(f"    {frame.line}")
        lines.append(_what(exc))
    return "\n".join(lines)


class PrivateFormatter(logging.Formatter):
    """Formats records as usual, and their exceptions with ``private_traceback``.

    Another handler (a console, pytest's capture) may have cached the full traceback
    on the record: it is neither used nor replaced here."""

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        record.exc_info = record.exc_text = None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += "\n" + private_traceback(exc_info[1])
        return text


def install_excepthook(log_file: Path) -> None:
    """Log to ``log_file`` and replace sys.excepthook (Qt calls it for exceptions
    raised in slots, which would otherwise only reach the console)."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        if isinstance(value, ConnectionLostError):
            # Not a crash: the server went away. The window says so in its banner
            # (deskapp.ui.server_start) and the next action connects again.
            log.warning("the database server did not answer: %s", _what(value))
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
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
