"""Checking and copying the database file: ``deskapp db check`` and ``db backup``."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from deskapp.errors import DeskappError, Reason
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Person
from deskapp.models.audit_anchor import Anchor, head_of_file
from deskapp.models.audit_chain import chain_query, verify_chain
from deskapp.models.audit_guard import trigger_problems
from deskapp.models.database import SQLITE_FULL, Database, sqlite_code
from deskapp.models.migrate import current_revision, head_revision
from deskapp.models.person_index import (
    FTS_TABLE,
    INTEGRITY_STATEMENT,
)
from deskapp.models.sqlite_files import connect_file
from deskapp.services.audit_anchor import (
    Manifest,
    compare_with_anchors,
    manifest_path,
    write_manifest,
)
from deskapp.services.disk_space import ensure_free_space
from deskapp.services.server_check import check_server


@dataclass
class CheckReport:
    """What ``db check`` found. Each line is a Reason: it reads as its English sentence
    and keeps its template (context "Check") for the operator's language."""

    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# The audit chain's break, by its kind (deskapp.models.audit_chain.ChainBreak.reason).
_CHAIN_BREAKS = {
    "changed": QT_TRANSLATE_NOOP(
        "Check",
        "audit trail: the chain breaks at event {event} (an event was changed); restore "
        "the last good backup and compare the two trails",
    ),
    "removed before it": QT_TRANSLATE_NOOP(
        "Check",
        "audit trail: the chain breaks at event {event} (an event was removed before it); "
        "restore the last good backup and compare the two trails",
    ),
}


def check_database(db: Database, backup_folders: Iterable[Path] = ()) -> CheckReport:
    """SQLite's integrity and foreign-key checks, the search index, the schema version,
    the audit trail's chain and its anchors (beside the file, and in the manifests of
    the backups in ``backup_folders``). On a PostgreSQL server: the schema version, the
    trail's guard and chain, the search index; the pages' integrity is the server's."""
    report = CheckReport()
    revision = current_revision(db)
    if revision != head_revision():
        report.problems.append(
            Reason(
                QT_TRANSLATE_NOOP(
                    "Check",
                    "schema revision is {revision}, this version of deskapp expects "
                    "{expected}: run 'deskapp db upgrade'",
                ),
                revision=revision,
                expected=head_revision(),
            )
        )
    with db.engine.connect() as conn:
        if db.is_sqlite:
            integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                report.problems.extend(
                    Reason(QT_TRANSLATE_NOOP("Check", "integrity: {line}"), line=line)
                    for line in integrity[:20]
                )
            fk = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
            for table, rowid, parent, _ in fk[:20]:
                report.problems.append(
                    Reason(
                        QT_TRANSLATE_NOOP(
                            "Check", "row {row} of {table} points to a missing {parent}"
                        ),
                        row=rowid,
                        table=table,
                        parent=parent,
                    )
                )
            if len(fk) > 20:
                report.problems.append(
                    Reason(
                        QT_TRANSLATE_NOOP("Check", "... and {count} more broken references"),
                        count=len(fk) - 20,
                    )
                )
            try:
                conn.exec_driver_sql(INTEGRITY_STATEMENT)
            except Exception as exc:  # noqa: BLE001 - sqlite reports corruption as an error
                report.problems.append(
                    Reason(
                        QT_TRANSLATE_NOOP("Check", "search index {index}: {error}"),
                        index=FTS_TABLE,
                        error=str(exc),
                    )
                )
            conn.rollback()
            report.problems.extend(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Check", "the audit trail's append-only triggers are {state}: {name}"
                    ),
                    state=p.state,
                    name=p.name,
                )
                for p in trigger_problems(conn)
            )
        elif db.is_postgresql:
            # The guard's triggers, the search indexes, the roles (services.server_check).
            check_server(conn, report.facts, report.problems)
        if db.path is not None:
            conn.rollback()  # the anchors are read before the trail's snapshot begins
            for found in compare_with_anchors(conn, db.path, backup_folders):
                (report.problems if found.problem else report.facts).append(
                    Reason(found.template, **found.params)
                )
        checked, broken = verify_chain(conn.execute(chain_query()))
        if broken is not None:
            report.problems.append(
                Reason(
                    _CHAIN_BREAKS.get(broken.reason, _CHAIN_BREAKS["changed"]),
                    event=broken.event_id,
                )
            )
        else:
            report.facts.append(
                Reason(
                    QT_TRANSLATE_NOOP("Check", "audit trail: {count} events, chain intact"),
                    count=checked,
                )
            )
        persons = conn.execute(select(func.count()).select_from(Person)).scalar()
        report.facts.append(
            Reason(
                QT_TRANSLATE_NOOP("Check", "{persons} persons, schema {revision}"),
                persons=persons,
                revision=revision,
            )
        )
    return report


class BackupDiskFull(DeskappError):
    """The disk filled while a backup was being written; nothing of it was left."""


def _disk_full(exc: BaseException) -> bool:
    return (sqlite_code(exc) or 0) & 0xFF == SQLITE_FULL or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
    )


def backup_database(
    db: Database, target: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copy the database with SQLite's online backup API.

    The copy is a consistent snapshot even while the app is writing: the API copies
    pages and restarts if a writer changes the source mid-way. It is written to a
    temporary name and renamed when complete, and refuses to overwrite the source.
    Beside it, ``<target>.manifest.json`` records the head of the audit trail in the
    copy (an anchor ``db check`` compares the trail with later).
    ``progress(done_pages, total_pages)`` may raise to stop it; no copy is left then,
    nor when the disk fills.
    """
    source = db.path
    if source is None:
        raise DeskappError(
            QT_TRANSLATE_NOOP(
                "Error",
                "Only a database file can be backed up here. A database on a server is "
                "backed up by the server (its administrator's pg_dump or base backups).",
            )
        )
    target = target.expanduser()
    if target.exists() and target.resolve() == source.resolve():
        raise DeskappError(
            QT_TRANSLATE_NOOP("Error", "The backup cannot overwrite the database itself.")
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    ensure_free_space(target.parent, source.stat().st_size)
    partial = target.with_name(target.name + ".partial")
    manifest = manifest_path(target)
    step = "copy"
    try:
        anchor, schema = _copy_pages(db, source, partial, progress)
        step = "manifest"
        write_manifest(target, Manifest(anchor, schema, db.key is not None))
        step = "rename"
        partial.replace(target)
    except BaseException as exc:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _COMPANIONS)):
            leftover.unlink(missing_ok=True)
        if step == "rename":  # the manifest of a copy that is not there
            manifest.unlink(missing_ok=True)
        if _disk_full(exc):
            raise BackupDiskFull(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The disk filled up while the backup was written to {folder}: no part "
                    "of it was kept there. Free some space (or choose another folder), "
                    "then back up again.",
                ),
                folder=str(target.parent),
            ) from None
        raise
    return target


_COMPANIONS = ("-journal", "-wal", "-shm")


def _copy_pages(
    db: Database, source: Path, partial: Path, progress: Callable[[int, int], None] | None
) -> tuple[Anchor, str | None]:
    """The copy itself, checked; the head of its trail and its schema revision."""
    # The copy of an encrypted database is encrypted with the same key (SQLCipher's
    # backup copies pages between two connections keyed alike).
    src = connect_file(source, db.key)
    dst = connect_file(partial, db.key)
    try:
        src.backup(
            dst,
            pages=4096,
            progress=(lambda _status, left, total: progress(total - left, total))
            if progress
            else None,
        )
        dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":  # pragma: no cover - would mean the source is damaged
            raise DeskappError(
                QT_TRANSLATE_NOOP("Error", "The backup copy failed its integrity check: {result}"),
                result=result,
            )
        # The head as it is in the copy: the snapshot may be newer than when it began.
        anchor = head_of_file(dst)
        row = dst.execute("SELECT version_num FROM alembic_version").fetchone()
        return anchor, (str(row[0]) if row else None)
    finally:
        dst.close()
        src.close()
