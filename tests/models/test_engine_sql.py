"""Each piece of SQL that differs between SQLite and PostgreSQL (deskapp.models.sql,
the person index, the audit guard), run on both engines."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from deskapp.models import AuditEvent, Desk, Person
from deskapp.models.audit_chain import chain_query, verify_chain
from deskapp.models.audit_guard import trigger_problems
from deskapp.models.bulk import insert_rows
from deskapp.models.enums import AuditAction
from deskapp.models.person_index import matching
from deskapp.models.sql.collation import contains_nocase, nocase
from deskapp.models.sql.dates import month_day, year_month, year_of
from deskapp.services import persons
from deskapp.services.audit import record_event
from deskapp.services.maintenance import check_database
from deskapp.services.search import search_persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _people(db, operator, *names):
    for family, given in names:
        persons.create_person(
            db,
            operator,
            person_data(
                family_name=family,
                given_name=given,
                codice_fiscale="",
                sex="M",
                birth_date="1980-04-03",
                phone="",
                email="",
            ),
        )


def test_names_sort_and_match_without_case(db, operator):
    _people(db, operator, ("zanetti", "Ugo"), ("de Santis", "Eva"), ("De Rosa", "Ada"))
    with db.read() as s:
        order = s.scalars(
            select(Person.family_name).order_by(nocase(Person.family_name), Person.id)
        ).all()
        found = s.scalars(
            select(Person.family_name).where(contains_nocase(Person.family_name, "SANT"))
        ).all()
    assert order == ["De Rosa", "de Santis", "zanetti"]
    assert found == ["de Santis"]


def test_date_parts_read_the_same(db):
    day = dt.date(2026, 3, 14)
    with db.read() as s:
        row = s.execute(select(year_of(day), year_month(day), month_day(day))).one()
    assert tuple(row) == (2026, "2026-03", "03-14")


def test_texts_join_with_nulls_as_nothing_and_enums_as_their_codes(db, operator):
    from sqlalchemy import literal, null

    from deskapp.models.sql.texts import joined_texts

    _people(db, operator, ("Rossi", "Mario"))
    with db.read() as s:
        joined = s.scalar(
            select(
                joined_texts(Person.sex, null(), Person.employment_status, literal(7), "x")
            ).limit(1)
        )
    assert joined == "M||laid_off|7|x"  # person_data's status


def test_the_person_index_finds_fragments(db, operator):
    _people(db, operator, ("Rossi", "Mario"), ("Grossi", "Anna"), ("Bianchi", "Rosa"))
    with db.read() as s:
        hits = matching(db.engine.dialect.name, ["ross"])
        names = s.scalars(
            select(Person.family_name).join(hits, hits.c.id == Person.id).order_by(Person.id)
        ).all()
    assert names == ["Rossi", "Grossi"]
    assert [h.family_name for h in search_persons(db, "ross")] == ["Rossi", "Grossi"]


def test_postgresql_reads_the_trigram_index(fresh_postgres_database):
    import datetime as dt

    from deskapp.models.database import Database
    from deskapp.models.person_index import POSTGRESQL_INDEX
    from deskapp.services.demo import generate_demo

    db = Database(fresh_postgres_database)
    try:
        # A registry with statistics: on an empty table any index is as cheap as any
        # other, and the planner may walk the search key's b-tree instead.
        generate_demo(db, persons=400, seed=3, today=dt.date(2026, 11, 22))
        hits = matching("postgresql", ["ross", "mar"])
        sql = select(hits.c.id).compile(db.engine, compile_kwargs={"literal_binds": True})
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE person")
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        assert POSTGRESQL_INDEX in plan
    finally:
        db.dispose()


def test_postgresql_reads_the_skill_trigram_index(fresh_postgres_database):
    from deskapp.models.database import Database
    from deskapp.models.skill_index import POSTGRESQL_INDEX, candidates

    db = Database(fresh_postgres_database)
    try:
        with db.engine.connect() as conn:
            found = candidates(conn, [("sald", ("sald", "weld")), ("genova", ("genova",))])
            assert found is not None
            sql = found.compile(db.engine, compile_kwargs={"literal_binds": True})
            conn.exec_driver_sql("SET enable_seqscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
        assert POSTGRESQL_INDEX in plan
    finally:
        db.dispose()


def test_bulk_rows_with_ids_leave_room_for_the_next_insert(db, admin):
    with db.write() as s:
        conn = s.connection()
        first = int(conn.execute(select(func.max(Desk.id))).scalar() or 0) + 1
        insert_rows(
            conn,
            Desk.__table__,
            [
                {
                    "id": first + i,
                    "name": f"Antenna {i}",
                    "organisation": "Legacoop",
                    "region": "liguria",
                    "country": "IT",
                    "address": "",
                    "language": "it",
                    "version": 1,
                }
                for i in range(3)
            ],
        )
    with db.write() as s:
        new_id = s.execute(
            insert(Desk).values(
                name="Antenna nuova",
                organisation="Legacoop",
                region="liguria",
                country="IT",
                address="",
                language="it",
                version=1,
            )
        ).inserted_primary_key[0]
    assert new_id == first + 3


def test_the_trail_refuses_changes_but_blanking_a_detail(db, admin):
    with db.write() as s:
        event = record_event(s, admin, "person", 1, AuditAction.UPDATE, detail="person 1")
        event_id = event.id
    for change in (
        update(AuditEvent).where(AuditEvent.id == event_id).values(entity="project"),
        update(AuditEvent).where(AuditEvent.id == event_id).values(detail="other"),
        text("DELETE FROM audit_event"),
    ):
        with pytest.raises(IntegrityError), db.write() as s:
            s.execute(change)
    with db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(detail=""))
    with db.read() as s:
        assert s.get(AuditEvent, event_id).detail == ""
    assert check_database(db).ok, check_database(db).problems


def test_the_guard_refuses_a_null_detail_itself(db, admin):
    # The column is NOT NULL too, but the guard must not lean on it: PostgreSQL's
    # function said `NEW.detail <> ''`, which is NULL (not true) for a NULL detail.
    with db.write() as s:
        event_id = record_event(s, admin, "person", 1, AuditAction.UPDATE, detail="x").id
    with pytest.raises(IntegrityError) as refused, db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET detail = NULL WHERE id = :id"), {"id": event_id})
    assert "the audit trail cannot be changed" in str(refused.value)
    with db.read() as s:
        assert s.get(AuditEvent, event_id).detail == "x"


def test_db_check_reports_a_guard_trigger_dropped(db, admin):
    with db.engine.begin() as conn:
        assert trigger_problems(conn) == []
        if db.is_postgresql:
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete ON audit_event")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
    report = check_database(db)
    assert any("audit_event_no_delete" in p for p in report.problems)


def test_db_check_reports_a_search_index_dropped_on_a_server(fresh_postgres_database):
    from deskapp.models.database import Database
    from deskapp.models.skill_index import POSTGRESQL_INDEX

    db = Database(fresh_postgres_database)
    try:
        assert not check_database(db).problems
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP INDEX {POSTGRESQL_INDEX}")
        assert any(POSTGRESQL_INDEX in str(p) for p in check_database(db).problems)
    finally:
        db.dispose()


def test_concurrent_writers_extend_one_chain(db, admin):
    """Eight threads append at once; the chain has every event and no fork."""
    errors: list[BaseException] = []

    def append(worker: int) -> None:
        try:
            for i in range(15):
                with db.write() as s:
                    record_event(s, admin, "person", worker * 100 + i, AuditAction.UPDATE)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    threads = [threading.Thread(target=append, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.engine.connect() as conn:
        checked, broken = verify_chain(conn.execute(chain_query()))
    assert broken is None
    assert checked == before + 8 * 15
