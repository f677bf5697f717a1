"""The `deskapp` command as an administrator types it."""

from __future__ import annotations

import sqlite3

import pytest

from deskapp.cli import main


@pytest.fixture
def dbfile(tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    return str(tmp_path / "cli.sqlite")


def test_demo_then_check(dbfile, capsys):
    assert main(["--db", dbfile, "demo", "--persons", "150", "--seed", "3"]) == 0
    assert "150 persons" in capsys.readouterr().out
    assert main(["--db", dbfile, "db", "check"]) == 0
    assert capsys.readouterr().out.strip().endswith("ok")


def test_demo_refuses_a_database_with_people(dbfile, capsys):
    main(["--db", dbfile, "demo", "--persons", "20"])
    capsys.readouterr()
    assert main(["--db", dbfile, "demo", "--persons", "20"]) == 1
    err = capsys.readouterr().err
    assert "already set up" in err and "Traceback" not in err


def test_init_then_import_errors_are_listed_by_line(dbfile, tmp_path, capsys):
    assert (
        main(
            [
                "--db",
                dbfile,
                "init",
                "--desk",
                "Antenna Imperia",
                "--region",
                "liguria",
                "--admin",
                "Anna Bianchi",
            ]
        )
        == 0
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "family_name;given_name;employment_status;codice_fiscale;consent_legal_basis;consent_notice_version\n"
        "Rossi;Mario;unemployed;RSSMRA80D03D969X;public_task;2026-01\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["--db", dbfile, "--operator", "Anna Bianchi", "import", "persons", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "line 2, codice_fiscale: has a wrong check character" in err
    assert "nothing was imported" in err


def test_operator_is_required_and_named(dbfile, capsys):
    main(["--db", dbfile, "demo", "--persons", "10"])
    capsys.readouterr()
    assert main(["--db", dbfile, "export", "persons", "-o", dbfile + ".csv"]) == 1
    assert "--operator" in capsys.readouterr().err
    assert (
        main(["--db", dbfile, "--operator", "nobody", "export", "persons", "-o", dbfile + ".csv"])
        == 1
    )
    assert "Unknown operator or wrong password" in capsys.readouterr().err


def test_export_and_backup(dbfile, tmp_path, capsys):
    main(["--db", dbfile, "demo", "--persons", "30"])
    op = ["--db", dbfile, "--operator", "Amministratore demo"]
    assert (
        main([*op, "export", "activities", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx")]) == 0
    )
    assert (tmp_path / "a.xlsx").stat().st_size > 0
    assert main([*op, "db", "backup", "-o", str(tmp_path / "b.sqlite")]) == 0
    conn = sqlite3.connect(tmp_path / "b.sqlite")
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 30
    operator = conn.execute("SELECT name FROM operator WHERE role = 'operator'").fetchone()[0]
    conn.close()
    # A copy of everyone's data is an administrator's to make.
    capsys.readouterr()
    refused = [
        "--db",
        dbfile,
        "--operator",
        operator,
        "db",
        "backup",
        "-o",
        str(tmp_path / "c.sqlite"),
    ]
    assert main(refused) == 1
    assert "Only an administrator can copy" in capsys.readouterr().err
    assert not (tmp_path / "c.sqlite").exists()


def test_newer_schema_exits_non_zero_without_traceback(dbfile, capsys):
    main(["--db", dbfile, "demo", "--persons", "5"])
    conn = sqlite3.connect(dbfile)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["--db", dbfile, "search", "rossi"]) == 2
    err = capsys.readouterr().err
    assert "newer version of deskapp" in err and "Traceback" not in err


def test_missing_import_file_is_one_clear_line(dbfile, capsys):
    main(["--db", dbfile, "demo", "--persons", "5"])
    capsys.readouterr()
    code = main(
        ["--db", dbfile, "--operator", "Amministratore demo", "import", "persons", "nope.csv"]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.strip() == "deskapp: The file nope.csv does not exist."


def test_db_environment_variable(dbfile, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_DB", dbfile)
    assert main(["demo", "--persons", "5"]) == 0
    assert main(["db", "check"]) == 0


def test_report_dossier_by_codice_fiscale_and_project(dbfile, capsys, tmp_path):
    main(["--db", dbfile, "demo", "--persons", "60", "--seed", "2"])
    capsys.readouterr()
    admin = ["--db", dbfile, "--operator", "Amministratore demo"]
    conn = sqlite3.connect(dbfile)
    code = conn.execute(
        "SELECT codice_fiscale FROM person WHERE codice_fiscale IS NOT NULL"
    ).fetchone()[0]
    conn.close()
    out = tmp_path / "dossier.pdf"
    assert main([*admin, "report", "dossier", "--person", code.lower(), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    out2 = tmp_path / "project.pdf"
    assert main([*admin, "report", "project", "--project", "1", "-o", str(out2)]) == 0
    assert out2.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main([*admin, "report", "dossier", "--person", "RSSMRA80A01H501U", "-o", str(out)]) == 1
    assert "No person is registered as 'RSSMRA80A01H501U'" in capsys.readouterr().err


def test_report_indicators_for_a_region_and_bad_periods(dbfile, capsys, tmp_path):
    main(["--db", dbfile, "demo", "--persons", "80", "--seed", "4"])
    capsys.readouterr()
    admin = ["--db", dbfile, "--operator", "Amministratore demo"]
    out = tmp_path / "ind.xlsx"
    args = [*admin, "report", "indicators", "--from", "2026-01-01", "--to", "2026-10-31"]
    assert main([*args, "--region", "liguria", "-o", str(out)]) == 0
    assert "participants; report written" in capsys.readouterr().out and out.exists()
    assert main([*args, "--desk", "Nowhere", "-o", str(out)]) == 1
    assert "No desk is called 'Nowhere'" in capsys.readouterr().err
    bad = [*admin, "report", "indicators", "--from", "2026-13-01", "--to", "2026-10-31"]
    assert main([*bad, "-o", str(out)]) == 1
    assert "--from YYYY-MM-DD" in capsys.readouterr().err


def test_report_business_plan_draft_and_frozen_version(dbfile, capsys, tmp_path):
    main(["--db", dbfile, "demo", "--persons", "100", "--seed", "5"])
    assert "business plans" in capsys.readouterr().out
    admin = ["--db", dbfile, "--operator", "Amministratore demo"]
    conn = sqlite3.connect(dbfile)
    project, name = conn.execute(
        "SELECT project_id, name FROM business_plan_version ORDER BY id LIMIT 1"
    ).fetchone()
    conn.close()
    out = tmp_path / "plan.pdf"
    args = [*admin, "report", "business-plan", "--project", str(project)]
    assert main([*args, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main([*args, "--version", name.upper(), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main([*args, "--version", "nope", "-o", str(out)]) == 1
    assert f"Project {project} has no plan version 'nope'. Versions: {name}" in (
        capsys.readouterr().err
    )


def test_gdpr_access_then_erasure(dbfile, capsys, tmp_path):
    main(["--db", dbfile, "demo", "--persons", "30", "--seed", "6"])
    admin = ["--db", dbfile, "--operator", "Amministratore demo"]
    conn = sqlite3.connect(dbfile)
    code = conn.execute(
        "SELECT codice_fiscale FROM person WHERE codice_fiscale IS NOT NULL"
    ).fetchone()[0]
    conn.close()
    capsys.readouterr()
    assert main([*admin, "gdpr", "access", "--person", code, "-o", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("access-*.json"))) == 1
    assert main([*admin, "gdpr", "erase", "--person", code]) == 1
    assert "add --yes" in capsys.readouterr().err
    assert main([*admin, "gdpr", "erase", "--person", code, "--yes"]) == 0
    assert "anonymised" in capsys.readouterr().out
    assert main([*admin, "gdpr", "erase", "--person", code, "--yes"]) == 1  # no such CF now


def test_gdpr_retention_lists_then_applies(dbfile, capsys):
    main(["--db", dbfile, "demo", "--persons", "40", "--seed", "8"])
    admin = ["--db", dbfile, "--operator", "Amministratore demo"]
    capsys.readouterr()
    assert main([*admin, "gdpr", "retention", "--years", "0", "--state-aid-years", "0"]) == 0
    listed = capsys.readouterr().out
    assert "people due for anonymisation; add --apply" in listed
    due = int(listed.strip().splitlines()[-1].split()[0])
    assert due > 0
    assert (
        main([*admin, "gdpr", "retention", "--years", "0", "--state-aid-years", "0", "--apply"])
        == 0
    )
    assert f"{due} people anonymised." in capsys.readouterr().out
    conn = sqlite3.connect(dbfile)
    assert (
        conn.execute("SELECT count(*) FROM person WHERE anonymised_on IS NOT NULL").fetchone()[0]
        == due
    )
    conn.close()
