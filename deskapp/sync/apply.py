"""Taking a bundle in, at the coordinator's: verified first, then applied in ONE
transaction with the ledger of bundles, or refused in words with nothing written.

The ledger (``sync_bundle``, direction "in") makes it idempotent: the same bundle again
changes nothing and says so. Each desk's bundles of a kind are applied in their order:
a bundle that comes before one it follows is held (kept, verified, not applied) and
said, and applied as soon as the missing ones come. A bundle numbered as one already
taken in but different (a desk's database put back from a backup), one that does not
name the last one taken in as its previous, a desk whose key is not trusted, a schema
newer than this deskapp's, an audit trail that does not verify: refused.

Records: new ones are inserted as they came; known ones merged field by field with what
was changed here since the desk's last version (deskapp.sync.conflicts); an erasure
always wins and no later bundle brings the person back (``sync_erased``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_chain import GENESIS, detail_digest, event_digest
from deskapp.models.bulk import BulkInsert, large_write
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.first_look import HEAD_REVISION
from deskapp.models.person_index import bulk_insert_mode, remove_person
from deskapp.models.search_key import KEY_COLUMNS, person_search_key
from deskapp.models.skill_index import remove_skills, skills_bulk_insert_mode
from deskapp.models.sql.sequences import reserve_ids
from deskapp.models.sync import (
    SyncAuditEvent,
    SyncBase,
    SyncBundle,
    SyncConflict,
    SyncErased,
    SyncPeer,
    SyncTaxKey,
)
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.erasure_register import Erasure, record_erasure, register_path
from deskapp.services.gdpr import ERASED_FIELDS
from deskapp.services.permissions import Action, require
from deskapp.sync.bundle import MAX_FILE, BundleRefused, Opened, damaged, open_bundle
from deskapp.sync.changes import APPLYING, DELETE, ERASE, TRAVELLING, UPSERT
from deskapp.sync.codec import (
    BY_CODE,
    RESOURCES,
    Spec,
    bad_value,
    encode_value,
    reference_key,
    specs,
)
from deskapp.sync.identity import GID_PATTERN
from deskapp.sync.linking import relink
from deskapp.sync.new_rows import (
    Prepared,
    _built_row,
    _read_values,
    _row_template,
)
from deskapp.sync.sealing import is_sealed, open_sealed

CHUNK = 500
# What a record taken in adds to the file, indexes included (about: 27,751 records of
# demo data grow a coordinator's file by 14 MB): the page cache a bundle's write gets.
BYTES_PER_RECORD = 500
REGISTER = "deskapp_sync_erasure_register"  # the session's register of erasures, if any
NOTES_OF_PERSON = (("activity", "notes"), ("needs_assessment", "note"))


def _quoted(s: Session, table: str) -> str:
    return s.get_bind().dialect.identifier_preparer.quote(reference_key(table)[0].name)


@dataclass
class Applied:
    desk: str
    kind: str
    number: int
    state: str  # applied, already, held
    counts: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    waiting_for: list[int] = field(default_factory=list)  # held: the bundles missing


def read_bundle_file(path: Path) -> bytes:
    if not path.is_file():
        raise BundleRefused(QT_TRANSLATE_NOOP("Error", "No bundle file at {path}."), path=str(path))
    if path.stat().st_size > MAX_FILE:
        raise damaged()
    return path.read_bytes()


def import_bundle(db: Database, actor: Actor, path: Path) -> list[Applied]:
    """Take in the bundle at ``path``, and the held bundles it lets follow."""
    return import_bundle_bytes(db, actor, read_bundle_file(path))


def import_bundle_bytes(db: Database, actor: Actor, data: bytes) -> list[Applied]:
    require(actor, Action.IMPORT)
    if is_sealed(data):  # encrypted to this database's key (deskapp.sync.sealing)
        data = open_sealed(db, data)
    peers = trusted_peers(db)
    return take_in_opened(db, actor, open_checked(data, peers), data, peers)


Peers = dict[str, tuple[bytes, str]]  # a trusted desk's node: its public key, its name


def trusted_peers(db: Database) -> Peers:
    with db.read() as s:
        return {p.node: (bytes(p.public_key), p.name) for p in s.scalars(select(SyncPeer))}


def open_checked(data: bytes, peers: Peers) -> Opened:
    """A bundle's bytes verified (form, signature, content) and its schema checked:
    nothing read from or written to the database (deskapp.sync.pipeline runs it in a
    worker process)."""
    opened = open_bundle(data, lambda node: peers[node][0] if node in peers else None)
    _check_schema(opened.payload)
    return opened


def take_in_opened(
    db: Database,
    actor: Actor,
    opened: Opened,
    data: bytes,
    peers: Peers,
    prepared: Prepared | None = None,
) -> list[Applied]:
    """Take in a bundle verified by ``open_checked`` (``data``: its bytes, kept if it
    is held), in one transaction with the ledger, and the held bundles it lets follow.
    ``prepared``: its new records' rows read beforehand (``prepare_rows``)."""
    require(actor, Action.IMPORT)
    name = peers[opened.node][1]
    with db.write() as s:
        s.info[APPLYING] = True
        s.info[REGISTER] = register_path(db.path) if db.path is not None else None
        found = s.scalar(
            select(SyncBundle).where(SyncBundle.direction == "in", SyncBundle.hash == opened.hash)
        )
        if found is not None:
            return [Applied(name, opened.kind, opened.number, "already")]
        last_number, last_hash = _last_applied(s, opened.node, opened.kind)
        if opened.number <= last_number:
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Bundle {number} of '{desk}' was taken in already, and this one differs "
                    "from it (replayed, or the desk's database was put back from a backup): "
                    "nothing was taken in.",
                ),
                number=opened.number,
                desk=name,
            )
        if opened.number > last_number + 1:
            return [_hold(s, opened, data, name, last_number)]
        results = [_apply_in_order(s, actor, opened, name, last_hash, prepared)]
        # The held bundles that now follow.
        number, previous = opened.number, opened.hash
        while True:
            held = s.scalar(
                select(SyncBundle).where(
                    SyncBundle.direction == "in",
                    SyncBundle.node == opened.node,
                    SyncBundle.kind == opened.kind,
                    SyncBundle.number == number + 1,
                    SyncBundle.state == "held",
                )
            )
            if held is None or held.content is None:
                break
            content = bytes(held.content)
            s.delete(held)
            s.flush()
            later = open_bundle(content, lambda node: peers[node][0] if node in peers else None)
            results.append(_apply_in_order(s, actor, later, name, previous))
            number, previous = later.number, later.hash
        return results


def _check_schema(payload: dict[str, Any]) -> None:
    schema = payload.get("schema")
    if not isinstance(schema, str) or not schema.isdigit() or len(schema) > 8:
        raise damaged()
    if int(schema) > int(HEAD_REVISION):
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "The bundle was made with a newer database schema ({schema}) than this "
                "deskapp knows ({ours}): install the newer version here, then take it in. "
                "Nothing was taken in.",
            ),
            schema=schema,
            ours=HEAD_REVISION,
        )


def _last_applied(s: Session, node: str, kind: str) -> tuple[int, str]:
    last = s.execute(
        select(SyncBundle.number, SyncBundle.hash)
        .where(
            SyncBundle.direction == "in",
            SyncBundle.node == node,
            SyncBundle.kind == kind,
            SyncBundle.state == "applied",
        )
        .order_by(SyncBundle.number.desc())
        .limit(1)
    ).first()
    return (int(last[0]), str(last[1])) if last else (0, "")


def _ledger_row(opened: Opened, state: str, **extra: Any) -> SyncBundle:
    p = opened.payload
    return SyncBundle(
        hash=opened.hash,
        direction="in",
        node=opened.node,
        kind=opened.kind,
        number=opened.number,
        seq_from=_int(p.get("seq_from")),
        seq_to=_int(p.get("seq_to")),
        prev_hash=str(p.get("prev_hash", ""))[:64],
        audit_to=_int(
            p.get("anchor", {}).get("event_id") if isinstance(p.get("anchor"), dict) else 0
        ),
        state=state,
        **extra,
    )


def _int(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise damaged()
    return value


def _hold(s: Session, opened: Opened, data: bytes, name: str, last_number: int) -> Applied:
    other = s.scalar(
        select(SyncBundle).where(
            SyncBundle.direction == "in",
            SyncBundle.node == opened.node,
            SyncBundle.kind == opened.kind,
            SyncBundle.number == opened.number,
        )
    )
    if other is not None:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "Another bundle {number} of '{desk}' is held already, and this one differs "
                "from it: nothing was taken in.",
            ),
            number=opened.number,
            desk=name,
        )
    s.add(_ledger_row(opened, "held", content=data, summary=""))
    s.flush()
    held = set(
        s.scalars(
            select(SyncBundle.number).where(
                SyncBundle.direction == "in",
                SyncBundle.node == opened.node,
                SyncBundle.kind == opened.kind,
                SyncBundle.state == "held",
            )
        )
    )
    missing = [n for n in range(last_number + 1, opened.number) if n not in held]
    return Applied(name, opened.kind, opened.number, "held", waiting_for=missing)


def _apply_in_order(
    s: Session,
    actor: Actor,
    opened: Opened,
    name: str,
    last_hash: str,
    prepared: Prepared | None = None,
) -> Applied:
    p = opened.payload
    if p.get("prev_hash") != last_hash:
        raise BundleRefused(
            QT_TRANSLATE_NOOP(
                "Error",
                "Bundle {number} of '{desk}' does not follow the last bundle taken in from "
                "that desk (it names another one before it): nothing was taken in.",
            ),
            number=opened.number,
            desk=name,
        )
    events = p.get("audit", [])
    records = p.get("records", [])
    if not isinstance(events, list) or not isinstance(records, list):
        raise damaged()
    with large_write(s.connection(), (len(records) + len(events)) * BYTES_PER_RECORD):
        _take_audit_trail(s, opened, events, name)
        applier = _Applier(s, opened, _who_changed(events), prepared or {})
        counts = applier.apply(records)
        relink(s, applier.persons_touched)
    ledger = _ledger_row(opened, "applied", summary=json.dumps(counts, sort_keys=True))
    ledger.operator_id = actor.operator_id
    s.add(ledger)
    s.flush()
    record_event(
        s,
        actor,
        "sync_bundle",
        ledger.id,
        AuditAction.IMPORT,
        detail=(
            f"bundle {opened.number} ({opened.kind}) of desk {opened.node}: "
            f"{sum(counts.values())} records, {applier.conflicts} conflicts"
        ),
    )
    return Applied(name, opened.kind, opened.number, "applied", counts, applier.conflicts)


# -- the audit trail ------------------------------------------------------------------


def _trail_refused(name: str) -> BundleRefused:
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The audit trail in the bundle of '{desk}' does not verify (an event changed, "
            "missing, or not continuing the events taken in before): nothing was taken in.",
        ),
        desk=name,
    )


def _take_audit_trail(s: Session, opened: Opened, events: list[Any], name: str) -> None:
    """Check that the events continue the desk's trail taken in so far, each hash
    recomputed, and end at the bundle's anchor; then keep them as they came."""
    last = s.execute(
        select(SyncAuditEvent.event_id, SyncAuditEvent.hash)
        .where(SyncAuditEvent.node == opened.node)
        .order_by(SyncAuditEvent.event_id.desc())
        .limit(1)
    ).first()
    previous = last[1] if last else GENESIS
    last_id = last[0] if last else 0
    rows = []
    try:
        for e in events:
            at = dt.datetime.fromisoformat(e["at"])
            if e["prev_hash"] != previous or e["id"] <= last_id:
                raise _trail_refused(name)
            if e["detail"] and detail_digest(e["detail"]) != e["detail_digest"]:
                raise _trail_refused(name)
            expected = event_digest(
                e["prev_hash"],
                at,
                e["operator_id"],
                e["entity"],
                e["entity_id"],
                e["action"],
                e["fields"],
                e["detail_digest"],
            )
            if e["hash"] != expected:
                raise _trail_refused(name)
            previous, last_id = e["hash"], e["id"]
            rows.append(
                {
                    "node": opened.node,
                    "event_id": e["id"],
                    "at": at,
                    "operator_id": e["operator_id"],
                    "operator_gid": e["operator_gid"],
                    "entity": e["entity"],
                    "entity_id": e["entity_id"],
                    "entity_gid": e["entity_gid"],
                    "action": e["action"],
                    "fields": e["fields"],
                    "detail": e["detail"],
                    "detail_digest": e["detail_digest"],
                    "prev_hash": e["prev_hash"],
                    "hash": e["hash"],
                }
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _trail_refused(name) from None
    anchor = opened.payload.get("anchor")
    if opened.kind == "full":
        if not isinstance(anchor, dict):
            raise _trail_refused(name)
        if rows and (anchor.get("event_id"), anchor.get("hash")) != (last_id, previous):
            raise _trail_refused(name)
    if rows:
        s.connection().execute(insert(SyncAuditEvent), rows)


def _who_changed(events: list[Any]) -> dict[str, tuple[str, str]]:
    """The last event about each record in the bundle: (operator gid, when)."""
    found: dict[str, tuple[str, str]] = {}
    for e in events:
        if isinstance(e, dict) and e.get("entity_gid"):
            found[str(e["entity_gid"])] = (str(e.get("operator_gid", "")), str(e.get("at", "")))
    return found


# -- the records ----------------------------------------------------------------------


@contextmanager
def _indexed_at_once(conn: Connection, table: str, first_id: int) -> Iterator[None]:
    """People's and skills' search indexes (SQLite) filled once after the insert of a
    bundle's new rows, in the same transaction, rather than row by row by their
    triggers (deskapp.models.person_index.bulk_insert_mode)."""
    if table == "person":
        with bulk_insert_mode(conn, first_id):
            yield
    elif table == "skill":
        with skills_bulk_insert_mode(conn, first_id):
            yield
    else:
        yield


def _unknown_code(table: str, code: str) -> BundleRefused:
    """A record names, by its code, a record of a table the coordinator keeps (a supply
    chain) that this database does not have."""
    assert table == "supply_chain"  # the one table named by code (codec.BY_CODE)
    return BundleRefused(
        QT_TRANSLATE_NOOP(
            "Error",
            "The bundle names a supply chain this database does not have (code '{code}'): "
            "an organisation of the desk is in a chain that is not one of the programme's. "
            "Nothing was taken in.",
        ),
        code=code,
    )


class _Applier:
    def __init__(
        self,
        s: Session,
        opened: Opened,
        who: dict[str, tuple[str, str]],
        prepared: Prepared | None = None,
    ) -> None:
        self.s = s
        self.opened = opened
        self.who = who
        self.prepared = prepared or {}
        self.ids: dict[str, dict[str, int]] = {t: {} for t in (*TRAVELLING, *BY_CODE)}
        self.conflicts = 0
        self.persons_touched: set[str] = set()
        self.erased: set[str] = set()
        self._templates: dict[str, tuple[dict[str, Any], list[str]]] = {}

    # Local ids of gids, read in chunks, kept for the bundle.
    def by_gids(self, sql: str, gids: list[str]) -> list[Any]:
        """Run ``sql`` (over deskapp's own table names, with one ``IN ({marks})``) for
        ``gids``, CHUNK at a time, straight to the driver: SQLAlchemy building an IN of
        500 values costs more than the look-up itself. The rows it gives, if any."""
        conn = self.s.connection()
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        found: list[Any] = []
        for start in range(0, len(gids), CHUNK):
            part = gids[start : start + CHUNK]
            result = conn.exec_driver_sql(
                sql.format(marks=", ".join([mark] * len(part))), tuple(part)
            )
            if result.returns_rows:
                found += result.fetchall()
        return found

    def resolve(self, table: str, gids: Iterable[str]) -> None:
        cache = self.ids[table]
        wanted = [g for g in set(gids) if g and g not in cache]
        if wanted:
            name, key = _quoted(self.s, table), BY_CODE.get(table, "gid")
            cache.update(
                (gid, id_)
                for gid, id_ in self.by_gids(
                    f"SELECT {key}, id FROM {name} WHERE {key} IN ({{marks}})", wanted
                )
            )

    def local_id(self, table: str, gid: str) -> int:
        found = self.ids[table].get(gid)
        if found is None and table in BY_CODE:
            raise _unknown_code(table, gid)
        if found is None:
            raise BundleRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "The bundle refers to a record that was never received ({entity} "
                    "{gid}): nothing was taken in. Take in the desk's earlier bundles first.",
                ),
                entity=table,
                gid=gid,
            )
        return found

    def apply(self, records: list[Any]) -> dict[str, int]:
        by_table: dict[str, list[dict[str, Any]]] = {t: [] for t in TRAVELLING}
        deletions: list[dict[str, Any]] = []
        for record in records:
            if not isinstance(record, dict) or record.get("entity") not in by_table:
                raise damaged()
            gid, op = record.get("gid"), record.get("op")
            if not isinstance(gid, str) or len(gid) != 36 or op not in (UPSERT, ERASE, DELETE):
                raise damaged()
            if op == DELETE:
                deletions.append(record)
            else:
                if not isinstance(record.get("values"), dict):
                    raise damaged()
                by_table[record["entity"]].append(record)
        people = sorted({r["gid"] for r in records if r["entity"] == "person"})
        self.erased = {
            row[0]
            for row in self.by_gids("SELECT gid FROM sync_erased WHERE gid IN ({marks})", people)
        }
        counts: Counter[str] = Counter()
        for table in TRAVELLING:
            if by_table[table]:
                self._apply_table(specs()[table], by_table[table], counts)
        for record in deletions:
            self._delete(record, counts)
        return dict(sorted(counts.items()))

    def _apply_table(self, spec: Spec, records: list[dict[str, Any]], counts: Counter[str]) -> None:
        table = spec.name
        # Referenced gids first.
        wanted: dict[str, set[str]] = {}
        for record in records:
            values = record["values"]
            for name, target in spec.references.items():
                value = values.get(name)
                if isinstance(value, str):
                    wanted.setdefault(target, set()).add(value)
        for target, gids in wanted.items():
            self.resolve(target, gids)
        self.resolve(table, (r["gid"] for r in records))
        if table == "enterprise_project":
            self.resolve(
                "structural_resource",
                (g for r in records for g in r["values"].get(RESOURCES, []) or []),
            )
        ids = self.ids[table]
        known = [r["gid"] for r in records if r["gid"] in ids]
        bases = self._bases(known) if known else {}
        new_rows: list[tuple[Any, ...]] = []
        new_records: list[dict[str, Any]] = []
        planned: set[str] = set()
        changed: list[dict[str, Any]] = []
        # The new records' ids, drawn at once (as the registry import does) so that
        # the records after them refer to them without reading them back; on a server,
        # from the table's sequence, which no other writer draws the same from.
        unknown = sum(1 for r in records if r["gid"] not in self.erased and r["gid"] not in ids)
        new_ids = iter(reserve_ids(self.s.connection(), spec.table.name, unknown))
        # The new rows, as the driver takes them: read beforehand (``prepare_rows``, in
        # a worker process) with their references still gids, or read here.
        keys = (*self._template_of(spec)[0], "id")
        bulk = BulkInsert(spec.table, keys, self.s.connection().dialect, log=False)
        ready = self.prepared.get(table)
        rows_ready = ready[1] if ready is not None and ready[0] == keys else {}
        references = [(keys.index(k), target) for k, target in spec.references.items()]
        at_id = keys.index("id")
        for record in records:
            gid = record["gid"]
            if gid in self.erased:
                counts[f"{table}:kept erased"] += 1
                continue
            local = ids.get(gid)
            row_ready = rows_ready.get(gid) if local is None else None
            values = self._decode(spec, record["values"]) if row_ready is None else {}
            if table == "person":
                self.persons_touched.add(gid)
            if gid in planned:
                raise damaged()  # the same record twice in a bundle
            if local is None:
                if row_ready is not None:
                    cells = list(row_ready)
                    for at, target in references:
                        if cells[at] is not None:
                            cells[at] = self.local_id(target, cells[at])
                else:
                    cells = list(bulk.prepare({**self._new_row(spec, record, values), "id": 0}))
                cells[at_id] = ids[gid] = next(new_ids)
                planned.add(gid)
                new_rows.append(tuple(cells))
                new_records.append(record)
                counts[f"{table}:new"] += 1
            else:
                self._merge(spec, record, local, values, bases.get(gid))
                changed.append(record)
                counts[f"{table}:changed"] += 1
        if new_rows:
            fresh = [r["gid"] for r in new_records]
            # A record deleted here and sent again: the common version of before is
            # no longer one.
            self.by_gids("DELETE FROM sync_base WHERE gid IN ({marks})", fresh)
            with _indexed_at_once(self.s.connection(), table, int(new_rows[0][at_id])):
                bulk.execute(self.s.connection(), new_rows)
            if table == "enterprise_project":
                for record in new_records:
                    self._set_resources(record["gid"], record["values"].get(RESOURCES))
            if table == "person":
                self._tax_keys(new_records)
        self._save_bases(changed, bases)
        if table == "person":
            self._tax_keys(changed)
            for record in records:
                if record["op"] == ERASE and record["gid"] not in self.erased:
                    self._erase(record)
                    counts["person:erased"] += 1
        if table == "sync_merge":
            self._decisions(records)

    def _decisions(self, records: list[dict[str, Any]]) -> None:
        """Merges, rejections and undos of another database (deskapp.sync.linking):
        read, and the people they name linked again after the bundle."""
        from deskapp.sync.linking import MERGED, REJECTED, UNDONE

        for record in records:
            values = record["values"]
            first, second = values.get("first_gid"), values.get("second_gid")
            replaces = values.get("replaces")
            if (
                values.get("state") not in (MERGED, REJECTED, UNDONE)
                or not isinstance(first, str)
                or not isinstance(second, str)
                or len(first) != 36
                or len(second) != 36
                or first == second
                or not isinstance(replaces, str)
                or any(len(g) != 36 for g in replaces.split())
            ):
                raise bad_value("sync_merge", "state")
            self.persons_touched.update((first, second))

    def _decode(self, spec: Spec, values: dict[str, Any]) -> dict[str, Any]:
        return _read_values(spec, values, self.local_id)

    def _template_of(self, spec: Spec) -> tuple[dict[str, Any], list[str]]:
        template = self._templates.get(spec.name)
        if template is None:
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            template = self._templates[spec.name] = _row_template(spec, now)
        return template

    def _new_row(
        self, spec: Spec, record: dict[str, Any], values: dict[str, Any]
    ) -> dict[str, Any]:
        row = _built_row(spec, self._template_of(spec), record, values, self.opened.node)
        if spec.name == "operator":
            # Taken in, an operator cannot log in here.
            row["active"] = False
            row["password_hash"] = None
            row["name"] = self._free_name(spec, row["name"], record)
        elif spec.name == "desk":
            row["name"] = self._free_name(spec, row["name"], record)
        return row

    def _free_name(self, spec: Spec, name: str, record: dict[str, Any]) -> str:
        """Desks' and operators' names are unique here: a name taken by another record
        gets the desk's short id after it."""
        t = spec.table
        taken = self.s.scalar(select(t.c.id).where(t.c.name == name, t.c.gid != record["gid"]))
        if taken is None:
            return name
        return f"{name[:100]} ({self.opened.node[-12:]})"

    def _bases(self, gids: list[str]) -> dict[str, dict[str, Any]]:
        rows = self.by_gids("SELECT gid, data FROM sync_base WHERE gid IN ({marks})", gids)
        return {gid: json.loads(data) for gid, data in rows}

    def _save_bases(self, records: list[dict[str, Any]], bases: dict[str, dict[str, Any]]) -> None:
        """The desk's version becomes the common one. A record without a common version
        of its own has the record here as it (deskapp.sync.changes keeps the version of
        before for a record taken in and then changed here), and after the merge the
        record here holds what the desk sent: nothing to keep."""
        for r in records:
            base = bases.get(r["gid"])
            if base is not None:
                merged = {**base, **r["values"]}
                self.s.execute(
                    update(SyncBase).where(SyncBase.gid == r["gid"]).values(data=json.dumps(merged))
                )

    def _merge(
        self,
        spec: Spec,
        record: dict[str, Any],
        local_id: int,
        values: dict[str, Any],
        base: dict[str, Any] | None,
    ) -> None:
        """Fields changed at the desk only are taken; changed here only, kept; changed
        on both sides to different values: an open conflict, the value here kept."""
        from deskapp.sync.conflicts import open_conflict

        t = spec.table
        row = self.s.execute(select(t).where(t.c.id == local_id)).mappings().one()
        changes: dict[str, Any] = {}
        for name, incoming in record["values"].items():
            if name == RESOURCES:
                continue
            local_json = self._json_of(spec, name, row[name])
            # No common version kept: the record was not changed here since it came.
            base_json = local_json if base is None else base.get(name, incoming)
            if incoming == base_json or incoming == local_json:
                continue
            if local_json == base_json or spec.name in ("desk", "operator"):
                if spec.name in ("desk", "operator") and name == "name":
                    changes[name] = self._free_name(spec, values[name], record)
                elif not (spec.name == "operator" and name == "active"):
                    changes[name] = values[name]
                continue
            who, when = self.who.get(record["gid"], ("", ""))
            open_conflict(
                self.s,
                spec.name,
                record["gid"],
                name,
                local_json,
                incoming,
                self.opened.node,
                self.opened.number,
                self._operator_name(who),
                when,
            )
            self.conflicts += 1
        if spec.name == "enterprise_project" and RESOURCES in record["values"]:
            self._set_resources(record["gid"], record["values"][RESOURCES])
        if changes:
            if spec.name == "person":
                merged = {**row, **changes}
                changes["search_key"] = person_search_key({c: merged[c] for c in KEY_COLUMNS})
            if "version" in t.c:
                changes["version"] = row["version"] + 1
            if "updated_at" in t.c:
                changes["updated_at"] = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            self.s.execute(update(t).where(t.c.id == local_id).values(**changes))

    def _json_of(self, spec: Spec, name: str, value: Any) -> Any:
        if name in spec.references:
            if value is None:
                return None
            target, key = reference_key(spec.references[name])
            return self.s.scalar(select(target.c[key]).where(target.c.id == value))
        return encode_value(spec.table.c[name].type, value)

    def _operator_name(self, gid: str) -> str:
        if not gid:
            return ""
        t = specs()["operator"].table
        return str(self.s.scalar(select(t.c.name).where(t.c.gid == gid)) or "")

    def _set_resources(self, project_gid: str, gids: list[str] | None) -> None:
        from deskapp.models import project_resource

        if gids is None:
            return
        project_id = self.local_id("enterprise_project", project_gid)
        self.s.execute(delete(project_resource).where(project_resource.c.project_id == project_id))
        rows = [
            {"project_id": project_id, "resource_id": self.local_id("structural_resource", g)}
            for g in sorted(set(gids))
        ]
        if rows:
            self.s.execute(insert(project_resource), rows)

    def _tax_keys(self, records: list[dict[str, Any]]) -> None:
        """The keyed hashes a pseudonymous bundle brings for its people."""
        for record in records:
            keys = record.get("tax_keys")
            if keys is None:
                continue
            if not isinstance(keys, list) or not all(
                isinstance(k, str) and len(k) == 64 for k in keys
            ):
                raise damaged()
            self.s.execute(delete(SyncTaxKey).where(SyncTaxKey.person_gid == record["gid"]))
            if keys:
                self.s.execute(
                    insert(SyncTaxKey),
                    [{"person_gid": record["gid"], "tax_key": k} for k in sorted(set(keys))],
                )

    def _erase(self, record: dict[str, Any]) -> None:
        """The erasure, here as at the desk: the identity blanked whatever was changed
        here, skills removed, notes blanked, the conflicts and the common versions that
        held their data gone, their audit events' details blanked; kept erased."""
        from deskapp.models import Activity, NeedsAssessment, Person, Skill

        gid = record["gid"]
        person_id = self.local_id("person", gid)
        conn = self.s.connection()
        remove_person(conn, person_id)
        remove_skills(conn, person_id)
        values = self._decode(specs()["person"], record["values"])
        # What an erasure blanks at the coordinator's: what it blanks at the desk.
        changes = {**ERASED_FIELDS, "birth_date": values.get("birth_date")}
        changes["anonymised_on"] = values.get("anonymised_on") or dt.date.today()
        changes = {k: v for k, v in changes.items() if v is not None or k in ERASED_FIELDS}
        changes["search_key"] = ""
        changes["counted_with"] = None
        self.s.execute(update(Person).where(Person.id == person_id).values(**changes))
        children: list[str] = []
        for model in (Activity, NeedsAssessment):
            note = "notes" if model is Activity else "note"
            rows = (
                self.s.execute(select(model.gid).where(model.person_id == person_id))
                .scalars()
                .all()
            )
            children += rows
            self.s.execute(update(model).where(model.person_id == person_id).values({note: ""}))
            for child in rows:
                base = self._bases([child]).get(child)
                if base is not None and note in base:
                    base[note] = ""
                    self.s.execute(
                        update(SyncBase).where(SyncBase.gid == child).values(data=json.dumps(base))
                    )
        self.s.execute(delete(Skill).where(Skill.person_id == person_id))
        self.s.execute(delete(SyncConflict).where(SyncConflict.gid.in_([gid, *children])))
        self.s.execute(
            update(SyncBase).where(SyncBase.gid == gid).values(data=json.dumps(record["values"]))
        )
        self.s.execute(
            update(SyncAuditEvent)
            .where(SyncAuditEvent.entity_gid == gid, SyncAuditEvent.detail != "")
            .values(detail="")
        )
        self.s.execute(delete(SyncTaxKey).where(SyncTaxKey.person_gid == gid))
        if self.s.get(SyncErased, gid) is None:
            self.s.add(SyncErased(gid=gid, entity="person"))
            self.s.flush()
            erased_on = changes["anonymised_on"]
            assert isinstance(erased_on, dt.date)  # the bundle's day, or today
            self._register(person_id, erased_on, record)
        self.erased.add(gid)

    def _register(self, person_id: int, erased_on: dt.date, record: dict[str, Any]) -> None:
        """The erasure in this database's register of erasures (ids, dates and the desk
        only: deskapp.services.erasure_register), last, inside the transaction, as the
        desks' own erasures are written: a restored backup cannot bring them back."""
        register = self.s.info.get(REGISTER)
        if register is None:
            return
        from deskapp.models import Person

        created = self.s.scalar(select(Person.created_at).where(Person.id == person_id))
        desk = str(record.get("origin") or "")
        if not GID_PATTERN.fullmatch(desk):  # a line of the register holds ids only
            desk = self.opened.node
        record_erasure(register, Erasure(person_id, erased_on, created, desk))

    def _delete(self, record: dict[str, Any], counts: Counter[str]) -> None:
        spec = specs()[record["entity"]]
        t = spec.table
        self.s.execute(delete(t).where(t.c.gid == record["gid"]))
        self.s.execute(delete(SyncBase).where(SyncBase.gid == record["gid"]))
        if spec.name == "person":
            self.persons_touched.add(record["gid"])
        counts[f"{spec.name}:deleted"] += 1
