"""The rules of a project's path through the stages, in one place.

Stages run intake -> idea -> feasibility -> business plan -> funding -> start-up ->
follow-up, and end as *started* (enterprise running) or *abandoned*.

- One step forward: the gate of the new stage must hold.
- Skipping forward: allowed only when the gates of every stage passed over hold too.
- Backwards: always allowed, with a reason.
- Abandoning: from any open stage, with a reason.
- Reopening an ended project: with a reason, and the gates up to the new stage.

Gates are data (``GATES``): each is a condition on the project's facts and the
sentence that tells the operator what is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.enums import LegalForm, ProjectKind, Stage

# The open stages in their order; STARTED closes the line after FOLLOW_UP.
PATH: tuple[Stage, ...] = (
    Stage.INTAKE,
    Stage.IDEA,
    Stage.FEASIBILITY,
    Stage.BUSINESS_PLAN,
    Stage.FUNDING,
    Stage.STARTUP,
    Stage.FOLLOW_UP,
    Stage.STARTED,
)
END_STATES = frozenset({Stage.STARTED, Stage.ABANDONED})


@dataclass(frozen=True)
class ProjectFacts:
    """What the gates look at, read from the project in one query."""

    kind: ProjectKind
    sector_code: str
    origin_company_name: str
    planned_legal_form: LegalForm | None
    expected_jobs: int | None
    member_count: int
    funding_application_count: int
    actual_start_date: dt.date | None


@dataclass(frozen=True)
class Gate:
    stage: Stage
    holds: Callable[[ProjectFacts], bool]
    missing: str  # what to do, said to the operator


GATES: tuple[Gate, ...] = (
    Gate(
        Stage.IDEA,
        lambda p: p.member_count >= 1,
        QT_TRANSLATE_NOOP("Error", "Add at least one person to the project (the promoter)."),
    ),
    Gate(
        Stage.FEASIBILITY,
        lambda p: bool(p.sector_code),
        QT_TRANSLATE_NOOP("Error", "Give the sector of activity (its ATECO, NAF or NACE code)."),
    ),
    Gate(
        Stage.FEASIBILITY,
        lambda p: not p.kind.has_origin_company or bool(p.origin_company_name),
        QT_TRANSLATE_NOOP(
            "Error", "Name the origin company (needed for a workers buyout or a spin-off)."
        ),
    ),
    Gate(
        Stage.BUSINESS_PLAN,
        lambda p: p.expected_jobs is not None and p.expected_jobs > 0,
        QT_TRANSLATE_NOOP("Error", "Give the number of jobs the enterprise expects to create."),
    ),
    Gate(
        Stage.FUNDING,
        lambda p: p.funding_application_count >= 1,
        QT_TRANSLATE_NOOP("Error", "Record at least one funding application, even in preparation."),
    ),
    Gate(
        Stage.STARTUP,
        lambda p: p.planned_legal_form is not None,
        QT_TRANSLATE_NOOP("Error", "Choose the legal form of the new enterprise."),
    ),
    Gate(
        Stage.STARTUP,
        lambda p: p.member_count >= 1,
        QT_TRANSLATE_NOOP("Error", "Add at least one member to the project."),
    ),
    Gate(
        Stage.FOLLOW_UP,
        lambda p: p.actual_start_date is not None,
        QT_TRANSLATE_NOOP("Error", "Give the date the enterprise actually started."),
    ),
    Gate(
        Stage.STARTED,
        lambda p: p.actual_start_date is not None,
        QT_TRANSLATE_NOOP("Error", "Give the date the enterprise actually started."),
    ),
)


def unmet_conditions(facts: ProjectFacts, stages: tuple[Stage, ...]) -> list[str]:
    """The sentences of every gate of ``stages`` that does not hold, without repeats."""
    reasons: list[str] = []
    for gate in GATES:
        if gate.stage in stages and not gate.holds(facts) and gate.missing not in reasons:
            reasons.append(gate.missing)
    return reasons


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reasons: list[str]
    summary: str = ""


def note_required(current: Stage, target: Stage) -> bool:
    """Abandoning, reopening and going back need a reason; moving forward does not."""
    if target is Stage.ABANDONED or current in END_STATES:
        return True
    return PATH.index(target) < PATH.index(current)


def judge_move(current: Stage, target: Stage, facts: ProjectFacts, note: str) -> Verdict:
    """Decide whether a project may go from ``current`` to ``target``, and why not."""
    note = note.strip()
    if target == current:
        return Verdict(
            False, [], QT_TRANSLATE_NOOP("Error", "The project is already in this stage.")
        )
    if target is Stage.ABANDONED:
        if not note:
            return Verdict(
                False, [], QT_TRANSLATE_NOOP("Error", "Say why the project is abandoned.")
            )
        return Verdict(True, [])
    target_index = PATH.index(target)
    if current in END_STATES:
        # Reopening: a reason, and the project must meet every gate up to where it goes.
        if not note:
            return Verdict(
                False, [], QT_TRANSLATE_NOOP("Error", "Say why the project is reopened.")
            )
        reasons = unmet_conditions(facts, PATH[1 : target_index + 1])
        return Verdict(
            not reasons,
            reasons,
            QT_TRANSLATE_NOOP("Error", "The project cannot be reopened at this stage yet."),
        )
    current_index = PATH.index(current)
    if target_index < current_index:
        if not note:
            return Verdict(
                False,
                [],
                QT_TRANSLATE_NOOP("Error", "Say why the project goes back to an earlier stage."),
            )
        return Verdict(True, [])
    reasons = unmet_conditions(facts, PATH[current_index + 1 : target_index + 1])
    return Verdict(
        not reasons,
        reasons,
        QT_TRANSLATE_NOOP("Error", "The project cannot move to this stage yet."),
    )
