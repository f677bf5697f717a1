"""The help desks (antenne territoriali) and the operators who staff them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.models.base import MEDIUM, SHORT, Base, Travels, Versioned, enum_column
from deskapp.models.enums import Country, Language, OperatorRole, Region


class Desk(Travels, Versioned, Base):
    __tablename__ = "desk"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)
    organisation: Mapped[str] = mapped_column(MEDIUM, default="")
    region: Mapped[Region] = enum_column(Region)
    country: Mapped[Country] = enum_column(Country)
    address: Mapped[str] = mapped_column(MEDIUM, default="")
    language: Mapped[Language] = enum_column(Language)

    operators: Mapped[list[Operator]] = relationship(back_populates="desk")

    def __repr__(self) -> str:
        return f"<Desk {self.id} {self.name!r}>"


class Operator(Travels, Versioned, Base):
    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(SHORT, unique=True)
    desk_id: Mapped[int] = mapped_column(ForeignKey("desk.id"), index=True)
    role: Mapped[OperatorRole] = enum_column(OperatorRole)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    email: Mapped[str] = mapped_column(String(254), default="")
    # Argon2id hash (deskapp.services.accounts); NULL until the operator chooses one.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    # Failed logins in a row, and until when the account is locked after too many:
    # in the database, so the lock survives a restart.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The language the operator reads deskapp in ("it", "fr", "en"), wherever they log
    # in; NULL: their desk's (deskapp.services.operator_accounts.OPERATOR_LANGUAGES).
    language: Mapped[str | None] = mapped_column(String(2))

    desk: Mapped[Desk] = relationship(back_populates="operators")

    def __repr__(self) -> str:
        return f"<Operator {self.id} {self.name!r} {self.role.value}>"
