"""Shared fixtures: every test gets its own freshly migrated database file."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

# Qt must never look for a screen in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from deskapp.models.database import Database
from deskapp.models.migrate import upgrade_database
from deskapp.services.actor import Actor, resolve_actor
from deskapp.services.organisation import create_operator, initialise

# Real codici fiscali computed for these people (checked by the tests themselves).
MARIO_CF = "RSSMRA80D03D969M"  # Rossi Mario, M, 03/04/1980, Genova
# His French social security number, had he worked in France: born abroad (99) in Italy
# (INSEE country code 127), April 1980.
MARIO_NIR = "180049912704542"


@pytest.fixture(autouse=True)
def demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line reads the acting account's password from DESKAPP_PASSWORD: the
    demo accounts' password (and the one `deskapp init` gives in the tests)."""
    from deskapp.services.demo import DEMO_PASSWORD

    monkeypatch.setenv("DESKAPP_PASSWORD", DEMO_PASSWORD)
    # The command line speaks the desk's language; the tests read its English source
    # unless they choose another (tests/cli/test_cli_language.py).
    monkeypatch.setenv("DESKAPP_LANGUAGE", "en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "deskapp.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.at_path(db_path)
    upgrade_database(database)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    return initialise(
        db,
        desk={
            "name": "Antenna Genova",
            "organisation": "Confcooperative Liguria",
            "region": "liguria",
            "country": "IT",
            "language": "it",
        },
        administrator={"name": "Anna Bianchi"},
    )


@pytest.fixture
def operator(db: Database, admin: Actor) -> Actor:
    create_operator(db, admin, {"name": "Luca Verdi", "role": "operator"}, "Tramonto-sul-molo")
    return resolve_actor(db, "Luca Verdi")


@pytest.fixture
def coordinator(db: Database, admin: Actor) -> Actor:
    """A coordinator of the same desk: imports, exports and the coordinator's reports."""
    create_operator(db, admin, {"name": "Carla Neri", "role": "coordinator"}, "Tramonto-sul-molo")
    return resolve_actor(db, "Carla Neri")


@pytest.fixture
def french_operator(db: Database, admin: Actor) -> Actor:
    """An operator of a French desk (Corsica): NIR, French phones and postcodes."""
    from deskapp.services.organisation import create_desk

    desk = create_desk(
        db,
        admin,
        {"name": "Antenne Ajaccio", "region": "corse", "country": "FR", "language": "fr"},
    )
    create_operator(
        db,
        admin,
        {"name": "Jean Colonna", "role": "operator", "desk_id": desk},
        "Tramonto-sul-molo",
    )
    return resolve_actor(db, "Jean Colonna")


def person_data(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "given_name": "Mario",
        "family_name": "Rossi",
        "codice_fiscale": MARIO_CF,
        "employment_status": "laid_off",
        "phone": "320 724 9175",
        "email": "mario.rossi@example.it",
        "municipality": "Sestri Ponente",
        "previous_employer": "Acciaierie Liguri S.p.A.",
        "previous_employer_in_crisis": True,
        "first_contact_date": "10/11/2026",
        "consent": {
            "legal_basis": "public_task",
            "notice_version": "2026-01",
            "given_on": "10/11/2026",
        },
    }
    data.update(overrides)
    return data


def without_password(db: Database, name: str) -> None:
    """Make ``name`` an account from before passwords (a database from an older deskapp):
    new accounts always get a first password."""
    from sqlalchemy import update

    from deskapp.models import Operator

    with db.write() as s:
        s.execute(update(Operator).where(Operator.name == name).values(password_hash=None))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An 8 MiB tmpfs; skipped where this process may not mount one."""
    mount = tmp_path / f"small-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    yield Path(mount)
    subprocess.run(["umount", "-l", str(mount)], check=False)
