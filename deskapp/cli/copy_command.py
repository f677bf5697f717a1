"""'deskapp db copy --to': the whole database from a file into an empty PostgreSQL
database, or from a server into a new file (deskapp.dbcopy does the copying).

Who may: an administrator of the source, logged in as for any whole-database work
(db backup, restore, encrypt); a database with no account yet is copied without one.
The source must be at this version's schema: checked before the login, which writes to
the source's trail with this version's columns.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from deskapp.cli.common import EXIT_USER_ERROR, CliError, ProgressBar, require_database_file, say
from deskapp.cli.login import acting_operator, key_if_encrypted, new_key, open_server_asking
from deskapp.errors import Reason
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.paths import (
    SERVER_SCHEMES,
    DatabaseUrlError,
    PasswordInUrlError,
    database_location,
    looks_like_url,
    server_address,
)

_YES = frozenset({"y", "yes", "s", "si", "sì", "o", "oui"})


def cmd_copy(args: argparse.Namespace) -> int:
    from deskapp.dbcopy import CopyRefused

    source_at = database_location(args.db)
    target_at = _target(args.to)
    if isinstance(source_at, str) == isinstance(target_at, str):
        raise _same_kind(source_at)
    if isinstance(target_at, str) and args.encrypt:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "--encrypt encrypts a database file. On a server, encryption at rest and "
                "TLS (sslmode=require in the address) are the server's job.",
            )
        )
    source, encrypted = _open_source(source_at)
    try:
        from deskapp.services.organisation import is_initialised

        actor = acting_operator(source, args) if is_initialised(source) else None
        if actor is not None:
            from deskapp.services.permissions import Action, require

            require(actor, Action.BACKUP)  # before a key is asked for the new file
        try:
            report = _copy(source, target_at, actor, args)
        except CopyRefused as refused:
            _say_refusal(args, refused)
            return EXIT_USER_ERROR
        except SQLAlchemyError as exc:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error", "The copy to {target} failed: {reason}. Nothing was written."
                ),
                target=_shown(target_at),
                reason=_words(args, _reason(exc)),
            ) from None
    finally:
        source.dispose()
    _say_report(args, report, moved_from_file=isinstance(source_at, Path), encrypted=encrypted)
    return 0


def _target(text: str) -> Path | str:
    """``--to`` as a server's address or a file's path; any other URL is refused, and
    only the scheme of an address is repeated (the rest may hold a password)."""
    text = text.strip()
    if not text:
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "--to is empty: give a server's address or a file's path.")
        )
    if not looks_like_url(text):
        return Path(text).expanduser()
    try:
        return server_address(text)
    except PasswordInUrlError:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The database address holds a password: leave it out (a command line is "
                "seen by others and kept in histories), and give it in PGPASSWORD or in "
                "~/.pgpass instead.",
            )
        ) from None
    except DatabaseUrlError as exc:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'{scheme}://...' is not a database deskapp can copy to: give a PostgreSQL "
                "server's address (postgresql://user@host:port/dbname) or a new file's "
                "path with --to.",
            ),
            scheme=str(exc) if str(exc) not in SERVER_SCHEMES else "postgresql",
        ) from None


def _same_kind(source: Path | str) -> CliError:
    if isinstance(source, Path):
        return CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'db copy' copies a file to a PostgreSQL server, or a server to a file. "
                "To copy a file to another file, use 'deskapp db backup -o FILE'.",
            )
        )
    return CliError(
        QT_TRANSLATE_NOOP(
            "Error",
            "'db copy' copies a file to a PostgreSQL server, or a server to a file. From one "
            "server to another, copying is the servers' job (pg_dump and pg_restore).",
        )
    )


def _open_source(location: Path | str) -> tuple[Database, bool]:
    """The source, opened without migrating; refused (in words, before any login) when
    it is not at this version's schema. Returns it and whether it is an encrypted file."""
    from deskapp.dbcopy.copy import not_at_head
    from deskapp.models.migrate import (
        HEAD_REVISION,
        current_revision,
        open_database,
        peek_revision,
    )

    if isinstance(location, str):
        db, _ = open_server_asking(location, migrate=False)
        try:
            revision = current_revision(db)
            if revision != HEAD_REVISION:
                raise not_at_head(db.location, revision)
        except BaseException:
            db.dispose()
            raise
        return db, False
    require_database_file(location)
    key = key_if_encrypted(location)
    revision = peek_revision(location, key)
    if revision is None:
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "{path} is not a deskapp database."), path=str(location)
        )
    if revision != HEAD_REVISION:
        raise not_at_head(str(location), revision)
    db, _ = open_database(location, migrate=False, key=key)
    return db, key is not None


def _copy(source: Database, target: Path | str, actor: Any, args: argparse.Namespace) -> Any:
    from deskapp.dbcopy import copy_to_file, copy_to_server, require_new_file

    with ProgressBar(args.speech(QT_TRANSLATE_NOOP("Cli", "Copying"))) as bar:
        if isinstance(target, str):
            from deskapp.paths import default_backup_folder

            return copy_to_server(
                source, target, actor, anchor_folders=[default_backup_folder()], progress=bar
            )
        require_new_file(target)  # before a key is asked for
        key = new_key() if _encrypt(args) else None
        return copy_to_file(source, target, actor, key=key, progress=bar)


def _encrypt(args: argparse.Namespace) -> bool:
    """--encrypt, as 'deskapp init --encrypt'; without it, asked in a terminal."""
    if args.encrypt:
        return True
    if not sys.stdin.isatty():
        return False
    question = args.speech(
        QT_TRANSLATE_NOOP("Cli", "Encrypt the new file with a key (SQLCipher)? [y/N] ")
    )
    return input(question).strip().lower() in _YES


def _shown(target: Path | str) -> str:
    if isinstance(target, Path):
        return str(target)
    db = Database(target)  # no connection is made: the address, without any password
    try:
        return db.location
    finally:
        db.dispose()


def _reason(exc: SQLAlchemyError) -> Reason:
    """The failure's kind and code, never the driver's words: PostgreSQL's details quote
    row values, SQLite's driver the text it could not read."""
    from deskapp.dbcopy.copy import failure_reason

    return failure_reason(exc)


def _words(args: argparse.Namespace, reason: Any, context: str = "Error") -> str:
    """A sentence in the operator's language, with the sentences inside it too."""
    params = {
        name: _words(args, value, context) if isinstance(value, Reason) else value
        for name, value in getattr(reason, "params", {}).items()
    }
    template = getattr(reason, "template", str(reason))
    return str(args.speech.reason(Reason(template, **params), context))


def _say_refusal(args: argparse.Namespace, refused: Any) -> None:
    print(f"deskapp: {_words(args, refused)}", file=sys.stderr)
    for detail, context in refused.details:
        print(f"  {_words(args, detail, context)}", file=sys.stderr)


def _say_report(
    args: argparse.Namespace, report: Any, *, moved_from_file: bool, encrypted: bool
) -> None:
    from deskapp.dbcopy.plan import TABLE_LABELS

    for warning in report.warnings:  # after the commit: the copy stands
        kind = args.speech(QT_TRANSLATE_NOOP("Cli", "warning: "))
        print(f"{kind}{_words(args, warning)}", file=sys.stderr)
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "Copied {source} to {target} (schema {revision}):"),
        source=report.source,
        target=report.target,
        revision=report.revision,
    )
    for table, rows in report.counts.items():
        label = args.speech.words(TABLE_LABELS[table]) if table in TABLE_LABELS else table
        print(f"  {args.speech.labelled(label, f'{rows:,}')}")
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "{rows} rows in all; the audit trail's {events} events verify on the copy.",
        ),
        rows=f"{report.rows:,}",
        events=f"{report.events:,}",
    )
    if moved_from_file:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "From now on, work on the server: what is written to {source} after this "
                "copy is not in it.",
            ),
            source=report.source,
        )
        if encrypted:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{source} is encrypted; on the server, encryption at rest is the "
                    "server's job (its disks).",
                ),
                source=report.source,
            )
        return
    if report.erasures:
        print(
            args.speech.count(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "1 erasure is listed in the register of erasures beside the new file.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{n} erasures are listed in the register of erasures beside the new file.",
                ),
                report.erasures,
            )
        )
    if report.encrypted:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{path} is encrypted. Keep the key safe: without it the data cannot be read.",
            ),
            path=report.target,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{target} is not encrypted: 'deskapp db encrypt' encrypts it.",
            ),
            target=report.target,
        )
