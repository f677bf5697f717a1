"""The catalogue of funding instruments the desks guide enterprises to (CFI, Nuova
Marcora, Coopfond, regional funds, microcredit, NACRE...): what each is, who may apply,
up to how much and until when. Kept by the coordinators; the operators read it when
they help a project choose where to apply."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.models.base import SHORT, Base, Money, Versioned, enum_column
from deskapp.models.enums import Country, FundingInstrument


class FundingCatalogueEntry(Versioned, Base):
    __tablename__ = "funding_catalogue"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)
    # The category the applications and the coordinator report count by.
    instrument: Mapped[FundingInstrument] = enum_column(FundingInstrument)
    country: Mapped[Country | None] = enum_column(Country, nullable=True)  # NULL: both
    provider: Mapped[str] = mapped_column(SHORT, default="")
    eligibility: Mapped[str] = mapped_column(Text, default="")
    max_amount: Mapped[Decimal | None] = mapped_column(Money)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    web: Mapped[str] = mapped_column(String(255), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
