"""The command line on a server that asks for a password nobody gave (no PGPASSWORD,
no ~/.pgpass entry): typed on a terminal (getpass), never echoed nor printed; refused
in words when there is no terminal to type it on."""

from __future__ import annotations

import io

import pytest

from deskapp.cli import main
from tests.postgres_server import find_bindir
from tests.server_trouble import PASSWORD, TroubleServer

ADMIN = "Anna Bianchi"


@pytest.fixture(scope="module")
def trouble():
    if find_bindir() is None:
        pytest.skip("PostgreSQL's binaries are not installed")
    server = TroubleServer()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def no_password_around(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_servers_password_is_typed_on_a_terminal(trouble, monkeypatch, capsys):
    asked: list[str] = []

    def typed(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", typed)
    argv = ["--db", trouble.address(), "init", "--desk", "Antenna Imperia", "--region",
            "liguria", "--admin", ADMIN]  # fmt: skip
    assert main(argv) == 0
    assert main(["--db", trouble.address(), "--operator", ADMIN, "search", "rossi"]) == 0
    assert asked == ["Password of deskapp_pw on " + str(trouble.server.socket_dir) + ": "] * 2
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err


def test_without_a_terminal_the_password_is_asked_for_in_words(trouble, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("asked"))
    assert main(["--db", trouble.address(), "--operator", ADMIN, "search", "rossi"]) == 1
    err = capsys.readouterr().err
    assert "asks for a password" in err and "PGPASSWORD" in err and "Traceback" not in err


def test_a_refused_password_is_said_and_not_repeated(trouble, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "Wrong-Guess-99")
    assert main(["--db", trouble.address(), "--operator", ADMIN, "search", "rossi"]) == 2
    err = capsys.readouterr().err
    assert "password authentication failed" in err and "Wrong-Guess" not in err


@pytest.mark.parametrize("command", [["db", "check"], ["db", "upgrade"]])
def test_the_db_commands_ask_for_the_servers_password_too(trouble, monkeypatch, capsys, command):
    # After the init of the first test (same module server): the schema is there.
    asked: list[str] = []

    def typed(prompt: str = "") -> str:
        asked.append(prompt)
        return PASSWORD

    monkeypatch.setattr("sys.stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", typed)
    assert main(["--db", trouble.address(), *command]) == 0
    assert len(asked) == 1
    out = capsys.readouterr()
    assert PASSWORD not in out.out + out.err
