"""The tamper matrix: each bundle refused in words, nothing written."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from sqlalchemy import func, select

from deskapp.models import Person
from deskapp.models.sync import SyncAuditEvent, SyncBundle
from deskapp.services.persons import create_person
from deskapp.sync.apply import import_bundle, import_bundle_bytes
from deskapp.sync.bundle import BundleRefused, canonical
from deskapp.sync.export import export_bundle
from deskapp.sync.identity import ensure_identity, private_key
from tests.conftest import person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


@pytest.fixture
def desk(tmp_path):
    db, actor = new_desk(tmp_path, "Antenna Genova")
    create_person(db, actor, person_data())
    yield db, actor
    db.dispose()


def _nothing_written(db):
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)),
            s.scalar(select(func.count()).select_from(SyncBundle)),
            s.scalar(select(func.count()).select_from(SyncAuditEvent)),
        )


def _refused(db, admin, data, words):
    before = _nothing_written(db)
    with pytest.raises(BundleRefused) as refused:
        import_bundle_bytes(db, admin, data)
    assert words in refused.value.message
    assert _nothing_written(db) == before
    return refused.value.message


def _resealed(data: bytes, change, key=None) -> bytes:
    """The bundle with its payload changed, signed again with ``key`` (or not)."""
    envelope = json.loads(data)
    payload = json.loads(zlib.decompress(base64.b64decode(envelope["payload"])))
    change(payload)
    packed = zlib.compress(canonical(payload))
    envelope["payload"] = base64.b64encode(packed).decode()
    if key is not None:
        envelope["signature"] = base64.b64encode(key.sign(packed)).decode()
    return canonical(envelope)


def test_tampered(db, admin, desk, tmp_path):
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    data = export_bundle(desk_db, desk_admin, tmp_path / "b").path.read_bytes()

    def rename(payload):
        for r in payload["records"]:
            if r["entity"] == "person":
                r["values"]["family_name"] = "Bianchi"

    _refused(db, admin, _resealed(data, rename), "tampered")


def test_truncated(db, admin, desk, tmp_path):
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    data = export_bundle(desk_db, desk_admin, tmp_path / "b").path.read_bytes()
    _refused(db, admin, data[: len(data) // 2], "cut short (truncated)")
    _refused(db, admin, b"", "cut short (truncated)")
    _refused(db, admin, b"PK\x03\x04 not a bundle", "not a deskapp bundle")


def test_unknown_desk(db, admin, desk, tmp_path):
    desk_db, desk_admin = desk
    data = export_bundle(desk_db, desk_admin, tmp_path / "b").path.read_bytes()
    _refused(db, admin, data, "not trusted here")


def test_replayed_after_a_restore(db, admin, desk, tmp_path):
    """Bundle 1 taken in; a different bundle 1 (the desk's database put back from a
    backup, or a forgery signed with the desk's key) is refused."""
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    first = export_bundle(desk_db, desk_admin, tmp_path / "b1").path.read_bytes()
    import_bundle_bytes(db, admin, first)
    with desk_db.read() as s:
        key = private_key(ensure_identity(s))

    def note(payload):
        payload["made_at"] = "2020-01-01 00:00:00"

    _refused(db, admin, _resealed(first, note, key), "taken in already")


def test_out_of_order_chain(db, admin, desk, tmp_path):
    """A bundle 2 that does not name bundle 1 as the one before it."""
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    import_bundle(db, admin, export_bundle(desk_db, desk_admin, tmp_path / "b1").path)
    second = export_bundle(desk_db, desk_admin, tmp_path / "b2").path.read_bytes()
    with desk_db.read() as s:
        key = private_key(ensure_identity(s))

    def fork(payload):
        payload["prev_hash"] = "0" * 64

    _refused(db, admin, _resealed(second, fork, key), "does not follow")


def test_newer_schema(db, admin, desk, tmp_path):
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    data = export_bundle(desk_db, desk_admin, tmp_path / "b").path.read_bytes()
    with desk_db.read() as s:
        key = private_key(ensure_identity(s))

    def newer(payload):
        payload["schema"] = "9999"

    _refused(db, admin, _resealed(data, newer, key), "newer database schema")


def test_an_audit_trail_changed_before_signing(db, admin, desk, tmp_path):
    """Signed by the desk, but its trail does not verify: refused too."""
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    data = export_bundle(desk_db, desk_admin, tmp_path / "b").path.read_bytes()
    with desk_db.read() as s:
        key = private_key(ensure_identity(s))

    def rewrite(payload):
        payload["audit"][0]["fields"] = "something_else"

    _refused(db, admin, _resealed(data, rewrite, key), "audit trail")


def test_a_gap_is_held_and_said(db, admin, desk, tmp_path):
    desk_db, desk_admin = desk
    trust(db, admin, desk_db, "Genova")
    export_bundle(desk_db, desk_admin, tmp_path / "b1")
    export_bundle(desk_db, desk_admin, tmp_path / "b2")
    third = export_bundle(desk_db, desk_admin, tmp_path / "b3").path
    [held] = import_bundle(db, admin, third)
    assert held.state == "held" and held.waiting_for == [1, 2]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
