"""The database file: settings, migrations, refusal of files this version cannot handle."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from deskapp.errors import NotADeskappDatabaseError, SchemaTooNewError
from deskapp.models import Base
from deskapp.models.database import Database
from deskapp.models.migrate import (
    backup_before_migration,
    current_revision,
    head_revision,
    open_database,
)
from deskapp.models.person_index import POSTGRESQL_INDEX
from deskapp.models.skill_index import POSTGRESQL_INDEX as SKILL_POSTGRESQL_INDEX

SEARCH_INDEXES = (POSTGRESQL_INDEX, SKILL_POSTGRESQL_INDEX)


def _comparing(conn) -> MigrationContext:
    """Models against the database, without the indexes the other engine has alone."""
    from deskapp.models.sql.registry_order import on_this_engine

    def include(obj, name, type_, reflected, compare_to) -> bool:
        return on_this_engine(conn.dialect.name, type_, name)

    return MigrationContext.configure(conn, opts={"include_object": include})


def test_connection_settings(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.both_engines
def test_migrations_build_exactly_the_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(_comparing(conn), Base.metadata)
    # The search indexes are created by the migrations on purpose and have no model:
    # FTS5's shadow tables on SQLite, the trigram indexes on PostgreSQL.
    diff = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(("person_fts", "skill_fts")))
        and not (d[0] == "remove_index" and d[1].name in SEARCH_INDEXES)
    ]
    assert diff == []


@pytest.mark.both_engines
def test_migrations_go_down_to_the_first_and_up_again(db):
    """Every downgrade runs on both engines (an empty database: the schema only)."""
    from deskapp.models.migrate import migrate_to

    migrate_to(db, "0001", down=True)
    assert current_revision(db) == "0001"
    migrate_to(db, "head")
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(_comparing(conn), Base.metadata)
    assert [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(("person_fts", "skill_fts")))
        and not (d[0] == "remove_index" and d[1].name in SEARCH_INDEXES)
    ] == []


def test_new_file_is_created_and_stamped(tmp_path):
    db, result = open_database(tmp_path / "new.sqlite")
    try:
        assert (result.from_revision, result.to_revision) == (None, head_revision())
        assert result.backup_path is None
    finally:
        db.dispose()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_the_file_not_written(db, db_path):
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    wal = db_path.with_name(db_path.name + "-wal")
    before = (digest(db_path), wal.exists() and digest(wal))
    with pytest.raises(SchemaTooNewError) as err:
        open_database(db_path)
    assert "newer version of deskapp" in err.value.message
    assert (digest(db_path), wal.exists() and digest(wal)) == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADeskappDatabaseError):
        open_database(path)


def test_backup_before_migration_copies_the_file(db, db_path, admin):
    copy = backup_before_migration(db, "0001")
    assert copy is not None and copy.exists() and copy != db_path
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM desk").fetchone()[0] == "Antenna Genova"
    conn.close()


def test_stale_update_in_another_session_is_a_conflict(db, operator):
    """Two sessions load the same row; the second UPDATE hits the version check."""
    from sqlalchemy.orm.exc import StaleDataError

    from deskapp.models import Desk

    with db.read() as s1:
        first = s1.get(Desk, 1)
    with db.write() as s2:
        s2.get(Desk, 1).address = "Via Roma 1"
    with pytest.raises(StaleDataError), db.write() as s3:
        stale = s3.merge(first, load=False)
        stale.address = "Via Garibaldi 2"


def test_text_database_is_refused_cleanly(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are not the pages of a database" * 100)
    with pytest.raises(NotADeskappDatabaseError):
        open_database(path)


def test_a_database_of_the_first_release_is_upgraded_with_its_data(tmp_path):
    from alembic import command

    from deskapp.models.migrate import _alembic_config, head_revision
    from deskapp.services import persons
    from deskapp.services.actor import resolve_actor
    from deskapp.services.maintenance import check_database
    from deskapp.services.registry import RegistryFilter, registry_ids
    from deskapp.services.search import search_persons
    from tests.conftest import person_data

    path = tmp_path / "old.sqlite"
    old = Database.at_path(path)
    with old.engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    old.dispose()
    # The first release's rows, written as that release's schema has them (today's
    # services write today's columns, so they cannot fill an old file).
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        INSERT INTO desk (id, name, organisation, region, country, address, language,
                          version)
        VALUES (1, 'Antenna Genova', '', 'liguria', 'IT', '', 'it', 1);
        INSERT INTO operator (id, name, desk_id, role, active, email, version)
        VALUES (1, 'Anna Bianchi', 1, 'administrator', 1, '', 1);
        INSERT INTO person (id, desk_id, given_name, family_name, sex, birth_date, birthplace,
            citizenship, address, municipality, postal_code, phone, email,
            employment_status, previous_employer, previous_employer_in_crisis,
            first_contact_date, notes, codice_fiscale, version)
        VALUES (1, 1, 'Mario', 'Rossi', 'M', '1980-04-03', 'Genova', 'IT', '',
            'Sestri Ponente', '', '+393207249175', '', 'laid_off', '', 1, '2026-11-10', '',
            'RSSMRA80D03D969M', 1);
        INSERT INTO consent (person_id, purpose, legal_basis, notice_version, given_on,
            operator_id)
        VALUES (1, 'service', 'public_task', '2026-01', '2026-11-10', 1);
        INSERT INTO audit_event (at, operator_id, entity, entity_id, action, fields, detail)
        VALUES ('2026-11-10 09:30:00.000000', 1, 'person', 1, 'create', 'family_name', ''),
               ('2026-11-10 09:31:00.000000', 1, 'consent', 1, 'create', 'legal_basis', '');
        """
    )
    conn.commit()
    conn.close()
    mario = 1
    actor = None

    db, result = open_database(path)
    actor = resolve_actor(db, "Anna Bianchi")
    assert current_revision(db) == head_revision() and result is not None and result.changed
    # The old audit events were chained by the upgrade, and the chain holds.
    report = check_database(db)
    assert report.ok, report.problems
    assert "audit trail: 2 events, chain intact" in report.facts
    assert result.backup_path is not None and result.backup_path.exists()
    # The person, the search index and its triggers came through.
    assert [h.id for h in search_persons(db, "Rossi")] == [mario]
    anna = persons.create_person(
        db,
        actor,
        person_data(
            codice_fiscale="",
            given_name="Anna",
            family_name="de Santis",
            sex="F",
            birth_date="1975-05-12",
            phone="",
            email="",
        ),
    ).id
    assert [h.id for h in search_persons(db, "santis")] == [anna]
    assert registry_ids(db, RegistryFilter()) == [anna, mario]
    db.dispose()
