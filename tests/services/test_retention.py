"""Retention: 5 years from 31 December of the year of the last payment (10 for state
aid), the last service or the first contact; then anonymisation."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.services import activities, persons, projects, retention

pytestmark = pytest.mark.both_engines

TODAY = dt.date(2026, 11, 22)


def _person(db, actor, name: str, first_contact: str) -> int:
    return persons.create_person(
        db,
        actor,
        {
            "given_name": name,
            "family_name": "Prova",
            "sex": "F",
            "birth_date": "1970-01-01",
            "employment_status": "unemployed",
            "first_contact_date": first_contact,
            "consent": {
                "legal_basis": "public_task",
                "notice_version": "2016-01",
                "given_on": first_contact,
            },
        },
    ).id


def _funded(db, actor, person: int, instrument: str, paid_on: str) -> None:
    project = projects.create_project(db, actor, {"title": f"P{person}", "kind": "wbo"})
    projects.add_member(db, actor, project, {"person_id": person, "role": "worker_member"})
    projects.add_funding_application(
        db,
        actor,
        project,
        {
            "instrument": instrument,
            "status": "disbursed",
            "amount_requested": "1000",
            "amount_granted": "1000",
            "amount_disbursed": "1000",
            "submitted_on": "2016-01-10",
            "decided_on": "2016-02-10",
            "disbursed_on": paid_on,
        },
    )


def test_who_is_due_and_when(db, admin, operator):
    old = _person(db, operator, "Vecchia", "2018-03-01")  # ends 31/12/2023
    served = _person(db, operator, "Seguita", "2018-03-01")
    activities.log_activity(
        db,
        operator,
        {"kind": "interview", "occurred_at": "2022-05-05 10:00", "person_id": served},
    )  # ends 31/12/2027
    aided = _person(db, operator, "Aiutata", "2015-01-10")
    _funded(db, operator, aided, "nuova_marcora", "2016-05-01")  # state aid: 31/12/2026
    lent = _person(db, operator, "Prestito", "2015-01-10")
    _funded(db, operator, lent, "bank_loan", "2016-05-01")  # ends 31/12/2021
    recent = _person(db, operator, "Recente", "2026-11-01")

    due = retention.due_for_anonymisation(db, TODAY)
    assert [d.person_id for d in due] == [lent, old]
    assert due[0].retention_end == dt.date(2021, 12, 31) and not due[0].state_aid
    # On the first day of 2027 the state-aid person's ten years are over too.
    later = {d.person_id for d in retention.due_for_anonymisation(db, dt.date(2027, 1, 1))}
    assert later == {lent, old, aided}
    assert served not in later and recent not in later

    assert retention.apply_retention(db, admin, TODAY) == 2
    assert persons.get_person(db, old).anonymised_on == TODAY
    assert persons.get_person(db, served).anonymised_on is None
    assert retention.due_for_anonymisation(db, TODAY) == []  # done ones are not listed


def test_the_years_are_rules_not_code(db, operator):
    person = _person(db, operator, "Breve", "2024-06-01")
    short = retention.RetentionRules(years=1)
    assert [d.person_id for d in retention.due_for_anonymisation(db, TODAY, short)] == [person]
    assert retention.due_for_anonymisation(db, TODAY) == []
