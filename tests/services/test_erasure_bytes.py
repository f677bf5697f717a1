"""After an erasure the person is nowhere in the database's bytes, as a data-protection
officer would check with a hex editor: not in their record, the search index, the
business plans of their project (the draft and the versions frozen with their name) nor
the audit trail (the dossier printed about them was named after them); and the trail
still verifies."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import create_engine, text

from deskapp.reports.dossier import person_dossier
from deskapp.services import business_plans as bp
from deskapp.services import gdpr, persons, projects
from deskapp.services.maintenance import check_database
from deskapp.services.search import search_persons
from tests.conftest import MARIO_CF, MARIO_NIR, person_data

SECRETS = ("Rossi", "Mario", MARIO_CF, MARIO_NIR)


pytestmark = pytest.mark.both_engines


def _raw(db, db_path):  # noqa: ANN001, ANN202
    """The database file and its WAL, as bytes. On a server: every table's, index's and
    TOAST table's file, after what its administrator does once people are erased
    (README, "A shared registry on PostgreSQL"): VACUUM FULL, which writes each table
    anew without the old versions of its rows, then a CHECKPOINT, which puts the pages
    on disk. (The WAL and the backups keep the old versions until they expire: the
    administrator's too.)"""
    if db.is_postgresql:
        engine = create_engine(db.url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("VACUUM FULL")
                conn.exec_driver_sql("CHECKPOINT")
                files = conn.exec_driver_sql(
                    "SELECT pg_relation_filepath(oid) FROM pg_class "
                    "WHERE relkind IN ('r', 'i', 't') AND pg_relation_filepath(oid) IS NOT NULL"
                ).scalars()
                return b"".join(
                    conn.execute(text("SELECT pg_read_binary_file(:f)"), {"f": f}).scalar()
                    for f in list(files)
                )
        finally:
            engine.dispose()
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_an_erased_member_is_in_neither_the_file_nor_its_wal(
    db, db_path, admin, operator, coordinator, tmp_path
):
    mario = persons.create_person(db, operator, person_data(nir=MARIO_NIR)).id
    persons.add_skill(db, operator, mario, {"description": "Saldatore TIG"})
    lia = persons.create_person(
        db,
        operator,
        person_data(
            given_name="Lia",
            family_name="Ferraro",
            codice_fiscale="",
            sex="F",
            birth_date="1990-02-02",
            phone="",
            email="",
        ),
    ).id
    project = projects.create_project(db, operator, {"title": "Officine Riunite", "kind": "wbo"})
    for pid, pledged in ((mario, "5000"), (lia, "3000")):
        projects.add_member(
            db,
            operator,
            project,
            {"person_id": pid, "role": "worker_member", "capital_pledged": pledged},
        )
    # The draft is prefilled with the team ("Rossi Mario (Socio lavoratore): Saldatore
    # TIG"), saved, and frozen with the members' capital as it is.
    draft = bp.load_plan(db, project)
    assert "Rossi Mario" in draft.plan.sections.team
    bp.save_plan(db, operator, project, 0, draft.plan)
    version = bp.freeze_plan(db, operator, project, "Presentato a CFI")
    person_dossier(db, coordinator, mario, tmp_path / "dossier-Rossi-Mario.pdf")
    assert [hit.id for hit in search_persons(db, "Rossi Mario")] == [mario]
    assert [hit.id for hit in search_persons(db, MARIO_CF)] == [mario]
    assert [hit.id for hit in search_persons(db, MARIO_NIR)] == [mario]

    gdpr.erase_person(db, admin, mario)

    # The plans still add up: the frozen version keeps both members' capital.
    _, frozen = bp.version_result(db, version)
    assert frozen.members_capital == D("8000.00")
    assert [m.pledged for m in frozen.members] == [D("5000.00"), D("3000.00")]
    assert "Ferraro Lia" in bp.load_plan(db, project).plan.sections.team
    assert search_persons(db, "Rossi") == []

    if db.is_postgresql:
        # The server's pages held the erased values until they were written anew.
        assert MARIO_CF.encode() in _files_before_vacuum(db)
    db.dispose()
    raw = _raw(db, db_path)
    assert len(raw) > 100_000  # the files were read
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    report = check_database(db)
    assert report.ok, report.problems


def _files_before_vacuum(db):  # noqa: ANN001, ANN202
    """The person table's file as the server left it after the erasure (checkpointed)."""
    engine = create_engine(db.url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            return conn.exec_driver_sql(
                "SELECT pg_read_binary_file(pg_relation_filepath('person'))"
            ).scalar()
    finally:
        engine.dispose()
