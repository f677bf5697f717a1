"""The demo's funding catalogue figures and structural resources."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update

from deskapp.models import (
    FundingCatalogueEntry,
    StructuralResource,
)
from deskapp.models import enums as en
from deskapp.services.demo import data as dd
from deskapp.services.demo.generator import DemoSummary, _DemoDesk, _Generator

_UNASSIGNED = [a for a in en.Availability if a is not en.Availability.ASSIGNED]

# Invented figures for the catalogue's starting entries, so the demo shows the columns
# a coordinator fills ("up to", "deadline"): (name, up to EUR, deadline in days from
# today or None for an instrument that is always open). Real desks keep their own.
_DEMO_CATALOGUE = (
    ("CFI - Cooperazione Finanza Impresa", 1_000_000, None),
    ("Nuova Marcora", 2_000_000, None),
    ("Coopfond", 500_000, None),
    ("Fondosviluppo", 300_000, None),
    ("Fondo per la Cooperazione (Regione Lazio)", 150_000, 120),
    ("Microcredito", 50_000, None),
    ("Prestito bancario", 250_000, None),
    ("Crowdfunding", 100_000, 60),
    ("Contributi a fondo perduto", 30_000, 45),
    ("NACRE", 10_000, 90),
    ("Prêt bancaire", 200_000, None),
    ("Financement participatif", 80_000, 75),
    # The French instruments (migration 0015): orders of magnitude, not the providers'
    # current terms.
    ("Garantie France Active", 100_000, None),
    ("Prêt d'honneur France Active", 8_000, None),
    ("Contrat d'apport associatif France Active", 30_000, None),
    ("France Active Investissement", 300_000, None),
    ("Prêt d'honneur Initiative France", 50_000, None),
    ("Prêt de création Bpifrance", 50_000, None),
    ("Garantie Bpifrance", 200_000, None),
    ("Microcrédit ADIE", 12_000, None),
    ("Fonds régional Région Sud", 100_000, 100),
    ("Fonds régional Collectivité de Corse", 100_000, 130),
    ("Socoden", 100_000, None),
    ("Sofiscop", 150_000, None),
    ("Scopinvest", 300_000, None),
    ("Transmea", 300_000, None),
    ("ARCE", 15_000, None),
)
# Said in each demo entry, in its country's language: its amount and deadline are the
# demo's, not the provider's.
_EXAMPLE_NOTE = {
    "IT": "Importo e scadenza della demo: valori di esempio.",
    "FR": "Montant et date de la démo\u00a0: valeurs d'exemple.",
}


def _catalogue_figures(conn: Any, today: dt.date) -> None:
    for name, up_to, days in _DEMO_CATALOGUE:
        entry = FundingCatalogueEntry.__table__.c
        row = conn.execute(
            select(entry.eligibility, entry.country).where(
                entry.name == name, entry.max_amount.is_(None)
            )
        ).first()
        if row is None:
            continue
        note = _EXAMPLE_NOTE["FR" if row.country is en.Country.FR else "IT"]
        conn.execute(
            update(FundingCatalogueEntry)
            .where(FundingCatalogueEntry.name == name)
            .values(
                max_amount=Decimal(up_to),
                deadline=today + dt.timedelta(days=days) if days is not None else None,
                eligibility=f"{row.eligibility}\n{note}" if row.eligibility else note,
            )
        )


def _of_town(town: str) -> str:
    """French "de" before a town's name, elided before a vowel or a mute h: "de Bastia",
    "d'Ajaccio", "d'Hyères"."""
    return f"d'{town}" if town[0] in "AEIOUYÉÈÊH" else f"de {town}"


def _resources(
    conn: Any, gen: _Generator, desks: list[_DemoDesk], summary: DemoSummary
) -> dict[int, list[int]]:
    rng = gen.rng
    by_desk: dict[int, list[int]] = {}
    kinds = list(en.ResourceKind)
    owners_of_italian_desks = [name for name, _, _ in dd.COMPANIES_IT + dd.COMPANIES_FR]
    for desk in desks:
        ids = []
        for _ in range(rng.randint(4, 8)):
            place = rng.choice(desk.municipalities)
            kind = rng.choice(kinds)
            if desk.country is en.Country.IT:
                name = f"{rng.choice(dd.RESOURCE_NAMES_IT)} {place}"
                owner = rng.choice(owners_of_italian_desks)
            else:
                # Named as what it is ("Oliveraie à Sartène"), owned in its region.
                name = f"{rng.choice(dd.RESOURCE_NAMES_FR[kind])} {place}"
                owner = rng.choice(dd.RESOURCE_OWNERS_FR[desk.region]).format(town=_of_town(place))
            result = conn.execute(
                insert(StructuralResource).values(
                    desk_id=desk.id,
                    kind=kind,
                    name=name,
                    owner=owner,
                    municipality=place,
                    size_m2=float(rng.randrange(80, 12_000, 10)),
                    size_note="",
                    # "Assigned" only once a project is linked (below): never to nobody.
                    availability=rng.choice(_UNASSIGNED),
                    notes="",
                    version=1,
                )
            )
            ids.append(int(result.inserted_primary_key[0]))
        by_desk[desk.id] = ids
        summary.resources += len(ids)
    return by_desk
