"""The catalogue of funding instruments: read by everyone, kept by the coordinators
(and administrators). Each write is one audited transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from deskapp.errors import FieldError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import FundingCatalogueEntry
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, Country, FundingInstrument
from deskapp.models.fields import validate_input
from deskapp.models.schemas import CatalogueEntryInput
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, may, require
from deskapp.services.records import get_or_fail, update_record

ENTITY = "funding_catalogue"


@dataclass(frozen=True)
class CatalogueRow:
    id: int
    version: int
    name: str
    instrument: FundingInstrument
    country: Country | None
    provider: str
    eligibility: str
    max_amount: Decimal | None
    deadline: dt.date | None
    web: str
    active: bool

    def as_input(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CatalogueEntryInput.model_fields}


def may_edit(actor: Actor | None) -> bool:
    return may(actor, Action.CATALOGUE)


def _require_editor(actor: Actor) -> None:
    require(actor, Action.CATALOGUE)


def list_entries(
    db: Database, country: Country | None = None, include_closed: bool = True
) -> list[CatalogueRow]:
    """The catalogue for a desk's country (entries for both countries too), open ones
    first, then by the nearest deadline and name."""
    query = select(*(getattr(FundingCatalogueEntry, f) for f in ("id", "version", *_FIELDS)))
    if country is not None:
        query = query.where(
            or_(FundingCatalogueEntry.country.is_(None), FundingCatalogueEntry.country == country)
        )
    if not include_closed:
        query = query.where(FundingCatalogueEntry.active)
    query = query.order_by(
        FundingCatalogueEntry.active.desc(),
        FundingCatalogueEntry.deadline.is_(None),
        FundingCatalogueEntry.deadline,
        func.lower(FundingCatalogueEntry.name),
    )
    with db.read() as s:
        return [CatalogueRow(*row) for row in s.execute(query)]


_FIELDS = (
    "name",
    "instrument",
    "country",
    "provider",
    "eligibility",
    "max_amount",
    "deadline",
    "web",
    "active",
)


def create_entry(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    _require_editor(actor)
    entry = validate_input(CatalogueEntryInput, data)
    try:
        with db.write() as s:
            row = FundingCatalogueEntry(version=1, **entry.model_dump())
            s.add(row)
            s.flush()
            record_event(s, actor, ENTITY, row.id, AuditAction.CREATE, _FIELDS)
            return row.id
    except IntegrityError:
        raise _name_taken() from None


def update_entry(
    db: Database, actor: Actor, entry_id: int, expected_version: int, data: dict[str, Any]
) -> int:
    _require_editor(actor)
    entry = validate_input(CatalogueEntryInput, data)
    try:
        return update_record(db, actor, FundingCatalogueEntry, entry_id, expected_version, entry)
    except IntegrityError:
        raise _name_taken() from None


def get_entry(db: Database, entry_id: int) -> CatalogueRow:
    with db.read() as s:
        row = get_or_fail(s, FundingCatalogueEntry, entry_id)
        return CatalogueRow(row.id, row.version, *(getattr(row, f) for f in _FIELDS))


def _name_taken() -> ValidationFailed:
    return ValidationFailed(
        [
            FieldError(
                "name",
                QT_TRANSLATE_NOOP("Field", "Name"),
                QT_TRANSLATE_NOOP("Error", "another instrument of the catalogue has this name"),
            )
        ]
    )
