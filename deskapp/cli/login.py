"""Who acts and with which key: the operator's login, the database key, new
passwords and keys typed twice."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from deskapp.cli.common import KEY_ENV, OPERATOR_ENV, PASSWORD_ENV, CliError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.services.actor import Actor


def acting_operator(db: Database, args: argparse.Namespace) -> Actor:
    """Log in the operator who runs the command, as the window does: the name exactly
    (never a pattern), the password from DESKAPP_PASSWORD or typed, the same lockout
    and the same audit. An unknown name and a wrong password get the same answer, and
    no account is ever listed."""
    from deskapp.services.accounts import log_in
    from deskapp.services.organisation import is_initialised

    name = args.operator or os.environ.get(OPERATOR_ENV)
    if not is_initialised(db):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "This database has no desk and no operator yet: set it up with 'deskapp init' "
                "(or fill a test database with 'deskapp demo').",
            )
        )
    if not name or not name.strip():
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "Say who is acting: --operator NAME or DESKAPP_OPERATOR.")
        )
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Give the password of the acting operator in DESKAPP_PASSWORD, or run "
                    "the command in a terminal to type it.",
                )
            )
        import getpass

        password = getpass.getpass(_prompt(QT_TRANSLATE_NOOP("Cli", "Password: ")))
    actor = log_in(db, name, password, first_login=False).actor
    # From now on the command speaks the operator's language: their own, else their desk's.
    from deskapp.cli.speech import speech_for_operator
    from deskapp.services.operator_accounts import reading_languages

    args.speech = speech_for_operator(*reading_languages(db, actor.operator_id))
    return actor


def key_if_encrypted(path: Path) -> str | None:
    """The key of an encrypted database: DESKAPP_KEY, or typed when asked. None for a
    plain file (a key in the environment is then not used)."""
    from deskapp.models.sqlite_files import is_encrypted

    if not is_encrypted(path):
        return None
    key = os.environ.get(KEY_ENV)
    if key is not None:
        return key
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is encrypted: give its key in DESKAPP_KEY, or run the command in a "
                "terminal to type it.",
            ),
            path=str(path),
        )
    import getpass

    return getpass.getpass(_prompt(QT_TRANSLATE_NOOP("Cli", "Key of {name}: "), name=path.name))


def new_key() -> str:
    """The key of a database being encrypted: DESKAPP_KEY, or typed twice."""
    from deskapp.models.sqlite_files import require_good_key

    key = os.environ.get(KEY_ENV)
    if key is not None:
        require_good_key(key)
        return key
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Choose the database key: set DESKAPP_KEY, or run the command in a "
                "terminal to type it.",
            )
        )
    import getpass

    first = getpass.getpass(
        _prompt(
            QT_TRANSLATE_NOOP(
                "Cli", "New key (at least 12 characters; without it the data is lost): "
            )
        )
    )
    if getpass.getpass(_prompt(QT_TRANSLATE_NOOP("Cli", "The same again: "))) != first:
        raise CliError(QT_TRANSLATE_NOOP("Error", "The two keys differ; nothing was written."))
    require_good_key(first)
    return first


def new_password(name: str) -> str:
    """The first administrator's password: DESKAPP_PASSWORD, or typed twice."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Choose the administrator's password: set DESKAPP_PASSWORD, or run the "
                "command in a terminal to type it.",
            )
        )
    import getpass

    first = getpass.getpass(
        _prompt(
            QT_TRANSLATE_NOOP("Cli", "New password for {name} (at least 8 characters): "),
            name=name,
        )
    )
    if getpass.getpass(_prompt(QT_TRANSLATE_NOOP("Cli", "The same again: "))) != first:
        raise CliError(QT_TRANSLATE_NOOP("Error", "The two passwords differ; nothing was written."))
    return first


def open_server_asking(url: str, **options: Any) -> tuple[Database, Any]:
    """``open_server_database``, asking for the server's password on the terminal when
    the server wants one libpq did not find (PGPASSWORD, ~/.pgpass). The password goes
    to the driver as a connection parameter: never in the URL, a file or the output."""
    from deskapp.errors import PasswordNeededError
    from deskapp.models.migrate import open_server_database

    try:
        return open_server_database(url, **options)
    except PasswordNeededError:
        if not sys.stdin.isatty():
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The database server asks for a password: give it in PGPASSWORD or "
                    "~/.pgpass, or run the command in a terminal to type it.",
                )
            ) from None
    import getpass

    from sqlalchemy import make_url

    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host") or "") or "localhost"
    password = getpass.getpass(
        _prompt(
            QT_TRANSLATE_NOOP("Cli", "Password of {user} on {host}: "),
            user=parsed.username or "-",
            host=host,
        )
    )
    return open_server_database(url, password=password, **options)


def _prompt(template: str, **params: str) -> str:
    """A terminal prompt in the language of the command line before the login (the
    system's, or DESKAPP_LANGUAGE): who types a password has not said who they are yet."""
    from deskapp.cli.speech import speech_before_login

    return speech_before_login()(template, **params)
