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
from deskapp.services import persons
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


def test_services_months_and_funding_match_independent_sql(db, demo):
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


def _months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (negative: earlier), or that month's last day."""
    year, month = day.year + (day.month - 1 + months) // 12, (day.month - 1 + months) % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# Demo moves are made at 10:00 UTC: the same day in Italy and France, so the stored
# date is the desk's date here.
STAGE_AT = """
    SELECT t.to_stage FROM stage_transition t
    WHERE t.project_id = p.id AND substr(t.at, 1, 10) <= ?
    ORDER BY t.at DESC, t.id DESC LIMIT 1
"""


@pytest.mark.parametrize(
    "start, end",
    [(START, END), (dt.date(2025, 3, 1), dt.date(2025, 8, 31))],
    ids=["this year", "a past period"],
)
def test_projects_enterprises_and_follow_up_as_at_the_periods_end(db, demo, start, end):
    report = coordinator_indicators(db, start, end, Scope())
    period = (start.isoformat(), end.isoformat())
    last = end.isoformat()

    at_end = demo.execute(
        f"SELECT p.kind, ({STAGE_AT}) AS st, p.stage FROM enterprise_project p "
        "WHERE EXISTS (SELECT 1 FROM stage_transition t WHERE t.project_id = p.id "
        "AND substr(t.at, 1, 10) <= ?)",
        (last, last),
    ).fetchall()
    kinds_stages = Counter((kind, stage) for kind, stage, _today in at_end)
    for stage, *counts in report.table("projects").rows:
        assert counts == [kinds_stages[(k.value, stage.value)] for k in ProjectKind], stage
    if end.year == 2025:
        # The demo's projects moved on since: today's stage would be another figure.
        assert any(stage != today for _kind, stage, today in at_end)

    moved = {
        st: (n, moves)
        for st, n, moves in demo.execute(
            "SELECT to_stage, COUNT(DISTINCT project_id), COUNT(*) FROM stage_transition "
            "WHERE from_stage IS NOT NULL AND substr(at, 1, 10) BETWEEN ? AND ? "
            "GROUP BY to_stage",
            period,
        )
    }
    assert {st.value: (n, m) for st, n, m in report.table("movements").rows} == {
        st.value: moved.get(st.value, (0, 0)) for st in Stage
    }

    running_by_end = (
        "SELECT project_id FROM stage_transition WHERE to_stage IN ('follow_up', 'started') "
        "AND substr(at, 1, 10) <= ?"
    )
    created = [
        r[0]
        for r in demo.execute(
            "SELECT id FROM enterprise_project WHERE actual_start_date BETWEEN ? AND ? "
            f"AND id IN ({running_by_end})",
            (*period, last),
        )
    ]
    marks = ",".join("?" * len(created)) or "NULL"
    jobs = demo.execute(
        "SELECT COUNT(*) FROM (SELECT DISTINCT project_id, person_id FROM project_membership "
        f"WHERE project_id IN ({marks}) AND role IN ('promoter', 'worker_member'))",
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
        (*period, *period),
    ).fetchone()[0]
    assert [n for _label, n in report.table("enterprises").rows] == [supported, len(created), jobs]
    assert len(created) > 0 and jobs > len(created)

    started = demo.execute(
        f"SELECT p.id, p.actual_start_date, ({STAGE_AT}) FROM enterprise_project p "
        f"WHERE p.actual_start_date <= ? AND p.id IN ({running_by_end})",
        (last, last, last),
    ).fetchall()
    moves = {}
    for pid, at, stage in demo.execute(
        "SELECT project_id, substr(at, 1, 10), to_stage FROM stage_transition ORDER BY at, id"
    ):
        moves.setdefault(pid, []).append((at, stage))

    def stage_on(pid, day):
        return [st for at, st in moves[pid] if at <= min(day, end).isoformat()][-1]

    rows = {label: figures for label, *figures in report.table("follow_up").rows}
    for months, label in ((6, "6 months"), (12, "12 months"), (24, "24 months"), (36, "36 months")):
        cohort = [
            (pid, dt.date.fromisoformat(day), stage)
            for pid, day, stage in started
            if dt.date.fromisoformat(day) <= _months_after(end, -months)
        ]
        assert rows[label] == [
            len(cohort),
            sum(stage != "abandoned" for _pid, _day, stage in cohort),
            sum(
                stage_on(pid, _months_after(day, months)) != "abandoned"
                for pid, day, _stage in cohort
            ),
        ], label
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


def test_small_counts_are_hidden_when_asked_and_periods_are_checked(db, operator):
    _person(db, operator, "Sola", "1980-01-01", "01/03/2026")
    hidden = coordinator_indicators(db, START, END, Scope(), suppress_below=5)
    # One person: the total is a small count too, and every count of her with it (a
    # zero beside her would tell her gender).
    assert hidden.participants_hidden and hidden.participants == 1
    assert [n for _sex, n in hidden.table("gender").rows] == [None, None]
    assert all(v is None for row in hidden.table("disadvantage").rows for v in row[1:])
    assert dict(hidden.table("new_by_month").rows)["2026-03"] is None
    assert dict(hidden.table("new_by_month").rows)["2026-04"] == 0
    with pytest.raises(DeskappError):
        coordinator_indicators(db, END, START, Scope())


def _widths(total, cells):
    """How narrowly an outsider can pin each hidden cell from the shown ones, the total
    and non-negativity: every value it can take, tried one by one."""
    hidden = [i for i, c in enumerate(cells) if c is None]
    if total is None:
        return [float("inf")] * len(hidden)
    rest = total - sum(c for c in cells if c is not None)
    widths = []
    for _i in hidden:
        others = len(hidden) - 1
        values = [v for v in range(rest + 1) if rest - v >= 0 and (others or v == rest)]
        widths.append(max(values) - min(values))
    return widths


def test_no_hidden_count_of_any_desk_can_be_worked_out(db, demo):
    desks = [r[0] for r in demo.execute("SELECT id FROM desk ORDER BY id")]
    hid = 0
    for desk_id in desks:
        report = coordinator_indicators(db, START, END, Scope(desk_id=desk_id), suppress_below=5)
        total = None if report.participants_hidden else report.participants
        plain = coordinator_indicators(db, START, END, Scope(desk_id=desk_id))
        for key in ("gender", "age", "employment", "education"):
            cells = [n for _label, n in report.table(key).rows]
            truth = [n for _label, n in plain.table(key).rows]
            assert all(c is None or c == t for c, t in zip(cells, truth, strict=True))
            assert all(c is None for c, t in zip(cells, truth, strict=True) if 0 < t < 5)
            assert all(w >= 5 for w in _widths(total, cells)), (desk_id, key, cells)
            hid += cells.count(None)
        for row, truth in zip(
            report.table("disadvantage").rows, plain.table("disadvantage").rows, strict=True
        ):
            cells = list(row[1:])
            assert all(c is None for c, t in zip(cells, truth[1:], strict=True) if 0 < t < 5)
            assert all(w >= 5 for w in _widths(total, cells)), (desk_id, row[0], cells)
            hid += cells.count(None)
    assert hid > 0
