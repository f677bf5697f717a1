"""Codici fiscali, partite IVA, SIREN/SIRET, phones and e-mails, checked with real values."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from codicefiscale import codicefiscale as cf_lib

from deskapp.models.identifiers import (
    IdentifierError,
    check_codice_fiscale,
    check_nir,
    encode_codice_fiscale,
    encode_nir,
    format_company_number,
    format_nir,
    nir_mismatch,
    normalise_company_number,
    normalise_email,
    normalise_enterprise_number,
    normalise_phone,
    normalise_postcode,
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


# A man born in December 1984 in Seine-Maritime (76) municipality 451, the 89th birth
# there that month.
NIR = "184127645108946"


def test_a_valid_nir_typed_with_spaces_is_stored_compact():
    info = check_nir("1 84 12 76 451 089 46")
    assert info.code == NIR
    assert (info.sex, info.year2, info.month) == ("M", 84, 12)
    assert (info.department, info.place_code, info.born_abroad) == ("76", "76451", False)
    assert format_nir(info.code) == "1 84 12 76 451 089 46"


def test_a_nir_with_a_wrong_key_is_refused():
    with pytest.raises(IdentifierError, match="wrong key"):
        check_nir("1 84 12 76 451 089 47")


def test_a_nir_without_its_key_says_so():
    with pytest.raises(IdentifierError, match="lacks its key"):
        check_nir("1 84 12 76 451 089")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1841276451", "15 digits"),
        ("18412764510894X", "not written like a NIR"),
        ("1841276X5108946", "not written like a NIR"),
    ],
)
def test_a_malformed_nir_says_why(text, reason):
    with pytest.raises(IdentifierError, match=reason):
        check_nir(text)


def test_a_nir_must_start_with_the_sex():
    code = encode_nir("M", dt.date(1984, 12, 1), "76451", 89)
    with pytest.raises(
        IdentifierError, match=r"start with 1 or 2 \(a man or a woman\).*first digit is 5"
    ):
        check_nir("5" + code[1:13] + _key("5" + code[1:13]))


def _key(body: str) -> str:
    from stdnum.fr import nir

    return str(nir.calc_check_digits(body))


@pytest.mark.parametrize(("department", "place"), [("2A", "2A004"), ("2B", "2B033")])
def test_corsican_departments_2a_and_2b(department, place):
    # Ajaccio (2A004) and Bastia (2B033): the key is computed with 19 and 18 in their place.
    code = encode_nir("F", dt.date(1990, 11, 5), place, 12)
    info = check_nir(code)
    assert (info.department, info.place_code, info.sex) == (department, place, "F")
    with pytest.raises(IdentifierError, match="wrong key"):
        check_nir(code[:5] + ("2B" if department == "2A" else "2A") + code[7:])


def test_born_abroad_is_department_99_with_the_country_code():
    # Born in Morocco (INSEE country code 350) in May 1977.
    code = encode_nir("M", dt.date(1977, 5, 9), "99350", 45)
    info = check_nir(code)
    assert info.born_abroad and info.department == "99" and info.place_code == "99350"
    assert nir_mismatch(info, "M", dt.date(1977, 5, 9)) is None


def test_overseas_departments_take_three_digits():
    info = check_nir(encode_nir("F", dt.date(1988, 3, 1), "97105", 7))  # Basse-Terre
    assert info.department == "971"


@pytest.mark.parametrize("month", ["20", "35", "42", "50", "99"])
def test_a_nir_without_a_birth_month_matches_any_month(month):
    body = f"2{84}{month}76451089"
    info = check_nir(body + _key(body))
    assert info.month is None
    assert nir_mismatch(info, "F", dt.date(1984, 7, 30)) is None


@pytest.mark.parametrize("month", ["00", "13", "19", "43", "49"])
def test_an_impossible_birth_month_is_refused(month):
    body = f"1{84}{month}76451089"
    with pytest.raises(IdentifierError, match=f"impossible birth month \\({month}\\)"):
        check_nir(body + _key(body))


def _nir(body: str) -> str:
    return body + _key(body)


@pytest.mark.parametrize(
    ("body", "born", "part"),
    [
        # Corsica was department 20 until 1976, then 2A and 2B: the NIR keeps the code of
        # the birth date.
        ("160032A004001", dt.date(1960, 3, 1), "2A"),
        ("175032B033001", dt.date(1975, 3, 1), "2B"),
        ("1900320004001", dt.date(1990, 3, 1), "20"),
    ],
)
def test_corsica_is_20_before_1976_and_2a_or_2b_from_1976(body, born, part):
    info = check_nir(_nir(body))
    mismatch = nir_mismatch(info, "M", born)
    assert mismatch is not None
    assert f"6th and 7th characters, {part}" in str(mismatch) and "1976" in str(mismatch)


@pytest.mark.parametrize(
    ("body", "born"),
    [
        ("1600320004001", dt.date(1960, 3, 1)),
        ("1750320004001", dt.date(1975, 3, 31)),
        ("176012A004001", dt.date(1976, 1, 2)),
        ("190032B033001", dt.date(1990, 3, 1)),
    ],
)
def test_a_corsican_nir_of_the_right_years_matches(body, born):
    assert nir_mismatch(check_nir(_nir(body)), "M", born) is None


@pytest.mark.parametrize(
    ("place", "part"),
    [("00055", "00"), ("97055", "970"), ("97955", "979"), ("98055", "980")],
)
def test_a_nir_of_a_department_that_does_not_exist_is_refused(place, part):
    with pytest.raises(IdentifierError) as error:
        check_nir(_nir(f"19003{place}001"))
    assert f"department of birth that does not exist ({part})" in str(error.value)


@pytest.mark.parametrize(
    ("place", "department"),
    [
        ("97105", "971"),  # Guadeloupe
        ("97502", "975"),  # Saint-Pierre-et-Miquelon
        ("97611", "976"),  # Mayotte
        ("97701", "977"),  # Saint-Barthelemy
        ("98735", "987"),  # French Polynesia
        ("98818", "988"),  # New Caledonia
        ("95018", "95"),
        ("01053", "01"),
    ],
)
def test_overseas_and_metropolitan_departments_are_read(place, department):
    assert check_nir(_nir(f"29003{place}001")).department == department


@pytest.mark.parametrize(("first", "sex"), [("7", "M"), ("8", "F"), ("3", "M"), ("4", "F")])
def test_temporary_numbers_are_recorded_with_their_sex(first, sex):
    info = check_nir(_nir(f"{first}900399350001"))
    assert info.sex == sex and info.temporary
    assert nir_mismatch(info, sex, dt.date(1990, 3, 1)) is None
    other = "F" if sex == "M" else "M"
    mismatch = nir_mismatch(info, other, None)
    assert mismatch is not None and f"first digit, {first}, is for a" in str(mismatch)
    assert not check_nir(NIR).temporary


@pytest.mark.parametrize("first", ["0", "5", "6", "9"])
def test_a_nir_of_no_known_first_digit_is_refused(first):
    with pytest.raises(IdentifierError, match=f"temporary number\\): its first digit is {first}"):
        check_nir(_nir(f"{first}900313055001"))


def test_a_nir_is_checked_against_sex_and_birth_date():
    info = check_nir(NIR)
    assert nir_mismatch(info, "M", dt.date(1984, 12, 3)) is None
    assert nir_mismatch(info, None, None) is None
    sex = nir_mismatch(info, "F", dt.date(1984, 12, 3))
    assert sex is not None and "first digit, 1, is for a man" in str(sex)
    year = nir_mismatch(info, "M", dt.date(1985, 12, 3))
    assert year is not None and "birth year ending in 84" in str(year)
    month = nir_mismatch(info, "M", dt.date(1984, 11, 3))
    assert month is not None and "give 12 as the month of birth" in str(month)


@pytest.mark.parametrize(
    ("text", "country", "stored"),
    [
        ("00743110157", "IT", "00743110157"),
        ("IT 00743110157", "IT", "00743110157"),
        ("732 829 320", "FR", "732829320"),
        ("732 829 320 00074", "FR", "73282932000074"),
    ],
)
def test_the_new_enterprise_has_its_country_number(text, country, stored):
    assert normalise_enterprise_number(text, country) == stored


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        ("732 829 320", "IT", "not a partita IVA"),
        ("00743110157", "FR", "not a SIREN or SIRET"),
        ("FR44732829320", "FR", "not a SIREN or SIRET"),
        ("732829321", "FR", "SIREN: wrong check digit"),
        ("00743110158", "IT", "partita IVA: wrong check digit"),
    ],
)
def test_the_new_enterprise_number_is_refused_with_the_reason(text, country, reason):
    with pytest.raises(IdentifierError, match=reason):
        normalise_enterprise_number(text, country)


@pytest.mark.parametrize(
    ("text", "country", "stored"),
    [
        ("16121", "IT", "16121"),
        ("00185", "IT", "00185"),  # Roma
        ("13001", "FR", "13001"),
        ("20000", "FR", "20000"),  # Ajaccio
        ("20200", "FR", "20200"),  # Bastia
        ("97100", "FR", "97100"),
        ("FR-06500", "IT", "FR-06500"),  # Menton, at an Italian desk
        ("f 06500", "IT", "FR-06500"),
        ("FR-06500", "FR", "06500"),
        ("I-18039", "FR", "IT-18039"),  # Ventimiglia, at a French desk
        ("CH-6900", "IT", "CH-6900"),
        ("", "FR", ""),
    ],
)
def test_postcodes_by_country_of_residence(text, country, stored):
    assert normalise_postcode(text, country) == stored


@pytest.mark.parametrize(
    ("text", "country", "reason"),
    [
        ("1612", "IT", "not an Italian postcode"),
        ("161210", "IT", "not an Italian postcode"),
        ("00185", "FR", "not a French postcode"),
        ("96000", "FR", "not a French postcode"),
        ("2A000", "FR", "2A and 2B are Corsica's departments"),
        ("FR-1300", "IT", "not a French postcode"),
        ("ABCDE", "IT", "not an Italian postcode"),
    ],
)
def test_postcodes_refused_with_the_reason(text, country, reason):
    with pytest.raises(IdentifierError, match=reason):
        normalise_postcode(text, country)


def test_company_numbers_are_printed_in_their_groups():
    assert format_company_number("73282932000074") == "732 829 320 00074"
    assert format_company_number("732829320") == "732 829 320"
    assert format_company_number("00743110157") == "00743110157"


def test_the_registry_prints_a_nir_as_stdnum_does():
    """The registry's first window groups a NIR's digits without loading python-stdnum
    (deskapp.models.identifier_shapes); the grouping is the library's."""
    from stdnum.fr import nir as stdnum_nir

    from deskapp.models.identifier_shapes import format_nir as shape_format_nir

    rng = random.Random(17)
    for _ in range(200):
        place = rng.choice(["76451", "2A004", "2B033", "97105", "99350", "13055"])
        born = dt.date(rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28))
        code = encode_nir(rng.choice("MF"), born, place, rng.randint(1, 999))
        assert shape_format_nir(code) == stdnum_nir.format(code) == format_nir(code)
    assert shape_format_nir("1841276451") == "1841276451"  # not a whole NIR: as stored
