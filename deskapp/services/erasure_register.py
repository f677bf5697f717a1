"""The register of erasures, kept outside the database file, so that putting back a
backup taken before an erasure does not bring the person back.

A small text file beside the database (``deskapp.sqlite.erasures``), readable by its
owner only, one line per erasure: the person's id, the day, and when their record was
created (so that a later person given the same id by an older copy is never taken for
them); at a coordinator, for an erasure received in a desk's bundle, the desk's id
(deskapp.sync.apply). Ids and dates only: the register names no one. Each erasure
appends its line and syncs it to the disk inside the erasure's transaction, before the
commit: an erasure the register could not record is not made either (and one whose
commit then failed is listed all the same: reapplying it makes the erasure that was
asked for).

After a restore, ``reapply_erasures`` anonymises again everyone listed whom the copy
still holds with their identity.

What it cannot reach: a database moved or restored to another folder without its
register (copy the register with it), and copies opened elsewhere.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.person_index import merge_index
from deskapp.services.actor import Actor
from deskapp.services.permissions import Action, require

SUFFIX = ".erasures"


@dataclass(frozen=True)
class Erasure:
    person_id: int
    erased_on: dt.date
    created_at: dt.datetime | None  # the record's creation, to tell a reused id apart
    # At a coordinator, an erasure received in a bundle: the id of the desk it was made
    # at (deskapp.sync.identity; "" for this database's own).
    desk: str = ""


def register_path(database: Path) -> Path:
    """The register beside ``database``."""
    return database.with_name(database.name + SUFFIX)


def record_erasure(register: Path, erasure: Erasure) -> None:
    """Append one erasure to the register and sync it to the disk (the file is created
    readable and writable by its owner only)."""
    created = "" if erasure.created_at is None else erasure.created_at.isoformat()
    line = f"{erasure.person_id}\t{erasure.erased_on.isoformat()}\t{created}"
    line += f"\t{erasure.desk}\n" if erasure.desk else "\n"
    new = not register.exists()
    flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
    fd = os.open(register, flags, 0o600)
    try:
        if os.fstat(fd).st_size:
            os.lseek(fd, -1, os.SEEK_END)
            if os.read(fd, 1) != b"\n":  # a line cut short: the next one starts afresh
                line = "\n" + line
        # One write of one short line with O_APPEND: never interleaved with another.
        os.write(fd, line.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    if new:
        _sync_folder(register.parent)


def read_register(register: Path) -> list[Erasure]:
    """The erasures listed, in the order they were made; a line cut short (the computer
    stopped as it was written) or unreadable is skipped."""
    if not register.exists():
        return []
    found = []
    for line in register.read_text("ascii", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) not in (3, 4) or (len(parts) == 4 and len(parts[3]) != 36):
            continue
        try:
            created = dt.datetime.fromisoformat(parts[2]) if parts[2] else None
            desk = parts[3] if len(parts) == 4 else ""
            found.append(Erasure(int(parts[0]), dt.date.fromisoformat(parts[1]), created, desk))
        except ValueError:
            continue
    return found


def reapply_erasures(db: Database, actor: Actor, register: Path | None = None) -> int:
    """Anonymise again everyone the register lists whom ``db`` (a restored copy) holds
    with their identity: the same record (same id, same creation time) not anonymised.
    Each is audited like an erasure, "re-applied after restore". Administrators only.
    Returns how many were anonymised."""
    from deskapp.services.gdpr import reapply_erasure  # gdpr writes to this register

    require(actor, Action.ERASE)
    if register is None:
        if db.path is None:
            return 0
        register = register_path(db.path)
    wanted: dict[int, list[Erasure]] = {}
    for erasure in read_register(register):
        wanted.setdefault(erasure.person_id, []).append(erasure)
    if not wanted:
        return 0
    ids = list(wanted)
    due: list[Erasure] = []
    with db.read() as s:
        for start in range(0, len(ids), 500):
            rows = s.execute(
                select(Person.id, Person.created_at).where(
                    Person.id.in_(ids[start : start + 500]), Person.anonymised_on.is_(None)
                )
            )
            for person_id, created_at in rows:
                due += [e for e in wanted[person_id] if e.created_at in (None, created_at)][:1]
    try:
        for erasure in sorted(due, key=lambda e: e.person_id):
            # The search index is merged once below, not after each person.
            reapply_erasure(db, actor, erasure.person_id, erasure.erased_on, merge_index=False)
    finally:
        if due:
            with db.write() as s:
                merge_index(s.connection())
            db.checkpoint()
    return len(due)


def _sync_folder(folder: Path) -> None:
    """Sync the folder, so the new file's name is on the disk too (POSIX; Windows has
    no folder handles to sync, and NTFS journals the name)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
