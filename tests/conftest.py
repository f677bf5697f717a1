"""Shared fixtures: every test gets its own freshly migrated database.

A SQLite file by default. Modules marked ``pytestmark = pytest.mark.both_engines`` run
each test that uses ``db`` twice, ``[sqlite]`` and ``[postgresql]``: the second on a
throwaway PostgreSQL server (tests/postgres_server.py; one per pytest process, so one
per xdist worker), in a database of its own copied from a template migrated once. A
test of such a module that is about SQLite itself carries ``sqlite_only``; one that
does not pass on PostgreSQL yet carries ``xfail_on_postgresql(reason)``.

Without PostgreSQL's binaries the ``[postgresql]`` tests are skipped, saying why; under
CI=true they fail instead, so a CI machine that lost them cannot go green.
"""

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
from tests.postgres_server import PostgresServer, PostgresUnavailable, find_bindir

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


ENGINES = ("sqlite", "postgresql")
TEMPLATE = "deskapp_template"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_engines: run the module's db tests on each engine")
    config.addinivalue_line("markers", "sqlite_only: a test about SQLite itself")
    config.addinivalue_line(
        "markers", "xfail_on_postgresql(reason): known not to pass on PostgreSQL yet"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    node = metafunc.definition
    if (
        "engine" in metafunc.fixturenames
        and node.get_closest_marker("both_engines")
        and not node.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("engine", ENGINES, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        marker = item.get_closest_marker("xfail_on_postgresql")
        callspec = getattr(item, "callspec", None)
        if marker and callspec is not None and callspec.params.get("engine") == "postgresql":
            item.add_marker(pytest.mark.xfail(reason=marker.args[0], strict=True))


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of this test's ``db``: "sqlite" unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


def _on_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """This process's PostgreSQL server, with a template database at the head revision."""
    if find_bindir() is None:
        reason = (
            "PostgreSQL's binaries are not installed (Debian package 'postgresql'; "
            "scripts/setup.sh installs it with EXTRAS=test)"
        )
        if _on_ci():
            pytest.fail(f"CI=true and {reason}")
        pytest.skip(reason)
    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if _on_ci():
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    try:
        _create_database(server, TEMPLATE)
        template = Database(server.url(TEMPLATE))
        upgrade_database(template)
        template.dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of the test server's maintenance database (``postgres``), as superuser."""
    return postgres_server.url()


def _create_database(server: PostgresServer, name: str, template: str | None = None) -> None:
    from sqlalchemy import create_engine

    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            conn.exec_driver_sql(f"CREATE DATABASE {name}{suffix}")
    finally:
        admin.dispose()


def _drop_database(server: PostgresServer, name: str) -> None:
    from sqlalchemy import create_engine

    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        admin.dispose()


@pytest.fixture
def fresh_postgres_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a new database at the head revision, dropped after the test."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"test_{uuid.uuid4().hex[:12]}"
    _create_database(server, name, TEMPLATE)
    yield server.url(name)
    _drop_database(server, name)


@pytest.fixture
def empty_postgres_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The address of a new, empty database, as a user types it (postgresql://...)."""
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"empty_{uuid.uuid4().hex[:12]}"
    _create_database(server, name)
    yield server.url(name).replace("postgresql+psycopg://", "postgresql://", 1)
    _drop_database(server, name)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "deskapp.sqlite"


@pytest.fixture
def db(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if engine == "postgresql":
        database = Database(request.getfixturevalue("fresh_postgres_database"))
    else:
        database = Database.at_path(request.getfixturevalue("db_path"))
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
