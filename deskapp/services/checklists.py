"""Each stage's checklist: the steps and documents a project needs there, as data.

The steps follow the O.P.E.R.A. desks' path and the workers-buyout phases of the
Legge Marcora (see DOMAIN.md). A step can be ticked as done on a date, and unticked.
Steps that only concern a workers buyout or a spin-off say so (``origin_only``).
Change this table, not the code, when the practice changes; a step's key is stored
in the database, so keep keys stable and add new ones rather than renaming.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import delete, select

from deskapp.errors import FieldError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import ChecklistTick, Desk, EnterpriseProject
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, Country, ProjectKind, Stage
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.records import get_editable, get_or_fail


@dataclass(frozen=True)
class Step:
    key: str
    stage: Stage
    text: str
    origin_only: bool = False  # only for projects with an origin company (WBO, spin-off)
    # The step as a French desk says it, where the Italian one names Italian things
    # (the NASpI advance, the cooperative federations); "" when the same words fit.
    text_fr: str = ""


STEPS: tuple[Step, ...] = (
    Step("intake_interview", Stage.INTAKE, QT_TRANSLATE_NOOP("Checklist", "First interview held")),
    Step(
        "intake_privacy",
        Stage.INTAKE,
        QT_TRANSLATE_NOOP("Checklist", "Privacy notice given to every promoter"),
    ),
    Step("idea_description", Stage.IDEA, QT_TRANSLATE_NOOP("Checklist", "Idea written down")),
    Step(
        "idea_group",
        Stage.IDEA,
        QT_TRANSLATE_NOOP("Checklist", "Group of promoters or workers formed"),
    ),
    Step(
        "idea_origin_documents",
        Stage.IDEA,
        QT_TRANSLATE_NOOP("Checklist", "Origin company's situation documented"),
        origin_only=True,
    ),
    Step(
        "feasibility_market",
        Stage.FEASIBILITY,
        QT_TRANSLATE_NOOP("Checklist", "Market and competitors analysed"),
    ),
    Step(
        "feasibility_skills",
        Stage.FEASIBILITY,
        QT_TRANSLATE_NOOP("Checklist", "Skills audit of the members done"),
    ),
    Step(
        "feasibility_premises",
        Stage.FEASIBILITY,
        QT_TRANSLATE_NOOP("Checklist", "Premises and equipment identified"),
    ),
    Step(
        "feasibility_federation",
        Stage.FEASIBILITY,
        QT_TRANSLATE_NOOP("Checklist", "Cooperative federation involved"),
        origin_only=True,
        text_fr=QT_TRANSLATE_NOOP("Checklist", "Regional union of the Scop (URSCOP) involved"),
    ),
    Step(
        "plan_draft",
        Stage.BUSINESS_PLAN,
        QT_TRANSLATE_NOOP("Checklist", "Business plan drafted"),
    ),
    Step(
        "plan_capital",
        Stage.BUSINESS_PLAN,
        QT_TRANSLATE_NOOP("Checklist", "Members' capital agreed (TFR, NASpI advance)"),
        text_fr=QT_TRANSLATE_NOOP("Checklist", "Members' capital agreed (savings, ARCE)"),
    ),
    Step(
        "plan_reviewed",
        Stage.BUSINESS_PLAN,
        QT_TRANSLATE_NOOP("Checklist", "Business plan reviewed with the desk"),
    ),
    Step(
        "funding_identified",
        Stage.FUNDING,
        QT_TRANSLATE_NOOP("Checklist", "Funding instruments identified"),
    ),
    Step(
        "funding_submitted",
        Stage.FUNDING,
        QT_TRANSLATE_NOOP("Checklist", "Applications submitted"),
    ),
    Step(
        "funding_naspi",
        Stage.FUNDING,
        QT_TRANSLATE_NOOP("Checklist", "NASpI advance requested from INPS"),
        origin_only=True,
        text_fr=QT_TRANSLATE_NOOP("Checklist", "ARCE requested from France Travail"),
    ),
    Step(
        "startup_incorporated",
        Stage.STARTUP,
        QT_TRANSLATE_NOOP("Checklist", "Enterprise incorporated (deed and statute)"),
    ),
    Step(
        "startup_registered",
        Stage.STARTUP,
        QT_TRANSLATE_NOOP("Checklist", "Registered with the chamber of commerce"),
    ),
    Step(
        "startup_lease",
        Stage.STARTUP,
        QT_TRANSLATE_NOOP("Checklist", "Company or branch leased or bought"),
        origin_only=True,
    ),
    Step(
        "follow_6",
        Stage.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Checklist", "Follow-up at 6 months"),
    ),
    Step(
        "follow_12",
        Stage.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Checklist", "Follow-up at 12 months"),
    ),
    Step(
        "follow_24",
        Stage.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Checklist", "Follow-up at 24 months"),
    ),
    Step(
        "follow_36",
        Stage.FOLLOW_UP,
        QT_TRANSLATE_NOOP("Checklist", "Follow-up at 36 months"),
    ),
)
STEPS_BY_KEY = {step.key: step for step in STEPS}


def steps_for(kind: ProjectKind) -> list[Step]:
    """The steps that apply to a project of this kind, in stage order."""
    return [s for s in STEPS if kind.has_origin_company or not s.origin_only]


@dataclass(frozen=True)
class ChecklistEntry:
    step: Step
    done_on: dt.date | None


def checklist(db: Database, project_id: int) -> list[ChecklistEntry]:
    """The project's steps, ticked or not, in the words of its desk's country."""
    with db.read() as s:
        project = get_or_fail(s, EnterpriseProject, project_id)
        french = s.scalar(select(Desk.country).where(Desk.id == project.desk_id)) is Country.FR
        ticks = {
            k: v
            for k, v in s.execute(
                select(ChecklistTick.step, ChecklistTick.done_on).where(
                    ChecklistTick.project_id == project_id
                )
            )
        }
        return [
            ChecklistEntry(
                replace(step, text=step.text_fr) if french and step.text_fr else step,
                ticks.get(step.key),
            )
            for step in steps_for(project.kind)
        ]


def _step_or_fail(key: str) -> Step:
    step = STEPS_BY_KEY.get(key)
    if step is None:
        raise ValidationFailed(
            [
                FieldError(
                    "step",
                    QT_TRANSLATE_NOOP("Field", "Checklist step"),
                    QT_TRANSLATE_NOOP("Error", "is not a step of any stage"),
                )
            ]
        )
    return step


def tick_step(
    db: Database, actor: Actor, project_id: int, key: str, done_on: dt.date | None = None
) -> None:
    """Mark a step done on ``done_on`` (today by default); ticking again moves the date."""
    _step_or_fail(key)
    done_on = done_on or dt.date.today()
    if done_on > dt.date.today():
        raise ValidationFailed(
            [
                FieldError(
                    "done_on",
                    QT_TRANSLATE_NOOP("Field", "Done on"),
                    QT_TRANSLATE_NOOP("Error", "cannot be in the future"),
                )
            ]
        )
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        row = s.scalar(
            select(ChecklistTick).where(
                ChecklistTick.project_id == project_id, ChecklistTick.step == key
            )
        )
        if row is None:
            s.add(
                ChecklistTick(
                    project_id=project_id,
                    step=key,
                    done_on=done_on,
                    operator_id=actor.operator_id,
                )
            )
        else:
            row.done_on = done_on
            row.operator_id = actor.operator_id
        record_event(
            s,
            actor,
            "enterprise_project",
            project_id,
            AuditAction.UPDATE,
            ("checklist",),
            detail=key,
        )


def untick_step(db: Database, actor: Actor, project_id: int, key: str) -> None:
    _step_or_fail(key)
    with db.write() as s:
        get_editable(s, actor, EnterpriseProject, project_id)
        s.execute(
            delete(ChecklistTick).where(
                ChecklistTick.project_id == project_id, ChecklistTick.step == key
            )
        )
        record_event(
            s,
            actor,
            "enterprise_project",
            project_id,
            AuditAction.UPDATE,
            ("checklist",),
            detail=key,
        )
