"""The skills search through its index (deskapp.models.skill_index: FTS5 on SQLite,
pg_trgm on PostgreSQL) finds exactly what it found without it, stays right as skills
and people change, and an erased person's skills leave the table, the index and the
file's bytes."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from deskapp.models import Person
from deskapp.models.skill_index import DROP_STATEMENTS, INTEGRITY_STATEMENT, SKILL_FTS
from deskapp.services import gdpr, persons, resources
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines

PEOPLE = [
    # (given name, municipality, skills: (description, occupation code, sector, years))
    ("Mario", "Sestri Levante", [("Saldatore a filo", "6.2.1.2.0", "Metalmeccanica", 12)]),
    ("Lucia", "Chiavari", [("Saldatrice TIG", "", "", 3), ("Cucina di bordo", "", "", 7)]),
    ("Élodie", "Ajaccio", [("ÉLECTRICIENNE du bâtiment", "", "Bâtiment", 9)]),
    ("Anna", "Genova", [("elettricista industriale", "7.4.1.1.0", "Energia", 20)]),
    ("Piero", "Genova", [("Cuoco", "", "Ristorazione", 15), ("Welder (MIG)", "", "", None)]),
    ("Sara", "Sestri Ponente", [("Sarta", "", "Tessile", 4), ("Cucito industriale", "", "", 2)]),
    ("Ugo", "Savona", [("Soudeur 100%_inox", "", "", 1), ('Tornitore "CNC"', "", "", 30)]),
]

QUERIES = [
    "s", "sa", "sal", "sald", "saldatura", "saldatura sestri", "saldatura Chiavari", "SALD",
    "cuoco", "cuoco genova", "cucito", "elettricista", "électricien", "ÉLEC", "elec",
    "soudure", "welding", "6.2.1", "Metalmecc", "bâtiment", "BÂTIMENT", "genova", "ses",
    "100%", "_inox", '"cnc"', "tornitore", "sestri levante", "zzz", "sa ge", "cuc 7.4",
]  # fmt: skip


@pytest.fixture
def registry(db, operator):
    for n, (given, municipality, skills) in enumerate(PEOPLE):
        pid = persons.create_person(
            db,
            operator,
            person_data(
                given_name=given,
                family_name=f"Test{n}",
                codice_fiscale="",
                sex="F",
                birth_date="1980-01-01",
                municipality=municipality,
                phone="",
                email="",
            ),
        ).id
        for description, code, sector, years in skills:
            persons.add_skill(
                db,
                operator,
                pid,
                {
                    "description": description,
                    "occupation_code": code,
                    "sector": sector,
                    "years_experience": years,
                },
            )
    return db


def answers(db, desk_id=None):
    return {
        q: [(h.skill_id, h.person_id) for h in resources.search_skills(db, q, desk_id)[1]]
        for q in QUERIES
    }


def index_is_sound(db) -> None:
    if not db.is_sqlite:
        return  # the server keeps its index
    with db.engine.begin() as conn:
        conn.exec_driver_sql(INTEGRITY_STATEMENT)  # raises on a row out of step
        indexed = conn.exec_driver_sql(f"SELECT count(*) FROM {SKILL_FTS}").scalar()
        skills = conn.exec_driver_sql("SELECT count(*) FROM skill").scalar()
    assert indexed == skills


def test_the_index_finds_what_like_alone_finds(registry, operator, monkeypatch):
    db = registry
    with_index = answers(db)
    with_index_desk = answers(db, operator.desk_id)
    assert with_index["saldatura sestri"] and with_index["électricien"]
    with monkeypatch.context() as m:
        m.setattr(resources, "candidates", lambda connection, words: None)
        assert answers(db) == with_index
        assert answers(db, operator.desk_id) == with_index_desk
    if db.is_sqlite:  # the search on a file without the index (before migration 0012)
        with db.engine.begin() as conn:
            for statement in DROP_STATEMENTS:
                conn.exec_driver_sql(statement)
        assert answers(db) == with_index
        assert answers(db, operator.desk_id) == with_index_desk


def test_the_index_follows_edits_moves_and_removals(registry, operator):
    db = registry

    def found(q: str) -> list[str]:
        return sorted(h.description for h in resources.search_skills(db, q)[1])

    assert found("tornitore") == ['Tornitore "CNC"']
    skill = resources.search_skills(db, "tornitore")[1][0]
    persons.update_skill(
        db, operator, skill.skill_id, 1, {"description": "Apicoltore BIO", "years_experience": 30}
    )
    assert found("tornitore") == []
    assert found("apicoltore") == ["Apicoltore BIO"]

    # The person moves: their skills are found by the new place, not the old one.
    assert found("apicoltore savona") == ["Apicoltore BIO"]
    ugo = skill.person_id
    with db.write() as s:
        s.get(Person, ugo).municipality = "Imperia"
    assert found("apicoltore savona") == []
    assert found("apicoltore imperia") == ["Apicoltore BIO"]

    persons.remove_skill(db, operator, skill.skill_id)
    assert found("apicoltore") == []
    index_is_sound(db)


@pytest.mark.sqlite_only  # the file's bytes
def test_an_erased_persons_skills_leave_the_index_and_the_file(registry, admin, db_path):
    db = registry
    mario = resources.search_skills(db, "saldatore sestri")[1][0].person_id
    gdpr.erase_person(db, admin, mario)
    assert resources.search_skills(db, "filo")[1] == []
    with db.read() as s:
        left = s.execute(text("SELECT count(*) FROM skill WHERE person_id = :p"), {"p": mario})
        assert left.scalar() == 0
    index_is_sound(db)
    db.dispose()
    wal = db_path.with_name(db_path.name + "-wal")
    raw = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert b"Saldatore a filo" not in raw
    assert b"atore a fi" not in raw  # nor a run of its trigrams' text
    assert b"Saldatrice TIG" in raw  # the others' skills stay


def test_a_server_finds_the_place_through_the_peoples_index(registry):
    # The municipality was read from every person at each keystroke: 0.4 s a keystroke
    # at 1,000,000 people.
    db = registry
    if db.is_sqlite:
        pytest.skip("SQLite's skills index holds the municipality itself")
    sent = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    from sqlalchemy import event

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        found = resources.search_skills(db, "sestri")[1]
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert {h.municipality for h in found} == {"Sestri Levante", "Sestri Ponente"}
    statement, parameters = sent[-1]
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # a table this small is read whole
        plan = " | ".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))
    assert "Seq Scan on person" not in plan, plan
    assert "ix_person_search_trgm" in plan, plan
