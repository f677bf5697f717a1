"""What the coordinator's Consolidation page shows, read from the database: the bundles
taken in and held, the open conflicts with both sides, the pairs that may be the same
person, the merges that can be undone, the desks trusted and their fingerprints.

Read only: every decision goes through ``conflicts``, ``linking`` and ``keys``. The
lists that grow with the programme (conflicts, candidates) are searched and paged by
the database; the merges are people's own decisions (hundreds at most) and are paged
after reading them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from deskapp.models import Desk, EnterpriseProject, Operator, Person
from deskapp.models.audit import AuditEvent
from deskapp.models.database import Database
from deskapp.models.sync import SyncBundle, SyncConflict, SyncErased, SyncMerge, SyncPeer
from deskapp.services.actor import Actor
from deskapp.services.permissions import Action, require
from deskapp.sync.codec import specs
from deskapp.sync.identity import fingerprint
from deskapp.sync.linking import BIRTH_TOLERANCE_DAYS, MERGED, candidates_in, pair_decisions

# A search term longer than this is cut: the lists are searched by name, desk or title.
SEARCH_MAX = 120
PAGE_MAX = 500


def _like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere, its wildcards taken literally."""
    text = " ".join(text.split())[:SEARCH_MAX].lower()
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(offset: int, limit: int) -> tuple[int, int]:
    return max(0, int(offset)), min(max(1, int(limit)), PAGE_MAX)


# -- bundles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedBundle:
    """A bundle taken in ("applied") or waiting for the ones before it ("held")."""

    desk: str
    kind: str  # full, pseudonymous
    number: int
    seq_from: int
    seq_to: int
    state: str  # applied, held
    at: dt.datetime | None
    created: int
    updated: int
    erased: int
    deleted: int
    missing: tuple[int, ...]  # held: the numbers not yet come


def brought(summary: str) -> tuple[int, int, int, int]:
    """Records created, updated, erased and deleted, from a ledger row's summary
    ({"person:new": 3, "person:changed": 1, ...})."""
    try:
        counts = json.loads(summary or "{}")
    except ValueError:
        return 0, 0, 0, 0
    return tally(counts) if isinstance(counts, dict) else (0, 0, 0, 0)


def tally(counts: dict[str, Any]) -> tuple[int, int, int, int]:
    """Records created, updated, erased and deleted, from the counts by table and what
    happened to them (deskapp.sync.apply.Applied.counts)."""
    created = updated = erased = deleted = 0
    for key, value in counts.items():
        if not isinstance(value, int) or not isinstance(key, str):
            continue
        what = key.partition(":")[2]
        if what == "new":
            created += value
        elif what == "changed":
            updated += value
        elif what in ("erased", "kept erased"):
            erased += value
        elif what == "deleted":
            deleted += value
    return created, updated, erased, deleted


def received_bundles(
    db: Database, actor: Actor, offset: int = 0, limit: int = 200
) -> tuple[int, list[ReceivedBundle]]:
    """The bundles taken in, newest first: how many in all, and one page of them."""
    require(actor, Action.IMPORT)
    offset, limit = _page(offset, limit)
    # (A desk's mark of its coordinator's key is no bundle: deskapp.sync.catalogue.)
    incoming = (SyncBundle.direction == "in") & (SyncBundle.state != "trusted")
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(SyncBundle).where(incoming)) or 0
        rows = s.execute(
            select(SyncBundle, SyncPeer.name)
            .join(SyncPeer, SyncPeer.node == SyncBundle.node, isouter=True)
            .where(incoming)
            .order_by(SyncBundle.id.desc())
            .offset(offset)
            .limit(limit)
        ).all()
        waiting = {(b.node, b.kind) for b, _name in rows if b.state == "held"}
        last: dict[tuple[str, str], int] = {}
        held: dict[tuple[str, str], set[int]] = {}
        for node, kind in waiting:
            last[(node, kind)] = int(
                s.scalar(
                    select(func.max(SyncBundle.number)).where(
                        incoming,
                        SyncBundle.node == node,
                        SyncBundle.kind == kind,
                        SyncBundle.state == "applied",
                    )
                )
                or 0
            )
            held[(node, kind)] = set(
                s.scalars(
                    select(SyncBundle.number).where(
                        incoming,
                        SyncBundle.node == node,
                        SyncBundle.kind == kind,
                        SyncBundle.state == "held",
                    )
                )
            )
    found = []
    for b, desk in rows:
        missing: tuple[int, ...] = ()
        if b.state == "held":
            pair = (b.node, b.kind)
            missing = tuple(n for n in range(last[pair] + 1, b.number) if n not in held[pair])
        created, updated, erased, deleted = brought(b.summary)
        found.append(
            ReceivedBundle(
                desk or b.node,
                b.kind,
                b.number,
                b.seq_from,
                b.seq_to,
                b.state,
                b.at,
                created,
                updated,
                erased,
                deleted,
                missing,
            )
        )
    return total, found


# -- conflicts -------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    """An open conflict with both sides: the value here (who changed it here last, and
    when, from this database's audit trail) and the desk's (its operator, and when by
    the desk's clock)."""

    id: int
    entity: str
    record_id: int | None  # the record here, if it is still here
    record: str  # the person's name, the project's title; "" for other records
    field: str
    local_value: Any
    incoming_value: Any
    desk: str
    bundle_number: int
    desk_operator: str
    desk_changed_at: dt.datetime | None
    here_operator: str
    here_changed_at: dt.datetime | None
    opened_at: dt.datetime


ConflictQuery = Select[SyncConflict, str, int, str, str, int, str]


def _conflict_query(search: str) -> ConflictQuery:
    person = aliased(Person)
    project = aliased(EnterpriseProject)
    query: ConflictQuery = (
        select(
            SyncConflict,
            SyncPeer.name,
            person.id,
            person.family_name,
            person.given_name,
            project.id,
            project.title,
        )
        .join(SyncPeer, SyncPeer.node == SyncConflict.node, isouter=True)
        .join(
            person,
            and_(SyncConflict.entity == "person", person.gid == SyncConflict.gid),
            isouter=True,
        )
        .join(
            project,
            and_(SyncConflict.entity == "enterprise_project", project.gid == SyncConflict.gid),
            isouter=True,
        )
        .where(SyncConflict.state == "open")
    )
    if search.strip():
        pattern = _like(search)
        query = query.where(
            or_(
                func.lower(SyncPeer.name).like(pattern, escape="\\"),
                func.lower(person.family_name).like(pattern, escape="\\"),
                func.lower(person.given_name).like(pattern, escape="\\"),
                func.lower(project.title).like(pattern, escape="\\"),
            )
        )
    return query


def conflict_page(
    db: Database, actor: Actor, search: str = "", offset: int = 0, limit: int = 50
) -> tuple[int, list[ConflictRow]]:
    """The open conflicts (oldest first) whose desk, person's name or project's title
    holds ``search``: how many in all, and one page of them."""
    require(actor, Action.IMPORT)
    offset, limit = _page(offset, limit)
    query = _conflict_query(search)
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = s.execute(query.order_by(SyncConflict.id).offset(offset).limit(limit)).all()
        found = []
        for c, desk, person_id, family, given, project_id, title in rows:
            record_id = person_id or project_id or _local_id(s, c.entity, c.gid)
            record = f"{family} {given}".strip() if person_id else (title or "")
            who, when = _changed_here(s, c.entity, record_id, c.field)
            found.append(
                ConflictRow(
                    c.id,
                    c.entity,
                    record_id,
                    record,
                    c.field,
                    json.loads(c.local_value),
                    json.loads(c.incoming_value),
                    desk or c.node,
                    c.bundle_number,
                    c.desk_operator,
                    c.desk_changed_at,
                    who,
                    when,
                    c.opened_at,
                )
            )
    return total, found


def _local_id(s: Session, entity: str, gid: str) -> int | None:
    spec = specs().get(entity)
    if spec is None:
        return None
    table = spec.table
    return s.scalar(select(table.c.id).where(table.c.gid == gid))


def _changed_here(
    s: Session, entity: str, record_id: int | None, field: str
) -> tuple[str, dt.datetime | None]:
    """Who changed ``field`` of the record here last, and when (this database's audit
    trail: field names only); ("", None) when the trail does not say."""
    if record_id is None:
        return "", None
    events = s.execute(
        select(AuditEvent.fields, AuditEvent.at, Operator.name)
        .join(Operator, Operator.id == AuditEvent.operator_id, isouter=True)
        .where(
            AuditEvent.entity == entity,
            AuditEvent.entity_id == record_id,
            AuditEvent.fields.like(f"%{field}%"),
        )
        .order_by(AuditEvent.id.desc())
        .limit(20)
    ).all()
    for fields, at, who in events:
        if field in fields.split(","):
            return who or "", at
    return "", None


# -- the same person at two desks ------------------------------------------------------


@dataclass(frozen=True)
class PersonSide:
    """One record of a pair, as the two are compared side by side."""

    id: int
    gid: str
    desk: str
    family_name: str
    given_name: str
    sex: str
    birth_date: dt.date | None
    birthplace: str
    codice_fiscale: str
    nir: str
    municipality: str
    phone: str
    email: str
    first_contact_date: dt.date | None


# The fields compared, in the order shown.
COMPARED = (
    "family_name",
    "given_name",
    "sex",
    "birth_date",
    "birthplace",
    "codice_fiscale",
    "nir",
    "municipality",
    "phone",
    "email",
    "desk",
    "first_contact_date",
)


def differing(first: PersonSide, second: PersonSide) -> list[tuple[str, Any, Any, bool]]:
    """Each compared field: its name, both values, and whether they agree (case and
    spaces aside)."""
    rows = []
    for key in COMPARED:
        a, b = getattr(first, key), getattr(second, key)
        same = (
            " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()
            if isinstance(a, str) and isinstance(b, str)
            else a == b
        )
        rows.append((key, a, b, same))
    return rows


@dataclass(frozen=True)
class Pair:
    first: PersonSide
    second: PersonSide
    days_apart: int
    disputed: bool = False  # decided differently at two databases: to decide again


def _sides(s: Session, ids: list[int]) -> dict[int, PersonSide]:
    found = {}
    for p, desk in s.execute(
        select(Person, Desk.name)
        .join(Desk, Desk.id == Person.desk_id, isouter=True)
        .where(Person.id.in_(ids))
    ).all():
        found[p.id] = PersonSide(
            p.id,
            p.gid,
            desk or "",
            p.family_name,
            p.given_name,
            p.sex.value if p.sex is not None else "",
            p.birth_date,
            p.birthplace or "",
            p.codice_fiscale or "",
            p.nir or "",
            p.municipality or "",
            p.phone or "",
            p.email or "",
            p.first_contact_date,
        )
    return found


def candidate_page(
    db: Database,
    actor: Actor,
    search: str = "",
    offset: int = 0,
    limit: int = 50,
    tolerance_days: int = BIRTH_TOLERANCE_DAYS,
) -> tuple[int, list[Pair]]:
    """The pairs that may be the same person (deskapp.sync.linking.duplicate_candidates:
    the same name at two databases, birth dates close, not linked nor decided yet), the
    names holding ``search`` only: how many in all, and one page of them, the closest
    birth dates first. The names are grouped and searched by the database."""
    require(actor, Action.IMPORT)
    offset, limit = _page(offset, limit)
    with db.read() as s:
        pairs = candidates_in(s, _like(search) if search.strip() else "", tolerance_days)
        shown = pairs[offset : offset + limit]
        sides = _sides(s, [i for c in shown for i in (c.first_id, c.second_id)])
    return len(pairs), [
        Pair(sides[c.first_id], sides[c.second_id], c.days_apart, c.disputed) for c in shown
    ]


def merged_page(
    db: Database, actor: Actor, search: str = "", offset: int = 0, limit: int = 50
) -> tuple[int, list[Pair]]:
    """The pairs merged by a person (their latest decision a merge), newest first, the
    names holding ``search`` only: how many, and one page of them."""
    require(actor, Action.IMPORT)
    offset, limit = _page(offset, limit)
    with db.read() as s:
        local_ids = dict(s.execute(select(SyncMerge.gid, SyncMerge.id)).all())
        merged = sorted(
            (
                (max(local_ids[g] for g in holding), pair)
                for pair, (state, holding) in pair_decisions(s).items()
                if state == MERGED
            ),
            reverse=True,
        )
        gids = sorted({g for _id, pair in merged for g in pair})
        ids = dict(s.execute(select(Person.gid, Person.id).where(Person.gid.in_(gids))).all())
        sides = _sides(s, list(ids.values()))
    term = " ".join(search.split()).casefold()
    pairs = []
    for _id, (a, b) in merged:
        if a not in ids or b not in ids:
            continue
        first, second = sides[ids[a]], sides[ids[b]]
        if term and not any(
            term in f"{p.family_name} {p.given_name}".casefold() for p in (first, second)
        ):
            continue
        apart = (
            abs((first.birth_date - second.birth_date).days)
            if first.birth_date and second.birth_date
            else 0
        )
        pairs.append(Pair(first, second, apart))
    return len(pairs), pairs[offset : offset + limit]


# -- the desks trusted -----------------------------------------------------------------


@dataclass(frozen=True)
class TrustedDesk:
    name: str
    fingerprint: str
    trusted_at: dt.datetime
    trusted_by: str
    bundles: int  # taken in
    last_number: int  # the last taken in, 0 for none


def trusted_desks(db: Database, actor: Actor) -> list[TrustedDesk]:
    require(actor, Action.IMPORT)
    with db.read() as s:
        counts = {
            node: (n, last)
            for node, n, last in s.execute(
                select(SyncBundle.node, func.count(), func.max(SyncBundle.number))
                .where(SyncBundle.direction == "in", SyncBundle.state == "applied")
                .group_by(SyncBundle.node)
            )
        }
        rows = s.execute(
            select(SyncPeer, Operator.name)
            .join(Operator, Operator.id == SyncPeer.trusted_by, isouter=True)
            .order_by(SyncPeer.name)
        ).all()
        return [
            TrustedDesk(
                peer.name,
                fingerprint(bytes(peer.public_key)),
                peer.trusted_at,
                who or "",
                counts.get(peer.node, (0, 0))[0],
                counts.get(peer.node, (0, 0))[1] or 0,
            )
            for peer, who in rows
        ]


# -- the erasures received ---------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedErasure:
    person_id: int  # the record here, anonymised: no name
    erased_on: dt.date  # at the desk
    desk: str  # the desk trusted under that name, or its short id


def erasures_received(db: Database, actor: Actor) -> list[ReceivedErasure]:
    """The erasures that came in desks' bundles, newest first, for the data protection
    officer: which record, when, from which desk; no identity (there is none left)."""
    require(actor, Action.IMPORT)
    with db.read() as s:
        names = dict(s.execute(select(SyncPeer.node, SyncPeer.name)).all())
        rows = s.execute(
            select(Person.id, Person.anonymised_on, Person.origin)
            .join(SyncErased, SyncErased.gid == Person.gid)
            .where(Person.origin != "", Person.anonymised_on.is_not(None))
            .order_by(Person.anonymised_on.desc(), Person.id)
        ).all()
    return [
        ReceivedErasure(person_id, erased_on, names.get(origin, f"#{origin[-12:]}"))
        for person_id, erased_on, origin in rows
        if erased_on is not None
    ]
