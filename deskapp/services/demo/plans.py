"""Demo business plans: every demo project from the business-plan stage on gets a plan
with real-looking figures, so every screen and document has something to show.

Workers buyouts buy the branch and its machines with the worker-members' capital
(TFR and NASpI advance), CFI equity and a subsidised loan; small cooperatives start
with equipment, microcredit and sometimes a grant. About one plan in four is left
unbalanced (sources short of the uses, or CFI equity above its limit), as real drafts
are. Projects past the funding stage also have a version frozen "as submitted".

The plans are drawn from their own random source, so adding them does not change
the rest of the demo for a given seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from deskapp.i18n import catalogue
from deskapp.models import BusinessPlan, BusinessPlanVersion
from deskapp.models import enums as en
from deskapp.models.bulk import insert_rows
from deskapp.models.plan_schemas import PlanInput
from deskapp.services.business_plans import (
    LOAN_INSTRUMENTS,
    NOT_FUNDS,
    SOURCE_KINDS,
    member_json,
    members_of_projects,
)
from deskapp.services.demo.data import PLAN_LINES

BIG_KINDS = (en.ProjectKind.WBO, en.ProjectKind.SPIN_OFF)
FRENCH_QUASI_EQUITY = (
    "Prêt participatif Socoden (réseau des Scop)",
    "Prêt participatif France Active Investissement",
)


@dataclass
class PlannedProject:
    """What the demo knows of a project when it writes its plan."""

    id: int
    title: str
    kind: en.ProjectKind
    italian: bool
    first_year: int
    lead_operator_id: int
    past_funding: bool
    frozen_at: dt.datetime | None
    capital: list[tuple[Decimal, Decimal]] = field(default_factory=list)  # pledged, paid
    applications: list[dict[str, Any]] = field(default_factory=list)


_TEXTS = {
    True: {
        "market": "Il mercato di riferimento è quello {area} della provincia, con clienti "
        "storici che hanno confermato l'interesse a continuare gli ordini. I concorrenti "
        "principali sono due imprese di medie dimensioni e alcuni artigiani.",
        "marketing": "Vendita diretta ai clienti storici, presenza alle fiere di settore e "
        "un catalogo online. Obiettivo: tornare ai volumi di due anni fa entro il terzo anno.",
        "organisation": "La cooperativa opera nei locali {premises}; i soci lavoratori "
        "mantengono i ruoli che avevano, con un consiglio di amministrazione di tre soci.",
        "swot": "Forze: competenze tecniche e clienti fedeli. Debolezze: capitale limitato. "
        "Opportunità: domanda locale in crescita. Minacce: aumento dei costi energetici.",
    },
    False: {
        "market": "Le marché visé est {area} du département, avec des clients historiques "
        "prêts à maintenir leurs commandes. Deux entreprises moyennes et quelques artisans "
        "sont les principaux concurrents.",
        "marketing": "Vente directe aux clients historiques, salons professionnels et "
        "catalogue en ligne. Objectif\u00a0: retrouver les volumes d'il y a deux ans en trois ans.",
        "organisation": "La coopérative s'installe {premises}\u00a0; les salariés associés "
        "gardent leurs fonctions, avec un conseil d'administration de trois associés.",
        "swot": "Forces\u00a0: savoir-faire et clients fidèles. Faiblesses\u00a0: capital limité. "
        "Opportunités\u00a0: demande locale en hausse. Menaces\u00a0: coût de l'énergie.",
    },
}


def _money(rng: random.Random, low: int, high: int, step: int = 500) -> str:
    return str(Decimal(rng.randrange(low, high + 1, step)))


def plan_for(project: PlannedProject, rng: random.Random) -> PlanInput:
    """A plausible plan for ``project``; about one in four does not balance."""
    it = project.italian
    words = catalogue("it" if it else "fr")

    def line(key: str) -> str:
        """A line's name in the desk's language."""
        return PLAN_LINES[key][0 if it else 1]

    big = project.kind in BIG_KINDS
    workers = max(len(project.capital), 1)
    capital = sum((pledged for pledged, _ in project.capital), Decimal("0"))
    paid = sum((p for _, p in project.capital), Decimal("0"))
    investments: list[dict[str, Any]]
    if big:
        investments = [
            {
                "item": line("branch"),
                "amount": _money(rng, 80_000, 300_000, 5000),
                "useful_life": 10,
            },
            {
                "item": line("machines"),
                "amount": _money(rng, 40_000, 150_000, 1000),
                "useful_life": 8,
            },
            {
                "item": line("computers"),
                "amount": _money(rng, 4_000, 15_000),
                "useful_life": 4,
            },
        ]
    else:
        investments = [
            {
                "item": line("equipment"),
                "amount": _money(rng, 8_000, 40_000),
                "useful_life": 5,
            },
            {
                "item": line("furniture"),
                "amount": _money(rng, 3_000, 12_000),
                "useful_life": 8,
            },
        ]
    uses = sum((Decimal(i["amount"]) for i in investments), Decimal("0"))
    revenue_per_worker = rng.randrange(60_000, 95_000, 5000)
    revenue = revenue_per_worker * workers
    working_capital = Decimal(revenue // 10 // 500 * 500)
    uses += working_capital
    sources: list[dict[str, Any]] = []
    loans: list[dict[str, Any]] = []
    for application in project.applications:
        amount = application["amount_disbursed"] or application["amount_granted"]
        instrument = application["instrument"]
        if instrument in NOT_FUNDS:
            continue  # a guarantee stands behind a loan: no money of its own
        if instrument in LOAN_INSTRUMENTS:
            loans.append(
                {
                    "lender": words.text("Enum", instrument.label),
                    "amount": str(amount),
                    "rate": rng.choice(("0", "1.5", "2.5", "3.9")),
                    "years": rng.choice((5, 7, 8)),
                    "grace_years": rng.choice((0, 1)),
                    "funding_application_id": application["id"],
                }
            )
        else:
            kind = SOURCE_KINDS.get(instrument, en.PlanSourceKind.OTHER)
            sources.append(
                {
                    "kind": kind,
                    "name": words.text("Enum", instrument.label),
                    "amount": str(amount),
                    "funding_application_id": application["id"],
                }
            )
    balanced = rng.random() < 0.75
    if project.kind is en.ProjectKind.WBO and not sources:
        # CFI puts in up to twice the capital paid in; an unbalanced draft asks for more.
        equity = paid * Decimal(rng.choice(("1.5", "2"))) if balanced else paid * 3
        if it:
            sources.append({"kind": en.PlanSourceKind.CFI_EQUITY, "amount": str(equity)})
        else:
            # A French SCOP's quasi-equity: France Active's or the SCOP network's own
            # (Socoden) participatory money, never the Italian CFI.
            sources.append(
                {
                    "kind": en.PlanSourceKind.OTHER_CAPITAL,
                    "name": rng.choice(FRENCH_QUASI_EQUITY),
                    "amount": str(equity),
                }
            )
    have = capital + sum((Decimal(s["amount"]) for s in sources), Decimal("0"))
    have += sum((Decimal(loan["amount"]) for loan in loans), Decimal("0"))
    missing = uses - have
    if missing > 0 and balanced:
        lender = line("cooperative_bank") if big else line("microcredit")
        loans.append(
            {
                "lender": lender,
                "amount": str((missing / 1000).to_integral_value() * 1000 + 1000),
                "rate": rng.choice(("3.5", "4.2", "5")),
                "years": 7 if big else 5,
                "grace_years": 1 if big else 0,
            }
        )
    unit_price = rng.choice((25, 40, 60, 120, 250))
    main_share = Decimal(rng.randrange(60, 80)) / 100
    sales = [
        {
            "product": line("made_to_order"),
            "price": str(unit_price),
            "quantity": str(int(revenue * main_share / unit_price)),
            "growth": rng.choice(("5", "8", "10")),
        },
        {
            "product": line("service"),
            "price": "45",
            "quantity": str(int(revenue * (1 - main_share) / 45)),
            "growth": rng.choice(("3", "5")),
        },
    ]
    staff = [
        {
            "role": line("worker_members"),
            "headcount": str(workers),
            "annual_cost": _money(rng, 26_000, 34_000),
        }
    ]
    if big:
        staff.append(
            {
                "role": line("clerk"),
                "headcount": "1",
                "annual_cost": _money(rng, 28_000, 32_000),
            }
        )
    # Premises and overheads in proportion to the enterprise: a plant, or a workshop.
    scale = 1 if big else 0.35
    fixed = [
        {
            "item": line("rent"),
            "annual_amount": _money(rng, int(12_000 * scale), int(36_000 * scale)),
        },
        {
            "item": line("utilities"),
            "annual_amount": _money(rng, int(6_000 * scale), int(18_000 * scale)),
        },
        {
            "item": line("insurance"),
            "annual_amount": _money(rng, int(2_000 * scale), int(6_000 * scale)),
        },
        {
            "item": line("accountant"),
            "annual_amount": _money(rng, int(4_000 * scale), int(8_000 * scale)),
        },
    ]
    variable = [
        {
            "item": line("materials"),
            "share": str(rng.randrange(28, 41)),
        },
        {"item": line("transport"), "share": str(rng.randrange(2, 6))},
    ]
    texts = _TEXTS[it]
    area = "dell'industria meccanica" if it else "celui de l'industrie"
    premises = "dell'ex stabilimento" if it else "dans l'ancien atelier"
    document = {
        "first_year": project.first_year,
        "years": 5 if big and rng.random() < 0.3 else 3,
        "tax_rate": "24" if it else "25",
        "working_capital": str(working_capital),
        "sections": {
            "team": (
                f"Il gruppo promotore conta {workers} soci, con esperienza pluriennale nel "
                "settore e nei ruoli che ricopriranno."
                if it
                else f"Le groupe porteur compte {workers} associés, expérimentés dans le "
                "secteur et dans les fonctions qu'ils occuperont."
            ),
            "idea": project.title,
            "market": texts["market"].format(area=area),
            "marketing": texts["marketing"],
            "organisation": texts["organisation"].format(premises=premises),
            "swot": texts["swot"],
        },
        "investments": investments,
        "sources": sources,
        "loans": loans,
        "sales": sales,
        "staff": staff,
        "fixed_costs": fixed,
        "variable_costs": variable,
    }
    return PlanInput.model_validate(document)


def write_demo_plans(conn: Any, seed: int, projects: list[PlannedProject]) -> int:
    """Insert a draft for each project (and a frozen version past funding)."""
    rng = random.Random(f"plans-{seed}")
    drafts: list[dict[str, Any]] = []
    versions: list[dict[str, Any]] = []
    for project in projects:
        document = plan_for(project, rng).model_dump_json()
        drafts.append({"project_id": project.id, "document": document, "version": 1})
        if project.past_funding and project.frozen_at is not None:
            name = (
                f"Presentato ai finanziatori, {project.frozen_at:%d/%m/%Y}"
                if project.italian
                else f"Présenté aux financeurs, {project.frozen_at:%d/%m/%Y}"
            )
            versions.append(
                {
                    "project_id": project.id,
                    "name": name,
                    "frozen_at": project.frozen_at,
                    "operator_id": project.lead_operator_id,
                    "document": document,
                }
            )
    members = members_of_projects(conn, [v["project_id"] for v in versions])
    for version in versions:
        capital = members.get(version["project_id"], [])
        version["members"] = json.dumps([member_json(m) for m in capital])
    for table, rows in (
        (BusinessPlan.__table__, drafts),
        (BusinessPlanVersion.__table__, versions),
    ):
        for i in range(0, len(rows), 500):
            insert_rows(conn, table, rows[i : i + 500])
    return len(drafts)
