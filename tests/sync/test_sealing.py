"""Bundles encrypted to the coordinator's key: unreadable on the way (names, and even
which desk sent it), opened by the coordinator as any bundle; sealed to another key,
or changed on the way: refused in words, nothing written."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from deskapp.cli.main import main
from deskapp.errors import DeskappError
from deskapp.models import Person
from deskapp.models.sync import SyncBundle
from deskapp.services.persons import create_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.bundle import BundleRefused
from deskapp.sync.export import export_bundle
from deskapp.sync.identity import identity
from deskapp.sync.sealing import keep_recipient, sealing_key
from tests.conftest import person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


@pytest.fixture
def genova(tmp_path):
    db, actor = new_desk(tmp_path, "Antenna Genova")
    create_person(db, actor, person_data())
    yield db, actor
    db.dispose()


def _ledger(db) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count()).select_from(SyncBundle).where(SyncBundle.direction == "in")
        )


def test_a_sealed_bundle_hides_everything_and_the_coordinator_opens_it(db, admin, genova, tmp_path):
    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    key = sealing_key(db)
    kept, before = keep_recipient(desk, desk_admin, key.text, key.fingerprint)
    assert not before and kept.fingerprint == key.fingerprint
    made = export_bundle(desk, desk_admin, tmp_path / "b1", seal_to=kept.public_key)
    content = made.path.read_bytes()
    with desk.read() as s:
        node = identity(s).node
    for secret in (b"Rossi", b"Genova", node.encode(), b"deskapp-bundle"):
        assert secret not in content
    [applied] = import_bundle(db, admin, made.path)
    assert applied.state == "applied" and applied.desk == "Genova"
    with db.read() as s:
        assert s.scalar(select(Person.family_name).where(Person.origin != "")) == "Rossi"
    [again] = import_bundle(db, admin, made.path)  # sealed again differs, same bundle
    assert again.state == "already"


def test_sealed_to_another_key_or_changed_on_the_way_is_refused(db, admin, genova, tmp_path):
    desk, desk_admin = genova
    trust(db, admin, desk, "Genova")
    other, other_admin = new_desk(tmp_path, "Coordinamento Altro")
    key = sealing_key(other)
    keep_recipient(desk, desk_admin, key.text, key.fingerprint)
    made = export_bundle(desk, desk_admin, tmp_path / "b1", seal_to=key.public_key)
    with pytest.raises(BundleRefused, match="encrypted to another key"):
        import_bundle(db, admin, made.path)
    assert _ledger(db) == 0

    ours = sealing_key(db)
    keep_recipient(desk, desk_admin, ours.text, ours.fingerprint)
    content = export_bundle(desk, desk_admin, tmp_path / "b2", seal_to=ours.public_key)
    data = bytearray(content.path.read_bytes())
    data[-40] ^= 1
    changed = tmp_path / "changed"
    changed.write_bytes(bytes(data))
    with pytest.raises(BundleRefused, match="changed or damaged"):
        import_bundle(db, admin, changed)
    cut = tmp_path / "cut"
    cut.write_bytes(bytes(data[:60]))
    with pytest.raises(BundleRefused):
        import_bundle(db, admin, cut)
    assert _ledger(db) == 0
    other.dispose()


def test_a_sealing_key_is_kept_only_with_its_fingerprint(db, admin, genova):
    desk, desk_admin = genova
    key = sealing_key(db)
    with pytest.raises(DeskappError, match="fingerprint does not match"):
        keep_recipient(desk, desk_admin, key.text, "0000 0000 0000 0000 0000 0000 0000 0000")
    with pytest.raises(DeskappError, match="not a coordinator's sealing key"):
        keep_recipient(desk, desk_admin, key.text.replace("seal", "key"), key.fingerprint)


def test_through_the_command_line(tmp_path, capsys):
    centre, genova = tmp_path / "centre.sqlite", tmp_path / "genova.sqlite"
    for path, desk, admin in (
        (centre, "Coordinamento", "Carla Neri"),
        (genova, "Genova", "Anna Bianchi"),
    ):
        assert (
            main(
                ["--db", str(path), "init", "--desk", desk, "--region", "liguria", "--admin", admin]
            )
            == 0
        )

    def run(path, admin, *words):
        return main(["--db", str(path), "--operator", admin, "sync", *words])

    capsys.readouterr()
    assert (
        main(["--db", str(centre), "sync", "key", "--sealing", "-o", str(tmp_path / "seal")]) == 0
    )
    out = capsys.readouterr().out
    assert "Sealing key fingerprint" in out
    fingerprint = re.search(r"([0-9A-F]{4}(?: [0-9A-F]{4}){7})", out).group(1)
    assert main(["--db", str(genova), "sync", "key", "-o", str(tmp_path / "desk")]) == 0
    desk_fp = re.search(r"([0-9A-F]{4}(?: [0-9A-F]{4}){7})", capsys.readouterr().out).group(1)
    assert (
        run(
            centre,
            "Carla Neri",
            "trust",
            str(tmp_path / "desk"),
            "--desk",
            "Genova",
            "--fingerprint",
            desk_fp,
        )
        == 0
    )

    # The first time: the key file and its fingerprint; then the fingerprint names it.
    b1, b2 = tmp_path / "b1", tmp_path / "b2"
    assert (
        run(genova, "Anna Bianchi", "export", "-o", str(b1), "--encrypt-to", str(tmp_path / "seal"))
        == 1
    )
    assert "fingerprint" in capsys.readouterr().err
    assert not b1.exists()
    assert (
        run(
            genova,
            "Anna Bianchi",
            "export",
            "-o",
            str(b1),
            "--encrypt-to",
            str(tmp_path / "seal"),
            "--fingerprint",
            fingerprint,
        )
        == 0
    )
    assert "encrypted to the key" in capsys.readouterr().out
    assert run(genova, "Anna Bianchi", "export", "-o", str(b2), "--encrypt-to", fingerprint) == 0
    assert b1.read_bytes().startswith(b"deskapp-sealed-bundle") and b2.read_bytes().startswith(
        b"deskapp-sealed-bundle"
    )
    capsys.readouterr()
    assert run(centre, "Carla Neri", "import", str(b1), str(b2)) == 0
    out = capsys.readouterr().out
    assert out.count("taken in") == 2
