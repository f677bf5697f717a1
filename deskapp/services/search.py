"""Find people as the operator types: a fragment of a name, codice fiscale, e-mail,
phone, municipality or previous employer; or a whole NIR (French social security
number, spaces or not, with its key or not), looked up in its own unique index.

Typed text and stored text are compared in one normalised form, ``person.search_key``
(``deskapp.models.search_key``): without accents, case or Unicode composition, so
"Zappala", "ZAPPALÀ" and a decomposed "Zappalà" find each other.

A trigram index over that key (``deskapp.models.person_index``: FTS5 on SQLite, ranked
by bm25; pg_trgm on PostgreSQL) answers substring queries in milliseconds at 100,000
people. Fragments shorter than three characters have no trigram, so they filter the
index's candidates with LIKE (or, alone, match surname prefixes through the key's
index).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Subquery, and_, case, or_, select, true

from deskapp.models import Person
from deskapp.models.database import Database
from deskapp.models.enums import EmploymentStatus
from deskapp.models.identifier_shapes import looks_like_nir
from deskapp.models.person_index import matching
from deskapp.models.search_key import search_text
from deskapp.models.sql.collation import contains_nocase, nocase

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class PersonHit:
    """One person as lists show them: search results and the registry page."""

    id: int
    family_name: str
    given_name: str
    birth_date: dt.date
    codice_fiscale: str | None
    municipality: str
    employment_status: EmploymentStatus
    first_contact_date: dt.date
    phone: str
    nir: str | None = None


HIT_COLUMNS = (
    Person.id,
    Person.family_name,
    Person.given_name,
    Person.birth_date,
    Person.codice_fiscale,
    Person.municipality,
    Person.employment_status,
    Person.first_contact_date,
    Person.phone,
    Person.nir,
)


def as_hit(row: Any) -> PersonHit:
    """A row of HIT_COLUMNS as a hit (past ten columns the typed select no longer
    counts them)."""
    return PersonHit(*row)


def _terms(query: str) -> list[str]:
    """The typed words as the search key spells them (no accents, no case)."""
    # Phone numbers are stored as +393201234567: drop the separators people type.
    # Normalised before splitting: a quote may come out of a typographic one.
    return [t for t in search_text(query).replace('"', " ").split() if t]


def _like_safe(term: str) -> str:
    return term.replace("%", "").replace("_", "")


# Names compared as ix_person_sort_name orders them (case ignored).
NAME_ORDER = (nocase(Person.family_name), nocase(Person.given_name))
# The order of surnames matched by a prefix (one or two letters): the search key's, which
# starts with the surname and then the given name, without accents or case. Its index
# gives the matches in this order, so none are sorted (and a LIMIT stops early).
PREFIX_ORDER = (Person.search_key,)


def surname_prefix(fragment: str) -> ColumnElement[bool]:
    """Surnames starting with ``fragment``, as a range the search key's index can seek.

    The key starts with the normalised surname, so "or" finds "Orsini" and "Òrsini",
    "de" finds "de Santis" and "De Santis". LIKE 'ro%' would scan every row.
    """
    form = search_text(fragment)
    upper_bound = form[:-1] + chr(ord(form[-1]) + 1)
    return and_(Person.search_key >= form, Person.search_key < upper_bound)


def is_short(query: str) -> bool:
    """True when no typed word is long enough for the trigram index (3 characters)."""
    terms = _terms(query)
    return bool(terms) and all(len(t) < 3 for t in terms)


def surname_starts_first(fragment: str) -> ColumnElement[int]:
    """An ORDER BY term putting surnames that start with ``fragment`` first."""
    # The key starts with the surname, and a typed word holds no whitespace, so the
    # prefix cannot run on into the given name.
    prefix = _like_safe(search_text(fragment))
    return case((Person.search_key.like(f"{prefix}%"), 0), else_=1)


def surname_starts_with(fragment: str) -> ColumnElement[bool]:
    """The surname, without accents or case, starts with ``fragment``: the first group
    of ``surname_starts_first`` (its LIKE, on a key in lower case), as a range of the
    key's index."""
    form = _like_safe(search_text(fragment))
    if not form:
        return true()
    return and_(Person.search_key >= form, Person.search_key < form[:-1] + chr(ord(form[-1]) + 1))


def surname_in_prefix_range(fragment: str) -> ColumnElement[bool]:
    """The surname starts with ``fragment`` as the name index compares (case of ASCII
    letters ignored): a range of ``ix_person_sort_name``, read in its order. With
    ``surname_starts_with`` it finds most of that group; "Màrino" for "mar" is outside
    it (NOCASE and lower() sort "à" after every ASCII letter)."""
    form = _like_safe(search_text(fragment))
    if not form:
        return true()
    upper_bound = form[:-1] + chr(ord(form[-1]) + 1)
    return and_(NAME_ORDER[0] >= form, NAME_ORDER[0] < upper_bound)


def only_text_matches(db: Database, query: str) -> Subquery | None:
    """The search index's matches of ``query`` when they are the whole answer (every
    typed word of three characters or more, no NIR): counted without the person table."""
    if looks_like_nir(query) is not None:
        return None
    terms = _terms(query)
    if not terms or any(len(t) < 3 for t in terms):
        return None
    return _fts_matches(db, terms)


def _like_any_column(term: str) -> ColumnElement[bool]:
    # Every searched column is in the key, in lower case: plain LIKE on any database.
    return Person.search_key.like(f"%{_like_safe(search_text(term))}%")


def every_term_in(terms: list[str], columns: list[Any]) -> ColumnElement[bool]:
    """Each typed word somewhere in one of ``columns``, whatever its case: for the
    tables without a full-text index (projects, resources, skills)."""
    return and_(
        true(),
        *[or_(*[contains_nocase(c, _like_safe(t)) for c in columns]) for t in terms],
    )


def nir_condition(nir: str) -> ColumnElement[bool]:
    """The person with this NIR (compact; 13 characters: any key), through its index."""
    if len(nir) == 15:
        return Person.nir == nir
    # A range rather than LIKE, so the unique index is read: the key is two digits.
    return and_(Person.nir >= nir, Person.nir < nir + ":")


def search_persons(db: Database, query: str, limit: int = DEFAULT_LIMIT) -> list[PersonHit]:
    """The best ``limit`` matches: surnames starting with the first fragment first, then
    by FTS5 rank (bm25 alone ranks "Grossi" with "Rossi"), then by name. A whole NIR
    finds its person (it is not in the search key, so no fragment of one does)."""
    nir = looks_like_nir(query)
    if nir is not None:
        with db.read() as s:
            found = s.execute(select(*HIT_COLUMNS).where(nir_condition(nir)).limit(limit))
            return [as_hit(row) for row in found]
    terms = _terms(query)
    if not terms:
        return []
    long_terms = [t for t in terms if len(t) >= 3]
    statement = select(*HIT_COLUMNS)
    order: list[Any] = [surname_starts_first(terms[0])]
    if long_terms:
        fts = _fts_matches(db, long_terms)
        statement = statement.join(fts, fts.c.id == Person.id).where(
            *[_like_any_column(t) for t in terms if len(t) < 3]
        )
        order.append(fts.c.rank)
        order += NAME_ORDER
    else:
        statement = statement.where(_condition(db, terms))
        order = [*PREFIX_ORDER, Person.id]
    statement = statement.order_by(*order).limit(limit)
    with db.read() as s:
        return [as_hit(row) for row in s.execute(statement)]


def _fts_matches(db: Database, long_terms: list[str]) -> Subquery:
    """Rows of the trigram index matching every fragment of three letters or more."""
    return matching(db.engine.dialect.name, long_terms)


def like_every_term(terms: list[str]) -> ColumnElement[bool]:
    """The portable condition (any database): each fragment somewhere in the record."""
    return and_(true(), *[_like_any_column(t) for t in terms])


def _condition(db: Database, terms: list[str]) -> ColumnElement[bool]:
    long_terms = [t for t in terms if len(t) >= 3]
    if not long_terms:
        # One or two letters mean the start of a surname, read from the name index.
        return and_(surname_prefix(terms[0]), like_every_term(terms[1:]))
    if not db.is_sqlite:
        # PostgreSQL's trigram index answers LIKE on the person's own key: the same
        # matches as ``matching``, as a condition on the row rather than a join of person
        # with itself (which read every person walked twice, in parallel workers: 310 ms
        # for "genov" at 1,000,000 people, against 50 ms for the single walk).
        return like_every_term(terms)
    fts = _fts_matches(db, long_terms)
    return and_(Person.id.in_(select(fts.c.id)), like_every_term([t for t in terms if len(t) < 3]))


def text_condition(db: Database, query: str) -> ColumnElement[bool] | None:
    """A WHERE condition on Person matching ``query`` the way search does, for lists
    that combine typed text with other filters (the registry). None for blank text."""
    nir = looks_like_nir(query)
    if nir is not None:
        return nir_condition(nir)
    terms = _terms(query)
    return _condition(db, terms) if terms else None
