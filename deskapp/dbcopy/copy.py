"""Copy a whole deskapp database between a SQLite file and a PostgreSQL server.

The copy is the same database in another engine: every row of every table with its id,
the audit trail's events as they are (their hashes too, so the chain verifies on the
target), the operators' accounts with their password hashes as stored, the business
plans, the funding catalogue. How it goes:

1. The source is read in one snapshot (``deskapp.models.sql.snapshot``): what is written
   there while the copy runs is not in it, and the copy is consistent.
2. The source must be at this version's schema (the target's schema is made by this
   version's migrations), its audit trail must agree with its anchors (a file: beside it
   and in the backups' manifests) and its register of erasures must be applied.
3. The target must be empty: no table at all, or deskapp's schema at this version with
   no row in it. A PostgreSQL target gets its schema from the migrations inside the
   copy's own transaction (PostgreSQL's DDL is transactional); a new file is made
   under a temporary name and renamed over the target only when the copy is committed.
4. One transaction on the target: each table, parents first, is streamed from the
   source in primary-key order a chunk at a time (never a whole table in memory); each
   value is checked for what the target would refuse (``deskapp.dbcopy.plan``); each
   chunk is written in a savepoint, and a chunk the target refuses is written again a
   row at a time to name the row. The audit trail's triggers stay on: its events are
   inserted in id order, which the append-only guard allows.
5. Before the commit, the rows written are counted against the source's, table by
   table, the trail is read back from the target and its chain verified; the id
   sequences of a server are moved past the largest ids. Any failure rolls the whole
   transaction back: the target is left as empty as it was. A source holding a table
   the copy does not know is refused before anything is written (it would be lost).
6. After the commit: a server gathers its statistics, a new file gets its anchor and
   register of erasures (before it is put in place under its name), and the source's
   trail notes the copy. What fails there after the commit is a warning of the report:
   the copy stands.

Nothing personal is logged or said: problems name a table, a row's id and a column.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DataError, IntegrityError, OperationalError, SQLAlchemyError

from deskapp.dbcopy.errors import (
    CopyFailed,
    CopyRefused,
    RowProblem,
    RowsRefused,
    SourceNotReady,
)
from deskapp.dbcopy.plan import NOT_UTF8, UNREADABLE, TablePlan, copy_plan
from deskapp.dbcopy.target import clear_seeded, make_schema, require_empty, unknown_tables
from deskapp.errors import DeskappError, DiskFullError, PermissionDeniedError, Reason
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_anchor import Anchor, anchor_path, head_of, write_anchor
from deskapp.models.audit_chain import chain_query, verify_chain
from deskapp.models.bulk import indexes_rebuilt, large_write
from deskapp.models.database import Database
from deskapp.models.first_look import HEAD_REVISION
from deskapp.models.sql import refusals
from deskapp.models.sql.copy_in import write_rows
from deskapp.models.sql.locking import lock_audit_chain
from deskapp.models.sql.sequences import catch_up_ids
from deskapp.models.sql.snapshot import NOT_UTF8 as UNDECODED
from deskapp.models.sql.snapshot import read_snapshot, undecodable_marked
from deskapp.services.actor import Actor

log = logging.getLogger(__name__)

# A file target's page cache for the copy (deskapp.models.bulk.large_write), in bytes:
# enough for the indexes rebuilt after each table, and the copy's memory stays small
# (with large_write's largest, 256 MB, the copy of 100,000 people peaked at 368 MB).
_LARGE = 64 << 20
CHUNK = 2000  # rows read, checked and written at a time
PROBLEMS_LISTED = 20  # bad values named one by one; the rest are counted

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    revision: str
    counts: dict[str, int]  # rows copied, by table, in the order they were copied
    events: int  # the audit trail's events on the target, its chain verified
    encrypted: bool = False  # a new file, encrypted with a key
    erasures: int = 0  # erasures written to the register beside a new file
    # What failed after the copy was committed (it stands): statistics, the source's note.
    warnings: tuple[Reason, ...] = ()

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copy_to_server(
    source: Database,
    url: str,
    actor: Actor | None,
    *,
    anchor_folders: Iterable[Path] = (),
    progress: Progress | None = None,
) -> CopyReport:
    """Copy ``source`` (a file) into the empty database of a PostgreSQL server at
    ``url``; ``anchor_folders``: the backup folders whose manifests anchor the trail."""
    _require_copier(source, actor)
    target = Database(url)
    warnings: list[Reason] = []
    try:
        done = _copy(source, target, progress, anchor_folders=anchor_folders)
        _after_commit(warnings, _ANALYSE_FAILED, _analyse, target)
    finally:
        target.dispose()
    _after_commit(
        warnings,
        _RECORD_FAILED,
        _record,
        source,
        actor,
        "copied whole to a database server",
        source_name=source.location,
    )
    return CopyReport(
        source.location,
        target.location,
        HEAD_REVISION,
        done.counts,
        done.events,
        warnings=tuple(warnings),
    )


def copy_to_file(
    source: Database,
    path: Path,
    actor: Actor | None,
    *,
    key: str | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy ``source`` (a server's database) into a new SQLite file at ``path``,
    encrypted with ``key`` when one is given. ``path`` must not exist, or be empty."""
    _require_copier(source, actor)
    require_new_file(path)
    work = path.with_name(f"{path.name}.copying-{os.getpid()}")
    _remove_file(work)
    companions: list[Path] = []
    try:
        target = Database.at_path(work, key)
        try:
            # A new file: its schema first (the file is thrown away if anything fails).
            from deskapp.models.migrate import migrate_to

            migrate_to(target, "head")
            done = _copy(source, target, progress, erasures=True)
        finally:
            target.dispose()  # the WAL folded into the file: one self-contained file
        # Its anchor and register first: no file in place without them.
        _beside_new_file(path, done, companions)
        work.replace(path)
    except BaseException:
        _remove_file(work)
        for made in companions:
            made.unlink(missing_ok=True)
        raise
    warnings: list[Reason] = []
    _after_commit(
        warnings,
        _RECORD_FAILED,
        _record,
        source,
        actor,
        "copied whole to a database file",
        source_name=source.location,
    )
    return CopyReport(
        source.location,
        str(path),
        HEAD_REVISION,
        done.counts,
        done.events,
        encrypted=key is not None,
        erasures=len(done.erased),
        warnings=tuple(warnings),
    )


def require_new_file(path: Path) -> None:
    """Refuse a target file that holds anything: the copy makes a new database."""
    if path.is_dir():
        raise CopyRefused(
            QT_TRANSLATE_NOOP("Error", "{path} is a folder, not a database file."), path=str(path)
        )
    if not path.parent.is_dir():
        raise CopyRefused(
            QT_TRANSLATE_NOOP(
                "Error", "The folder {folder} does not exist: choose where the new file goes."
            ),
            folder=str(path.parent),
        )
    if path.exists() and path.stat().st_size > 0:
        raise CopyRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} exists and is not empty: the copy makes a new database file. Choose "
                "a new file name, or move that file aside. Nothing was written.",
            ),
            path=str(path),
        )


# --- the walk ---------------------------------------------------------------------------


@dataclass
class _Done:
    counts: dict[str, int] = field(default_factory=dict)
    events: int = 0
    anchor: Anchor | None = None
    erased: list[tuple[int, dt.date, dt.datetime | None]] = field(default_factory=list)


def _copy(
    source: Database,
    target: Database,
    progress: Progress | None,
    *,
    anchor_folders: Iterable[Path] = (),
    erasures: bool = False,
) -> _Done:
    plan = copy_plan()
    report = progress or (lambda step, done, total: None)
    done = _Done()
    with read_snapshot(source.engine) as read, undecodable_marked(read):
        if source.path is not None:
            # First, before the snapshot's first read: an anchor names only what was
            # committed before it was written.
            _require_anchored(read, source.path, anchor_folders)
        _require_head(read, source.location)
        _require_known_tables(read, source.location, plan)
        if source.path is not None:
            _require_erasures_applied(read, source.path)
        totals = {
            p.name: int(read.scalar(select(func.count()).select_from(p.writer)) or 0) for p in plan
        }
        with _writing(target) as write, large_write(write, _LARGE):
            lock_audit_chain(write)  # no other writer appends while the trail is copied
            if require_empty(write, target.location, plan):
                make_schema(write)
            clear_seeded(write, plan)
            moved = 0
            everything = sum(totals.values())
            problems = _Problems()
            for table in plan:
                count = 0
                try:
                    with _indexing(write, table.name):
                        for written in _copy_table(read, write, table, target.location, problems):
                            count += written
                            moved += written
                            report(table.name, moved, everything)
                except SQLAlchemyError as exc:
                    raise _failed(exc, target.location, table.name) from exc
                done.counts[table.name] = count
            if problems.found:
                raise RowsRefused(target.location, problems.found, problems.more)
            _require_all_copied(done.counts, totals, source.location)
            done.events = _verify_trail(write, source.location)
            for table in plan:
                if table.serial_key is not None:
                    catch_up_ids(write, table.name, table.serial_key)
            if target.path is not None:
                done.anchor = head_of(write)
                if erasures:
                    done.erased = _erased(write)
    return done


def _require_known_tables(read: Connection, location: str, plan: list[TablePlan]) -> None:
    """A table of the source the copy does not carry (made by hand, or by another
    program) would be left behind without a word: refused, named."""
    unknown = unknown_tables(read, plan)
    if unknown:
        raise SourceNotReady(
            QT_TRANSLATE_NOOP(
                "Error",
                "{path} holds tables deskapp does not make ({tables}): the copy would leave "
                "them behind. Move their data elsewhere and drop them, or copy the file "
                "with 'deskapp db backup'. Nothing was written.",
            ),
            path=location,
            tables=", ".join(unknown),
        )


def _require_all_copied(counts: dict[str, int], totals: dict[str, int], location: str) -> None:
    """Every row the source holds was written (counted in the same snapshot)."""
    short = [
        f"{name} {counts.get(name, 0):,}/{total:,}"
        for name, total in totals.items()
        if counts.get(name, 0) != total
    ]
    if short:
        raise SourceNotReady(
            QT_TRANSLATE_NOOP(
                "Error",
                "The copy of {path} did not read every row (table, rows read/rows held: "
                "{tables}): it was stopped. Nothing was written; 'deskapp db check' on "
                "the source may say why.",
            ),
            path=location,
            tables=", ".join(short),
        )


def _failed(exc: SQLAlchemyError, target: str, table: str) -> DeskappError:
    """A failure while a table was copied: the table and the kind, never the driver's
    message (it may quote a row)."""
    if refusals.is_disk_full(exc):
        return _disk_full(target)
    kind, code = refusals.failure(exc)
    log.info("copy: table %s failed (%s)", table, code)
    return CopyFailed(target, Reason(FAILURES[kind], code=code), table=table)


def _disk_full(target: str) -> DiskFullError:
    return DiskFullError(
        QT_TRANSLATE_NOOP(
            "Error",
            "The disk of {target} filled during the copy: nothing of it was kept. "
            "Free some space, then copy again.",
        ),
        target=target,
    )


# The kinds of failure (deskapp.models.sql.refusals.failure), each with its code.
FAILURES = {
    "connection": QT_TRANSLATE_NOOP(
        "Error", "the connection to a database broke, or it stopped ({code})"
    ),
    "disk full": QT_TRANSLATE_NOOP("Error", "a disk filled ({code})"),
    "rights": QT_TRANSLATE_NOOP("Error", "the database's role lacks a right it needs ({code})"),
    "rule": QT_TRANSLATE_NOOP("Error", "a row broke a rule of the database ({code})"),
    "value": QT_TRANSLATE_NOOP("Error", "a value could not be read or written ({code})"),
    "other": QT_TRANSLATE_NOOP(
        "Error", "the database could not do what was asked ({code}; its log says more)"
    ),
}


def failure_reason(exc: SQLAlchemyError) -> Reason:
    """Any database failure of a copy in words: its kind and code, never its message."""
    kind, code = refusals.failure(exc)
    return Reason(FAILURES[kind], code=code)


@contextmanager
def _indexing(write: Connection, table: str) -> Iterator[None]:
    """A new file's indexes built once after a table's rows rather than row by row: its
    plain indexes dropped and made again, the people's search index filled in one
    statement (deskapp.models.bulk.indexes_rebuilt, person_index.bulk_insert_mode;
    transactional DDL: a failed copy rolls them back too). Nothing on a server."""
    from deskapp.models.person_index import bulk_insert_mode

    with (
        indexes_rebuilt(write, table),
        bulk_insert_mode(write, 0) if table == "person" else nullcontext(),
    ):
        yield


@contextmanager
def _writing(target: Database) -> Iterator[Connection]:
    """One transaction on the target (a file's writer lock taken up front); a disk that
    fills is said in words."""
    try:
        with target.engine.execution_options(deskapp_write=True).connect() as conn:
            with conn.begin():
                yield conn
    except OperationalError as exc:
        if refusals.is_disk_full(exc):
            raise _disk_full(target.location) from exc
        raise


@dataclass
class _Problems:
    """The values found that the target cannot take: the first PROBLEMS_LISTED named,
    the others counted. Once there is one, nothing more is written, but the source is
    read to its end, so that one run names them all (up to the limit)."""

    found: list[RowProblem] = field(default_factory=list)
    more: int = 0

    def add(self, table: str, row: str, column: str, reason: Reason) -> None:
        if len(self.found) < PROBLEMS_LISTED:
            self.found.append(RowProblem(table, row, column, reason))
        else:
            self.more += 1


def _copy_table(
    read: Connection, write: Connection, table: TablePlan, target: str, problems: _Problems
) -> Iterator[int]:
    """Stream one table from ``read`` to ``write``; yields the rows written by chunk.
    A value the target cannot take goes to ``problems`` (and from then on nothing is
    written); a row the target refuses raises RowsRefused at once."""
    convert = table.converters(read.dialect)
    names = [c.name for c in table.columns]
    checks = [c.check for c in table.columns]
    stored = [c.stored_check for c in table.columns]
    columns = list(zip(range(len(names)), names, convert, checks, stored, strict=True))
    keys = [names.index(k) for k in table.key]
    result = read.execution_options(yield_per=CHUNK).execute(table.reader())
    for chunk in result.partitions():
        rows: list[list[Any]] = []
        for raw in chunk:
            values = list(raw)
            for i, name, conversion, check, stored_check in columns:
                value = values[i]
                if value is None:
                    continue
                values[i], reason = _converted(value, conversion, check, stored_check)
                if reason is not None:
                    problems.add(table.name, ", ".join(str(raw[k]) for k in keys), name, reason)
            rows.append(values)
        if problems.found:
            continue  # nothing more is written; the rest is only read
        _write_chunk(write, table, rows, keys, target)
        yield len(rows)


_UNREADABLE = object()  # what a value that did not convert is checked as: never right


def _converted(
    value: Any,
    conversion: Callable[[Any], Any] | None,
    check: Callable[[Any], Reason | None],
    stored_check: Callable[[Any], Reason | None] | None,
) -> tuple[Any, Reason | None]:
    """``value`` (as the source's driver gave it) as it is written, and why it cannot
    be, or None. A value that does not convert is a problem whatever its column: never
    passed on as it was."""
    if value is UNDECODED:
        return value, Reason(NOT_UTF8)
    if stored_check is not None:
        reason = stored_check(value)
        if reason is not None:
            return value, reason
    if conversion is not None:
        try:
            value = conversion(value)
        except (ValueError, TypeError, ArithmeticError):
            return value, check(_UNREADABLE) or Reason(UNREADABLE)
    return value, check(value)


def _write_chunk(
    write: Connection, table: TablePlan, rows: list[list[Any]], keys: list[int], target: str
) -> None:
    try:
        with write.begin_nested():
            write_rows(write, table.writer, rows)
        return
    except (IntegrityError, DataError):
        pass  # some row of the chunk: found below, one at a time
    for row in rows:
        try:
            with write.begin_nested():
                write_rows(write, table.writer, [row])
        except (IntegrityError, DataError) as exc:
            key = ", ".join(str(row[k]) for k in keys)
            log.info("copy: row %s of %s refused (%s)", key, table.name, type(exc.orig).__name__)
            raise RowsRefused(target, [RowProblem(table.name, key, None, refusal(exc))]) from None


def refusal(exc: IntegrityError | DataError) -> Reason:
    """Why the target refused a row, in words, from the error's kind and the name of the
    constraint (never its message: PostgreSQL's details quote the row's values)."""
    kind, name = refusals.refusal(exc)
    return Reason(_REFUSALS[kind], name=name or "?")


_REFUSALS = {
    "reference": QT_TRANSLATE_NOOP(
        "Error", "refers to a row that does not exist (the database's rule {name})"
    ),
    "unique": QT_TRANSLATE_NOOP(
        "Error", "repeats a value that must be unique (the database's rule {name})"
    ),
    "check": QT_TRANSLATE_NOOP("Error", "breaks the database's rule {name}"),
    "not null": QT_TRANSLATE_NOOP("Error", "leaves empty a column that must be filled ({name})"),
    "too long": QT_TRANSLATE_NOOP("Error", "holds a text too long for its column"),
    "other": QT_TRANSLATE_NOOP("Error", "was refused by the target database ({name})"),
}


# --- the source's state -------------------------------------------------------------------


def _require_head(read: Connection, location: str) -> None:
    found = [r for (r,) in read.exec_driver_sql("SELECT version_num FROM alembic_version")]
    revision = found[0] if len(found) == 1 else ", ".join(found) or "?"
    if revision != HEAD_REVISION:
        raise not_at_head(location, revision)


def not_at_head(location: str, revision: str | None) -> SourceNotReady:
    return SourceNotReady(
        QT_TRANSLATE_NOOP(
            "Error",
            "{path} is at schema {revision}, and this version of deskapp copies schema "
            "{head}: bring it up to date with 'deskapp db upgrade' first. Nothing was "
            "written.",
        ),
        path=location,
        revision=revision or "?",
        head=HEAD_REVISION,
    )


def _require_anchored(read: Connection, path: Path, folders: Iterable[Path]) -> None:
    """A trail whose tail was cut or rewritten (its anchor says so) is not copied: the
    copy would carry no trace of it, and the file with its anchor is the evidence."""
    from deskapp.services.audit_anchor import compare_with_anchors

    problems = [f for f in compare_with_anchors(read, path, folders) if f.problem]
    if problems:
        error = SourceNotReady(
            QT_TRANSLATE_NOOP(
                "Error",
                "The audit trail of {path} does not agree with its anchor (below): "
                "'deskapp db check' says more. Nothing was written.",
            ),
            path=str(path),
        )
        error.details = [(Reason(f.template, **f.params), "Check") for f in problems]
        raise error


def _require_erasures_applied(read: Connection, path: Path) -> None:
    """The people the register of erasures beside the file lists must be anonymised in
    it: a server has no such register, and the copy must not bring anyone back."""
    from deskapp.models import Person
    from deskapp.services.erasure_register import read_register, register_path

    listed: dict[int, list[dt.datetime | None]] = {}
    for erasure in read_register(register_path(path)):
        listed.setdefault(erasure.person_id, []).append(erasure.created_at)
    ids = sorted(listed)
    due: list[int] = []
    for start in range(0, len(ids), 500):
        rows = read.execute(
            select(Person.id, Person.created_at).where(
                Person.id.in_(ids[start : start + 500]), Person.anonymised_on.is_(None)
            )
        )
        due += [i for i, created in rows if any(c in (None, created) for c in listed[i])]
    if due:
        raise SourceNotReady(
            QT_TRANSLATE_NOOP(
                "Error",
                "The register of erasures beside {path} lists people who are not "
                "anonymised in it (ids {ids}): erase them again ('deskapp gdpr erase "
                "--person ID --yes'), then copy. Nothing was written.",
            ),
            path=str(path),
            ids=", ".join(str(i) for i in due[:20]) + (" ..." if len(due) > 20 else ""),
        )


def _require_copier(source: Database, actor: Actor | None) -> None:
    """Whole-database work: an administrator, once the database has accounts."""
    from deskapp.services.organisation import is_initialised
    from deskapp.services.permissions import REFUSALS, Action, require

    if actor is not None:
        require(actor, Action.BACKUP)
    elif is_initialised(source):
        raise PermissionDeniedError(REFUSALS[Action.BACKUP])


# --- after the rows ----------------------------------------------------------------------


def _verify_trail(write: Connection, source: str) -> int:
    """The chain, read back from the target inside the copy's transaction."""
    from deskapp.services.maintenance import _CHAIN_BREAKS

    rows = write.execution_options(yield_per=CHUNK).execute(chain_query())
    checked, broken = verify_chain(rows)
    if broken is not None:
        error = SourceNotReady(
            QT_TRANSLATE_NOOP(
                "Error",
                "The audit trail of {path} does not verify (below): 'deskapp db check' says "
                "more. Nothing was written.",
            ),
            path=source,
        )
        template = _CHAIN_BREAKS.get(broken.reason, _CHAIN_BREAKS["changed"])
        error.details = [(Reason(template, event=broken.event_id), "Check")]
        raise error
    return checked


def _erased(write: Connection) -> list[tuple[int, dt.date, dt.datetime | None]]:
    from deskapp.models import Person

    rows = write.execute(
        select(Person.id, Person.anonymised_on, Person.created_at)
        .where(Person.anonymised_on.is_not(None))
        .order_by(Person.id)
    )
    return [(int(i), on, created) for i, on, created in rows if on is not None]


def _beside_new_file(path: Path, done: _Done, made: list[Path]) -> None:
    """The new file's anchor (its trail's head) and register of erasures (the people
    anonymised on the server, so that a copy of an older file put back in its place
    erases them again), beside where it goes; ``made``: the companions written here
    (not there before), for the caller to take away if the file is not put in place."""
    from deskapp.services import erasure_register

    if done.anchor is not None:
        anchor = anchor_path(path)
        if not anchor.exists():
            made.append(anchor)
        write_anchor(anchor, done.anchor, durable=True)
    register = erasure_register.register_path(path)
    if done.erased and not register.exists():
        made.append(register)
    for person_id, on, created in done.erased:
        erasure_register.record_erasure(register, erasure_register.Erasure(person_id, on, created))


_ANALYSE_FAILED = QT_TRANSLATE_NOOP(
    "Error",
    "the copy is made, but the server's statistics could not be gathered ({code}): searches "
    "may be slow until the server gathers them itself, or its administrator runs ANALYZE",
)
_RECORD_FAILED = QT_TRANSLATE_NOOP(
    "Error",
    "the copy is made, but it could not be noted in the audit trail of {source} ({code})",
)


def _after_commit(
    warnings: list[Reason],
    template: str,
    step: Callable[..., None],
    *args: Any,
    source_name: str = "",
) -> None:
    """A step after the copy's commit: what fails there is a warning, the copy stands."""
    try:
        step(*args)
    except (SQLAlchemyError, DeskappError, OSError) as exc:
        code = refusals.failure(exc)[1] if isinstance(exc, SQLAlchemyError) else type(exc).__name__
        log.warning("copy: a step after the commit failed (%s)", code)
        warnings.append(Reason(template, code=code, source=source_name))


def _analyse(target: Database) -> None:
    """Fresh statistics for the server's planner (autovacuum would gather them later;
    a search on the copy should be fast at once)."""
    with target.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()


def _record(source: Database, actor: Actor | None, what: str) -> None:
    """The copy in the source's trail, as a backup is: everyone's data left with it."""
    if actor is None:
        return
    from deskapp.models.enums import AuditAction
    from deskapp.services.audit import record_event

    with source.write() as s:
        record_event(s, actor, "database", None, AuditAction.EXPORT, detail=what)


def _remove_file(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        path.with_name(name).unlink(missing_ok=True)
