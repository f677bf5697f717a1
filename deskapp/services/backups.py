"""Automatic backups, their rotation, restoring one, and the free-space check.

A backup is a copy made with SQLite's online backup API (consistent while the app
writes), checked by opening it and running an integrity check, named
``<database>-YYYYmmdd-HHMMSS.sqlite`` in the backup folder. The GUI asks for one at start
and every hour; `automatic_backup` makes it when the newest is a day old. Rotation
keeps the newest copy of each of the last 7 days, of each of the last 4 weeks and of
each of the last 12 months (grandfather-father-son), and removes the others.

Restoring verifies the chosen copy first (a deskapp database, intact), keeps the
current file aside (``<database>.before-restore-<stamp>.sqlite``), then copies the backup
over it with the same API, so a failure half-way leaves the current file as it was.
The caller must have closed its own connections (the GUI quits afterwards).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Operator
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.migrate import refuse_unknown_revision, upgrade_database
from deskapp.models.sqlite_files import connect_file, database_errors, key_for
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.disk_space import ensure_free_space
from deskapp.services.maintenance import backup_database
from deskapp.services.permissions import Action, require

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


def restore_database(
    database: Path, backup: Path, now: dt.datetime | None = None, key: str | None = None
) -> Path:
    """Replace ``database`` with ``backup`` after checking it; the current file is kept
    aside first and its path returned. Close every connection to ``database`` first.
    ``key``: of an encrypted database and its backups (the restored file keeps the
    backup's encryption, or its absence)."""
    verify_backup(backup, key)
    now = now or dt.datetime.now()
    aside = database.with_name(f"{database.stem}.before-restore-{now.strftime(STAMP)}.sqlite")
    if database.exists():
        ensure_free_space(database.parent, database.stat().st_size + 2 * backup.stat().st_size)
        _copy(database, aside, key_for(database, key))
    # Copied whole to a new file, then put in place by a rename: a failure half-way
    # leaves the current file as it was, and the restored one keeps the backup's
    # encryption (or its absence) whatever the current file had.
    incoming = database.with_name(database.name + ".restoring")
    incoming.unlink(missing_ok=True)
    try:
        _copy(backup, incoming, key_for(backup, key))
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    for companion in ("-wal", "-shm"):  # the old file's WAL must not replay on the new
        database.with_name(database.name + companion).unlink(missing_ok=True)
    incoming.replace(database)
    return aside


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
        record_event(s, actor, "database", None, AuditAction.EXPORT, detail=f"backup to {written}")
    return written


def restore_backup(
    actor: Actor,
    database: Path,
    backup: Path,
    key: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """``restore_database`` for an administrator; the restored file is brought to this
    version's schema and its trail says who put it back, from which copy (the account
    may not exist in an old copy: the event then names them in its detail)."""
    require(actor, Action.BACKUP)
    aside = restore_database(database, backup, now, key)
    restored = Database.at_path(database, key_for(database, key))
    try:
        # An older copy is brought to this schema now (deskapp would at its next start)
        # so that the event below is written in the trail as it is today.
        upgrade_database(restored)
        with restored.write() as s:
            known = s.get(Operator, actor.operator_id) is not None
            record_event(
                s,
                actor if known else None,
                "database",
                None,
                AuditAction.UPDATE,
                detail=f"restored from {backup.name}" + ("" if known else f" by {actor.name}"),
            )
    finally:
        restored.dispose()
    return aside


def _copy(source: Path, target: Path, key: str | None) -> None:
    src = connect_file(source, key, read_only=True)
    dst = connect_file(target, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()
