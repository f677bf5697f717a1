from __future__ import annotations

from decimal import Decimal

import pytest

from deskapp.errors import ValidationFailed
from deskapp.services import persons, projects
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


@pytest.fixture
def project(db, operator):
    return projects.create_project(
        db,
        operator,
        {
            "title": "Officine Riunite",
            "kind": "wbo",
            "origin_company_name": "Officine Meccaniche Piombinesi",
            "origin_company_vat": "IT00743110157",
            "sector_code": "25.62",
        },
    )


def test_capital_totals_are_exact_to_the_cent(db, operator, project):
    ids = [
        persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale="",
                sex="M",
                birth_date=f"1980-04-{day:02d}",
                given_name=f"Socio{day}",
            ),
        ).id
        for day in range(1, 4)
    ]
    amounts = ["4000,10", "4.000,10", "4000.10"]
    for pid, amount in zip(ids, amounts, strict=True):
        projects.add_member(
            db,
            operator,
            project,
            {
                "person_id": pid,
                "role": "worker_member",
                "capital_pledged": amount,
                "capital_paid": "2000.05",
                "tfr_part": "3000",
                "naspi_part": "1000.10",
            },
        )
    totals = projects.capital_totals(db, project)
    assert totals["capital_pledged"] == Decimal("12000.30")
    assert totals["capital_paid"] == Decimal("6000.15")
    assert totals["naspi_part"] == Decimal("3000.30")


def test_member_capital_rules(db, operator, project):
    pid = persons.create_person(db, operator, person_data()).id
    with pytest.raises(ValidationFailed) as err:
        projects.add_member(
            db,
            operator,
            project,
            {
                "person_id": pid,
                "role": "worker_member",
                "capital_pledged": "4000",
                "capital_paid": "5000",
            },
        )
    assert err.value.for_field("capital_paid") is not None
    with pytest.raises(ValidationFailed) as err:
        projects.add_member(
            db,
            operator,
            project,
            {
                "person_id": pid,
                "role": "worker_member",
                "capital_pledged": "-1",
            },
        )
    assert "at least 0" in err.value.errors[0].message


def test_same_person_same_role_twice_is_refused(db, operator, project):
    pid = persons.create_person(db, operator, person_data()).id
    projects.add_member(db, operator, project, {"person_id": pid, "role": "promoter"})
    with pytest.raises(ValidationFailed, match="already a member"):
        projects.add_member(db, operator, project, {"person_id": pid, "role": "promoter"})


def test_origin_company_vat_is_checked(db, operator):
    with pytest.raises(ValidationFailed) as err:
        projects.create_project(
            db, operator, {"title": "X", "kind": "spin_off", "origin_company_vat": "00743110158"}
        )
    assert err.value.for_field("origin_company_vat").message.startswith("Origin company VAT number")


def test_funding_amounts_are_checked(db, operator, project):
    with pytest.raises(ValidationFailed) as err:
        projects.add_funding_application(
            db,
            operator,
            project,
            {
                "instrument": "cfi",
                "status": "disbursed",
                "amount_requested": "100000",
                "amount_granted": "80000",
                "amount_disbursed": "90000",
            },
        )
    assert err.value.for_field("amount_disbursed") is not None
    app_id = projects.add_funding_application(
        db,
        operator,
        project,
        {
            "instrument": "cfi",
            "status": "approved",
            "amount_requested": "100000",
            "amount_granted": "80000,00",
        },
    )
    assert app_id > 0


def test_project_edit_is_audited_and_a_stale_edit_refused(db, operator, project):
    from sqlalchemy import select

    from deskapp.errors import ConflictError
    from deskapp.models import AuditEvent

    stored = projects.get_project(db, project)
    form = {
        "title": stored.title,
        "kind": stored.kind,
        "sector_code": "25.62.00",
        "origin_company_name": stored.origin_company_name,
        "origin_company_vat": stored.origin_company_vat,
        "expected_jobs": 11,
    }
    version = projects.update_project(db, operator, project, stored.version, form)
    assert version == stored.version + 1
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
    assert event.fields == "expected_jobs,sector_code"
    with pytest.raises(ConflictError):
        projects.update_project(db, operator, project, stored.version, {**form, "expected_jobs": 3})
    stored = projects.get_project(db, project)
    assert (stored.expected_jobs, stored.lead_operator_id) == (11, operator.operator_id)
