"""The command line speaks the operator's language: DESKAPP_LANGUAGE when it says one,
else once they have logged in their own (Settings), else their desk's; before a login,
the system's. --help and argparse's own words included; documents in the desk's
language unless --language says another."""

from __future__ import annotations

from pathlib import Path

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


def test_the_operators_own_language_wins_over_the_desks(dbfile, monkeypatch, capsys):
    from deskapp.models.database import Database
    from deskapp.services.actor import resolve_actor
    from deskapp.services.operator_accounts import set_own_language

    monkeypatch.delenv("DESKAPP_LANGUAGE")
    monkeypatch.setenv("LANG", "it_IT.UTF-8")
    db = Database.at_path(Path(dbfile))
    set_own_language(db, resolve_actor(db, ADMIN), "fr")  # a French operator in Genova
    db.dispose()
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "zzzzqq"]) == 0
    assert "Personne n'a été trouvé." in capsys.readouterr().out
    # DESKAPP_LANGUAGE still wins, for the tests and an administrator.
    monkeypatch.setenv("DESKAPP_LANGUAGE", "it")
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "zzzzqq"]) == 0
    assert "Nessuno trovato." in capsys.readouterr().out


def _help(capsys, *argv: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("language", "words", "english"),
    [
        (
            "fr",
            [
                "utilisation\u00a0:",
                "afficher ce message d'aide et quitter",
                "trouver des personnes",
            ],
            ["usage:", "show this help message", "find people"],
        ),
        (
            "it",
            ["uso:", "argomenti posizionali", "opzioni:", "mostra questo messaggio di aiuto"],
            ["usage:", "positional arguments", "options:", "show this help message"],
        ),
    ],
)
def test_help_speaks_the_language(monkeypatch, capsys, language, words, english):
    monkeypatch.setenv("DESKAPP_LANGUAGE", language)
    text = _help(capsys)
    for word in words:
        assert word in text
    for word in english:
        assert word not in text
    # A subcommand's own help, and argparse's errors, too.
    dossier = _help(capsys, "report", "dossier")
    assert "--language" in dossier and "show this help message" not in dossier


def test_help_before_a_login_follows_the_system(monkeypatch, capsys):
    monkeypatch.delenv("DESKAPP_LANGUAGE")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert "afficher ce message d'aide et quitter" in _help(capsys)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "show this help message and exit" in _help(capsys)


def test_argparse_errors_in_italian(monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_LANGUAGE", "it")
    with pytest.raises(SystemExit):
        main(["report", "dossier"])
    err = capsys.readouterr().err
    assert "uso:" in err and "obbligatori" in err and "required" not in err


def _pdf_language(path: Path) -> str:
    from pypdf import PdfReader

    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_a_french_desk_prints_an_italian_dossier_when_asked(dbfile, monkeypatch, tmp_path):
    """Documents follow the desk that makes them; --language chooses another (a French
    desk writing to an Italian partner)."""
    import sqlite3

    conn = sqlite3.connect(dbfile)
    person, operator = conn.execute(
        "SELECT p.id, o.name FROM person p JOIN desk d ON d.id = p.desk_id "
        "JOIN operator o ON o.desk_id = d.id WHERE d.language = 'fr' LIMIT 1"
    ).fetchone()
    conn.close()
    french, italian = tmp_path / "fr.pdf", tmp_path / "it.pdf"
    base = ["--db", dbfile, "--operator", operator, "report", "dossier", "--person", str(person)]
    assert main([*base, "-o", str(french)]) == 0
    assert main([*base, "-o", str(italian), "--language", "it"]) == 0
    assert _pdf_language(french) == "fr"
    assert _pdf_language(italian) == "it"


def test_db_check_says_its_findings_in_the_language(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_LANGUAGE", "fr")
    capsys.readouterr()
    assert main(["--db", dbfile, "db", "check"]) == 0
    said = capsys.readouterr().out
    assert "chaîne intacte" in said and "personnes, schéma" in said
    assert "chain intact" not in said and "persons, schema" not in said


def test_the_password_prompt_speaks_before_the_login(dbfile, monkeypatch, capsys):
    """Who types a password has not said who they are: the prompt is the system's."""
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked: list[str] = []
    monkeypatch.delenv("DESKAPP_LANGUAGE")
    monkeypatch.delenv("DESKAPP_PASSWORD", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or "x")
    assert main(["--db", dbfile, "--operator", ADMIN, "search", "x"]) == 1
    assert asked == ["Mot de passe\u00a0: "]


@pytest.mark.parametrize(
    ("language", "place", "english"), [("it", "riga 2, desk", "line 2"), ("fr", "ligne 2, desk", "line 2")]
)
def test_an_import_says_where_the_bad_row_is_in_the_language(
    dbfile, monkeypatch, capsys, tmp_path, language, place, english
):
    """The place of a bad row ("riga 2", "ligne 2") is in the reader's language like the
    reason beside it, not half in English."""
    monkeypatch.setenv("DESKAPP_LANGUAGE", language)
    bad = tmp_path / "people.csv"
    assert main(["--db", dbfile, "--operator", ADMIN, "export", "persons", "-o", str(bad)]) == 0
    header, first, *_ = bad.read_text(encoding="utf-8-sig").splitlines()
    bad.write_text(f"{header}\nNo Such Desk;{first.split(';', 1)[1]}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", ADMIN, "import", "persons", str(bad)]) == 1
    err = capsys.readouterr().err
    assert place in err and english not in err
    # One bad row of one: said in the singular.
    assert {"it": "1 riga su 1 contiene errori", "fr": "1 ligne sur 1 comporte des erreurs"}[
        language
    ] in err
