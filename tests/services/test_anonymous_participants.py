"""The participant rows a funder may receive (the workbook's participant sheet): one
row per participant, each field the person's own, under a keyed pseudonym."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

from sqlalchemy import select

from deskapp.models import Desk, Person
from deskapp.models.enums import DISADVANTAGE_FIELDS
from deskapp.services import indicators
from deskapp.services.indicators import Scope, anonymous_participants, participants_query

KEY = b"0123456789abcdef"


def test_each_participant_is_a_row_of_their_own_fields(db, monkeypatch):
    from deskapp.services.demo import generate_demo

    generate_demo(db, persons=250, seed=3, today=dt.date(2026, 11, 22))
    monkeypatch.setattr(indicators.secrets, "token_bytes", lambda n: KEY[:n])
    start, end = dt.date(2026, 1, 1), dt.date(2026, 10, 31)
    rows = anonymous_participants(db, start, end, Scope())

    groups = {"0": "0-2", "1": "0-2", "2": "0-2", "3": "3-4", "4": "3-4"}
    expected = {}
    with db.read() as s:
        ids = set(s.scalars(participants_query(start, end, Scope())))
        for person in s.scalars(select(Person).where(Person.id.in_(ids))):
            entry = person.first_contact_date
            age = entry.year - person.birth_date.year
            age -= (entry.month, entry.day) < (person.birth_date.month, person.birth_date.day)
            pseudonym = "P" + hmac.new(KEY, str(person.id).encode(), hashlib.sha256).hexdigest()
            expected[pseudonym[:11]] = (
                person.sex,
                "<25" if age < 25 else "25-54" if age <= 54 else ">54",
                person.employment_status,
                groups.get(person.education.value, "5-8") if person.education else "",
                tuple(getattr(person, name) for name, _label in DISADVANTAGE_FIELDS),
                entry.strftime("%Y-%m"),
                s.get(Desk, person.desk_id).name,
            )
    assert len(rows) == len(expected) > 100
    assert [r.pseudonym for r in rows] == sorted(expected)  # no order of record numbers
    for r in rows:
        fields = (
            r.sex,
            r.age_band,
            r.employment_status,
            r.education_group,
            r.disadvantage,
            r.first_contact_month,
            r.desk,
        )
        assert fields == expected[r.pseudonym], r.pseudonym
        assert type(r.sex) is type(expected[r.pseudonym][0])  # enums, not their codes
    assert any(d is not None for r in rows for d in r.disadvantage)
    assert {r.education_group for r in rows} >= {"0-2", "3-4"}
