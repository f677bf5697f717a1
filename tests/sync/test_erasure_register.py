"""An erasure received in a bundle goes in the coordinator's register of erasures (the
one its own erasures use: a restored backup cannot bring the person back), with the
desk it came from and no identity; the data protection officer reads the list."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from deskapp.cli.main import main
from deskapp.models import Person
from deskapp.services.erasure_register import read_register, register_path
from deskapp.services.gdpr import erase_person
from deskapp.services.persons import create_person
from deskapp.sync.apply import import_bundle
from deskapp.sync.export import export_bundle
from deskapp.sync.identity import identity
from deskapp.sync.overview import erasures_received
from tests.conftest import MARIO_CF, person_data
from tests.sync.helpers import new_desk, trust

pytestmark = pytest.mark.both_engines


def _bundles(tmp_path):
    desk, desk_admin = new_desk(tmp_path, "Antenna Genova")
    saved = create_person(desk, desk_admin, person_data())
    create_person(
        desk,
        desk_admin,
        person_data(codice_fiscale="", given_name="Anna", sex="F", birth_date="02/03/1975"),
    )
    b1 = export_bundle(desk, desk_admin, tmp_path / "b1").path
    erase_person(desk, desk_admin, saved.id)
    b2 = export_bundle(desk, desk_admin, tmp_path / "b2").path
    with desk.read() as s:
        node = identity(s).node
    return desk, desk_admin, node, b1, b2


def test_an_erasure_received_is_listed_with_its_desk_and_no_identity(db, admin, tmp_path):
    desk, _desk_admin, node, b1, b2 = _bundles(tmp_path)
    trust(db, admin, desk, "Genova")
    import_bundle(db, admin, b1)
    assert erasures_received(db, admin) == []
    import_bundle(db, admin, b2)
    import_bundle(db, admin, b2)  # twice: listed once
    with db.read() as s:
        erased = s.scalar(select(Person).where(Person.anonymised_on.is_not(None)))
    [listed] = erasures_received(db, admin)
    assert (listed.person_id, listed.desk, listed.erased_on) == (
        erased.id,
        "Genova",
        dt.date.today(),
    )
    if db.path is not None:  # the register is a file beside a database file
        register = register_path(db.path)
        [line] = read_register(register)
        assert (line.person_id, line.erased_on, line.desk) == (erased.id, dt.date.today(), node)
        text = register.read_text("ascii")
        assert "Rossi" not in text and MARIO_CF not in text
    desk.dispose()


def test_the_command_line_lists_them(tmp_path, capsys):
    centre = tmp_path / "centre.sqlite"
    assert (
        main(
            [
                *("--db", str(centre), "init", "--desk", "Coordinamento"),
                *("--region", "liguria", "--admin", "Carla Neri"),
            ]
        )
        == 0
    )
    desk, _desk_admin, _node, b1, b2 = _bundles(tmp_path)
    from deskapp.models.database import Database
    from deskapp.services.actor import resolve_actor

    coordinator = Database.at_path(centre)
    trust(coordinator, resolve_actor(coordinator, "Carla Neri"), desk, "Genova")
    coordinator.dispose()
    words = ["--db", str(centre), "--operator", "Carla Neri", "sync"]
    assert main([*words, "import", str(b1), str(b2)]) == 0
    capsys.readouterr()
    assert main([*words, "erasures"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Person \d+: erased on \S+ at 'Genova'", out), out
    assert "Rossi" not in out
    desk.dispose()
