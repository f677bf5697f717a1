"""deskapp sync: keys, bundles, conflicts and duplicates (issue 16)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from deskapp.cli.common import EXIT_USER_ERROR, CliError, say
from deskapp.cli.login import acting_operator
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.database import Database

SMALL_FILE = 4096  # a key file is one line


def run_sync(args: argparse.Namespace, db: Database) -> int:
    command = args.sync_command
    if command == "key":
        return _key(args, db)
    actor = acting_operator(db, args)
    if command == "trust" and args.coordinator is not None:
        return _trust_coordinator(args, db, actor)
    if command == "trust":
        from deskapp.sync.keys import trust_desk

        done = trust_desk(db, actor, _key_or_file(args.key), args.desk, args.fingerprint)
        if done.already:
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "'{desk}' is trusted already with this key."),
                desk=done.name,
            )
        else:
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "Key of '{desk}' trusted (fingerprint {fingerprint})."),
                desk=done.name,
                fingerprint=done.fingerprint,
            )
        return 0
    if command == "export":
        from deskapp.sync.export import export_bundle

        sealed = _recipient(args, db, actor)
        made = export_bundle(
            db,
            actor,
            Path(args.output),
            pseudonymous=args.pseudonymous,
            seal_to=sealed.public_key if sealed is not None else None,
        )
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Bundle {number} ({kind}) written to {path}: {records} records, {events} "
                "audit events, changes {first} to {last}.",
            ),
            number=made.number,
            kind=made.kind,
            path=str(made.path),
            records=made.records,
            events=made.audit_events,
            first=made.seq_from,
            last=made.seq_to,
        )
        if sealed is not None:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The bundle is encrypted to the key {fingerprint}: only that coordinator "
                    "can open it.",
                ),
                fingerprint=sealed.fingerprint,
            )
        return 0
    if command == "import":
        return _import(args, db, actor)
    if command == "publish":
        from deskapp.sync.catalogue import publish_catalogue

        published = publish_catalogue(db, actor, Path(args.output))
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "Catalogue bundle {number} written to {path}: {entries} instruments."
            ),
            number=published.number,
            path=str(published.path),
            entries=published.entries,
        )
        return 0
    if command == "apply-catalogue":
        return _apply_catalogue(args, db, actor)
    if command == "programme-key":
        return _programme_key(args, db, actor)
    if command == "conflicts":
        return _conflicts(args, db, actor)
    if command == "duplicates":
        from deskapp.sync.linking import duplicate_candidates

        found = duplicate_candidates(db, actor)
        if not found:
            say(args, QT_TRANSLATE_NOOP("Cli", "No people to compare: no candidates."))
        for c in found:
            say(
                args,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Persons {first} and {second}: same name, birth dates {days} days apart "
                    "(deskapp sync merge {first} {second}, or --reject).",
                ),
                first=c.first_id,
                second=c.second_id,
                days=c.days_apart,
            )
            if c.disputed:
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "  Decided differently at two databases (merged at one, not the same "
                        "person at another, or the merge undone): decide again here.",
                    ),
                )
        return 0
    if command == "erasures":
        from deskapp.sync.overview import erasures_received

        erasures = erasures_received(db, actor)  # type: ignore[arg-type]
        if not erasures:
            say(args, QT_TRANSLATE_NOOP("Cli", "No erasures received from the desks."))
        for e in erasures:
            say(
                args,
                QT_TRANSLATE_NOOP("Cli", "Person {id}: erased on {day} at '{desk}'."),
                id=e.person_id,
                day=e.erased_on.strftime("%d/%m/%Y"),
                desk=e.desk,
            )
        return 0
    if command == "merge":
        from deskapp.sync.linking import merge_people, reject_candidate, undo_merge

        said: str
        if args.reject:
            reject_candidate(db, actor, args.first, args.second)
            said = QT_TRANSLATE_NOOP("Cli", "Persons {first} and {second}: not the same person.")
        elif args.undo:
            undo_merge(db, actor, args.first, args.second)
            said = QT_TRANSLATE_NOOP("Cli", "Persons {first} and {second}: merge undone.")
        else:
            merge_people(db, actor, args.first, args.second)
            said = QT_TRANSLATE_NOOP(
                "Cli", "Persons {first} and {second}: one person, counted once."
            )
        say(args, said, first=args.first, second=args.second)
        return 0
    raise CliError(QT_TRANSLATE_NOOP("Error", "Unknown sync command."))  # pragma: no cover


def _trust_coordinator(args: argparse.Namespace, db: Database, actor: object) -> int:
    from deskapp.sync.catalogue import trust_coordinator

    done = trust_coordinator(
        db,
        actor,  # type: ignore[arg-type]
        _key_or_file(args.key),
        args.coordinator,
        args.fingerprint,
    )
    if done.already:
        say(
            args,
            QT_TRANSLATE_NOOP("Cli", "The coordinator '{name}' is trusted already with this key."),
            name=done.name,
        )
    else:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "Key of the coordinator '{name}' trusted (fingerprint {fingerprint}): its "
                "catalogue bundles apply here.",
            ),
            name=done.name,
            fingerprint=done.fingerprint,
        )
    return 0


def _apply_catalogue(args: argparse.Namespace, db: Database, actor: object) -> int:
    from deskapp.sync.catalogue import apply_catalogue

    done = apply_catalogue(db, actor, Path(args.file))  # type: ignore[arg-type]
    if done.state == "already":
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "Catalogue bundle {number} of '{name}' was applied already: nothing changed."
            ),
            number=done.number,
            name=done.coordinator,
        )
        return 0
    say(
        args,
        QT_TRANSLATE_NOOP(
            "Cli",
            "Catalogue bundle {number} of '{name}' applied: {added} new, {changed} changed, "
            "{withdrawn} withdrawn, {unchanged} unchanged; {kept} of this desk's own kept.",
        ),
        number=done.number,
        name=done.coordinator,
        added=done.added,
        changed=done.changed,
        withdrawn=done.withdrawn,
        unchanged=done.unchanged,
        kept=done.kept,
    )
    return 0


def _recipient(args: argparse.Namespace, db: Database, actor: object) -> Any:
    """The sealing key ``--encrypt-to`` names (a file, kept now with ``--fingerprint``,
    or the fingerprint of one kept before), or None."""
    from deskapp.sync.sealing import SEAL_PREFIX, keep_recipient, recipient_by_fingerprint

    if not args.encrypt_to:
        if args.fingerprint:
            raise CliError(
                QT_TRANSLATE_NOOP(
                    "Error", "--fingerprint goes with --encrypt-to FILE (the sealing key's file)."
                )
            )
        return None
    text = _key_or_file(args.encrypt_to)
    if not text.startswith(SEAL_PREFIX):
        return recipient_by_fingerprint(db, text)
    if not args.fingerprint:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The first time a sealing key is used, give its fingerprint too (--fingerprint "
                "XXXX, as the coordinator reads it out by phone): nothing was written.",
            )
        )
    key, _before = keep_recipient(db, actor, text, args.fingerprint)  # type: ignore[arg-type]
    return key


def _key(args: argparse.Namespace, db: Database) -> int:
    from deskapp.sync.keys import desk_key
    from deskapp.sync.sealing import sealing_key

    key: Any = sealing_key(db) if args.sealing else desk_key(db)
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "Sealing key fingerprint: {fingerprint}")
        if args.sealing
        else QT_TRANSLATE_NOOP("Cli", "Desk key fingerprint: {fingerprint}"),
        fingerprint=key.fingerprint,
    )
    print(key.text)
    if args.output:
        path = Path(args.output)
        path.write_text(key.text + "\n", "ascii")
        say(args, QT_TRANSLATE_NOOP("Cli", "Key written to {path}."), path=str(path))
    return 0


def _key_or_file(text: str) -> str:
    path = Path(text)
    try:
        if path.is_file():
            if path.stat().st_size > SMALL_FILE:
                raise CliError(
                    QT_TRANSLATE_NOOP("Error", "{path} is too large to be a key file."),
                    path=str(path),
                )
            return path.read_text("utf-8", errors="replace").strip()
    except OSError:
        pass
    return text


def _import(args: argparse.Namespace, db: Database, actor: object) -> int:
    """The bundles named (a folder: its bundle files), each desk's in their order, the
    next read in a worker process while one is written (deskapp.sync.pipeline)."""
    from deskapp.sync.pipeline import bundle_files, import_bundles

    paths = [Path(name) for name in args.files]
    if not bundle_files(paths):
        raise CliError(
            QT_TRANSLATE_NOOP("Error", "No bundle files (*.deskbundle) in {folder}."),
            folder=", ".join(str(p) for p in paths),
        )
    failed = 0
    for outcome in import_bundles(db, actor, paths):  # type: ignore[arg-type]
        if outcome.error is not None:
            failed += 1
            print(
                f"deskapp: {outcome.path.name}: {args.speech.error(outcome.error)}",
                file=sys.stderr,
            )
            continue
        for r in outcome.results:
            if r.state == "already":
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Bundle {number} of '{desk}' was taken in already: nothing changed.",
                    ),
                    number=r.number,
                    desk=r.desk,
                )
            elif r.state == "held":
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Bundle {number} of '{desk}' is held: it follows bundles not taken in "
                        "yet ({missing}). It will be applied when they come.",
                    ),
                    number=r.number,
                    desk=r.desk,
                    missing=", ".join(str(n) for n in r.waiting_for),
                )
            else:
                say(
                    args,
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Bundle {number} ({kind}) of '{desk}' taken in: {records} records, "
                        "{conflicts} conflicts to decide.",
                    ),
                    number=r.number,
                    kind=r.kind,
                    desk=r.desk,
                    records=sum(r.counts.values()),
                    conflicts=r.conflicts,
                )
    return EXIT_USER_ERROR if failed else 0


def _programme_key(args: argparse.Namespace, db: Database, actor: object) -> int:
    from deskapp.sync.keys import new_programme_key, set_programme_key

    if args.new:
        if not args.output:
            raise CliError(QT_TRANSLATE_NOOP("Error", "--new writes the programme key to -o FILE."))
        text = new_programme_key(db, actor)  # type: ignore[arg-type]
        path = Path(args.output)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(text + "\n")
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli", "Programme key written to {path}: give it to the programme's desks only."
            ),
            path=str(path),
        )
        return 0
    if not args.file:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "Error", "Give the programme key's FILE (at a desk), or --new -o FILE."
            )
        )
    fingerprint = set_programme_key(db, actor, _key_or_file(args.file))  # type: ignore[arg-type]
    say(
        args,
        QT_TRANSLATE_NOOP("Cli", "Programme key kept (fingerprint {fingerprint})."),
        fingerprint=fingerprint,
    )
    return 0


def _conflicts(args: argparse.Namespace, db: Database, actor: object) -> int:
    from deskapp.sync.conflicts import list_conflicts, resolve_conflict

    if args.resolve is not None:
        if not args.keep:
            raise CliError(
                QT_TRANSLATE_NOOP("Error", "Say which value to keep: --keep local or incoming.")
            )
        resolve_conflict(db, actor, args.resolve, args.keep)  # type: ignore[arg-type]
        say(args, QT_TRANSLATE_NOOP("Cli", "Conflict {id} decided."), id=args.resolve)
        return 0
    found = list_conflicts(db, actor)  # type: ignore[arg-type]
    if not found:
        say(args, QT_TRANSLATE_NOOP("Cli", "No open conflicts."))
    for c in found:
        say(
            args,
            QT_TRANSLATE_NOOP(
                "Cli",
                "{id}: {entity} {field}: here {local}; at '{desk}' {incoming} (bundle "
                "{number}, {who})",
            ),
            id=c.id,
            entity=c.entity,
            field=c.field,
            local=c.local_value,
            incoming=c.incoming_value,
            desk=c.desk,
            number=c.bundle_number,
            who=c.desk_operator or "?",
        )
    return 0
