"""The administrators' side of the operators' accounts: who has one, their role and desk,
switching an account off, lifting a lockout. Creating an account is
``organisation.create_operator``; passwords are ``accounts.set_password``.

A desk must never lose its last way in: the last active administrator cannot be made
something else or switched off, and nobody switches their own account off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.errors import FieldError, PermissionDeniedError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import AuditEvent, Desk, Operator
from deskapp.models.base import local_time, utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, OperatorRole
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.organisation import refuse_taken_name
from deskapp.services.permissions import Action, require
from deskapp.services.records import check_version, get_or_fail


@dataclass(frozen=True)
class AccountRow:
    id: int
    version: int
    name: str
    email: str
    desk_id: int
    desk: str
    role: OperatorRole
    active: bool
    has_password: bool
    locked: bool  # too many wrong passwords, and the lock has not run out
    last_login: dt.datetime | None  # local time


def account_rows(db: Database, actor: Actor) -> list[AccountRow]:
    """Every account, active ones first, by name (a desk has a handful: no paging)."""
    require(actor, Action.ACCOUNTS)
    now = utcnow()
    last_login = (
        select(AuditEvent.operator_id, func.max(AuditEvent.at).label("at"))
        .where(AuditEvent.action == AuditAction.LOGIN)
        .group_by(AuditEvent.operator_id)
        .subquery()
    )
    with db.read() as s:
        rows = s.execute(
            select(Operator, Desk.name, last_login.c.at)
            .join(Desk, Desk.id == Operator.desk_id)
            .outerjoin(last_login, last_login.c.operator_id == Operator.id)
            .order_by(Operator.active.desc(), func.lower(Operator.name))
        )
        return [
            AccountRow(
                id=op.id,
                version=op.version,
                name=op.name,
                email=op.email,
                desk_id=op.desk_id,
                desk=desk,
                role=op.role,
                active=op.active,
                has_password=op.password_hash is not None,
                locked=op.locked_until is not None and op.locked_until > now,
                last_login=local_time(at) if at is not None else None,
            )
            for op, desk, at in rows
        ]


def _active_administrators(s: Session) -> int:
    return int(
        s.scalar(
            select(func.count())
            .select_from(Operator)
            .where(Operator.active, Operator.role == OperatorRole.ADMINISTRATOR)
        )
        or 0
    )


def update_operator(
    db: Database, actor: Actor, operator_id: int, version: int, data: dict[str, Any]
) -> list[str]:
    """Change an account's name, e-mail, role, desk or whether it is active; return
    the fields changed. Refused on a stale ``version``."""
    # Imported here: the login reads the operator's languages without the schemas.
    from deskapp.models.fields import validate_input
    from deskapp.models.schemas import OperatorInput

    require(actor, Action.ACCOUNTS)
    active = bool(data.get("active", True))
    op_in = validate_input(OperatorInput, {k: v for k, v in data.items() if k != "active"})
    with db.write() as s:
        operator = get_or_fail(s, Operator, operator_id)
        check_version(operator, version)
        refuse_taken_name(s, op_in.name, operator_id)
        desk_id = op_in.desk_id or operator.desk_id
        get_or_fail(s, Desk, desk_id)
        if not active and operator_id == actor.operator_id:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("Error", "You cannot switch off your own account.")
            )
        stays_admin = active and op_in.role is OperatorRole.ADMINISTRATOR
        if (
            operator.active
            and operator.role is OperatorRole.ADMINISTRATOR
            and not stays_admin
            and _active_administrators(s) <= 1
        ):
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{name} is the only active administrator: make someone else "
                    "administrator first.",
                ),
                name=operator.name,
            )
        new = {
            "name": op_in.name,
            "email": op_in.email,
            "role": op_in.role,
            "desk_id": desk_id,
            "active": active,
        }
        changed = [key for key, value in new.items() if getattr(operator, key) != value]
        if not changed:
            return []
        for key in changed:
            setattr(operator, key, new[key])
        s.flush()
        record_event(s, actor, "operator", operator_id, AuditAction.UPDATE, changed)
        return changed


def unlock_operator(db: Database, actor: Actor, operator_id: int) -> None:
    """Lift the lock left by too many wrong passwords (the password stays)."""
    require(actor, Action.ACCOUNTS)
    with db.write() as s:
        operator = get_or_fail(s, Operator, operator_id)
        operator.locked_until = None
        operator.failed_logins = 0
        s.flush()
        record_event(
            s, actor, "operator", operator_id, AuditAction.UPDATE, ("failed_logins", "locked_until")
        )


# The languages an operator may read deskapp in; None: their desk's.
OPERATOR_LANGUAGES = ("it", "fr", "en")


def set_own_language(db: Database, actor: Actor, language: str | None) -> None:
    """The language the acting operator reads deskapp in, wherever they log in (the
    window and the command line, after their login); None goes back to their desk's.
    Their own account only: no permission needed, and audited like any change."""
    if language is not None and language not in OPERATOR_LANGUAGES:
        raise ValidationFailed(
            [
                FieldError(
                    "language",
                    QT_TRANSLATE_NOOP("Field", "Interface language"),
                    QT_TRANSLATE_NOOP("Error", "'{code}' is not a language deskapp speaks"),
                    code=language,
                )
            ]
        )
    with db.write() as s:
        operator = get_or_fail(s, Operator, actor.operator_id)
        if operator.language == language:
            return
        operator.language = language
        s.flush()
        record_event(s, actor, "operator", operator.id, AuditAction.UPDATE, ("language",))


def reading_languages(db: Database, operator_id: int) -> tuple[str | None, str | None]:
    """The operator's own language (None when not chosen) and their desk's."""
    with db.read() as s:
        row = s.execute(
            select(Operator.language, Desk.language)
            .join(Desk, Desk.id == Operator.desk_id)
            .where(Operator.id == operator_id)
        ).first()
    if row is None:
        return None, None
    own, desk = row
    return own, desk.value if desk is not None else None
