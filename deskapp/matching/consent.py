"""Who may be proposed: a person with a consent to be proposed to employers and
projects (ConsentPurpose.PLACEMENT) in force, and not anonymised. A person without it
is never proposed, whatever their skills; the check is SQL, so the database leaves
them out before anything is scored."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from deskapp.models import Consent, Person
from deskapp.models.enums import ConsentPurpose


def may_be_proposed(person_id: Any, on: dt.date | None = None) -> ColumnElement[bool]:
    """The condition on ``person_id`` (a column or a value) of having a placement
    consent given by ``on`` (today) and not withdrawn by then."""
    day = on or dt.date.today()
    return (
        select(Consent.id)
        .where(
            Consent.person_id == person_id,
            Consent.purpose == ConsentPurpose.PLACEMENT,
            Consent.given_on <= day,
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day),
        )
        .exists()
    )


def proposable(on: dt.date | None = None) -> ColumnElement[bool]:
    """The condition on Person of being proposable."""
    return and_(Person.anonymised_on.is_(None), may_be_proposed(Person.id, on))
