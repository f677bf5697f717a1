"""The command line on a PostgreSQL server: postgresql:// in --db, no password in it."""

from __future__ import annotations

import pytest

from deskapp.cli import main

ADMIN = "Anna Bianchi"


@pytest.fixture
def server_db(empty_postgres_database, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    return empty_postgres_database


def _init(url):
    return main(["--db", url, "init", "--desk", "Antenna Imperia", "--region", "liguria",
                 "--admin", ADMIN])  # fmt: skip


def test_init_search_check_and_upgrade_on_a_server(server_db, capsys):
    assert _init(server_db) == 0
    assert main(["--db", server_db, "--operator", ADMIN, "search", "rossi"]) == 0
    capsys.readouterr()
    assert main(["--db", server_db, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "chain intact" in out and out.strip().endswith("ok")
    assert main(["--db", server_db, "db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_demo_fills_an_empty_server_database(server_db, capsys):
    assert main(["--db", server_db, "demo", "--persons", "60", "--seed", "2"]) == 0
    assert "60 persons" in capsys.readouterr().out
    assert main(["--db", server_db, "db", "check"]) == 0


def test_a_command_on_an_empty_server_database_says_to_init(server_db, capsys):
    assert main(["--db", server_db, "--operator", ADMIN, "search", "x"]) != 0
    err = capsys.readouterr().err
    assert "deskapp init" in err and "Traceback" not in err


def test_encryption_at_rest_is_the_servers_job(server_db, capsys):
    assert _init(server_db) == 0
    assert main(["--db", server_db, "db", "encrypt"]) != 0
    err = capsys.readouterr().err
    assert "server's job" in err and "Traceback" not in err


def test_a_server_is_backed_up_with_pg_dump_and_restored_into_an_empty_database(
    server_db, tmp_path, capsys, request, monkeypatch
):
    from tests.conftest import _create_database, _drop_database

    monkeypatch.setenv("DESKAPP_PASSWORD", "antenna-demo-2026")
    admin = "Amministratore demo"

    assert main(["--db", server_db, "demo", "--persons", "40", "--seed", "3"]) == 0
    archive = tmp_path / "registry.dump"
    assert main(["--db", server_db, "--operator", admin, "db", "backup", "-o", str(archive)]) == 0
    assert archive.stat().st_size > 0
    assert not list(tmp_path.glob("*.partial"))
    # Not over a registry: the one backed up is refused, and kept.
    assert main(["--db", server_db, "db", "restore", str(archive), "--yes"]) != 0
    assert "is not empty" in capsys.readouterr().err
    server = request.getfixturevalue("postgres_server")
    name = "restored_" + archive.stem
    _create_database(server, name)
    try:
        target = server.url(name).replace("postgresql+psycopg://", "postgresql://", 1)
        assert main(["--db", target, "db", "restore", str(archive)]) != 0  # no --yes
        assert main(["--db", target, "db", "restore", str(archive), "--yes"]) == 0
        out = capsys.readouterr().out
        assert "chain intact" in out
        # The same people, found by the same search.
        assert main(["--db", target, "--operator", admin, "search", "a"]) == 0
        restored = capsys.readouterr().out
        assert main(["--db", server_db, "--operator", admin, "search", "a"]) == 0
        assert capsys.readouterr().out == restored
    finally:
        _drop_database(server, name)


def test_a_password_in_the_address_is_refused_and_never_printed(monkeypatch, capsys, tmp_path):
    monkeypatch.chdir(tmp_path)
    url = "postgresql://desk:Sekret-Passw0rd@db.example:5432/registry"
    for argv in (["search", "x"], ["db", "check"]):
        assert main(["--db", url, "--operator", ADMIN, *argv]) != 0
        captured = capsys.readouterr()
        assert "Sekret" not in captured.err + captured.out
        assert "PGPASSWORD" in captured.err
    monkeypatch.setenv("DESKAPP_DB", url)
    assert main(["--operator", ADMIN, "search", "x"]) != 0
    assert "Sekret" not in capsys.readouterr().err


def test_an_unreachable_server_is_said_in_words(tmp_path, capsys):
    url = f"postgresql://nobody@/registry?host={tmp_path}"  # no server listens there
    assert main(["--db", url, "--operator", ADMIN, "search", "x"]) != 0
    err = capsys.readouterr().err
    assert "Cannot open the database at postgresql://nobody@/registry" in err
    assert "Traceback" not in err


def test_the_window_refuses_a_password_in_a_servers_address(capsys):
    """The window opens a server's database (tests/ui/test_server_window.py), but not
    from an address holding a password: refused before any window, never repeated."""
    assert main(["--db", "postgresql://desk:Sekret-Passw0rd@db.example/registry"]) != 0
    err = capsys.readouterr().err
    assert "PGPASSWORD" in err and "Sekret" not in err


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://desk@db.example/registry?password=Sekret-Passw0rd",
        "postgresql://desk@db.example/registry?sslmode=require&PassWord=Sekret-Passw0rd",
        "postgres://desk@db.example/registry?%70assword=Sekret-Passw0rd",
        "postgresql://desk@db.example/registry?password",
    ],
)
def test_a_password_in_the_addresss_parameters_is_refused_too(url, capsys, tmp_path):
    """libpq takes ?password=... as well as user:password@: refused the same way,
    wherever an address comes in, and never repeated."""
    from deskapp.paths import PasswordInUrlError, server_address

    with pytest.raises(PasswordInUrlError):
        server_address(url)
    assert main(["--db", url, "--operator", ADMIN, "db", "check"]) != 0
    err = capsys.readouterr().err
    assert "Sekret" not in err and "PGPASSWORD" in err
    assert main(["--db", str(tmp_path / "desk.sqlite"), "db", "copy", "--to", url]) != 0
    err = capsys.readouterr().err
    assert "Sekret" not in err and "PGPASSWORD" in err


def test_an_address_is_shown_without_a_password_among_its_parameters():
    from deskapp.models.database import Database

    db = Database("postgresql://desk@db.example/registry?sslmode=require&Password=Sekret")
    try:
        assert "Sekret" not in db.location and "sslmode=require" in db.location
    finally:
        db.dispose()


def test_without_pg_dump_a_backup_is_said_to_be_the_servers_job(
    server_db, tmp_path, capsys, monkeypatch
):
    assert _init(server_db) == 0
    monkeypatch.setattr("deskapp.services.server_backup.find_tool", lambda name: None)
    target = tmp_path / "registry.dump"
    assert main(["--db", server_db, "--operator", ADMIN, "db", "backup", "-o", str(target)]) != 0
    err = capsys.readouterr().err
    assert "pg_dump is not installed" in err and "Traceback" not in err
    assert not target.exists()
