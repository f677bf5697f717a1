"""Operators' accounts: passwords and logging in.

Passwords are hashed with Argon2id (argon2-cffi) at OWASP's minimum: 19 MiB of memory,
2 iterations, 1 lane. The policy is NIST's: at least 8 characters, not one of the
30,000 most common passwords (zxcvbn's list), not the operator's own name; no rules
about digits or symbols. Five failed logins in a row lock the account for 15 minutes;
the count and the lock are in the database, so restarting deskapp does not lift them.
Logins and failed logins are audited.

An account that has no password yet (created before accounts existed, or by an older
deskapp) logs in by name alone until its operator chooses one; the GUI asks them to at
that first login.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, func, select

from deskapp.errors import DeskappError, FieldError, PermissionDeniedError, ValidationFailed
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models import Desk, Operator
from deskapp.models.base import utcnow
from deskapp.models.database import Database
from deskapp.models.enums import AuditAction, OperatorRole
from deskapp.services.actor import Actor
from deskapp.services.audit import record_event
from deskapp.services.records import get_or_fail

MIN_LENGTH = 8
MAX_FAILURES = 5
LOCK_FOR = dt.timedelta(minutes=15)

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class LoginRefused(DeskappError):
    """Wrong name or password, or a locked account; the message says which is safe to
    say (never whether the name exists)."""


@lru_cache(maxsize=1)
def _common_passwords() -> frozenset[str]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])


def password_problem(password: str, name: str = "") -> str | None:
    """What is wrong with a new password, as a message template; None when it is fine."""
    if len(password) < MIN_LENGTH:
        return QT_TRANSLATE_NOOP("Error", "must be at least 8 characters long")
    lowered = password.lower()
    if lowered in _common_passwords():
        return QT_TRANSLATE_NOOP("Error", "is one of the most common passwords: choose another")
    if name and lowered.replace(" ", "") in {name.lower().replace(" ", ""), *name.lower().split()}:
        return QT_TRANSLATE_NOOP("Error", "must not be your name")
    return None


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def set_password(db: Database, actor: Actor, operator_id: int, password: str) -> None:
    """Change a password: one's own, or anyone's for an administrator."""
    if actor.operator_id != operator_id and actor.role is not OperatorRole.ADMINISTRATOR:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("Error", "Only an administrator can set another operator's password.")
        )
    with db.write() as s:
        operator = get_or_fail(s, Operator, operator_id)
        problem = password_problem(password, operator.name)
        if problem:
            raise ValidationFailed(
                [FieldError("password", QT_TRANSLATE_NOOP("Field", "Password"), problem)]
            )
        operator.password_hash = hash_password(password)
        operator.failed_logins = 0
        operator.locked_until = None
        s.flush()
        record_event(s, actor, "operator", operator_id, AuditAction.PASSWORD)


def named(name: str) -> ColumnElement[bool]:
    """The condition that finds the account called ``name``: the whole name, compared
    as SQLite compares it ignoring case (ASCII letters), with ``%`` and ``_`` as the
    ordinary characters they are in a name. Never a pattern: a name is a login."""
    return func.lower(Operator.name) == func.lower(name.strip())


# Verified against when the name is unknown, so that a wrong name costs the same time
# as a wrong password and the answer's speed does not say which accounts exist.
# A constant (HASHER.hash("deskapp: no such operator")), not hashed at every start: it
# cost 30 ms before the first window. A test checks that its parameters are HASHER's.
_DUMMY_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$7wPMg74zsrFD2R8z91iKxw$"
    "N2gDUVTGa4hBjB+ocUsL1VV/NLfql0b0JfVJNxDI3Ss"
)


@dataclass(frozen=True)
class Login:
    actor: Actor
    needs_password: bool  # the account has none yet: the operator should choose one


def log_in(
    db: Database,
    name: str,
    password: str,
    now: dt.datetime | None = None,
    *,
    first_login: bool = True,
) -> Login:
    """Check name and password; count failures, lock after too many, audit both.

    ``first_login``: an account that has no password yet is let in to choose one (the
    window asks at once); the command line passes False and refuses it instead."""
    now = now or utcnow()
    refused = LoginRefused(QT_TRANSLATE_NOOP("Error", "Unknown operator or wrong password."))
    with db.write() as s:
        row = s.execute(
            select(Operator, Desk.country)
            .join(Desk, Desk.id == Operator.desk_id)
            .where(named(name), Operator.active)
        ).first()
        if row is None:
            _spend_a_verification(password)
            raise refused
        operator, country = row
        actor = Actor(operator.id, operator.name, operator.role, operator.desk_id, country)
        if operator.locked_until is not None and operator.locked_until > now:
            raise LoginRefused(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "Too many wrong passwords: this account is locked until {time}. An "
                    "administrator can unlock it (Administration, Accounts, Unlock).",
                ),
                time=(operator.locked_until + _utc_offset()).strftime("%H:%M"),
            )
        if operator.password_hash is None:
            if not first_login:
                raise LoginRefused(
                    QT_TRANSLATE_NOOP(
                        "Error",
                        "This account has no password yet: start deskapp and choose one at "
                        "the first login, then use the command line.",
                    )
                )
            record_event(s, actor, "operator", operator.id, AuditAction.LOGIN, detail="no password")
            return Login(actor, needs_password=True)
        failure: LoginRefused | None = None
        try:
            HASHER.verify(operator.password_hash, password)
        except (VerificationError, InvalidHashError):
            operator.failed_logins += 1
            if operator.failed_logins >= MAX_FAILURES:
                operator.locked_until = now + LOCK_FOR
                operator.failed_logins = 0
            s.flush()
            record_event(s, actor, "operator", operator.id, AuditAction.LOGIN_FAILED)
            # Committed on purpose: the count and the lock must outlive this refusal.
            failure = refused
        else:
            operator.failed_logins = 0
            operator.locked_until = None
            if HASHER.check_needs_rehash(operator.password_hash):
                operator.password_hash = hash_password(password)
            s.flush()
            record_event(s, actor, "operator", operator.id, AuditAction.LOGIN)
    if failure is not None:
        raise failure
    return Login(actor, needs_password=False)


def _spend_a_verification(password: str) -> None:
    try:
        HASHER.verify(_DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        pass


def _utc_offset() -> dt.timedelta:
    """Local time minus UTC now, to show the lock's end as the operator's clock reads."""
    local = dt.datetime.now()
    return local - utcnow()
