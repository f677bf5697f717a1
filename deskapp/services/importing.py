"""``import persons``: a registry file in, every row checked first, all or nothing.

Each row is judged by the same schema as an intake at the desk (NewPersonInput),
with its desk's country for phones and postcodes (the schema's rules compiled per
column take the rows they are sure of, deskapp.services.import_rows; the schema itself
judges the others and words their errors), plus the checks that need the
whole file or the database: a codice fiscale or NIR used twice in the file or
already in the registry, an unknown desk. Only when no row
has an error is anything written, in one transaction with one audit event per
person and one for the import.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from multiprocessing import get_context, parent_process
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from deskapp.errors import (
    DeskappError,
    ImportFailed,
    Places,
    Reason,
    RowIssue,
    ValidationFailed,
)
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import AuditEvent, Consent, Desk, Person
from deskapp.models.audit_chain import detail_digest, event_digest, last_hash
from deskapp.models.base import utcnow
from deskapp.models.bulk import BulkInsert, dialect_named, indexes_rebuilt, large_write
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import shown, validate_input
from deskapp.models.identifiers import (
    PLACE_NOT_IN_USE,
    CodiceFiscaleInfo,
    check_codice_fiscale,
    normalise_phone,
)
from deskapp.models.person_index import bulk_insert_mode
from deskapp.models.schemas import ConsentInput, NewPersonInput
from deskapp.models.sql.sequences import reserve_ids
from deskapp.models.sql.unique import unique_columns
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.disk_space import ensure_free_space
from deskapp.services.import_rows import RowRules, Unsure
from deskapp.services.permissions import Action, may_write_desk, require
from deskapp.services.person_columns import (
    CONSENT_COLUMNS,
    CONSENT_FIELDS,
    CONSENT_PARTS,
    DESK_COLUMN,
    PERSON_FIELD_COLUMNS,
    PERSON_FILE_COLUMNS,
    REQUIRED_COLUMNS,
    consent_column,
    consent_columns,
)
from deskapp.services.persons import person_row_values, validation_context
from deskapp.services.tabular_files import CellRows, CsvRows, Row, UnreadableFileError, read_table

Progress = Callable[[str, int, int], None]
RowBatch = CsvRows | CellRows
NO_SUCH_DESK = QT_TRANSLATE_NOOP("Error", "no desk is called '{name}'")
USED_EARLIER = QT_TRANSLATE_NOOP("Error", "already used on line {line} of this file")
ALREADY_REGISTERED = QT_TRANSLATE_NOOP("Error", "already in the registry as person no. {id}")
NOT_YOUR_DESK = QT_TRANSLATE_NOOP("Error", "you may not add people to {name}")
NO_ROWS = QT_TRANSLATE_NOOP(
    "Error", "The file {name} has column names but no rows of people below them."
)
PARALLEL_FROM = 5_000  # rows; below this, starting worker processes costs more than it saves
CHUNK = 5_000
MAX_WORKERS = 4  # more would wait for the writing process, which is the one bottleneck


@dataclass(frozen=True)
class ImportResult:
    rows: int
    written: int
    dry_run: bool
    # Rows imported (or, in a dry run, importable) that the operator should look at:
    # (line, column, reason), named in the file by ``places``.
    warnings: list[RowIssue] = field(default_factory=list)
    places: Places = field(default_factory=Places)


SHOWN_ISSUES = 50  # problems listed one by one; the rest are summed up


@dataclass(frozen=True)
class IssueGroup:
    """Problems beyond the listed ones, alike: ``count`` rows with ``reason`` in
    ``column`` (the reason's template when the rows' reasons differ in a detail)."""

    count: int
    column: str
    reason: str


def summarise_issues(
    issues: list[RowIssue], limit: int = SHOWN_ISSUES
) -> tuple[list[RowIssue], list[IssueGroup]]:
    """The first ``limit`` problems, and the others grouped by column and reason, the
    largest group first: a desk missing from the registry is one line, not 100,000."""
    shown, rest = issues[:limit], issues[limit:]
    groups: dict[tuple[str, str], list[str]] = {}
    for _line, column, reason in rest:
        template = getattr(reason, "template", reason)
        groups.setdefault((column, template), []).append(reason)
    summary = [
        IssueGroup(
            len(reasons),
            column,
            reasons[0] if len(set(reasons)) == 1 else _without_details(template),
        )
        for (column, template), reasons in groups.items()
    ]
    summary.sort(key=lambda g: -g.count)
    return shown, summary


def _without_details(template: str) -> str:
    """A template whose details differ from row to row, with each detail as '...'."""
    from string import Formatter

    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    return Reason(template, **dict.fromkeys(names, "..."))


def _column_of(field_name: str, group: int = 1) -> str:
    """The file column an error on schema field ``field_name`` belongs to."""
    if field_name.startswith("consent."):
        field_name = field_name.split(".", 1)[1]
    elif field_name not in ConsentInput.model_fields or field_name in PERSON_FIELD_COLUMNS:
        return field_name
    part = next((p for p, f in CONSENT_FIELDS.items() if f == field_name), field_name)
    return consent_columns(group)[CONSENT_PARTS.index(part)] if part in CONSENT_PARTS else part


def _consent_data(cells: dict[str, str], group: int) -> dict[str, str]:
    return {
        CONSENT_FIELDS[part]: cells.get(column, "")
        for part, column in zip(CONSENT_PARTS, consent_columns(group), strict=True)
        if cells.get(column, "").strip()
    }


def _row_data(cells: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        name: cells[name] for name in PERSON_FIELD_COLUMNS if cells.get(name, "").strip()
    }
    data["consent"] = _consent_data(cells, 1)
    return data


def import_persons(
    db: Database,
    actor: Actor,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    require(actor, Action.IMPORT)
    with collector_paused():
        try:
            return _import_persons(db, actor, path, dry_run, progress or (lambda s, d, t: None))
        except IntegrityError as exc:
            # The file's identifiers were looked up first; another desk registered one
            # of them since (on a server, at the same moment): the constraint refused the
            # import whole. Never the driver's message: it quotes the code.
            if not unique_columns(exc, Person.__table__) & {"codice_fiscale", "nir"}:
                raise
            raise RegisteredMeanwhile(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "While the file was being imported, someone registered a person with "
                    "one of its codici fiscali or NIR numbers: nothing of the file was "
                    "imported. Import it again: the rows concerned will be named.",
                )
            ) from None


class RegisteredMeanwhile(DeskappError):
    """An identifier of the file was registered by someone else during the import."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for the length of an import. An import makes
    millions of short-lived objects and no cycles worth collecting before it ends, but
    each full collection walks every object of the process: at 100,000 rows 1.4 s of
    the main process's CPU (of 11), and about 5% of a worker's. Process-wide, so it
    comes back on (if it was on) as soon as the import ends, whatever the outcome."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _import_persons(
    db: Database, actor: Actor, path: Path, dry_run: bool, report: Progress
) -> ImportResult:
    table = read_table(path, CHUNK)
    errors: list[tuple[int, str, str]] = []
    missing = [c for c in REQUIRED_COLUMNS if c not in table.headers]
    unknown = [
        h for h in table.headers if h and h not in PERSON_FILE_COLUMNS and consent_column(h) is None
    ]
    named = [h for h in table.headers if h]
    twice = sorted({h for h in named if named.count(h) > 1}, key=named.index)
    for column in twice:
        # The later cell would silently replace the earlier one in every row.
        errors.append(
            (
                1,
                shown(column),
                QT_TRANSLATE_NOOP("Error", "this column appears more than once in the first line"),
            )
        )
    for column in missing:
        errors.append(
            (1, column, QT_TRANSLATE_NOOP("Error", "this column is missing from the file"))
        )
    for column in unknown:
        errors.append(
            (1, shown(column), QT_TRANSLATE_NOOP("Error", "unknown column; rename or remove it"))
        )
    if errors:
        raise ImportFailed(errors, table.count, places=table.places)
    if not table.count:
        raise UnreadableFileError(NO_ROWS, name=path.name)

    if db.path is not None and not dry_run:
        # A person with consent, audit event and index entries is about 2 KB; the WAL
        # holds the whole transaction until it commits, so count it twice.
        ensure_free_space(db.path.parent, table.count * BYTES_PER_ROW)
    with db.read() as s:
        desk_rows = s.execute(select(Desk.id, Desk.name, Desk.country)).all()
    desks = {name.casefold(): desk_id for desk_id, name, _ in desk_rows}
    ctx = RowContext(
        desks,
        # The permission table: coordinators write to their own desk, administrators anywhere.
        frozenset(d for d in desks.values() if may_write_desk(actor, d)),
        actor.desk_id,
        actor.operator_id,
        # One date for the whole file (not a clock read per date field of every row).
        validation_context(actor, dt.date.today()),
        db.engine.dialect.name,
        utcnow(),
        tuple(sorted({g for h in table.headers if (g := _group_of(h)) and g > 1})),
        # Each row is read with its own desk's country (phones, postcodes).
        {desk_id: country.value for desk_id, _, country in desk_rows},
        tuple(table.headers),
    )
    total = table.count
    # One write transaction for the whole file. Chunks that pass are inserted while the
    # workers still check the next ones (the two overlap on a multi-core PC); the
    # transaction commits only if no row of the file failed, otherwise it rolls back,
    # so the registry never holds part of a file.
    with db.read() if dry_run else db.write() as s:
        writer = None if dry_run else _ChunkWriter(s.connection(), actor, total)
        checked = 0
        seen_codes: dict[str, int] = {}
        seen_nirs: dict[str, int] = {}
        warnings: list[RowIssue] = []
        # An empty registry holds no identifier of the file (the file's own repeats are
        # caught above): no need to look each one up.
        registry_empty = s.scalar(select(Person.id).limit(1)) is None
        with writer.bulk_mode() if writer else nullcontext():
            for chunk_valid, chunk_errors, chunk_warnings in _check_in_parallel(
                table.batches, ctx, total
            ):
                errors.extend(chunk_errors)
                warnings.extend(chunk_warnings)
                accepted = []
                for line, code, person, consents, nir in chunk_valid:
                    used_earlier = False
                    for column, value, seen in (
                        ("codice_fiscale", code, seen_codes),
                        ("nir", nir, seen_nirs),
                    ):
                        if value and value in seen:
                            errors.append((line, column, Reason(USED_EARLIER, line=seen[value])))
                            used_earlier = True
                    if used_earlier:
                        continue
                    if code:
                        seen_codes[code] = line
                    if nir:
                        seen_nirs[nir] = line
                    accepted.append((line, code, person, consents, nir))
                if not registry_empty:
                    errors += _codes_already_registered(
                        s, {c: ln for ln, c, _, _, _ in accepted if c}
                    )
                    errors += _codes_already_registered(
                        s, {n: ln for ln, _, _, _, n in accepted if n}, "nir"
                    )
                checked += len(chunk_valid) + len({e[0] for e in chunk_errors})
                if writer and not errors:
                    writer.write([(p, c) for _, _, p, c, _ in accepted])
                report("checking", min(checked, total), total)
            warnings.sort(key=lambda e: e[0])
            if errors:
                errors.sort(key=lambda e: e[0])
                # Rolls the whole transaction back.
                raise ImportFailed(errors, total, warnings, table.places)
        if writer is None:
            return ImportResult(total, 0, True, warnings, table.places)
        writer.write_events()
        record_event(
            s,
            actor,
            "person",
            None,
            AuditAction.IMPORT,
            detail=f"{writer.written} persons",  # not the file's name: ids and counts only
        )
        return ImportResult(total, writer.written, False, warnings, table.places)


# One valid row: (line, codice fiscale, person values, each consent's values, NIR), the
# values already converted for the driver, in PERSON_KEYS / CONSENT_KEYS order, without
# ids.
ValidRow = tuple[int, str | None, tuple[Any, ...], list[tuple[Any, ...]], str | None]
# Valid rows, errors, warnings.
Checked = tuple[list[ValidRow], list[RowIssue], list[RowIssue]]

PERSON_KEYS = (
    "desk_id",
    *PERSON_FIELD_COLUMNS,
    "birthplace_code",
    "codice_fiscale_warning",
    "version",
    "created_at",
    "updated_at",
)
CONSENT_KEYS = (
    "purpose",
    "legal_basis",
    "notice_version",
    "given_on",
    "withdrawn_on",
    "operator_id",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class RowContext:
    """What checking a row needs besides the row: picklable, for worker processes."""

    desks: dict[str, int]
    writable_desks: frozenset[int]
    default_desk: int
    operator_id: int
    validation: dict[str, Any]
    dialect_name: str
    now: dt.datetime
    consent_groups: tuple[int, ...] = ()  # the numbered consent groups (2, 3...) of the file
    desk_regions: dict[int, str] = field(default_factory=dict)  # desk id -> its country
    headers: tuple[str, ...] = ()  # the file's column names, in file order


def _group_of(header: str) -> int | None:
    found = consent_column(header)
    return found[0] if found else None


def check_rows(rows: Iterable[Row], ctx: RowContext) -> Checked:
    """Validate file rows on their own (no database access). Runs in worker processes,
    which also split the rows of a CSV file into cells (``CsvRows``)."""
    with collector_paused():
        return _check_rows(rows, ctx)


def _check_rows(rows: Iterable[Row], ctx: RowContext) -> Checked:
    dialect = dialect_named(ctx.dialect_name)
    person_insert = BulkInsert(Person.__table__, PERSON_KEYS, dialect)
    consent_insert = BulkInsert(Consent.__table__, CONSENT_KEYS, dialect)
    stamp = {"version": 1, "created_at": ctx.now, "updated_at": ctx.now}
    valid: list[ValidRow] = []
    errors: list[RowIssue] = []
    warnings: list[RowIssue] = []
    contexts = {
        desk_id: {**ctx.validation, "region": region}
        for desk_id, region in ctx.desk_regions.items()
    }
    rules = _rules_for(ctx)
    headers = ctx.headers
    for line, texts in rows:
        cells = dict(zip(headers, texts, strict=False))  # a short row lacks its last cells
        desk_name = cells.get(DESK_COLUMN, "").strip()
        desk_id = ctx.default_desk
        if desk_name:
            if desk_name.casefold() not in ctx.desks:
                errors.append((line, DESK_COLUMN, Reason(NO_SUCH_DESK, name=shown(desk_name))))
                continue
            desk_id = ctx.desks[desk_name.casefold()]
            if desk_id not in ctx.writable_desks:
                errors.append(
                    (line, DESK_COLUMN, Reason(NOT_YOUR_DESK, name=shown(desk_name, 120)))
                )
                continue
        validation = contexts.get(desk_id, ctx.validation)
        try:
            # The compiled rules take the rows they are sure of (most of a file)...
            values, info = rules.person(cells, str(validation.get("region", "IT")))
            consents = [rules.consent(_consent_data(cells, 1))]
            for group in ctx.consent_groups:
                data = _consent_data(cells, group)
                if data:
                    consents.append(rules.consent(data))
        except Unsure:
            # ... and the schema itself judges the others, in its own words.
            checked = _checked_by_schema(line, cells, validation, ctx, errors)
            if checked is None:
                continue
            values, info, consents = checked
        if values["codice_fiscale_warning"] and values["codice_fiscale"] and info is not None:
            # Imported all the same, as at the desk; the operator checks the document.
            warnings.append(
                (line, "codice_fiscale", Reason(PLACE_NOT_IN_USE, **(info.warning_params or {})))
            )
        values.update(stamp)
        values["desk_id"] = desk_id
        valid.append(
            (
                line,
                values["codice_fiscale"],
                person_insert.prepare(values),
                [
                    consent_insert.prepare({**consent, **stamp, "operator_id": ctx.operator_id})
                    for consent in consents
                ],
                values["nir"],
            )
        )
    return valid, errors, warnings


def _rules_for(ctx: RowContext) -> RowRules:
    today = ctx.validation.get("today")
    return RowRules(today if isinstance(today, dt.date) else dt.date.today())


def _checked_by_schema(
    line: int,
    cells: dict[str, str],
    validation: dict[str, Any],
    ctx: RowContext,
    errors: list[RowIssue],
) -> tuple[dict[str, Any], CodiceFiscaleInfo | None, list[dict[str, Any]]] | None:
    """A row through NewPersonInput (the desk's form) and ConsentInput: its values,
    the codice fiscale's reading and its consents, or None with its errors added."""
    failed = False
    person = None
    try:
        person = validate_input(NewPersonInput, _row_data(cells), **validation)
    except ValidationFailed as exc:
        errors.extend(
            (line, _column_of(e.field), Reason(e.template, **e.params)) for e in exc.errors
        )
        failed = True
    later: list[ConsentInput] = []
    for group in ctx.consent_groups:
        data = _consent_data(cells, group)
        if not data:
            continue
        try:
            later.append(validate_input(ConsentInput, data, **ctx.validation))
        except ValidationFailed as exc:
            errors.extend(
                (line, _column_of(e.field, group), Reason(e.template, **e.params))
                for e in exc.errors
            )
            failed = True
    if failed or person is None:
        return None
    assert person.consent is not None
    info = None
    if person.codice_fiscale_warning and person.codice_fiscale:
        info = check_codice_fiscale(person.codice_fiscale, ctx.validation.get("today"))
    consents = [c.model_dump() for c in (person.consent, *later)]
    return person_row_values(person), info, consents


def _check_in_parallel(chunks: list[RowBatch], ctx: RowContext, rows: int) -> Iterator[Checked]:
    """Checking is pure CPU work per row: spread large files over the cores. ``chunks``
    are the file's ``rows`` in batches (of CHUNK rows), in file order; their results
    come in file order ("already used on line N" is stable)."""
    cores = os.cpu_count() or 1
    if rows < PARALLEL_FROM or cores < 2:
        for chunk in chunks:
            yield check_rows(chunk, ctx)
        return
    # This process writes what the workers checked: a core for it, the others check.
    workers = max(1, min(cores - 1, MAX_WORKERS))
    # "spawn" everywhere: it is what Windows does anyway, and forking a process that
    # runs Qt threads (the GUI) is unsafe.
    spawn = get_context("spawn")
    ready = spawn.Event()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=spawn, initializer=start_worker, initargs=(ready,)
    ) as pool:
        yield from _spread(pool, ready, chunks, ctx, workers)


def _spread(
    pool: ProcessPoolExecutor,
    ready: Any,
    chunks: list[RowBatch],
    ctx: RowContext,
    workers: int,
) -> Iterator[Checked]:
    """The chunks' results in file order, checked by the pool's workers and by this
    process whenever it would otherwise wait: while the workers start (a new Python
    and its imports, a second or more) it checks the next chunks itself; later, while
    the chunk it needs is still being checked, it checks one from the end of the file.
    So every core works whatever the machine's speed and load, and the rows are
    written as soon as they are checked."""
    ahead = workers + 1  # chunks handed out beyond the one awaited: no worker idles
    futures: dict[int, Future[Checked]] = {}
    checked_here: dict[int, Checked] = {}
    front, back = 0, len(chunks)  # chunks[front:back]: neither handed out nor checked
    broken = False
    for _ in range(workers):
        pool.submit(os.getpid)  # starts the worker processes (the pool starts them lazily)
    try:
        for index in range(len(chunks)):
            if index in checked_here:
                yield checked_here.pop(index)
                continue
            if not broken and ready.is_set():
                upto = min(back, index + 1 + ahead)
                for later in range(max(front, index + 1), upto):
                    futures[later] = pool.submit(check_rows, chunks[later], ctx)
                front = max(front, upto)
            future = futures.pop(index, None)
            if future is None or broken:
                # Not handed out (the workers are still starting), or no worker runs.
                front = max(front, index + 1)
                yield check_rows(chunks[index], ctx)
                continue
            while not future.done() and front < back:
                back -= 1
                checked_here[back] = check_rows(chunks[back], ctx)
            try:
                result = future.result()
            except BrokenProcessPool:
                # Worker processes could not run (a locked-down PC, a killed worker):
                # check the rest here, slower but complete.
                broken = True
                result = check_rows(chunks[index], ctx)
            yield result
    finally:
        for pending in futures.values():  # the import stopped early: drop what is queued
            pending.cancel()


def start_worker(ready: Any) -> None:
    """Run first in each worker process: tie it to its parent (exit_with_parent), load
    what checking reads (the codice fiscale register, the phone metadata of both
    countries), then tell the parent that chunks may come."""
    exit_with_parent()
    from deskapp.models.identifiers import _places_by_code

    _places_by_code()
    RowRules(dt.date.today())
    for number, region in (("+39 010 555 0000", "IT"), ("+33 4 91 00 00 00", "FR")):
        try:
            normalise_phone(number, region)
        except ValueError:  # pragma: no cover - a sample the library no longer takes
            pass
    ready.set()


def exit_with_parent() -> None:
    """Run first in each worker process: end it when the process that started it ends.

    A worker waits for its next chunk on a queue whose writing end it holds itself, so
    it would wait for ever after the import is killed (the task manager, SIGKILL, a
    crash), and keep its share of the file in memory. On Linux the kernel is asked to
    kill it with its parent (strictly, with the thread that started it: the pool lives
    within one call of that thread). Everywhere, a thread waits on the parent's
    sentinel (a pipe's end on POSIX, the process handle on Windows), which wakes when
    the parent is gone, even if it died before the kernel was asked.
    """
    parent = parent_process()
    if parent is None:  # pragma: no cover - not a worker
        return
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - an unusual libc
            pass
    if parent.sentinel is None:  # pragma: no cover - not started by spawn
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)  # nothing to save: the parent's transaction is gone with it

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _codes_already_registered(
    s: Session, codes: dict[str, int], column_name: str = "codice_fiscale"
) -> list[RowIssue]:
    """Identifiers of the file (codice fiscale or NIR -> line) that people have already."""
    found: list[RowIssue] = []
    wanted = list(codes)
    column = getattr(Person, column_name)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for code, person_id in s.execute(select(column, Person.id).where(column.in_(chunk))):
            found.append((codes[code or ""], column_name, Reason(ALREADY_REGISTERED, id=person_id)))
    return found


class _ChunkWriter:
    """Inserts checked rows, their consents and one audit event per person."""

    def __init__(self, conn: Connection, actor: Actor, rows: int) -> None:
        dialect = conn.dialect
        self.conn = conn
        self.rows = rows  # the rows the file has, all written if none fails
        self.person = BulkInsert(Person.__table__, ("id", *PERSON_KEYS), dialect)
        self.consent = BulkInsert(Consent.__table__, ("person_id", *CONSENT_KEYS), dialect)
        self.audit = BulkInsert(AuditEvent.__table__, AUDIT_KEYS, dialect)
        # Every person's audit event is the same but for the id and its place in the
        # hash chain, which goes on from the last event already written.
        self.event: dict[str, Any] = {
            "entity_id": 0,
            "at": utcnow(),
            "operator_id": actor.operator_id,
            "entity": "person",
            "action": AuditAction.CREATE,
            "fields": ",".join(sorted(PERSON_FIELD_COLUMNS)),
            "detail": "import",
            "detail_digest": detail_digest("import"),
            "prev_hash": "",
            "hash": "",
        }
        self.audit_template = self.audit.prepare(self.event)
        # The people's ids, for their events, written last (write_events).
        self.ids: list[int] = []
        self.first_id = (
            int(conn.execute(select(func.coalesce(func.max(Person.id), 0))).scalar() or 0) + 1
        )
        self.written = 0

    @contextmanager
    def bulk_mode(self) -> Iterator[None]:
        """The settings of a large write (models.bulk), around the whole import."""
        # What a person adds to the file, indexes included (BYTES_PER_ROW counts it
        # twice, for the WAL).
        with large_write(self.conn, self.rows * BYTES_PER_ROW // 2):
            # A file at least as large as the registry (whose last id is at least the
            # number of people in it): build the plain indexes once, at the end.
            rebuild = self.rows >= self.first_id - 1
            with indexes_rebuilt(self.conn, "person") if rebuild else nullcontext():
                with bulk_insert_mode(self.conn, self.first_id):
                    yield

    def write(self, rows: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]) -> None:
        # Ids no other writer takes: on a server the desks save people while this
        # import runs (deskapp.models.sql.sequences).
        ids = reserve_ids(self.conn, "person", len(rows))
        pairs = list(zip(ids, rows, strict=True))
        self.person.execute(self.conn, [(pid, *p) for pid, (p, _) in pairs])
        self.consent.execute(
            self.conn, [(pid, *c) for pid, (_, consents) in pairs for c in consents]
        )
        self.ids.extend(ids)
        self.written += len(rows)

    def write_events(self) -> None:
        """One audit event per person, chained on from the last event. Last, once the
        people are written: on a server, the chain's lock is taken after the rows'
        (as every service takes them: its rows, then its event), or an import waiting
        for a codice fiscale another desk is saving would hold the chain that desk's
        save waits for, a deadlock."""
        prev_hash = last_hash(self.conn)
        e, fixed = self.event, self.audit_template[1:-2]
        for start in range(0, len(self.ids), EVENT_BATCH):
            events = []
            for pid in self.ids[start : start + EVENT_BATCH]:
                digest = event_digest(
                    prev_hash,
                    e["at"],
                    e["operator_id"],
                    e["entity"],
                    pid,
                    e["action"].value,
                    e["fields"],
                    e["detail_digest"],
                )
                events.append((pid, *fixed, prev_hash, digest))
                prev_hash = digest
            self.audit.execute(self.conn, events)


EVENT_BATCH = 5000


BYTES_PER_ROW = 4096

AUDIT_KEYS = (
    "entity_id",
    "at",
    "operator_id",
    "entity",
    "action",
    "fields",
    "detail",
    "detail_digest",
    "prev_hash",
    "hash",
)


__all__ = ["CONSENT_COLUMNS", "ImportResult", "IssueGroup", "import_persons", "summarise_issues"]
