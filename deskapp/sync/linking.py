"""The same person at two desks, counted once.

Each desk keeps its own record; the records of one person are linked: the same codice
fiscale or NIR (compared by their keyed hashes, ``sync_tax_key``: pseudonymous bundles
bring only those) links them by itself; the same name with birth dates close together
makes a candidate pair that a person merges or rejects (``sync_merge``, audited, and a
merge can be undone). Linked records form a group; every record of a group but the one
with the lowest gid points at that one (``person.counted_with``), and the coordinator
report counts each group once (deskapp.services.indicators).

An erased record leaves its group: a link would say who it was.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from deskapp.errors import DeskappError, NotFoundError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction
from deskapp.models.sync import SyncErased, SyncIdentity, SyncMerge, SyncTaxKey
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require
from deskapp.sync.changes import APPLYING

CHUNK = 500
# A list of values given at execution (not built into the statement value by value,
# which costs more than the look-up for 500 of them).
_PART: BindParameter[Any] = bindparam("part", expanding=True)
MERGED, REJECTED, UNDONE = "merged", "rejected", "undone"
BIRTH_TOLERANCE_DAYS = 31


def link_key(s: Session) -> bytes | None:
    """The key of the tax codes' hashes: the programme key when there is one (so full
    records and pseudonymous ones meet), else a key of this database's own."""
    me = s.scalar(select(SyncIdentity).limit(1))
    if me is None:
        return None
    if me.programme_key is not None:
        return bytes(me.programme_key)
    return hashlib.sha256(b"deskapp link key" + bytes(me.private_key)).digest()


def _keys_of(key: bytes, codice_fiscale: str | None, nir: str | None) -> list[str]:
    keys = []
    for kind, code in (("CF", codice_fiscale), ("NIR", nir)):
        if code:
            message = f"{kind}:{code.strip().upper()}".encode()
            keys.append(hmac.new(key, message, hashlib.sha256).hexdigest())
    return keys


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def relink(s: Session, gids: Iterable[str] | None) -> None:
    """Bring the groups of the people ``gids`` (all, when None) up to date: their tax
    keys from their codes, then every group they are in or were in."""
    key = link_key(s)
    if key is None:
        return
    if gids is None:
        gids = set(s.scalars(select(Person.gid)))
    start = set(gids)
    if not start:
        return
    erased = set(s.scalars(select(SyncErased.gid)))
    # 1. Their keys, from the codes they hold (records with no code keep what a
    #    pseudonymous bundle brought).
    for part in _chunks(sorted(start)):
        rows = s.execute(
            select(Person.gid, Person.codice_fiscale, Person.nir, Person.anonymised_on).where(
                Person.gid.in_(_PART)
            ),
            {"part": part},
        ).all()
        present = {r.gid for r in rows}
        dropped = set(part) - present
        fresh: list[dict[str, str]] = []
        for r in rows:
            if r.anonymised_on is not None or r.gid in erased:
                dropped.add(r.gid)
                continue
            keys = _keys_of(key, r.codice_fiscale, r.nir)
            if keys:
                dropped.add(r.gid)
                fresh += [{"person_gid": r.gid, "tax_key": k} for k in keys]
        if dropped:
            s.execute(
                delete(SyncTaxKey).where(SyncTaxKey.person_gid.in_(_PART)),
                {"part": sorted(dropped)},
            )
        if fresh:
            s.connection().execute(insert(SyncTaxKey), fresh)
    # 2. Everyone linked to them, then and now.
    local: list[int] = []
    for part in _chunks(sorted(start)):
        local += s.scalars(select(Person.id).where(Person.gid.in_(_PART)), {"part": part}).all()
    group = set(start)
    for part_ids in [local[i : i + CHUNK] for i in range(0, len(local), CHUNK)]:
        linked = s.execute(
            select(Person.gid, Person.counted_with).where(
                or_(Person.counted_with.in_(_PART), Person.id.in_(_PART))
            ),
            {"part": part_ids},
        ).all()
        group |= {r.gid for r in linked}
        targets = [r.counted_with for r in linked if r.counted_with is not None]
        if targets:
            group |= set(s.scalars(select(Person.gid).where(Person.id.in_(targets))))
    merged = _merged_pairs(s)
    # A decision may come before the records it names (another desk's bundle not taken
    # in yet): it links them when they come.
    named = sorted({g for pair in merged for g in pair})
    here: set[str] = set()
    for part in _chunks(named):
        here.update(s.scalars(select(Person.gid).where(Person.gid.in_(_PART)), {"part": part}))
    merged = [(a, b) for a, b in merged if a in here and b in here]
    frontier = set(group)
    edges: dict[str, set[str]] = {}
    while frontier:
        found: set[str] = set()
        for part in _chunks(sorted(frontier)):
            theirs = select(SyncTaxKey.tax_key).where(SyncTaxKey.person_gid.in_(_PART))
            pairs = s.execute(
                select(SyncTaxKey.tax_key, SyncTaxKey.person_gid).where(
                    SyncTaxKey.tax_key.in_(theirs)
                ),
                {"part": part},
            ).all()
            by_key: dict[str, set[str]] = {}
            for k, g in pairs:
                by_key.setdefault(k, set()).add(g)
            for sharing in by_key.values():
                for g in sharing:
                    edges.setdefault(g, set()).update(sharing)
                found |= sharing
        for a, b in merged:
            if a in frontier or b in frontier:
                edges.setdefault(a, set()).add(b)
                edges.setdefault(b, set()).add(a)
                found |= {a, b}
        frontier = found - group
        group |= found
    # 3. Groups: connected records, erased ones alone.
    parent = {g: g for g in group}

    def root(g: str) -> str:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for a, neighbours in edges.items():
        for b in neighbours:
            if a in parent and b in parent and a not in erased and b not in erased:
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    members: list[Any] = []
    for part in _chunks(sorted(group)):
        members += s.execute(
            select(Person.gid, Person.id, Person.counted_with).where(Person.gid.in_(_PART)),
            {"part": part},
        ).all()
    id_of = {r.gid: r.id for r in members}
    applying = s.info.get(APPLYING, False)
    s.info[APPLYING] = True  # a derived link, not a change that travels
    try:
        for m in members:
            rep = root(m.gid)
            wanted = None if rep == m.gid or rep not in id_of else id_of[rep]
            if m.counted_with != wanted:
                s.execute(update(Person).where(Person.id == m.id).values(counted_with=wanted))
    finally:
        s.info[APPLYING] = applying


DISPUTED = "disputed"


def pair_decisions(s: Session) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each decided pair (its gids in order): where it stands, and the decisions that
    hold (those no other decision replaces). Decisions travel (deskapp.sync: each names
    those it replaces), and no clock orders the ones made apart: when the decisions
    that hold disagree (a merge at one desk, a rejection at another), the pair stands
    "disputed", a candidate again for a person to decide. The same set of decisions
    gives the same answer whatever order they came in."""
    replaced: set[str] = set()
    by_pair: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for gid, a, b, state, replaces in s.execute(
        select(
            SyncMerge.gid,
            SyncMerge.first_gid,
            SyncMerge.second_gid,
            SyncMerge.state,
            SyncMerge.replaces,
        )
    ):
        replaced.update(replaces.split())
        by_pair.setdefault((min(a, b), max(a, b)), []).append((gid, state))
    found: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for pair, decisions in by_pair.items():
        holding = sorted((g, st) for g, st in decisions if g not in replaced)
        states = {st for _g, st in holding}
        state = states.pop() if len(states) == 1 else DISPUTED
        found[pair] = (state, [g for g, _st in holding])
    return found


def _merged_pairs(s: Session) -> list[tuple[str, str]]:
    """The pairs whose decisions that hold are merges."""
    return [pair for pair, (state, _g) in pair_decisions(s).items() if state == MERGED]


@dataclass(frozen=True)
class Candidate:
    first_id: int
    second_id: int
    first_gid: str
    second_gid: str
    days_apart: int
    # Decided differently at two databases (merged at one, not the same at another):
    # to decide again.
    disputed: bool = False


def duplicate_candidates(
    db: Database, actor: Actor, tolerance_days: int = BIRTH_TOLERANCE_DAYS
) -> list[Candidate]:
    """Pairs of records from different databases with the same name (case aside) and
    birth dates at most ``tolerance_days`` apart (or day and month swapped), not linked
    already and not decided."""
    require(actor, Action.IMPORT)
    with db.read() as s:
        return candidates_in(s, tolerance_days=tolerance_days)


def candidates_in(
    s: Session, like: str = "", tolerance_days: int = BIRTH_TOLERANCE_DAYS
) -> list[Candidate]:
    """``duplicate_candidates`` inside a session; ``like``: a LIKE pattern (escaped with
    a backslash) one of the two names must match, for the Consolidation page's search.
    The names are grouped (and searched) by the database; the pairs made in Python."""
    family, given = func.lower(Person.family_name), func.lower(Person.given_name)
    names = (
        select(family.label("f"), given.label("g"))
        .where(Person.anonymised_on.is_(None), Person.family_name != "")
        .group_by(family, given)
        .having(func.count(func.distinct(Person.origin)) > 1)
    )
    if like:
        names = names.where(or_(family.like(like, escape="\\"), given.like(like, escape="\\")))
    grouped = names.subquery()
    rows = s.execute(
        select(
            Person.id,
            Person.gid,
            Person.origin,
            Person.birth_date,
            Person.counted_with,
            family,
            given,
        )
        .join(grouped, (grouped.c.f == family) & (grouped.c.g == given))
        .where(Person.anonymised_on.is_(None))
    ).all()
    decisions = pair_decisions(s)
    decided = {pair for pair, (state, _g) in decisions.items() if state != DISPUTED}
    by_name: dict[tuple[str, str], list[tuple[int, str, str, dt.date, int]]] = {}
    for r in rows:
        by_name.setdefault((r[5], r[6]), []).append(
            (r.id, r.gid, r.origin, r.birth_date, r.counted_with or r.id)
        )
    found = []
    for people in by_name.values():
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                if a[2] == b[2] or a[4] == b[4]:
                    continue  # same database, or linked already
                if (min(a[1], b[1]), max(a[1], b[1])) in decided:
                    continue
                apart = abs((a[3] - b[3]).days)
                swapped = (
                    a[3].day == b[3].month and a[3].month == b[3].day and a[3].year == b[3].year
                )
                if apart <= tolerance_days or swapped:
                    first, second = sorted((a, b), key=lambda p: p[1])
                    pair = (first[1], second[1])
                    disputed = pair in decisions
                    found.append(
                        Candidate(first[0], second[0], first[1], second[1], apart, disputed)
                    )
    return sorted(found, key=lambda c: (c.days_apart, c.first_gid))


def _decide(db: Database, actor: Actor, first_id: int, second_id: int, state: str) -> None:
    require(actor, Action.IMPORT)
    with db.write() as s:
        people = {
            p.id: p for p in s.scalars(select(Person).where(Person.id.in_([first_id, second_id])))
        }
        if len(people) != 2 or first_id == second_id:
            raise NotFoundError(QT_TRANSLATE_NOOP("Error", "Give two different people's numbers."))
        a, b = people[first_id].gid, people[second_id].gid
        standing, holding = pair_decisions(s).get((min(a, b), max(a, b)), ("", []))
        if state == UNDONE and standing != MERGED:
            raise DeskappError(
                QT_TRANSLATE_NOOP(
                    "Error", "People {first} and {second} were not merged: nothing to undo."
                ),
                first=first_id,
                second=second_id,
            )
        s.add(
            SyncMerge(
                first_gid=a,
                second_gid=b,
                state=state,
                operator_id=actor.operator_id,
                replaces=" ".join(holding),
            )
        )
        s.flush()
        relink(s, [a, b])
        record_event(
            s,
            actor,
            "person",
            first_id,
            AuditAction.UPDATE,
            ("counted_with",),
            detail=f"{state} with person {second_id}",
        )


def merge_people(db: Database, actor: Actor, first_id: int, second_id: int) -> None:
    """The two records are one person: counted once."""
    _decide(db, actor, first_id, second_id, MERGED)


def reject_candidate(db: Database, actor: Actor, first_id: int, second_id: int) -> None:
    """Not the same person: not proposed again."""
    _decide(db, actor, first_id, second_id, REJECTED)


def undo_merge(db: Database, actor: Actor, first_id: int, second_id: int) -> None:
    _decide(db, actor, first_id, second_id, UNDONE)


def relink_everyone(db: Database) -> None:
    with db.write() as s:
        relink(s, None)
