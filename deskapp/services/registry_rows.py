"""Rows of the registry for exports, streamed from the database in batches.

Rows hold typed values (dates, numbers, amounts; enums and yes/no as their words), so a
workbook can type its cells; a CSV writes each as ``cell`` spells it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, func, select, type_coerce

from deskapp.models import (
    Activity,
    Consent,
    Desk,
    EnterpriseProject,
    Operator,
    Person,
    ProjectMembership,
)
from deskapp.models.base import money_sum
from deskapp.models.database import Database
from deskapp.models.enums import LabelledEnum
from deskapp.services.person_columns import (
    CONSENT_PARTS,
    PERSON_FIELD_COLUMNS,
    person_file_columns,
)

BATCH = 2000


def cell(value: Any) -> str:
    """The text a file cell holds for a value: stable, locale-free, re-importable."""
    if value.__class__ is str:  # most cells: checked first, an export makes millions
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, LabelledEnum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)


def typed(value: Any) -> Any:
    """A value for a typed file cell (an .xlsx): dates, numbers and amounts as
    themselves, what the file spells as a word (enums, yes and no) as that word."""
    if isinstance(value, bool | LabelledEnum):
        return cell(value)
    if isinstance(value, dt.datetime):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    return value


CONSENT_VALUES = (
    Consent.purpose,
    Consent.legal_basis,
    Consent.notice_version,
    Consent.given_on,
    Consent.withdrawn_on,
)


def person_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[Any]]]:
    """The person file's header and its rows, with every consent of each person.

    Streamed: the columns of ``BATCH`` people at a time (not whole ORM objects), each
    row handed on as soon as it is made, so 100,000 people never sit in memory."""
    with db.read() as s:
        per_person = (
            select(func.count().label("n")).select_from(Consent).group_by(Consent.person_id)
        ).subquery()
        most = int(s.scalar(select(func.max(per_person.c.n))) or 1)
    query = (
        select(
            Person.id, Desk.name, *(_as_written(getattr(Person, n)) for n in PERSON_FIELD_COLUMNS)
        )
        .join(Desk, Desk.id == Person.desk_id)
        .order_by(Person.id)
        .execution_options(yield_per=BATCH)
    )
    blank = [None] * len(CONSENT_PARTS)
    # Which values still need ``typed`` (yes/no, moments): the others go as read.
    to_type = [
        i + 1
        for i, name in enumerate(PERSON_FIELD_COLUMNS)
        if issubclass(getattr(Person, name).type.python_type, bool | dt.datetime)
    ]

    def rows() -> Iterator[list[Any]]:
        # Core rows through the session's connection: plain tuples, no ORM loading.
        with db.read() as s:
            conn = s.connection()
            for batch in conn.execute(query).partitions():
                consents: dict[int, list[list[Any]]] = {}
                for person_id, *values in conn.execute(
                    select(Consent.person_id, *(_as_written(c) for c in CONSENT_VALUES))
                    .where(Consent.person_id.between(batch[0][0], batch[-1][0]))
                    .order_by(Consent.person_id, Consent.id)
                ):
                    consents.setdefault(person_id, []).append(values)
                for person_id, *values in batch:
                    for i in to_type:
                        values[i] = typed(values[i])
                    own = consents.get(person_id, ())
                    for consent in own:
                        values += consent
                    values += blank * (most - len(own))
                    yield values

    return person_file_columns(most), rows()


def _as_written(column: Any) -> Any:
    """An enum column as the word it stores (what ``typed`` would make of the member,
    without making the member first); any other column as it is."""
    if isinstance(column.type, SAEnum):
        return type_coerce(column, String).label(column.key)
    return column


PROJECT_COLUMNS = (
    "id",
    "title",
    "kind",
    "stage",
    "desk",
    "lead_operator",
    "sector_code",
    "nace_code",
    "origin_company_name",
    "origin_company_vat",
    "origin_company_situation",
    "planned_legal_form",
    "enterprise_company_number",
    "expected_jobs",
    "employees",
    "planned_start_date",
    "actual_start_date",
    "members",
    "capital_pledged",
    "capital_paid",
    "closed_reason",
)


def project_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[Any]]]:
    members = (
        select(
            ProjectMembership.project_id,
            func.count(func.distinct(ProjectMembership.person_id)).label("members"),
            money_sum(ProjectMembership.capital_pledged).label("pledged"),
            money_sum(ProjectMembership.capital_paid).label("paid"),
        )
        .group_by(ProjectMembership.project_id)
        .subquery()
    )
    query = (
        select(
            EnterpriseProject,
            Desk.name,
            Operator.name,
            members.c.members,
            members.c.pledged,
            members.c.paid,
        )
        .join(Desk, Desk.id == EnterpriseProject.desk_id)
        .join(Operator, Operator.id == EnterpriseProject.lead_operator_id)
        .outerjoin(members, members.c.project_id == EnterpriseProject.id)
        .order_by(EnterpriseProject.id)
        .execution_options(yield_per=BATCH)
    )

    def rows() -> Iterator[list[Any]]:
        with db.read() as s:
            for p, desk, lead, count, pledged, paid in s.execute(query):
                yield [
                    typed(v)
                    for v in (
                        p.id,
                        p.title,
                        p.kind,
                        p.stage,
                        desk,
                        lead,
                        p.sector_code,
                        p.nace_code,
                        p.origin_company_name,
                        p.origin_company_vat,
                        p.origin_company_situation,
                        p.planned_legal_form,
                        p.enterprise_company_number,
                        p.expected_jobs,
                        p.employees,
                        p.planned_start_date,
                        p.actual_start_date,
                        count or 0,
                        pledged or Decimal("0"),
                        paid or Decimal("0"),
                        p.closed_reason,
                    )
                ]

    return PROJECT_COLUMNS, rows()


ACTIVITY_COLUMNS = (
    "id",
    "occurred_at",
    "kind",
    "duration_minutes",
    "desk",
    "operator",
    "person_id",
    "project_id",
    "notes",
    "follow_up_due",
    "follow_up_done",
)


def activity_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[Any]]]:
    query = (
        select(Activity, Desk.name, Operator.name)
        .join(Desk, Desk.id == Activity.desk_id)
        .join(Operator, Operator.id == Activity.operator_id)
        .order_by(Activity.occurred_at, Activity.id)
        .execution_options(yield_per=BATCH)
    )

    def rows() -> Iterator[list[Any]]:
        with db.read() as s:
            for a, desk, operator in s.execute(query):
                yield [
                    typed(v)
                    for v in (
                        a.id,
                        a.occurred_at,
                        a.kind,
                        a.duration_minutes,
                        desk,
                        operator,
                        a.person_id,
                        a.project_id,
                        a.notes,
                        a.follow_up_due,
                        a.follow_up_done,
                    )
                ]

    return ACTIVITY_COLUMNS, rows()
