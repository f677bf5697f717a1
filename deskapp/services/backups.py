"""Automatic backups, their rotation, restoring one, and the free-space check.

A backup is a copy made with SQLite's online backup API (consistent while the app
writes), checked by opening it and running an integrity check, named
``<database>-YYYYmmdd-HHMMSS.sqlite`` in the backup folder. The GUI asks for one at start
and every hour; `automatic_backup` makes it when the newest is a day old. Rotation
keeps the newest copy of each of the last 7 days, of each of the last 4 weeks and of
each of the last 12 months (grandfather-father-son), and removes the others. Each
backup has its manifest beside it (``<backup>.manifest.json``, the head of the audit
trail in the copy: ``deskapp.services.audit_anchor``); the rotation removes both.

Restoring verifies the chosen copy first (a deskapp database, intact), keeps the
current file aside (``<database>.before-restore-<stamp>.sqlite``), then copies the backup
over it with the same API, so a failure half-way leaves the current file as it was.
It works on a missing, empty or damaged file too: that is when it is needed. A plain
backup restored over an encrypted database is encrypted with its key on the way in.
The caller must have closed its own connections (the GUI quits afterwards).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Operator
from deskapp.models.audit_anchor import anchor_path, head_of_file, write_anchor
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.migrate import refuse_unknown_revision, upgrade_database
from deskapp.models.sqlite_files import (
    KeyNeededError,
    WrongKeyError,
    check_key,
    connect_file,
    database_errors,
    export_encrypted,
    is_encrypted,
    key_for,
)
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.audit_anchor import manifest_path
from deskapp.services.disk_space import ensure_free_space
from deskapp.services.erasure_register import reapply_erasures
from deskapp.services.maintenance import backup_database
from deskapp.services.permissions import Action, require

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
DAILY, WEEKLY, MONTHLY = 7, 4, 12  # copies kept of each
DUE_AFTER = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})\.sqlite$")


def list_backups(folder: Path, database: Path) -> list[Backup]:
    """The automatic backups of ``database`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(database.stem)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            found.append(Backup(path, dt.datetime.strptime(match.group(1), STAMP)))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def backup_due(folder: Path, database: Path, now: dt.datetime) -> bool:
    backups = list_backups(folder, database)
    return not backups or now - backups[0].taken >= DUE_AFTER


def automatic_backup(
    db: Database, folder: Path, now: dt.datetime | None = None, force: bool = False
) -> Path | None:
    """A verified backup into ``folder`` when one is due (or ``force``), then rotation.
    Returns the new copy, or None when none was due."""
    source = db.path
    if source is None:
        return None
    now = now or dt.datetime.now()
    if not force and not backup_due(folder, source, now):
        return None
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{source.stem}-{now.strftime(STAMP)}.sqlite"
    backup_database(db, target)
    rotate(folder, source, now)
    return target


def to_keep(backups: Iterable[Backup], now: dt.datetime) -> set[Path]:
    """Grandfather-father-son: the newest of each recent day, week and month."""
    keep: set[Path] = set()
    seen: dict[str, set[object]] = {"day": set(), "week": set(), "month": set()}
    today = now.date()
    for backup in sorted(backups, key=lambda b: b.taken, reverse=True):
        day = backup.taken.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        age_days = (today - day).days
        if age_days < DAILY and day not in seen["day"]:
            seen["day"].add(day)
            keep.add(backup.path)
        if age_days < WEEKLY * 7 and week not in seen["week"]:
            seen["week"].add(week)
            keep.add(backup.path)
        months_back = (today.year - day.year) * 12 + today.month - day.month
        if months_back < MONTHLY and month not in seen["month"]:
            seen["month"].add(month)
            keep.add(backup.path)
    return keep


def rotate(folder: Path, database: Path, now: dt.datetime) -> list[Path]:
    """Remove the backups the rotation no longer keeps; return them."""
    backups = list_backups(folder, database)
    keep = to_keep(backups, now)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return removed


def verify_backup(path: Path, key: str | None = None) -> str:
    """Check a file is an intact deskapp database; return its schema revision. An
    encrypted copy is opened with ``key`` (the current database's)."""
    if not path.is_file():
        raise DeskappError(QT_TRANSLATE_NOOP("Error", "No file at {path}."), path=str(path))
    # Refuses a file that is not a database, and one written by a newer deskapp.
    revision = refuse_unknown_revision(path, key)
    if revision is None:
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "{path} is not a deskapp database."), path=str(path)
        )
    conn = connect_file(path, key_for(path, key), read_only=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except database_errors() as exc:
        result = str(exc)
    finally:
        conn.close()
    if result != "ok":
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "{path} is damaged ({result}): choose another backup."),
            path=str(path),
            result=result,
        )
    return revision


@dataclass(frozen=True)
class Restored:
    """What a restore did."""

    aside: Path | None  # the replaced file, kept; None when there was none to keep
    encrypted: bool  # the restored database is encrypted
    encrypted_here: bool  # a plain backup, encrypted with the database's key on the way
    # People erased after the copy was made, anonymised again from the register beside
    # the database (deskapp.services.erasure_register).
    erasures_reapplied: int = 0

    @property
    def encryption_note(self) -> str:
        """One sentence saying whether the restored database is encrypted, and why."""
        if self.encrypted_here:
            return QT_TRANSLATE_NOOP(
                "Backup",
                "The backup was not encrypted: the restored database is encrypted with the "
                "database's key, as the file it replaced was.",
            )
        if self.encrypted:
            return QT_TRANSLATE_NOOP(
                "Backup", "The restored database is encrypted with its key, as the backup was."
            )
        return QT_TRANSLATE_NOOP(
            "Backup", "The restored database is not encrypted, as the backup was not."
        )


class PlainOverEncryptedError(DeskappError):
    """A plain backup over an encrypted database whose key was not shown to open it."""


def restore_database(
    database: Path, backup: Path, now: dt.datetime | None = None, key: str | None = None
) -> Restored:
    """Replace ``database`` with ``backup`` after checking it. Close every connection to
    ``database`` first. The current file is kept aside first, even damaged beyond
    opening (its bytes as they are); a missing or empty one has nothing to keep.

    ``key``: of an encrypted database and its backups. An encrypted backup stays
    encrypted. A plain backup put back over an encrypted database is encrypted with
    that database's key on the way in (it must open the database): a restore never
    leaves an encrypted database plain."""
    verify_backup(backup, key)
    now = now or dt.datetime.now()
    database.parent.mkdir(parents=True, exist_ok=True)
    present = database.is_file() and database.stat().st_size > 0
    encrypt_here = present and is_encrypted(database) and not is_encrypted(backup)
    if encrypt_here:
        _require_the_database_key(database, backup, key)
    needed = 2 * backup.stat().st_size + (database.stat().st_size if present else 0)
    ensure_free_space(database.parent, needed)
    aside = None
    if present:
        aside = database.with_name(f"{database.stem}.before-restore-{now.strftime(STAMP)}.sqlite")
        _keep_aside(database, aside, key)
    # Copied whole to a new file, then put in place by a rename: a failure half-way
    # leaves the current file as it was.
    incoming = database.with_name(database.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        if encrypt_here:
            assert key is not None
            export_encrypted(backup, incoming, key)
            verify_backup(incoming, key)
        else:
            _copy(backup, incoming, key_for(backup, key))
    except BaseException:
        for leftover in (incoming, incoming.with_name(incoming.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    for companion in ("-wal", "-shm"):  # the old file's WAL must not replay on the new
        database.with_name(database.name + companion).unlink(missing_ok=True)
    incoming.replace(database)
    _anchor_restored(database, aside, key)
    return Restored(aside, is_encrypted(database), encrypt_here)


def _require_the_database_key(database: Path, backup: Path, key: str | None) -> None:
    if not key:
        raise KeyNeededError(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} is encrypted and the backup {backup} is not: give the database's "
                "key (DESKAPP_KEY, or typed when asked), so that the restored copy is "
                "encrypted with it too.",
            ),
            path=str(database),
            backup=str(backup),
        )
    try:
        check_key(database, key)
    except WrongKeyError:
        raise PlainOverEncryptedError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The key does not open {path} (a wrong key, or the file is damaged) and the "
                "backup {backup} is not encrypted: it is not put back unencrypted over an "
                "encrypted database. Give the key that opens {path}; if the file is damaged "
                "beyond opening, move it elsewhere, restore the backup, then encrypt it "
                "with 'deskapp db encrypt'. Nothing was changed.",
            ),
            path=str(database),
            backup=str(backup),
        ) from None


def _keep_aside(database: Path, aside: Path, key: str | None) -> None:
    """A copy of the current file at ``aside``: through SQLite when it opens (the WAL
    folded in), its bytes as they are (and its WAL's) when it is damaged."""
    try:
        try:
            _copy(database, aside, key_for(database, key))
        except database_errors():
            aside.unlink(missing_ok=True)
            shutil.copyfile(database, aside)
            wal = database.with_name(database.name + "-wal")
            if wal.is_file() and wal.stat().st_size:
                shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
    except BaseException:
        for leftover in ("", "-wal", "-journal"):
            aside.with_name(aside.name + leftover).unlink(missing_ok=True)
        raise


def _anchor_restored(database: Path, aside: Path | None, key: str | None) -> None:
    """The anchor of the replaced file goes aside with it; the restored file is anchored
    at its own head (a restore is the one way the trail may legitimately go back)."""
    old = anchor_path(database)
    conn = connect_file(database, key_for(database, key), read_only=True)
    try:
        anchor = head_of_file(conn)
    except database_errors():
        anchor = None  # a copy from before the chain: the first save after the upgrade
    finally:
        conn.close()
    try:
        if old.exists():
            if aside is not None:
                os.replace(old, anchor_path(aside))
            else:
                old.unlink()
        if anchor is not None:
            write_anchor(old, anchor, durable=True)
    except OSError as exc:
        # The restore is done; db check says so if the anchor does not match.
        log.warning("audit anchor of the restored file not written: %s", exc.strerror)


@contextmanager
def scratch_copy(backup: Path, key: str | None, beside: Path) -> Iterator[Path]:
    """A throw-away copy of ``backup`` in a private folder beside ``beside`` (the
    database: the copy is as protected as it), removed with everything in it afterwards.
    Logging in against a backup writes to it (the login is audited); the copy takes
    those writes, so a backup stays as it was taken."""
    beside.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=beside.parent, prefix=".deskapp-") as folder:
        copy = Path(folder) / "backup.sqlite"
        _copy(backup, copy, key_for(backup, key))
        yield copy


def back_up_now(
    db: Database,
    actor: Actor,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """A copy of the whole database where an administrator chooses (a USB disk, a
    folder), audited: it holds everyone's data, more than any export."""
    require(actor, Action.BACKUP)
    written = backup_database(db, target, progress=progress)
    with db.write() as s:
        # Not the path: folders and file names are often named after people.
        record_event(s, actor, "database", None, AuditAction.EXPORT, detail="backup")
    return written


def restore_backup(
    actor: Actor,
    database: Path,
    backup: Path,
    key: str | None = None,
    now: dt.datetime | None = None,
) -> Restored:
    """``restore_database`` for an administrator; the restored file is brought to this
    version's schema and its trail says who put it back (the account may not exist in
    an old copy: the event then names them in its detail), not the copy's file name."""
    require(actor, Action.BACKUP)
    done = restore_database(database, backup, now, key)
    restored = Database.at_path(database, key_for(database, key))
    try:
        # An older copy is brought to this schema now (deskapp would at its next start)
        # so that the event below is written in the trail as it is today.
        # No copy aside: the backup is the copy, and one made now would hold the
        # people erased since it was taken, before the register erases them again.
        upgrade_database(restored, keep_copy=False)
        with restored.write() as s:
            known = s.get(Operator, actor.operator_id) is not None
            record_event(
                s,
                actor if known else None,
                "database",
                None,
                AuditAction.UPDATE,
                detail="restored from a backup" + ("" if known else f" by {actor.name}"),
            )
        # A copy made before an erasure must not bring the person back.
        reapplied = reapply_erasures(restored, actor)
    finally:
        restored.dispose()
    return replace(done, erasures_reapplied=reapplied)


def _copy(source: Path, target: Path, key: str | None) -> None:
    src = connect_file(source, key, read_only=True)
    dst = connect_file(target, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()
