"""The ``deskapp`` command: the GUI, and the same services without a screen.

    deskapp                                   start the GUI on the default database
    deskapp init --desk NAME --region R ...   set up a new database (desk, administrator)
    deskapp demo --persons N --seed S         fill an empty database with invented people
    deskapp import persons FILE [--dry-run]   import a registry file (CSV or .xlsx)
    deskapp export persons|projects|activities --format csv|xlsx -o FILE
    deskapp search TEXT                       find people as the desk does
    deskapp db check | db backup -o FILE | db upgrade

``--db PATH`` (or DESKAPP_DB) chooses the database everywhere; ``--operator NAME``
(or DESKAPP_OPERATOR) is who acts, so command-line writes are audited like the GUI's.
A mistake by the user prints one clear line and a non-zero exit code, never a traceback.
"""

import argparse
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from deskapp.cli.common import (
    EXIT_DATABASE_REFUSED,
    EXIT_USER_ERROR,
    OPERATOR_ENV,
    CliError,
    require_database_file,
)
from deskapp.cli.parser import build_parser
from deskapp.cli.speech import argparse_speaking, speech_before_login
from deskapp.errors import DatabaseError, DeskappError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.paths import (
    DatabaseUrlError,
    PasswordInUrlError,
    database_location,
    make_files_private,
)

if TYPE_CHECKING:
    from deskapp.models.database import Database

# The commands (SQLAlchemy, the models, Alembic, the services) are imported when one
# runs: the GUI shows its login dialog before loading them (start-up, issue 17).


def cmd_gui(args: argparse.Namespace) -> int:
    from deskapp.ui.app import run_gui

    # A file's path, or a server's address (postgresql://, no password in it).
    return run_gui(database_location(args.db), args.operator or os.environ.get(OPERATOR_ENV))


# The commands that may create the database file; the others need it to exist, so a
# mistyped --db says so instead of leaving a new empty database behind.
CREATING = frozenset({"init", "demo"})

# Each command's function in deskapp.cli.commands.
COMMANDS = {
    "init": "cmd_init",
    "demo": "cmd_demo",
    "import": "cmd_import",
    "export": "cmd_export",
    "search": "cmd_search",
    "match": "cmd_match",
    "report": "cmd_report",
    "gdpr": "cmd_gdpr",
    "sync": "cmd_sync",
}


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # the import's worker processes, in the frozen app
    make_files_private()
    # The system's language (or DESKAPP_LANGUAGE) until a login names the operator's;
    # --help and argparse's errors speak it too.
    speech = speech_before_login()
    with argparse_speaking(speech):
        args = build_parser(speech).parse_args(argv)
    args.speech = speech
    try:
        if args.command is None:
            return cmd_gui(args)
        if args.command == "db" and args.db_command == "copy":
            from deskapp.cli.copy_command import cmd_copy

            return cmd_copy(args)
        if args.command == "db":
            from deskapp.cli.db_commands import cmd_db

            return cmd_db(args)
        if args.command == "demo" and args.persons < 1:
            raise CliError(QT_TRANSLATE_NOOP("Error", "--persons must be at least 1."))
        location = database_location(args.db)
        if isinstance(location, str):
            return _on_server(args, location)
        from deskapp.cli import commands
        from deskapp.cli.login import key_if_encrypted, new_key
        from deskapp.models.migrate import open_database

        path = location
        key: str | None
        if args.command == "init" and args.encrypt:
            if path.exists() and path.stat().st_size:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "{path} exists already: 'deskapp db encrypt' encrypts a database "
                        "that holds data.",
                    ),
                    path=str(path),
                )
            key = new_key()
        else:
            if args.command not in CREATING:
                require_database_file(path)
            elif path.is_dir():
                raise CliError(
                    QT_TRANSLATE_NOOP("Error", "{path} is a folder, not a database file."),
                    path=str(path),
                )
            key = key_if_encrypted(path)
        db, _ = open_database(path, key=key)
        try:
            run: Callable[[argparse.Namespace, Database], int]
            run = getattr(commands, COMMANDS[args.command])
            return run(args, db)
        finally:
            db.dispose()
    except (CliError, NotFoundError) as exc:
        print(f"deskapp: {args.speech.error(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except DeskappError as exc:
        print(f"deskapp: {args.speech.error(exc)}", file=sys.stderr)
        return EXIT_DATABASE_REFUSED if isinstance(exc, DatabaseError) else EXIT_USER_ERROR
    except DatabaseUrlError as exc:
        print(f"deskapp: {args.speech.error(url_refused(exc, args))}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        interrupted = QT_TRANSLATE_NOOP("Cli", "interrupted; nothing half-written was kept.")
        print(f"deskapp: {args.speech(interrupted)}", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"deskapp: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_USER_ERROR


def _on_server(args: argparse.Namespace, url: str) -> int:
    """A command on a database of a PostgreSQL server: the same services, no file."""
    if args.command == "init" and args.encrypt:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "--encrypt encrypts a database file. On a server, encryption at rest and "
                "TLS (sslmode=require in the address) are the server's job.",
            )
        )
    from deskapp.cli import commands
    from deskapp.cli.login import open_server_asking

    db, _ = open_server_asking(url, create=args.command in CREATING)
    try:
        run: Callable[[argparse.Namespace, Database], int]
        run = getattr(commands, COMMANDS[args.command])
        return run(args, db)
    finally:
        db.dispose()


def url_refused(exc: DatabaseUrlError, args: argparse.Namespace) -> CliError:
    """What to say about a --db that is a URL deskapp does not open here. Only the
    scheme is repeated: the rest of the address may hold a password."""
    scheme = str(exc)
    if isinstance(exc, PasswordInUrlError):
        return CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The database address holds a password: leave it out (a command line is "
                "seen by others and kept in histories), and give it in PGPASSWORD or in "
                "~/.pgpass instead.",
            )
        )
    return CliError(
        QT_TRANSLATE_NOOP(
            "Error",
            "'{scheme}://...' is not a database deskapp can open: give a file's path, or "
            "a PostgreSQL server's address (postgresql://user@host:port/dbname), with "
            "--db or DESKAPP_DB.",
        ),
        scheme=scheme,
    )


if __name__ == "__main__":
    sys.exit(main())
