"""The import's compiled row rules against the person form's schema, the judge.

Whatever row the compiled rules accept, NewPersonInput (and ConsentInput) accepts with
the same values; whatever row the schema refuses, the compiled rules leave to it (so
its words, naming line and column, are the ones reported). Checked on a table of bad
and odd cells for every column, at an Italian and a French desk, and on random cells.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskapp.errors import ValidationFailed
from deskapp.models.fields import validate_input
from deskapp.models.identifiers import encode_codice_fiscale, encode_nir
from deskapp.models.schemas import ConsentInput, NewPersonInput
from deskapp.services import import_rows
from deskapp.services.import_rows import RowRules, Unsure
from deskapp.services.importing import _consent_data, _row_data
from deskapp.services.person_columns import PERSON_FIELD_COLUMNS, consent_columns
from deskapp.services.persons import person_row_values

TODAY = dt.date(2026, 11, 22)
MARIO_CF = "RSSMRA80D03D969M"  # Rossi Mario, M, 03/04/1980, Genova
# Abetone Cutigliano (M376) exists since 2017: accepted with a warning for 1980.
OLD_PLACE_CF = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "M376")
CLAIRE_NIR = encode_nir("F", dt.date(1985, 6, 12), "13055", 42)  # Marseille
CORSICAN_NIR = encode_nir("M", dt.date(1970, 2, 1), "20004", 7)  # Ajaccio before 1976

ITALIAN = {
    "family_name": "Rossi",
    "given_name": "Mario",
    "codice_fiscale": MARIO_CF,
    "employment_status": "laid_off",
    "phone": "320 724 9175",
    "email": "mario.rossi@example.it",
    "address": "Via Roma 1",
    "municipality": "Sestri Ponente",
    "postal_code": "16154",
    "citizenship": "it",
    "previous_employer": "Acciaierie Liguri S.p.A.",
    "previous_employer_in_crisis": "yes",
    "first_contact_date": "10/11/2026",
    "education": "3",
    "contact_channel": "phone",
    "disability": "declined",
    "notes": "Prima riga\nseconda riga\tcon tab",
    "consent_legal_basis": "public_task",
    "consent_notice_version": "2026-01",
    "consent_date": "10/11/2026",
}
FRENCH = {
    "family_name": "Martin",
    "given_name": "Claire",
    "sex": "F",
    "birth_date": "1985-06-12",
    "nir": CLAIRE_NIR,
    "employment_status": "unemployed",
    "phone": "06 12 34 56 78",
    "email": "claire.martin@exemple.fr",
    "address": "12 rue de la République",
    "municipality": "Marseille",
    "postal_code": "13001",
    "france_travail_registered_on": "2025-01-15",
    "france_travail_category": "A",
    "unemployed_since": "2024-12-01",
    "first_contact_date": "2026-03-04",
    "consent_purpose": "service",
    "consent_legal_basis": "consent",
    "consent_notice_version": "v3",
    "consent_date": "2026-03-04",
    "consent_withdrawn": "2026-05-01",
}
ROWS = {
    "IT": [
        ITALIAN,
        {**ITALIAN, "codice_fiscale": OLD_PLACE_CF, "birthplace": ""},
        {**ITALIAN, "codice_fiscale": "", "sex": "M", "birth_date": "03/04/1980"},
        {
            "family_name": "Bianchi",
            "given_name": "Anna",
            "sex": "Female",
            "birth_date": "1990-02-01",
            "employment_status": "Laid off after a company crisis",
            "consent_legal_basis": "PUBLIC_TASK",
            "consent_notice_version": "1",
        },
    ],
    "FR": [
        FRENCH,
        {**FRENCH, "sex": "", "birth_date": "1985-06-12"},
        {**FRENCH, "nir": CORSICAN_NIR, "sex": "M", "birth_date": "1970-02-01"},
        {**FRENCH, "nir": "", "phone": "+39 320 724 9175", "postal_code": "IT-16121"},
    ],
}

# Whitespace of every kind (Python's and pydantic's stripping must agree on what the
# rules take), controls, bidirectional overrides, decomposed accents, and long text.
SPACES = [c for c in map(chr, range(0x110000)) if c.isspace()]
ODD_TEXT = [
    "",
    " ",
    "\u00a0",
    " Rossi ",
    "\tRossi",
    "Rossi\n",
    "Ros\nsi",
    "Ros\tsi",
    "Ros\rsi",
    "Rossi\r\n",
    "Ros\x00si",
    "Ros\x1fsi",
    "\x1cRossi",
    "Rossi\x85",
    "Ros\u202esi",
    "Ros\u2066si",
    "Ros\x7fsi",
    "Zappala\u0300",
    "Zappalà",
    "Øster",
    "x" * 2,
    "x" * 3,
    "x" * 10,
    "x" * 11,
    "x" * 20,
    "x" * 21,
    "x" * 40,
    "x" * 41,
    "x" * 120,
    "x" * 121,
    "x" * 254,
    "x" * 255,
    "x" * 256,
    "x" * 10_000,
    "x" * 10_001,
    "é" * 120,
    "e\u0301" * 120,
    "=cmd|' /C calc'!A0",
    "'quoted",
    "\ufeffRossi",
    "\u200bRossi",
    "Rossi\u2028",
    *(f"{c}Rossi{c}" for c in SPACES),
]
ODD_CELLS: dict[str, list[str]] = {
    "sex": ["M", "F", "m", " F ", "Male", "female", "X", "MF", "\u041c"],
    "birth_date": [
        "1980-04-03",
        "03/04/1980",
        "03.04.1980",
        "03-04-1980",
        "1980-04-03 00:00:00",
        " 1980-04-03 ",
        "1980-4-3",
        "19800403",
        "31/02/1980",
        "1899-01-01",
        "1916-01-01",
        "1917-01-01",
        "2026-11-22",
        "2026-11-23",
        "2999-01-01",
        "yesterday",
        "１９８０-04-03",
    ],
    "codice_fiscale": [
        MARIO_CF,
        MARIO_CF.lower(),
        " rssmra 80d03 d969m ",
        MARIO_CF[:-1] + "X",
        MARIO_CF[:15],
        OLD_PLACE_CF,
        "RSSMRA80D43D969Q",
        "RSSMRA80D03Z999X",
        "RSSMRAURDLPDRRRM",
        encode_codice_fiscale("Rossi", "Maria", "F", dt.date(1980, 4, 3), "D969"),
        encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1981, 4, 3), "D969"),
        "RSSMRA80D03D969M1",
    ],
    "nir": [
        CLAIRE_NIR,
        " ".join([CLAIRE_NIR[:1], CLAIRE_NIR[1:3], CLAIRE_NIR[3:5], CLAIRE_NIR[5:]]),
        CLAIRE_NIR[:13],
        CLAIRE_NIR[:-1] + str((int(CLAIRE_NIR[-1]) + 1) % 10),
        CORSICAN_NIR,
        encode_nir("M", dt.date(1985, 6, 12), "13055", 42),
        encode_nir("F", dt.date(1986, 6, 12), "13055", 42),
        encode_nir("F", dt.date(1985, 7, 12), "13055", 42),
        "5" + CLAIRE_NIR[1:],
        "x" * 15,
    ],
    "citizenship": ["IT", "it", "Fr", "I", "ITA", "1T", "ÄÖ", " it "],
    "postal_code": [
        "16121",
        "13001",
        "20000",
        "2A000",
        "97100",
        "99000",
        "00100",
        "1612",
        "FR-06500",
        "IT-16121",
        "CH-6900",
        "fr 13001",
        "I-16121",
        "F13001",
        "ABC-1",
        " 16121 ",
        "16 121",
    ],
    "phone": [
        "320 724 9175",
        "+39 320 724 9175",
        "'+393207249175",
        "06 12 34 56 78",
        "+33 6 12 34 56 78",
        "+330612345678",
        "010 555 0000",
        "12",
        "+1 202 555 0143",
        "+44 20 7946 0958",
        "+39 06 6988 0000",
        "0039 320 724 9175",
        "320-724-9175 ext. 12",
        "abc",
        "+",
        "06 12 34 56 78 99",
    ],
    "email": [
        "mario.rossi@example.it",
        "Mario.Rossi@Example.IT",
        "mario..rossi@example.it",
        ".mario@example.it",
        "mario@",
        "@example.it",
        "mario rossi@example.it",
        "mario@example",
        "mario@localhost",
        "postmaster@example.it",
        "POSTMASTER@example.it",
        "élodie@exemple.fr",
        "mario@exämple.it",
        "mario@xn--exmple-cua.it",
        '"mario rossi"@example.it',
        "a" * 65 + "@example.it",
        "a@" + "b" * 250 + ".it",
        "mario+desk@example.it",
        "mario@example.it.",
    ],
    "previous_employer_in_crisis": [
        "yes",
        "no",
        "Yes",
        "NO",
        "true",
        "False",
        "1",
        "0",
        "on",
        "off",
        "y",
        "n",
        "t",
        "f",
        " yes",
        "yes ",
        "2",
        "si",
        "oui",
        "ｙes",
    ],  # fmt: skip
    "consent_purpose": ["service", "Service", "reporting", "marketing", " service "],
    "consent_legal_basis": ["public_task", "Consent", "CONTRACT", "nope", " public_task "],
    "consent_date": ["2026-01-01", "2026-11-22", "2026-11-23", "01/13/2026", "garbage"],
    "consent_withdrawn": ["2026-01-01", "2026-11-22", "2026-11-23", "1999-01-01", "x"],
    "france_travail_registered_on": ["2025-01-15", "1985-06-12", "1980-01-01", "2027-01-01"],
    "first_contact_date": ["2026-11-22", "2026-11-23", "22/11/2026", "1/1/2020", "soon"],
}
for _enum_column in (
    "education",
    "employment_status",
    "france_travail_category",
    "contact_channel",
    "disability",
    "long_term_unemployed",
    "ex_detainee",
    "addiction",
    "migrant",
    "other_disadvantage",
):
    ODD_CELLS[_enum_column] = [
        "3", "9", "A", "a", "H", "laid_off", "Laid off after a company crisis", "unemployed",
        "phone", "walk_in", "Walk-in", "yes", "no", "declined", "Declined", "maybe", "",
        " yes ", "YES", "\u00a0no",
    ]  # fmt: skip
TEXT_COLUMNS = (
    "family_name",
    "given_name",
    "birthplace",
    "address",
    "municipality",
    "previous_employer",
    "notes",
    "consent_notice_version",
)
for _column in TEXT_COLUMNS:
    ODD_CELLS[_column] = ODD_TEXT
for _column in ("codice_fiscale", "nir", "citizenship", "postal_code", "phone", "email"):
    ODD_CELLS[_column] = ODD_CELLS[_column] + ODD_TEXT[:20]


def by_schema(cells: dict[str, str], region: str) -> tuple[Any, ...] | None:
    """What the import's schema path gives: (person values, consent values) or None."""
    try:
        person = validate_input(NewPersonInput, _row_data(cells), today=TODAY, region=region)
        later = _consent_data(cells, 2)
        consents = [person.consent]
        if later:
            consents.append(validate_input(ConsentInput, later, today=TODAY))
    except ValidationFailed:
        return None
    return person_row_values(person), [c.model_dump() for c in consents if c is not None]


def by_rules(rules: RowRules, cells: dict[str, str], region: str) -> tuple[Any, ...] | None:
    try:
        values, _ = rules.person(cells, region)
        consents = [rules.consent(_consent_data(cells, 1))]
        later = _consent_data(cells, 2)
        if later:
            consents.append(rules.consent(later))
    except Unsure:
        return None
    return values, consents


def typed(value: Any) -> Any:
    """A value with its type, so 1 == True or a str enum == its text do not pass."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [typed(v) for v in value]
    return (type(value), value)


def agree(rules: RowRules, cells: dict[str, str], region: str) -> bool:
    """Assert the two agree; True when the compiled rules took the row."""
    fast = by_rules(rules, cells, region)
    if fast is None:
        return False
    slow = by_schema(cells, region)
    assert slow is not None, f"the rules took a row the schema refuses: {cells!r}"
    assert typed(fast) == typed(slow), cells
    return True


@pytest.fixture(scope="module")
def rules() -> RowRules:
    made = RowRules(TODAY)
    assert made.usable
    return made


@pytest.mark.parametrize("region", ["IT", "FR"])
def test_the_rules_take_plain_rows_with_the_schemas_values(rules, region):
    for row in ROWS[region]:
        assert agree(rules, dict(row), region), row


@pytest.mark.parametrize("region", ["IT", "FR"])
@pytest.mark.parametrize("column", sorted(ODD_CELLS))
def test_every_odd_cell_is_judged_as_the_schema_judges_it(rules, region, column):
    taken = 0
    for row in ROWS[region]:
        for cell in ODD_CELLS[column]:
            taken += agree(rules, {**row, column: cell}, region)
    assert taken  # the rules took some: the comparison is not empty


def test_a_second_consent_group(rules):
    parts = ["reporting", "consent", "v4", "2026-02-01", ""]
    second = dict(zip(consent_columns(2), parts, strict=True))
    assert agree(rules, {**ITALIAN, **second}, "IT")
    bad = {**second, "consent2_date": "2027-01-01"}
    assert by_rules(rules, {**ITALIAN, **bad}, "IT") is None
    assert by_schema({**ITALIAN, **bad}, "IT") is None


def test_every_whitespace_the_rules_strip_is_stripped_by_the_schema(rules):
    """The rules strip a plain cell with str.strip(); pydantic strips its own way."""
    for space in SPACES:
        cells = {**ITALIAN, "municipality": f"{space}Genova{space}"}
        fast = by_rules(rules, cells, "IT")
        if fast is not None:
            assert fast[0]["municipality"] == by_schema(cells, "IT")[0]["municipality"]


def test_decomposed_accents_are_left_to_the_schema(rules):
    cells = {**ITALIAN, "family_name": unicodedata.normalize("NFD", "Zappalà")}
    assert by_rules(rules, cells, "IT") is None
    assert by_schema(cells, "IT")[0]["family_name"] == "Zappalà"


def test_the_rules_stand_aside_for_a_validator_they_do_not_know(monkeypatch):
    monkeypatch.setattr(
        import_rows, "KNOWN_PERSON_VALIDATORS", import_rows.KNOWN_PERSON_VALIDATORS - {"_phone"}
    )
    rules = RowRules(TODAY)
    assert not rules.usable
    assert by_rules(rules, dict(ITALIAN), "IT") is None


def test_the_rules_know_every_column_of_the_file():
    assert set(PERSON_FIELD_COLUMNS) <= import_rows.KNOWN_PERSON_FIELDS


_CELL_TEXT = st.text(
    alphabet=st.sampled_from(
        list("aZ09 +-.@/'\u00e9\u0301") + ["\t", "\n", "\r", "\x00", "\u00a0", "\u202e", "\x85"]
    ),
    max_size=24,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    region=st.sampled_from(["IT", "FR"]),
    base=st.integers(0, 3),
    changes=st.dictionaries(st.sampled_from(sorted(ODD_CELLS)), _CELL_TEXT, max_size=4),
)
def test_random_cells_are_judged_as_the_schema_judges_them(region, base, changes):
    agree(RowRules(TODAY), {**ROWS[region][base], **changes}, region)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    region=st.sampled_from(["IT", "FR"]),
    base=st.integers(0, 3),
    picks=st.dictionaries(
        st.sampled_from(sorted(ODD_CELLS)), st.integers(0, 10_000), min_size=1, max_size=5
    ),
)
def test_odd_cells_together_are_judged_as_the_schema_judges_them(region, base, picks):
    cells = dict(ROWS[region][base])
    for column, pick in picks.items():
        cells[column] = ODD_CELLS[column][pick % len(ODD_CELLS[column])]
    agree(RowRules(TODAY), cells, region)


def _registry_file(path: Any, rows: list[dict[str, str]]) -> Any:
    import csv

    columns = ["desk", *PERSON_FIELD_COLUMNS, *consent_columns(1), *consent_columns(2)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([row.get(c, "") for c in columns])
    return path


def _import_outcome(db: Any, actor: Any, path: Any) -> tuple[Any, ...]:
    from sqlalchemy import func, select

    from deskapp.errors import ImportFailed
    from deskapp.models import Consent, Person
    from deskapp.services.importing import import_persons

    with db.read() as s:
        before = s.scalar(select(func.coalesce(func.max(Person.id), 0)))
    try:
        result = import_persons(db, actor, path)
    except ImportFailed as failed:
        return ("failed", failed.row_errors, failed.warnings)
    with db.read() as s:  # the people this import wrote
        people = [
            {c.name: getattr(p, c.key) for c in Person.__table__.columns if c.name != "id"}
            for p in s.scalars(select(Person).where(Person.id > before).order_by(Person.id))
        ]
        consents = [
            (c.purpose, c.legal_basis, c.notice_version, c.given_on, c.withdrawn_on)
            for c in s.scalars(
                select(Consent).where(Consent.person_id > before).order_by(Consent.id)
            )
        ]
    for person in people:
        # Moments and the global id (a new UUIDv7 for each record) differ by nature.
        for name in ("created_at", "updated_at", "gid"):
            person.pop(name)
    return ("written", result.written, result.warnings, people, consents)


@pytest.mark.both_engines
def test_an_import_reports_and_writes_the_same_with_the_rules_or_the_schema_alone(
    db, admin, tmp_path, monkeypatch
):
    """Line and column of every error, its words, the warnings, and what is written."""
    from deskapp.services.organisation import create_desk

    create_desk(
        db,
        admin,
        {"name": "Antenne Marseille", "region": "sud", "country": "FR", "language": "fr"},
    )
    mixed = [dict(row, desk="") for row in ROWS["IT"]]
    mixed += [dict(row, desk="Antenne Marseille") for row in ROWS["FR"]]
    odd = []
    for number, (column, cells) in enumerate(sorted(ODD_CELLS.items())):
        region = "IT" if number % 2 else "FR"
        for pick, cell in enumerate(cells[:: max(1, len(cells) // 6)]):
            base = ROWS[region][pick % len(ROWS[region])]
            desk = "" if region == "IT" else "Antenne Marseille"
            odd.append({**base, column: cell, "desk": desk})
    # Without identifiers, so the second import of it registers the same people again.
    good = [
        {**row, "codice_fiscale": "", "nir": "", "sex": "F", "birth_date": "1985-06-12"}
        for row in mixed
    ]
    outcomes = []
    for rules_on in (True, False):
        if not rules_on:
            monkeypatch.setattr(RowRules, "_knows_the_schema", lambda self: False)
        outcome = []
        for name, rows in (("odd", mixed + odd), ("good", good)):
            path = _registry_file(tmp_path / f"{name}-{rules_on}.csv", rows)
            outcome.append(_import_outcome(db, admin, path))
        outcomes.append(outcome)
    assert outcomes[0][0][0] == "failed" and outcomes[0][1][0] == "written"
    assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_a_lone_surrogate_is_refused(rules, surrogate):
    """Half of a UTF-16 pair (a file decoded leniently, a cell written by another
    program): no text of a person, which no database can write; refused."""
    for column in ("family_name", "notes"):
        cells = {**ITALIAN, column: f"Zappa{surrogate}"}
        assert by_rules(rules, cells, "IT") is None, column
        assert by_schema(cells, "IT") is None, column  # nor does the schema
