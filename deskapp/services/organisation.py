"""Desks and operators, and the first set-up of a new database.

The input schemas (pydantic, and the identifiers' checks behind them) are imported
where a desk or an operator is validated: the login and the registry's first window
list desks and operators without them (start-up, issue 17).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.errors import FieldError, PermissionDeniedError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Desk, Operator
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, OperatorRole
from deskapp.services.accounts import hash_password, password_problem
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.permissions import Action, require


def is_initialised(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Operator)))


def initialise(
    db: Database,
    desk: dict[str, Any],
    administrator: dict[str, Any],
    password: str | None = None,
) -> Actor:
    """Record the first desk and its administrator (with their password) on a new
    database."""
    from deskapp.models.fields import validate_input
    from deskapp.models.schemas import DeskInput, OperatorInput

    desk_in = validate_input(DeskInput, desk)
    admin_in = validate_input(OperatorInput, {**administrator, "role": OperatorRole.ADMINISTRATOR})
    if password is not None:
        problem = password_problem(password, admin_in.name)
        if problem:
            raise ValidationFailed(
                [FieldError("password", QT_TRANSLATE_NOOP("Field", "Password"), problem)]
            )
    with db.write() as s:
        if s.scalar(select(func.count()).select_from(Operator)):
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("Error", "This database is already set up.")
            )
        new_desk = Desk(**desk_in.model_dump(), version=1)
        s.add(new_desk)
        s.flush()
        admin = Operator(
            name=admin_in.name,
            email=admin_in.email,
            role=admin_in.role,
            desk_id=new_desk.id,
            active=True,
            version=1,
            password_hash=hash_password(password) if password is not None else None,
        )
        s.add(admin)
        s.flush()
        actor = Actor(admin.id, admin.name, admin.role, new_desk.id, new_desk.country)
        record_event(s, actor, "desk", new_desk.id, AuditAction.CREATE, DeskInput.model_fields)
        record_event(
            s, actor, "operator", admin.id, AuditAction.CREATE, ("name", "role", "desk_id")
        )
        # The key pair its bundles are signed with (cryptography loads only here).
        from deskapp.sync.identity import ensure_identity

        ensure_identity(s)
        return actor


def _require_admin(actor: Actor) -> None:
    require(actor, Action.ACCOUNTS)


def create_desk(db: Database, actor: Actor, data: dict[str, Any]) -> int:
    from deskapp.models.fields import validate_input
    from deskapp.models.schemas import DeskInput

    _require_admin(actor)
    desk_in = validate_input(DeskInput, data)
    with db.write() as s:
        if s.scalar(select(Desk.id).where(Desk.name == desk_in.name)):
            raise ValidationFailed(
                [
                    FieldError(
                        "name",
                        DeskInput.model_fields["name"].title or "name",
                        QT_TRANSLATE_NOOP("Error", "another desk already has this name"),
                    )
                ]
            )
        desk = Desk(**desk_in.model_dump(), version=1)
        s.add(desk)
        s.flush()
        record_event(s, actor, "desk", desk.id, AuditAction.CREATE, DeskInput.model_fields)
        return desk.id


def refuse_taken_name(s: Session, name: str, own_id: int | None = None) -> None:
    """Refuse an operator name that another account has, whatever its case (names are
    logins)."""
    from deskapp.models.schemas import OperatorInput

    query = select(Operator.id).where(func.lower(Operator.name) == name.lower())
    if own_id is not None:
        query = query.where(Operator.id != own_id)
    if s.scalar(query) is not None:
        raise ValidationFailed(
            [
                FieldError(
                    "name",
                    OperatorInput.model_fields["name"].title or "name",
                    QT_TRANSLATE_NOOP("Error", "another operator already has this name"),
                )
            ]
        )


def create_operator(db: Database, actor: Actor, data: dict[str, Any], password: str) -> int:
    """A new account with its first password, which the administrator gives the operator
    in person. Never an account without one: whoever at the PC typed its name first
    would choose its password and be in."""
    from deskapp.models.fields import validate_input
    from deskapp.models.schemas import OperatorInput

    _require_admin(actor)
    op_in = validate_input(OperatorInput, data)
    problem = (
        password_problem(password, op_in.name)
        if password
        else QT_TRANSLATE_NOOP(
            "Error", "is needed: give the new colleague a first password in person"
        )
    )
    if problem:
        raise ValidationFailed(
            [FieldError("password", QT_TRANSLATE_NOOP("Field", "First password"), problem)]
        )
    with db.write() as s:
        refuse_taken_name(s, op_in.name)
        if op_in.desk_id is not None and s.get(Desk, op_in.desk_id) is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "desk_id",
                        OperatorInput.model_fields["desk_id"].title or "desk",
                        QT_TRANSLATE_NOOP("Error", "no such desk"),
                    )
                ]
            )
        operator = Operator(
            name=op_in.name,
            email=op_in.email,
            role=op_in.role,
            desk_id=op_in.desk_id or actor.desk_id,
            active=True,
            version=1,
            password_hash=hash_password(password),
        )
        s.add(operator)
        s.flush()
        record_event(
            s, actor, "operator", operator.id, AuditAction.CREATE, ("name", "role", "desk_id")
        )
        return operator.id


def list_desks(db: Database) -> list[Desk]:
    with db.read() as s:
        return list(s.scalars(select(Desk).order_by(Desk.name)))


def list_operators(db: Database, include_inactive: bool = False) -> list[Operator]:
    query = select(Operator).order_by(Operator.name)
    if not include_inactive:
        query = query.where(Operator.active)
    with db.read() as s:
        return list(s.scalars(query))
