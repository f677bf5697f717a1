"""Every subcommand against damaged, empty, truncated and foreign files: a non-zero
exit, one line that says what is wrong, never a traceback, nothing changed.

Each case runs in this process through ``main`` (a traceback would surface as the
test's own error); the files are made once and copied for each case."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.services.demo import DEMO_PASSWORD

ADMIN = "Amministratore demo"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, Path]:
    """A good database and a gallery of hostile files beside it."""
    folder = tmp_path_factory.mktemp("fuzz")
    good = folder / "good.sqlite"
    os.environ["DESKAPP_PASSWORD"] = DEMO_PASSWORD
    assert main(["--db", str(good), "demo", "--persons", "20", "--seed", "4"]) == 0
    data = good.read_bytes()
    files: dict[str, Path] = {"good": good}

    def make(name: str, content: bytes) -> None:
        path = folder / name
        path.write_bytes(content)
        files[name] = path

    make("empty.sqlite", b"")
    make("truncated.sqlite", data[: len(data) // 3])
    make("header.sqlite", b"\x00" * 100 + data[100:])  # the file header zeroed
    make("random.sqlite", os.urandom(8192))
    make("text.sqlite", b"family_name,given_name\nRossi,Mario\n")
    make("png.sqlite", b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    make("pdf.csv", b"%PDF-1.7\n" + os.urandom(500))
    make("binary.csv", os.urandom(4000))
    make("utf16.csv", "family_name,given_name\nRossi,Mario\n".encode("utf-16"))
    make("latin.xlsx", b"not a zip at all")
    with zipfile.ZipFile(folder / "zip.xlsx", "w") as z:
        z.writestr("hello.txt", "not a workbook")
    files["zip.xlsx"] = folder / "zip.xlsx"
    foreign = folder / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('pesto')")
    conn.close()
    files["foreign.sqlite"] = foreign
    (folder / "a-folder.sqlite").mkdir()
    files["a-folder.sqlite"] = folder / "a-folder.sqlite"
    return files


DATABASES = [
    "empty.sqlite",
    "truncated.sqlite",
    "header.sqlite",
    "random.sqlite",
    "text.sqlite",
    "png.sqlite",
    "foreign.sqlite",
    "a-folder.sqlite",
]

# Every command that opens the database, with what it needs besides.
COMMANDS = [
    ["search", "Rossi"],
    ["export", "persons", "-o", "{out}/people.csv"],
    ["export", "projects", "--format", "xlsx", "-o", "{out}/projects.xlsx"],
    ["import", "persons", "{good_csv}"],
    ["report", "dossier", "--person", "1", "-o", "{out}/d.pdf"],
    ["report", "project", "--project", "1", "-o", "{out}/p.pdf"],
    ["report", "indicators", "--from", "2025-01-01", "--to", "2025-12-31", "-o", "{out}/i.pdf"],
    ["gdpr", "access", "--person", "1", "-o", "{out}/access"],
    ["gdpr", "erase", "--person", "1", "--yes"],
    ["gdpr", "retention"],
    ["db", "check"],
    ["db", "backup", "-o", "{out}/copy.sqlite"],
    ["db", "upgrade"],
    ["db", "encrypt"],
    ["db", "copy", "--to", "postgresql://nobody@/registry?host={out}"],
    ["demo", "--persons", "3"],
]


def _run(argv: list[str], capsys) -> tuple[int, str]:
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own refusals
        code = int(exit_.code or 0)
    return code, capsys.readouterr().err


def _one_clear_line(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert len(lines) == 1, err
    assert lines[0].startswith("deskapp: ") and len(lines[0]) > len("deskapp: ") + 10, err


@pytest.mark.parametrize("database", DATABASES)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_hostile_database_files(samples, database, command, tmp_path, capsys, monkeypatch):
    if command[0] == "demo" and database == "empty.sqlite":
        pytest.skip("an empty file is where a demo database may be made")
    monkeypatch.setenv("DESKAPP_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("DESKAPP_KEY", "a key that is long enough")
    monkeypatch.chdir(tmp_path)
    source = samples[database]
    target = tmp_path / database
    if source.is_dir():
        target.mkdir()
    else:
        shutil.copyfile(source, target)
    before = _digest(target)
    good_csv = tmp_path / "good.csv"
    good_csv.write_text(
        "family_name,given_name,sex,birth_date,employment_status,consent_legal_basis,"
        "consent_notice_version\nRossi,Mario,M,1980-04-03,unemployed,contract,v1\n"
    )
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.format(out=out, good_csv=good_csv) for a in command]
    code, err = _run(["--db", str(target), "--operator", ADMIN, *argv], capsys)
    assert code != 0
    _one_clear_line(err)
    assert _digest(target) == before  # the hostile file is left as it was
    assert sorted(p.name for p in out.rglob("*")) in ([], ["access"])  # no partial output


INPUTS = [
    "empty.sqlite",
    "truncated.sqlite",
    "header.sqlite",
    "random.sqlite",
    "text.sqlite",
    "png.sqlite",
    "foreign.sqlite",
    "a-folder.sqlite",
    "pdf.csv",
    "binary.csv",
    "utf16.csv",
    "latin.xlsx",
    "zip.xlsx",
]


def _people(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT * FROM person ORDER BY id").fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize("hostile", INPUTS)
@pytest.mark.parametrize(
    "command",
    [
        ["import", "persons", "{file}"],
        ["import", "persons", "{file}", "--dry-run"],
        ["db", "restore", "{file}", "--yes"],
    ],
    ids=["import", "import-dry-run", "restore"],
)
def test_hostile_input_files(samples, hostile, command, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DESKAPP_PASSWORD", DEMO_PASSWORD)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "desk.sqlite"
    shutil.copyfile(samples["good"], db)
    people = _people(db)
    argv = [a.format(file=samples[hostile]) for a in command]
    before = _digest(samples[hostile])
    code, err = _run(["--db", str(db), "--operator", ADMIN, *argv], capsys)
    assert code != 0
    _one_clear_line(err)
    assert _people(db) == people
    assert _digest(samples[hostile]) == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {
        "desk.sqlite",
        "desk.sqlite.anchor",
        "desk.sqlite.lock",
    }
    assert not {n for n in leftovers if not n.startswith("desk.sqlite-")}, leftovers
