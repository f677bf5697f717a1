"""The person registry as a list: filters, sorting and pages, all done by the database.

The People screen counts the people that match, then reads the ids of the block of
that order on screen (``registry_ids`` with ``offset`` and ``limit``) and their rows,
a page at a time, as the operator scrolls. Nothing here loads the whole table into
Python objects, nor, for the screen, the ids of a whole registry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, false, func, or_, select, tuple_

from deskapp.models import EnterpriseProject, Need, NeedsAssessment, Person, ProjectMembership
from deskapp.models.database import Database
from deskapp.models.enums import EmploymentStatus, NeedKind, Stage
from deskapp.models.sql.registry_order import KEY_INDEX, NAME_INDEX, in_index_order, reading_index
from deskapp.services.search import (
    HIT_COLUMNS,
    NAME_ORDER,
    PREFIX_ORDER,
    PersonHit,
    as_hit,
    is_short,
    only_text_matches,
    surname_in_prefix_range,
    surname_starts_first,
    surname_starts_with,
    text_condition,
)


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""
    desk_id: int | None = None
    employment_status: EmploymentStatus | None = None
    need: NeedKind | None = None  # has this need in any assessment
    project_stage: Stage | None = None  # member of a project in this stage
    contact_from: dt.date | None = None  # first contact on or after
    contact_to: dt.date | None = None  # first contact on or before


# Rows of the registry are the same as search hits.
RegistryRow = PersonHit


# Sort keys the screen offers; each ends with the id so the order is total and stable.
SORT_KEYS: dict[str, tuple[Any, ...]] = {
    # The order of ix_person_sort_name, so the index is read instead of sorting.
    "name": (NAME_ORDER[0], NAME_ORDER[1], Person.birth_date),
    "birth_date": (Person.birth_date,),
    "codice_fiscale": (Person.codice_fiscale,),
    "nir": (Person.nir,),
    "municipality": (Person.municipality, NAME_ORDER[0]),
    "employment_status": (Person.employment_status, NAME_ORDER[0]),
    "first_contact": (Person.first_contact_date,),
}


def _conditions(db: Database, flt: RegistryFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    matching = text_condition(db, flt.text)
    if matching is not None:
        conditions.append(matching)
    if flt.desk_id is not None:
        conditions.append(Person.desk_id == flt.desk_id)
    if flt.employment_status is not None:
        conditions.append(Person.employment_status == flt.employment_status)
    if flt.contact_from is not None:
        conditions.append(Person.first_contact_date >= flt.contact_from)
    if flt.contact_to is not None:
        conditions.append(Person.first_contact_date <= flt.contact_to)
    # IN (set computed once), not a correlated EXISTS: SQLite drove the EXISTS through
    # the need.kind index and took minutes at 100,000 people.
    if flt.need is not None:
        conditions.append(
            Person.id.in_(
                select(NeedsAssessment.person_id)
                .join(Need, Need.assessment_id == NeedsAssessment.id)
                .where(Need.kind == flt.need)
            )
        )
    if flt.project_stage is not None:
        conditions.append(
            Person.id.in_(
                select(ProjectMembership.person_id)
                .join(EnterpriseProject, EnterpriseProject.id == ProjectMembership.project_id)
                .where(EnterpriseProject.stage == flt.project_stage)
            )
        )
    return conditions


# From this many matches on, a word typed is listed by walking the name index (below)
# rather than by sorting the matches: at 1,000,000 people a sort of 67,398 matches
# ("genov") took 800 ms, the walk to the first 1,000 of them a few ms; with few matches
# the sort is cheaper than a walk through a sparse index.
WALK_FROM = 10_000

# Where a row stands in an order: the number of the part of the order it is in, then
# its sort keys as the database gives them, the last one its id. A block of rows is read
# from the one before or after it (a keyset: ``WHERE (keys) > (its keys)``, from the
# index, however deep), not by counting rows from the top (OFFSET 999,000 read a
# million index entries: a second).
Key = tuple[Any, ...]


@dataclass(frozen=True)
class Block:
    """Ids in display order, and where the first and the last stand (None if empty)."""

    ids: list[int]
    first: Key | None = None
    last: Key | None = None


@dataclass(frozen=True)
class _Part:
    """One part of an order: the rows of ``query`` (which selects ``keys``) by
    ``keys``, the last of which is the id. ``ranged``: its WHERE holds a range of the
    index that gives that order, read in order (``in_index_order``)."""

    query: Select[Any]
    keys: tuple[Any, ...]
    descending: bool
    ranged: bool = False
    # An ORDER BY term before the keys, the same for every row of the part: no index
    # gives it, so the part's rows are sorted rather than read from an index (few).
    sorted_by: ColumnElement[Any] | None = None


def _starts_first_word(flt: RegistryFilter, sort: str, descending: bool) -> str:
    """The word whose surnames come first ("ross": the Rossi before "Badoer Rossana"),
    or "" when the order is a plain one (read as ``_Order`` says)."""
    first_word = flt.text.split()[0] if flt.text.split() else ""
    if sort == "name" and not descending and first_word and not is_short(flt.text):
        return first_word
    return ""


def _walks(db: Database, total: int | None) -> bool:
    """Whether the third part of a typed word's order walks the name index (``_rest``):
    when many people match (``WALK_FROM``). Neither planner can be left to choose: SQLite cannot
    tell how many people the full-text index matches, and PostgreSQL's estimate from
    pg_trgm's statistics can be wrong six times over ("esp": 15,851 expected, 2,647
    found, and 782,000 entries of the name index walked for them: 4 s)."""
    return total is not None and total >= WALK_FROM


def _words_total(db: Database, flt: RegistryFilter) -> int:
    """How many match a typed word, to choose how to read its order: SQLite's count is
    its full-text index's own (a few ms); on PostgreSQL, counted up to ``WALK_FROM``
    (the trigram index's matches, stopping there: a count of 67,398 took 0.4 s)."""
    if db.is_sqlite:
        return count_registry(db, flt)
    return count_registry(db, flt, up_to=WALK_FROM)


def _parts(db: Database, flt: RegistryFilter, word: str) -> list[_Part]:
    """The first two parts of the order "surnames starting with ``word`` first, then by
    name", each a range of an index read in order, so cheap however many match:

    1. the surnames in ``word``'s range of the name index (the index walked, no sort);
    2. the other surnames starting with it once without accents ("Màrino" for "mar",
       which NOCASE and lower() sort after the ASCII letters): few, sorted.

    The third, the other matches by name, is ``_rest``'s.
    """
    conditions = _conditions(db, flt)
    starts, in_range = surname_starts_with(word), surname_in_prefix_range(word)
    keys = (*SORT_KEYS["name"], Person.id)
    query = select(*keys)
    return [
        _Part(
            reading_index(query.where(in_range, *conditions, starts), NAME_INDEX), keys, False, True
        ),
        _Part(reading_index(query.where(starts, *conditions, ~in_range), KEY_INDEX), keys, False),
    ]


def _rest(db: Database, flt: RegistryFilter, word: str, walk: bool) -> _Part:
    """The third part: the matches whose surname does not start with ``word``, by name.
    ``walk``: by walking the name index and keeping the matches (the matches are a set
    computed once) until the block is full; else the matches, few, are sorted."""
    keys = (*SORT_KEYS["name"], Person.id)
    query = select(*keys).where(*_conditions(db, flt), ~surname_starts_with(word))
    if walk:
        return _Part(reading_index(query, NAME_INDEX), keys, False)
    return _Part(query, keys, False, sorted_by=surname_starts_first(word))


class _Order:
    """The display order as parts read one after the other (most orders are one).

    A typed word's order is three parts (``_parts``, ``_rest``); how its third is read
    depends on how many people match, counted only when a block reaches it: at
    1,000,000 people the Rossi fill the first block of "ros" in 15 ms, and the count
    that chose how to read the others cost 40-80 ms more on PostgreSQL. ``total``: how
    many match, when known (then or after its count)."""

    def __init__(
        self, db: Database, flt: RegistryFilter, sort: str, descending: bool, total: int | None
    ) -> None:
        self.db, self.flt, self.total = db, flt, total
        self.word = _starts_first_word(flt, sort, descending)
        if self.word:
            self._parts = _parts(db, flt, self.word)
            return
        keys: tuple[Any, ...] = SORT_KEYS[sort]
        if sort == "name" and is_short(flt.text):
            # One or two letters match a range of the search key, which starts with the
            # surname: read in that index's order, the ids need no sort (at 1,000,000
            # people "r" matched 53,000, sorted by name in 620 ms, read in key order in
            # 75 ms).
            keys = PREFIX_ORDER
        keys = (*keys, Person.id)
        self._parts = [_Part(select(*keys).where(*_conditions(db, flt)), keys, descending)]

    def __len__(self) -> int:
        return 3 if self.word else 1

    def part(self, number: int) -> _Part:
        if number < len(self._parts):
            return self._parts[number]
        if self.total is None:
            self.total = _words_total(self.db, self.flt)
        self._parts.append(_rest(self.db, self.flt, self.word, _walks(self.db, self.total)))
        return self._parts[number]


def _nullable(key: Any) -> bool:
    return bool(getattr(key, "nullable", False))


def _beyond(db: Database, part: _Part, values: Key, backwards: bool) -> ColumnElement[bool]:
    """The rows of ``part`` after ``values`` in its order (before them, ``backwards``),
    as each engine sorts: NULL before every value on SQLite, after on PostgreSQL."""
    down = part.descending != backwards
    typed = [bindparam(None, v, type_=k.type) for k, v in zip(part.keys, values, strict=True)]
    first, value = part.keys[0], typed[0]
    # The first key's bound, which both engines seek in the index (SQLite does not seek
    # the row value below when its keys carry a collation: it scanned from the top).
    seek = first <= value if down else first >= value
    if not any(_nullable(k) for k in part.keys):
        # A row value: PostgreSQL seeks it in an index on the same keys.
        left, right = tuple_(*part.keys), tuple_(*typed)
        return and_(seek, left < right if down else left > right)
    nulls_first = db.is_sqlite != down  # NULL's place in this direction

    def after(key: Any, value: Any, param: Any) -> ColumnElement[bool]:
        if value is None:
            return key.is_not(None) if nulls_first else false()
        beyond = key < param if down else key > param
        return beyond if nulls_first or not _nullable(key) else or_(beyond, key.is_(None))

    def same(key: Any, value: Any, param: Any) -> ColumnElement[bool]:
        equal: ColumnElement[bool] = key.is_(None) if value is None else key == param
        return equal

    condition: ColumnElement[bool] = false()
    for key, value, param in reversed(list(zip(part.keys, values, typed, strict=True))):
        condition = or_(after(key, value, param), and_(same(key, value, param), condition))
    if nulls_first and values[0] is not None:  # every row after has a first key
        return and_(seek, condition)
    return condition


def _read(
    db: Database,
    parts: _Order,
    limit: int,
    *,
    offset: int = 0,
    start: Key | None = None,
    backwards: bool = False,
) -> Block:
    """``limit`` rows of the parts' order: after ``start`` (or before it, ``backwards``),
    else from ``offset`` (counted from the end, ``backwards``)."""
    numbers = list(range(len(parts)))
    if backwards:
        numbers.reverse()
    if start is not None:
        numbers = numbers[numbers.index(start[0]) :]
        offset = 0
    found: list[Key] = []
    skip = max(offset, 0)
    with db.read() as s:
        conn = s.connection()
        for number in numbers:
            if len(found) >= limit:
                break
            part = parts.part(number)
            query = part.query
            if start is not None and number == start[0]:
                query = query.where(_beyond(db, part, start[1:], backwards))
            down = part.descending != backwards
            first = [] if part.sorted_by is None else [part.sorted_by]
            query = query.order_by(*(k.desc() if down else k.asc() for k in (*first, *part.keys)))
            query = query.limit(limit - len(found)).offset(skip)
            if part.ranged:
                with in_index_order(conn):
                    rows = conn.execute(query).all()
            else:
                rows = conn.execute(query).all()
            if skip and not rows:  # the offset is past this part: count it, go on
                counted = select(func.count()).select_from(part.query.subquery())
                skip = max(skip - int(conn.execute(counted).scalar() or 0), 0)
                continue
            skip = 0
            found += [(number, *row) for row in rows]
    if backwards:
        found.reverse()
    if not found:
        return Block([])
    return Block([int(key[-1]) for key in found], found[0], found[-1])


def read_block(
    db: Database,
    flt: RegistryFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    limit: int,
    offset: int = 0,
    after: Key | None = None,
    before: Key | None = None,
    from_end: bool = False,
    total: int | None = None,
) -> Block:
    """``limit`` rows of the display order, in that order: those right after the row at
    ``after``, or right before the row at ``before`` (read backwards), both from the
    index however deep; else those from position ``offset``, or, ``from_end``, the
    ``limit`` rows that end ``offset`` rows before the last (read backwards: the end of
    the list costs what its start does). ``total``: how many match, if known."""
    parts = _Order(db, flt, sort, descending, total)
    if after is not None:
        return _read(db, parts, limit, start=after)
    if before is not None:
        return _read(db, parts, limit, start=before, backwards=True)
    return _read(db, parts, limit, offset=offset, backwards=from_end)


def first_block(
    db: Database,
    flt: RegistryFilter,
    sort: str = "name",
    descending: bool = False,
    limit: int = 1000,
) -> tuple[Block, int | None]:
    """What the People page shows first: the first ``limit`` rows of the order, and how
    many people match when that was known without a count of its own (the block is not
    full, or the typed word's matches were counted). None: more than the block;
    ``count_registry`` tells how many (at 1,000,000 people, 0.3-0.6 s on PostgreSQL
    for a word matched by trigrams: the page asks off its thread)."""
    total = None
    if db.is_sqlite and _starts_first_word(flt, sort, descending):
        # Its full-text index counts a word's matches in a few ms: shown at once.
        total = _words_total(db, flt)
    order = _Order(db, flt, sort, descending, total)
    block = _read(db, order, limit)
    if len(block.ids) < limit:
        return block, len(block.ids)
    total = order.total
    if total is None or (not db.is_sqlite and total >= WALK_FROM):
        return block, None  # not counted, or counted only up to WALK_FROM
    return block, max(total, len(block.ids))


def registry_ids(
    db: Database,
    flt: RegistryFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    offset: int = 0,
    limit: int | None = None,
    total: int | None = None,
) -> list[int]:
    """The ids of the people matching ``flt``, in display order.

    With ``limit``, only the ``limit`` ids from position ``offset`` of that order (the
    People page reads blocks by ``read_block``, from their neighbours). ``total``: how
    many match, if known.
    """
    if limit is None and total is None and _starts_first_word(flt, sort, descending):
        total = _words_total(db, flt)
    if limit is None:
        # PostgreSQL counted a typed word's matches up to WALK_FROM only.
        exact = total is not None and (db.is_sqlite or total < WALK_FROM)
        limit = total if exact and total is not None else count_registry(db, flt)
    return read_block(
        db, flt, sort, descending, limit=max(limit, 0), offset=offset, total=total
    ).ids


def count_registry(db: Database, flt: RegistryFilter, up_to: int | None = None) -> int:
    """How many people match ``flt``; ``up_to``: counted only that far (the answer is
    then at most ``up_to``)."""
    text_only = RegistryFilter(text=flt.text) == flt
    matches = only_text_matches(db, flt.text) if text_only and up_to is None else None
    if matches is not None:
        # The search index's own count: at 1,000,000 people "genov" counted 67,398 in
        # 143 ms through the person table, in a few through the index alone.
        query = select(func.count()).select_from(matches)
    elif up_to is None:
        query = select(func.count()).select_from(Person).where(*_conditions(db, flt))
    else:
        rows = select(Person.id).where(*_conditions(db, flt)).limit(up_to)
        query = select(func.count()).select_from(rows.subquery())
    with db.read() as s:
        return int(s.scalar(query) or 0)


def registry_rows(db: Database, ids: Sequence[int]) -> dict[int, RegistryRow]:
    """The rows for one page of ids (the screen asks for a couple of hundred at a time)."""
    if not ids:
        return {}
    query = select(*HIT_COLUMNS).where(Person.id.in_(list(ids)))
    with db.read() as s:
        return {row.id: as_hit(row) for row in s.execute(query)}
