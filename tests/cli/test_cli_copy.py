"""'deskapp db copy --to': a desk's file into an empty PostgreSQL database and back, as
an administrator types it; refusals in words, nothing written."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect

from deskapp.cli import main
from deskapp.models.sqlite_files import is_encrypted

ADMIN = "Amministratore demo"
KEY = "una chiave lunga abbastanza"


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    monkeypatch.delenv("DESKAPP_KEY", raising=False)
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "demo", "--persons", "30", "--seed", "4"]) == 0
    return path


def _tables(url):
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def test_a_desk_moves_to_a_server_and_back(desk, empty_postgres_database, tmp_path, capsys):
    url = empty_postgres_database
    capsys.readouterr()
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", url]) == 0
    out = capsys.readouterr().out
    assert "people: 30" in out and "operator accounts: " in out and "business plans: " in out
    assert "verify on the copy" in out and "work on the server" in out
    assert main(["--db", url, "db", "check"]) == 0
    assert "chain intact" in capsys.readouterr().out
    assert main(["--db", url, "--operator", ADMIN, "search", "a"]) == 0

    back = tmp_path / "back.sqlite"
    back.touch()  # an empty file may be the target: nothing in it to lose
    assert main(["--db", url, "--operator", ADMIN, "db", "copy", "--to", str(back)]) == 0
    out = capsys.readouterr().out
    assert "people: 30" in out and "is not encrypted" in out
    assert main(["--db", str(back), "db", "check"]) == 0
    checked = capsys.readouterr().out
    assert "chain intact" in checked and checked.strip().endswith("ok")
    # The copy went on the source's trail, as a backup does.
    with sqlite3.connect(desk) as conn:
        [(detail,)] = conn.execute("SELECT detail FROM audit_event ORDER BY id DESC LIMIT 1")
    assert detail == "copied whole to a database server"


def test_an_encrypted_desk_is_read_with_its_key_and_the_new_file_encrypted(
    desk, empty_postgres_database, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("DESKAPP_KEY", KEY)
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "encrypt"]) == 0
    assert is_encrypted(desk)
    url = empty_postgres_database
    capsys.readouterr()
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", url]) == 0
    assert "encryption at rest is the server's job" in capsys.readouterr().out
    back = tmp_path / "back.sqlite"
    argv = ["--db", url, "--operator", ADMIN, "db", "copy", "--to", str(back), "--encrypt"]
    assert main(argv) == 0
    assert "Keep the key safe" in capsys.readouterr().out
    assert is_encrypted(back)
    assert main(["--db", str(back), "db", "check"]) == 0
    monkeypatch.delenv("DESKAPP_KEY")
    assert main(["--db", str(back), "db", "check"]) != 0
    assert "encrypted" in capsys.readouterr().err


def test_a_server_that_holds_data_is_refused_naming_it(desk, empty_postgres_database, capsys):
    url = empty_postgres_database
    assert main(["--db", url, "demo", "--persons", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", url]) != 0
    err = capsys.readouterr().err
    assert "is not empty" in err and "person 5" in err and "Traceback" not in err


def test_a_file_that_holds_data_is_refused(desk, empty_postgres_database, tmp_path, capsys):
    url = empty_postgres_database
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", url]) == 0
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"a letter, not a database")
    capsys.readouterr()
    assert main(["--db", url, "--operator", ADMIN, "db", "copy", "--to", str(taken)]) != 0
    assert "exists and is not empty" in capsys.readouterr().err
    assert taken.read_bytes() == b"a letter, not a database"


def test_an_operator_who_is_not_an_administrator_is_refused(
    desk, empty_postgres_database, capsys, monkeypatch
):
    from deskapp.models.migrate import open_database
    from deskapp.services.actor import resolve_actor
    from deskapp.services.organisation import create_operator

    db, _ = open_database(desk)
    try:
        admin = resolve_actor(db, ADMIN)
        create_operator(db, admin, {"name": "Giulia Esposito", "role": "operator"}, "Lanterna-42!")
    finally:
        db.dispose()
    capsys.readouterr()
    argv = ["--db", str(desk), "--operator", "Giulia Esposito", "db", "copy", "--to"]
    monkeypatch.setenv("DESKAPP_PASSWORD", "Lanterna-42!")
    assert main([*argv, empty_postgres_database]) != 0
    assert "Only an administrator" in capsys.readouterr().err
    assert _tables(empty_postgres_database) == set()


def test_a_desk_not_at_this_version_is_told_to_upgrade(tmp_path, empty_postgres_database, capsys):
    from deskapp.models.database import Database
    from deskapp.models.migrate import migrate_to

    old = tmp_path / "old.sqlite"
    db = Database.at_path(old)
    migrate_to(db, "0016")
    db.dispose()
    assert main(["--db", str(old), "db", "copy", "--to", empty_postgres_database]) != 0
    err = capsys.readouterr().err
    assert "deskapp db upgrade" in err and "0016" in err
    assert _tables(empty_postgres_database) == set()


def test_a_hostile_value_is_named_and_the_server_left_empty(desk, empty_postgres_database, capsys):
    with sqlite3.connect(desk) as conn:
        [(person,)] = conn.execute("SELECT max(id) FROM person")
        conn.execute("UPDATE person SET notes = 'x' || char(0) WHERE id = ?", (person,))
    capsys.readouterr()
    argv = ["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", empty_postgres_database]
    assert main(argv) != 0
    err = capsys.readouterr().err
    assert f"table person, row {person}, column notes: holds a NUL character" in err
    assert "Nothing was written" in err and "Traceback" not in err
    assert _tables(empty_postgres_database) == set()


@pytest.mark.parametrize(
    ("to", "said"),
    [
        ("other.sqlite", "db backup -o FILE"),
        ("mysql://desk@db.example/registry", "'mysql://...' is not a database deskapp can copy to"),
        ("postgresql://desk:Sekret-Passw0rd@db.example/registry", "PGPASSWORD"),
        ("  ", "--to is empty"),
    ],
)
def test_what_cannot_be_a_target_is_said(desk, to, said, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", to]) != 0
    captured = capsys.readouterr()
    assert said in captured.err and "Sekret" not in captured.err + captured.out
    assert not (tmp_path / "other.sqlite").exists()


def test_a_server_to_a_server_is_the_servers_job(empty_postgres_database, capsys):
    url = empty_postgres_database
    assert main(["--db", url, "demo", "--persons", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--operator", ADMIN, "db", "copy", "--to", url]) != 0
    assert "pg_dump" in capsys.readouterr().err


def test_encrypt_is_for_a_file_not_a_server(desk, empty_postgres_database, capsys):
    argv = ["--db", str(desk), "--operator", ADMIN, "db", "copy", "--to", empty_postgres_database]
    assert main([*argv, "--encrypt"]) != 0
    assert "server's job" in capsys.readouterr().err
    assert _tables(empty_postgres_database) == set()
