"""Codici fiscali, partite IVA, SIREN/SIRET, phones and e-mails, checked with real values."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from codicefiscale import codicefiscale as cf_lib

from deskapp.models.identifiers import (
    IdentifierError,
    check_codice_fiscale,
    encode_codice_fiscale,
    normalise_company_number,
    normalise_email,
    normalise_phone,
    omocode_variant,
)

TODAY = dt.date(2026, 11, 22)


def test_valid_code_gives_birth_date_sex_and_birthplace():
    info = check_codice_fiscale("RSSMRA80D03D969M", TODAY)
    assert (info.birth_date, info.sex, info.birthplace_code) == (dt.date(1980, 4, 3), "M", "D969")
    assert info.birthplace_name.lower() == "genova"
    assert not info.is_omocode and info.warning is None


def test_woman_born_abroad():
    # Maria Bianchi, F, 15/01/1975, born in Morocco (Z330): day + 40 for women.
    code = encode_codice_fiscale("Bianchi", "Maria", "F", dt.date(1975, 1, 15), "Z330")
    info = check_codice_fiscale(code, TODAY)
    assert code[9:11] == "55"
    assert (info.sex, info.birth_date, info.birthplace_province) == (
        "F",
        dt.date(1975, 1, 15),
        "EE",
    )


@pytest.mark.parametrize("omocode", cf_lib.decode("RSSMRA80D03D969M")["omocodes"][1:6])
def test_omocodes_from_the_library_are_accepted(omocode):
    info = check_codice_fiscale(omocode, TODAY)
    assert info.is_omocode
    assert (info.birth_date, info.sex, info.birthplace_code) == (dt.date(1980, 4, 3), "M", "D969")


def test_omocode_variant_matches_the_library():
    assert omocode_variant("RSSMRA80D03D969M", 1) in cf_lib.decode("RSSMRA80D03D969M")["omocodes"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("RSSMRA80D03D969X", "check character"),
        ("RSSMRA80D03D96", "16 characters"),
        ("RSSMRA80Z03D969M", "not written like"),
        ("RSSMRA80D33D969", "16 characters"),
    ],
)
def test_invalid_codes_say_why(code, reason):
    with pytest.raises(IdentifierError) as err:
        check_codice_fiscale(code, TODAY)
    assert reason in str(err.value)


def test_impossible_date_is_refused():
    body = "RSSMRA80B30D969"  # 30 February
    with pytest.raises(IdentifierError, match="impossible birth date"):
        check_codice_fiscale(body + cf_lib.encode_cin(body), TODAY)


def test_unknown_birthplace_code_is_refused():
    body = "RSSMRA80D03Z999"
    with pytest.raises(IdentifierError, match="matches no municipality"):
        check_codice_fiscale(body + cf_lib.encode_cin(body), TODAY)


def test_birthplace_code_not_valid_on_birth_date_is_a_warning():
    # A036 Acqualunga was merged away in 1927: a 1980 birth there is suspicious, not impossible.
    code = encode_codice_fiscale("Rossi", "Mario", "M", dt.date(1980, 4, 3), "A036")
    info = check_codice_fiscale(code, TODAY)
    assert info.warning is not None and "A036" in info.warning


def test_fast_check_agrees_with_library_decode_on_many_codes():
    rng = random.Random(5)
    places = ["D969", "H501", "F205", "L219", "B354", "Z330", "Z129", "E463", "G702"]
    for _ in range(300):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 25000))
        code = encode_codice_fiscale("Verdi", "Anna", rng.choice("MF"), born, rng.choice(places))
        if rng.random() < 0.3:
            code = omocode_variant(code, rng.randint(1, 7))
        ours = check_codice_fiscale(code, TODAY)
        theirs = cf_lib.decode(code)
        assert ours.birth_date == theirs["birthdate"].date()
        assert ours.sex == theirs["gender"]
        assert ours.birthplace_code == theirs["birthplace"]["code"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00743110157", "00743110157"),
        ("IT 00743110157", "00743110157"),
        ("732 829 320", "732829320"),
        ("732 829 320 00074", "73282932000074"),
    ],
)
def test_valid_company_numbers(text, expected):
    assert normalise_company_number(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("00743110158", "check digit"),
        ("0074311015", "11 digits"),
        ("732829321", "check digit"),
    ],
)
def test_invalid_company_numbers(text, reason):
    with pytest.raises(IdentifierError, match=reason):
        normalise_company_number(text)


def test_phone_numbers_are_stored_in_e164():
    assert normalise_phone("320 724 9175", "IT") == "+393207249175"
    assert normalise_phone("010 123 4567", "IT") == "+390101234567"
    assert normalise_phone("06 12 34 56 78", "FR") == "+33612345678"
    assert normalise_phone("+33 6 12 34 56 78", "IT") == "+33612345678"
    with pytest.raises(IdentifierError):
        normalise_phone("12", "IT")


def test_email_is_checked_and_normalised():
    assert normalise_email("Mario.Rossi@Example.IT") == "Mario.Rossi@example.it"
    with pytest.raises(IdentifierError):
        normalise_email("mario.rossi@")
