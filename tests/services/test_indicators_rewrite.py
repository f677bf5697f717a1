"""The participant figures read in one pass (issue 15, a national registry): the
breakdowns and the new participants by month come from one query over the people,
where they were two. Each figure must be the one the two queries gave, compared here
with a copy of those two queries as they stood, on both engines, over demos of several
seeds, people recorded at two desks and counted once, periods that start and end
inside a month, a period too long for a column a month, and every scope."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import and_, case, func, select, update

from deskapp.models import Person
from deskapp.models.enums import (
    DISADVANTAGE_FIELDS,
    Disclosure,
    EmploymentStatus,
    Isced,
    Region,
    Sex,
)
from deskapp.models.sql.dates import year_month
from deskapp.services import indicators
from deskapp.services.indicators import (
    ISCED_GROUPS,
    Indicators,
    Scope,
    _age_at_entry,
    _breakdown_tables,
    _counted_once,
    _desk_condition,
    _is_participant,
    coordinator_indicators,
    indicators_and_participants,
)

pytestmark = pytest.mark.both_engines

PERIODS = [
    (dt.date(2026, 1, 1), dt.date(2026, 10, 31)),
    (dt.date(2025, 3, 15), dt.date(2026, 2, 10)),  # starts and ends inside a month
    (dt.date(2026, 6, 30), dt.date(2026, 7, 1)),
    (dt.date(2014, 1, 1), dt.date(2029, 12, 31)),  # 192 months: the months' own query
]
SCOPES = [Scope(), Scope(region=Region.LIGURIA), Scope(desk_id=2)]


def _old_breakdowns(s: Any, result: Indicators) -> tuple[int, list[Any]]:
    """The participants' total and breakdowns as the report counted them before: a sum
    of a CASE per figure (a copy of the query as it stood)."""
    age = _age_at_entry()
    bands = {"<25": age < 25, "25-54": and_(age >= 25, age <= 54), ">54": age > 54}
    conditions: dict[str, Any] = {}
    for sex in Sex:
        conditions[f"sex:{sex.value}"] = Person.sex == sex
    for key, condition in bands.items():
        conditions[f"age:{key}"] = condition
    for status in EmploymentStatus:
        conditions[f"status:{status.value}"] = Person.employment_status == status
    for key, _label, levels in ISCED_GROUPS:
        conditions[f"isced:{key}"] = Person.education.in_([Isced.parse(v) for v in levels])
    conditions["isced:none"] = Person.education.is_(None)
    for name, _label in DISADVANTAGE_FIELDS:
        column = getattr(Person, name)
        for answer in Disclosure:
            conditions[f"{name}:{answer.value}"] = column == answer
        conditions[f"{name}:none"] = column.is_(None)
    total, *sums = s.execute(
        select(
            func.count(),
            *[func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions.values()],
        ).where(_is_participant(result.start, result.end, result.scope))
    ).one()
    tables = _breakdown_tables({k: int(n) for k, n in zip(conditions, sums, strict=True)})
    return int(total), tables


def _old_new_by_month(s: Any, result: Indicators) -> dict[str, int]:
    start, end = result.start, result.end
    month = year_month(Person.first_contact_date)
    return {
        m: int(n)
        for m, n in s.execute(
            select(month, func.count())
            .where(
                _desk_condition(Person.desk_id, result.scope),
                Person.first_contact_date.between(start, end),
                _counted_once(start, end, result.scope),
            )
            .group_by(month)
        )
    }


@pytest.fixture(params=[3, 17], ids=["seed 3", "seed 17"])
def demo(request, db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=300, seed=request.param, today=dt.date(2026, 11, 22))
    # Some people recorded at two desks, linked as deskapp.sync.linking links them: each
    # record of a group but the lowest gid's points at the group's first record.
    with db.write() as s:
        people = list(s.execute(select(Person.id, Person.gid).order_by(Person.id)))
        for (first, first_gid), (other, other_gid) in zip(people[::7], people[3::7], strict=False):
            keep, linked = (first, other) if first_gid < other_gid else (other, first)
            s.execute(update(Person).where(Person.id == linked).values(counted_with=keep))
    return db


def test_the_one_pass_figures_are_the_two_queries(demo):
    compared = 0
    for start, end in PERIODS:
        for scope in SCOPES:
            report = coordinator_indicators(demo, start, end, scope)
            workbook, rows = indicators_and_participants(demo, start, end, scope)
            with demo.read() as s:
                total, tables = _old_breakdowns(s, Indicators(start, end, scope))
                months = _old_new_by_month(s, Indicators(start, end, scope))
            assert report.participants == workbook.participants == total == len(rows)
            for old in tables:
                assert report.table(old.key).rows == old.rows, (start, scope, old.key)
                assert workbook.table(old.key).rows == old.rows, (start, scope, old.key)
            for new in (report.table("new_by_month"), workbook.table("new_by_month")):
                assert dict(zip(new.codes, (r[1] for r in new.rows), strict=True)) == {
                    code: months.get(code, 0) for code in new.codes
                }
                assert sum(r[1] for r in new.rows) == sum(months.values())
            compared += total
    assert compared > 0


def test_a_linked_record_is_counted_once_in_every_month(demo):
    """The pair's months: the group counts once, under its first record's month."""
    start, end = PERIODS[0]
    before = coordinator_indicators(demo, start, end, Scope())
    with demo.write() as s:
        s.execute(update(Person).values(counted_with=None))
    after = coordinator_indicators(demo, start, end, Scope())
    assert after.participants >= before.participants
    gained = sum(r[1] for r in after.table("new_by_month").rows) - sum(
        r[1] for r in before.table("new_by_month").rows
    )
    assert 0 <= gained <= after.participants - before.participants


def test_the_month_columns_end_where_the_query_takes_over(demo, monkeypatch):
    """A period of many months is counted by the months' own query; the figures are the
    same whichever way they are read."""
    start, end = dt.date(2025, 1, 1), dt.date(2026, 10, 31)
    one_pass = coordinator_indicators(demo, start, end, Scope())
    monkeypatch.setattr(indicators, "MONTH_COLUMNS", 3)
    apart = coordinator_indicators(demo, start, end, Scope())
    assert [(t.key, t.rows) for t in apart.tables] == [(t.key, t.rows) for t in one_pass.tables]
