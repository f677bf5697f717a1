"""The desks' role on a PostgreSQL server: it works, and the server refuses it the schema.

A real server (tests/postgres_server.py): an owner role runs ``init`` and ``db grant
--role``, the desks connect as the granted role, and what that role must not do is tried
against the server itself, not against deskapp's own checks.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from deskapp.cli import main
from deskapp.errors import DeskappError
from deskapp.models import AuditEvent, Person
from deskapp.models.audit_chain import chain_query, verify_chain
from deskapp.models.database import Database
from deskapp.models.enums import Stage
from deskapp.models.first_look import HEAD_REVISION
from deskapp.models.migrate import migrate_to, open_server_database
from deskapp.models.sql.roles import RoleError, grant_application_role, role_rights
from deskapp.services.actor import resolve_actor
from deskapp.services.persons import create_person
from deskapp.services.projects import add_member, create_project, move_project
from tests.conftest import MARIO_CF, person_data
from tests.pg_roles import Registry, _admin, owned_registry

ADMIN = "Anna Bianchi"
# InsufficientPrivilege, and the guard trigger's integrity error.
DENIED, GUARDED = "42501", "23000"
PROJECT = {
    "title": "Officine Riunite",
    "kind": "wbo",
    "origin_company_name": "Officine Meccaniche Piombinesi",
    "origin_company_vat": "IT00743110157",
    "sector_code": "25.62",
}


@pytest.fixture
def registry(postgres_server, monkeypatch):
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_OPERATOR", raising=False)
    with owned_registry(postgres_server) as reg:
        assert main(["--db", reg.owner_url, "init", "--desk", "Antenna Imperia",
                     "--region", "liguria", "--admin", ADMIN]) == 0  # fmt: skip
        yield reg


@pytest.fixture
def granted(registry: Registry, capsys) -> Registry:
    assert main(["--db", registry.owner_url, "db", "grant", "--role", registry.app]) == 0
    out = capsys.readouterr().out
    assert f"The role {registry.app} may now read and write" in out
    return registry


def _refused(db: Database, statement: str) -> str:
    """The SQLSTATE the server answers ``statement`` with (it must refuse it)."""
    with pytest.raises(DBAPIError) as caught:
        with db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    return str(caught.value.orig.sqlstate)


def test_the_desks_role_works_and_cannot_touch_the_schema_or_the_trail(granted):
    db, _ = open_server_database(granted.app_url)
    try:
        actor = resolve_actor(db, ADMIN)
        person = create_person(db, actor, person_data())
        project = create_project(db, actor, PROJECT)
        add_member(db, actor, project, {"person_id": person.id, "role": "promoter"})
        move_project(db, actor, project, 1, Stage.IDEA)
        with db.read() as s:
            assert s.get(Person, person.id).codice_fiscale == MARIO_CF
            events = s.scalar(select(func.count()).select_from(AuditEvent))
        with db.engine.connect() as conn:
            checked, broken = verify_chain(conn.execute(chain_query()))
        assert broken is None and checked == events >= 5

        # The schema: no ALTER, DROP or CREATE, whatever the table.
        assert _refused(db, "ALTER TABLE person ADD COLUMN nickname text") == DENIED
        assert _refused(db, "DROP TABLE activity") == DENIED
        assert _refused(db, "CREATE TABLE notes (id int)") == DENIED
        assert _refused(db, "CREATE INDEX ix_mine ON person (email)") == DENIED
        assert _refused(db, "ALTER TABLE audit_event DISABLE TRIGGER USER") == DENIED
        assert _refused(db, "DROP TRIGGER audit_event_no_update ON audit_event") == DENIED
        # The trail: appended to only.
        assert _refused(db, "UPDATE audit_event SET hash = 'x'") == DENIED
        assert _refused(db, "DELETE FROM audit_event") == DENIED
        assert _refused(db, "TRUNCATE audit_event") == DENIED
        assert _refused(db, "UPDATE audit_event SET detail = 'rewritten'") == GUARDED
        # The schema's revision is the owner's.
        assert _refused(db, "UPDATE alembic_version SET version_num = '0001'") == DENIED
        # Nothing of that changed anything.
        with db.engine.connect() as conn:
            assert verify_chain(conn.execute(chain_query())) == (events, None)

    finally:
        db.dispose()


def test_the_desks_role_erases_and_is_told_what_is_the_servers_job(granted, capsys):
    db, _ = open_server_database(granted.app_url)
    try:
        person = create_person(db, resolve_actor(db, ADMIN), person_data()).id
    finally:
        db.dispose()
    # Erasure blanks the details about the person: the one UPDATE of the trail it may make.
    argv = ["--db", granted.app_url, "--operator", ADMIN, "gdpr", "erase"]
    assert main([*argv, "--person", str(person), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Person {person} anonymised" in out
    assert "until the administrator runs VACUUM FULL" in out
    db = Database(granted.app_url)
    try:
        with db.read() as s:
            assert s.get(Person, person).codice_fiscale is None
        with db.engine.connect() as conn:
            assert verify_chain(conn.execute(chain_query()))[1] is None
    finally:
        db.dispose()


def test_the_rights_read_back_from_the_catalog(granted):
    db = Database(granted.owner_url)
    try:
        with db.engine.connect() as conn:
            app = role_rights(conn, granted.app)
            owner = role_rights(conn)
    finally:
        db.dispose()
    assert app.restricted, app
    assert owner.owner and not owner.restricted


def test_an_ungranted_role_cannot_even_read(registry):
    db = Database(registry.app_url)
    try:
        with db.engine.connect() as conn:
            rights = role_rights(conn)
        assert not rights.restricted and "person" in rights.tables_missing
        assert _refused(db, "SELECT count(*) FROM person") == DENIED
    finally:
        db.dispose()


def test_tables_of_later_upgrades_are_granted_and_the_desks_cannot_upgrade(registry, capsys):
    owner = Database(registry.owner_url)
    try:
        migrate_to(owner, "0016", down=True)
    finally:
        owner.dispose()
    assert main(["--db", registry.owner_url, "db", "grant", "--role", registry.app]) == 0
    capsys.readouterr()
    # The desks' role cannot migrate: it is told who can.
    with pytest.raises(RoleError) as refused:
        open_server_database(registry.app_url)
    assert "'deskapp db upgrade' with the owner's address" in refused.value.message
    assert main(["--db", registry.owner_url, "db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"rights on the new schema: {registry.app}" in out
    db, _ = open_server_database(registry.app_url)
    try:
        with db.engine.connect() as conn:
            assert role_rights(conn).restricted
        create_person(db, resolve_actor(db, ADMIN), person_data())
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ('nobody"; DROP TABLE person; --', "There is no role"),
        ("x" * 64, "is not a role name"),
        ("deskapp_test", "is a superuser"),
        ("", "is not a role name"),
    ],
)
def test_a_role_that_cannot_be_granted_is_said(registry, role, said, capsys):
    assert main(["--db", registry.owner_url, "db", "grant", "--role", role]) != 0
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    db = Database(registry.owner_url)
    try:
        with db.read() as s:  # the injection attempt ran nothing
            assert s.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        db.dispose()


def test_the_owner_is_not_granted_to_itself_nor_by_the_desks(granted):
    db = Database(granted.owner_url)
    try:
        with pytest.raises(RoleError, match="owns the schema"), db.engine.begin() as conn:
            grant_application_role(conn, granted.owner)
    finally:
        db.dispose()
    db = Database(granted.app_url)
    try:
        with pytest.raises(RoleError, match="Only the schema's owner"), db.engine.begin() as conn:
            grant_application_role(conn, granted.app)
    finally:
        db.dispose()


def test_a_database_file_has_no_roles(tmp_path, capsys):
    path = tmp_path / "desk.sqlite"
    assert main(["--db", str(path), "init", "--desk", "Antenna Genova", "--region", "liguria",
                 "--admin", ADMIN]) == 0  # fmt: skip
    assert main(["--db", str(path), "db", "grant", "--role", "desks"]) != 0
    err = capsys.readouterr().err
    assert "a database file has no roles" in err
    with pytest.raises(DeskappError):
        db = Database.at_path(path)
        try:
            with db.engine.begin() as conn:
                grant_application_role(conn, "desks")
        finally:
            db.dispose()


def test_db_check_on_the_server_names_the_guard_the_indexes_and_the_roles(granted, capsys):
    for url in (granted.owner_url, granted.app_url):
        assert main(["--db", url, "db", "check"]) == 0
        out = capsys.readouterr().out
        assert "audit trail: its 3 append-only triggers are in place" in out
        assert "search indexes in place (pg_trgm, GIN): ix_person_search_trgm, " in out
        assert "chain intact" in out and f"schema {HEAD_REVISION}" in out
        assert (
            f"role {granted.app}: reads and writes the records, adds to the audit trail, "
            "cannot change the schema nor change or delete audit events"
        ) in out
        assert out.strip().endswith("ok")
    assert main(["--db", granted.owner_url, "db", "check"]) == 0
    assert f"connected as {granted.owner}, the schema's owner" in capsys.readouterr().out


def test_db_check_says_what_was_loosened_or_removed(granted, capsys):
    owner = Database(granted.owner_url)
    try:
        with owner.engine.begin() as conn:
            for statement in (
                "DROP INDEX ix_skill_search_trgm",
                "DROP TRIGGER audit_event_no_delete ON audit_event",
                f"GRANT DELETE, TRUNCATE ON audit_event TO {granted.app}",
                f"GRANT CREATE ON SCHEMA public TO {granted.app}",
            ):
                conn.exec_driver_sql(statement)
    finally:
        owner.dispose()
    assert main(["--db", granted.app_url, "db", "check"]) != 0
    captured = capsys.readouterr()
    err = captured.err
    assert "the audit trail's append-only triggers are missing: audit_event_no_delete" in err
    assert "search index ix_skill_search_trgm is missing" in err
    assert f"role {granted.app} holds DELETE, TRUNCATE on the audit trail" in err
    assert f"role {granted.app} may create tables in the schema" in err
    assert "4 problems found" in captured.out
    # Granting again puts the rights right; the owner makes the rest again by upgrading.
    assert main(["--db", granted.owner_url, "db", "grant", "--role", granted.app]) == 0
    assert main(["--db", granted.app_url, "db", "check"]) != 0
    err = capsys.readouterr().err
    assert "audit trail" in err and f"role {granted.app}" not in err


# Ways a role reaches past its grants, and what the server's administrator runs to close
# each: deskapp's grants cannot narrow them, so db grant refuses and db check says so.
LOOSENED = {
    "member of the owner": (["GRANT {owner} TO {app}"], "REVOKE {owner} FROM {app}"),
    "member of the owner, not inheriting": (
        ["ALTER ROLE {app} NOINHERIT", "GRANT {owner} TO {app}"],
        "REVOKE {owner} FROM {app}",
    ),
    "writes all data": (
        ["GRANT pg_write_all_data TO {app}"],
        "REVOKE pg_write_all_data FROM {app}",
    ),
    "creates roles": (["ALTER ROLE {app} CREATEROLE"], "ALTER ROLE {app} NOCREATEROLE"),
    "bypasses row security": (["ALTER ROLE {app} BYPASSRLS"], "ALTER ROLE {app} NOBYPASSRLS"),
    "creates schemas": (
        ["GRANT CREATE ON DATABASE {database} TO {app}"],
        "REVOKE CREATE ON DATABASE {database} FROM {app}",
    ),
    "owns the database": (
        ["ALTER DATABASE {database} OWNER TO {app}"],
        "ALTER DATABASE {database} OWNER TO {owner}",
    ),
}


@pytest.mark.parametrize("how", list(LOOSENED))
def test_a_role_that_can_reach_past_its_grants_is_refused_and_flagged(
    granted, postgres_server, capsys, how
):
    names = {"owner": granted.owner, "app": granted.app, "database": granted.database}
    statements, fix = LOOSENED[how]
    _admin(postgres_server, *(s.format(**names) for s in statements))
    fix = fix.format(**names)
    # db check, as the owner and as the desks' role: the problem, and the fix.
    for url in (granted.owner_url, granted.app_url):
        assert main(["--db", url, "db", "check"]) != 0
        err = capsys.readouterr().err
        assert f"role {granted.app}" in err and fix in err, err
        assert f"run 'deskapp db grant --role {granted.app}'" not in err
    db = Database(granted.owner_url)
    try:
        with db.engine.connect() as conn:
            assert not role_rights(conn, granted.app).restricted
    finally:
        db.dispose()
    # db grant refuses it, saying what to change.
    assert main(["--db", granted.owner_url, "db", "grant", "--role", granted.app]) != 0
    err = capsys.readouterr().err
    assert f"'{granted.app}'" in err and fix in err and "Traceback" not in err
    # Once the administrator has changed it, the role is granted and checks clean.
    _admin(postgres_server, fix)
    assert main(["--db", granted.owner_url, "db", "grant", "--role", granted.app]) == 0
    assert main(["--db", granted.app_url, "db", "check"]) == 0


def test_the_desks_rights_are_granted_again_inside_the_upgrade(registry, capsys, monkeypatch):
    """The rights on rebuilt tables are part of the upgrade: if they cannot be granted,
    the schema stays as it was, never upgraded with the desks locked out (or with a
    rebuilt audit trail they could rewrite)."""
    import deskapp.models.sql.roles as roles
    from deskapp.models.migrate import current_revision

    owner = Database(registry.owner_url)
    try:
        migrate_to(owner, "0016", down=True)
    finally:
        owner.dispose()
    assert main(["--db", registry.owner_url, "db", "grant", "--role", registry.app]) == 0
    capsys.readouterr()

    def refused(conn, role, **options):
        raise RoleError("refused")

    monkeypatch.setattr(roles, "grant_application_role", refused)
    with pytest.raises(RoleError):
        open_server_database(registry.owner_url)
    monkeypatch.undo()
    owner = Database(registry.owner_url)
    try:
        assert current_revision(owner) == "0016"
    finally:
        owner.dispose()
