from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import select

from deskapp.errors import ConflictError, PermissionDeniedError, ValidationFailed
from deskapp.models import AuditEvent
from deskapp.models.enums import Country, FundingInstrument
from deskapp.services import funding_catalogue as cat

pytestmark = pytest.mark.both_engines


def test_every_database_starts_with_the_instruments_of_both_countries(db):
    italian = {row.name for row in cat.list_entries(db, Country.IT)}
    french = {row.name for row in cat.list_entries(db, Country.FR)}
    assert {"CFI - Cooperazione Finanza Impresa", "Nuova Marcora", "Coopfond"} <= italian
    assert "Fondo per la Cooperazione (Regione Lazio)" in italian
    assert "NACRE" in french and "NACRE" not in italian
    kinds = {row.instrument for row in cat.list_entries(db)}
    assert {FundingInstrument.MICROCREDIT, FundingInstrument.CROWDFUNDING} <= kinds


def test_a_coordinator_keeps_the_catalogue_an_operator_reads_it(db, operator, coordinator):
    data = {
        "name": "Bando Autoimpiego Liguria",
        "instrument": "grant",
        "country": "IT",
        "max_amount": "25.000,00",
        "deadline": "31/03/2027",
        "eligibility": "Disoccupati residenti in Liguria",
    }
    with pytest.raises(PermissionDeniedError):
        cat.create_entry(db, operator, data)
    entry_id = cat.create_entry(db, coordinator, data)
    row = cat.get_entry(db, entry_id)
    assert row.max_amount == D("25000.00") and row.deadline.year == 2027
    # Open entries with the nearest deadline come first.
    assert cat.list_entries(db, Country.IT)[0].name == "Bando Autoimpiego Liguria"

    changed = {**row.as_input(), "active": False}
    assert cat.update_entry(db, coordinator, entry_id, row.version, changed) == row.version + 1
    with pytest.raises(ConflictError):
        cat.update_entry(db, coordinator, entry_id, row.version, changed)
    assert cat.list_entries(db, Country.IT)[-1].name == "Bando Autoimpiego Liguria"
    assert "Bando Autoimpiego Liguria" not in {
        r.name for r in cat.list_entries(db, Country.IT, include_closed=False)
    }
    with db.read() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "funding_catalogue")
        ).all()
    assert len(actions) == 2


def test_names_are_unique_and_bad_input_named(db, coordinator):
    with pytest.raises(ValidationFailed) as caught:
        cat.create_entry(db, coordinator, {"name": "Nuova Marcora", "instrument": "nuova_marcora"})
    assert caught.value.errors[0].message == (
        "Name: another instrument of the catalogue has this name"
    )
    with pytest.raises(ValidationFailed) as caught:
        cat.create_entry(
            db, coordinator, {"name": "X", "instrument": "cfi", "deadline": "32/01/2027"}
        )
    assert caught.value.errors[0].field == "deadline"
