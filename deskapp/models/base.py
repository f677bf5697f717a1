"""Declarative base, shared column types and mixins.

Kept portable on purpose: nothing here is SQLite-only, so the same models can be
served by PostgreSQL when several offices share one server.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import uuid6
from sqlalchemy import BigInteger, DateTime, Integer, MetaData, String, TypeDecorator, func
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from deskapp.models.enums import LabelledEnum

# Imported for its effect: PostgreSQL's names of the enum CHECKs (unique per table).
from deskapp.models.sql import constraints as _constraints  # noqa: F401

# Deterministic constraint names, so Alembic can alter them later (SQLite batch mode
# needs names to drop or recreate a constraint).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Money(TypeDecorator[Decimal]):
    """Euro amounts stored as whole cents in an integer column.

    SQLite has no exact decimal type (NUMERIC becomes a float), and coordinators
    need sums right to the cent, so the database only ever sees integers.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        cents = (Decimal(value) * 100).quantize(Decimal(1))
        return int(cents)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def money_sum(column: Any) -> Any:
    """SUM of a Money column, read back as euros (0.00 when there are no rows)."""
    return func.coalesce(func.sum(column), 0, type_=Money())


def enum_column(enum_cls: type[LabelledEnum], **kwargs: Any) -> Any:
    """A VARCHAR column holding an enum's values (not names), with a CHECK constraint."""
    return mapped_column(
        SAEnum(
            enum_cls,
            native_enum=False,
            create_constraint=True,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
            name=enum_cls.__name__.lower(),
        ),
        **kwargs,
    )


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def local_time(stored: dt.datetime) -> dt.datetime:
    """A moment stored as naive UTC, on this computer's clock (naive local time)."""
    return stored.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


class Timestamped:
    """Creation and last-change times, in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


class Versioned(Timestamped):
    """Optimistic locking: every UPDATE checks and bumps ``version``.

    The mapper's version_id_col makes SQLAlchemy add ``WHERE version = :old`` to each
    UPDATE, so two desks saving the same record cannot both win; the services turn
    the resulting StaleDataError into a ConflictError the UI can explain.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def new_gid() -> str:
    """A new global id: a UUIDv7 (RFC 9562), time-ordered so the indexes grow at their
    end. Its time part is the creating computer's clock, only ever used to spread the
    ids, never to order changes (deskapp.sync orders by each desk's sequence)."""
    return str(uuid6.uuid7())


class Travels:
    """A record that travels in consolidation bundles (deskapp.sync): its global id
    and the database it was made in. ``origin`` is "" for a record made in this
    database and the sending database's id (deskapp.sync.identity) for a record taken
    in from a bundle. The local integer id stays the key every foreign key uses; the
    bundles name records by ``gid`` only.

    Both columns have the server default "" only because SQLite adds a NOT NULL
    column to a table with rows only with a default; every write path fills ``gid``
    (the ORM default and deskapp.sync.changes, deskapp.models.bulk, migration 0017),
    and the unique index refuses a second record left without one.
    """

    gid: Mapped[str] = mapped_column(
        String(36), default=new_gid, server_default="", unique=True, index=True
    )
    origin: Mapped[str] = mapped_column(String(36), default="", server_default="")


SHORT = String(120)
MEDIUM = String(255)
