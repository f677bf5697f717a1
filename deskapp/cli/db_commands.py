"""'deskapp db': check, back up, upgrade, restore and encrypt the database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from deskapp.cli.common import EXIT_USER_ERROR, CliError, require_database_file, say
from deskapp.cli.login import acting_operator, key_if_encrypted, new_key, open_server_asking
from deskapp.errors import DeskappError, NotADeskappDatabaseError, SchemaTooNewError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.models.migrate import open_database
from deskapp.paths import database_location


def _administrator(
    path: Path, key: str | None, args: argparse.Namespace, fallback: Path | None = None
):  # type: ignore[no-untyped-def]
    """The acting account, logged in on ``path``, required to be an administrator for
    whole-database work. With a backup ``fallback`` (a restore): when ``path`` is
    missing, empty, damaged beyond opening or has no account, on that backup's own
    accounts instead, the way back after the database was lost."""
    from deskapp.services.permissions import Action, require

    if fallback is None:
        actor = _log_in(path, key, args)
    else:
        actor = _log_in_for_restore(path, key, args, fallback)
    require(actor, Action.BACKUP)
    return actor


def _log_in(path: Path, key: str | None, args: argparse.Namespace, migrate: bool = False):  # type: ignore[no-untyped-def]
    db, _ = open_database(path, migrate=migrate, key=key)
    try:
        return acting_operator(db, args)
    finally:
        db.dispose()


def _log_in_for_restore(path: Path, key: str | None, args: argparse.Namespace, backup: Path):  # type: ignore[no-untyped-def]
    """Who may put ``backup`` in place of ``path``: the live database's own
    administrator whenever that database can say who it is; the backup's accounts only
    when it cannot (missing, empty, damaged from its first page, or holding no account).

    Never a fallback once the live file has shown accounts: a wrong password, a
    wrong key, an older schema or a file damaged further in is refused, not a reason to
    log in on a backup the person at the keyboard may have made themselves. Such a file
    can still be replaced after moving it aside by hand."""
    from deskapp.services.backups import scratch_copy

    if _has_accounts(path, key):
        try:
            # Brought to this schema first (copied aside before), so that its trail
            # takes the login's event in today's form.
            return _log_in(path, key, args, migrate=True)
        except SQLAlchemyError:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{path} holds accounts but cannot be used to log in (it may be damaged "
                    "further in): move it aside by hand, then restore again. Nothing was "
                    "changed.",
                ),
                path=str(path),
            ) from None
    # A copy takes the login's writes (it is audited): the backup stays as it was taken.
    # An older backup is brought to this schema first: the login reads today's columns.
    with scratch_copy(backup, key, path) as copy:
        return _log_in(copy, key, args, migrate=True)


def _has_accounts(path: Path, key: str | None) -> bool:
    """Whether ``path`` is a deskapp database with its accounts; False only when it
    is missing, empty, unreadable as a database from its first page, or set up with no
    account. An encrypted file whose key is missing or wrong is refused here, in words:
    a key that does not open the live database is no licence to replace it."""
    from deskapp.models.migrate import peek_revision
    from deskapp.models.sqlite_files import check_key, is_encrypted
    from deskapp.services.organisation import is_initialised

    if not path.exists() or path.stat().st_size == 0:
        return False
    if is_encrypted(path):
        check_key(path, key)  # KeyNeededError / WrongKeyError: said, nothing replaced
    try:
        if peek_revision(path, key) is None:
            return False  # no deskapp schema in it
        db, _ = open_database(path, migrate=False, key=key)
    except DeskappError as exc:
        if isinstance(exc, SchemaTooNewError):
            raise  # a newer deskapp's database: not ours to replace
        return False  # damaged from its first pages
    try:
        return is_initialised(db)
    except SQLAlchemyError:
        return False
    finally:
        db.dispose()


def cmd_db(args: argparse.Namespace) -> int:
    location = database_location(args.db)
    if isinstance(location, str):
        return _db_on_server(location, args)
    path = location
    if args.db_command == "grant":
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "'db grant' gives a role its rights on a PostgreSQL server; a database file "
                "has no roles: who may change it is set by the file's own permissions.",
            )
        )
    if args.db_command == "restore":
        return _restore(path, args)
    # A mistyped --db names a file that is not there: said, and nothing is created.
    require_database_file(path)
    if args.db_command == "encrypt":
        return _encrypt(path, args)
    key = key_if_encrypted(path)
    if args.db_command == "upgrade":
        db, result = open_database(path, key=key)
        assert result is not None
        if result.changed:
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "Upgraded {path} from {old} to {new}."),
                path=path,
                old=result.from_revision,
                new=result.to_revision,
            )
            if result.backup_path:
                say(
                    args,
                    QT_TRANSLATE_NOOP("Cli", "The previous file was copied to {path}."),
                    path=result.backup_path,
                )
        else:
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "{path} is up to date (schema {revision})."),
                path=path,
                revision=result.to_revision,
            )
        db.dispose()
        return 0
    if args.db_command == "check":
        return _check(path, key, args)
    db, _ = open_database(path, migrate=False, key=key)
    try:
        from deskapp.services.backups import back_up_now

        target = back_up_now(db, acting_operator(db, args), Path(args.output))
        say(args, QT_TRANSLATE_NOOP("Cli", "Backup written to {path}."), path=target)
        return 0
    finally:
        db.dispose()


def _db_on_server(url: str, args: argparse.Namespace) -> int:
    """'db check' and 'db upgrade' on a PostgreSQL server; the file operations (backup,
    restore, encrypt) are the server's own there."""
    if args.db_command == "upgrade":
        db, result = open_server_asking(url)
        try:
            assert result is not None
            if result.changed:
                say(
                    args,
                    QT_TRANSLATE_NOOP("Cli", "Upgraded {path} from {old} to {new}."),
                    path=db.location,
                    old=result.from_revision,
                    new=result.to_revision,
                )
            else:
                say(
                    args,
                    QT_TRANSLATE_NOOP("Cli", "{path} is up to date (schema {revision})."),
                    path=db.location,
                    revision=result.to_revision,
                )
            if result.changed:
                _say_granted_again(db, args)
            return 0
        finally:
            db.dispose()
    if args.db_command == "grant":
        return _grant(url, args)
    if args.db_command == "backup":
        return _dump(url, args)
    if args.db_command == "restore":
        return _restore_on_server(url, args)
    if args.db_command == "check":
        db, _ = open_server_asking(url, migrate=False)
        return _report_check(db, db.location, args)
    raise CliError(
        QT_TRANSLATE_NOOP(
            "Error",
            "'db {command}' works on a database file. On a PostgreSQL server, backups, "
            "restores and encryption at rest are the server's job (pg_dump, base backups, "
            "the disk's encryption).",
        ),
        command=args.db_command,
    )


def _grant(url: str, args: argparse.Namespace) -> int:
    """'db grant --role NAME': the desks' role may read and write the records, append to
    the audit trail, and nothing more (deskapp.models.sql.roles). Run as the owner."""
    from deskapp.models.sql.roles import grant_application_role

    db, _ = open_server_asking(url, migrate=False)
    try:
        with db.engine.begin() as conn:
            grant_application_role(conn, args.role)
    finally:
        db.dispose()
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "The role {role} may now read and write the records of {path} and add to its "
            "audit trail; it cannot change the schema, nor change or delete audit events. "
            "Tables made by later upgrades are granted to it too.",
        ),
        role=args.role,
        path=db.location,
    )
    return 0


def _say_granted_again(db: Database, args: argparse.Namespace) -> None:
    from deskapp.models.sql.roles import granted_roles

    with db.engine.connect() as conn:
        roles = granted_roles(conn)
    if roles:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "The desks' roles have their rights on the new schema: {roles}."
            ),
            roles=", ".join(roles),
        )


def _check(path: Path, key: str | None, args: argparse.Namespace) -> int:
    try:
        db, _ = open_database(path, migrate=False, key=key)
    except NotADeskappDatabaseError as exc:
        if "reason" not in exc.params:
            raise  # a database of another program: said as it is
        raise _damaged(path, exc.params["reason"]) from None
    return _report_check(db, path, args)


def _report_check(db: Database, where: Path | str, args: argparse.Namespace) -> int:
    from deskapp.paths import default_backup_folder
    from deskapp.services.maintenance import check_database

    try:
        # The anchors: beside the file, and in the manifests of the automatic backups.
        report = check_database(db, [default_backup_folder()] if db.path else [])
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or type(exc).__name__)
        if db.path is None:
            raise CliError(
                QT_TRANSLATE_NOOP("Error", "Checking {path} failed: {reason}"),
                path=str(where),
                reason=reason,
            ) from None
        raise _damaged(db.path, reason) from None
    finally:
        db.dispose()
    for fact in report.facts:
        print(args.speech.reason(fact, "Check"))
    for problem in report.problems:
        print(
            args.speech(
                QT_TRANSLATE_NOOP("Cli", "problem: {problem}"),
                problem=args.speech.reason(problem, "Check"),
            ),
            file=sys.stderr,
        )
    if report.ok:
        print(args.speech(QT_TRANSLATE_NOOP("Cli", "ok")))
    else:
        print(
            args.speech.count(
                QT_TRANSLATE_NOOP("Cli", "1 problem found"),
                QT_TRANSLATE_NOOP("Cli", "{n} problems found"),
                len(report.problems),
            )
        )
    return 0 if report.ok else EXIT_USER_ERROR


def _damaged(path: Path, reason: str) -> CliError:
    return CliError(
        QT_TRANSLATE_NOOP(
            "Error",
            "{path} cannot be read as a database ({reason}): it is damaged. Restore the "
            "last good backup with 'deskapp db restore BACKUP --yes'.",
        ),
        path=str(path),
        reason=reason,
    )


def _restore(path: Path, args: argparse.Namespace) -> int:
    """Put a backup in place of the database, which may be missing, empty or damaged
    beyond opening: that is when a restore is needed."""
    from deskapp.models.sqlite_files import ensure_alone
    from deskapp.services.backups import restore_backup, verify_backup

    backup = Path(args.file)
    # The backup's key when it is encrypted; else the database's, when it is: a plain
    # backup restored over an encrypted database is encrypted with that key.
    key = key_if_encrypted(backup) or key_if_encrypted(path)
    revision = verify_backup(backup, key)
    if not args.yes:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{file} is intact (schema {revision}). Restoring replaces {path}: close "
                "deskapp everywhere it is open, then add --yes.",
            ),
            file=args.file,
            revision=revision,
            path=str(path),
        )
    actor = _administrator(path, key, args, fallback=backup)
    ensure_alone(path, key)
    done = restore_backup(actor, path, backup, key=key)
    if done.aside is not None:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "Restored {path} from {file}; the previous file was kept as {aside}."
            ),
            path=path,
            file=args.file,
            aside=done.aside,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "Restored {path} from {file}; there was no previous database to keep."
            ),
            path=path,
            file=args.file,
        )
    print(args.speech.reason(done.encryption_note))
    if done.erasures_reapplied:
        print(
            args.speech.count(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "1 person erased after this backup was made was anonymised again (the "
                    "register of erasures beside the database).",
                ),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "{n} people erased after this backup was made were anonymised again (the "
                    "register of erasures beside the database).",
                ),
                done.erasures_reapplied,
            )
        )
    return 0


def _encrypt(path: Path, args: argparse.Namespace) -> int:
    """Encrypt a plain database in place: an encrypted copy is written, checked, and put
    in place of the plain file by a rename."""
    from deskapp.models.migrate import peek_revision
    from deskapp.models.sqlite_files import encrypt_file, ensure_alone, is_encrypted
    from deskapp.paths import default_backup_folder
    from deskapp.services.backups import verify_backup
    from deskapp.services.disk_space import ensure_free_space

    if is_encrypted(path):
        raise CliError(QT_TRANSLATE_NOOP("Error", "{path} is encrypted already."), path=str(path))
    if peek_revision(path) is None:
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "{path} is not a deskapp database."), path=str(path)
        )
    _administrator(path, None, args)
    ensure_alone(path, None)
    key = new_key()
    ensure_free_space(path.parent, path.stat().st_size * 2)
    encrypted = path.with_name(path.name + ".encrypting")
    try:
        encrypt_file(path, encrypted, key)
        verify_backup(encrypted, key)  # opens with the key, intact, same schema
    except BaseException:
        encrypted.unlink(missing_ok=True)
        raise
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    encrypted.replace(path)
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli", "{path} is encrypted. Keep the key safe: without it the data cannot be read."
        ),
        path=path,
    )
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Copies made before (backups in {folder}, exports, files kept aside) are still "
            "plain: delete them once a new, encrypted backup exists.",
        ),
        folder=default_backup_folder(),
    )
    return 0


def _dump(url: str, args: argparse.Namespace) -> int:
    """'db backup' on a server: pg_dump's archive, by an administrator of the registry
    (as for a file), audited in the registry's trail."""
    from deskapp.models.enums import AuditAction
    from deskapp.services.audit import record_event
    from deskapp.services.permissions import Action, require
    from deskapp.services.server_backup import dump

    db, _ = open_server_asking(url, migrate=False)
    try:
        actor = acting_operator(db, args)
        require(actor, Action.BACKUP)
        target = dump(db.url, Path(args.output))
        with db.write() as s:
            record_event(s, actor, "database", None, AuditAction.EXPORT, detail="backup")
        say(args, QT_TRANSLATE_NOOP("Cli", "Backup written to {path}."), path=target)
        return 0
    finally:
        db.dispose()


def _restore_on_server(url: str, args: argparse.Namespace) -> int:
    """'db restore ARCHIVE' on a server: pg_restore into an empty database only (a
    registry in use is replaced by its administrator, by dropping and re-creating the
    database: deskapp does not drop one), then the same check as 'db check'."""
    from sqlalchemy import text

    from deskapp.services.server_backup import restore

    if not args.yes:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Restoring loads the archive into the database at the address given: add "
                "--yes to confirm.",
            )
        )
    from deskapp.models.database import Database

    # Opened as it is (open_server_database refuses a database without deskapp's schema,
    # which is what a restore wants).
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            tables = conn.execute(
                text(
                    "SELECT count(*) FROM information_schema.tables "
                    "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                )
            ).scalar()
        if tables:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{path} is not empty ({count} tables): an archive is restored into a new, "
                    "empty database (createdb), never over a registry. Nothing was changed.",
                ),
                path=db.location,
                count=tables,
            )
        restore(db.url, Path(args.file))
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "Restored {file} into {path}."),
            file=args.file,
            path=db.location,
        )
        return _report_check(db, db.location, args)
    finally:
        db.dispose()
