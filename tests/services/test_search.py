from __future__ import annotations

import pytest
from sqlalchemy import select

from deskapp.models import Person
from deskapp.services import persons
from deskapp.services.search import like_every_term, search_persons
from tests.conftest import person_data


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
