"""The operator on whose behalf a service acts. Passed in, never global."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from deskapp.errors import NotFoundError, PermissionDeniedError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Desk, Operator
from deskapp.models.database import Database
from deskapp.models.enums import Country, OperatorRole


@dataclass(frozen=True)
class Actor:
    operator_id: int
    name: str
    role: OperatorRole
    desk_id: int
    desk_country: Country

    @property
    def phone_region(self) -> str:
        """Default region for phone numbers typed without +country code."""
        return str(self.desk_country.value)


def resolve_actor(db: Database, name: str) -> Actor:
    """Find the active operator called ``name`` (case-insensitive)."""
    with db.read() as s:
        row = s.execute(
            select(Operator, Desk.country)
            .join(Desk, Desk.id == Operator.desk_id)
            .where(Operator.name.ilike(name.strip()))
        ).first()
        if row is None:
            names = s.scalars(select(Operator.name).where(Operator.active).limit(10)).all()
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Error", "No operator is called '{name}'. Known operators: {known}."
                ),
                name=name,
                known=", ".join(names) or "-",
            )
        operator, country = row
        if not operator.active:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("Error", "The operator '{name}' is no longer active."),
                name=operator.name,
            )
        return Actor(operator.id, operator.name, operator.role, operator.desk_id, country)
