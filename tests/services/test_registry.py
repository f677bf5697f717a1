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


# Surnames starting with the typed word first, then every other match, in name order,
# whether the block comes from one sorted query (few matches) or is read from the name
# index in order in three parts (many matches: at 1,000,000 people "genov" matched 67,398
# and sorting them took 800 ms).
_MIXED = [
    ("Marino", "Anna", "Genova"),
    ("MARINI", "Luca", "Savona"),
    ("Màrino", "Elena", "Genova"),  # accented: after the ASCII surnames, still first group
    ("Òmar", "Sara", "Marano"),  # "mar" only inside the surname
    ("Mar", "Zeno", "Imperia"),
    ("marchetti", "Bruno", "Genova"),
    ("Bianchi", "Mara", "Genova"),  # "mar" in the given name only
    ("Rossi", "Paolo", "Marassi"),  # in the municipality only
    ("Amari", "Carla", "Genova"),
    ("Zanetti", "Marco", "Rapallo"),
    ("Ferrari", "Gino", "Chiavari"),  # no "mar" anywhere
    ("Marino", "Anna", "Genova"),  # the same name twice: the id decides
]


@pytest.fixture()
def mixed(db, operator):
    return [
        _person(db, operator, family, given, f"19{60 + i}-02-03", municipality=town)
        for i, (family, given, town) in enumerate(_MIXED)
    ]


def _sorted_once(db, flt):
    """The order of a typed word as one query sorting every match: surnames starting
    with the word first, then by name (what the parts must reproduce)."""
    from sqlalchemy import select

    from deskapp.models import Person
    from deskapp.services import registry
    from deskapp.services.search import surname_starts_first

    word = flt.text.split()[0]
    query = (
        select(Person.id)
        .where(*registry._conditions(db, flt))
        .order_by(surname_starts_first(word), *registry.SORT_KEYS["name"], Person.id)
    )
    with db.read() as s:
        return list(s.scalars(query))


@pytest.mark.parametrize("text", ["mar", "MAR", "gen", "genova mar", "mari", "ari", "mar ge"])
@pytest.mark.parametrize("walks", [False, True])
def test_the_parts_give_the_rows_of_one_sorted_query(db, mixed, monkeypatch, text, walks):
    # A typed word's order is read in three parts, the third walked (many matches) or
    # sorted (few): either way the rows and their order are those of one sorted query.
    from deskapp.services import registry

    flt = RegistryFilter(text=text)
    sorted_once = _sorted_once(db, flt)
    monkeypatch.setattr(registry, "_walks", lambda db, total: walks)
    assert registry_ids(db, flt) == sorted_once
    for offset in range(12):
        for limit in (1, 3, 20):
            window = registry_ids(db, flt, offset=offset, limit=limit)
            assert window == sorted_once[offset : offset + limit], (offset, limit)
    block, total = registry.first_block(db, flt, limit=3)
    assert block.ids == sorted_once[:3]
    # Counted when SQLite counts to choose how to read (its count is cheap); else left
    # to the page.
    assert total in (len(sorted_once), None if len(sorted_once) > 3 else len(sorted_once))
    assert registry.first_block(db, flt, limit=50)[1] == len(sorted_once)
    assert count_registry(db, flt) == len(sorted_once)


def test_the_walk_puts_the_surnames_first(db, mixed, monkeypatch):
    from deskapp.services import registry

    monkeypatch.setattr(registry, "_walks", lambda db, total: True)
    names = {pid: _MIXED[i][:2] for i, pid in enumerate(mixed)}
    shown = [names[pid] for pid in registry_ids(db, RegistryFilter(text="mar"))]
    assert shown == [
        ("Mar", "Zeno"),
        ("marchetti", "Bruno"),
        ("MARINI", "Luca"),
        ("Marino", "Anna"),
        ("Marino", "Anna"),
        ("Màrino", "Elena"),
        ("Amari", "Carla"),
        ("Bianchi", "Mara"),
        ("Rossi", "Paolo"),
        ("Zanetti", "Marco"),
        ("Òmar", "Sara"),
    ]


def test_the_other_matches_are_read_in_name_index_order(db, mixed, monkeypatch):
    # The third part (matches whose surname does not start with the word) walks the name
    # index in order and stops at the block's end: no sort of every match.
    from deskapp.services import registry

    monkeypatch.setattr(registry, "_walks", lambda db, total: True)
    plan = _plan_of_what_runs(
        db, lambda: registry_ids(db, RegistryFilter(text="genova"), offset=0, limit=5)
    )
    assert "ix_person_sort_name" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    assert not any(step.strip(" ->").startswith("Sort  (") for step in plan.split("|")), plan
    if not db.is_sqlite:
        # The trigram index answers LIKE on the row itself: one read of each person
        # walked, not a join of person with itself (at 1,000,000 people that join, in
        # parallel workers, cost 310 ms for "genov"; the single walk 50 ms).
        assert plan.count(" on person") == 1, plan


# Deep in the registry a block is read from the row before it (or after it), not by
# counting rows from the top: OFFSET 999,000 cost a second at 1,000,000 people. The rows
# and their order must be exactly those of the OFFSET reads, whatever the sort, its
# direction, the text typed, NULL identifiers (SQLite sorts them first, PostgreSQL last),
# equal names and accents.


_VARIED = [
    # family, given, born, status, town; with a codice fiscale or without (NULL)
    ("Rossi", "Anna", "1980-01-01", "unemployed", "Genova"),
    ("ROSSI", "Anna", "1980-01-01", "employed", "Genova"),  # equal but for case and id
    ("rossi", "Bruno", "1975-06-30", "laid_off", "Marassi"),
    ("Rossini", "Carla", "1990-12-31", "at_risk", ""),
    ("Ròssi", "Dario", "1966-03-03", "inactive", "Rapallo"),
    ("Romano", "Elisa", "1980-01-01", "unemployed", "Genova"),
    ("De Rosa", "Franco", "1955-09-09", "employed", "Savona"),
    ("Marchi", "Gino", "2001-02-28", "unemployed", "Marano"),
]


@pytest.fixture()
def varied(db, operator, mixed):
    from deskapp.services.demo.generator import birthplace_code_for, encode_codice_fiscale

    place = birthplace_code_for("Genova")
    for i, (family, given, born, status, town) in enumerate(_VARIED * 2):
        cf = ""
        if i % 3 == 0:  # a third with a codice fiscale, the others NULL
            day = dt.date.fromisoformat(born) + dt.timedelta(days=i)
            cf = encode_codice_fiscale(family, given, "F", day, place)
            born = day.isoformat()
        persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale=cf,
                family_name=family,
                given_name=given,
                sex="F",
                birth_date=born,
                phone="",
                email="",
                previous_employer="",
                municipality=town,
                employment_status=status,
                first_contact_date=f"{1 + i % 28}/0{1 + i % 9}/2026",
            ),
        )
    return mixed


def _by_keyset(db, flt, sort, descending, size):
    """The whole order read forwards block after block, then backwards from the end."""
    from deskapp.services.registry import read_block

    forwards, block = [], read_block(db, flt, sort, descending, limit=size)
    while block.ids:
        forwards += block.ids
        block = read_block(db, flt, sort, descending, limit=size, after=block.last)
    backwards, block = [], read_block(db, flt, sort, descending, limit=size, from_end=True)
    while block.ids:
        backwards = block.ids + backwards
        block = read_block(db, flt, sort, descending, limit=size, before=block.first)
    return forwards, backwards


@pytest.mark.parametrize("text", ["", "ro", "mar"])
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_blocks_show_what_offsets_show(db, varied, text, descending):
    from deskapp.services.registry import SORT_KEYS, read_block

    flt = RegistryFilter(text=text)
    for sort in SORT_KEYS:
        expected = registry_ids(db, flt, sort, descending)
        assert len(expected) > 5, (sort, text)
        n = len(expected)
        for size in (1, 4) if sort == "name" else (4,):
            forwards, backwards = _by_keyset(db, flt, sort, descending, size)
            assert forwards == expected, (sort, size)
            assert backwards == expected, (sort, size)
        for offset in range(0, n + 2, 3):
            end = read_block(db, flt, sort, descending, limit=4, offset=offset, from_end=True)
            assert end.ids == expected[max(n - offset - 4, 0) : max(n - offset, 0)], offset


@pytest.mark.parametrize("walks", [False, True])
def test_keyset_blocks_of_a_typed_word_in_parts_show_what_offsets_show(
    db, varied, monkeypatch, walks
):
    from deskapp.services import registry

    monkeypatch.setattr(registry, "_walks", lambda db, total: walks)
    for text in ("mar", "genova", "mar ge"):
        flt = RegistryFilter(text=text)
        expected = registry_ids(db, flt)
        for size in (1, 2, 5):
            assert _by_keyset(db, flt, "name", False, size) == (expected, expected), (text, size)


def test_a_block_deep_in_the_registry_is_read_from_the_index(db, operator):
    from deskapp.services.registry import read_block

    for i in range(12):
        _person(db, operator, f"Cognome{i % 4}", "Anna", f"19{50 + i}-01-01")
    last = read_block(db, RegistryFilter(), limit=5).last
    plan = _plan_of_what_runs(db, lambda: read_block(db, RegistryFilter(), limit=5, after=last))
    assert "ix_person_sort_name" in plan, plan
    # A seek to the row, not a scan from the top that skips what is before it.
    assert ("SEARCH" in plan) if db.is_sqlite else ("Index Cond" in plan), plan
    assert "TEMP B-TREE" not in plan, plan
    assert not any(step.strip(" ->").startswith("Sort  (") for step in plan.split("|")), plan
    end = _plan_of_what_runs(db, lambda: read_block(db, RegistryFilter(), limit=5, from_end=True))
    assert "ix_person_sort_name" in end and "TEMP B-TREE" not in end, end


def test_a_server_reads_the_name_order_from_the_index_alone(db, operator):
    # PostgreSQL reads an index alone only when it holds every column a query uses: the
    # names themselves beside their lower() (migration 0024). Without them a jump to the
    # middle of 1,000,000 people read 500,000 rows (1.0 s against 0.12 s).
    from deskapp.services.registry import read_block

    if db.is_sqlite:
        pytest.skip("SQLite's index entries serve the order already")
    for i in range(12):
        _person(db, operator, f"Cognome{i % 4}", "Anna", f"19{50 + i}-01-01")
    for where in ({"offset": 6}, {"after": read_block(db, RegistryFilter(), limit=3).last}):
        plan = _plan_of_what_runs(
            db, lambda w=where: read_block(db, RegistryFilter(), limit=3, **w)
        )
        assert "Index Only Scan using ix_person_sort_name_id" in plan, plan


def test_the_surnames_range_is_read_in_index_order_with_the_setting_scoped(db, mixed, monkeypatch):
    # PostgreSQL took the range of "mar" (17,564 surnames at 1,000,000 people) for 18
    # rows, gathered it in a bitmap and sorted it: 256 ms, against 19 ms read in order.
    from contextlib import contextmanager

    from sqlalchemy import event

    from deskapp.models.sql import registry_order
    from deskapp.services import registry

    def bitmaps(conn):
        return conn.exec_driver_sql("SELECT current_setting('enable_bitmapscan')").scalar()

    if not db.is_sqlite:
        with db.read() as s:
            conn = s.connection()
            with registry_order.in_index_order(conn):
                assert bitmaps(conn) == "off"
            assert bitmaps(conn) == "on"  # set back at once, before the other parts
        with db.read() as s:
            assert bitmaps(s.connection()) == "on"

    sent, inside = [], []
    real = registry_order.in_index_order

    @contextmanager
    def marked(conn):
        with real(conn):
            inside.append(True)
            yield
            inside.append(False)

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append((bool(inside and inside[-1]), statement))

    monkeypatch.setattr(registry, "in_index_order", marked)
    monkeypatch.setattr(registry, "_walks", lambda db, total: True)
    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        assert registry_ids(db, RegistryFilter(text="mar"), limit=20)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    reads = [(within, sql) for within, sql in sent if "ORDER BY" in sql]
    assert [within for within, _ in reads] == [True, False, False], reads


def _statements(db, work) -> list[str]:
    from sqlalchemy import event

    sent = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    return sent


def test_a_word_few_people_match_is_sorted_not_walked_on_either_engine(db, mixed, monkeypatch):
    # PostgreSQL expected 15,851 matches of "esp" (2,647 found) and walked 782,000 entries
    # of the name index for them: 4 s. The walk is chosen by the number of matches, on
    # PostgreSQL counted up to WALK_FROM only (a full count of many matches costs 0.4 s).
    from deskapp.services import registry

    walked = []
    real_rest = registry._rest
    monkeypatch.setattr(registry, "_rest", lambda *a: walked.append(a[3]) or real_rest(*a))
    monkeypatch.setattr(registry, "WALK_FROM", 5)
    few = registry_ids(db, RegistryFilter(text="chiavari"))  # 1 match, not a surname
    block, total = registry.first_block(db, RegistryFilter(text="chiavari"), limit=3)
    assert set(walked) == {False} and block.ids == few and total == 1
    plan = _plan_of_what_runs(db, lambda: registry_ids(db, RegistryFilter(text="chiavari")))
    assert "TEMP B-TREE" in plan or "Sort" in plan, plan  # the few sorted, no index walked
    walked.clear()
    many = registry_ids(db, RegistryFilter(text="genova"))  # 6 matches, none a surname
    block, total = registry.first_block(db, RegistryFilter(text="genova"), limit=3)
    assert set(walked) == {True} and block.ids == many[:3]
    # SQLite's count is its full-text index's own, a few ms; PostgreSQL's is left to
    # the page (counted off the GUI thread).
    assert total == (6 if db.is_sqlite else None)
    later = registry.read_block(db, RegistryFilter(text="genova"), limit=3, after=block.last)
    assert later.ids == many[3:6]


def test_surnames_that_fill_the_first_block_are_shown_without_a_count(db, mixed):
    # "ros" at 1,000,000 people: the Rossi fill the first block from the name index in
    # 15 ms; counting the matches to choose how to read the others cost 40-80 ms more
    # on PostgreSQL, for rows the block does not reach. The count is then the page's,
    # made off its thread.
    from deskapp.services import registry

    flt = RegistryFilter(text="mar")  # five surnames start with "mar", six others match
    expected = _sorted_once(db, flt)
    found = []
    sent = _statements(db, lambda: found.append(registry.first_block(db, flt, limit=4)))
    block, total = found[0]
    assert block.ids == expected[:4]
    counts = [sql for sql in sent if "count(" in sql.lower()]
    if db.is_sqlite:  # its full-text index counts in a few ms: shown at once
        assert total == len(expected) and len(counts) == 1, sent
    else:
        assert total is None and counts == [], sent
    # The block after it reaches the other matches: counted then, to choose.
    sent = _statements(
        db, lambda: found.append(registry.read_block(db, flt, limit=4, after=block.last))
    )
    assert found[-1].ids == expected[4:8]
    assert any("count(" in sql.lower() for sql in sent), sent


@pytest.mark.parametrize("walks", [False, True])
def test_blocks_read_before_and_after_the_count_follow_on(db, mixed, monkeypatch, walks):
    # The page reads later blocks without the count while it is being made, then with
    # it: a block's last row is where the next starts either way.
    from deskapp.services import registry

    flt = RegistryFilter(text="mar")
    expected = _sorted_once(db, flt)
    monkeypatch.setattr(registry, "_walks", lambda db, total: walks)
    block = registry.read_block(db, flt, limit=3)
    shown = list(block.ids)
    for total in (None, len(expected), None, len(expected)):
        block = registry.read_block(db, flt, limit=3, after=block.last, total=total)
        shown += block.ids
    assert shown == expected
