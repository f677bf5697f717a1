"""What every command shares: the environment variables, exit codes, the user's
error and a progress bar."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP

PASSWORD_ENV = "DESKAPP_PASSWORD"
KEY_ENV = "DESKAPP_KEY"  # the key of an encrypted database (SQLCipher)
OPERATOR_ENV = "DESKAPP_OPERATOR"
EXIT_USER_ERROR = 1
EXIT_DATABASE_REFUSED = 2


class CliError(DeskappError):
    pass


def say(args: Any, template: str, **params: Any) -> None:
    """Print a message of the command line (marked QT_TRANSLATE_NOOP("Cli", ...)) in the
    operator's language (deskapp.cli.speech)."""
    print(args.speech(template, **params))


def require_database_file(path: Path) -> None:
    """Refuse a database path that names no file, or an empty one: only 'deskapp init'
    (and 'demo', and the window after asking) make a new database."""
    if not path.exists():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "No database at {path}: check the path (--db or DESKAPP_DB), or create a "
                "new database with 'deskapp init'.",
            ),
            path=str(path),
        )
    if path.is_dir():
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "{path} is a folder, not a database file."),
            path=str(path),
        )
    if path.stat().st_size == 0:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is an empty file, not a deskapp database: restore a backup into it "
                "('deskapp db restore'), or create a new database with 'deskapp init'.",
            ),
            path=str(path),
        )


class ProgressBar:
    """A one-line progress bar on a terminal; silent when output goes to a file."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.shown = False

    def __call__(self, step: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(
            f"\r{self.label} {step:<9} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
        )
        sys.stderr.flush()
        self.shown = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.shown:
            sys.stderr.write("\n")
