"""The demo's enterprise projects: members, stages and their history, funding."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update

from deskapp.models import (
    ChecklistTick,
    EnterpriseProject,
    FundingApplication,
    ProjectMembership,
    StageTransition,
    StructuralResource,
    project_resource,
    sectors,
)
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.services.checklists import steps_for
from deskapp.services.demo import data as dd
from deskapp.services.demo.generator import (
    DemoSummary,
    _DemoDesk,
    _DemoPerson,
    _Generator,
    _weighted,
)
from deskapp.services.demo.people import _ITALIAN_EMPLOYERS, BATCH
from deskapp.services.demo.plans import PlannedProject, write_demo_plans
from deskapp.services.stages import PATH

_KIND_MEMBERS = {
    en.ProjectKind.WBO: (9, 15),
    en.ProjectKind.SPIN_OFF: (3, 7),
    en.ProjectKind.NEW_COOPERATIVE: (3, 9),
    en.ProjectKind.SOCIAL_COOPERATIVE_B: (5, 10),
    en.ProjectKind.COMMUNITY_COOPERATIVE: (5, 12),
    en.ProjectKind.NEW_ENTERPRISE: (1, 3),
}
_LEGAL_FORM = {
    (en.ProjectKind.WBO, en.Country.IT): en.LegalForm.WORKER_COOPERATIVE,
    (en.ProjectKind.WBO, en.Country.FR): en.LegalForm.SCOP_SARL,
    (en.ProjectKind.SOCIAL_COOPERATIVE_B, en.Country.IT): en.LegalForm.SOCIAL_COOPERATIVE_B,
    (en.ProjectKind.SOCIAL_COOPERATIVE_B, en.Country.FR): en.LegalForm.SCIC_SAS,
    (en.ProjectKind.COMMUNITY_COOPERATIVE, en.Country.IT): en.LegalForm.COMMUNITY_COOPERATIVE,
    (en.ProjectKind.COMMUNITY_COOPERATIVE, en.Country.FR): en.LegalForm.SCIC_SAS,
    (en.ProjectKind.NEW_ENTERPRISE, en.Country.IT): en.LegalForm.SRL,
    (en.ProjectKind.NEW_ENTERPRISE, en.Country.FR): en.LegalForm.SARL,
}


def _national_code(nace: str, country: en.Country) -> str:
    """The first code of the country's finest level under a NACE class: 25.62 is
    25.62.00 in ATECO, 25.62A in NAF."""
    language, level = ("it", "subcategory") if country is en.Country.IT else ("fr", "subclass")
    entries = sectors.table(language).values()
    return next(e.code for e in entries if e.nace == nace and e.level == level)


_ALL_STAGES = list(PATH) + [en.Stage.ABANDONED]
_INSTRUMENTS_IT = (
    en.FundingInstrument.CFI,
    en.FundingInstrument.NUOVA_MARCORA,
    en.FundingInstrument.COOPFOND,
    en.FundingInstrument.REGIONAL_FUND,
    en.FundingInstrument.MICROCREDIT,
    en.FundingInstrument.BANK_LOAN,
    en.FundingInstrument.NASPI_ADVANCE,
)
_INSTRUMENTS_FR = (
    en.FundingInstrument.NACRE,
    en.FundingInstrument.BANK_LOAN,
    en.FundingInstrument.MICROCREDIT,
    en.FundingInstrument.GRANT,
    en.FundingInstrument.CROWDFUNDING,
    en.FundingInstrument.HONOUR_LOAN,
    en.FundingInstrument.GUARANTEE,
    en.FundingInstrument.PARTICIPATORY_LOAN,
    en.FundingInstrument.REGIONAL_FUND,
)


def _french_rights(
    gen: _Generator,
    project_id: int,
    person_id: int,
    role: en.MemberRole,
    kind: en.ProjectKind,
    rights_capital: Decimal,
) -> dict[str, Any]:
    """A French member's unemployment rights: the capital an Italian member would take
    as the NASpI advance comes as ARCE; some worker-members of a buyout keep their ARE
    monthly instead. The TFR has no French counterpart (that capital is their own
    savings). A source of its own, so the rest of the demo stays the same for a seed."""
    if rights_capital > 0:
        return {
            "unemployment_rights_use": en.UnemploymentRightsUse.ARCE,
            "arce_part": rights_capital,
        }
    if kind is en.ProjectKind.WBO and role is en.MemberRole.WORKER_MEMBER:
        rng = random.Random(f"are-{gen.seed}-{project_id}-{person_id}")
        return {
            "unemployment_rights_use": en.UnemploymentRightsUse.ARE_MONTHLY,
            "are_monthly_amount": _euros(rng, 900, 1800, 50),
            "are_months_left": rng.randint(6, 18),
        }
    return {}


def _euros(rng: random.Random, low: int, high: int, step: int = 500) -> Decimal:
    return Decimal(rng.randrange(low, high + 1, step))


def _projects(
    conn: Any,
    gen: _Generator,
    desks: list[_DemoDesk],
    operators: dict[int, list[int]],
    people: list[_DemoPerson],
    resources: dict[int, list[int]],
    summary: DemoSummary,
) -> None:
    rng = gen.rng
    kinds = list(en.ProjectKind)
    by_desk: dict[int, list[_DemoPerson]] = {}
    for person in people:
        by_desk.setdefault(person.desk.id, []).append(person)
    count = max(len(kinds) * len(_ALL_STAGES), len(people) // 25) if people else 0
    next_id = (
        int(conn.execute(select(func.coalesce(func.max(EnterpriseProject.id), 0))).scalar()) + 1
    )
    next_application = (
        int(conn.execute(select(func.coalesce(func.max(FundingApplication.id), 0))).scalar()) + 1
    )
    planned: list[PlannedProject] = []
    projects: list[dict[str, Any]] = []
    transitions: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    applications: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    ticks: list[dict[str, Any]] = []
    for n in range(count):
        # The first rows cover every kind in every stage; the rest follow a realistic mix.
        if n < len(kinds) * len(_ALL_STAGES):
            kind, stage = kinds[n % len(kinds)], _ALL_STAGES[n // len(kinds)]
        else:
            kind = _weighted(
                rng, [(k, w) for k, w in zip(kinds, (12, 8, 30, 15, 10, 25), strict=True)]
            )
            stage = _weighted(
                rng,
                [
                    (st, w)
                    for st, w in zip(_ALL_STAGES, (12, 14, 13, 12, 10, 8, 8, 10, 13), strict=True)
                ],
            )
        desk = rng.choice([d for d in desks if by_desk.get(d.id)])
        pool = by_desk[desk.id]
        pid = next_id + n
        lead = rng.choice(operators[desk.id])
        # Path walked: for an abandoned project, the stage it was given up at.
        walked = PATH[: (PATH.index(stage) if stage in PATH else rng.randint(0, 4)) + 1]
        steps = len(walked) - 1 + (1 if stage is en.Stage.ABANDONED else 0)
        gaps = [rng.randint(15, 70) for _ in range(steps)]
        # Enterprises already running started up to three years ago, so the follow-up
        # at 6, 12, 24 and 36 months has something to count.
        running = stage in (en.Stage.FOLLOW_UP, en.Stage.STARTED)
        age_days = sum(gaps) + rng.randint(1, 120) + (rng.randint(0, 1000) if running else 0)
        start = dt.datetime.combine(gen.today - dt.timedelta(days=age_days), dt.time(10, 0))
        moments = [start]
        for gap in gaps:
            moments.append(moments[-1] + dt.timedelta(days=gap))
        reached = walked[-1]
        idx = PATH.index(reached)
        it = desk.country is en.Country.IT
        language = 0 if it else 1  # the Italian or the French of the demo's texts
        stem_it, stem_fr, nace = rng.choice(dd.PROJECT_IDEAS)
        origin: tuple[str, str, en.CrisisSituation | None] = ("", "", None)
        if kind.has_origin_company:
            company = rng.choice(
                _ITALIAN_EMPLOYERS if it else dd.COMPANIES_FR_BY_REGION[desk.region]
            )
            origin = (company, "", rng.choice(list(en.CrisisSituation)))
        started_on = None
        if idx >= PATH.index(en.Stage.FOLLOW_UP):
            started_on = (moments[PATH.index(en.Stage.FOLLOW_UP)]).date()
        legal_form = None
        if idx >= PATH.index(en.Stage.BUSINESS_PLAN):
            legal_form = _LEGAL_FORM.get(
                (kind, desk.country),
                en.LegalForm.WORKER_COOPERATIVE if it else en.LegalForm.SCOP_SARL,
            )
        size = rng.randint(*_KIND_MEMBERS[kind])
        chosen = rng.sample(pool, min(size, len(pool)))
        projects.append(
            {
                "id": pid,
                "title": f"{stem_it if it else stem_fr} {desk.municipalities[0]}",
                "kind": kind,
                # As the desk's operator types it: an ATECO subcategory, a NAF subclass.
                "sector_code": _national_code(nace, desk.country),
                "nace_code": nace,
                "desk_id": desk.id,
                "lead_operator_id": lead,
                "stage": stage,
                "origin_company_name": origin[0],
                "origin_company_vat": origin[1],
                "origin_company_situation": origin[2],
                "planned_legal_form": legal_form,
                "expected_jobs": size + rng.randint(0, 4)
                if idx >= PATH.index(en.Stage.FEASIBILITY)
                else None,
                "planned_start_date": (moments[-1] + dt.timedelta(days=rng.randint(30, 200))).date()
                if idx >= PATH.index(en.Stage.BUSINESS_PLAN)
                else None,
                "actual_start_date": started_on,
                "employees": rng.choice((0, 0, 1, 2, 3, 5)) if started_on else None,
                "closed_reason": dd.GROUP_DISBANDED[language]
                if stage is en.Stage.ABANDONED
                else "",
                "next_action": ""
                if stage in (en.Stage.STARTED, en.Stage.ABANDONED)
                else dd.NEXT_ACTION[language],
                "next_action_due": None
                if stage in (en.Stage.STARTED, en.Stage.ABANDONED)
                else gen.today + dt.timedelta(days=rng.randint(-10, 30)),
                "notes": "",
                "version": 1,
            }
        )
        # The checklist: every step of the stages left behind, ticked when the project
        # moved on; the first step of the current stage, half the time.
        current_started = rng.random() < 0.5
        for step in steps_for(kind):
            if step.stage not in walked:
                continue
            k = walked.index(step.stage)
            if k < len(walked) - 1:
                done_on = moments[k + 1].date()
            elif current_started:
                done_on = moments[k].date()
                current_started = False  # only the stage's first step
            else:
                continue
            ticks.append(
                {"project_id": pid, "step": step.key, "done_on": done_on, "operator_id": lead}
            )
        previous = None
        for i, st in enumerate(walked):
            transitions.append(
                {
                    "project_id": pid,
                    "from_stage": previous,
                    "to_stage": st,
                    "at": moments[i],
                    "operator_id": lead,
                    "note": "",
                }
            )
            previous = st
        if stage is en.Stage.ABANDONED:
            transitions.append(
                {
                    "project_id": pid,
                    "from_stage": previous,
                    "to_stage": en.Stage.ABANDONED,
                    "at": moments[-1],
                    "operator_id": lead,
                    "note": dd.GROUP_DISBANDED[language],
                }
            )
        first_member, first_application = len(members), len(applications)
        for j, person in enumerate(chosen):
            role = (
                en.MemberRole.PROMOTER
                if j == 0
                else (
                    en.MemberRole.WORKER_MEMBER
                    if kind is en.ProjectKind.WBO or rng.random() < 0.7
                    else en.MemberRole.FINANCING_MEMBER
                )
            )
            pledged = (
                _euros(rng, 4000, 15000)
                if role is not en.MemberRole.FINANCING_MEMBER
                else _euros(rng, 1000, 30000)
            )
            if kind is en.ProjectKind.SOCIAL_COOPERATIVE_B:
                pledged = _euros(rng, 1000, 5000)
            paid = (pledged * Decimal(rng.choice((50, 60, 75, 100))) / 100).quantize(
                Decimal("0.01")
            )
            tfr = (
                (pledged * Decimal(rng.choice((0, 30, 50, 70))) / 100).quantize(Decimal("0.01"))
                if kind is en.ProjectKind.WBO
                else Decimal("0")
            )
            naspi = (
                (pledged - tfr)
                if kind is en.ProjectKind.WBO and rng.random() < 0.6
                else Decimal("0")
            )
            french = {} if it else _french_rights(gen, pid, person.id, role, kind, naspi)
            if not it:
                tfr, naspi = Decimal("0"), Decimal("0")  # Italian parts, not French ones
            members.append(
                {
                    "project_id": pid,
                    "person_id": person.id,
                    "role": role,
                    "capital_pledged": pledged,
                    "capital_paid": paid,
                    "tfr_part": tfr,
                    "naspi_part": naspi,
                    "unemployment_rights_use": None,
                    "arce_part": Decimal("0"),
                    "are_monthly_amount": None,
                    "are_months_left": None,
                    **french,
                    "version": 1,
                }
            )
        if idx >= PATH.index(en.Stage.FUNDING):
            for k in range(rng.randint(1, 3)):
                instrument = rng.choice(_INSTRUMENTS_IT if it else _INSTRUMENTS_FR)
                if k == 0 and kind is en.ProjectKind.WBO:
                    # The movement's own first: CFI in Italy, Socoden's loan in France.
                    instrument = (
                        en.FundingInstrument.CFI if it else en.FundingInstrument.PARTICIPATORY_LOAN
                    )
                requested = _euros(rng, 10_000, 400_000, 1000)
                submitted = moments[PATH.index(en.Stage.FUNDING)].date()
                status = (
                    rng.choice(list(en.FundingStatus))
                    if idx == PATH.index(en.Stage.FUNDING)
                    else _weighted(
                        rng,
                        (
                            (en.FundingStatus.APPROVED, 3),
                            (en.FundingStatus.DISBURSED, 5),
                            (en.FundingStatus.REJECTED, 1),
                        ),
                    )
                )
                granted = None
                disbursed = None
                decided = None
                disbursed_on = None
                if status in (en.FundingStatus.APPROVED, en.FundingStatus.DISBURSED):
                    granted = (requested * Decimal(rng.choice((60, 80, 100))) / 100).quantize(
                        Decimal("0.01")
                    )
                    decided = min(submitted + dt.timedelta(days=rng.randint(20, 90)), gen.today)
                if (
                    status is en.FundingStatus.DISBURSED
                    and granted is not None
                    and decided is not None
                ):
                    disbursed = granted
                    disbursed_on = min(decided + dt.timedelta(days=rng.randint(10, 60)), gen.today)
                if status is en.FundingStatus.REJECTED:
                    decided = min(submitted + dt.timedelta(days=rng.randint(20, 90)), gen.today)
                applications.append(
                    {
                        "id": next_application + len(applications),
                        "project_id": pid,
                        "instrument": instrument,
                        "status": status,
                        "amount_requested": requested,
                        "amount_granted": granted,
                        "amount_disbursed": disbursed,
                        "submitted_on": None
                        if status is en.FundingStatus.TO_PREPARE
                        else submitted,
                        "decided_on": decided,
                        "disbursed_on": disbursed_on,
                        "notes": "",
                        "version": 1,
                    }
                )
        if idx >= PATH.index(en.Stage.BUSINESS_PLAN):
            planned.append(
                PlannedProject(
                    id=pid,
                    title=projects[-1]["title"],
                    kind=kind,
                    italian=it,
                    first_year=projects[-1]["planned_start_date"].year,
                    lead_operator_id=lead,
                    past_funding=idx > PATH.index(en.Stage.FUNDING),
                    frozen_at=moments[PATH.index(en.Stage.FUNDING)]
                    if idx > PATH.index(en.Stage.FUNDING)
                    else None,
                    capital=[
                        (m["capital_pledged"], m["capital_paid"]) for m in members[first_member:]
                    ],
                    applications=[
                        a
                        for a in applications[first_application:]
                        if a["status"] in (en.FundingStatus.APPROVED, en.FundingStatus.DISBURSED)
                    ],
                )
            )
        if resources.get(desk.id) and rng.random() < 0.2:
            links.append({"project_id": pid, "resource_id": rng.choice(resources[desk.id])})
    for table, rows in (
        (EnterpriseProject.__table__, projects),
        (StageTransition.__table__, transitions),
        (ProjectMembership.__table__, members),
        (FundingApplication.__table__, applications),
        (project_resource, links),
        (ChecklistTick.__table__, ticks),
    ):
        for i in range(0, len(rows), BATCH):
            insert_rows(conn, table, rows[i : i + BATCH])
    linked = sorted({link["resource_id"] for link in links})
    for i in range(0, len(linked), BATCH):
        conn.execute(
            update(StructuralResource)
            .where(StructuralResource.id.in_(linked[i : i + BATCH]))
            .values(availability=en.Availability.ASSIGNED)
        )
    summary.business_plans = write_demo_plans(conn, gen.seed, planned)
    summary.projects = len(projects)
    summary.members = len(members)
    summary.funding_applications = len(applications)
    # Remember them for the activities: projects get consultancy sessions too.
    gen.project_rows = [
        (int(p["id"]), int(p["desk_id"]), transitions_start)
        for p, transitions_start in zip(
            projects, [t["at"] for t in transitions if t["from_stage"] is None], strict=True
        )
    ]
