"""The command line speaks the operator's language: their desk's once they have
logged in, DESKAPP_LANGUAGE when it says another, the system's before a login."""

from __future__ import annotations

import pytest

from deskapp.cli import main

ADMIN = "Amministratore demo"  # of Antenna Genova: an Italian desk


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    path = str(tmp_path / "desk.sqlite")
    assert main(["--db", path, "demo", "--persons", "30", "--seed", "2"]) == 0
    return path


def test_an_italian_desk_gets_italian(dbfile, monkeypatch, capsys, tmp_path):
    monkeypatch.delenv("DESKAPP_LANGUAGE")
    monkeypatch.setenv("LANG", "C.UTF-8")
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "zzzzqq"]) == 0
    assert "Nessuno trovato." in capsys.readouterr().out
    out = tmp_path / "people.csv"
    assert main(["--db", dbfile, "--operator", ADMIN, "export", "persons", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "scritte in" in said and str(out) in said
    # An error after the login: in Italian too.
    code = main(["--db", dbfile, "--operator", ADMIN, "gdpr", "erase", "--person", "1"])
    assert code == 1
    assert "--yes" in (err := capsys.readouterr().err) and "anonimizzazione" in err


def test_the_setting_wins_and_before_a_login_the_system_speaks(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_LANGUAGE", "fr")
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "zzzzqq"]) == 0
    assert "Personne n'a été trouvé." in capsys.readouterr().out
    monkeypatch.delenv("DESKAPP_LANGUAGE")
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    assert main(["--db", dbfile + ".typo", "search", "x"]) == 1
    assert "Nessun database" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert main(["--db", dbfile, "--operator", "nessuno", "search", "x"]) == 1
    assert "Conseiller inconnu ou mot de passe erroné" in capsys.readouterr().err
