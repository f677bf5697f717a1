from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from deskapp.errors import ConflictError, ValidationFailed
from deskapp.models import AuditEvent
from deskapp.services import business_plans as bp
from deskapp.services import persons, projects
from deskapp.services.project_record import funding_of, members_of
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


@pytest.fixture
def project(db, operator):
    project_id = projects.create_project(
        db,
        operator,
        {
            "title": "Officine Riunite",
            "kind": "wbo",
            "origin_company_name": "Officine Meccaniche Piombinesi",
            "sector_code": "25.62",
            "planned_start_date": "2027-03-01",
        },
    )
    person = persons.create_person(db, operator, person_data()).id
    projects.add_member(
        db,
        operator,
        project_id,
        {
            "person_id": person,
            "role": "worker_member",
            "capital_pledged": "5000",
            "capital_paid": "2500",
            "tfr_part": "4000",
        },
    )
    return project_id


def test_new_plan_is_prefilled_from_the_project_in_the_desk_language(db, project):
    draft = bp.load_plan(db, project)
    assert not draft.saved
    assert draft.plan.first_year == 2027  # the planned start
    assert "Rossi Mario (Socio lavoratore)" in draft.plan.sections.team
    assert "Officine Riunite (25.62 Lavori di meccanica generale)" in draft.plan.sections.idea
    assert "Officine Meccaniche Piombinesi" in draft.plan.sections.idea


def test_save_load_and_stale_save(db, operator, project):
    draft = bp.load_plan(db, project)
    data = draft.plan.model_dump()
    data["sales"] = [{"product": "Pezzi", "price": "50", "quantity": "100"}]
    version = bp.save_plan(db, operator, project, 0, data)
    assert version == 1
    loaded = bp.load_plan(db, project)
    assert loaded.version == 1 and loaded.plan.sales[0].price == D("50.00")

    data["tax_rate"] = "27,9"
    assert bp.save_plan(db, operator, project, 1, data) == 2
    with pytest.raises(ConflictError):
        bp.save_plan(db, operator, project, 1, data)  # someone saved version 2 meanwhile
    with pytest.raises(ConflictError):
        bp.save_plan(db, operator, project, 0, data)  # "new" plan, but one exists
    assert bp.load_plan(db, project).plan.tax_rate == D("27.9")
    with db.read() as s:
        events = s.execute(
            select(AuditEvent.action, AuditEvent.fields).where(AuditEvent.entity == "business_plan")
        ).all()
    assert [e.fields for e in events][-1] == "tax_rate"  # field names, never values


def test_bad_plan_is_refused_and_the_saved_one_kept(db, operator, project):
    good = bp.load_plan(db, project).plan
    bp.save_plan(db, operator, project, 0, good)
    bad = good.model_dump()
    bad["loans"] = [{"lender": "Banca", "amount": "1000", "rate": "5", "years": 0}]
    with pytest.raises(ValidationFailed) as caught:
        bp.save_plan(db, operator, project, 1, bad)
    assert caught.value.errors[0].message == "Loans - 1 - Repayment years: must be at least 1"
    assert bp.load_plan(db, project) == bp.PlanDraft(project, 1, good)


def test_frozen_version_keeps_plan_and_members_as_they_were(db, operator, project):
    data = bp.load_plan(db, project).plan.model_dump()
    data["sources"] = [{"kind": "cfi_equity", "amount": "1000"}]
    bp.save_plan(db, operator, project, 0, data)
    with pytest.raises(ValidationFailed):
        bp.freeze_plan(db, operator, project, "   ")
    version_id = bp.freeze_plan(db, operator, project, "Presentato a CFI, 12 marzo")
    with pytest.raises(ValidationFailed) as caught:
        bp.freeze_plan(db, operator, project, "Presentato a CFI, 12 marzo")
    assert "already has this name" in caught.value.errors[0].message

    # The draft moves on and a member leaves: the frozen version does not change.
    data["sources"] = [{"kind": "cfi_equity", "amount": "9000"}]
    bp.save_plan(db, operator, project, 1, data)
    member = projects.capital_totals(db, project)
    assert member["capital_pledged"] == D("5000.00")
    projects.remove_member(db, operator, members_of(db, project)[0].id)

    info, frozen = bp.version_result(db, version_id)
    draft = bp.plan_result(db, project)
    assert info.name == "Presentato a CFI, 12 marzo" and info.operator == "Luca Verdi"
    assert (frozen.other_sources, frozen.members_capital) == (D("1000.00"), D("5000.00"))
    assert (draft.other_sources, draft.members_capital) == (D("9000.00"), D("0.00"))
    assert [v.name for v in bp.list_versions(db, project)] == ["Presentato a CFI, 12 marzo"]


def test_freezing_needs_a_saved_plan(db, operator, project):
    with pytest.raises(ValidationFailed) as caught:
        bp.freeze_plan(db, operator, project, "v1")
    assert "Save the plan" in caught.value.errors[0].message


def test_wbo_plan_gets_the_cfi_check(db, operator, project):
    result = bp.plan_result(db, project, bp.load_plan(db, project).plan)
    assert result.cfi is not None
    assert [c.params.get("count") for c in result.cfi.failed] == [1]  # 1 worker of 9


def test_approved_applications_are_drawn_once(db, operator, project):
    projects.add_funding_application(
        db,
        operator,
        project,
        {
            "instrument": "nuova_marcora",
            "status": "approved",
            "amount_requested": "50000",
            "amount_granted": "40000",
        },
    )
    projects.add_funding_application(
        db,
        operator,
        project,
        {
            "instrument": "cfi",
            "status": "disbursed",
            "amount_requested": "10000",
            "amount_granted": "10000",
            "amount_disbursed": "9500",
        },
    )
    projects.add_funding_application(
        db,
        operator,
        project,
        {"instrument": "grant", "status": "submitted", "amount_requested": "5000"},
    )
    loan_app, cfi_app, pending = funding_of(db, project)
    plan = bp.load_plan(db, project).plan
    plan = bp.draw_application(plan, loan_app, rate=D("1.5"), years=8, grace_years=1)
    plan = bp.draw_application(plan, cfi_app)
    plan = bp.draw_application(plan, cfi_app)  # twice: still once
    assert [(loan.amount, loan.years, loan.funding_application_id) for loan in plan.loans] == [
        (D("40000.00"), 8, loan_app.id)
    ]
    assert [(s.kind.value, s.amount) for s in plan.sources] == [("cfi_equity", D("9500.00"))]
    with pytest.raises(ValidationFailed):
        bp.draw_application(plan, pending)


def test_a_naspi_advance_application_is_not_counted_a_second_time(db, operator, project):
    # The NASpI advance a worker-member puts in is part of their pledged capital ("of
    # which from NASpI advance"): drawing its application would count it twice.
    projects.add_funding_application(
        db,
        operator,
        project,
        {"instrument": "naspi_advance", "status": "approved", "amount_granted": "1000"},
    )
    (naspi,) = funding_of(db, project)
    plan = bp.load_plan(db, project).plan
    with pytest.raises(ValidationFailed) as caught:
        bp.draw_application(plan, naspi)
    assert caught.value.errors[0].reason == (
        "The NASpI advance is already part of the members' capital: record it as the "
        "member's part from NASpI advance (Edit role and capital, on the project's Members "
        "and capital tab)."
    )
    assert bp.plan_result(db, project, plan).sources_total == D("5000.00")


def test_an_old_plan_that_drew_a_naspi_advance_says_it_may_count_it_twice(db, operator, project):
    # Plans saved before the rule above may hold a source drawn from a NASpI advance
    # application. Whether the member's pledge already includes it only the operator
    # knows: the plan keeps its figures and says, on the sources, what to check.
    projects.add_funding_application(
        db,
        operator,
        project,
        {"instrument": "naspi_advance", "status": "approved", "amount_granted": "1000"},
    )
    (naspi,) = funding_of(db, project)
    plan = bp.load_plan(db, project).plan.model_dump()
    plan["sources"] = [
        {
            "kind": "other_capital",
            "name": "Anticipo NASpI",
            "amount": "1000",
            "funding_application_id": naspi.id,
        }
    ]
    bp.save_plan(db, operator, project, 0, plan)
    result = bp.plan_result(db, project)
    assert result.sources_total == D("6000.00")  # the figures as saved
    (warning,) = [w for w in result.warnings if w.topic == "sources"]
    assert warning.text == (
        "The source Anticipo NASpI (1000.00) was drawn from a NASpI advance or ARCE "
        "application, which belongs in the members' capital: if a member's pledge already "
        "includes it, it is counted twice. Remove the source, or record it as the member's "
        "part of the capital."
    )


def test_plan_years_follow_today_without_a_planned_start(db, operator):
    project_id = projects.create_project(
        db, operator, {"title": "Bottega", "kind": "new_enterprise"}
    )
    draft = bp.load_plan(db, project_id, today=dt.date(2026, 11, 22))
    assert draft.plan.first_year == 2026
    assert bp.plan_result(db, project_id, draft.plan).cfi is None  # not a cooperative


def test_cfi_check_for_a_cooperative_only_when_it_counts_on_cfi(db, operator):
    project_id = projects.create_project(
        db, operator, {"title": "Coop Servizi", "kind": "new_cooperative"}
    )
    plan = bp.load_plan(db, project_id).plan
    assert bp.plan_result(db, project_id, plan).cfi is None
    data = plan.model_dump()
    data["sources"] = [{"kind": "cfi_equity", "amount": "10000"}]
    with_cfi = bp.plan_result(db, project_id, bp.validate_input(bp.PlanInput, data))
    assert with_cfi.cfi is not None and not with_cfi.cfi.met
