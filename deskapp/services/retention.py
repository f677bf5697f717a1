"""How long a person's data is kept, and the anonymisation of those whose time is up.

EU-fund rules keep project records for 5 years from 31 December of the year of the
last payment (10 years where the support is state aid). For a person that means: from
the last of their dates that the funders may audit (the last disbursement to a project
they are a member of, their last service received, their first contact), to 31 December
of that year, plus 5 years, or 10 when one of their projects received an instrument
counted as state aid. The rules are data here (RetentionRules); the command line can
override the years.

Everything is computed by SQLite in one grouped query, so listing what is due over
100,000 people does not load them into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import (
    Date,
    and_,
    case,
    func,
    literal,
    select,
    type_coerce,
    union_all,
)

from deskapp.models import Activity, Desk, FundingApplication, Person, ProjectMembership
from deskapp.models.database import Database
from deskapp.models.enums import FundingInstrument, FundingStatus
from deskapp.models.person_index import merge_index
from deskapp.models.sql.dates import year_of
from deskapp.services.actor import Actor
from deskapp.services.gdpr import erase_person


@dataclass(frozen=True)
class RetentionRules:
    years: int = 5
    state_aid_years: int = 10
    # Instruments whose support counts as state aid (subsidised public loans, public
    # grants). The coordinators' legal adviser has the last word: change it here.
    state_aid: frozenset[FundingInstrument] = field(
        default_factory=lambda: frozenset(
            {
                FundingInstrument.NUOVA_MARCORA,
                FundingInstrument.REGIONAL_FUND,
                FundingInstrument.GRANT,
                FundingInstrument.NACRE,
            }
        )
    )


RULES = RetentionRules()


@dataclass(frozen=True)
class Due:
    person_id: int
    last_date: dt.date
    state_aid: bool
    retention_end: dt.date


def retention_end(last_date: dt.date, state_aid: bool, rules: RetentionRules = RULES) -> dt.date:
    """31 December of the last date's year, plus the years the rules keep."""
    years = rules.state_aid_years if state_aid else rules.years
    return dt.date(last_date.year + years, 12, 31)


def _dates_query(rules: RetentionRules):  # type: ignore[no-untyped-def]
    """Per person not yet anonymised: their last auditable date and whether state aid."""
    payments = select(
        ProjectMembership.person_id.label("person_id"),
        FundingApplication.disbursed_on.label("day"),
        case((FundingApplication.instrument.in_(list(rules.state_aid)), 1), else_=0).label("aid"),
    ).join(
        FundingApplication,
        and_(
            FundingApplication.project_id == ProjectMembership.project_id,
            FundingApplication.status == FundingStatus.DISBURSED,
        ),
    )
    services = select(
        Activity.person_id.label("person_id"),
        # type_coerce, not CAST: SQLite would turn CAST(... AS DATE) into the number 2022.
        type_coerce(func.date(Activity.occurred_at), Date).label("day"),
        literal(0).label("aid"),
    ).where(Activity.person_id.is_not(None))
    contacts = select(
        Person.id.label("person_id"),
        Person.first_contact_date.label("day"),
        literal(0).label("aid"),
    ).where(Person.anonymised_on.is_(None))
    dates = union_all(payments, services, contacts).subquery()
    return (
        select(
            dates.c.person_id,
            func.max(dates.c.day).label("last_day"),
            func.max(dates.c.aid).label("aid"),
        )
        .join(Person, Person.id == dates.c.person_id)
        .where(Person.anonymised_on.is_(None))
        .group_by(dates.c.person_id)
    )


def due_for_anonymisation(
    db: Database, today: dt.date, rules: RetentionRules = RULES, limit: int | None = None
) -> list[Due]:
    """The people whose retention ended before ``today``, oldest first."""
    dates = _dates_query(rules).subquery()
    # The end is 31/12 of (year + years): it has passed when year + years < this year.
    year = year_of(dates.c.last_day)
    years = case((dates.c.aid == 1, rules.state_aid_years), else_=rules.years)
    query = (
        select(dates.c.person_id, dates.c.last_day, dates.c.aid)
        .where(year + years < today.year)
        .order_by(dates.c.last_day, dates.c.person_id)
    )
    if limit is not None:
        query = query.limit(limit)
    with db.read() as s:
        rows = s.execute(query).all()
    found = []
    for person_id, last_day, aid in rows:
        day = last_day if isinstance(last_day, dt.date) else dt.date.fromisoformat(str(last_day))
        found.append(Due(person_id, day, bool(aid), retention_end(day, bool(aid), rules)))
    return found


@dataclass(frozen=True)
class DueRow:
    """One person due, as the administrator checks them before anonymising."""

    due: Due
    name: str
    desk: str


def name_due(db: Database, due: list[Due]) -> list[DueRow]:
    """The names and desks of these people (500 a query), in the order given."""
    names: dict[int, tuple[str, str]] = {}
    ids = [d.person_id for d in due]
    with db.read() as s:
        for start in range(0, len(ids), 500):
            rows = s.execute(
                select(Person.id, Person.family_name, Person.given_name, Desk.name)
                .join(Desk, Desk.id == Person.desk_id)
                .where(Person.id.in_(ids[start : start + 500]))
            )
            for pid, family, given, desk in rows:
                names[pid] = (f"{family} {given}", desk)
    return [DueRow(d, *names.get(d.person_id, ("", ""))) for d in due]


def apply_retention(
    db: Database,
    actor: Actor,
    today: dt.date,
    rules: RetentionRules = RULES,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Anonymise everyone whose retention ended; each one its own audited transaction,
    so a stop half-way leaves the ones done done and the others untouched."""
    due = due_for_anonymisation(db, today, rules)
    try:
        for done, item in enumerate(due, start=1):
            # The search index is merged once at the end, not after each person (half a
            # second each at 100,000 people); a stop half-way merges too.
            erase_person(db, actor, item.person_id, today=today, merge_index=False)
            if progress is not None:
                progress(done, len(due))
    finally:
        if due:
            with db.write() as s:
                merge_index(s.connection())
            db.checkpoint()
    return len(due)
