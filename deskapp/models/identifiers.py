"""Checks of the identifiers people and companies carry, through well-kept libraries.

- Codice fiscale: ``python-codicefiscale`` supplies the syntax (with omocodia), the
  check character and the register of municipality and country codes with their
  validity dates. Its ``decode()`` also builds all 128 omocode variants of every
  code (~0.6 ms each), which would make a 100,000-row import take a minute, so
  ``check_codice_fiscale`` calls the library's parts directly; a test compares it
  with ``decode()`` over many codes.
- NIR (French social security number): ``python-stdnum`` for its form and key; what
  its digits say (sex, year and month of birth, department or country of birth) is read
  here, by INSEE's rules, to check it against the person's sex and birth date.
- Partita IVA, SIREN, SIRET, French VAT number: ``python-stdnum``. Phone numbers: ``phonenumbers``
  (stored in E.164). E-mail: ``email-validator`` (syntax only; no network).
- Postcodes: the shape of an Italian CAP or a French code postal (five digits each).
  No well-kept library ships the municipalities' postcodes of both countries for use
  offline, so whether a postcode belongs to the municipality typed is not checked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
from codicefiscale import codicefiscale as cf_lib
from codicefiscale.data import get_indexed_data
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES
from stdnum import exceptions as stdnum_exceptions
from stdnum.fr import nir as stdnum_nir
from stdnum.fr import siren, siret, tva
from stdnum.it import iva

from deskapp.i18n import QT_TRANSLATE_NOOP

# The shapes, without the libraries: imported from here by the checks' users as before.
from deskapp.models.identifier_shapes import NIR_SEX as NIR_SEX
from deskapp.models.identifier_shapes import format_nir as format_nir
from deskapp.models.identifier_shapes import looks_like_nir as looks_like_nir
from deskapp.models.identifier_shapes import normalise_codice_fiscale as normalise_codice_fiscale
from deskapp.models.identifier_shapes import normalise_nir as normalise_nir


class IdentifierError(ValueError):
    """An identifier is wrong; ``template`` and ``params`` say why, for translation."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)


# Omocodia replaces digits with these letters, from the right (DM 12/03/1974).
_OMOCODIA_LETTERS = "LMNPQRSTUV"
_OMOCODIA_TO_DIGIT = str.maketrans(_OMOCODIA_LETTERS, "0123456789")
_MONTH_LETTERS = "ABCDEHLMPRST"


@dataclass(frozen=True)
class CodiceFiscaleInfo:
    code: str
    birth_date: dt.date
    sex: str  # "M" or "F"
    birthplace_code: str
    birthplace_name: str  # municipality or foreign country; "" when the code is unknown
    birthplace_province: str  # "EE" for a foreign country
    is_omocode: bool
    # Set when the birthplace code exists but was not valid on the birth date (a
    # municipality merged or renamed): stored and shown, never a reason to refuse.
    # ``warning`` is the English sentence; the screens translate PLACE_NOT_IN_USE and
    # fill it with ``warning_params``.
    warning: str | None = None
    warning_params: dict[str, str] | None = None


PLACE_NOT_IN_USE = QT_TRANSLATE_NOOP(
    "Error",
    "The birthplace code {code} ({name}) was not in use on the birth date; "
    "check the codice fiscale against the person's document.",
)


@lru_cache(maxsize=1)
def _places_by_code() -> dict[str, list[dict[str, Any]]]:
    codes: dict[str, list[dict[str, Any]]] = get_indexed_data()["codes"]
    return codes


def _parse_iso(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _place_on(code: str, when: dt.date) -> tuple[dict[str, Any] | None, bool]:
    """The register entry for ``code`` and whether it was valid on ``when``."""
    options = _place_periods(code)
    if not options:
        return None, False
    for option, created, deleted in options:
        if created <= when <= deleted:
            return option, True
    return options[0][0], False


# An import looks the same few thousand places up again and again.
@lru_cache(maxsize=8192)
def _place_periods(code: str) -> tuple[tuple[dict[str, Any], dt.date, dt.date], ...]:
    """The register entries for ``code``, each with the first and last day it was valid."""
    return tuple(
        (
            option,
            _parse_iso(option["date_created"]) or dt.date.min,
            _parse_iso(option["date_deleted"]) or dt.date.max,
        )
        for option in _places_by_code().get(code) or ()
    )


def check_codice_fiscale(text: str, today: dt.date | None = None) -> CodiceFiscaleInfo:
    """Decode and check a codice fiscale; raise IdentifierError with the reason."""
    return _check_codice_fiscale(normalise_codice_fiscale(text), today or dt.date.today())


# A form checks the same code as the field and again against sex and birth date.
@lru_cache(maxsize=512)
def _check_codice_fiscale(code: str, today: dt.date) -> CodiceFiscaleInfo:
    if len(code) != 16:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "must be 16 characters long (it has {length})"),
            length=len(code),
        )
    match = cf_lib.CODICEFISCALE_RE.match(code)
    if not match:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "is not written like a codice fiscale (6 letters, 2 digits, a letter, "
                "2 digits, a letter, 3 digits, a letter)",
            )
        )
    expected = cf_lib.encode_cin(code)
    if code[15] != expected:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has a wrong check character: check for a mistyped letter or digit"
            )
        )
    year2 = int(match["birthdate_year"].translate(_OMOCODIA_TO_DIGIT))
    month = _MONTH_LETTERS.index(match["birthdate_month"]) + 1
    day = int(match["birthdate_day"].translate(_OMOCODIA_TO_DIGIT))
    sex = "M"
    if day > 40:
        day -= 40
        sex = "F"
    # Two-digit year: the most recent century that does not put the birth in the future.
    year = (today.year // 100) * 100 + year2
    if year > today.year:
        year -= 100
    try:
        birth = dt.date(year, month, day)
    except ValueError:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "contains an impossible birth date")
        ) from None
    if birth > today:
        birth = birth.replace(year=birth.year - 100)
    place_code = match["birthplace"][0] + match["birthplace"][1:].translate(_OMOCODIA_TO_DIGIT)
    place, valid_on_date = _place_on(place_code, birth)
    if place is None:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has a birthplace code ({code}) that matches no municipality or country"
            ),
            code=place_code,
        )
    warning = None
    warning_params = None
    if not valid_on_date:
        warning_params = {"code": place_code, "name": str(place["name"])}
        warning = PLACE_NOT_IN_USE.format(**warning_params)
    digits_part = code[6:8] + code[9:11] + code[12:15]
    is_omocode = any(ch in _OMOCODIA_LETTERS for ch in digits_part)
    return CodiceFiscaleInfo(
        code=code,
        birth_date=birth,
        sex=sex,
        birthplace_code=place_code,
        birthplace_name=str(place["name"]),
        birthplace_province=str(place.get("province", "")),
        is_omocode=is_omocode,
        warning=warning,
        warning_params=warning_params,
    )


# A name's letters depend on the name alone; the demo draws its names from pools of a
# few thousand, and the library's transliteration was 5% of a demo's time.
_lastname_letters = lru_cache(maxsize=8192)(cf_lib.encode_lastname)
_firstname_letters = lru_cache(maxsize=8192)(cf_lib.encode_firstname)


def encode_codice_fiscale(
    family_name: str, given_name: str, sex: str, birth_date: dt.date, place_code: str
) -> str:
    """Compute the (non-omocode) codice fiscale from its parts; used by demo data."""
    day = birth_date.day + (40 if sex.upper() == "F" else 0)
    body = (
        _lastname_letters(family_name)
        + _firstname_letters(given_name)
        + f"{birth_date.year % 100:02d}{_MONTH_LETTERS[birth_date.month - 1]}{day:02d}"
        + place_code
    )
    return body + cf_lib.encode_cin(body)


def birthplace_code_for(name: str, on: dt.date | None = None) -> str | None:
    """The cadastral code of a municipality or country name, or None."""
    try:
        return cf_lib.encode_birthplace(name, on.isoformat() if on else None)
    except ValueError:
        return None


@dataclass(frozen=True)
class NirInfo:
    """What the digits of a NIR say, by INSEE's rules."""

    code: str  # compact: 15 characters, with 2A or 2B for Corsica
    sex: str  # "M" or "F"
    year2: int  # the last two digits of the birth year
    month: int | None  # 1-12; None when the civil record gave no month
    department: str  # "13", "2A", "971" (overseas: three digits), "99" (born abroad)
    place_code: str  # INSEE code of the birthplace: municipality, or 99 and the country
    born_abroad: bool
    temporary: bool = False  # a number given while the person is being registered


# The first digit of a NIR: see deskapp.models.identifier_shapes.
_NIR_SEX = NIR_SEX
_NIR_TEMPORARY = frozenset("3478")
# Months written for a birth whose civil record gives no month (an incomplete or foreign
# record). Public sources disagree: fr.wikipedia "Numero de securite sociale en France"
# gives 20, 30 to 42 and 50 to 99; others give 20 to 30, or 20 to 42; INSEE publishes
# no list. The accepting rule is taken: 20 to 42 and 50 to 99 are "month unknown".
_NIR_UNKNOWN_MONTHS = frozenset(range(20, 43)) | frozenset(range(50, 100))
# The department of birth (INSEE, Code officiel geographique): 01 to 95 (and 96, which
# old numbers carry), 20 for Corsica until 31 December 1975 and 2A or 2B from 1976 (the
# NIR keeps the code of the birth date); overseas three digits: departments 971 to 974
# and 976, collectivities 975 (Saint-Pierre-et-Miquelon), 977 (Saint-Barthelemy), 978
# (Saint-Martin), 984 to 989 (985: Mayotte until 2011); 99 for born abroad.
_NIR_OVERSEAS = frozenset(str(n) for n in (*range(971, 979), *range(984, 990)))
_CORSICA_SPLIT = 1976
NIR_SEX_MISMATCH = {
    "M": QT_TRANSLATE_NOOP(
        "Error", "does not match the sex entered: its first digit, {digit}, is for a man"
    ),
    "F": QT_TRANSLATE_NOOP(
        "Error", "does not match the sex entered: its first digit, {digit}, is for a woman"
    ),
}
NIR_CORSICA_BEFORE_1976 = QT_TRANSLATE_NOOP(
    "Error",
    "does not match the birth date entered: its 6th and 7th characters, {department}, "
    "are Corsica's from 1976; someone born there before 1976 has 20",
)
NIR_CORSICA_FROM_1976 = QT_TRANSLATE_NOOP(
    "Error",
    "does not match the birth date entered: its 6th and 7th characters, 20, are "
    "Corsica's before 1976; someone born there from 1976 has 2A or 2B",
)
NIR_YEAR_MISMATCH = QT_TRANSLATE_NOOP(
    "Error",
    "does not match the birth date entered: its 2nd and 3rd digits give a birth year "
    "ending in {year}",
)
NIR_MONTH_MISMATCH = QT_TRANSLATE_NOOP(
    "Error",
    "does not match the birth date entered: its 4th and 5th digits give {month} as the "
    "month of birth",
)


def check_nir(text: str) -> NirInfo:
    """Check a NIR (15 characters: 13 and the 2-digit key); raise IdentifierError
    with the reason, else say what its digits tell."""
    return _check_nir(normalise_nir(text))


@lru_cache(maxsize=512)
def _check_nir(code: str) -> NirInfo:
    if len(code) == 13 and code.isalnum():
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "lacks its key: write the 2 digits that follow the 13 others"
            )
        )
    if len(code) != 15:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "must be 15 digits: 13 and the 2-digit key (it has {length})"
            ),
            length=len(code),
        )
    try:
        stdnum_nir.validate(code)
    except stdnum_exceptions.InvalidChecksum:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has a wrong key (its last 2 digits): check for a mistyped digit"
            )
        ) from None
    except stdnum_exceptions.ValidationError:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "is not written like a NIR: digits only, but for 2A or 2B (Corsica) "
                "as the 6th and 7th characters",
            )
        ) from None
    sex = _NIR_SEX.get(code[0])
    if sex is None:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "must start with 1 or 2 (a man or a woman), or 3, 4, 7 or 8 (a temporary "
                "number): its first digit is {digit}",
            ),
            digit=code[0],
        )
    month: int | None = int(code[3:5])
    if month in _NIR_UNKNOWN_MONTHS:
        month = None
    elif not 1 <= int(code[3:5]) <= 12:
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error", "has an impossible birth month ({month}) as its 4th and 5th digits"
            ),
            month=code[3:5],
        )
    # Overseas departments (971 Guadeloupe...) take three digits, their municipalities two.
    department = code[5:8] if code[5:7] in ("97", "98") else code[5:7]
    if department == "00" or (len(department) == 3 and department not in _NIR_OVERSEAS):
        raise IdentifierError(
            QT_TRANSLATE_NOOP(
                "Error",
                "has a department of birth that does not exist ({department}) from its 6th "
                "character: departments are 01 to 95 (2A or 2B in Corsica), 971 to 978 or "
                "984 to 989 overseas, and 99 for born abroad",
            ),
            department=department,
        )
    return NirInfo(
        code=code,
        sex=sex,
        year2=int(code[1:3]),
        month=month,
        department=department,
        place_code=code[5:10],
        born_abroad=code[5:7] == "99",
        temporary=code[0] in _NIR_TEMPORARY,
    )


def nir_mismatch(info: NirInfo, sex: str | None, birth: dt.date | None) -> IdentifierError | None:
    """What of ``info`` disagrees with the sex ("M"/"F") and birth date entered, if any:
    the sex, the year, the month (unless the NIR was given without one), or Corsica's
    department code (20 before 1976, 2A or 2B from 1976)."""
    if sex is not None and sex != info.sex:
        return IdentifierError(NIR_SEX_MISMATCH[info.sex], digit=info.code[0])
    if birth is None:
        return None
    if birth.year % 100 != info.year2:
        return IdentifierError(NIR_YEAR_MISMATCH, year=info.code[1:3])
    if info.month is not None and birth.month != info.month:
        return IdentifierError(NIR_MONTH_MISMATCH, month=info.code[3:5])
    if info.department in ("2A", "2B") and birth.year < _CORSICA_SPLIT:
        return IdentifierError(NIR_CORSICA_BEFORE_1976, department=info.department)
    if info.department == "20" and birth.year >= _CORSICA_SPLIT:
        return IdentifierError(NIR_CORSICA_FROM_1976)
    return None


def encode_nir(sex: str, birth_date: dt.date, place_code: str, serial: int) -> str:
    """The NIR of a person born at ``place_code`` (INSEE: a municipality, or 99 and a
    country), the ``serial``-th birth there that month; used by demo data and tests."""
    body = f"{1 if sex.upper() == 'M' else 2}{birth_date:%y%m}{place_code}{serial:03d}"
    return body + str(stdnum_nir.calc_check_digits(body))


def normalise_phone(text: str, default_region: str = "IT") -> str:
    """Return the number in E.164 (+393201234567) or raise IdentifierError."""
    text = text.strip()
    if not text:
        return ""
    e164, error = _phone_e164(text, default_region)
    if error:
        raise IdentifierError(error)
    return e164


# An import checks 100,000 numbers; a switchboard or a family shares one.
@lru_cache(maxsize=4096)
def _phone_e164(text: str, default_region: str) -> tuple[str, str]:
    """(E.164 form, "") or ("", the reason it is refused)."""
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return "", QT_TRANSLATE_NOOP("Error", "is not a phone number")
    if not phonenumbers.is_valid_number(number):
        return "", QT_TRANSLATE_NOOP(
            "Error",
            "is not a valid phone number (for a foreign number, start with + and the country code)",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ""


# A plain local part (letters, digits, . _ + -, dots not at either end nor doubled):
# a subset of what email-validator accepts before the @ unchanged (its dot-atom rule).
_PLAIN_LOCAL_PART = re.compile(r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*")
# Local parts that email-validator lowercases (RFC 2142): left to the library.
_MAILBOX_NAMES = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


def normalise_email(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    # Most of the library's time goes on the domain (its Unicode rules, character by
    # character), and a registry's addresses share a few domains: for a plain local
    # part, the domain is checked once and the address is what the library would
    # return. Anything else, and every refusal (for the library's own words), takes
    # the library's whole path.
    local, at, domain = text.partition("@")
    if at and len(local) <= 64 and _PLAIN_LOCAL_PART.fullmatch(local):
        if local.lower() not in _MAILBOX_NAMES:
            checked = _email_domain(domain)
            if checked is not None:
                address = f"{local}@{checked}"
                if len(address.encode()) <= 200:  # far from the library's length limits
                    return address
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise IdentifierError(
            QT_TRANSLATE_NOOP("Error", "is not a valid e-mail address ({reason})"),
            reason=str(exc),
        ) from None
    return str(result.normalized)


@lru_cache(maxsize=1024)
def _email_domain(domain: str) -> str | None:
    """The library's normal form of ``domain`` after an @, None if it refuses it."""
    try:
        result = validate_email(f"a@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.domain)


# The company numbers of either side of the border, named in each message so the
# operator knows which one the digits were taken for.
_COMPANY_MESSAGES: dict[str, dict[str, str]] = {
    "partita_iva": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid partita IVA: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP(
            "Error", "is not a valid partita IVA: it must be 11 digits, with or without IT"
        ),
    },
    "siren": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid SIREN: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP("Error", "is not a valid SIREN: it must be 9 digits"),
    },
    "siret": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error", "is not a valid SIRET: wrong check digit (check for a mistyped digit)"
        ),
        "invalid": QT_TRANSLATE_NOOP("Error", "is not a valid SIRET: it must be 14 digits"),
    },
    "fr_vat": {
        "checksum": QT_TRANSLATE_NOOP(
            "Error",
            "is not a valid French VAT number: its key does not match the SIREN "
            "(check for a mistyped digit)",
        ),
        "invalid": QT_TRANSLATE_NOOP(
            "Error",
            "is not a valid French VAT number: FR, a 2-character key and the 9-digit SIREN",
        ),
    },
}
UNKNOWN_COMPANY_NUMBER = QT_TRANSLATE_NOOP(
    "Error",
    "is not a company number: write a partita IVA (11 digits, with or without IT), a SIREN "
    "(9 digits), a SIRET (14 digits) or a French VAT number (FR and 11 characters)",
)


def _company_number_kind(compact: str) -> tuple[str, str]:
    """Which identifier ``compact`` is written as, and the part to check."""
    if compact.startswith("IT") and compact[2:].isdigit():
        return "partita_iva", compact[2:]
    if compact.startswith("FR") and len(compact) == 13:
        return "fr_vat", compact
    if compact.isdigit():
        if len(compact) == 11:
            return "partita_iva", compact
        if len(compact) == 9:
            return "siren", compact
        if len(compact) == 14:
            return "siret", compact
    raise IdentifierError(UNKNOWN_COMPANY_NUMBER)


def normalise_company_number(text: str) -> str:
    """Check a company number of either country and return it compact.

    The desks work across the border, so whatever the desk's country, the number's
    shape tells which identifier it is: a partita IVA
    (11 digits, "IT" in front or not), a SIREN (9 digits), a SIRET (14) or a French VAT
    number ("FR", a two-character key, the SIREN; kept with its "FR", which tells it
    from a partita IVA). Raise IdentifierError naming the identifier and what is wrong.
    """
    compact = "".join(ch for ch in text if ch.isalnum()).upper()
    if not compact:
        return ""
    kind, number = _company_number_kind(compact)
    try:
        if kind == "partita_iva":
            return str(iva.validate(number))
        if kind == "siren":
            return str(siren.validate(number))
        if kind == "siret":
            return str(siret.validate(number))
        return "FR" + str(tva.validate(number))
    except stdnum_exceptions.InvalidChecksum:
        raise IdentifierError(_COMPANY_MESSAGES[kind]["checksum"]) from None
    except stdnum_exceptions.ValidationError:
        raise IdentifierError(_COMPANY_MESSAGES[kind]["invalid"]) from None


def format_company_number(number: str) -> str:
    """A stored company number as it is written on papers: a SIREN or SIRET in groups
    (732 829 320 00074), the others as stored."""
    if number.isdigit() and len(number) == 9:
        return str(siren.format(number))
    if number.isdigit() and len(number) == 14:
        return str(siret.format(number))
    return number


# Positions of the digits that omocodia replaces, from the rightmost.
_OMOCODIA_POSITIONS = (14, 13, 12, 10, 9, 7, 6)


def omocode_variant(code: str, level: int) -> str:
    """The code with its ``level`` rightmost digits turned into letters, as the tax
    office does when two people would get the same code; the check character is
    recomputed."""
    chars = list(code[:15])
    for position in _OMOCODIA_POSITIONS[:level]:
        chars[position] = _OMOCODIA_LETTERS[int(chars[position])]
    body = "".join(chars)
    return body + cf_lib.encode_cin(body)


# The new enterprise is registered where its desk is: each country's own number.
_ENTERPRISE_MESSAGES = {
    "IT": QT_TRANSLATE_NOOP(
        "Error", "is not a partita IVA: an Italian enterprise has 11 digits, with or without IT"
    ),
    "FR": QT_TRANSLATE_NOOP(
        "Error", "is not a SIREN or SIRET: a French enterprise has 9 or 14 digits"
    ),
}


def normalise_enterprise_number(text: str, country: str = "IT") -> str:
    """Check the company number of a new enterprise of ``country`` (the desk's): a
    partita IVA in Italy, a SIREN or SIRET in France; return it compact."""
    compact = "".join(ch for ch in text if ch.isalnum()).upper()
    if not compact:
        return ""
    if country == "FR":
        fits = compact.isdigit() and len(compact) in (9, 14)
    else:
        digits = compact[2:] if compact.startswith("IT") else compact
        fits = digits.isdigit() and len(digits) == 11
    if not fits:
        raise IdentifierError(_ENTERPRISE_MESSAGES.get(country, _ENTERPRISE_MESSAGES["IT"]))
    return normalise_company_number(compact)


_POSTCODE_COUNTRIES = {"I": "IT", "IT": "IT", "F": "FR", "FR": "FR"}
_POSTCODE_MESSAGES = {
    "IT": QT_TRANSLATE_NOOP(
        "Error",
        "is not an Italian postcode (CAP): 5 digits, e.g. 16121; for a postcode abroad, "
        "write its country first, e.g. FR-06500",
    ),
    "FR": QT_TRANSLATE_NOOP(
        "Error",
        "is not a French postcode: 5 digits starting with the department, e.g. 13001; "
        "for a postcode abroad, write its country first, e.g. IT-16121",
    ),
}
_CORSICAN_POSTCODE = QT_TRANSLATE_NOOP(
    "Error",
    "is not a postcode: 2A and 2B are Corsica's departments; its postcodes start with 20, "
    "e.g. 20000 Ajaccio, 20200 Bastia",
)


def _checked_postcode(text: str, country: str) -> str:
    code = "".join(text.split())
    if country == "FR" and code[:2] in ("2A", "2B"):
        raise IdentifierError(_CORSICAN_POSTCODE)
    valid = len(code) == 5 and code.isdigit()
    if valid and country == "FR":
        # Departments 01-95 (Corsica: 20), overseas 97, Monaco and the Pacific 98.
        valid = "01" <= code[:2] <= "95" or code[:2] in ("97", "98")
    if not valid:
        raise IdentifierError(_POSTCODE_MESSAGES[country])
    return code


def normalise_postcode(text: str, country: str = "IT") -> str:
    """Check a postcode of a person living in ``country`` (the desk's): five digits in
    Italy and in France (Corsica: 20xxx). A postcode of another country is written
    after its country code ("FR-06500" at an Italian desk, "CH-6900"): an Italian or
    French one is checked all the same, another is kept as written."""
    text = " ".join(text.split()).upper()
    if not text:
        return ""
    prefix = ""
    for index, ch in enumerate(text):
        if not ch.isalpha():
            prefix, rest = text[:index], text[index:].lstrip(" -")
            break
    else:
        prefix, rest = text, ""
    if not prefix or not rest or len(prefix) > 2:
        return _checked_postcode(text, country if country in _POSTCODE_MESSAGES else "IT")
    written_for = _POSTCODE_COUNTRIES.get(prefix)
    if written_for is None:
        return f"{prefix}-{rest}"
    code = _checked_postcode(rest, written_for)
    return code if written_for == country else f"{written_for}-{code}"
