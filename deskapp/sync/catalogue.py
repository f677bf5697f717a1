"""The coordinator's catalogue bundle, back the other way: the coordinator publishes the
funding catalogue, signed, and each desk applies it.

What travels: the funding catalogue (``funding_catalogue``), the whole of it each time.
The checklists (``deskapp.services.checklists.STEPS``) and the stage rules
(``deskapp.services.stages.GATES``) are code, not data: they come with deskapp itself,
the same at every desk of a version, and do not travel.

A catalogue bundle is a bundle of the same family (``deskapp.sync.bundle``), of kind
"catalogue": signed with the coordinator database's key, numbered, naming the hash of
the coordinator's previous catalogue bundle and the schema. A desk takes it only from
the coordinator it trusts (``deskapp sync trust KEY --coordinator NAME --fingerprint``:
once, after comparing the fingerprint; the key is kept with the desks' keys, and the
ledger row "catalogue" number 0, state "trusted", marks it as the coordinator's).

At the desk, in one audited transaction with the ledger: each published entry updates
the entry it placed last time (a renamed one too), or the desk's entry of the same name
(which becomes the published one), or is added; an entry the coordinator published
before and no longer does is deleted (no record refers to a catalogue entry); the
entries the desk made itself, under other names, are kept as they are. Since each
bundle is the whole catalogue, one that was missed does not matter: a bundle numbered
higher than the last applied is taken; the same bundle again changes nothing; an older
or replayed one, a tampered one, one signed by another key: refused, nothing written.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import FundingCatalogueEntry
from deskapp.models.base import utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.fields import validate_input
from deskapp.models.first_look import HEAD_REVISION
from deskapp.models.schemas import CatalogueEntryInput
from deskapp.models.sync import SyncBundle, SyncPeer
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.services.records import apply_changes
from deskapp.sync.bundle import (
    CATALOGUE,
    FORMAT,
    VERSION,
    BundleRefused,
    damaged,
    open_bundle,
    seal,
)
from deskapp.sync.identity import (
    BadKeyError,
    ensure_identity,
    parse_key_text,
    private_key,
    same_fingerprint,
)

ENTITY = "funding_catalogue"
TRUSTED = "trusted"  # the ledger row that marks the coordinator's key
MAX_ENTRIES = 10_000
FIELDS = tuple(CatalogueEntryInput.model_fields)


@dataclass(frozen=True)
class Published:
    path: Path
    number: int
    entries: int


@dataclass(frozen=True)
class CatalogueApplied:
    coordinator: str
    number: int
    state: str  # applied, already
    added: int = 0
    changed: int = 0
    withdrawn: int = 0
    unchanged: int = 0
    kept: int = 0  # the desk's own entries, left as they are


@dataclass(frozen=True)
class TrustedCoordinator:
    name: str
    fingerprint: str
    already: bool


# -- at the coordinator's ------------------------------------------------------------


def _encoded(row: FundingCatalogueEntry) -> dict[str, Any]:
    return {
        "ref": row.id,
        "name": row.name,
        "instrument": row.instrument.value,
        "country": row.country.value if row.country is not None else None,
        "provider": row.provider,
        "eligibility": row.eligibility,
        "max_amount": str(row.max_amount) if row.max_amount is not None else None,
        "deadline": row.deadline.isoformat() if row.deadline is not None else None,
        "web": row.web,
        "active": bool(row.active),
    }


def publish_catalogue(db: Database, actor: Actor, path: Path) -> Published:
    """Write the whole funding catalogue as the next catalogue bundle, signed with this
    database's key, and keep it in the ledger (one transaction: a file that could not
    be written leaves no bundle in the ledger)."""
    require(actor, Action.CATALOGUE)
    from deskapp.sync.export import _write_atomically

    with db.write() as s:
        me = ensure_identity(s)
        last = s.scalar(
            select(SyncBundle)
            .where(SyncBundle.direction == "out", SyncBundle.kind == CATALOGUE)
            .order_by(SyncBundle.number.desc())
            .limit(1)
        )
        number = last.number + 1 if last else 1
        entries = [
            _encoded(row)
            for row in s.scalars(select(FundingCatalogueEntry).order_by(FundingCatalogueEntry.id))
        ]
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "desk": me.node,
            "kind": CATALOGUE,
            "number": number,
            "prev_hash": last.hash if last else "",
            "schema": HEAD_REVISION,
            # The coordinator's clock: shown, never used to order anything.
            "made_at": utcnow().isoformat(sep=" ", timespec="seconds"),
            "entries": entries,
        }
        content, digest = seal(payload, private_key(me))
        ledger = SyncBundle(
            hash=digest,
            direction="out",
            node=me.node,
            kind=CATALOGUE,
            number=number,
            seq_from=0,
            seq_to=0,
            prev_hash=payload["prev_hash"],
            state="made",
            operator_id=actor.operator_id,
            summary=json.dumps({f"{ENTITY}:published": len(entries)}),
        )
        s.add(ledger)
        s.flush()
        record_event(
            s,
            actor,
            "sync_bundle",
            ledger.id,
            AuditAction.EXPORT,
            detail=f"catalogue bundle {number}, {len(entries)} entries",
        )
        _write_atomically(path, content)
        try:
            s.flush()
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    return Published(path, number, len(entries))


# -- at a desk -----------------------------------------------------------------------


def trust_coordinator(
    db: Database, actor: Actor, key: str, name: str, typed_fingerprint: str
) -> TrustedCoordinator:
    """Accept the coordinator's key, once, after comparing its fingerprint: its
    catalogue bundles are then applied here. One coordinator per database."""
    require(actor, Action.IMPORT)
    coordinator = parse_key_text(key)
    name = " ".join(name.split())
    if not name or len(name) > 120:
        raise DeskappError(
            QT_TRANSLATE_NOOP(
                "Error", "Give the coordinator a name (at most 120 characters) with --coordinator."
            )
        )
    if not same_fingerprint(typed_fingerprint, coordinator.fingerprint):
        raise BadKeyError(
            QT_TRANSLATE_NOOP(
                "Error",
                "The fingerprint does not match this key: nothing was trusted. Ask the "
                "coordinator to read out the fingerprint 'deskapp sync key' shows there, and "
                "check that the key file is theirs.",
            )
        )
    with db.write() as s:
        own = ensure_identity(s)
        if own.node == coordinator.node:
            raise BadKeyError(
                QT_TRANSLATE_NOOP(
                    "Error", "This is this database's own key, not the coordinator's."
                )
            )
        marked = _coordinator_mark(s)
        if marked is not None and marked.node != coordinator.node:
            other = s.get(SyncPeer, marked.node)
            raise BadKeyError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "This database trusts the coordinator '{name}' already, with another "
                    "key: a coordinator's key is accepted once. Nothing was changed.",
                ),
                name=other.name if other is not None else "?",
            )
        peer = s.get(SyncPeer, coordinator.node)
        if peer is not None and bytes(peer.public_key) != coordinator.public_key:
            raise BadKeyError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "'{name}' is trusted already with another key: a key is accepted "
                    "once. Nothing was changed.",
                ),
                name=peer.name,
            )
        if peer is not None and marked is not None:
            return TrustedCoordinator(peer.name, coordinator.fingerprint, True)
        if peer is None:
            taken = s.scalar(select(SyncPeer.node).where(SyncPeer.name == name))
            if taken is not None:
                raise DeskappError(
                    QT_TRANSLATE_NOOP(
                        "Error", "Another key is trusted under the name '{name}': choose another."
                    ),
                    name=name,
                )
            peer = SyncPeer(
                node=coordinator.node,
                name=name,
                public_key=coordinator.public_key,
                trusted_by=actor.operator_id,
            )
            s.add(peer)
            s.flush()
            record_event(s, actor, "sync_peer", None, AuditAction.CREATE, ("node", "public_key"))
        mark = SyncBundle(
            hash="",
            direction="in",
            node=coordinator.node,
            kind=CATALOGUE,
            number=0,
            seq_from=0,
            seq_to=0,
            prev_hash="",
            state=TRUSTED,
            operator_id=actor.operator_id,
            summary="{}",
        )
        s.add(mark)
        s.flush()
        record_event(
            s, actor, "sync_bundle", mark.id, AuditAction.CREATE, detail="coordinator trusted"
        )
        return TrustedCoordinator(peer.name, coordinator.fingerprint, False)


def _coordinator_mark(s: Session) -> SyncBundle | None:
    return s.scalar(
        select(SyncBundle).where(
            SyncBundle.direction == "in",
            SyncBundle.kind == CATALOGUE,
            SyncBundle.state == TRUSTED,
        )
    )


def not_the_coordinator() -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The catalogue bundle is signed with a key not trusted here as the "
            "coordinator's: nothing was changed. Get the coordinator's key, compare its "
            "fingerprint by phone, then run 'deskapp sync trust KEY --coordinator NAME "
            "--fingerprint ...'.",
        )
    )


def _entries(payload: dict[str, Any]) -> list[tuple[int, CatalogueEntryInput]]:
    """The published entries, each checked as a coordinator's own typing would be."""
    raw = payload.get("entries")
    if not isinstance(raw, list) or len(raw) > MAX_ENTRIES:
        raise damaged()
    found: list[tuple[int, CatalogueEntryInput]] = []
    refs: set[int] = set()
    names: set[str] = set()
    for position, item in enumerate(raw, 1):
        if not isinstance(item, dict) or set(item) != {"ref", *FIELDS}:
            raise damaged()
        ref = item["ref"]
        if not isinstance(ref, int) or isinstance(ref, bool) or not 0 < ref < 1 << 62:
            raise damaged()
        values = {f: item[f] for f in FIELDS}
        if not isinstance(values["active"], bool) or not all(
            v is None or isinstance(v, str) for f, v in values.items() if f != "active"
        ):
            raise damaged()
        try:
            entry = validate_input(CatalogueEntryInput, values)
        except (ValidationFailed, ValidationError):
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Entry {position} of the catalogue bundle is not valid here: nothing "
                    "was changed. Ask the coordinator to correct it and publish again.",
                ),
                position=position,
            ) from None
        if ref in refs or entry.name in names:
            raise damaged()
        refs.add(ref)
        names.add(entry.name)
        found.append((ref, entry))
    return found


def _placed(summary: str) -> dict[int, int]:
    """From the last applied catalogue bundle's ledger row: the coordinator's entry
    (its ref) -> the entry here it placed."""
    try:
        data = json.loads(summary or "{}")
        return {int(k): int(v) for k, v in dict(data.get("entries", {})).items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def apply_catalogue(db: Database, actor: Actor, path: Path) -> CatalogueApplied:
    from deskapp.sync.apply import read_bundle_file

    return apply_catalogue_bytes(db, actor, read_bundle_file(path))


def apply_catalogue_bytes(db: Database, actor: Actor, data: bytes) -> CatalogueApplied:
    """Replace the published part of this desk's catalogue with the coordinator's
    bundle, in one audited transaction, or refuse it in words with nothing written."""
    require(actor, Action.CATALOGUE)
    with db.read() as s:
        mark = _coordinator_mark(s)
        peer = s.get(SyncPeer, mark.node) if mark is not None else None
        trusted = (peer.node, bytes(peer.public_key), peer.name) if peer is not None else None

    def key_of(node: str) -> bytes:
        if trusted is None or node != trusted[0]:
            raise not_the_coordinator()
        return trusted[1]

    opened = open_bundle(data, key_of, kinds=(CATALOGUE,))
    assert trusted is not None  # key_of refused it otherwise
    from deskapp.sync.apply import _check_schema

    _check_schema(opened.payload)
    entries = _entries(opened.payload)
    prev_hash = opened.payload.get("prev_hash")
    if not isinstance(prev_hash, str):
        raise damaged()
    name = trusted[2]
    with db.write() as s:
        last = s.scalar(
            select(SyncBundle)
            .where(
                SyncBundle.direction == "in",
                SyncBundle.node == opened.node,
                SyncBundle.kind == CATALOGUE,
            )
            .order_by(SyncBundle.number.desc())
            .limit(1)
        )
        last_number = last.number if last is not None else 0
        # The one applied last, again: nothing changes. An older one (its catalogue
        # would undo what the later ones brought): refused, as a replay.
        if last is not None and last.hash == opened.hash:
            return CatalogueApplied(name, opened.number, "already")
        if opened.number <= last_number:
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Catalogue bundle {number} of '{coordinator}' is older than the one "
                    "applied here ({last}), or a replay of it: nothing was changed.",
                ),
                number=opened.number,
                coordinator=name,
                last=last_number,
            )
        if opened.number == last_number + 1 and last is not None and prev_hash != last.hash:
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Catalogue bundle {number} of '{coordinator}' does not follow the one "
                    "applied here (the coordinator's database was put back from a backup?): "
                    "nothing was changed.",
                ),
                number=opened.number,
                coordinator=name,
            )
        placed = _placed(last.summary if last is not None and last.state == "applied" else "")
        counts, now_placed, kept = _replace(s, actor, entries, placed)
        ledger = SyncBundle(
            hash=opened.hash,
            direction="in",
            node=opened.node,
            kind=CATALOGUE,
            number=opened.number,
            seq_from=0,
            seq_to=0,
            prev_hash=prev_hash,
            state="applied",
            operator_id=actor.operator_id,
            summary=json.dumps(
                {
                    **{f"{ENTITY}:{k}": v for k, v in sorted(counts.items())},
                    "entries": {str(k): v for k, v in sorted(now_placed.items())},
                }
            ),
        )
        s.add(ledger)
        s.flush()
        record_event(
            s,
            actor,
            "sync_bundle",
            ledger.id,
            AuditAction.IMPORT,
            detail=(
                f"catalogue bundle {opened.number}: {counts['new']} new, "
                f"{counts['changed']} changed, {counts['deleted']} withdrawn, {kept} kept"
            ),
        )
        return CatalogueApplied(
            name,
            opened.number,
            "applied",
            counts["new"],
            counts["changed"],
            counts["deleted"],
            counts["same"],
            kept,
        )


def _replace(
    s: Session,
    actor: Actor,
    entries: list[tuple[int, CatalogueEntryInput]],
    placed: dict[int, int],
) -> tuple[Counter[str], dict[int, int], int]:
    rows = {row.id: row for row in s.scalars(select(FundingCatalogueEntry))}
    by_name = {row.name: row for row in rows.values()}
    # Each published entry's row here: the one of the same name first (so no two rows
    # ever want one name), else the one it placed last time, else a new one.
    target: dict[int, FundingCatalogueEntry | None] = {}
    used: set[int] = set()
    published = {entry.name for _ref, entry in entries}
    for ref, entry in entries:
        row = by_name.get(entry.name)
        if row is None:
            row = rows.get(placed.get(ref, -1))
            if row is not None and (row.id in used or row.name in published):
                row = None
        if row is not None:
            used.add(row.id)
        target[ref] = row
    counts: Counter[str] = Counter(new=0, changed=0, deleted=0, same=0)
    # Rows renamed among themselves (a swap) go through a name no entry can have.
    renamed = [
        (row, entry)
        for ref, entry in entries
        if (row := target[ref]) is not None and row.name != entry.name
    ]
    for row, _entry in renamed:
        row.name = f"renaming {uuid.uuid4().hex}"
    if renamed:
        s.flush()
    renamed_ids = {row.id for row, _entry in renamed}
    now_placed: dict[int, int] = {}
    for ref, entry in entries:
        row = target[ref]
        if row is None:
            row = FundingCatalogueEntry(version=1, **entry.model_dump())
            s.add(row)
            s.flush()
            record_event(s, actor, ENTITY, row.id, AuditAction.CREATE, FIELDS)
            counts["new"] += 1
        else:
            was_renamed = row.id in renamed_ids
            changed = apply_changes(row, entry, None)
            if was_renamed:
                changed = ["name", *[f for f in changed if f != "name"]]
            if changed:
                s.flush()
                record_event(s, actor, ENTITY, row.id, AuditAction.UPDATE, changed)
                counts["changed"] += 1
            else:
                counts["same"] += 1
        now_placed[ref] = row.id
    # Published before, not now: withdrawn. The desk's own entries stay.
    current = set(now_placed.values())
    for row_id in sorted(set(placed.values()) - current):
        row = rows.get(row_id)
        if row is None:
            continue
        s.delete(row)
        s.flush()
        record_event(s, actor, ENTITY, row_id, AuditAction.DELETE)
        counts["deleted"] += 1
    kept = sum(1 for row_id in rows if row_id not in current and row_id not in placed.values())
    return counts, now_placed, kept


def coordinator_name(db: Database) -> str | None:
    """The coordinator this desk trusts for catalogue bundles, if any."""
    with db.read() as s:
        mark = _coordinator_mark(s)
        peer = s.get(SyncPeer, mark.node) if mark is not None else None
        return peer.name if peer is not None else None


__all__ = [
    "CatalogueApplied",
    "Published",
    "TrustedCoordinator",
    "apply_catalogue",
    "apply_catalogue_bytes",
    "coordinator_name",
    "publish_catalogue",
    "trust_coordinator",
]
