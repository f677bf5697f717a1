"""The operator on whose behalf a service acts. Passed in, never global."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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


def reading_for_desk(session: Session, actor: Actor, desk_id: int) -> Actor:
    """The actor as the input of a record of desk ``desk_id`` is read: with that desk's
    country (its phones, postcodes and company numbers), so that an administrator of
    an Italian desk editing a French desk's record reads it as its own operators do.
    Only for validation: who acts, and their rights, stay the actor's."""
    if desk_id == actor.desk_id:
        return actor
    country = session.scalar(select(Desk.country).where(Desk.id == desk_id))
    return actor if country is None else replace(actor, desk_country=country)


def resolve_actor(db: Database, name: str) -> Actor:
    """The active operator called exactly ``name`` (ASCII case aside), WITHOUT a
    password: for code that has already logged the operator in (the window after its
    login dialog, tests). Anything a person types goes through
    ``deskapp.services.accounts.log_in`` instead."""
    with db.read() as s:
        row = s.execute(
            select(Operator, Desk.country)
            .join(Desk, Desk.id == Operator.desk_id)
            .where(func.lower(Operator.name) == func.lower(name.strip()))
        ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Error", "No operator is called '{name}'."), name=name
            )
        operator, country = row
        if not operator.active:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("Error", "The operator '{name}' is no longer active."),
                name=operator.name,
            )
        return Actor(operator.id, operator.name, operator.role, operator.desk_id, country)
