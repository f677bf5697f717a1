"""Bring a database to the schema this version of deskapp expects.

Runs at every start and from ``deskapp db upgrade``. Before touching a file that
needs migrating, copies it aside with SQLite's online backup, so a failed or
unwanted upgrade can always be undone by hand. A file stamped with a revision this
version does not know (written by a newer deskapp) is refused and not written.

A file already at the newest revision (``HEAD_REVISION``, the usual case) is opened
without loading Alembic (with Mako, Pygments and SQLAlchemy's other dialects, about a
fifth of a second at every start): Alembic is imported only to migrate, or to tell an
older revision from an unknown one.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from deskapp.errors import DatabaseUnreachableError, NotADeskappDatabaseError, SchemaTooNewError
from deskapp.i18n import QT_TRANSLATE_NOOP
from deskapp.models.audit_anchor import (
    AnchorUnreadable,
    anchor_path,
    head_of,
    read_anchor,
    trail_at,
    write_anchor,
)
from deskapp.models.connection_loss import needs_password, password_needed, server_name
from deskapp.models.database import Database
from deskapp.models.first_look import HEAD_REVISION as HEAD_REVISION  # re-exported
from deskapp.models.sql.roles import grant_again, granted_roles, may_alter_schema, owner_needed
from deskapp.models.sqlite_files import (
    connect_file,
    database_errors,
    is_encrypted,
    key_for,
    require_key,
    wrong_key,
)

if TYPE_CHECKING:
    from alembic.config import Config


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("deskapp.models") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    """The newest revision, as Alembic finds it in the migration scripts (the same as
    ``HEAD_REVISION``, which a test checks)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is stamped with (None before the first migration), as
    Alembic's MigrationContext reads it, without loading Alembic."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        revisions = [r for (r,) in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(revisions) > 1:  # never written by deskapp's linear chain
        raise _too_new(db.location, ", ".join(sorted(revisions)))
    return revisions[0] if revisions else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _too_new(location: str, revision: str) -> SchemaTooNewError:
    return SchemaTooNewError(
        QT_TRANSLATE_NOOP(
            "Error",
            "{path} was written by a newer version of deskapp (schema {revision}). "
            "Install the newer version to open it; the file was not changed.",
        ),
        path=location,
        revision=revision,
    )


def _check_known(db: Database, revision: str | None) -> None:
    if revision is None:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if tables:
            raise _foreign(db.location)
        return
    if revision != HEAD_REVISION and revision not in _known_revisions():
        raise _too_new(db.location, revision)


def _foreign(location: str) -> NotADeskappDatabaseError:
    return NotADeskappDatabaseError(
        QT_TRANSLATE_NOOP(
            "Error",
            "{path} is not a deskapp database (it holds other tables). Choose another file.",
        ),
        path=location,
    )


def backup_before_migration(db: Database, revision: str) -> Path | None:
    source = db.path
    if source is None or not source.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.before-{revision}-{stamp}{source.suffix}")
    # An encrypted file's copy is encrypted with the same key.
    src = connect_file(source, db.key)
    dst = connect_file(target, db.key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def upgrade_database(db: Database, keep_copy: bool = True) -> MigrationResult:
    """Migrate ``db`` to the head revision; a no-op when it is already there. The file
    is copied aside first, unless ``keep_copy`` is False (a file just restored from a
    backup: the backup is that copy, and another would hold people erased since)."""
    before = current_revision(db)
    _check_known(db, before)
    if before == HEAD_REVISION:
        return MigrationResult(before, HEAD_REVISION, None)
    head = head_revision()
    backup = backup_before_migration(db, before) if before is not None and keep_copy else None
    anchored = before is not None and _matches_its_anchor(db)
    migrate_to(db, "head")
    if anchored:
        _anchor_again(db)
    return MigrationResult(before, head, backup)


def migrate_to(db: Database, revision: str, *, down: bool = False) -> None:
    """Run Alembic up (or down) to ``revision`` in one transaction.

    On SQLite the foreign keys are off while the migrations run, as SQLite's ALTER TABLE
    documentation asks: a table rebuilt by batch mode is dropped and copied, and with
    the keys on, dropping ``person`` would first delete every skill, consent and
    membership through ON DELETE CASCADE. The references are checked before the commit
    instead (PRAGMA foreign_key_check): a migration that broke one is rolled back.

    On PostgreSQL, the desks' roles granted before an upgrade (read from the tables as
    they were) get their rights on today's tables in the same transaction: a rebuilt
    table is a new one, and the schema is never upgraded without them."""
    from alembic import command

    cfg = _alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection if db.is_sqlite else None
        if raw is not None:
            # Outside any transaction: the pragma is a no-op inside one. The legacy
            # rename lets batch mode's last step (RENAME _alembic_tmp_person TO person)
            # pass while a trigger elsewhere names ``person``, which is gone until then.
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute("PRAGMA legacy_alter_table=ON")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                # A file may hold broken references already (db check reports them): only
                # the ones the migration made stop it, or that file could never open.
                before = _broken_references(conn) if raw is not None else Counter()
                desks = granted_roles(conn) if not down else []
                if down:
                    command.downgrade(cfg, revision)
                else:
                    command.upgrade(cfg, revision)
                    grant_again(conn, desks)
                if raw is not None:
                    made = _broken_references(conn) - before
                    if made:
                        table, _parent = next(iter(made))
                        raise RuntimeError(
                            f"migration to {revision} broke {sum(made.values())} references "
                            f"(first in table {table}); nothing was changed"
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA legacy_alter_table=OFF")
                raw.execute("PRAGMA foreign_keys=ON")


def _broken_references(conn: Any) -> Counter[tuple[str, str]]:
    """How many rows of each table point at a missing row of each parent table."""
    return Counter((row[0], row[2]) for row in conn.exec_driver_sql("PRAGMA foreign_key_check"))


def _matches_its_anchor(db: Database) -> bool:
    """Whether the trail holds the event its anchor names, as anchored. A migration may
    rewrite the stored hashes (a new recipe): the anchor is then written again after
    it, but only for a trail that matched it before (one that did not stays reported)."""
    if db.path is None:
        return False
    try:
        anchor = read_anchor(anchor_path(db.path))
        if anchor is None:
            return False
        with db.engine.connect() as conn:
            trail = trail_at(conn, anchor)
    except (AnchorUnreadable, SQLAlchemyError):
        return False  # no readable anchor, or a schema from before the chain
    return not trail.ends_before(anchor) and trail.continues(anchor)


def _anchor_again(db: Database) -> None:
    assert db.path is not None
    with db.engine.connect() as conn:
        anchor = head_of(conn)
    try:
        write_anchor(anchor_path(db.path), anchor, durable=True)
    except OSError:
        pass  # the first save writes it; db check says if it is missing


def peek_revision(path: Path, key: str | None = None) -> str | None:
    """The schema revision of a database file, read without writing a byte to it
    (with ``key`` when the file is encrypted: a missing or wrong key is refused)."""
    return _peek(path, key)[0]


def _peek(path: Path, key: str | None = None) -> tuple[str | None, bool]:
    """(the schema revision, whether the file holds any table), read without writing."""
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    require_key(path, key)
    # Without a -wal file, "immutable" reads the file as it is and creates no -wal or
    # -shm beside it; with one, read-only mode also sees what the WAL holds.
    wal = path.with_name(path.name + "-wal")
    conn = connect_file(path, key_for(path, key), read_only=True, immutable=not wal.exists())
    try:
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    except database_errors() as exc:
        if is_encrypted(path):  # its first page did not decrypt: the key is wrong
            raise wrong_key(path) from None
        raise NotADeskappDatabaseError(
            QT_TRANSLATE_NOOP("Error", "{path} cannot be read as a database: {reason}"),
            path=str(path),
            reason=str(exc),
        ) from None
    finally:
        conn.close()


def refuse_unknown_revision(path: Path, key: str | None = None) -> str | None:
    """Refuse a file written by a newer deskapp before anything opens it for writing
    (even switching it to WAL would change its header); return its revision."""
    revision, has_tables = _peek(path, key)
    if revision is not None and revision != HEAD_REVISION and revision not in _known_revisions():
        raise _too_new(str(path), revision)
    if revision is None and has_tables:
        # Another program's database: refused before the engine switches it to WAL.
        raise _foreign(str(path))
    return revision


def open_server_database(
    url: str, *, migrate: bool = True, create: bool = False, password: str | None = None
) -> tuple[Database, MigrationResult | None]:
    """Open a database on a PostgreSQL server (``postgresql://user@host/dbname``): refuse
    one that holds other tables or a newer schema, migrate an older one; create the
    schema in an empty one only when ``create`` (init, demo), else refuse it. A server
    that cannot be reached, or refuses the login, is said in words; one that asks for a
    password libpq did not find (PGPASSWORD, ~/.pgpass) raises PasswordNeededError, and
    the caller may ask the operator and give it as ``password`` (a connection
    parameter, never put in the URL). Copies before migrating are the server's backups'
    job."""
    db = Database(url, password=password)
    try:
        try:
            revision = current_revision(db)
        except OperationalError as exc:
            if password is None and needs_password(exc):
                raise password_needed(server_name(db.url)) from None
            raise _unreachable(db, exc) from None
        _check_known(db, revision)
        if revision is None and not create:
            raise NotADeskappDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Error",
                    "{path} holds no deskapp database yet: create it with 'deskapp init'.",
                ),
                path=db.location,
            )
        result = bring_up_to_date(db) if migrate else None
    except Exception:
        db.dispose()
        raise
    return db, result


def bring_up_to_date(db: Database) -> MigrationResult:
    """A server's database at this version's schema: made in an empty one, an older one
    upgraded by its owner only (the desks' role is told who can), the desks' rights
    granted again in the upgrade's own transaction (``migrate_to``)."""
    revision = current_revision(db)
    _check_known(db, revision)
    if revision not in (None, HEAD_REVISION):
        _require_owner(db, revision)
    return upgrade_database(db)


def _require_owner(db: Database, revision: str) -> None:
    """An older schema is migrated by its owner only (deskapp.models.sql.roles)."""
    with db.engine.connect() as conn:
        if not may_alter_schema(conn):
            raise owner_needed(db.location, revision, HEAD_REVISION)


def _unreachable(db: Database, exc: OperationalError) -> DatabaseUnreachableError:
    # libpq's message names the host, port, user and database, never a password.
    reason = " ".join(str(exc.orig or exc).split())
    return DatabaseUnreachableError(
        QT_TRANSLATE_NOOP(
            "Error",
            "Cannot open the database at {path}: {reason}. Check the address, that the "
            "server is running, and the password (PGPASSWORD or ~/.pgpass).",
        ),
        path=db.location,
        reason=reason,
    )


def open_database(
    path: Path, *, migrate: bool = True, key: str | None = None
) -> tuple[Database, MigrationResult | None]:
    """Open a database file for use: refuse a newer schema (or an encrypted file without
    its key) without touching the file, copy it aside and migrate it when it is older,
    create it when it does not exist. ``key`` opens an encrypted file; a plain one
    needs none."""
    refuse_unknown_revision(path, key)
    db = Database.at_path(path, key_for(path, key))
    try:
        result = upgrade_database(db) if migrate else None
    except Exception:
        db.dispose()
        raise
    return db, result
