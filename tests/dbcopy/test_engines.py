"""What the copy asks of each engine: a read that sees one moment while others write
(deskapp.models.sql.snapshot), and a freshly made schema that holds rows only where
the migrations write reference data (deskapp.dbcopy.target.SEEDED)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from deskapp.dbcopy.plan import copy_plan
from deskapp.dbcopy.target import SEEDED, require_empty
from deskapp.models.sql.snapshot import read_snapshot

pytestmark = pytest.mark.both_engines


def test_a_snapshot_does_not_see_what_is_written_after_its_first_read(db, admin):
    with read_snapshot(db.engine) as read:
        before = read.scalar(text("SELECT count(*) FROM desk"))
        with db.write() as s:
            s.execute(
                text(
                    "INSERT INTO desk (name, organisation, region, country, language, address, "
                    "created_at, updated_at, version) VALUES ('Antenna Savona', '', 'liguria', "
                    "'IT', 'it', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"
                )
            )
        assert read.scalar(text("SELECT count(*) FROM desk")) == before
    with db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM desk")) == before + 1


def test_a_snapshot_writes_nothing(db, admin):
    from sqlalchemy.exc import DBAPIError

    with read_snapshot(db.engine) as read:
        if db.is_postgresql:  # SQLite's rollback at the end is what guards it there
            with pytest.raises(DBAPIError):
                read.execute(text("DELETE FROM desk"))


def test_a_schema_just_made_holds_rows_only_in_the_seeded_tables(db):
    plan = copy_plan()
    with db.engine.connect() as conn:
        filled = {
            p.name for p in plan if conn.scalar(select(func.count()).select_from(p.writer)) != 0
        }
        assert filled == set(SEEDED)
        # And such a target counts as empty: the copy fills it.
        assert require_empty(conn, db.location, plan) is False


def test_rows_written_at_once_read_back_as_written(db, admin):
    """deskapp.models.sql.copy_in: COPY on PostgreSQL, executemany on SQLite; the values
    read back through the models the same on both."""
    import datetime as dt

    from deskapp.dbcopy.plan import table_plan
    from deskapp.models import FundingCatalogueEntry
    from deskapp.models.sql.copy_in import write_rows

    plan = table_plan(FundingCatalogueEntry.__table__)
    with db.engine.connect() as conn:
        first = conn.execute(select(plan.writer).order_by(plan.writer.c.id)).first()
        assert first is not None
        row = list(first)
        row[0] = 9001
        row[[c.name for c in plan.columns].index("name")] = "Fondo «Ponente» è nuovo\ttab"
        conn.rollback()
        with conn.begin():
            write_rows(conn, plan.writer, [row])
        again = conn.execute(select(plan.writer).where(plan.writer.c.id == 9001)).one()
    assert list(again) == row
    assert any(isinstance(v, dt.date) for v in row) and any(isinstance(v, bool) for v in row)


def test_a_row_the_database_refuses_comes_back_as_an_integrity_error(db, admin):
    from sqlalchemy.exc import IntegrityError

    from deskapp.dbcopy.plan import table_plan
    from deskapp.models import Operator
    from deskapp.models.sql.copy_in import write_rows

    plan = table_plan(Operator.__table__)
    with db.engine.connect() as conn:
        row = list(conn.execute(select(plan.writer)).first() or ())
        row[0] = 9002
        row[[c.name for c in plan.columns].index("desk_id")] = 777  # no such desk
        conn.rollback()
        with pytest.raises(IntegrityError), conn.begin():
            write_rows(conn, plan.writer, [row])
