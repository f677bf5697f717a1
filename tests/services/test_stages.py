"""The stage rules: pure checks first, then through the service that applies them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from deskapp.errors import ConflictError, StageRefusedError
from deskapp.models import AuditEvent, StageTransition
from deskapp.models.enums import AuditAction, LegalForm, ProjectKind, Stage
from deskapp.services import persons, projects
from deskapp.services.stages import ProjectFacts, judge_move, note_required
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

READY = ProjectFacts(
    kind=ProjectKind.WBO,
    sector_code="25.62",
    origin_company_name="Acciaierie Liguri S.p.A.",
    planned_legal_form=LegalForm.WORKER_COOPERATIVE,
    expected_jobs=12,
    member_count=12,
    funding_application_count=1,
    actual_start_date=dt.date(2026, 10, 1),
)
BARE = replace(
    READY,
    sector_code="",
    origin_company_name="",
    planned_legal_form=None,
    expected_jobs=None,
    member_count=0,
    funding_application_count=0,
    actual_start_date=None,
)


def test_one_step_forward_needs_only_that_stage_gate():
    verdict = judge_move(Stage.INTAKE, Stage.IDEA, replace(BARE, member_count=1), "")
    assert verdict.allowed


def test_gate_not_holding_is_refused_with_the_reason():
    verdict = judge_move(Stage.INTAKE, Stage.IDEA, BARE, "")
    assert not verdict.allowed
    assert verdict.reasons == ["Add at least one person to the project (the promoter)."]


def test_skipping_forward_checks_every_stage_passed_over():
    facts = replace(BARE, member_count=3)
    verdict = judge_move(Stage.IDEA, Stage.BUSINESS_PLAN, facts, "")
    assert not verdict.allowed
    assert "Give the sector of activity (its ATECO, NAF or NACE code)." in verdict.reasons
    assert any("origin company" in r for r in verdict.reasons)
    assert any("jobs" in r for r in verdict.reasons)


def test_skipping_forward_is_allowed_when_all_gates_hold():
    assert judge_move(Stage.INTAKE, Stage.STARTUP, READY, "").allowed


def test_origin_company_only_required_for_buyouts_and_spin_offs():
    facts = replace(READY, kind=ProjectKind.NEW_COOPERATIVE, origin_company_name="")
    assert judge_move(Stage.IDEA, Stage.FEASIBILITY, facts, "").allowed
    facts = replace(facts, kind=ProjectKind.SPIN_OFF)
    assert not judge_move(Stage.IDEA, Stage.FEASIBILITY, facts, "").allowed


@pytest.mark.parametrize(
    ("target", "missing"),
    [
        (Stage.STARTUP, "legal form"),
        (Stage.FOLLOW_UP, "actually started"),
        (Stage.STARTED, "actually started"),
        (Stage.FUNDING, "funding application"),
    ],
)
def test_each_late_gate(target, missing):
    facts = replace(
        READY, planned_legal_form=None, actual_start_date=None, funding_application_count=0
    )
    current = {
        Stage.STARTUP: Stage.FUNDING,
        Stage.FOLLOW_UP: Stage.STARTUP,
        Stage.STARTED: Stage.FOLLOW_UP,
        Stage.FUNDING: Stage.BUSINESS_PLAN,
    }[target]
    verdict = judge_move(current, target, facts, "")
    assert not verdict.allowed
    assert any(missing in r for r in verdict.reasons)


def test_moving_backwards_needs_a_reason_but_no_gate():
    assert not judge_move(Stage.FUNDING, Stage.FEASIBILITY, BARE, "").allowed
    assert judge_move(Stage.FUNDING, Stage.FEASIBILITY, BARE, "Piano da rifare").allowed


def test_abandoning_needs_a_reason_from_any_open_stage():
    assert not judge_move(Stage.IDEA, Stage.ABANDONED, BARE, "  ").allowed
    assert judge_move(Stage.IDEA, Stage.ABANDONED, BARE, "Il gruppo si è sciolto").allowed


def test_reopening_needs_a_reason_and_the_gates_up_to_the_stage():
    assert not judge_move(Stage.ABANDONED, Stage.IDEA, READY, "").allowed
    assert not judge_move(Stage.ABANDONED, Stage.FEASIBILITY, BARE, "Nuovo gruppo").allowed
    assert judge_move(Stage.ABANDONED, Stage.FEASIBILITY, READY, "Nuovo gruppo").allowed


def test_same_stage_is_refused():
    assert not judge_move(Stage.IDEA, Stage.IDEA, READY, "").allowed


# --- through the service, on a real database ---------------------------------------


@pytest.fixture
def project(db, operator):
    return projects.create_project(db, operator, {"title": "Cooperativa Acciaierie", "kind": "wbo"})


def test_new_project_starts_at_intake_with_history(db, project):
    with db.read() as s:
        history = s.scalars(
            select(StageTransition).where(StageTransition.project_id == project)
        ).all()
    assert [(t.from_stage, t.to_stage) for t in history] == [(None, Stage.INTAKE)]


def test_refused_move_changes_nothing(db, operator, project):
    with pytest.raises(StageRefusedError) as err:
        projects.move_project(db, operator, project, 1, Stage.IDEA)
    assert "promoter" in err.value.message
    stored = projects.get_project(db, project)
    assert stored.stage is Stage.INTAKE and stored.version == 1


def test_allowed_move_records_transition_and_audit(db, operator, project):
    person = persons.create_person(db, operator, person_data()).id
    projects.add_member(db, operator, project, {"person_id": person, "role": "promoter"})
    version = projects.move_project(db, operator, project, 1, Stage.IDEA, note="Prima riunione")
    assert projects.get_project(db, project).stage is Stage.IDEA
    with db.read() as s:
        last = s.scalars(select(StageTransition).order_by(StageTransition.id.desc())).first()
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.STAGE)).one()
    assert (last.from_stage, last.to_stage, last.note, last.operator_id) == (
        Stage.INTAKE,
        Stage.IDEA,
        "Prima riunione",
        operator.operator_id,
    )
    assert event.detail == "intake->idea"
    with pytest.raises(ConflictError):
        projects.move_project(db, operator, project, version - 1, Stage.INTAKE, note="stale")


def test_abandon_and_reopen(db, operator, project):
    projects.move_project(db, operator, project, 1, Stage.ABANDONED, note="Liquidatore ha venduto")
    stored = projects.get_project(db, project)
    assert stored.stage is Stage.ABANDONED and stored.closed_reason == "Liquidatore ha venduto"
    projects.move_project(db, operator, project, stored.version, Stage.INTAKE, note="Nuova offerta")
    reopened = projects.get_project(db, project)
    assert reopened.stage is Stage.INTAKE and reopened.closed_reason == ""


def test_note_required_agrees_with_the_rules_for_every_move():
    # The move dialog asks for a reason when note_required says so: it must be exactly
    # the moves judge_move refuses for want of one.
    for current in Stage:
        for target in Stage:
            if current is target:
                continue
            verdict = judge_move(current, target, READY, note="")
            refused_for_reason = not verdict.allowed and verdict.summary.startswith("Say why")
            assert refused_for_reason == note_required(current, target), (current, target)
