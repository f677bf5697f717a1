"""The administrators' view of the audit trail: by person, operator, period and action,
newest first, a page at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.models.enums import AuditAction
from deskapp.services import accounts, activities, persons
from deskapp.services.audit_trail import AuditFilter, count_events, event_rows
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def test_a_persons_trail_holds_their_records_and_no_one_elses(db, admin, operator):
    mario = persons.create_person(db, operator, person_data()).id
    other = persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Lia",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    ).id
    persons.add_skill(db, operator, mario, {"description": "Saldatore TIG"})
    activities.log_activity(
        db, operator, {"person_id": mario, "kind": "interview", "occurred_at": dt.datetime.now()}
    )
    persons.add_skill(db, operator, other, {"description": "Cuoca"})

    mine = AuditFilter(person_id=mario)
    rows = event_rows(db, admin, mine)
    assert count_events(db, admin, mine) == len(rows)
    entities = [(r.entity, r.action) for r in rows]
    # Newest first: the activity, the skill, then the person with their consent.
    assert entities[0] == ("activity", AuditAction.CREATE)
    assert entities[1] == ("skill", AuditAction.CREATE)
    assert ("person", AuditAction.CREATE) in entities and (
        "consent",
        AuditAction.CREATE,
    ) in entities
    assert all(r.operator == "Luca Verdi" for r in rows)
    # Field names are there, never the values typed.
    person_event = next(r for r in rows if r.entity == "person")
    assert "family_name" in person_event.fields and "Rossi" not in person_event.fields
    assert count_events(db, admin, AuditFilter(person_id=other)) == 3


def test_filters_by_operator_period_and_action_and_pages(db, admin, operator):
    accounts.set_password(db, admin, operator.operator_id, "Pesto-e-focaccia")
    for _ in range(3):
        accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia")
    try:
        accounts.log_in(db, "Luca Verdi", "nope")
    except accounts.LoginRefused:
        pass
    luca = AuditFilter(operator_id=operator.operator_id)
    assert (
        count_events(
            db, admin, AuditFilter(operator_id=operator.operator_id, action=AuditAction.LOGIN)
        )
        == 3
    )
    assert count_events(db, admin, AuditFilter(action=AuditAction.LOGIN_FAILED)) == 1
    total = count_events(db, admin, luca)
    first = event_rows(db, admin, luca, limit=2)
    second = event_rows(db, admin, luca, before_id=first[-1].id, limit=2)
    assert len(first) == 2 and first[0].id > first[1].id > second[0].id
    assert len(second) == 2 and len(event_rows(db, admin, luca, before_id=second[-1].id)) == 0
    assert first[0].action is AuditAction.LOGIN_FAILED

    today = dt.date.today()
    assert count_events(db, admin, AuditFilter(date_from=today, date_to=today)) == count_events(
        db, admin, AuditFilter()
    )
    yesterday = today - dt.timedelta(days=1)
    assert count_events(db, admin, AuditFilter(date_to=yesterday)) == 0
    assert count_events(db, admin, AuditFilter(date_from=today + dt.timedelta(days=1))) == 0
    assert total == 3 + 1 + 0  # Luca's own: logins and the failure (the password was Anna's)
    # Shown in local time: within a minute of now.
    assert abs(first[0].at - dt.datetime.now()) < dt.timedelta(minutes=1)
