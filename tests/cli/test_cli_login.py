"""The command line is a door too: no personal data without a login, names matched
exactly, the same lockout and words as the window, no new database by mistake."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskapp.cli import main
from deskapp.cli.login import acting_operator
from deskapp.cli.parser import build_parser
from deskapp.errors import DeskappError
from deskapp.models import AuditEvent, Operator
from deskapp.models.database import Database
from deskapp.services.accounts import log_in
from deskapp.services.demo import DEMO_PASSWORD

ADMIN = "Amministratore demo"


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    path = tmp_path / "cli.sqlite"
    assert main(["--db", str(path), "demo", "--persons", "30", "--seed", "2"]) == 0
    return str(path)


def _events(dbfile: str) -> list[AuditEvent]:
    from sqlalchemy import select

    db = Database.at_path(dbfile)
    try:
        with db.read() as s:
            return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    finally:
        db.dispose()


@pytest.mark.parametrize("pattern", ["Amministratore demo%", "Amministratore_demo", "%", "_%"])
def test_operator_wildcards_are_ordinary_characters(dbfile, pattern, monkeypatch, capsys):
    """Today '--operator "Amministratore demo%"' with no password acted as the
    administrator: a wildcard must never stand for a name."""
    monkeypatch.delenv("DESKAPP_PASSWORD")
    capsys.readouterr()
    before = len(_events(dbfile))
    code = main(["--db", dbfile, "--operator", pattern, "export", "persons", "-o", dbfile + ".csv"])
    assert code == 1
    assert not os.path.exists(dbfile + ".csv")
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # Nothing was done as anybody: at most failed logins were recorded.
    after = _events(dbfile)[before:]
    assert all(e.action.value == "login_failed" for e in after)


def test_unknown_operator_is_not_told_apart_and_no_account_is_listed(dbfile, capsys):
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", "nobody", "search", "Rossi"]) == 1
    err = capsys.readouterr().err
    assert "Unknown operator or wrong password" in err
    assert ADMIN not in err
    assert main(["--db", dbfile, "search", "Rossi"]) == 1
    err = capsys.readouterr().err
    assert "--operator" in err and ADMIN not in err and "Operatore" not in err


def test_search_needs_a_login_and_is_audited(dbfile, monkeypatch, capsys):
    capsys.readouterr()
    monkeypatch.delenv("DESKAPP_PASSWORD")
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "a"]) == 1
    assert "password" in capsys.readouterr().err
    monkeypatch.setenv("DESKAPP_PASSWORD", "not the password")
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "a"]) == 1
    assert "Unknown operator or wrong password" in capsys.readouterr().err
    monkeypatch.setenv("DESKAPP_PASSWORD", DEMO_PASSWORD)
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "a"]) == 0
    assert capsys.readouterr().out.strip()
    last = _events(dbfile)[-1]
    assert last.entity == "search" and last.action.value == "export"
    assert "a" not in last.detail.split()  # what was searched is not kept


def test_command_line_lockout_is_the_windows(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_PASSWORD", "wrong password!")
    for _ in range(5):
        assert main(["--db", dbfile, "--operator", ADMIN, "search", "x"]) == 1
    capsys.readouterr()
    monkeypatch.setenv("DESKAPP_PASSWORD", DEMO_PASSWORD)
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "x"]) == 1
    assert "locked" in capsys.readouterr().err


def test_an_account_without_password_cannot_act_from_the_command_line(dbfile, capsys):
    from sqlalchemy import update

    db = Database.at_path(dbfile)
    with db.write() as s:
        s.execute(update(Operator).where(Operator.name == ADMIN).values(password_hash=None))
    db.dispose()
    capsys.readouterr()
    code = main(["--db", dbfile, "--operator", ADMIN, "export", "persons", "-o", dbfile + ".csv"])
    assert code == 1
    assert "no password yet" in capsys.readouterr().err
    assert not os.path.exists(dbfile + ".csv")


def test_demo_never_adds_its_accounts_to_a_real_registry(tmp_path, capsys):
    path = str(tmp_path / "real.sqlite")
    assert (
        main(
            ["--db", path, "init", "--desk", "Antenna Imperia", "--region", "liguria"]
            + ["--admin", "Anna Bianchi"]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", path, "demo", "--persons", "5"]) == 1
    err = capsys.readouterr().err
    assert "already set up" in err
    db = Database.at_path(path)
    with db.read() as s:
        from sqlalchemy import select

        assert list(s.scalars(select(Operator.name))) == ["Anna Bianchi"]
    db.dispose()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "Rossi"],
        ["export", "persons", "-o", "out.csv"],
        ["db", "check"],
        ["db", "backup", "-o", "copy.sqlite"],
        ["gdpr", "erase", "--person", "1", "--yes"],
        ["report", "dossier", "--person", "1", "-o", "d.pdf"],
    ],
)
def test_a_mistyped_database_path_creates_nothing(tmp_path, argv, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo.sqlite"
    assert main(["--db", str(missing), "--operator", ADMIN, *argv]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and "typo.sqlite" in err
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_url_is_never_taken_for_a_file_name(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = "mysql://desk@server:3306/registry"  # postgresql://: tests/cli/test_cli_server.py
    assert main(["--db", url, "--operator", ADMIN, "search", "x"]) != 0
    err = capsys.readouterr().err
    assert "mysql" in err and "Traceback" not in err
    assert list(tmp_path.rglob("*")) == []


def test_options_after_the_subcommand(dbfile, capsys):
    capsys.readouterr()
    assert main(["search", "a", "--db", dbfile, "--operator", ADMIN]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["db", "check", "--db", dbfile]) == 0
    args = build_parser().parse_args(["report", "dossier", "--person", "1", "-o", "x", "--db", "y"])
    assert args.db == "y"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_are_private(tmp_path, capsys, monkeypatch):
    old = os.umask(0o022)
    try:
        folder = tmp_path / "data"
        path = folder / "desk.sqlite"
        assert main(["--db", str(path), "demo", "--persons", "5"]) == 0
        assert (
            main(
                [
                    "--db",
                    str(path),
                    "--operator",
                    ADMIN,
                    "export",
                    "persons",
                    "-o",
                    str(tmp_path / "people.csv"),
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    "--db",
                    str(path),
                    "--operator",
                    ADMIN,
                    "db",
                    "backup",
                    "-o",
                    str(tmp_path / "copy.sqlite"),
                ]
            )
            == 0
        )
        for created in [path, tmp_path / "people.csv", tmp_path / "copy.sqlite"]:
            assert stat.S_IMODE(created.stat().st_mode) == 0o600, created.name
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for companion in folder.iterdir():
            assert stat.S_IMODE(companion.stat().st_mode) & 0o077 == 0, companion.name
    finally:
        os.umask(old)


# Names an attacker would try: wildcards, quotes, SQL, look-alikes, control characters.
HOSTILE_NAMES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "%",
            "_",
            "*",
            "Amministratore demo%",
            "Amministratore_demo",
            "amministratore demo%",
            "Amministratore demo' OR '1'='1",
            'Amministratore demo"; --',
            "Аmministratore demo",  # Cyrillic A
            "Amministratore\u00a0demo",
            "Amministratore demo\u200b",
            "Amministratore demo\x00",
            "x" * 10_000,
        ]
    ),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["Amministratore demo", ADMIN[:5]]),
        st.text(alphabet="%_*?[]'\"\\ ", max_size=5),
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=HOSTILE_NAMES)
def test_no_name_resolves_to_an_account_without_its_password(dbfile, name):
    db = Database.at_path(dbfile)
    try:
        if name.strip().casefold() != ADMIN.casefold():
            with pytest.raises(DeskappError):
                log_in(db, name, DEMO_PASSWORD + "?")
        with pytest.raises(DeskappError):
            log_in(db, name, "")
        args = build_parser().parse_args(["--operator", name, "search", "x"])
        os.environ["DESKAPP_PASSWORD"] = "wrong"
        try:
            with pytest.raises(DeskappError):
                acting_operator(db, args)
        finally:
            os.environ["DESKAPP_PASSWORD"] = DEMO_PASSWORD
    finally:
        db.dispose()


def test_a_desk_name_is_never_a_pattern(dbfile, tmp_path, capsys):
    capsys.readouterr()
    out = tmp_path / "dossiers"
    code = main(
        ["--db", dbfile, "--operator", ADMIN, "report", "dossiers", "--desk", "%", "-o", str(out)]
    )
    assert code == 1
    assert "No desk is called '%'" in capsys.readouterr().err
    assert not out.exists()
