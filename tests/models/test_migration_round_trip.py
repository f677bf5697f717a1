"""This round's migrations go down and up again without losing a row.

Batch mode rebuilds a table by copying it and dropping the old one; with SQLite's
foreign keys on, dropping ``person`` would first delete its skills and consents
through ON DELETE CASCADE. deskapp.models.migrate.migrate_to turns the keys off while
migrating and checks every reference before the commit.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from deskapp.models import Consent, Person, Skill
from deskapp.models.migrate import head_revision, migrate_to
from deskapp.services.persons import add_skill, create_person
from tests.conftest import person_data


def _counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(select(func.count()).select_from(model)) for model in (Person, Skill, Consent)
        )


def _schema_objects(db) -> set[tuple[str, str, str]]:
    """The indexes and triggers of the file, by kind, name and table."""
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger')"
        ).fetchall()
    return {tuple(r) for r in rows}


def test_down_to_0011_and_up_again_keeps_people_skills_and_consents(db, operator):
    objects = _schema_objects(db)
    person_id = create_person(db, operator, person_data()).id
    add_skill(db, operator, person_id, {"description": "Saldatore a filo", "level": "expert"})
    before = _counts(db)
    assert before == (1, 1, 1)

    migrate_to(db, "0011", down=True)
    raw = sqlite3.connect(db.path)
    try:
        assert raw.execute("SELECT count(*) FROM skill").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM consent").fetchone()[0] == 1
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 0  # a fresh connection
    finally:
        raw.close()

    migrate_to(db, "head")
    assert _counts(db) == before
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == head_revision()
    # The search index's triggers and the expression indexes are made again too: a
    # rebuilt table loses its triggers, and nothing would say so but a search that
    # no longer finds new people.
    assert _schema_objects(db) == objects


def test_a_file_with_a_broken_reference_already_still_migrates(db, operator):
    """db check reports a broken reference; it must not stop the file from opening."""
    person_id = create_person(db, operator, person_data()).id
    add_skill(db, operator, person_id, {"description": "Saldatore a filo", "level": "expert"})
    migrate_to(db, "0011", down=True)
    raw = sqlite3.connect(db.path)
    try:  # a skill whose person is gone, as an old bug or a hand edit could leave it
        raw.execute(
            "INSERT INTO skill (person_id, description, occupation_code, sector, evidence,"
            " version) VALUES (999, 'orfano', '', '', 'none', 1)"
        )
        raw.commit()
    finally:
        raw.close()
    migrate_to(db, "head")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() != []
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert revision == head_revision()
