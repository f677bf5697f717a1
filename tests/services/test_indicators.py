"""The coordinator's figures, each recomputed here with independent SQL (plain sqlite3
over the same file) and compared with what the indicators service states."""

from __future__ import annotations

import calendar
import datetime as dt
import sqlite3
from collections import Counter
from decimal import Decimal

import pytest

from deskapp.errors import DeskappError
from deskapp.models.enums import ProjectKind, Region, Stage
from deskapp.services import activities, persons, projects
from deskapp.services.demo import generate_demo
from deskapp.services.indicators import Scope, coordinator_indicators
from tests.conftest import person_data

START, END = dt.date(2026, 1, 1), dt.date(2026, 10, 31)
PERIOD = (START.isoformat(), END.isoformat())


@pytest.fixture
def demo(db, db_path):
    generate_demo(db, persons=1500, seed=5, today=dt.date(2026, 11, 22))
    conn = sqlite3.connect(db_path)
    yield conn
    conn.close()


PARTICIPANTS = """
    SELECT p.* FROM person p
    WHERE p.first_contact_date BETWEEN ? AND ?
       OR EXISTS (SELECT 1 FROM activity a WHERE a.person_id = p.id
                  AND substr(a.occurred_at, 1, 10) BETWEEN ? AND ?)
"""


def _participants(conn, extra="", params=()):
    conn.row_factory = sqlite3.Row
    rows = conn.execute(f"SELECT * FROM ({PARTICIPANTS}) {extra}", (*PERIOD, *PERIOD, *params))
    result = rows.fetchall()
    conn.row_factory = None
    return result


def _age(born: str, entered: str) -> int:
    b, e = dt.date.fromisoformat(born), dt.date.fromisoformat(entered)
    return e.year - b.year - ((e.month, e.day) < (b.month, b.day))


def test_every_breakdown_of_participants_matches_independent_sql(db, demo):
    report = coordinator_indicators(db, START, END, Scope())
    people = _participants(demo)
    assert report.participants == len(people) > 0
    sexes = Counter(p["sex"] for p in people)
    assert {sex.value: n for sex, n in report.table("gender").rows} == {
        "F": sexes["F"],
        "M": sexes["M"],
    }
    ages = Counter(
        "Under 25" if a < 25 else "25 to 54" if a <= 54 else "Over 54"
        for a in (_age(p["birth_date"], p["first_contact_date"]) for p in people)
    )
    assert dict(report.table("age").rows) == {
        band: ages[band] for band in ("Under 25", "25 to 54", "Over 54")
    }
    statuses = Counter(p["employment_status"] for p in people)
    assert {s.value: n for s, n in report.table("employment").rows} == {
        s.value: statuses.get(s.value, 0) for s, _ in report.table("employment").rows
    }
    groups = Counter(
        None
        if p["education"] is None
        else "0-2"
        if p["education"] in "012"
        else "3-4"
        if p["education"] in "34"
        else "5-8"
        for p in people
    )
    assert [n for _label, n in report.table("education").rows] == [
        groups["0-2"],
        groups["3-4"],
        groups["5-8"],
        groups[None],
    ]
    for label, yes, no, declined, not_asked in report.table("disadvantage").rows:
        column = {
            "Disability": "disability",
            "Long-term unemployed": "long_term_unemployed",
            "Ex-detainee": "ex_detainee",
            "Addiction": "addiction",
            "Migrant background": "migrant",
            "Other disadvantage": "other_disadvantage",
        }[label]
        answers = Counter(p[column] for p in people)
        assert (yes, no, declined, not_asked) == (
            answers["yes"],
            answers["no"],
            answers["declined"],
            answers[None],
        ), label
        assert yes + no + declined + not_asked == len(people)


def test_services_months_projects_and_funding_match_independent_sql(db, demo):
    report = coordinator_indicators(db, START, END, Scope())
    services = {
        kind: (n, Decimal(minutes) / 60)
        for kind, n, minutes in demo.execute(
            "SELECT kind, COUNT(*), SUM(duration_minutes) FROM activity "
            "WHERE substr(occurred_at, 1, 10) BETWEEN ? AND ? GROUP BY kind",
            PERIOD,
        )
    }
    for kind, n, hours in report.table("services").rows:
        expected_n, expected_hours = services.get(kind.value, (0, Decimal(0)))
        assert n == expected_n and hours == expected_hours.quantize(Decimal("0.01")), kind

    months = dict(
        demo.execute(
            "SELECT substr(first_contact_date, 1, 7), COUNT(*) FROM person "
            "WHERE first_contact_date BETWEEN ? AND ? GROUP BY 1",
            PERIOD,
        ).fetchall()
    )
    assert dict(report.table("new_by_month").rows) == {
        f"2026-{m:02d}": months.get(f"2026-{m:02d}", 0) for m in range(1, 11)
    }

    moved = dict(
        demo.execute(
            "SELECT to_stage, COUNT(*) FROM stage_transition WHERE from_stage IS NOT NULL "
            "AND substr(at, 1, 10) BETWEEN ? AND ? GROUP BY to_stage",
            PERIOD,
        ).fetchall()
    )
    assert {st.value: n for st, n in report.table("movements").rows} == {
        st.value: moved.get(st.value, 0) for st in Stage
    }

    kinds_stages = Counter(
        demo.execute(
            "SELECT kind, stage FROM enterprise_project WHERE id IN (SELECT project_id FROM "
            "stage_transition WHERE from_stage IS NULL AND substr(at, 1, 10) <= ?)",
            (END.isoformat(),),
        ).fetchall()
    )
    for stage, *counts in report.table("projects").rows:
        assert counts == [kinds_stages[(k.value, stage.value)] for k in ProjectKind], stage

    created = [
        r[0]
        for r in demo.execute(
            "SELECT id FROM enterprise_project WHERE actual_start_date BETWEEN ? AND ?", PERIOD
        )
    ]
    marks = ",".join("?" * len(created)) or "NULL"
    jobs = demo.execute(
        f"SELECT COUNT(DISTINCT person_id) FROM project_membership WHERE project_id IN ({marks})"
        " AND role IN ('promoter', 'worker_member')",
        created,
    ).fetchone()[0]
    jobs += demo.execute(
        f"SELECT COALESCE(SUM(employees), 0) FROM enterprise_project WHERE id IN ({marks})",
        created,
    ).fetchone()[0]
    supported = demo.execute(
        "SELECT COUNT(*) FROM enterprise_project WHERE id IN ("
        " SELECT project_id FROM activity WHERE project_id IS NOT NULL"
        "  AND substr(occurred_at, 1, 10) BETWEEN ? AND ?"
        " UNION SELECT project_id FROM stage_transition WHERE from_stage IS NOT NULL"
        "  AND substr(at, 1, 10) BETWEEN ? AND ?)",
        (*PERIOD, *PERIOD),
    ).fetchone()[0]
    assert [n for _label, n in report.table("enterprises").rows] == [supported, len(created), jobs]
    assert len(created) > 0 and jobs > 0

    for column, day, position in (
        ("amount_requested", "submitted_on", 0),
        ("amount_granted", "decided_on", 1),
        ("amount_disbursed", "disbursed_on", 2),
    ):
        cents = dict(
            demo.execute(
                f"SELECT instrument, SUM({column}) FROM funding_application "
                f"WHERE {day} BETWEEN ? AND ? GROUP BY instrument",
                PERIOD,
            ).fetchall()
        )
        for instrument, *amounts in report.table("funding").rows:
            expected = Decimal(cents.get(instrument.value) or 0) / 100
            assert amounts[position] == expected, (column, instrument)


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = day.year, day.month - months
    while month < 1:
        month, year = month + 12, year - 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def test_follow_up_counts_enterprises_started_long_enough_ago(db, demo):
    report = coordinator_indicators(db, START, END, Scope())
    rows = dict((label, (n, active)) for label, n, active in report.table("follow_up").rows)
    for months, label in ((6, "6 months"), (12, "12 months"), (24, "24 months"), (36, "36 months")):
        cutoff = _months_before(END, months)
        started = demo.execute(
            "SELECT COUNT(*), SUM(stage != 'abandoned') FROM enterprise_project "
            "WHERE actual_start_date IS NOT NULL AND actual_start_date <= ?",
            (cutoff.isoformat(),),
        ).fetchone()
        assert rows[label] == (started[0], started[1] or 0), label
    assert rows["6 months"][0] >= rows["36 months"][0]
    assert rows["6 months"][0] > 0


def test_scope_by_region_and_desk(db, demo):
    everything = coordinator_indicators(db, START, END, Scope()).participants
    liguria = coordinator_indicators(db, START, END, Scope(region=Region.LIGURIA)).participants
    desk_id = demo.execute("SELECT id FROM desk WHERE region = 'liguria' LIMIT 1").fetchone()[0]
    one_desk = coordinator_indicators(db, START, END, Scope(desk_id=desk_id)).participants
    expected = len(
        _participants(
            demo,
            "WHERE desk_id IN (SELECT id FROM desk WHERE region = 'liguria')",
        )
    )
    assert 0 < one_desk <= liguria == expected < everything


def _person(db, operator, given, born, first_contact, **extra):
    return persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name=given,
            sex="F",
            birth_date=born,
            phone="",
            email="",
            first_contact_date=first_contact,
            **extra,
        ),
    ).id


def test_edge_cases_counted_once_and_on_boundaries(db, operator):
    # Turns 25 on the day of first contact: 25, not "under 25". A day later: 24.
    _person(db, operator, "Venticinque", "2001-03-01", "01/03/2026")
    _person(db, operator, "Ventiquattro", "2001-03-02", "01/03/2026")
    # First contacted before the period, served within it: a participant.
    served = _person(db, operator, "Servita", "1980-01-01", "15/12/2025")
    activities.log_activity(
        db,
        operator,
        {"kind": "interview", "occurred_at": dt.datetime(2026, 1, 1, 0, 0), "person_id": served},
    )
    # First contacted and served after the period: not a participant.
    _person(db, operator, "Dopo", "1980-01-01", "01/11/2026")
    # One person in two enterprises started in the period: one job, one participant.
    both = _person(db, operator, "Socia", "1975-05-05", "10/01/2026")
    for title in ("Coop Uno", "Coop Due"):
        pid = projects.create_project(db, operator, {"title": title, "kind": "new_cooperative"})
        projects.add_member(db, operator, pid, {"person_id": both, "role": "worker_member"})
        projects.update_project(
            db,
            operator,
            pid,
            1,
            {"title": title, "kind": "new_cooperative", "actual_start_date": "01/06/2026"},
        )
    # Abandoned and reopened within the period: one enterprise supported, two movements.
    reopened = projects.create_project(db, operator, {"title": "Riaperto", "kind": "wbo"})
    version = projects.move_project(
        db,
        operator,
        reopened,
        1,
        Stage.ABANDONED,
        note="Gruppo sciolto",
        when=dt.datetime(2026, 3, 1, 10),
    )
    projects.move_project(
        db,
        operator,
        reopened,
        version,
        Stage.INTAKE,
        note="Gruppo ricostituito",
        when=dt.datetime(2026, 4, 1, 10),
    )

    report = coordinator_indicators(db, START, END, Scope())
    assert report.participants == 4  # Venticinque, Ventiquattro, Servita, Socia
    assert dict(report.table("age").rows)["Under 25"] == 1
    assert dict(report.table("age").rows)["25 to 54"] == 3
    enterprises = dict(report.table("enterprises").rows)
    assert enterprises["Enterprises created"] == 2
    assert enterprises["Jobs created (members and employees of those enterprises)"] == 1
    assert enterprises["Enterprises supported"] == 1
    movements = dict(report.table("movements").rows)
    assert movements[Stage.ABANDONED] == 1 and movements[Stage.INTAKE] == 1


def test_small_counts_are_hidden_when_asked_and_periods_are_checked(db, operator):
    _person(db, operator, "Sola", "1980-01-01", "01/03/2026")
    hidden = coordinator_indicators(db, START, END, Scope(), suppress_below=5)
    assert dict(hidden.table("gender").rows)[list(dict(hidden.table("gender").rows))[0]] is None
    assert hidden.participants == 1  # the total itself is not a breakdown cell
    with pytest.raises(DeskappError):
        coordinator_indicators(db, END, START, Scope())
