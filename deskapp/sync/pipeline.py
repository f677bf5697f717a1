"""Taking in many bundles in one go (``deskapp sync import FILE|FOLDER...``, the
Consolidation page): a programme's first consolidation is dozens of desks' bundles.

Order: each desk's bundles in their numbers (a folder's files come in any order), so
that none is held only because it came before the one it follows; the desks in the
order their first bundle was given. A gap in a desk's numbers is still held and said.

Each bundle is still taken in in its own transaction (deskapp.sync.apply): a refused
one refuses only itself, said in words with its file's name, and the others go on.

While one bundle is written, the next is read, verified (signature, inflate, JSON,
schema) and its records read and converted for the driver (``new_rows.prepare_rows``) in
a worker process, when the machine has a second core: about a quarter of a bundle's
work off the writing process. The worker reads files and trusted keys only; it never
opens the database. If worker processes cannot run (a locked-down PC), the rest is
read here, slower but the same.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database
from deskapp.services.actor import Actor
from deskapp.services.permissions import Action, require
from deskapp.sync.apply import (
    Applied,
    Peers,
    open_checked,
    read_bundle_file,
    take_in_opened,
    trusted_peers,
)
from deskapp.sync.bundle import Opened
from deskapp.sync.codec import BadRecord
from deskapp.sync.new_rows import Prepared, prepare_rows
from deskapp.sync.sealing import is_sealed, open_sealed_with, unsealing_key

SUFFIX = ".deskbundle"
# How far the worker reads ahead of the writer: one bundle being read while one waits
# read, so the writer never waits when reading is the quicker (each read bundle held in
# memory is some tens of MB).
AHEAD = 2
# The start of a bundle file as deskapp writes it (keys sorted): enough to order files
# without reading them whole. A file that does not start so is taken in where it came.
_HEAD = re.compile(
    rb'\{"desk":"([0-9a-f-]{36})","format":"deskapp-bundle","kind":"([a-z]{1,20})",'
    rb'"number":([0-9]{1,12}),'
)


@dataclass
class Outcome:
    """What became of one bundle file: its results (the held bundles it let follow
    included), or why it was refused (nothing of it written)."""

    path: Path
    results: list[Applied] = field(default_factory=list)
    error: DeskappError | None = None


def bundle_files(paths: Iterable[Path]) -> list[Path]:
    """The files named; a folder stands for its bundle files (``*.deskbundle``)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix == SUFFIX and p.is_file())
        else:
            files.append(path)
    return files


def _head(path: Path) -> tuple[str, str, int] | None:
    try:
        with path.open("rb") as f:
            start = f.read(256)
    except OSError:
        return None
    found = _HEAD.match(start)
    if found is None:
        return None
    return found[1].decode(), found[2].decode(), int(found[3])


def in_ledger_order(files: list[Path]) -> list[Path]:
    """Each desk's bundles by kind and number, the desks in the order of their first
    file; files whose start is not a bundle's where they came, after them (among them
    the sealed ones, which hide their desk and number: one that comes before its turn
    is held and taken in when the one before it arrives, as any bundle out of order)."""
    heads = [(path, _head(path)) for path in files]
    first_seen: dict[str, int] = {}
    for n, (_path, head) in enumerate(heads):
        if head is not None:
            first_seen.setdefault(head[0], n)
    known = sorted(
        ((path, head) for path, head in heads if head is not None),
        key=lambda item: (first_seen[item[1][0]], item[1][1], item[1][2]),
    )
    return [path for path, _ in known] + [path for path, head in heads if head is None]


# -- what the worker does -------------------------------------------------------------


@dataclass
class _Read:
    data: bytes
    opened: Opened
    prepared: Prepared


@dataclass
class _Refused:
    """An error crossing from the worker (its template and parameters, so the message
    is translated here as any other)."""

    bad_record: bool
    template: str
    params: dict[str, Any]

    def error(self) -> DeskappError:
        from deskapp.sync.bundle import BundleRefused

        kind = BadRecord if self.bad_record else BundleRefused
        return kind(self.template, **self.params)


def read_bundle(
    path: Path, peers: Peers, dialect: str, unsealing: bytes | None, prepare: bool = True
) -> _Read | _Refused:
    """Read, verify and prepare one bundle file: pure work on the file and the keys
    (``unsealing``: this database's key for bundles encrypted to it, ``unsealing_key``)."""
    try:
        data = read_bundle_file(path)
        if is_sealed(data):
            data = open_sealed_with(unsealing, data)
        opened = open_checked(data, peers)
        return _Read(data, opened, prepare_rows(opened, dialect) if prepare else {})
    except DeskappError as exc:
        return _Refused(isinstance(exc, BadRecord), exc.template, exc.params)
    except OSError:
        return _Refused(
            False,
            QT_TRANSLATE_NOOP(
                "Error",
                "The bundle file {path} cannot be read (no permission, or a disk error): "
                "nothing was taken in.",
            ),
            {"path": str(path)},
        )


def _start_worker() -> None:
    from deskapp.services.importing import exit_with_parent

    exit_with_parent()


def _read_all(
    files: list[Path], peers: Peers, dialect: str, unsealing: bytes | None, processes: bool
) -> Generator[_Read | _Refused, None, None]:
    """The files read and verified in order: by a worker process ahead of the caller
    (``processes``), else here as they are asked for."""
    if not processes or not files:
        for path in files:
            yield read_bundle(path, peers, dialect, unsealing)
        return
    # "spawn" everywhere: what Windows does anyway; forking a process that runs Qt
    # threads (the GUI) is unsafe. The frozen app calls freeze_support (cli.main).
    spawn = get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn, initializer=_start_worker) as pool:
        futures: dict[int, Future[_Read | _Refused]] = {}
        broken = False
        try:
            for n, path in enumerate(files):
                if not broken:
                    for later in range(n, min(len(files), n + 1 + AHEAD)):
                        if later not in futures:
                            futures[later] = pool.submit(
                                read_bundle, files[later], peers, dialect, unsealing
                            )
                future = futures.pop(n, None)
                if future is None or broken:
                    yield read_bundle(path, peers, dialect, unsealing)
                    continue
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    result = read_bundle(path, peers, dialect, unsealing)
                yield result
        finally:
            for pending in futures.values():  # stopped early: drop what is queued
                pending.cancel()


def import_bundles(
    db: Database,
    actor: Actor,
    paths: Iterable[Path],
    progress: Callable[[int, int], None] | None = None,
    processes: bool | None = None,
) -> list[Outcome]:
    """Take in the bundle files (and folders of them) ``paths``, each in its own
    transaction, in the order each desk's ledger needs; what became of each, in that
    order. ``progress(done, total)`` is called before each bundle and at the end (it
    may raise to stop: the bundles taken in before stay taken in, the others are not
    touched). ``processes``: read ahead in a worker process (default: for more than
    one file, on a machine with more than one core)."""
    require(actor, Action.IMPORT)
    files = in_ledger_order(bundle_files(paths))
    if processes is None:
        processes = len(files) > 1 and (os.cpu_count() or 1) > 1
    peers = trusted_peers(db)
    dialect = db.engine.dialect.name
    outcomes: list[Outcome] = []
    # Closed on the way out whatever happens (a stop asked through ``progress``): the
    # worker process ends then, not when the error that stopped it is forgotten.
    unsealing = unsealing_key(db)
    with closing(_read_all(files, peers, dialect, unsealing, processes)) as reads:
        for n, (path, read) in enumerate(zip(files, reads, strict=True)):
            if progress is not None:
                progress(n, len(files))
            if isinstance(read, _Refused):
                outcomes.append(Outcome(path, error=read.error()))
                continue
            try:
                results = take_in_opened(db, actor, read.opened, read.data, peers, read.prepared)
            except DeskappError as exc:
                outcomes.append(Outcome(path, error=exc))
                continue
            outcomes.append(Outcome(path, results))
    if progress is not None:
        progress(len(files), len(files))
    return outcomes
