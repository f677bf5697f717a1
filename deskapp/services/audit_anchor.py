"""Anchors of the audit trail where ``db check`` looks for them, and what it says.

The anchor itself (its format, reading and writing it, the hook that keeps one beside
the database) is ``deskapp.models.audit_anchor``. Here: each backup's manifest (a small
JSON file beside the copy, ``<backup>.manifest.json``, with the head of the trail in the
copy), finding the anchors of a database (beside it, and the newest manifest of the
same trail in the backup folders), and comparing the trail with them.

For other code (the consolidation bundles will carry an anchor): ``anchor_of(db)``
reads the head of a database now, ``Anchor.to_dict``/``from_dict`` put it in and take it
out of any JSON, ``write_anchor``/``read_anchor`` keep it in a file of its own.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_anchor import (
    Anchor,
    AnchorUnreadable,
    anchor_path,
    head_of,
    read_anchor,
    trail_at,
    write_anchor,
    write_json_atomically,
)
from deskapp.models.database import Database

__all__ = [
    "Anchor",
    "AnchorUnreadable",
    "Manifest",
    "anchor_of",
    "anchor_path",
    "compare_with_anchors",
    "manifest_path",
    "read_anchor",
    "read_manifest",
    "write_anchor",
    "write_manifest",
]

MANIFEST_FORMAT = "deskapp-backup-manifest"
MANIFEST_VERSION = 1
MANIFEST_SUFFIX = ".manifest.json"


def anchor_of(db: Database) -> Anchor:
    """The head of ``db``'s audit trail now."""
    with db.read() as s:
        return head_of(s)


@dataclass(frozen=True)
class Manifest:
    """What a backup holds, written beside it when it is made."""

    anchor: Anchor  # the head of the trail in the copy
    schema: str | None
    encrypted: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "taken": self.anchor.at.isoformat(),
            "schema": self.schema,
            "encrypted": self.encrypted,
            "anchor": self.anchor.to_dict(),
        }


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + MANIFEST_SUFFIX)


def write_manifest(backup: Path, manifest: Manifest) -> Path:
    """Write the manifest of ``backup`` beside it (atomically, flushed to the disk)."""
    path = manifest_path(backup)
    write_json_atomically(path, manifest.to_dict(), durable=True)
    return path


def read_manifest(path: Path) -> Manifest:
    """The manifest in ``path`` (a ``.manifest.json`` file); AnchorUnreadable when the
    file is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["format"] != MANIFEST_FORMAT:
            raise ValueError("format")
        schema = data.get("schema")
        return Manifest(Anchor.from_dict(data["anchor"]), schema, bool(data.get("encrypted")))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise AnchorUnreadable(
            QT_TRANSLATE_NOOP("Error", "{path} is not a backup manifest deskapp can read."),
            path=str(path),
        ) from None


@dataclass(frozen=True)
class AnchorFinding:
    """A line of ``db check``: a problem, or a fact. The template is marked for
    translation and the values kept apart, as for errors."""

    problem: bool
    template: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class _Found:
    anchor: Anchor
    source: Path  # the anchor file, or the manifest


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


Manifest_ = tuple[Anchor, Path]  # a backup manifest's anchor, and the manifest's path


def _anchors(
    database: Path, folders: Iterable[Path]
) -> tuple[Anchor | None, list[Manifest_], list[AnchorFinding]]:
    """Read, from the disk, the anchor beside ``database`` and the manifests of
    ``folders`` (before the trail is read: see compare_with_anchors)."""
    notes: list[AnchorFinding] = []
    beside = anchor_path(database)
    try:
        anchor = read_anchor(beside)
    except AnchorUnreadable:
        anchor = None
        notes.append(
            AnchorFinding(
                False,
                QT_TRANSLATE_NOOP(
                    "Check",
                    "audit trail: the anchor {path} cannot be read; the backups' manifests "
                    "are used instead",
                ),
                {"path": str(beside)},
            )
        )
    manifests: list[Manifest_] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob("*" + MANIFEST_SUFFIX):
            try:
                manifests.append((read_manifest(path).anchor, path))
            except AnchorUnreadable:
                continue
    return anchor, manifests, notes


def _to_compare(
    database: Path, anchor: Anchor | None, manifests: list[Manifest_], first_hash: str
) -> list[_Found]:
    """The anchors to compare the trail of ``database`` with: the one beside it (it is
    this file's, whatever trail it names), and the newest manifest that belongs to the
    same trail (the backups of other databases may share a folder) when it is newer
    than that. A backup made after the tail was lost does not hide the loss: the anchor
    beside the file, which was not moved over it, is still compared; a restore, which
    anchors the file anew, leaves the older manifests out."""
    found = [_Found(anchor, anchor_path(database))] if anchor is not None else []
    newest: _Found | None = None
    for manifest_anchor, path in manifests:
        if not first_hash or manifest_anchor.first_hash != first_hash:
            continue
        if newest is None or _order(manifest_anchor) > _order(newest.anchor):
            newest = _Found(manifest_anchor, path)
    if newest is not None and (anchor is None or _order(newest.anchor) > _order(anchor)):
        found.append(newest)
    return found


def _order(anchor: Anchor) -> tuple[dt.datetime, int]:
    return anchor.at, anchor.event_id


def compare_with_anchors(
    conn: Connection, database: Path, folders: Iterable[Path] = ()
) -> list[AnchorFinding]:
    """Compare the trail of ``database`` (read through ``conn``) with its anchors (see
    ``_anchors``) and say what is wrong: events missing at the end, or the anchored
    event not as it was anchored (rewritten or forged)."""
    # The anchors first, the trail after: an anchor names only what was committed
    # before it was written, so a save between the two cannot look like a lost tail.
    # (The caller's read transaction must begin with the query below.)
    anchor, manifests, findings = _anchors(database, folders)
    first = conn.exec_driver_sql("SELECT hash FROM audit_event ORDER BY id LIMIT 1").first()
    found = _to_compare(database, anchor, manifests, str(first[0] or "") if first else "")
    if not found:
        findings.append(
            AnchorFinding(
                False,
                QT_TRANSLATE_NOOP(
                    "Check",
                    "audit trail: no anchor to compare it with (none beside the file, none "
                    "in the backups' manifests)",
                ),
                {},
            )
        )
        return findings
    for each in found:
        findings.append(_compare(conn, each))
    return findings


def _compare(conn: Connection, found: _Found) -> AnchorFinding:
    anchor = found.anchor
    trail = trail_at(conn, anchor)
    params: dict[str, Any] = {
        "date": _local(anchor.at),
        "source": str(found.source),
        "anchored": anchor.event_id,
        "last": trail.last_id,
    }
    if trail.last_id == 0 and anchor.event_id:
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: it has no events, but the anchor of {date} ({source}) names event "
            "{anchored}: the whole trail is missing. Restore the last good backup.",
        )
    elif trail.other_trail(anchor):
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: its first event is not the one the anchor of {date} ({source}) "
            "recorded: the file was replaced by another database, or its trail rewritten "
            "from the start. Restore the last good backup and compare the two trails.",
        )
    elif trail.ends_before(anchor):
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: the trail ends at event {last} but the anchor of {date} "
            "({source}) names event {anchored}: the events after {last} are missing (a lost "
            "-wal file, a copy taken while deskapp was writing, or events removed). Restore "
            "the last good backup and compare the two trails.",
        )
    elif trail.hash_at_anchor is None:
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: event {anchored}, named by the anchor of {date} ({source}), is "
            "missing: the trail was rewritten. Restore the last good backup and compare "
            "the two trails.",
        )
    elif trail.hash_at_anchor != anchor.hash:
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: event {anchored} does not have the hash the anchor of {date} "
            "({source}) recorded: the trail was rewritten or forged up to there. Restore "
            "the last good backup and compare the two trails.",
        )
    elif trail.events_upto_anchor != anchor.events:
        template = QT_TRANSLATE_NOOP(
            "Check",
            "audit trail: {events} events up to event {anchored}, but the anchor of {date} "
            "({source}) counted {counted}: events were removed or added before it. Restore "
            "the last good backup and compare the two trails.",
        )
        params.update(events=trail.events_upto_anchor, counted=anchor.events)
    else:
        return AnchorFinding(
            False,
            QT_TRANSLATE_NOOP(
                "Check", "audit trail: matches its anchor of {date} (event {anchored})"
            ),
            params,
        )
    return AnchorFinding(True, template, params)
