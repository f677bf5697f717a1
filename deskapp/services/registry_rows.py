"""Rows of the registry for exports, streamed from the database in batches."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

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
from deskapp.services.person_columns import PERSON_FIELD_COLUMNS, PERSON_FILE_COLUMNS

BATCH = 2000


def cell(value: Any) -> str:
    """The text a file cell holds for a value: stable, locale-free, re-importable."""
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


def person_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[str]]]:
    """The person file's header and its rows, with each person's first consent."""
    first_consent = (
        select(Consent.person_id, func.min(Consent.id).label("consent_id"))
        .group_by(Consent.person_id)
        .subquery()
    )
    query = (
        select(Person, Desk.name, Consent)
        .join(Desk, Desk.id == Person.desk_id)
        .outerjoin(first_consent, first_consent.c.person_id == Person.id)
        .outerjoin(Consent, Consent.id == first_consent.c.consent_id)
        .order_by(Person.id)
        .execution_options(yield_per=BATCH)
    )

    def rows() -> Iterator[list[str]]:
        with db.read() as s:
            for person, desk_name, consent in s.execute(query):
                values = [desk_name] + [cell(getattr(person, n)) for n in PERSON_FIELD_COLUMNS]
                if consent is None:
                    values += ["", "", "", ""]
                else:
                    values += [
                        cell(consent.purpose),
                        cell(consent.legal_basis),
                        consent.notice_version,
                        cell(consent.given_on),
                    ]
                yield values

    return PERSON_FILE_COLUMNS, rows()


PROJECT_COLUMNS = (
    "id",
    "title",
    "kind",
    "stage",
    "desk",
    "lead_operator",
    "ateco_code",
    "origin_company_name",
    "origin_company_vat",
    "origin_company_situation",
    "planned_legal_form",
    "expected_jobs",
    "planned_start_date",
    "actual_start_date",
    "members",
    "capital_pledged",
    "capital_paid",
    "closed_reason",
)


def project_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[str]]]:
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

    def rows() -> Iterator[list[str]]:
        with db.read() as s:
            for p, desk, lead, count, pledged, paid in s.execute(query):
                yield [
                    cell(v)
                    for v in (
                        p.id,
                        p.title,
                        p.kind,
                        p.stage,
                        desk,
                        lead,
                        p.ateco_code,
                        p.origin_company_name,
                        p.origin_company_vat,
                        p.origin_company_situation,
                        p.planned_legal_form,
                        p.expected_jobs,
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


def activity_rows(db: Database) -> tuple[tuple[str, ...], Iterator[list[str]]]:
    query = (
        select(Activity, Desk.name, Operator.name)
        .join(Desk, Desk.id == Activity.desk_id)
        .join(Operator, Operator.id == Activity.operator_id)
        .order_by(Activity.occurred_at, Activity.id)
        .execution_options(yield_per=BATCH)
    )

    def rows() -> Iterator[list[str]]:
        with db.read() as s:
            for a, desk, operator in s.execute(query):
                yield [
                    cell(v)
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
