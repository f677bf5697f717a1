"""Passwords and logging in: Argon2id, the policy, lockout that survives a restart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from deskapp.errors import PermissionDeniedError, ValidationFailed
from deskapp.models import AuditEvent, Operator
from deskapp.models.database import Database
from deskapp.services import accounts
from tests.conftest import without_password

pytestmark = pytest.mark.both_engines

GOOD = "mare di Sestri 1987"


def test_passwords_are_argon2id_with_owasp_parameters(db, admin):
    accounts.set_password(db, admin, admin.operator_id, GOOD)
    with db.read() as s:
        stored = s.scalar(select(Operator.password_hash).where(Operator.id == admin.operator_id))
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    assert GOOD not in stored


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("corto1", "at least 8 characters"),
        ("password1", "most common passwords"),
        ("iloveyou", "most common passwords"),
        ("annabianchi", "must not be your name"),
    ],
)
def test_the_policy_names_what_is_wrong(db, admin, password, reason):
    with pytest.raises(ValidationFailed) as caught:
        accounts.set_password(db, admin, admin.operator_id, password)
    assert reason in caught.value.errors[0].message


def test_no_composition_rules(db, admin):
    accounts.set_password(db, admin, admin.operator_id, "tuttominuscolosenzacifre")


def test_only_an_administrator_sets_someone_elses_password(db, admin, operator):
    with pytest.raises(PermissionDeniedError):
        accounts.set_password(db, operator, admin.operator_id, GOOD)
    accounts.set_password(db, operator, operator.operator_id, GOOD)  # one's own: yes
    accounts.set_password(db, admin, operator.operator_id, GOOD + "!")  # admin: yes


def test_login_and_lockout_that_survives_a_restart(db, admin):
    accounts.set_password(db, admin, admin.operator_id, GOOD)
    assert accounts.log_in(db, "ANNA BIANCHI", GOOD).actor.operator_id == admin.operator_id
    now = dt.datetime(2026, 11, 22, 9, 0)
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.LoginRefused, match="Unknown operator or wrong password"):
            accounts.log_in(db, "Anna Bianchi", "sbagliata!", now)
    # A restart: a new engine on the same file. Still locked, even with the right password.
    db.dispose()
    again = Database(db.url)
    with pytest.raises(accounts.LoginRefused, match="locked until"):
        accounts.log_in(again, "Anna Bianchi", GOOD, now + dt.timedelta(minutes=5))
    assert accounts.log_in(again, "Anna Bianchi", GOOD, now + dt.timedelta(minutes=16))
    with again.read() as s:
        actions = [a.value for a in s.scalars(select(AuditEvent.action))]
    assert actions.count("login_failed") == accounts.MAX_FAILURES
    assert actions.count("login") == 2
    again.dispose()


def test_unknown_names_get_the_same_answer(db, admin):
    with pytest.raises(accounts.LoginRefused, match="Unknown operator or wrong password"):
        accounts.log_in(db, "Nessuno", GOOD)


def test_an_unknown_name_costs_a_verification_as_dear_as_a_real_one():
    """The hash verified for an unknown name (a constant, not hashed at each start) is
    an Argon2id hash with the accounts' own parameters, so it costs the same."""
    dummy = accounts._DUMMY_HASH
    assert not accounts.HASHER.check_needs_rehash(dummy)
    assert accounts.HASHER.verify(dummy, "deskapp: no such operator")


def test_an_account_without_password_must_choose_one(db, operator):
    without_password(db, "Luca Verdi")  # from before passwords
    login = accounts.log_in(db, "Luca Verdi", "")
    assert login.needs_password
    accounts.set_password(db, login.actor, login.actor.operator_id, GOOD)
    assert not accounts.log_in(db, "Luca Verdi", GOOD).needs_password
