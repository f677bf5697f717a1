from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata

import pytest
from alembic import command
from sqlalchemy import select

from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.migrate import _alembic_config, open_database
from deskapp.models.search_key import KEY_COLUMNS, person_search_key
from deskapp.services import persons
from deskapp.services.demo import generate_demo
from deskapp.services.importing import import_persons
from deskapp.services.registry import RegistryFilter, count_registry, registry_ids
from deskapp.services.search import like_every_term, search_persons
from tests.conftest import person_data

pytestmark = pytest.mark.both_engines


@pytest.fixture
def people(db, operator):
    mario = persons.create_person(db, operator, person_data()).id
    anna = persons.create_person(
        db,
        operator,
        person_data(
            codice_fiscale="",
            given_name="Anna",
            family_name="De Santis",
            sex="F",
            birth_date="12/05/1975",
            phone="010 123 4567",
            email="anna.desantis@posta.it",
            municipality="Chiavari",
            previous_employer="Cantieri Navali del Tirreno",
        ),
    ).id
    return {"mario": mario, "anna": anna}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("oss", "mario"),  # a fragment inside the surname
        ("ROSSI mario", "mario"),
        ("D969", "mario"),  # a piece of the codice fiscale
        ("7249175", "mario"),  # phone digits
        ("desantis@", "anna"),  # e-mail
        ("chiav", "anna"),  # municipality
        ("navali tirreno", "anna"),  # previous employer
        ("de", "anna"),  # two letters: surname prefix
        ("de sant", "anna"),
    ],
)
def test_finds_by_fragments(db, people, query, who):
    assert [hit.id for hit in search_persons(db, query)] == [people[who]]


def test_no_match_and_blank(db, people):
    assert search_persons(db, "zzzz") == []
    assert search_persons(db, "   ") == []
    # A quote is a separator, never FTS syntax: no error, and the pieces still match.
    assert [h.id for h in search_persons(db, 'ros"si')] == [people["mario"]]


def test_index_follows_edits(db, operator, people):
    person = persons.get_person(db, people["anna"])
    form = persons.person_as_input(person)
    persons.update_person(
        db,
        operator,
        person.id,
        person.version,
        {**form, "family_name": "Ferrari", "email": "anna.ferrari@posta.it"},
    )
    assert search_persons(db, "santis") == []
    assert [h.id for h in search_persons(db, "ferrar")] == [people["anna"]]


def test_portable_fallback_gives_the_same_answers(db, people):
    with db.read() as s:
        rows = s.execute(select(Person.id).where(like_every_term(["navali", "tirreno"]))).all()
    assert [r[0] for r in rows] == [people["anna"]]


def test_surnames_starting_with_the_fragment_come_first(db, operator):
    for family, given, born in (
        ("Grossi", "Mariana", "1966-04-03"),
        ("Rossi", "Marina", "1970-11-11"),
    ):
        persons.create_person(
            db,
            operator,
            person_data(
                codice_fiscale="",
                family_name=family,
                given_name=given,
                sex="F",
                birth_date=born,
                email="",
                phone="",
                previous_employer="",
            ),
        )
    assert [h.family_name for h in search_persons(db, "ross mar")] == ["Rossi", "Grossi"]


def nfd(text):
    return unicodedata.normalize("NFD", text)


def nfc(text):
    return unicodedata.normalize("NFC", text)


def _add(db, operator, family, given, **more):
    data = {
        "codice_fiscale": "",
        "sex": "M",
        "birth_date": "1980-01-01",
        "email": "",
        "phone": "",
        "previous_employer": "",
        "municipality": "Genova",
        **more,
    }
    return persons.create_person(
        db, operator, person_data(family_name=family, given_name=given, **data)
    ).id


@pytest.fixture
def accented(db, operator):
    return {
        # Typed on an Italian keyboard: composed (NFC).
        "nicolo": _add(db, operator, nfc("Zappalà"), nfc("Nicolò")),
        # Pasted from a file or typed on a Mac: decomposed (NFD), the grave apart.
        "sciacca": _add(db, operator, nfd("Sciaccà"), nfd("Lucìa"), municipality=nfd("Cantù")),
        # Letters that do not decompose into a base letter and a mark.
        "lukasz": _add(db, operator, "Møller", "Łukasz", previous_employer="Đuro Straße GmbH"),
    }


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("Nicolo", "nicolo"),
        (nfc("Nicolò"), "nicolo"),
        (nfd("Nicolò"), "nicolo"),
        ("Zappala", "nicolo"),
        (nfc("ZAPPALÀ"), "nicolo"),
        ("zappala nicolo", "nicolo"),
        ("ppal", "nicolo"),  # a fragment inside
        ("za", "nicolo"),  # two letters: surname prefix
        (nfd("ZÀ"), "nicolo"),
        # A name stored decomposed is found by a composed query, and by a bare one.
        (nfc("Sciaccà"), "sciacca"),
        ("sciacca", "sciacca"),
        (nfc("Lucìa"), "sciacca"),
        (nfc("Cantù"), "sciacca"),
        ("cantu", "sciacca"),
        ("sc", "sciacca"),
        ("Moller", "lukasz"),
        ("Møller", "lukasz"),
        ("lukasz", "lukasz"),
        ("Łuk", "lukasz"),
        ("mø", "lukasz"),
        ("duro", "lukasz"),
        ("strasse", "lukasz"),
        ("Straße", "lukasz"),
    ],
)
def test_accents_case_and_composition_do_not_matter(db, accented, query, who):
    assert [hit.id for hit in search_persons(db, query)] == [accented[who]]


def test_names_are_shown_as_written(db, accented):
    [hit] = search_persons(db, "nicolo")
    assert (hit.family_name, hit.given_name) == (nfc("Zappalà"), nfc("Nicolò"))


def test_the_registry_filters_alike(db, accented):
    for query, who in (("zappala", "nicolo"), (nfd("Lucìa"), "sciacca"), ("mo", "lukasz")):
        assert registry_ids(db, RegistryFilter(text=query)) == [accented[who]]
        assert count_registry(db, RegistryFilter(text=query)) == 1


def test_an_accented_surname_still_comes_first(db, operator, accented):
    # "zappal" is in this man's previous employer; the Zappalà surname goes first.
    other = _add(db, operator, "Bruno", "Carlo", previous_employer=nfc("Zappalà Costruzioni"))
    assert [h.id for h in search_persons(db, "zappal")] == [accented["nicolo"], other]
    assert registry_ids(db, RegistryFilter(text="zappal")) == [accented["nicolo"], other]


def test_an_edit_rekeys_the_person(db, operator, accented):
    person = persons.get_person(db, accented["lukasz"])
    form = persons.person_as_input(person)
    persons.update_person(
        db, operator, person.id, person.version, {**form, "family_name": nfd("Nørgård")}
    )
    assert search_persons(db, "moller") == []
    assert [h.id for h in search_persons(db, "norgard")] == [accented["lukasz"]]


def test_a_database_from_before_the_search_key_finds_accents_after_the_upgrade(tmp_path):
    """Migration 0010 fills the key of the people already there and indexes it."""
    path = tmp_path / "old.sqlite"
    old = Database.at_path(path)
    with old.engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0009")
    old.dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO desk (id, name, organisation, region, country, address, language, "
        "version) VALUES (1, 'Antenna Genova', '', 'liguria', 'IT', '', 'it', 1)"
    )
    for pid, family, given in (
        (1, nfc("Zappalà"), nfc("Nicolò")),
        (2, nfd("Sciaccà"), nfd("Lucìa")),
        (3, "Møller", "Łukasz"),
    ):
        conn.execute(
            "INSERT INTO person (id, desk_id, given_name, family_name, sex, birth_date, "
            "birthplace, citizenship, address, municipality, postal_code, phone, email, "
            "employment_status, previous_employer, previous_employer_in_crisis, "
            "first_contact_date, notes, version) VALUES (?, 1, ?, ?, 'M', '1980-01-01', "
            "'', 'IT', '', 'Genova', '', '', '', 'laid_off', '', 0, '2026-11-10', '', 1)",
            (pid, given, family),
        )
    conn.commit()
    conn.close()

    db, result = open_database(path)
    try:
        assert result.changed
        for query, pid in (("zappala", 1), (nfc("Nicolò"), 1), ("sciacca", 2), ("za", 1)):
            assert [h.id for h in search_persons(db, query)] == [pid], query
        assert [h.id for h in search_persons(db, "lukasz moller")] == [3]
        with db.engine.connect() as c:
            # 'integrity-check' with rank 1 also compares the index with person.search_key.
            c.exec_driver_sql(
                "INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"
            )
    finally:
        db.dispose()


def test_imported_people_are_found_without_their_accents(db, coordinator, tmp_path):
    """The import writes people in bulk, past the ORM: their key is written too."""
    path = tmp_path / "import.csv"
    path.write_text(
        "family_name;given_name;employment_status;sex;birth_date;municipality;"
        "consent_legal_basis;consent_notice_version\n"
        f"{nfd('Zappalà')};Nicolò;unemployed;M;05/06/1979;Forlì;public_task;2026-01\n"
        "Møller;Łukasz;unemployed;M;05/06/1980;Genova;public_task;2026-01\n",
        encoding="utf-8",
    )
    assert import_persons(db, coordinator, path).written == 2
    assert [h.given_name for h in search_persons(db, "zappala forli")] == ["Nicolò"]
    assert [h.family_name for h in search_persons(db, "lukasz")] == ["Møller"]


def test_demo_people_have_their_keys(db):
    """Demo data is written in bulk too: every key is the one the ORM would write."""
    generate_demo(db, persons=200, seed=4, today=dt.date(2026, 12, 1))
    with db.read() as s:
        people = s.scalars(select(Person)).all()
        assert people and all(
            p.search_key == person_search_key({c: getattr(p, c) for c in KEY_COLUMNS})
            for p in people
        )
    someone = people[17]
    hits = search_persons(db, f"{someone.family_name} {someone.given_name}", limit=200)
    assert someone.id in [h.id for h in hits]


def test_one_or_two_letters_give_the_first_surnames_in_order(db, operator):
    # The picker's 50 best for "r" at 1,000,000 people: read in the search key's index
    # order and stopped at 50, not 53,000 matches sorted (bench/RESULTS.md, issue 15).
    def add(family, given):
        data = person_data(
            codice_fiscale="",
            sex="F",
            birth_date="1980-01-01",
            family_name=family,
            given_name=given,
            phone="",
        )
        return persons.create_person(db, operator, data).id

    russo, rossi, ricci = add("Russo", "Elena"), add("Rossi", "Marco"), add("ricci", "Luca")
    add("Bianchi", "Rita")
    assert [h.id for h in search_persons(db, "r")] == [ricci, rossi, russo]
    assert [h.id for h in search_persons(db, "R", limit=2)] == [ricci, rossi]
    assert [h.id for h in search_persons(db, "ro el")] == []
    assert [h.id for h in search_persons(db, "ru el")] == [russo]

    from tests.services.test_registry import _plan_of_what_runs

    plan = _plan_of_what_runs(db, lambda: search_persons(db, "ro"))
    assert "ix_person_search_key" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    # PostgreSQL may order the rare equal keys by id within them (Incremental Sort).
    assert not any(step.strip(" ->").startswith("Sort  (") for step in plan.split("|")), plan
