"""Placements in the coordinator report (issue 18): participants in employment after
the service, by gender and age band, each person once; on both engines, and read back
from the CSV the coordinator sends."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.services import matches, openings, organisations, persons
from deskapp.services.indicators import Scope, coordinator_indicators
from tests.conftest import person_data
from tests.services.test_network import firm, placement_consent

pytestmark = pytest.mark.both_engines

TODAY = dt.date.today()


def _person(db, actor, n, sex, birth, first_contact):
    person = persons.create_person(
        db,
        actor,
        person_data(
            codice_fiscale="",
            given_name=f"Nome{n}",
            family_name=f"Cognome{n}",
            sex=sex,
            birth_date=birth,
            phone="",
            email="",
            first_contact_date=first_contact,
            consent={
                "legal_basis": "public_task",
                "notice_version": "2026-01",
                "given_on": first_contact,
            },
        ),
    ).id
    placement_consent(db, actor, person, first_contact)
    return person


def _rows(report):
    table = report.table("placements")
    return dict(zip(table.codes, [row[1] for row in table.rows], strict=True))


def test_hires_in_the_period_by_gender_and_age_each_person_once(db, operator):
    start = TODAY - dt.timedelta(days=60)
    org = organisations.create_organisation(db, operator, firm())
    opening = openings.create_opening(db, operator, org, {"title": "Saldatore", "posts": 10})
    second = openings.create_opening(db, operator, org, {"title": "Carpentiere", "posts": 10})
    contact = (start - dt.timedelta(days=30)).isoformat()
    # 30 at first contact, hired twice in the period: one person, once.
    anna = _person(db, operator, 1, "F", f"{start.year - 31}-01-01", contact)
    # 60 at first contact.
    bruno = _person(db, operator, 2, "M", f"{start.year - 61}-01-01", contact)
    # Hired before the period: not counted; only proposed: not counted.
    carla = _person(db, operator, 3, "F", "1990-05-05", contact)
    dario = _person(db, operator, 4, "M", "1995-05-05", contact)
    in_period = (TODAY - dt.timedelta(days=10)).isoformat()
    for person, target, day in (
        (anna, opening, in_period),
        (anna, second, in_period),
        (bruno, opening, in_period),
        (carla, second, (start - dt.timedelta(days=5)).isoformat()),
    ):
        matches.record_outcome(
            db,
            operator,
            {"person_id": person, "opening_id": target, "status": "hired", "happened_on": day},
        )
    matches.record_outcome(
        db, operator, {"person_id": dario, "opening_id": opening, "status": "proposed"}
    )
    report = coordinator_indicators(db, start, TODAY, Scope())
    assert _rows(report) == {
        "total": 2,
        "sex:F": 1,
        "sex:M": 1,
        "age:<25": 0,
        "age:25-54": 1,
        "age:>54": 1,
    }
    # Another desk's scope has none; hiding counts under 5 hides the two (and the total).
    assert _rows(coordinator_indicators(db, start, TODAY, Scope(desk_id=999)))["total"] == 0
    hidden = _rows(coordinator_indicators(db, start, TODAY, Scope(), suppress_below=5))
    assert set(hidden.values()) == {None}
