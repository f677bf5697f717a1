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

from sqlalchemy import ColumnElement, func, select

from deskapp.models import EnterpriseProject, Need, NeedsAssessment, Person, ProjectMembership
from deskapp.models.database import Database
from deskapp.models.enums import EmploymentStatus, NeedKind, Stage
from deskapp.services.search import (
    HIT_COLUMNS,
    NAME_ORDER,
    PREFIX_ORDER,
    PersonHit,
    as_hit,
    is_short,
    surname_starts_first,
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


def registry_ids(
    db: Database,
    flt: RegistryFilter,
    sort: str = "name",
    descending: bool = False,
    *,
    offset: int = 0,
    limit: int | None = None,
) -> list[int]:
    """The ids of the people matching ``flt``, in display order.

    With ``limit``, only the ``limit`` ids from position ``offset`` of that order: the
    People page reads the blocks on screen, not the ids of a whole registry.
    """
    keys = SORT_KEYS[sort]
    if sort == "name" and is_short(flt.text):
        # One or two letters match a range of the search key, which starts with the
        # surname: read in that index's order, the ids need no sort (at 1,000,000 people
        # "r" matched 53,000, sorted by name in 620 ms, read in key order in 75 ms).
        keys = PREFIX_ORDER
    order: list[Any] = [k.desc() if descending else k.asc() for k in (*keys, Person.id)]
    first_word = flt.text.split()[0] if flt.text.split() else ""
    if sort == "name" and not descending and first_word and not is_short(flt.text):
        # Typing "ross" puts the Rossi before "Badoer Rossana", as in the search box.
        order.insert(0, surname_starts_first(first_word))
    query = select(Person.id).where(*_conditions(db, flt)).order_by(*order)
    if limit is not None:
        query = query.limit(max(limit, 0)).offset(max(offset, 0))
    elif offset:
        query = query.offset(max(offset, 0))
    with db.read() as s:
        # Through the connection, not the ORM session: for 100,000 plain integers the
        # ORM's row processing cost 60 ms of the registry's opening.
        return list(s.connection().execute(query).scalars())


def count_registry(db: Database, flt: RegistryFilter) -> int:
    query = select(func.count()).select_from(Person).where(*_conditions(db, flt))
    with db.read() as s:
        return int(s.scalar(query) or 0)


def registry_rows(db: Database, ids: Sequence[int]) -> dict[int, RegistryRow]:
    """The rows for one page of ids (the screen asks for a couple of hundred at a time)."""
    if not ids:
        return {}
    query = select(*HIT_COLUMNS).where(Person.id.in_(list(ids)))
    with db.read() as s:
        return {row.id: as_hit(row) for row in s.execute(query)}
