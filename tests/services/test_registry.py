from __future__ import annotations

import datetime as dt

import pytest

from deskapp.models.enums import EmploymentStatus, NeedKind, Stage
from deskapp.services import persons, projects
from deskapp.services.registry import RegistryFilter, count_registry, registry_ids, registry_rows
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


def _person(db, operator, family, given, born, **extra):
    return persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            family_name=family,
            given_name=given,
            sex="F",
            birth_date=born,
            phone="",
            email="",
            previous_employer="",
            **extra,
        ),
    ).id


def test_filters_combine_and_count_agrees(db, operator):
    rossi = _person(
        db,
        operator,
        "Rossi",
        "Marina",
        "1970-11-11",
        employment_status="unemployed",
        first_contact_date="2026-01-10",
    )
    badoer = _person(
        db, operator, "Badoer", "Rossana", "1979-05-23", first_contact_date="2025-03-01"
    )
    persons.add_needs_assessment(db, operator, badoer, {"needs": [{"kind": "funding"}]})
    project = projects.create_project(db, operator, {"title": "Coop", "kind": "new_cooperative"})
    projects.add_member(db, operator, project, {"person_id": rossi, "role": "promoter"})

    # Typed text: the surname that starts with it comes first, then name order.
    assert registry_ids(db, RegistryFilter(text="ross")) == [rossi, badoer]
    assert registry_ids(db, RegistryFilter()) == [badoer, rossi]
    cases = {
        RegistryFilter(employment_status=EmploymentStatus.UNEMPLOYED): [rossi],
        RegistryFilter(need=NeedKind.FUNDING): [badoer],
        RegistryFilter(need=NeedKind.TRAINING): [],
        RegistryFilter(project_stage=Stage.INTAKE): [rossi],
        RegistryFilter(contact_from=dt.date(2026, 1, 1)): [rossi],
        RegistryFilter(contact_to=dt.date(2025, 12, 31), text="ross"): [badoer],
        RegistryFilter(desk_id=operator.desk_id + 1): [],
    }
    for flt, expected in cases.items():
        assert registry_ids(db, flt) == expected, flt
        assert count_registry(db, flt) == len(expected)


def test_sorting_and_pages(db, operator):
    ids = [_person(db, operator, f"Cognome{i:02d}", "Anna", f"19{50 + i}-01-01") for i in range(30)]
    assert registry_ids(db, RegistryFilter(), "birth_date", descending=True) == ids[::-1]
    page = registry_rows(db, ids[5:10])
    assert sorted(page) == ids[5:10]
    assert page[ids[5]].family_name == "Cognome05"


def test_names_sort_without_regard_to_case(db, operator):
    zanetti = _person(db, operator, "Zanetti", "Carla", "1970-01-01")
    de_santis = _person(db, operator, "de Santis", "Anna", "1975-05-12")
    bianchi = _person(db, operator, "Bianchi", "Luca", "1980-02-02")
    assert registry_ids(db, RegistryFilter()) == [bianchi, de_santis, zanetti]
    # One and two letters are a surname prefix, whatever the case typed.
    assert registry_ids(db, RegistryFilter(text="DE")) == [de_santis]
    assert registry_ids(db, RegistryFilter(text="z")) == [zanetti]


def test_name_order_is_read_from_the_index(db):
    from sqlalchemy import select

    from deskapp.models import Person
    from deskapp.services.registry import SORT_KEYS

    query = select(Person.id).order_by(*SORT_KEYS["name"], Person.id)
    sql = str(query.compile(db.engine))
    with db.engine.connect() as conn:
        if db.is_sqlite:
            plan = " ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "ix_person_sort_name" in plan and "TEMP B-TREE" not in plan
            return
        # An empty table is read whole by PostgreSQL: forbid that to see the index's use.
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = [row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql)]
    # The index gives the names in order; only the id ties are sorted, within each name.
    assert "ix_person_sort_name" in " ".join(plan)
    assert plan[0].startswith(("Index", "Incremental Sort")), plan


def _plan_of_what_runs(db, work) -> str:
    """The engine's plan of the last statement ``work()`` sends, as one line of text."""
    from sqlalchemy import event

    sent = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    statement, parameters = sent[-1]
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return " ".join(row[3] for row in rows)
        # A table of a few rows is read whole and sorted by PostgreSQL, whatever its
        # indexes: forbid both, to see whether an index can give the order.
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_sort = off")
        rows = conn.exec_driver_sql("EXPLAIN " + statement, parameters)
        return " | ".join(row[0] for row in rows)


def test_one_or_two_letters_list_surnames_in_order_straight_from_the_index(db, operator):
    # At 1,000,000 people "r" matches 53,000: sorting them by name took 620 ms on SQLite,
    # reading them in the order of the search key's index 75 ms (bench/RESULTS.md).
    russo = _person(db, operator, "Russo", "Elena", "1971-01-01")
    rossi_m = _person(db, operator, "Rossi", "Marco", "1972-01-01")
    orsini = _person(db, operator, "Òrsini", "Paola", "1973-01-01")
    rossi_a = _person(db, operator, "ROSSI", "Anna", "1974-01-01")
    ricci = _person(db, operator, "ricci", "Luca", "1975-01-01")
    _person(db, operator, "Bianchi", "Rita", "1976-01-01")

    assert registry_ids(db, RegistryFilter(text="r")) == [ricci, rossi_a, rossi_m, russo]
    assert registry_ids(db, RegistryFilter(text="R", desk_id=operator.desk_id)) == [
        ricci, rossi_a, rossi_m, russo,
    ]  # fmt: skip
    assert registry_ids(db, RegistryFilter(text="r"), descending=True) == [
        russo, rossi_m, rossi_a, ricci,
    ]  # fmt: skip
    assert registry_ids(db, RegistryFilter(text="ro m")) == [rossi_m]
    assert registry_ids(db, RegistryFilter(text="o")) == [orsini]

    plan = _plan_of_what_runs(db, lambda: registry_ids(db, RegistryFilter(text="ro")))
    assert "ix_person_search_key" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    # PostgreSQL may order the rare equal keys by id within them (Incremental Sort).
    assert not any(step.strip(" ->").startswith("Sort  (") for step in plan.split("|")), plan


def test_a_window_of_the_order_is_read_without_the_rest(db, operator):
    # The People page reads the rows on screen, not the ids of a whole registry.
    ids = [_person(db, operator, f"Cognome{i:02d}", "Anna", f"19{50 + i}-01-01") for i in range(30)]
    assert registry_ids(db, RegistryFilter(), "name", offset=0, limit=7) == ids[:7]
    assert registry_ids(db, RegistryFilter(), "name", offset=25, limit=10) == ids[25:]
    assert registry_ids(db, RegistryFilter(), "birth_date", True, offset=3, limit=2) == [
        ids[26], ids[25],
    ]  # fmt: skip
    assert registry_ids(db, RegistryFilter(text="cognome1"), offset=2, limit=3) == ids[12:15]
    assert registry_ids(db, RegistryFilter(text="co"), offset=28, limit=5) == ids[28:]
    assert registry_ids(db, RegistryFilter(), offset=40, limit=5) == []
