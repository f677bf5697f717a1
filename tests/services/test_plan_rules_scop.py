"""The SCOP rules (France), worked by hand: employee-members hold at least 51% of the
capital and 65% of the votes (one member, one vote), no member more than half of the
capital, at least 2 employee-members (7 in a SCOP SA). Each failure said in words."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from deskapp.models.enums import LegalForm, MemberRole
from deskapp.models.plan_schemas import PlanInput
from deskapp.services import business_plans as bp
from deskapp.services import persons, projects
from deskapp.services.actor import resolve_actor
from deskapp.services.organisation import create_desk, create_operator
from deskapp.services.plan_model import MemberCapital, compute_plan
from deskapp.services.plan_rules import check_scop

WORKER, FINANCING, PROMOTER = (
    MemberRole.WORKER_MEMBER,
    MemberRole.FINANCING_MEMBER,
    MemberRole.PROMOTER,
)


def members(*spec: tuple[str, MemberRole, str]) -> list[MemberCapital]:
    return [MemberCapital(name, role, D(amount), D(amount)) for name, role, amount in spec]


def failures(result_members: list[MemberCapital], form: LegalForm) -> list[str]:
    """The warnings a plan shows for these members, as text (amounts unformatted)."""
    plan = PlanInput.model_validate({"first_year": 2027})
    result = compute_plan(plan, result_members, scop_form=form)
    return [w.text for w in result.warnings if w.topic == "scop"]


def test_three_workers_with_forty_percent_fail_capital_and_votes():
    # 3 x 2,000 = 6,000 of 15,000: 40% of the capital; 3 votes of 5: 60%.
    team = members(
        ("Bernard Lucie", WORKER, "2000"),
        ("Petit Marc", WORKER, "2000"),
        ("Roux Léa", WORKER, "2000"),
        ("Fonds Sud", FINANCING, "4500"),
        ("Garcia Jean", FINANCING, "4500"),
    )
    assert failures(team, LegalForm.SCOP_SARL) == [
        "Employee-members hold 40% of the capital (6000.00 of 15000.00): a SCOP needs at "
        "least 51%.",
        "Employee-members have 60% of the votes (3 of 5 members, one member one vote): a "
        "SCOP needs at least 65%.",
    ]


def test_a_scop_meeting_every_rule_has_no_warning():
    # 7 x 1,000 = 7,000 of 10,000 (70%); 7 votes of 8 (87%); the largest holds 30%.
    team = members(*[(f"Worker {i}", WORKER, "1000") for i in range(7)], ("Ami", FINANCING, "3000"))
    assert failures(team, LegalForm.SCOP_SA) == []
    check = check_scop(team, LegalForm.SCOP_SA)
    assert check.met and len(check.conditions) == 4


def test_the_thresholds_are_inclusive_and_shares_rounded_down():
    # 5,100 of 10,000 is 51% exactly; 13 votes of 20 are 65% exactly: both met.
    team = members(
        *[(f"W{i}", WORKER, "300" if i == 0 else "400") for i in range(13)],
        *[(f"F{i}", FINANCING, "700") for i in range(7)],
    )
    assert check_scop(team, LegalForm.SCOP_SAS).met
    # 5,099 of 10,000 is 50.99%: shown as 50%, never as a 51% that fails.
    team = members(("A", WORKER, "5099"), ("B", WORKER, "0"), ("C", WORKER, "0"))
    team += members(("D", FINANCING, "4901"))
    assert failures(team, LegalForm.SCOP_SAS)[0].startswith(
        "Employee-members hold 50% of the capital (5099.00 of 10000.00)"
    )


def test_a_scop_sa_needs_seven_employee_members_a_sarl_two():
    six = members(*[(f"W{i}", WORKER, "1000") for i in range(6)])
    assert failures(six, LegalForm.SCOP_SA) == ["Employee-members: 6; a SCOP SA needs at least 7."]
    assert failures(six, LegalForm.SCOP_SARL) == []
    one = members(("Seul", WORKER, "1000"))
    # One member holding all the capital: also more than half of it.
    assert failures(one, LegalForm.SCOP) == [
        "Employee-members: 1; a SCOP needs at least 2.",
        "Seul holds more than 50% of the capital: no member of a SCOP may.",
    ]


def test_no_member_holds_more_than_half():
    team = members(("A", WORKER, "1000"), ("B", WORKER, "1000"), ("C", WORKER, "2100"))
    assert failures(team, LegalForm.SCOP_SARL) == [
        "C holds more than 50% of the capital: no member of a SCOP may."
    ]


def test_votes_count_people_not_roles_and_partners_only():
    # Lucie is promoter and worker-member: one person, one vote, an employee-member. The
    # mentor puts in no capital: not a partner, no vote.
    team = members(
        ("Bernard Lucie", PROMOTER, "1000"),
        ("Bernard Lucie", WORKER, "1000"),
        ("Petit Marc", WORKER, "2000"),
        ("Mentor", MemberRole.MENTOR, "0"),
    )
    check = check_scop(team, LegalForm.SCOP_SARL)
    assert check.met
    votes = check.conditions[1]
    assert (votes.params["votes"], votes.params["members"], votes.params["share"]) == (2, 2, 100)


def test_no_capital_yet_is_said():
    team = members(("A", WORKER, "0"), ("B", WORKER, "0"))
    assert failures(team, LegalForm.SCOP_SARL) == [
        "The members have pledged no capital yet: in a SCOP the employee-members hold at "
        "least 51% of it."
    ]


@pytest.fixture
def marseille(db, admin):
    desk = create_desk(
        db, admin, {"name": "Antenne Marseille", "region": "sud", "country": "FR", "language": "fr"}
    )
    create_operator(
        db, admin, {"name": "Claire Martin", "role": "operator", "desk_id": desk}, "Tramonto"
    )
    return resolve_actor(db, "Claire Martin")


def _person(db, actor, name: str) -> int:
    return persons.create_person(
        db,
        actor,
        {
            "given_name": name,
            "family_name": "Test",
            "sex": "F",
            "birth_date": "01/01/1980",
            "employment_status": "unemployed",
            "first_contact_date": "01/11/2026",
            "consent": {
                "legal_basis": "public_task",
                "notice_version": "1",
                "given_on": "01/11/2026",
            },
        },
    ).id


@pytest.mark.parametrize("form", ["scop_sarl", "scop"])
def test_a_french_scop_project_plan_checks_the_scop_rules(db, marseille, form):
    project = projects.create_project(
        db, marseille, {"title": "Verrerie", "kind": "wbo", "planned_legal_form": form}
    )
    for name, role, amount in (
        ("Ana", "worker_member", "1000"),
        ("Bea", "financing_member", "9000"),
    ):
        projects.add_member(
            db,
            marseille,
            project,
            {"person_id": _person(db, marseille, name), "role": role, "capital_pledged": amount},
        )
    result = bp.plan_result(db, project)
    assert result.cfi is None and result.scop is not None
    texts = [w.text for w in result.warnings if w.topic == "scop"]
    assert texts[0] == (
        "Employee-members hold 10% of the capital (1000.00 of 10000.00): a SCOP needs at least 51%."
    )


def test_a_french_project_without_a_scop_form_is_not_checked(db, marseille):
    project = projects.create_project(
        db,
        marseille,
        {"title": "Boulangerie", "kind": "new_enterprise", "planned_legal_form": "sarl"},
    )
    assert bp.plan_result(db, project).scop is None
