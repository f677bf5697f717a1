"""'deskapp db': check, back up, upgrade, restore and encrypt the database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from deskapp.cli.common import EXIT_USER_ERROR, CliError
from deskapp.cli.login import acting_operator, key_if_encrypted, new_key
from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.migrate import open_database
from deskapp.paths import database_path


def _administrator(
    path: Path, key: str | None, args: argparse.Namespace, fallback: Path | None = None
):  # type: ignore[no-untyped-def]
    """The acting account, logged in on ``path`` (or, when that file cannot be opened,
    on the backup ``fallback``: the way back after the database was lost), required to
    be an administrator for whole-database work."""
    from deskapp.services.permissions import Action, require

    try:
        db, _ = open_database(path, migrate=False, key=key)
    except DeskappError:
        if fallback is None:
            raise
        db, _ = open_database(fallback, migrate=False, key=key)
    try:
        actor = acting_operator(db, args)
    finally:
        db.dispose()
    require(actor, Action.BACKUP)
    return actor


def cmd_db(args: argparse.Namespace) -> int:
    from deskapp.services.maintenance import check_database

    path = database_path(args.db)
    if args.db_command == "encrypt":
        return _encrypt(path, args)
    key = key_if_encrypted(path)
    if args.db_command == "restore":
        from deskapp.models.sqlite_files import ensure_alone
        from deskapp.services.backups import restore_backup, verify_backup

        # A backup of an encrypted database has its key; a plain one needs none.
        key = key or key_if_encrypted(Path(args.file))
        revision = verify_backup(Path(args.file), key)
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
        actor = _administrator(path, key, args, fallback=Path(args.file))
        ensure_alone(path, key)
        aside = restore_backup(actor, path, Path(args.file), key=key)
        print(f"Restored {path} from {args.file}; the previous file was kept as {aside}.")
        return 0
    if args.db_command != "upgrade" and not path.exists():
        raise CliError(QT_TRANSLATE_NOOP("Error", "No database at {path}."), path=str(path))
    if args.db_command == "upgrade":
        db, result = open_database(path, key=key)
        assert result is not None
        if result.changed:
            print(f"Upgraded {path} from {result.from_revision} to {result.to_revision}.")
            if result.backup_path:
                print(f"The previous file was copied to {result.backup_path}.")
        else:
            print(f"{path} is up to date (schema {result.to_revision}).")
        db.dispose()
        return 0
    db, _ = open_database(path, migrate=False, key=key)
    try:
        if args.db_command == "check":
            report = check_database(db)
            for fact in report.facts:
                print(fact)
            for problem in report.problems:
                print(f"problem: {problem}", file=sys.stderr)
            print("ok" if report.ok else f"{len(report.problems)} problem(s) found")
            return 0 if report.ok else EXIT_USER_ERROR
        from deskapp.services.backups import back_up_now

        target = back_up_now(db, acting_operator(db, args), Path(args.output))
        print(f"Backup written to {target}.")
        return 0
    finally:
        db.dispose()


def _encrypt(path: Path, args: argparse.Namespace) -> int:
    """Encrypt a plain database in place: an encrypted copy is written, checked, and put
    in place of the plain file by a rename."""
    from deskapp.models.migrate import peek_revision
    from deskapp.models.sqlite_files import encrypt_file, ensure_alone, is_encrypted
    from deskapp.paths import default_backup_folder
    from deskapp.services.backups import verify_backup
    from deskapp.services.disk_space import ensure_free_space

    if not path.exists():
        raise CliError(QT_TRANSLATE_NOOP("Error", "No database at {path}."), path=str(path))
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
    print(f"{path} is encrypted. Keep the key safe: without it the data cannot be read.")
    print(
        "Copies made before (backups in "
        f"{default_backup_folder()}, exports, files kept aside) are still plain: delete "
        "them once a new, encrypted backup exists."
    )
    return 0
