"""A desk's bundle: everything changed since the last bundle of the same kind this
database made (the first: everything), signed with its key.

Two chains of bundles, one per kind: "full" (for the organisation's own registry) and
"pseudonymous" (for a programme's coordinator in another organisation); each names the
previous bundle of its kind. The change log says which records changed; a record
travels as it is when the bundle is made (created and deleted in between: a deletion
only; anonymised: an erasure marker, the record without its identity).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import AuditEvent
from deskapp.models.audit_anchor import head_of
from deskapp.models.base import utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.first_look import HEAD_REVISION
from deskapp.models.sql.locking import settle_change_log
from deskapp.models.sync import ChangeLog, SyncBundle
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.sync.bundle import FORMAT, VERSION, seal
from deskapp.sync.changes import DELETE, ERASE, TRAVELLING, UPSERT
from deskapp.sync.codec import (
    PSEUDONYMOUS,
    RESOURCES,
    age_preserving_birth_date,
    encode_value,
    reference_key,
    specs,
)
from deskapp.sync.identity import ensure_identity, private_key
from deskapp.sync.keys import tax_key
from deskapp.sync.sealing import seal_for

CHUNK = 500


@dataclass(frozen=True)
class Exported:
    path: Path
    number: int
    kind: str
    seq_from: int
    seq_to: int
    records: int
    audit_events: int
    counts: dict[str, int]


def export_bundle(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    pseudonymous: bool = False,
    seal_to: bytes | None = None,
) -> Exported:
    """``seal_to``: the coordinator's sealing key (raw X25519) to encrypt the bundle to
    (deskapp.sync.sealing)."""
    require(actor, Action.EXPORT)
    kind = "pseudonymous" if pseudonymous else "full"
    with db.write() as s:
        settle_change_log(s)
        me = ensure_identity(s)
        programme = bytes(me.programme_key) if me.programme_key is not None else None
        if pseudonymous and programme is None:
            raise DeskappError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "A pseudonymous bundle needs the programme key (people are counted once "
                    "by a keyed hash of their tax code): ask the coordinator for it, then "
                    "run 'deskapp sync programme-key FILE'.",
                )
            )
        last = s.scalar(
            select(SyncBundle)
            .where(SyncBundle.direction == "out", SyncBundle.kind == kind)
            .order_by(SyncBundle.number.desc())
            .limit(1)
        )
        number = last.number + 1 if last else 1
        seq_from = last.seq_to + 1 if last else 1
        seq_to = max(int(s.scalar(select(func.max(ChangeLog.seq))) or 0), seq_from - 1)
        changed = None if last is None else _changed(s, seq_from, seq_to)
        records = _records(s, me.node, changed, programme if pseudonymous else None)
        anchor = head_of(s)
        audit_from = last.audit_to if last else 0
        events = [] if pseudonymous else _audit_events(s, audit_from, anchor.event_id)
        counts = Counter(f"{r['entity']}:{r['op']}" for r in records)
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "desk": me.node,
            "kind": kind,
            "number": number,
            "seq_from": seq_from,
            "seq_to": seq_to,
            "prev_hash": last.hash if last else "",
            "schema": HEAD_REVISION,
            # The desk's clock: shown, never used to order anything.
            "made_at": utcnow().isoformat(sep=" ", timespec="seconds"),
            "anchor": {
                "event_id": anchor.event_id,
                "hash": anchor.hash,
                "events": anchor.events,
                "first_hash": anchor.first_hash,
            },
            "audit_from": audit_from,
            "records": records,
            "audit": events,
        }
        content, digest = seal(payload, private_key(me))
        if seal_to is not None:
            content = seal_for(content, seal_to)
        ledger = SyncBundle(
            hash=digest,
            direction="out",
            node=me.node,
            kind=kind,
            number=number,
            seq_from=seq_from,
            seq_to=seq_to,
            prev_hash=payload["prev_hash"],
            audit_to=anchor.event_id if not pseudonymous else audit_from,
            state="made",
            operator_id=actor.operator_id,
            summary=json.dumps(dict(sorted(counts.items()))),
        )
        s.add(ledger)
        s.flush()
        record_event(
            s,
            actor,
            "sync_bundle",
            ledger.id,
            AuditAction.EXPORT,
            detail=f"bundle {number} ({kind}), {len(records)} records, {len(events)} events",
        )
        # Written last, inside the transaction: a file that could not be written leaves
        # no bundle in the ledger, and a failed commit removes the file.
        _write_atomically(path, content)
        try:
            s.flush()
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    return Exported(path, number, kind, seq_from, seq_to, len(records), len(events), dict(counts))


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _changed(s: Session, seq_from: int, seq_to: int) -> dict[str, tuple[str, set[str]]]:
    """Each record the log names in the range: its table and the operations."""
    found: dict[str, tuple[str, set[str]]] = {}
    for entity, gid, op in s.execute(
        select(ChangeLog.entity, ChangeLog.gid, ChangeLog.op)
        .where(ChangeLog.seq.between(seq_from, seq_to))
        .order_by(ChangeLog.seq)
    ):
        found.setdefault(gid, (entity, set()))[1].add(op)
    return found


class _Gids:
    """Local id -> gid of each table, read when first needed."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.maps: dict[str, dict[int, str]] = {}

    def of(self, table: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        found = self.maps.get(table)
        if found is None:
            t, key = reference_key(table)
            found = dict(self.s.execute(select(t.c.id, t.c[key])).all())
            self.maps[table] = found
        return found.get(row_id)


def _rows(s: Session, table: str, gids: list[str] | None) -> Iterable[Any]:
    t = specs()[table].table
    if gids is None:
        yield from s.execute(select(t).order_by(t.c.id)).mappings()
        return
    for start in range(0, len(gids), CHUNK):
        part = gids[start : start + CHUNK]
        yield from s.execute(select(t).where(t.c.gid.in_(part)).order_by(t.c.id)).mappings()


def _records(
    s: Session,
    node: str,
    changed: dict[str, tuple[str, set[str]]] | None,
    programme: bytes | None,
) -> list[dict[str, Any]]:
    gids = _Gids(s)
    resources = _project_resources(s) if programme is None else {}
    out: list[dict[str, Any]] = []
    deleted: list[dict[str, Any]] = []
    for table in TRAVELLING:
        if programme is not None and table not in PSEUDONYMOUS:
            continue
        spec = specs()[table]
        wanted = None
        if changed is not None:
            wanted = [g for g, (entity, _ops) in changed.items() if entity == table]
            if not wanted:
                continue
        allowed = PSEUDONYMOUS.get(table) if programme is not None else None
        seen: set[str] = set()
        for row in _rows(s, table, wanted):
            seen.add(row["gid"])
            values: dict[str, Any] = {}
            for name in spec.fields:
                if allowed is not None and name not in allowed:
                    continue
                value = row[name]
                if name in spec.references:
                    values[name] = gids.of(spec.references[name], value)
                else:
                    values[name] = encode_value(spec.table.c[name].type, value)
            op = UPSERT
            if changed is not None and ERASE in changed[row["gid"]][1]:
                op = ERASE
            elif table == "person" and row["anonymised_on"] is not None:
                op = ERASE
            record: dict[str, Any] = {
                "entity": table,
                "gid": row["gid"],
                "origin": row["origin"] or node,
                "op": op,
                "values": values,
            }
            if table == "enterprise_project" and programme is None:
                record["values"][RESOURCES] = sorted(resources.get(row["id"], []))
            if programme is not None:
                _pseudonymise(record, row, programme)
            out.append(record)
        for gid in wanted or ():
            if gid not in seen:
                deleted.append({"entity": table, "gid": gid, "origin": node, "op": DELETE})
    deleted.reverse()  # children before the records they belong to
    return out + deleted


def _pseudonymise(record: dict[str, Any], row: Any, programme: bytes) -> None:
    values = record["values"]
    if record["entity"] == "person":
        values["birth_date"] = age_preserving_birth_date(
            row["birth_date"], row["first_contact_date"]
        ).isoformat()
        keys = []
        if row["codice_fiscale"]:
            keys.append(tax_key(programme, "CF", row["codice_fiscale"]))
        if row["nir"]:
            keys.append(tax_key(programme, "NIR", row["nir"]))
        record["tax_keys"] = keys
    elif record["entity"] == "operator":
        values["name"] = f"#{record['gid'][-12:]}"


def _project_resources(s: Session) -> dict[int, list[str]]:
    from deskapp.models import StructuralResource, project_resource

    found: dict[int, list[str]] = {}
    for project_id, gid in s.execute(
        select(project_resource.c.project_id, StructuralResource.gid).join(
            StructuralResource, StructuralResource.id == project_resource.c.resource_id
        )
    ):
        found.setdefault(project_id, []).append(gid)
    return found


def _audit_events(s: Session, after: int, upto: int) -> list[dict[str, Any]]:
    gids = _Gids(s)
    events = []
    for e in s.scalars(
        select(AuditEvent)
        .where(AuditEvent.id > after, AuditEvent.id <= upto)
        .order_by(AuditEvent.id)
    ):
        entity_gid = gids.of(e.entity, e.entity_id) if e.entity in specs() else None
        events.append(
            {
                "id": e.id,
                "at": e.at.isoformat(sep=" ", timespec="microseconds"),
                "operator_id": e.operator_id,
                "operator_gid": gids.of("operator", e.operator_id) or "",
                "entity": e.entity,
                "entity_id": e.entity_id,
                "entity_gid": entity_gid or "",
                "action": e.action.value,
                "fields": e.fields,
                "detail": e.detail,
                "detail_digest": e.detail_digest,
                "prev_hash": e.prev_hash,
                "hash": e.hash,
            }
        )
    return events
