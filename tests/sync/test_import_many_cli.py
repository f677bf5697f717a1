"""``deskapp sync import`` with many bundles, or a folder of them (issue 16): each
desk's in their order, a refused one named and refusing only itself."""

from __future__ import annotations

from sqlalchemy import select

from deskapp.cli.main import main
from deskapp.models import Person
from deskapp.services.persons import create_person
from tests.conftest import person_data
from tests.sync.test_end_to_end import _init, _key, _sync


def test_a_folder_of_bundles_in_each_desks_order_a_damaged_one_said(tmp_path, capsys):
    centre = tmp_path / "coordinator.sqlite"
    coordinator_db = _init(centre, "Coordinamento OPERA", "Carla Neri")
    genova = tmp_path / "genova.sqlite"
    genova_db = _init(genova, "Antenna Genova", "Anna Bianchi")
    from deskapp.services.actor import resolve_actor

    anna = resolve_actor(genova_db, "Anna Bianchi")
    key, fingerprint = _key(genova, capsys)
    assert (
        _sync(centre, "Carla Neri", "trust", key, "--desk", "Genova", "--fingerprint", fingerprint)
        == 0
    )
    inbox = tmp_path / "inbox"
    create_person(genova_db, anna, person_data())
    # Names that sort against the desk's order: bundle 2 first.
    assert _sync(genova, "Anna Bianchi", "export", "-o", str(inbox / "b-first.deskbundle")) == 0
    create_person(
        genova_db,
        anna,
        person_data(codice_fiscale="", given_name="Anna", sex="F", birth_date="02/03/1975"),
    )
    assert _sync(genova, "Anna Bianchi", "export", "-o", str(inbox / "a-second.deskbundle")) == 0
    (inbox / "c-cut.deskbundle").write_bytes((inbox / "b-first.deskbundle").read_bytes()[:500])
    (inbox / "readme.txt").write_text("not a bundle")
    capsys.readouterr()

    assert _sync(centre, "Carla Neri", "import", str(inbox)) == 1
    said = capsys.readouterr()
    lines = [line for line in said.out.splitlines() if "taken in" in line]
    assert lines[0].startswith("Bundle 1 (full) of 'Genova' taken in")
    assert lines[1].startswith("Bundle 2 (full) of 'Genova' taken in")
    assert "is held" not in said.out
    assert "c-cut.deskbundle" in said.err and "truncated" in said.err
    with coordinator_db.read() as s:
        assert sorted(s.scalars(select(Person.given_name))) == ["Anna", "Mario"]

    empty = tmp_path / "empty"
    empty.mkdir()
    assert _sync(centre, "Carla Neri", "import", str(empty)) == 1
    assert "No bundle files" in capsys.readouterr().err
    for db in (coordinator_db, genova_db):
        db.dispose()


def test_the_help_names_folders():
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(["sync", "import", "--help"])
    assert "FILE|FOLDER" in out.getvalue()
