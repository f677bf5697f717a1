"""Administrators keep the accounts: create with a first password, change role and desk,
switch off, unlock; a desk never loses its last administrator."""

from __future__ import annotations

import datetime as dt

import pytest

from deskapp.errors import ConflictError, PermissionDeniedError, ValidationFailed
from deskapp.services import accounts, operator_accounts
from deskapp.services.actor import resolve_actor
from deskapp.services.organisation import create_desk, create_operator

pytestmark = pytest.mark.both_engines


def _row(db, admin, name):
    return next(r for r in operator_accounts.account_rows(db, admin) if r.name == name)


def test_a_new_account_with_a_first_password_can_log_in(db, admin):
    create_operator(db, admin, {"name": "Giulia Gialli", "role": "operator"}, "Tramonto-sul-molo")
    login = accounts.log_in(db, "giulia gialli", "Tramonto-sul-molo")
    assert login.actor.name == "Giulia Gialli" and not login.needs_password
    row = _row(db, admin, "Giulia Gialli")
    assert row.has_password and row.active and row.desk == "Antenna Genova"
    assert row.last_login is not None


def test_a_new_account_always_gets_a_first_password(db, admin):
    """Without one, whoever typed its name first at the PC would choose it and be in."""
    for missing in ("", None):
        with pytest.raises(ValidationFailed) as refused:
            create_operator(db, admin, {"name": "Giulia Gialli"}, missing)
        assert refused.value.errors[0].field == "password"
        assert "first password" in refused.value.errors[0].message
    assert "Giulia Gialli" not in [r.name for r in operator_accounts.account_rows(db, admin)]


def test_a_weak_first_password_or_a_taken_name_is_refused(db, admin, operator):
    with pytest.raises(ValidationFailed) as weak:
        create_operator(db, admin, {"name": "Giulia Gialli"}, "password")
    assert weak.value.errors[0].field == "password"
    with pytest.raises(ValidationFailed) as taken:
        create_operator(db, admin, {"name": "LUCA VERDI"}, "Tramonto-sul-molo")
    assert taken.value.errors[0].field == "name"
    assert [r.name for r in operator_accounts.account_rows(db, admin)] == [
        "Anna Bianchi",
        "Luca Verdi",
    ]


def test_role_and_desk_change_and_a_stale_copy_is_refused(db, admin, operator):
    other = create_desk(
        db,
        admin,
        {"name": "Antenna Sassari", "region": "sardegna", "country": "IT", "language": "it"},
    )
    row = _row(db, admin, "Luca Verdi")
    changed = operator_accounts.update_operator(
        db,
        admin,
        row.id,
        row.version,
        {"name": "Luca Verdi", "role": "coordinator", "desk_id": other},
    )
    assert sorted(changed) == ["desk_id", "role"]
    moved = resolve_actor(db, "Luca Verdi")
    assert moved.role.value == "coordinator" and moved.desk_id == other
    with pytest.raises(ConflictError):
        operator_accounts.update_operator(
            db, admin, row.id, row.version, {"name": "Luca Verdi", "role": "operator"}
        )
    assert resolve_actor(db, "Luca Verdi").role.value == "coordinator"


def test_a_switched_off_account_cannot_log_in(db, admin, operator):
    accounts.set_password(db, admin, operator.operator_id, "Pesto-e-focaccia")
    row = _row(db, admin, "Luca Verdi")
    operator_accounts.update_operator(
        db, admin, row.id, row.version, {"name": row.name, "role": "operator", "active": False}
    )
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia")
    with pytest.raises(PermissionDeniedError):
        resolve_actor(db, "Luca Verdi")


def test_the_last_administrator_stays(db, admin, operator):
    row = _row(db, admin, "Anna Bianchi")
    with pytest.raises(PermissionDeniedError, match="only active administrator"):
        operator_accounts.update_operator(
            db, admin, row.id, row.version, {"name": row.name, "role": "operator"}
        )
    with pytest.raises(PermissionDeniedError, match="own account"):
        operator_accounts.update_operator(
            db,
            admin,
            row.id,
            row.version,
            {"name": row.name, "role": "administrator", "active": False},
        )
    # With a second administrator the first may step down.
    luca = _row(db, admin, "Luca Verdi")
    operator_accounts.update_operator(
        db, admin, luca.id, luca.version, {"name": luca.name, "role": "administrator"}
    )
    operator_accounts.update_operator(
        db, admin, row.id, row.version, {"name": row.name, "role": "coordinator"}
    )
    assert resolve_actor(db, "Anna Bianchi").role.value == "coordinator"


def test_unlock_lifts_the_lockout_and_keeps_the_password(db, admin, operator):
    accounts.set_password(db, admin, operator.operator_id, "Pesto-e-focaccia")
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.LoginRefused):
            accounts.log_in(db, "Luca Verdi", "wrong one")
    assert _row(db, admin, "Luca Verdi").locked
    with pytest.raises(accounts.LoginRefused, match="locked"):
        accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia")
    operator_accounts.unlock_operator(db, admin, operator.operator_id)
    assert not _row(db, admin, "Luca Verdi").locked
    assert accounts.log_in(db, "Luca Verdi", "Pesto-e-focaccia", dt.datetime.now())
