"""The workbook reads the participants once: their breakdowns are counted from the rows
of the participant sheet. Every figure must be the one the PDF and the CSV state (the
figures' own query, tested against independent SQL in test_indicators.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from deskapp.models.enums import Region
from deskapp.services import indicators
from deskapp.services.indicators import (
    Scope,
    anonymous_participants,
    coordinator_indicators,
    indicators_and_participants,
)

PERIODS = [
    (dt.date(2026, 1, 1), dt.date(2026, 10, 31)),
    (dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    (dt.date(2019, 1, 1), dt.date(2019, 12, 31)),  # before anyone: no participant
]


pytestmark = pytest.mark.both_engines


@pytest.fixture
def demo(db):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=400, seed=11, today=dt.date(2026, 11, 22))
    return db


def test_the_workbooks_figures_are_the_reports(demo, monkeypatch):
    monkeypatch.setattr(indicators.secrets, "token_bytes", lambda n: b"k" * n)
    hid = [
        _same_figures(demo, start, end, scope)
        for start, end in PERIODS
        for scope in (Scope(), Scope(region=Region.LIGURIA), Scope(desk_id=1))
    ]
    assert any(hid)  # some cells were hidden, and hidden alike


def _same_figures(demo, start, end, scope):
    """Whether hiding the small counts hid any cell."""
    expected = coordinator_indicators(demo, start, end, scope)
    report, rows = indicators_and_participants(demo, start, end, scope)
    assert report.participants == expected.participants == len(rows)
    assert [(t.key, t.codes, t.rows) for t in report.tables] == [
        (t.key, t.codes, t.rows) for t in expected.tables
    ]
    # The rows are the participant sheet: the same people and fields, field by field,
    # as anonymous_participants gives them (the same key, so the same pseudonyms).
    people = anonymous_participants(demo, start, end, scope)
    codes = [
        (
            p.pseudonym,
            p.sex.value,
            p.age_band,
            p.employment_status.value,
            p.education_group,
            p.first_contact_month,
            p.desk,
            *["" if d is None else d.value for d in p.disadvantage],
        )
        for p in people
    ]
    assert rows == codes
    if start.year < 2020:
        assert rows == []  # every breakdown a nought, none missing
    else:
        assert rows
        by_sex = Counter(row[1] for row in rows)
        gender = report.table("gender")
        assert [figure for _label, figure in gender.rows] == [by_sex[c] for c in gender.codes]
    # Small counts hidden: the same cells as the PDF's.
    hidden = coordinator_indicators(demo, start, end, scope, suppress_below=5)
    report, _rows = indicators_and_participants(demo, start, end, scope, 5)
    assert [t.rows for t in report.tables] == [t.rows for t in hidden.tables]
    assert report.participants_hidden == hidden.participants_hidden
    return any(v is None for t in hidden.tables for row in t.rows for v in row[1:])
